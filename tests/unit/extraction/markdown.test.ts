/** Sanitized HTML to Markdown and plain text (the worker side). */
import { describe, expect, it } from 'vitest';
import { toMarkdownAndText } from '../../../extraction/markdown';

describe('toMarkdownAndText', () => {
  it.each([
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\nTwo'],
    // Regression: minified pages have no whitespace between tags; textContent glued the words.
    ['br between words', '<p>tempor<br>incididunt</p>', 'tempor\nincididunt'],
    ['list items', '<ul><li>Windows</li><li>Doors</li></ul>', 'Windows\nDoors'],
    ['table cells', '<table><tr><th>Fix</th><th>Cost</th></tr></table>', 'Fix\nCost'],
    ['headings', '<h2>Head</h2><p>Para</p>', 'Head\nPara'],
    ['inline elements stay joined', '<p>re<b>use</b>d <a href="https://x.example/">link</a></p>', 'reused link'],
    ['whitespace collapsed', '<p>  a \t  b  </p>\n\n\n<p>c</p>', 'a b\nc'],
    ['entities decoded', '<p>x &lt; y &amp;&amp; z</p>', 'x < y && z'],
  ])('text: %s', (_name, html, text) => {
    expect(toMarkdownAndText(html).text).toBe(text);
  });

  it.each([
    ['heading style atx', '<h2>Title</h2>', '## Title'],
    ['bullet marker', '<ul><li>a</li></ul>', '-   a'],
    ['emphasis', '<p><em>x</em> <strong>y</strong></p>', '*x* **y**'],
    ['fenced code', '<pre><code>let a = 1;</code></pre>', '```\nlet a = 1;\n```'],
    ['links', '<a href="https://x.example/">x</a>', '[x](https://x.example/)'],
  ])('markdown: %s', (_name, html, markdown) => {
    expect(toMarkdownAndText(html).markdown).toBe(markdown);
  });
});
