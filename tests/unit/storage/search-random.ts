/** Seeded random journals for the search index tests (no test in this file). */
import type { ArticleContent } from '../../../storage/schemas';

/** mulberry32: small, seeded, good enough to pick words. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// A small vocabulary so that random entries share words, with accents, CJK and stop words.
export const WORDS = [
  'habit',
  'habits',
  'habitat',
  'loop',
  'loops',
  'feedback',
  'practice',
  'deliberate',
  'café',
  'naïve',
  'résumé',
  'learning',
  'learner',
  'lean',
  'memory',
  'spaced',
  'retrieval',
  '学习',
  '方法',
  'the',
  'and',
  'focus',
  'flow',
  'coach',
  'mentor',
  'Review',
  'REVIEW',
  'notes',
];

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function sentence(random: () => number, words: number): string {
  return Array.from({ length: words }, () => pick(random, WORDS)).join(random() < 0.3 ? ', ' : ' ');
}

export function articleOf(text: string): ArticleContent {
  return {
    html: '',
    markdown: text,
    text,
    byline: '',
    siteName: '',
    publishedTime: '',
    lang: 'en',
    dir: 'ltr',
    excerpt: '',
    wordCount: 0,
    readingMinutes: 0,
  };
}
