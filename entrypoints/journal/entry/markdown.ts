/**
 * The learner's Markdown notes as HTML for the preview. `marked` replaces a hand-written
 * Markdown subset; its output (raw HTML in a note passes through it) always goes through the
 * one DOMPurify config before it is rendered.
 */
import { Marked } from 'marked';
import { sanitize } from '../EntryBody';

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** Sanitized HTML for `source`, or `undefined` when this page cannot sanitize (show text instead). */
export function renderMarkdown(source: string): string | undefined {
  const html = markdown.parse(source, { async: false });
  return sanitize(html);
}
