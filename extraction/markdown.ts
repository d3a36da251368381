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
  const text = readableText(body)
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  const markdown = getTurndown().turndown(body);
  return { markdown, text };
}

// Elements that end a line when rendered. `textContent` alone glues "a<br>b" and
// "<li>1</li><li>2</li>" into one word, which breaks search and word counts on minified pages.
const LINE_BREAKING = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/** The element's text with a line break wherever a block or `<br>` ends a line. */
function readableText(root: Node): string {
  const parts: string[] = [];
  // An explicit stack: sanitized pages can still nest deeper than the call stack allows.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as Node | string;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      parts.push(item.nodeValue ?? '');
      continue;
    }
    if (item.nodeType !== 1 && item !== root) continue;
    const breaks = item !== root && LINE_BREAKING.has((item as Element).localName);
    if (breaks) stack.push('\n');
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
    if (breaks) stack.push('\n');
  }
  return parts.join('');
}
