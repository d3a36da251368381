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
