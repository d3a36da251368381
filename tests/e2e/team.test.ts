/**
 * The manager's team view in the built extension: two share bundles imported at once, the people
 * list, a person's rollups and a competency across the team (all labelled self-reported), a
 * newer bundle replacing the older, comments and the feedback file; axe in light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackFileV1Schema, type ShareBundle } from '../../storage/exchange-schemas';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { shareBundle, sharedEntry, sharedReflection, sharedSprint, uuid } from '../support/team-bundles';

const ADA = uuid(1, 0);
const BO = uuid(2, 0);
const FEEDBACK_ADA = uuid(3, 1);
const FEEDBACK_BO = uuid(3, 2);
const CREATED = Date.parse('2026-03-16T12:00:00Z');

function adaBundle(createdAt: number, extraTitle = ''): ShareBundle {
  return shareBundle(ADA, 'Ada Lovelace', {
    createdAt,
    competencies: [{ id: FEEDBACK_ADA, name: 'Feedback', category: 'Communication' }],
    entries: [
      sharedEntry(uuid(4, 1), '2026-03-03', {
        title: `Radical candor${extraTitle}`,
        competencyIds: [FEEDBACK_ADA],
        takeaway: 'Care personally, challenge directly',
        applied: {
          at: Date.parse('2026-03-05T10:00:00Z'),
          evidence: 'Gave SBI feedback in the design review',
          link: 'https://example.com/review',
        },
        bodyHtml: '<p>Article body shared on purpose.</p>',
      }),
      sharedEntry(uuid(4, 2), '2026-03-10', { kind: 'note', url: '', title: 'A quick thought', note: 'Ask before advising.' }),
    ],
    sprints: [
      sharedSprint(uuid(5, 1), '2026-03-03', 25, { competencyId: FEEDBACK_ADA, goal: 'Read about feedback' }),
      sharedSprint(uuid(5, 2), '2026-03-11', 15),
    ],
    reflections: [sharedReflection(uuid(6, 1), '2026-03-11', { learned: 'Specific beats general', competencyId: FEEDBACK_ADA })],
  });
}

const boBundle = shareBundle(BO, 'Bo Chen', {
  createdAt: CREATED,
  competencies: [{ id: FEEDBACK_BO, name: 'feedback', category: 'communication' }],
  entries: [
    sharedEntry(uuid(7, 1), '2026-03-04', {
      title: 'Feedback loops',
      competencyIds: [FEEDBACK_BO],
      applied: { at: Date.parse('2026-03-06T10:00:00Z'), evidence: 'Ran a retro with feedback pairs', link: '' },
    }),
  ],
  sprints: [sharedSprint(uuid(8, 1), '2026-03-04', 10, { competencyId: FEEDBACK_BO })],
});

const file = (name: string, bundle: ShareBundle) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });

let session: ExtensionSession;
let journal: Page;

beforeAll(async () => {
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html#/team'));
});

afterAll(async () => {
  await session?.close();
});

const peopleRows = () => journal.locator('table.team-table').first().locator('tbody tr');

describe('team view', () => {
  it('imports two share files at once and lists both people, self-reported', async () => {
    await journal
      .getByLabel('Import share files')
      .setInputFiles([file('ada.commonplace-share.json', adaBundle(CREATED)), file('bo.commonplace-share.json', boBundle)]);
    await expect
      .poll(() =>
        journal
          .getByRole('status')
          .filter({ hasText: 'ada.commonplace-share.json: added (2 captures, 2 sprints, 1 reflections).' })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => peopleRows().count()).toBe(2);
    expect(await peopleRows().locator('th').allTextContents()).toEqual(['Ada Lovelace', 'Bo Chen']);
    expect(await journal.getByText('Self-reported', { exact: true }).count()).toBe(1);
    // One competency across both people, matched by name and category whatever the case.
    const competencies = journal.getByRole('table', { name: /Who is working on what/ });
    expect(await competencies.locator('tbody tr').count()).toBe(1);
    expect(await competencies.locator('tbody tr').textContent()).toContain('Ada Lovelace, Bo Chen');
  });

  it.each(['light', 'dark'] as const)('the team list has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    expect(await axeViolations(journal)).toEqual([]);
  });

  it("shows a person's rollups: minutes per week, sprints, captures, application rate, evidence, reflections", async () => {
    await journal.getByRole('link', { name: 'Ada Lovelace' }).click();
    await journal.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    expect(await journal.getByText('Self-reported', { exact: true }).count()).toBe(1);
    expect(await journal.locator('[data-figure="minutes"]').textContent()).toBe('40');
    expect(await journal.locator('[data-figure="sprints"]').textContent()).toMatch(/^2\s*2 completed$/);
    expect(await journal.locator('[data-figure="captures"]').textContent()).toBe('2');
    expect(await journal.locator('[data-figure="rate"]').textContent()).toContain('Applied: 1 of 2 entries (50%).');
    const weeks = journal.getByRole('table', { name: 'Learning minutes, sprints and captures per week' });
    expect(await weeks.locator('tbody tr td:first-of-type').allTextContents()).toEqual(['25', '15']);
    expect(await journal.getByRole('img', { name: /Learning minutes per week/ }).count()).toBe(1);
    const body = (await journal.locator('.team-person').textContent()) ?? '';
    for (const text of [
      'Gave SBI feedback in the design review',
      'Care personally, challenge directly',
      'Specific beats general',
      'Ask before advising.',
      'Read about feedback',
    ]) {
      expect(body).toContain(text);
    }
    expect(await journal.locator('a[href="https://example.com/review"]').first().getAttribute('rel')).toBe('noopener noreferrer');
    // A quick note is titled by its first line and says it is a note, not a note on a page.
    const note = journal.locator(`article[data-entry-id="${uuid(4, 2)}"]`);
    expect(await note.getByRole('heading').textContent()).toBe('Ask before advising.');
    expect(await note.locator('.shared-kind').textContent()).toContain('Note');
  });

  it.each(['light', 'dark'] as const)('the person page has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    expect(await axeViolations(journal)).toEqual([]);
  });

  it('shows a competency across the team with each person’s applied evidence', async () => {
    await journal.getByRole('link', { name: 'Feedback', exact: true }).click();
    await journal.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor();
    expect(await journal.getByText('Self-reported', { exact: true }).count()).toBe(1);
    const people = journal.locator('.team-competency-person');
    expect(await people.locator('h2').allTextContents()).toEqual(['Ada Lovelace', 'Bo Chen']);
    expect(await people.first().textContent()).toContain('Gave SBI feedback in the design review');
    expect(await people.nth(1).textContent()).toContain('Ran a retro with feedback pairs');
    expect(await people.first().locator('[data-figure="activity"]').textContent()).toBe(
      '1 captures (1 applied), 1 sprints (25 minutes), 1 reflections',
    );
  });

  it.each(['light', 'dark'] as const)('the competency page has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    expect(await axeViolations(journal)).toEqual([]);
  });

  it('writes, edits and deletes comments on items and on the whole period', async () => {
    await journal.goto(session.url(`journal.html#/team?person=${ADA}`));
    const entry = journal.locator(`article[data-entry-id="${uuid(4, 1)}"]`);
    await entry.getByRole('button', { name: /Add comment/ }).click();
    await entry.getByLabel('Comment on Radical candor').fill('Great use of SBI');
    await entry.getByRole('button', { name: 'Save comment' }).click();
    await expect.poll(() => entry.locator('.comment-text').allTextContents()).toEqual(['Great use of SBI']);
    await entry.getByRole('button', { name: 'Edit' }).click();
    await entry.getByLabel('Edit your comment').fill('Great use of SBI, share it with the team');
    await entry.getByRole('button', { name: 'Save comment' }).click();
    await expect.poll(() => entry.locator('.comment-text').allTextContents()).toEqual(['Great use of SBI, share it with the team']);

    const sprint = journal.locator(`[data-sprint-id="${uuid(5, 2)}"]`);
    await sprint.getByRole('button', { name: /Add comment/ }).click();
    await sprint.getByRole('textbox').fill('To delete');
    await sprint.getByRole('button', { name: 'Save comment' }).click();
    await expect.poll(() => sprint.locator('.comment-text').count()).toBe(1);
    await sprint.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => sprint.locator('.comment-text').count()).toBe(0);

    await journal.getByRole('button', { name: 'Add comment (the whole period)' }).click();
    await journal.getByLabel('Comment on the whole period').fill('A strong fortnight');
    await journal.getByRole('button', { name: 'Save comment' }).click();
    await expect.poll(() => journal.locator('.comment-text').allTextContents()).toContain('A strong fortnight');
  });

  it('replaces a person’s share with a newer one; an older one is not imported; comments stay', async () => {
    await journal.goto(session.url('journal.html#/team'));
    await journal.getByLabel('Import share files').setInputFiles([file('ada-new.json', adaBundle(CREATED + 86_400_000, ' (revised)'))]);
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'ada-new.json: replaced by this newer share' }).count()).toBe(1);
    await journal.getByLabel('Import share files').setInputFiles([file('ada-old.json', adaBundle(CREATED))]);
    await expect
      .poll(() =>
        journal
          .getByRole('alert')
          .filter({ hasText: 'ada-old.json: not imported, the share you already have from Ada Lovelace is newer.' })
          .count(),
      )
      .toBe(1);
    expect(await peopleRows().count()).toBe(2);
    await journal.getByRole('link', { name: 'Ada Lovelace' }).click();
    await journal
      .locator(`article[data-entry-id="${uuid(4, 1)}"] h3`)
      .filter({ hasText: 'Radical candor (revised)' })
      .waitFor();
    // The comments are read after the share itself: poll for them.
    await expect
      .poll(() => journal.locator('.comment-text').allTextContents())
      .toEqual(['Great use of SBI, share it with the team', 'A strong fortnight']);
  });

  it('exports the feedback file, valid against the schema', async () => {
    const [download] = await Promise.all([
      journal.waitForEvent('download'),
      journal.getByRole('button', { name: 'Export feedback' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ada-lovelace-\d{4}-\d{2}-\d{2}\.commonplace-feedback\.json$/);
    const feedback = FeedbackFileV1Schema.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(feedback).toMatchObject({
      learnerId: ADA,
      bundleCreatedAt: CREATED + 86_400_000,
      period: { from: '2026-03-02', to: '2026-03-15' },
    });
    expect(feedback.comments.map((comment) => [comment.target, comment.text])).toEqual([
      [{ type: 'entry', id: uuid(4, 1) }, 'Great use of SBI, share it with the team'],
      [{ type: 'period' }, 'A strong fortnight'],
    ]);
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'with 2 comments' }).count()).toBe(1);
  });

  it('removes a person only after confirming', async () => {
    await journal.goto(session.url('journal.html#/team'));
    await journal.getByRole('button', { name: 'Remove Bo Chen' }).click();
    await journal.getByRole('button', { name: 'Cancel' }).click();
    expect(await peopleRows().count()).toBe(2);
    await journal.getByRole('button', { name: 'Remove Bo Chen' }).click();
    await journal.getByRole('button', { name: 'Remove Bo Chen' }).click();
    await expect.poll(() => peopleRows().count()).toBe(1);
  });
});
