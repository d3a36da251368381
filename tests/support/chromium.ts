/**
 * Starts Debian's Chromium headless with a built extension loaded, for real-browser tests,
 * benchmarks and `npm start`. See tests/e2e/README.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Where the builds are: `.output`, or `COMMONPLACE_OUTPUT_DIR` when set (a private build folder
 * that a concurrent `wxt build` in the checkout cannot empty halfway through a test run).
 */
export const OUTPUT_DIR = resolve(ROOT, process.env.COMMONPLACE_OUTPUT_DIR ?? '.output');

/** Built extension folders (run the matching `npm run build*` first). */
export const BUILDS = {
  production: join(OUTPUT_DIR, 'chrome-mv3'),
  e2e: join(OUTPUT_DIR, 'chrome-mv3-e2e'),
  firefox: join(OUTPUT_DIR, 'firefox-mv3'),
} as const;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (it may be restarted; call again after a stop). */
  serviceWorker: () => Promise<Worker>;
  /** `chrome-extension://<id>/<path>` */
  url: (path: string) => string;
  /** Closes the browser; keeps the profile when `keepProfile` (for restart tests). */
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

export interface LaunchOptions {
  extensionPath?: string;
  /** Reuse a profile folder (browser restart tests); a fresh temporary one otherwise. */
  userDataDir?: string;
  headless?: boolean;
  args?: string[];
  /**
   * Keep the welcome tab a fresh install opens. Closed by default: opened at a moment of the
   * browser's choosing, it would take the active tab and the focus from the pages a test drives.
   */
  keepWelcome?: boolean;
}

const WELCOME_WAIT_MS = 10_000;

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionPath = options.extensionPath ?? BUILDS.e2e;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'commonplace-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await serviceWorker()).url()).host;
  if (!options.keepWelcome && !options.userDataDir) {
    // Polled: a new tab reports its address only once it has navigated.
    for (const started = Date.now(); Date.now() - started < WELCOME_WAIT_MS; await new Promise((done) => setTimeout(done, 100))) {
      const welcome = context.pages().find((page) => page.url().endsWith('/journal.html#/welcome'));
      if (!welcome) continue;
      await welcome.close();
      break;
    }
  }
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
