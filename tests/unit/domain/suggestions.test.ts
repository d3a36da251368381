import { describe, expect, it } from 'vitest';
import {
  isHostCoveredBy,
  MIN_SCORE,
  normalizeHostname,
  type SuggestibleCompetency,
  type SuggestionSource,
  suggestCompetencies,
  toWordText,
  WEIGHTS,
} from '../../../domain/suggestions';

const FEEDBACK: SuggestibleCompetency = { id: 'feedback', name: 'Feedback', keywords: ['critique', 'one on one'], archived: false };
const DATA: SuggestibleCompetency = { id: 'data', name: 'Data literacy', keywords: ['statistics', 'sql'], archived: false };
const CAFE: SuggestibleCompetency = { id: 'cafe', name: 'Café culture', keywords: ['crème brûlée'], archived: false };
const OLD: SuggestibleCompetency = { id: 'old', name: 'Archived thing', keywords: ['feedback'], archived: true };
const ALL = [FEEDBACK, DATA, CAFE, OLD];

function source(fields: Partial<SuggestionSource>): SuggestionSource {
  return { title: '', excerpt: '', text: '', tags: [], url: '', competencyIds: [], ...fields };
}

const ids = (entry: SuggestionSource, rules = []) => suggestCompetencies(entry, ALL, rules).map((s) => s.competencyId);

describe('toWordText', () => {
  it.each([
    ['Crème Brûlée!', ' creme brulee '],
    ['  SQL-based   stats ', ' sql based stats '],
    ['', ' '],
    ['İstanbul', ' istanbul '],
  ])('%j -> %j', (input, expected) => {
    expect(toWordText(input)).toBe(expected);
  });
});

describe('suggestCompetencies', () => {
  it.each<[string, Partial<SuggestionSource>, string[]]>([
    ['a keyword in the title', { title: 'How to give a critique' }, ['feedback']],
    ['the competency name counts as a keyword', { title: 'Feedback that works' }, ['feedback']],
    ['case and diacritics do not matter', { title: 'CREME BRULEE for beginners' }, ['cafe']],
    ['whole words only: "sqlite" is not "sql"', { title: 'sqlite tips', text: 'sqlite sqlite sqlite' }, []],
    ['multi-word keywords match as a phrase', { excerpt: 'notes from a one on one' }, ['feedback']],
    ['split phrase does not match', { title: 'one thing on one side' }, []],
    ['a single body mention is below the threshold', { text: 'we used statistics once' }, []],
    ['two body mentions reach the threshold', { text: 'statistics and more statistics' }, ['data']],
    ['a tag counts', { tags: ['sql'] }, ['data']],
    ['archived competencies are never suggested', { title: 'feedback' }, ['feedback']],
    ['competencies already on the entry are skipped', { title: 'feedback and sql', competencyIds: ['feedback'] }, ['data']],
    ['title beats body', { title: 'SQL joins', text: 'critique critique critique' }, ['data', 'feedback']],
    ['body mentions are capped', { title: 'sql', text: 'critique '.repeat(50) }, ['data', 'feedback']],
  ])('%s', (_name, fields, expected) => {
    expect(ids(source(fields))).toEqual(expected);
  });

  it('scores by field weight', () => {
    const [best] = suggestCompetencies(source({ title: 'sql', tags: ['sql'], excerpt: 'sql', text: 'sql sql sql sql' }), ALL, []);
    expect(best?.score).toBe(WEIGHTS.title + WEIGHTS.tags + WEIGHTS.excerpt + 3 * WEIGHTS.body);
    expect(best?.matched).toEqual(['sql']);
  });

  it('a site rule suggests its competencies for the site and its subdomains', () => {
    const rules = [{ hostname: 'example.com', competencyIds: ['data'] }];
    expect(suggestCompetencies(source({ url: 'https://blog.example.com/post' }), ALL, rules)).toEqual([
      { competencyId: 'data', score: WEIGHTS.siteRule, matched: [], isFromSiteRule: true },
    ]);
    expect(ids(source({ url: 'https://notexample.com/' }), rules as never)).toEqual([]);
  });

  it('a site rule and keywords add up, and order by score then name', () => {
    const rules = [{ hostname: 'example.com', competencyIds: ['feedback'] }];
    const result = suggestCompetencies(source({ url: 'https://www.example.com/', title: 'sql statistics' }), ALL, rules);
    expect(result.map((s) => [s.competencyId, s.score])).toEqual([
      ['data', 2 * WEIGHTS.title],
      ['feedback', WEIGHTS.siteRule],
    ]);
    expect(MIN_SCORE).toBeGreaterThan(WEIGHTS.body);
  });

  it('returns at most `limit` suggestions', () => {
    expect(suggestCompetencies(source({ title: 'feedback sql crème brûlée' }), ALL, [], 2)).toHaveLength(2);
  });
});

describe('host names', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.Example.com/path?q=1', 'example.com'],
    ['example.com.', 'example.com'],
    ['not a host', ''],
    ['javascript:alert(1)', ''],
    ['', ''],
  ])('normalizeHostname(%j) = %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each([
    ['example.com', 'example.com', true],
    ['a.b.example.com', 'example.com', true],
    ['badexample.com', 'example.com', false],
  ])('%s is covered by %s: %s', (host, rule, expected) => {
    expect(isHostCoveredBy(host, rule)).toBe(expected);
  });
});
