/**
 * Weekly summary and report in real Chromium (e2e build): the popup, opened as a page, shows
 * sprints, captures and applied items read straight from IndexedDB and follows a capture made
 * by the service worker; the report shows the week, navigates weeks and exports Markdown;
 * axe-core finds no serious or critical violation on either page, light or dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageDayKey, putRecords } from '../bench/summary-seed';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';

const DAY = 86_400_000;
const COMPETENCY = '5e5e5e5e-5e5e-4e5e-8e5e-5e5e5e5e5e5e';
let session: ExtensionSession;
let popup: Page;
const now = Date.now();

function entry(id: string, dayKey: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'link',
    url: `https://example.com/${id}`,
    canonicalUrl: '',
    title: `Entry ${id.slice(0, 4)}`,
    note: '',
    tags: [],
    competencyIds: [COMPETENCY],
    takeaway: '',
    applyPlan: '',
    createdAt: now,
    updatedAt: now,
    dayKey,
    ...extra,
  };
}

function sprint(id: string, dayKey: string, minutes: number, at: number) {
  return {
    id,
    startedAt: at,
    endedAt: at + minutes * 60_000,
    plannedMs: 900_000,
    elapsedMs: minutes * 60_000,
    goal: '',
    completed: true,
    dayKey,
  };
}

beforeAll(async () => {
  session = await launchExtension();
  popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  await popup.getByTestId('week-summary').waitFor();
  const today = await pageDayKey(popup, now);
  const lastWeek = await pageDayKey(popup, now - 7 * DAY);
  await putRecords(popup, {
    competencies: [
      {
        id: COMPETENCY,
        name: 'Giving feedback',
        category: '',
        description: '',
        levels: [],
        keywords: [],
        archived: false,
        createdAt: now,
        updatedAt: now,
      },
    ],
    sprints: [
      sprint('aaaaaaaa-0000-4000-8000-000000000001', today, 10, now - 60_000),
      sprint('aaaaaaaa-0000-4000-8000-000000000002', today, 15, now - 30_000),
      sprint('aaaaaaaa-0000-4000-8000-000000000003', lastWeek, 15, now - 7 * DAY),
    ],
    entries: [
      entry('bbbbbbbb-0000-4000-8000-000000000001', today, { title: 'Feedback *models* [SBI]' }),
      entry('bbbbbbbb-0000-4000-8000-000000000002', today, { applyPlan: 'Use SBI in Friday 1:1' }),
      entry('bbbbbbbb-0000-4000-8000-000000000003', '2025-01-06', {
        title: 'Radical candor',
        applied: { at: now - 1_000, evidence: 'Gave feedback to Sam with SBI', link: 'https://example.com/notes' },
      }),
    ],
    reflections: [
      {
        id: 'cccccccc-0000-4000-8000-000000000001',
        dayKey: today,
        learned: 'Specific beats general',
        didntWork: '',
        tryNext: 'Ask first',
        createdAt: now,
        updatedAt: now,
      },
    ],
  });
  // Raw IndexedDB writes bypass Dexie's change broadcast: reload to read them.
  await popup.reload();
});

afterAll(async () => {
  await session?.close();
});

describe('popup summary', () => {
  it('shows minutes against the goal, and captures, applied and sprints against last week', async () => {
    const summary = popup.getByTestId('week-summary');
    await expect.poll(() => summary.textContent()).toContain('25 of 120 min');
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('+10 vs last week');
    expect(await popup.getByRole('img', { name: /25 of 120 minutes/ }).count()).toBe(1);
    const stat = async (label: string) => (await popup.locator('.summary-stats > div', { hasText: label }).textContent()) ?? '';
    expect(await stat('Sprints')).toMatch(/^Sprints\s*2\s*\+1/);
    expect(await stat('Sprints')).toContain('+1 vs last week');
    expect(await stat('Captures')).toMatch(/Captures\s*2/);
    expect(await stat('Applied')).toMatch(/Applied\s*1/);
    // The rest of the week (reflections, streak, competencies) is in the report, one click away.
    expect(await popup.getByRole('link', { name: 'Weekly report' }).count()).toBe(1);
  });

  it('follows a capture written by the service worker without reloading', async () => {
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'note/create', text: 'A thought about feedback', aboutPage: false }),
    );
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(async () => popup.locator('.summary-stats > div', { hasText: 'Captures' }).textContent()).toMatch(/Captures\s*3/);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (colorScheme) => {
    await popup.emulateMedia({ colorScheme });
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('report page', () => {
  let report: Page;

  beforeAll(async () => {
    report = await session.context.newPage();
    await report.goto(session.url('report.html'));
    await report.getByTestId('report-body').waitFor();
  });

  it('shows the week: per-day table, competencies, applied evidence, reflections, items to apply', async () => {
    const body = (await report.getByTestId('report-body').textContent()) ?? '';
    expect(body).toContain('Gave feedback to Sam with SBI');
    expect(body).toContain('Specific beats general');
    expect(body).toContain('Use SBI in Friday 1:1');
    expect(body).toContain('Giving feedback');
    expect(await report.locator('.day-table tfoot').textContent()).toMatch(/Total\s*25\s*3/);
    expect(await report.getByRole('img', { name: /Minutes/ }).count()).toBe(1);
  });

  it('lists what was captured this week, each item opening in the journal', async () => {
    const captured = report.getByRole('region', { name: 'Captured this week' });
    const link = captured.getByRole('link', { name: 'Feedback *models* [SBI]' });
    expect(await link.getAttribute('href')).toMatch(/journal\.html#\/entry\/bbbbbbbb-0000-4000-8000-000000000001$/);
    // Captured in 2025, applied this week: applied, not captured, this week.
    expect(await captured.getByText('Radical candor').count()).toBe(0);
  });

  it("shows this week's streak, which the popup leaves to the report", async () => {
    await expect.poll(() => report.locator('[data-figure="streak"]').textContent()).toMatch(/^Streak\s*1 day$/);
  });

  it('does not link to a next week that has not begun', async () => {
    expect(await report.getByRole('link', { name: /Next week/ }).count()).toBe(0);
    expect(await report.getByText(/Next week/).count()).toBe(1);
  });

  it('exports Markdown with the expected lines', async () => {
    const [download] = await Promise.all([
      report.waitForEvent('download'),
      report.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^commonplace-week-\d{4}-\d{2}-\d{2}\.md$/);
    const path = await download.path();
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toMatch(/^# Weekly report\n/);
    expect(markdown).toContain('- Learning minutes: 25 / 120');
    expect(markdown).toContain('- Sprints: 2');
    expect(markdown).toContain('| **Total** | **25** | **3** |');
    expect(markdown).toContain(
      '[Radical candor](https://example.com/entries/bbbbbbbb-0000-4000-8000-000000000003)'.replace('/entries', ''),
    );
    expect(markdown).toContain('  - Evidence: Gave feedback to Sam with SBI ([https://example.com/notes](https://example.com/notes))');
    expect(markdown).toContain('- **Learned:** Specific beats general');
    expect(markdown).toContain('Use SBI in Friday 1:1');
  });

  it('goes to the previous week and back', async () => {
    await report.getByRole('link', { name: /Previous week/ }).click();
    await expect.poll(() => report.locator('.day-table tfoot').textContent()).toMatch(/Total\s*15\s*0/);
    expect(report.url()).toMatch(/#week=\d{4}-\d{2}-\d{2}$/);
    await report.getByRole('link', { name: /Next week/ }).click();
    await expect.poll(() => report.locator('.day-table tfoot').textContent()).toMatch(/Total\s*25\s*3/);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (colorScheme) => {
    await report.emulateMedia({ colorScheme });
    expect(await axeViolations(report)).toEqual([]);
  });

  it('prints without navigation or buttons', async () => {
    await report.emulateMedia({ media: 'print' });
    expect(await report.locator('.report-nav').isVisible()).toBe(false);
    expect(await report.getByRole('button', { name: 'Export Markdown' }).isVisible()).toBe(false);
    expect(await report.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});
