/** axe-core inside an extension page, for the accessibility checks of the real-browser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './chromium';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

type AxeResults = { violations: { id: string; impact: string; nodes: unknown[] }[] };

/** The serious and critical violations on the page, as `id (impact, count)`; [] when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the protocol: the extension CSP (script-src 'self') refuses an injected <script>.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe;
    return (await axe.run()).violations.map((violation) => ({ id: violation.id, impact: violation.impact, count: violation.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.count})`);
}
