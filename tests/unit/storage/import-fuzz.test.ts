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
import { exportFramework, FRAMEWORK_SCHEMA_VERSION, importFramework } from '../../../storage/framework-file';
import { setSiteRule } from '../../../storage/site-rules';
import { type InvalidFileKind, invalidFiles, RUNS } from '../support/invalid-files';

const T0 = Date.UTC(2026, 2, 1, 9);

interface Target {
  name: string;
  version: number;
  /** Fills the database with a journal the files must leave alone; returns a valid file. */
  seed: (db: CommonplaceDb) => Promise<unknown>;
  importText: (text: string, db: CommonplaceDb) => Promise<unknown>;
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
];

async function dump(db: CommonplaceDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify({ tables, storage: await fakeBrowser.storage.local.get(null) });
}

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
    await expect(target.importText(JSON.stringify(valid), scratch)).resolves.toBeDefined();
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
