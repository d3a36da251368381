// Callbacks passed to Playwright's `page.evaluate` / `worker.evaluate` run inside the extension,
// where the `chrome` namespace exists. Source code imports `browser` from 'wxt/browser' instead.
declare global {
  const chrome: import('wxt/browser').WxtBrowser;
}

export {};
