#!/usr/bin/env node
// Installs what `npm start`, `npm test` and `npm run bench` need on a fresh Debian machine:
// the npm packages (when node_modules is missing or older than the lockfile), Debian's Chromium,
// and Debian's Firefox ESR with its German and French language packs (the Firefox tests press
// the shortcuts in those languages), each when missing. Plain Node on purpose: it runs before any
// dependency exists.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

function needsNpmInstall() {
  const marker = `${root}node_modules/.package-lock.json`;
  if (!existsSync(marker)) return true;
  return statSync(`${root}package-lock.json`).mtimeMs > statSync(marker).mtimeMs;
}

if (needsNpmInstall()) {
  console.log('[setup] installing npm packages…');
  // `npm install`, not `npm ci`: the lockfile pins every version either way, but `npm ci` refuses
  // a lockfile that lacks the other platforms' optional binaries (@biomejs/cli-*), which npm
  // leaves out when the registry mirror does not serve them.
  run('npm install --no-audit --no-fund');
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const LANGUAGE_PACKS = '/usr/lib/firefox-esr/browser/extensions';

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!existsSync(FIREFOX)) missing.push('firefox-esr');
for (const language of ['de', 'fr']) {
  if (!existsSync(`${LANGUAGE_PACKS}/langpack-${language}@firefox-esr.mozilla.org.xpi`)) missing.push(`firefox-esr-l10n-${language}`);
}
if (missing.length > 0) {
  console.log(`[setup] installing Debian ${missing.join(', ')} (apt-get)…`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}
