import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STARTER_FRAMEWORK } from '../../../domain/competency-framework';
import { type FileProblem, ImportFileError, parseUntrustedJson } from '../../../domain/untrusted-json';
import { addCompetency, listCompetencies, seedStarterFramework } from '../../../storage/competencies';
import { CommonplaceDb } from '../../../storage/db';
import { exportFramework, importFramework } from '../../../storage/framework-file';
import { listSiteRules, setSiteRule } from '../../../storage/site-rules';

const T0 = Date.UTC(2026, 2, 1, 9);
const ID_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ID_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

function competency(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    category: 'Craft',
    description: '',
    levels: [],
    keywords: ['k'],
    archived: false,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

function file(extra: Record<string, unknown> = {}) {
  return {
    kind: 'commonplace-competency-framework',
    schemaVersion: 1,
    exportedAt: T0,
    competencies: [competency(ID_A, 'Pottery'), competency(ID_B, 'Glazing')],
    siteRules: [{ hostname: 'clay.example', competencyIds: [ID_B], createdAt: T0, updatedAt: T0 }],
    ...extra,
  };
}

let db: CommonplaceDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new CommonplaceDb(`framework-test-${crypto.randomUUID()}`);
  await seedStarterFramework(T0, db);
});
afterEach(() => db.delete());

const snapshot = async () => ({ competencies: await listCompetencies(db), rules: await listSiteRules(db) });

describe('importFramework', () => {
  it('imports a good file, merging by id or by name, and adds its site rules', async () => {
    const before = await listCompetencies(db);
    const feedback = before.find((c) => c.name === 'Feedback');
    const text = JSON.stringify(
      file({ competencies: [competency(ID_A, 'Pottery'), competency(ID_B, 'feedback', { category: 'communication', keywords: ['x'] })] }),
    );
    expect(await importFramework(text, T0 + 1, db)).toEqual({ added: 1, updated: 1, siteRules: 1 });
    const after = await listCompetencies(db);
    expect(after).toHaveLength(before.length + 1);
    // Same name and category (any case): the local competency is updated and keeps its id.
    expect(after.find((c) => c.id === feedback?.id)?.keywords).toEqual(['x']);
    // The rule points at the local id.
    expect((await listSiteRules(db))[0]).toMatchObject({ hostname: 'clay.example', competencyIds: [feedback?.id] });
  });

  it('round-trips an export', async () => {
    await setSiteRule('https://www.example.com/x', [(await listCompetencies(db))[0]?.id ?? ''], T0, db);
    const exported = await exportFramework(T0, db);
    const before = await snapshot();
    expect(await importFramework(JSON.stringify(exported), T0, db)).toMatchObject({
      added: 0,
      updated: STARTER_FRAMEWORK.length,
      siteRules: 1,
    });
    expect(await snapshot()).toEqual(before);
  });

  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  it.each<[string, string, FileProblem]>([
    ['not JSON', '{"kind": ', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['a JSON array', '[]', 'wrong-kind'],
    ['another kind of file', JSON.stringify(file({ kind: 'journal' })), 'wrong-kind'],
    ['no version', JSON.stringify(file({ schemaVersion: undefined })), 'wrong-kind'],
    ['a future version', JSON.stringify(file({ schemaVersion: 2 })), 'newer-version'],
    ['wrong types', JSON.stringify(file({ competencies: [competency(ID_A, 'P', { archived: 'no' })] })), 'invalid'],
    ['an unknown field', JSON.stringify(file({ extra: 1 })), 'invalid'],
    ['an empty name', JSON.stringify(file({ competencies: [competency(ID_A, '  ')], siteRules: [] })), 'invalid'],
    ['a duplicate id', JSON.stringify(file({ competencies: [competency(ID_A, 'P'), competency(ID_A, 'Q')], siteRules: [] })), 'invalid'],
    ['a rule for an unknown competency', JSON.stringify(file({ competencies: [competency(ID_A, 'P')] })), 'invalid'],
    ['a __proto__ key', JSON.stringify(file()).replace('"exportedAt"', '"__proto__":{"polluted":1},"exportedAt"'), 'forbidden-key'],
    [
      'a nested constructor key',
      JSON.stringify(file()).replace('"keywords"', '"constructor":{"prototype":{}},"keywords"'),
      'forbidden-key',
    ],
    ['a huge string', JSON.stringify(file({ competencies: [competency(ID_A, 'x'.repeat(2_100_000))] })), 'too-big'],
    [
      'a long field within the size limit',
      JSON.stringify(file({ competencies: [competency(ID_A, 'x'.repeat(500))], siteRules: [] })),
      'invalid',
    ],
    ['deep nesting', `{"kind":${deep(5_000)}}`, 'too-deep'],
    ['too many values', JSON.stringify({ kind: Array.from({ length: 150_000 }, () => 0) }), 'too-many'],
  ])('refuses %s and changes nothing', async (_name, text, problem) => {
    const before = await snapshot();
    const error = await importFramework(text, T0 + 5, db).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).problem).toBe(problem);
    expect(await snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseUntrustedJson', () => {
  it('accepts documents within the limits', () => {
    expect(parseUntrustedJson('{"a":[1,{"b":2}]}', { maxChars: 100, maxDepth: 3, maxValues: 10 })).toEqual({ a: [1, { b: 2 }] });
  });

  it.each([
    ['{"a":[[1]]}', 'too-deep'],
    ['[1,2,3,4,5,6,7,8,9,10]', 'too-many'],
    [`"${'x'.repeat(200)}"`, 'too-big'],
  ])('%s is refused as %s', (text, problem) => {
    expect(() => parseUntrustedJson(text, { maxChars: 100, maxDepth: 2, maxValues: 10 })).toThrow(problem);
  });

  it('a file added by name after seeding is still imported once', async () => {
    await addCompetency({ name: 'Pottery', category: 'Craft', description: '', levels: [], keywords: [] }, T0, db);
    const summary = await importFramework(JSON.stringify(file()), T0, db);
    expect(summary).toEqual({ added: 1, updated: 1, siteRules: 1 });
  });
});
