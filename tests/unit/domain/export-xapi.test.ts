/**
 * xAPI export: every statement passes Learning Locker's xAPI 1.0.3 validator (and the validator
 * is shown to refuse broken ones), ids are deterministic, verbs and activity types come from the
 * ADL vocabulary, and the output matches a golden file (`UPDATE_GOLDEN=1` to regenerate).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type XapiStatement, xapiStatements } from '../../../domain/export-xapi';
import { isoDuration, languageTag } from '../../../domain/xapi-vocabulary';
import { xapiExportLabels } from '../../../entrypoints/journal/settings/export-labels';
import { statementId } from '../../../storage/export-formats';
import { xapiProblems } from '../../support/xapi-validate';
import { entries, IDS, names, reflections, sprints } from '../support/export-journal';

const GOLDEN = join(import.meta.dirname, '../../fixtures/exports/xapi-statements.json');
const LEARNER = { id: 'e0000000-0000-4000-8000-000000000001', name: 'Ada Lovelace', homePage: 'https://learning.example.com' };
const statements = xapiStatements({ entries, sprints, reflections, names }, LEARNER, xapiExportLabels(), statementId);
const json = `${JSON.stringify(statements, null, 2)}\n`;
const find = (verb: string, objectId?: string) =>
  statements.filter((statement) => statement.verb.id.endsWith(`/${verb}`) && (!objectId || statement.object.id === objectId));

describe('xAPI statements', () => {
  it('matches the golden file', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, json);
    expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('are all valid xAPI 1.0.3 statements', () => {
    expect(statements).toHaveLength(entries.length + 1 + sprints.length + reflections.length);
    for (const statement of statements) expect(xapiProblems(statement), statement.id).toEqual([]);
  });

  it('have unique ids that do not change between exports', () => {
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
    const again = xapiStatements(
      { entries: [...entries].reverse(), sprints, reflections, names },
      LEARNER,
      xapiExportLabels(),
      statementId,
    );
    expect(again.map((statement) => statement.id).sort()).toEqual(statements.map((statement) => statement.id).sort());
    expect(statementId(IDS.article, 'captured')).toBe(statementId(IDS.article, 'captured'));
    expect(statementId(IDS.article, 'captured')).not.toBe(statementId(IDS.article, 'applied'));
  });

  it('name the learner as an account agent', () => {
    for (const statement of statements) {
      expect(statement.actor).toEqual({
        objectType: 'Agent',
        name: 'Ada Lovelace',
        account: { homePage: 'https://learning.example.com', name: LEARNER.id },
      });
    }
    const anonymous = xapiStatements(
      { entries, sprints: [], reflections: [], names },
      { ...LEARNER, name: ' ' },
      xapiExportLabels(),
      statementId,
    );
    expect(anonymous[0]?.actor).not.toHaveProperty('name');
  });

  it('use ADL verbs and activity types only', () => {
    for (const statement of statements) {
      expect(statement.verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\/[a-z]+$/);
      const types = [statement.object, ...Object.values(statement.context?.contextActivities ?? {}).flat()].flatMap((activity) =>
        activity.definition?.type ? [activity.definition.type] : [],
      );
      for (const type of types) expect(type).toMatch(/^http:\/\/adlnet\.gov\/expapi\/activities\/[a-z]+$/);
    }
  });

  it('say what each record was: experienced, commented, applied, sprint, reflection', () => {
    expect(find('experienced', 'https://example.com/feedback')[0]).toMatchObject({
      object: { definition: { type: 'http://adlnet.gov/expapi/activities/media', name: { en: 'Feedback that lands' } } },
      context: {
        contextActivities: {
          grouping: [{ id: `urn:uuid:${IDS.sprintDone}` }],
          other: [{ definition: { name: { en: 'Giving feedback' } } }],
        },
      },
      timestamp: '2026-03-02T09:30:00.000Z',
    });
    expect(find('commented').map((statement) => statement.object.id)).toEqual(['https://example.com/feedback', `urn:uuid:${IDS.freeNote}`]);
    const applied = find('completed').find((statement) => statement.object.definition?.type?.endsWith('/performance'));
    expect(applied).toMatchObject({
      result: { completion: true, response: 'Gave Sam SBI feedback;\nhe "got it"' },
      object: { definition: { name: { en: 'Applying: Feedback that lands' }, moreInfo: 'https://wiki.example.com/1on1' } },
      context: { contextActivities: { parent: [{ id: 'https://example.com/feedback' }] } },
      timestamp: '2026-03-05T09:30:00.000Z',
    });
    expect(find('completed', `urn:uuid:${IDS.sprintDone}`)[0]?.result).toEqual({ completion: true, duration: 'PT15M' });
    expect(find('terminated', `urn:uuid:${IDS.sprintStopped}`)[0]?.result).toEqual({ completion: false, duration: 'PT1M30.5S' });
    expect(find('answered', `urn:uuid:${IDS.reflectionA}`)[0]?.result?.response).toBe(
      "What I learned: Specific beats general.\nWhat I'll try next: Ask first.",
    );
  });

  it('leave out article bodies, private notes and tags', () => {
    expect(json).not.toContain('Be specific.');
    expect(json).not.toContain('Try SBI');
    expect(json).not.toContain('one to one');
    expect(json).not.toContain('javascript:');
  });
});

// biome-ignore lint/suspicious/noExplicitAny: breaking a statement on purpose writes anywhere in it.
type Breakable = Record<string, any>;

describe('the validator refuses broken statements', () => {
  const good = statements[0] as XapiStatement;
  it.each<[string, (statement: Breakable) => void]>([
    ['a relative verb IRI', (s) => (s.verb.id = 'experienced')],
    ['a statement id that is not a UUID', (s) => (s.id = 'entry-1')],
    ['an agent with two identifiers', (s) => (s.actor.mbox = 'mailto:ada@example.com')],
    ['an account without an absolute home page', (s) => (s.actor.account.homePage = 'commonplace')],
    ['a language map with a bad tag', (s) => (s.object.definition.name = { 'not a tag!': 'x' })],
    ['a duration that is not ISO 8601', (s) => (s.result = { duration: '15 minutes' })],
    ['a timestamp that is not ISO 8601', (s) => (s.timestamp = 'yesterday')],
    ['a timestamp without a zone', (s) => (s.timestamp = '2026-03-02T09:30:00')],
    ['another version', (s) => (s.version = '2.0.0')],
    ['an object id that is not an IRI', (s) => (s.object.id = 'not an iri')],
    ['an unknown property', (s) => (s.extra = true)],
    ['no actor account (our export always has one)', (s) => (s.actor = { objectType: 'Agent', mbox: 'mailto:ada@example.com' })],
  ])('%s', (_, breakIt) => {
    const broken: Breakable = structuredClone(good);
    breakIt(broken);
    expect(xapiProblems(broken)).not.toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    [0, 'PT0S'],
    [900_000, 'PT15M'],
    [90_500, 'PT1M30.5S'],
    [3_600_000, 'PT1H'],
    [3_723_456, 'PT1H2M3.46S'],
    [-5, 'PT0S'],
  ])('isoDuration(%d) = %s', (ms, expected) => {
    expect(isoDuration(ms)).toBe(expected);
  });

  it.each([
    ['en', 'en'],
    ['pt-BR', 'pt-BR'],
    ['', 'und'],
    [undefined, 'und'],
    ['en_US', 'und'],
    ['<script>', 'und'],
  ])('languageTag(%j) = %s', (lang, expected) => {
    expect(languageTag(lang)).toBe(expected);
  });
});
