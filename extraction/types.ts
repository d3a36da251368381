/** What crosses the extraction pipeline: page -> background -> extraction host -> worker. */

/** What the content script returns from the user's tab. */
export interface PageCapture {
  url: string;
  title: string;
  /** Serialized document, or '' when it was larger than the cap (see `isTooBig`). */
  html: string;
  isTooBig: boolean;
  selectionText: string;
  /** The selection's HTML, unsanitized; sanitized by the extraction host. */
  selectionHtml: string;
}

/** Readability's result before sanitizing, as the worker returns it. */
export interface RawArticle {
  title: string;
  /** Unsanitized HTML of the article body. */
  content: string;
  textContent: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  dir: string;
  excerpt: string;
  canonicalUrl: string;
}

export interface WorkerExtractResult {
  isReaderable: boolean;
  article: RawArticle | null;
  /** Milliseconds spent parsing and running Readability inside the worker. */
  parseMs: number;
}
