/** Sanitized article HTML to Markdown and plain text, on linkedom (runs in the worker). */
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';

let turndown: TurndownService | undefined;

function getTurndown(): TurndownService {
  turndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  return turndown;
}

export interface MarkdownAndText {
  markdown: string;
  text: string;
}

/** Converts already-sanitized HTML; the input is trusted only because it was sanitized. */
export function toMarkdownAndText(sanitizedHtml: string): MarkdownAndText {
  const { document } = parseHTML(`<!doctype html><html><body>${sanitizedHtml}</body></html>`);
  const body = document.body as unknown as HTMLElement;
  const text = (body.textContent ?? '')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  const markdown = getTurndown().turndown(body);
  return { markdown, text };
}
