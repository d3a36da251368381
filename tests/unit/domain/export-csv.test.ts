/**
 * CSV exports: RFC 4180 quoting, formula-injection neutralisation of text cells (never of our own
 * numbers), golden files for entries and sprints, and a round trip through an independent CSV
 * parser (csv-parse). Regenerate the golden files with `UPDATE_GOLDEN=1` after a deliberate change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, ENTRY_COLUMNS, entriesCsv, neutraliseFormula, renderCsv, SPRINT_COLUMNS, sprintsCsv } from '../../../domain/export-csv';
import { entries, HOSTILE_TITLE, IDS, names, sprints } from '../support/export-journal';

const FIXTURES = join(import.meta.dirname, '../../fixtures/exports');

function golden(name: string, text: string): string {
  const path = join(FIXTURES, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, text);
  return readFileSync(path, 'utf8');
}

const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true, relax_quotes: false });

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 for small PRs', "'+1 for small PRs"],
    ['-5', "'-5"],
    ['@risk', "'@risk"],
    ['\tTabbed', "'\tTabbed"],
    ['\rCarriage', "'\rCarriage"],
    ['Plain text', 'Plain text'],
    [' =leading space', ' =leading space'],
    ['a=b', 'a=b'],
    ['', ''],
    ["'already quoted", "'already quoted"],
  ])('%j -> %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('csvField', () => {
  it.each<[string | number | boolean, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1,2', `"'=1,2"`],
    // Our own numbers stay numbers, negative ones too: only text is neutralised.
    [-5, '-5'],
    [1.5, '1.5'],
    [0, '0'],
    [Number.NaN, ''],
    [true, 'true'],
    [false, 'false'],
  ])('%j -> %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it('writes CRLF line ends after a byte order mark', () => {
    expect(renderCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

describe('entries CSV', () => {
  const csv = entriesCsv(entries, names);

  it('matches the golden file', () => {
    expect(csv).toBe(golden('entries.csv', csv));
  });

  it('reads back through an independent parser, one row per entry, injection neutralised', () => {
    const rows = rowsOf(csv);
    expect(Object.keys(rows[0] ?? {})).toEqual([...ENTRY_COLUMNS]);
    expect(rows.map((row) => row.id)).toEqual(entries.map((entry) => entry.id));
    const hostile = rows.find((row) => row.id === IDS.selection);
    expect(hostile?.title).toBe(HOSTILE_TITLE);
    expect(hostile?.tags).toBe("'=cmd|calc; @risk; yes");
    const link = rows.find((row) => row.id === IDS.link);
    expect(link).toMatchObject({
      title: "'+1 for small PRs, -5 for big ones",
      takeaway: "'-2 points",
      note: `'\tTabbed\r\nnote, with "quotes"`,
    });
    const article = rows.find((row) => row.id === IDS.article);
    // The deleted competency is left out; numbers are plain.
    expect(article).toMatchObject({
      competencies: 'Giving feedback',
      word_count: '1200',
      reading_minutes: '5',
      applied: '2026-03-05T09:30:00.000Z',
    });
  });

  it('no cell of any row starts with a formula character', () => {
    for (const row of rowsOf(csv)) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('sprints CSV', () => {
  const csv = sprintsCsv(sprints, names);

  it('matches the golden file', () => {
    expect(csv).toBe(golden('sprints.csv', csv));
  });

  it('writes minutes as numbers and neutralises a formula goal', () => {
    const rows = rowsOf(csv);
    expect(Object.keys(rows[0] ?? {})).toEqual([...SPRINT_COLUMNS]);
    expect(rows[0]).toMatchObject({ planned_minutes: '15', elapsed_minutes: '15', completed: 'true', competency: 'Giving feedback' });
    expect(rows[1]).toMatchObject({ planned_minutes: '25', elapsed_minutes: '1.51', completed: 'false', competency: '', goal: "'=1+1" });
  });
});
