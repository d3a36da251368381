/**
 * zod, configured for extension pages: its JIT compiles validators with `new Function`, which
 * the extension CSP forbids. Every schema imports `z` from here so the setting always runs first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
