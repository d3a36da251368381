/**
 * The reader's header already shows an article's title, byline, date and reading time; many
 * pages repeat them in the first lines of the body ("By Maren Holloway · 11 March 2025 · 7 min
 * read"), which the reader view then shows twice, with two reading times. This drops those
 * opening blocks, and only those: a block is dropped when it is among the first few, short, and
 * either is the title or names the byline's author.
 */

/** Only the opening of the body is looked at. */
const OPENING_BLOCKS = 6;
/** A byline line is short; a paragraph that mentions the author is kept. */
const MAX_BYLINE_CHARS = 160;

export interface HeaderFacts {
  title: string;
  byline: string;
}

/** `html` (already sanitized) without its opening blocks that repeat the header. */
export function withoutHeaderRepeats(html: string, facts: HeaderFacts, parse: (html: string) => Document): string {
  const title = normalize(facts.title);
  const author = normalize(facts.byline.replace(/^\s*by\s+/i, ''));
  if (!title && !author) return html;
  const doc = parse(`<body>${html}</body>`);
  let removed = false;
  for (const block of openingBlocks(doc.body)) {
    const text = normalize(block.textContent ?? '');
    const isTitle = title !== '' && text === title;
    const isByline = author.length >= 3 && text.length <= MAX_BYLINE_CHARS && text.includes(author);
    if (isTitle || isByline) {
      block.remove();
      removed = true;
    }
  }
  return removed ? doc.body.innerHTML : html;
}

/** Elements that hold a line or paragraph of text. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'SECTION',
  'ARTICLE',
  'ADDRESS',
  'LI',
  'FIGCAPTION',
]);

/**
 * The first innermost blocks with text, in reading order: a header wrapping the kicker, the
 * standfirst and the byline counts as those three lines, not as one block.
 */
function openingBlocks(body: Element): Element[] {
  const blocks: Element[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (blocks.length >= OPENING_BLOCKS) return;
      if (!isBlock(child) || (child.textContent ?? '').trim() === '') continue;
      if ([...child.children].some(isBlock)) visit(child);
      else blocks.push(child);
    }
  };
  visit(body);
  return blocks;
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
