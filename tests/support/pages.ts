/** Fixture pages for real-browser tests, written to look like the pages people clip. */

export interface ArticleOptions {
  title: string;
  /** A word that appears in every paragraph, to find the text again in the stored entry. */
  marker: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  canonical?: string;
  lang?: string;
  /** Extra HTML placed inside the article, after the first paragraph. */
  extra?: string;
  /** Extra HTML for the head (scripts, styles, links). */
  head?: string;
  paragraphs?: number;
}

const SENTENCES = [
  'Learning in the flow of work means reading closely, taking notes, and trying things out the same week rather than someday.',
  'Teams that review what they learned together tend to apply it sooner, because somebody asks how it went.',
  'A short protected block of time each day does more than a long course once a quarter, and it is easier to keep.',
  'Writing down what failed is as useful as writing down what worked, since the next attempt starts from there.',
];

/** A news-style article that Readability simplifies well. */
export function articlePage(options: ArticleOptions): string {
  const count = options.paragraphs ?? 8;
  const paragraphs = Array.from(
    { length: count },
    (_, index) => `<p>${options.marker} ${SENTENCES[index % SENTENCES.length]} ${SENTENCES[(index + 1) % SENTENCES.length]}</p>`,
  );
  if (options.extra) paragraphs.splice(1, 0, options.extra);
  const meta = [
    options.byline ? `<meta name="author" content="${options.byline}">` : '',
    options.siteName ? `<meta property="og:site_name" content="${options.siteName}">` : '',
    options.publishedTime ? `<meta property="article:published_time" content="${options.publishedTime}">` : '',
    options.canonical ? `<link rel="canonical" href="${options.canonical}">` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head><meta charset="utf-8"><title>${options.title}</title>
${meta}
${options.head ?? ''}
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main><article>
<h1>${options.title}</h1>
${options.byline ? `<p class="byline">By ${options.byline}</p>` : ''}
${paragraphs.join('\n')}
</article></main>
<footer><p>© Example Press</p></footer>
</body></html>`;
}

/** An app shell with a few words and no article: `isProbablyReaderable` says no. */
export function appShellPage(title: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head>
<body><div id="app"><nav><a href="/inbox">Inbox</a> <a href="/settings">Settings</a></nav>
<div class="toolbar"><button>New</button><span>3 items</span></div>
<ul><li>Short item one</li><li>Short item two</li><li>Short item three</li></ul></div></body></html>`;
}

/** A page whose main thread spins forever shortly after it has loaded. */
/**
 * A page whose main thread spins forever once loaded. It requests `/spinning` just before, so a
 * test can wait for that request instead of guessing when the loop has begun.
 */
export function stuckPage(title: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head>
<body><p>This page never yields its main thread again.</p>
<script>addEventListener('load', () => fetch('/spinning').finally(() => { for (;;) {} }));</script></body></html>`;
}

/**
 * A page larger than the 5,000,000-character capture cap. The bulk is one hidden text block, so
 * the browser loads it in a moment (thousands of laid-out paragraphs take seconds here).
 */
export function hugePage(title: string, chars = 5_100_000): string {
  const sentence = 'Plenty of words to make this page enormous. ';
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>A short visible introduction.</p><div hidden>${sentence.repeat(Math.ceil(chars / sentence.length))}</div></article></body></html>`;
}
