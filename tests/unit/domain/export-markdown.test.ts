/**
 * Markdown export: one file per entry, one per day of reflections, YAML front matter written by
 * the real YAML library. Golden files in tests/fixtures/exports/markdown (regenerate with
 * `UPDATE_GOLDEN=1` after a deliberate change); a hostile title must come back from the front
 * matter exactly and must not end it early.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownFiles, obsidianTag } from '../../../domain/export-markdown';
import { markdownExportLabels } from '../../../entrypoints/journal/settings/export-labels';
import { frontMatterYaml } from '../../../storage/export-formats';
import { entries, HOSTILE_TITLE, IDS, names, reflections } from '../support/export-journal';

const GOLDEN = join(import.meta.dirname, '../../fixtures/exports/markdown');
const files = markdownFiles({ entries, reflections, names }, markdownExportLabels(), frontMatterYaml);
const byPath = new Map(files.map((file) => [file.path, file.text]));

function goldenPaths(dir = GOLDEN): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? goldenPaths(join(dir, item.name)) : [relative(GOLDEN, join(dir, item.name))],
  );
}

/** The front matter (parsed) and the body of a file; fails unless the file opens with front matter. */
function split(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in ${text.slice(0, 80)}`);
  return { data: parse(match[1] ?? '', { version: '1.1' }), body: match[2] ?? '' };
}

describe('markdown files', () => {
  if (process.env.UPDATE_GOLDEN || goldenPaths().length === 0) {
    for (const file of files) {
      mkdirSync(dirname(join(GOLDEN, file.path)), { recursive: true });
      writeFileSync(join(GOLDEN, file.path), file.text);
    }
  }

  it('names one file per entry and per day of reflections, safely and uniquely', () => {
    expect(files.map((file) => file.path)).toEqual([
      'entries/2026-03-02 Feedback that lands.md',
      'entries/2026-03-02 Ship it fast --- or --- rm -rf .. .. etc passwd 1 x b.md',
      'entries/2026-03-03 +1 for small PRs, -5 for big ones.md',
      'entries/2026-03-03 Feedback that lands.md',
      'entries/2026-03-04 CON.md',
      'entries/2026-03-04 con (2).md',
      'reflections/2026-03-02.md',
      'reflections/2026-03-04.md',
    ]);
  });

  it('matches the golden files, and no golden file is left over', () => {
    expect(goldenPaths().sort()).toEqual([...byPath.keys()].sort());
    for (const [path, text] of byPath) expect(text, path).toBe(readFileSync(join(GOLDEN, path), 'utf8'));
  });

  it('keeps a hostile title intact inside the front matter and inert in the heading', () => {
    const { data, body } = split(files[1]?.text ?? '');
    // cleanMetadataText makes titles one line; the YAML writer quotes the rest.
    expect(data.title).toBe(HOSTILE_TITLE.replace(/\s+/g, ' '));
    expect(data.tags).toEqual(['=cmd|calc', '@risk', 'yes']);
    expect(body.split('\n')[0]).toBe('# Ship it: "fast" --- or --- rm -rf ../../etc/passwd \\#1 \\[x\\] \\<b\\>\\|?\\*');
    expect(body).toContain('> First line\n>\n> =HYPERLINK("http://evil.example")');
  });

  it('writes the facts of an applied article as front matter: competencies by name, tags for Obsidian', () => {
    const { data, body } = split(byPath.get('entries/2026-03-02 Feedback that lands.md') ?? '');
    expect(data).toEqual({
      title: 'Feedback that lands',
      kind: 'article',
      source: 'https://example.com/feedback',
      site: 'Example Blog',
      created: '2026-03-02T09:30:00.000Z',
      updated: '2026-03-05T09:30:00.000Z',
      tags: ['feedback', 'one-to-one'],
      competencies: ['Giving feedback'],
      takeaway: 'Describe behaviour, not character.',
      apply_plan: 'Use SBI in Friday 1:1',
      applied: '2026-03-05T09:30:00.000Z',
      evidence: 'Gave Sam SBI feedback;\nhe "got it"',
      evidence_link: 'https://wiki.example.com/1on1',
    });
    expect(body).toContain('Source: [Example Blog](https://example.com/feedback)');
    expect(body).toContain('## Situation, behaviour, impact\n\nBe specific.');
    expect(body).toContain('## Notes\n\nTry SBI with *Sam*.');
  });

  it('links only http(s) sources', () => {
    expect(byPath.get('entries/2026-03-04 con (2).md')).not.toContain('javascript:');
    expect(byPath.get('entries/2026-03-03 +1 for small PRs, -5 for big ones.md')).toContain('[example.org](https://example.org/a%28b%29)');
  });

  it('puts a day of reflections in one file, each with its answers', () => {
    const { data, body } = split(byPath.get('reflections/2026-03-02.md') ?? '');
    expect(data).toEqual({ kind: 'reflection', date: '2026-03-02', competencies: ['Giving feedback'] });
    expect(body.match(/## What I learned/g)).toHaveLength(2);
    expect(body).toContain('Specific beats general.');
    expect(body).toContain("## What didn't work\n\nLong emails.");
    // A reflection that looks like front matter stays in the body.
    expect(split(byPath.get('reflections/2026-03-04.md') ?? '').data).toEqual({ kind: 'reflection', date: '2026-03-04', competencies: [] });
  });

  it.each([
    ['one to one', 'one-to-one'],
    ['#already', 'already'],
    ['  spaced  out ', 'spaced-out'],
    ['c++', 'c++'],
  ])('Obsidian tag %j -> %j', (tag, expected) => {
    expect(obsidianTag(tag)).toBe(expected);
  });

  it('is the same on every run (stable for version control and sync)', () => {
    expect(markdownFiles({ entries: [...entries].reverse(), reflections, names }, markdownExportLabels(), frontMatterYaml)).toEqual(files);
  });

  it('dates each file by its last change', () => {
    expect(files.find((file) => file.path.includes('Feedback that lands.md'))?.modifiedAt).toBe(
      entries.find((e) => e.id === IDS.article)?.updatedAt,
    );
  });
});
