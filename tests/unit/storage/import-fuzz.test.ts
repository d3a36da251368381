/**
 * Every kind of file a user can import, fuzzed with files that must be refused
 * (tests/unit/support/invalid-files.ts): each is refused with an `ImportFileError` (a clear
 * message, no other exception escapes), nothing is polluted, and a canonical dump of the
 * database and of extension storage is identical before and after.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportFileError } from '../../../domain/untrusted-json';
import { seedStarterFramework } from '../../../storage/competencies';
import { CommonplaceDb } from '../../../storage/db';
import { FEEDBACK_SCHEMA_VERSION, SHARE_SCHEMA_VERSION } from '../../../storage/exchange-schemas';
import { importFeedbackFile } from '../../../storage/feedback-received';
import { exportFramework, FRAMEWORK_SCHEMA_VERSION, importFramework } from '../../../storage/framework-file';
import { setLearnerId } from '../../../storage/identity';
import { importJournal } from '../../../storage/journal-backup';
import { exportJournal } from '../../../storage/journal-export';
import { JOURNAL_SCHEMA_VERSION } from '../../../storage/journal-file-schema';
import { setSiteRule } from '../../../storage/site-rules';
import { importShareBundle } from '../../../storage/team';
import { uuid as bundleId, shareBundle, sharedEntry, sharedReflection, sharedSprint } from '../../support/team-bundles';
import { type InvalidFileKind, invalidFiles, RUNS } from '../support/invalid-files';
import { fullJournal, IDENTITY, seed } from '../support/journal-fixture';

const T0 = Date.UTC(2026, 2, 1, 9);

interface Target {
  name: string;
  version: number;
  /** Fills the database with a journal the files must leave alone; returns a valid file. */
  seed: (db: CommonplaceDb) => Promise<unknown>;
  importText: (text: string, db: CommonplaceDb) => Promise<unknown>;
}

const LEARNER = bundleId(9, 0);

/** The learner's journal the other files must leave alone, with a teammate's bundle beside it. */
async function seedEverything(db: CommonplaceDb): Promise<void> {
  await seed(db, fullJournal());
  await importShareBundle(JSON.stringify(validBundle()), T0, db);
  await setLearnerId(LEARNER);
}

function validBundle() {
  const competency = { id: bundleId(3, 1), name: 'Glazing', category: 'Craft' };
  return shareBundle(bundleId(1, 0), 'Ada', {
    competencies: [competency],
    entries: [sharedEntry(bundleId(4, 1), '2026-03-03', { competencyIds: [competency.id], note: 'shared note' })],
    sprints: [sharedSprint(bundleId(5, 1), '2026-03-04', 15, { competencyId: competency.id })],
    reflections: [sharedReflection(bundleId(6, 1), '2026-03-05', { competencyId: competency.id })],
  });
}

function validFeedback() {
  const comment = (n: number, target: Record<string, unknown>) => ({
    id: bundleId(7, n),
    target,
    text: `comment ${n}`,
    createdAt: T0,
    updatedAt: T0,
  });
  return {
    kind: 'commonplace-feedback',
    schemaVersion: FEEDBACK_SCHEMA_VERSION,
    createdAt: T0,
    learnerId: LEARNER,
    manager: { displayName: 'Mo' },
    bundleCreatedAt: T0 - 1,
    period: { from: '2026-03-02', to: '2026-03-15' },
    comments: [
      comment(1, { type: 'period' }),
      comment(2, { type: 'entry', id: bundleId(4, 1) }),
      comment(3, { type: 'sprint', id: bundleId(5, 1) }),
    ],
  };
}

const TARGETS: Target[] = [
  {
    name: 'competency framework',
    version: FRAMEWORK_SCHEMA_VERSION,
    seed: async (db) => {
      await seedStarterFramework(T0, db);
      const first = (await db.competencies.toCollection().first())?.id ?? '';
      await setSiteRule('https://clay.example/', [first], T0, db);
      return exportFramework(T0, db);
    },
    importText: (text, db) => importFramework(text, T0 + 1, db),
  },
  {
    name: 'full journal',
    version: JOURNAL_SCHEMA_VERSION,
    seed: async (db) => {
      await seedEverything(db);
      const parts: string[] = [];
      await exportJournal(T0, IDENTITY, (part) => parts.push(part), db);
      return JSON.parse(parts.join(''));
    },
    importText: (text, db) => importJournal(text, db, { restoreSettings: true }),
  },
  {
    name: 'share bundle',
    version: SHARE_SCHEMA_VERSION,
    seed: async (db) => {
      await seedEverything(db);
      return { ...validBundle(), createdAt: T0 + 1 };
    },
    importText: (text, db) => importShareBundle(text, T0 + 2, db),
  },
  {
    name: 'feedback',
    version: FEEDBACK_SCHEMA_VERSION,
    seed: async (db) => {
      await seedEverything(db);
      return validFeedback();
    },
    importText: (text, db) => importFeedbackFile(text, T0 + 2, db, LEARNER),
  },
];

async function dump(db: CommonplaceDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify({ tables, storage: await fakeBrowser.storage.local.get(null) });
}

it('fuzzes at least 5,000 invalid files per run across the kinds of file', () => {
  const perKind = Object.values(RUNS).reduce((sum, runs) => sum + runs, 0);
  expect(perKind * TARGETS.length).toBeGreaterThanOrEqual(5_000);
});

describe.each(TARGETS)('$name files', (target) => {
  let db: CommonplaceDb;
  let valid: unknown;
  let before: string;

  beforeAll(async () => {
    fakeBrowser.reset();
    db = new CommonplaceDb(`fuzz-${crypto.randomUUID()}`);
    valid = await target.seed(db);
    before = await dump(db);
  });
  afterAll(() => db.delete());

  it('the valid file it starts from is accepted (so refusals below are about the mutation)', async () => {
    const scratch = new CommonplaceDb(`fuzz-valid-${crypto.randomUUID()}`);
    // A journal import may restore settings into extension storage, which the fuzzed db shares.
    const storage = await fakeBrowser.storage.local.get(null);
    await expect(target.importText(JSON.stringify(valid), scratch)).resolves.toBeDefined();
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(storage);
    await scratch.delete();
  });

  const generators = () => invalidFiles({ valid: valid as never, version: target.version });
  it.each(Object.keys(RUNS) as InvalidFileKind[])('%s: refused with a message, the journal unchanged', async (kind) => {
    await fc.assert(
      fc.asyncProperty(generators()[kind], async (text) => {
        const error = await target.importText(text, db).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error, `accepted: ${text.slice(0, 200)}`).toBeInstanceOf(ImportFileError);
        expect((error as Error).message).not.toBe('');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(await dump(db)).toBe(before);
      }),
      { numRuns: RUNS[kind] },
    );
  });
});
