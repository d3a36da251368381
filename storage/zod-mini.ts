/**
 * zod's tree-shakable "mini" build, for schemas that light pages (the popup) need: the classic
 * build adds about 24 KB gzip to every page that imports it. Same jitless setting as `./zod`.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
