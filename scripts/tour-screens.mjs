// The rest of `npm start`'s tour (scripts/start.mjs): the first-run page and the empty journal
// before anything is clipped, the journal's other sections once it holds the demo, and a
// gallery page (screenshots/index.html) showing every screenshot in light and dark side by side.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Before the first clip: the welcome page the install opened, and the journal's empty state. */
export async function walkFirstRun({ flow, shootWhenShown, extensionUrl, context }) {
  await flow('installing opens the welcome page', async () => {
    const isWelcome = (page) => page.url().endsWith('/journal.html#/welcome');
    const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }));
    await welcome.setViewportSize({ width: 1280, height: 900 });
    await shootWhenShown(welcome, 'welcome', welcome.getByTestId('shortcut-list'), { fullPage: true });
    await welcome.goto(extensionUrl('journal.html'));
    await shootWhenShown(welcome, 'journal-empty', welcome.locator('.empty-state'));
    await welcome.close();
  });
}

/** Once the journal holds the demo: the sections the main flows did not already show. */
export async function walkSections({ flow, shootWhenShown, extensionUrl, journal, articleId }) {
  await journal.setViewportSize({ width: 1280, height: 900 });
  const sections = [
    ['to-apply', 'journal.html#/to-apply', (page) => page.getByRole('heading', { level: 1 })],
    ['competencies', 'journal.html#/competencies', (page) => page.locator('.competency-item').first()],
    ['reflections', 'journal.html#/reflections', (page) => page.locator('.reflection-card').first()],
    ['team', 'journal.html#/team', (page) => page.getByRole('link', { name: 'Alex Demo' })],
  ];
  for (const [name, path, ready] of sections) {
    await flow(`the ${name} screen`, async () => {
      await journal.goto(extensionUrl(path));
      await shootWhenShown(journal, name, ready(journal), { fullPage: true });
    });
  }
  await flow('the entry on a narrow window: your notes above the article', async () => {
    await journal.setViewportSize({ width: 760, height: 900 });
    await journal.goto(extensionUrl(`journal.html#/entry/${articleId}`));
    await shootWhenShown(journal, 'reader-narrow', journal.locator('.learner-layer'));
    await journal.setViewportSize({ width: 1280, height: 900 });
  });
}

/** screenshots/index.html: every screen, light beside dark, in the order the tour took them. */
export function writeGallery(folder, files) {
  const names = [
    ...new Set(files.filter((file) => file.startsWith(folder)).map((file) => basename(file).replace(/-(light|dark)\.png$/, ''))),
  ];
  const rows = names
    .map(
      (name) => `<section><h2>${name}</h2><div class="pair">
<a href="${name}-light.png"><img src="${name}-light.png" alt="${name}, light" loading="lazy"></a>
<a href="${name}-dark.png"><img src="${name}-dark.png" alt="${name}, dark" loading="lazy"></a></div></section>`,
    )
    .join('\n');
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Commonplace: every screen</title>
<style>body{font:15px system-ui,sans-serif;margin:24px;background:#fbfaf7;color:#1f1d1a}h2{font-size:16px;margin:24px 0 8px}
.pair{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}.pair img{max-width:min(100%,640px);border:1px solid #d9d4ca}</style>
<h1>Commonplace: every screen, light and dark</h1><p>Written by <code>npm start</code> from the built extension.</p>
${rows}</html>\n`;
  const file = join(folder, 'index.html');
  writeFileSync(file, page);
  return file;
}
