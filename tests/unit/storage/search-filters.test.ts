import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommonplaceDb } from '../../../storage/db';
import { annotateEntry, saveCapture } from '../../../storage/entries';
import { countRange, facetCounts, type ListFilters, resolveListing, rowsAt } from '../../../storage/entry-queries';
import type { EntryKind } from '../../../storage/schemas';
import { reindexEntries } from '../../../storage/search-index';
import { articleOf } from './search-random';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9, 30);
const COMPETENCY = '33333333-3333-4333-8333-333333333333';
let db: CommonplaceDb;
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

beforeEach(() => {
  db = new CommonplaceDb(`filters-test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function add(
  title: string,
  kind: EntryKind,
  day: number,
  tags: string[] = [],
  extra: { competency?: boolean; applied?: boolean } = {},
) {
  const { entry } = await saveCapture(
    {
      kind,
      url: kind === 'note' ? '' : `https://e.com/${title}`,
      title,
      ...(kind === 'article' ? { article: articleOf(`${title} body text`) } : {}),
    },
    T0 + day * DAY,
    db,
    newId,
  );
  if (tags.length) await annotateEntry(entry.id, { note: '', tags }, T0 + day * DAY, db);
  if (extra.competency || extra.applied) {
    // Competencies and applied are set by other modules; write them and bring the index up to date.
    await db.entries.update(entry.id, {
      ...(extra.competency ? { competencyIds: [COMPETENCY] } : {}),
      ...(extra.applied ? { applied: { at: T0, evidence: 'did it', link: '' } } : {}),
    });
    await reindexEntries([entry.id], db);
  }
  return entry;
}

async function titles(search: string, filters: ListFilters): Promise<string[]> {
  const listing = await resolveListing(search, filters, db);
  const rows = await rowsAt(listing, 0, 100, db);
  expect(rows).toHaveLength(listing.type === 'range' ? await countRange(listing, db) : listing.total);
  return rows.map((row) => row.title);
}

describe('entry queries', () => {
  beforeEach(async () => {
    await add('a1', 'article', 0, ['focus']);
    await add('n1', 'note', 1, ['focus', 'habits'], { competency: true });
    await add('a2', 'article', 2, ['habits'], { applied: true });
    await add('s1', 'selection', 3, [], { competency: true, applied: true });
    await add('a3', 'article', 4, ['focus'], { competency: true });
  });

  it('lists newest first without filters, by offset', async () => {
    const listing = await resolveListing('', {}, db);
    expect(listing.type === 'range' && (await countRange(listing, db))).toBe(5);
    expect((await rowsAt(listing, 1, 2, db)).map((row) => row.title)).toEqual(['s1', 'a2']);
  });

  it.each([
    [{ kind: 'article' }, ['a3', 'a2', 'a1']],
    [{ tag: 'focus' }, ['a3', 'n1', 'a1']],
    [{ competencyId: COMPETENCY }, ['a3', 's1', 'n1']],
    [{ applied: 'yes' }, ['s1', 'a2']],
    [{ applied: 'no' }, ['a3', 'n1', 'a1']],
    [{ from: T0 + DAY, to: T0 + 3 * DAY }, ['s1', 'a2', 'n1']],
    [{ kind: 'article', tag: 'focus' }, ['a3', 'a1']],
    [{ tag: 'focus', competencyId: COMPETENCY, applied: 'no' }, ['a3', 'n1']],
    [{ kind: 'article', from: T0 + 3 * DAY }, ['a3']],
    [{ kind: 'link' }, []],
  ] as [ListFilters, string[]][])('filters %j', async (filters, expected) => {
    expect(await titles('', filters)).toEqual(expected);
  });

  it('combines search with filters, keeping the rank order', async () => {
    expect(await titles('body', { kind: 'article', tag: 'focus' })).toEqual(['a3', 'a1']);
    expect(await titles('a2', { applied: 'yes' })).toEqual(['a2']);
    expect(await titles('a2', { applied: 'no' })).toEqual([]);
  });

  it('counts each filter value from the indexes', async () => {
    expect(await facetCounts(db)).toEqual({
      total: 5,
      kinds: { article: 3, selection: 1, link: 0, note: 1 },
      applied: 2,
      tags: [
        ['focus', 3],
        ['habits', 2],
      ],
      competencies: [[COMPETENCY, 3]],
    });
  });
});
