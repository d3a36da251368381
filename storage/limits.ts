/** Size limits for stored fields. Kept apart from the zod schemas so light pages (the popup) can use them without bundling zod. */
export const LIMITS = {
  title: 500,
  byline: 300,
  siteName: 200,
  excerpt: 1_000,
  url: 4_096,
  tag: 64,
  tags: 50,
  note: 100_000,
  /** Sanitized article HTML; the capture cap in the content script is larger (raw page). */
  html: 4_000_000,
  text: 2_000_000,
  selectionHtml: 500_000,
} as const;

/**
 * How many records of each kind a journal may hold: the same bound in a journal file, a framework
 * file and a share, so no file can bring in more than the screens are built to show (a framework
 * of a million site rules froze the Competencies page).
 */
export const RECORD_LIMITS = {
  entries: 1_000_000,
  competencies: 1_000,
  siteRules: 1_000,
  sprints: 1_000_000,
  reflections: 1_000_000,
  feedback: 1_000_000,
} as const;
