import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEFAULT_SHORTCUTS } from './domain/shortcuts';

/**
 * Extension pages may load nothing remote: clipped and imported HTML is rendered here, so
 * scripts, styles, images and frames come only from the extension itself (SECURITY.md).
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "style-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
].join('; ');

/** Loopback hosts, granted only to the `e2e` build so tests can clip local fixture pages. */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: {
        // linkedom (in the extraction worker) imports a CSS parser only for `<style>.sheet`,
        // which nothing we run reads: see extraction/cssom-stub.ts.
        '@acemir/cssom': fileURLToPath(new URL('./extraction/cssom-stub.ts', import.meta.url)),
      },
    },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      ...(browser === 'chrome' ? ['offscreen'] : []),
    ],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    externally_connectable: browser === 'chrome' ? { ids: [] } : undefined,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: DEFAULT_SHORTCUTS._execute_action },
        description: '__MSG_commandOpenPopup__',
      },
      'clip-article': {
        suggested_key: { default: DEFAULT_SHORTCUTS['clip-article'] },
        description: '__MSG_commandClipArticle__',
      },
      'clip-selection': {
        suggested_key: { default: DEFAULT_SHORTCUTS['clip-selection'] },
        description: '__MSG_commandClipSelection__',
      },
      'save-link': {
        suggested_key: { default: DEFAULT_SHORTCUTS['save-link'] },
        description: '__MSG_commandSaveLink__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'commonplace@commonplace.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  // The sources archive addons.mozilla.org asks for: what builds the add-on, not what the tour wrote.
  zip: {
    excludeSources: ['screenshots/**', 'store/screenshots/**', 'coverage/**', 'test-results/**'],
  },
  hooks: {
    // wxt 0.20 writes `content_scripts: []` for a runtime-registered content script; declare none.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
  // Tests and tools read the same variable (tests/support/chromium.ts), so two builds can coexist.
  outDir: process.env.COMMONPLACE_OUTPUT_DIR ?? '.output',
});
