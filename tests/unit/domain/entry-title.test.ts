import { describe, expect, it } from 'vitest';
import { entryTitle, noteTitle, withoutSiteSuffix } from '../../../domain/entry-title';

describe('withoutSiteSuffix', () => {
  it.each([
    ['How to give feedback that lands | Acme blog', 'How to give feedback that lands'],
    ['How to give feedback that lands - The Acme Times', 'How to give feedback that lands'],
    ['How to give feedback that lands — Acme', 'How to give feedback that lands'],
    ['How to give feedback that lands · GitHub', 'How to give feedback that lands'],
    ['Pair programming at scale :: Dev Notes', 'Pair programming at scale'],
    // The rest would be too short to stand alone: kept whole.
    ['News - Home', 'News - Home'],
    ['Feedback | Acme', 'Feedback | Acme'],
    // A long tail is part of the title.
    ['Why we write - a note on how teams remember what they decided', 'Why we write - a note on how teams remember what they decided'],
    // Hyphens inside words are not separators.
    ['Self-paced learning in the flow of work', 'Self-paced learning in the flow of work'],
    ['  Spaces around are trimmed  ', 'Spaces around are trimmed'],
    ['', ''],
  ])('%j → %j', (title, expected) => {
    expect(withoutSiteSuffix(title)).toBe(expected);
  });
});

describe('noteTitle', () => {
  it.each([
    ['Ask Priya about the rollout', 'Ask Priya about the rollout'],
    ['\n\n  First real line\nsecond line', 'First real line'],
    ['# A heading as the first line\nbody', 'A heading as the first line'],
    [
      'A very long first line that goes on and on about everything that happened in the retrospective today and more',
      'A very long first line that goes on and on about everything that happened in…',
    ],
    ['', ''],
  ])('%j → %j', (note, expected) => {
    expect(noteTitle(note)).toBe(expected);
    expect(noteTitle(note).length).toBeLessThanOrEqual(80);
  });
});

describe('entryTitle', () => {
  it.each([
    [{ kind: 'note', title: 'The page the note was written on | Site', note: 'My thought\nmore' }, 'My thought'],
    [{ kind: 'note', title: 'Fallback title', note: '   ' }, 'Fallback title'],
    [{ kind: 'link', title: 'Coaching conversations that work | Acme', note: '' }, 'Coaching conversations that work'],
    [{ kind: 'selection', title: 'Coaching conversations that work | Acme', note: '' }, 'Coaching conversations that work'],
    // Articles are titled by the reader view already; their title is kept as extracted.
    [{ kind: 'article', title: 'Retro - Start, Stop, Continue | Acme', note: '' }, 'Retro - Start, Stop, Continue | Acme'],
  ])('%j → %j', (entry, expected) => {
    expect(entryTitle(entry)).toBe(expected);
  });
});
