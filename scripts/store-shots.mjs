// The store listing's images, taken from the real extension at the end of `npm start`'s tour:
// three 1280×800 screenshots (the journal, the reader, the weekly report) and the 440×280
// promotional tile, written to store/screenshots/ (store/README.md).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {object} tour `journal` (a page of the extension), `extensionUrl`, `articleId`, `root`,
 *   and `context` for the tile's own page
 * @returns {Promise<string[]>} the files written
 */
export async function takeStoreShots({ journal, extensionUrl, articleId, root, context }) {
  const folder = join(root, 'store/screenshots');
  mkdirSync(folder, { recursive: true });
  const written = [];
  await journal.setViewportSize({ width: 1280, height: 800 });
  await journal.emulateMedia({ colorScheme: 'light' });
  const shots = [
    ['journal', 'journal.html', '.entry-row'],
    ['reader', `journal.html#/entry/${articleId}`, '.article-body'],
    ['report', 'report.html', '[data-testid="report-body"]'],
  ];
  for (const [name, path, ready] of shots) {
    await journal.goto(extensionUrl(path));
    await journal.locator(ready).first().waitFor({ timeout: 10_000 });
    const file = join(folder, `${name}.png`);
    await journal.screenshot({ path: file });
    written.push(file);
  }

  const icon = readFileSync(join(root, 'public/icon/128.png')).toString('base64');
  const tile = await context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  await tile.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;
    padding:0 32px;box-sizing:border-box;background:#fbfaf7;color:#1f1d1a;font-family:system-ui,sans-serif">
    <img src="data:image/png;base64,${icon}" width="96" height="96" alt="">
    <div><div style="font-size:34px;font-weight:700">Commonplace</div>
    <div style="font-size:17px;line-height:1.35;margin-top:8px;color:#5c574f">Capture learning in the flow of work, in a private journal on your computer.</div></div>
    </body></html>`);
  const tileFile = join(folder, 'promo-tile-440x280.png');
  await tile.screenshot({ path: tileFile });
  await tile.close();
  written.push(tileFile);
  return written;
}
