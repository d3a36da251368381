/** The one DOMPurify configuration, on jsdom (happy-dom lets scripts through: see the pipeline helper). */
import { describe, expect, it } from 'vitest';
import { findUnsafeHtml, getTestSanitizer } from '../support/extraction-pipeline';

const sanitize = getTestSanitizer();

describe('sanitize: hostile input is removed', () => {
  it.each([
    ['script element', '<p>a</p><script>alert(1)</script>', ['<script', 'alert']],
    ['script with src', '<script src="https://evil.example/x.js"></script><p>a</p>', ['<script', 'evil.example']],
    ['onclick handler', '<p onclick="alert(1)">a</p>', ['onclick', 'alert']],
    ['onerror on img', '<img src="x" onerror="alert(1)">', ['onerror', 'alert']],
    ['onload on body', '<body onload="alert(1)"><p>a</p></body>', ['onload']],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>', ['javascript:']],
    ['javascript: link with entities and case', '<a href="JaVaScRiPt&#58;alert(1)">x</a>', ['javascript', 'alert']],
    ['javascript: with leading whitespace', '<a href=" \tjavascript:alert(1)">x</a>', ['javascript']],
    ['data:text/html link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', ['data:', '<script']],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', ['vbscript']],
    ['relative link cannot be checked, so it goes', '<a href="/local">x</a>', ['href']],
    ['svg onload', '<svg onload="alert(1)"><circle r="1"></circle></svg>', ['<svg', 'onload']],
    ['svg script', '<svg><script>alert(1)</script></svg>', ['<svg', '<script']],
    ['svg use with javascript href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', ['javascript', '<svg']],
    [
      'math mglyph mXSS',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      ['onerror', '<math'],
    ],
    ['style element', '<style>body{background:url(https://evil.example/a.png)}</style><p>a</p>', ['<style', 'url(']],
    ['style attribute with url()', '<p style="background:url(https://evil.example/a.png)">a</p>', ['style=', 'url(']],
    ['css expression', '<div style="width:expression(alert(1))">a</div>', ['expression']],
    ['iframe', '<iframe src="https://evil.example/"></iframe>', ['<iframe', 'evil.example']],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ['srcdoc', '<iframe']],
    [
      'object and embed',
      '<object data="https://evil.example/a.swf"></object><embed src="https://evil.example/b.swf">',
      ['<object', '<embed', 'evil.example'],
    ],
    [
      'form with inputs',
      '<form action="https://evil.example/phish"><input name="password"><button formaction="https://evil.example/x">Go</button></form>',
      ['<form', '<input', 'evil.example'],
    ],
    ['img srcset', '<img src="https://ok.example/a.png" srcset="https://evil.example/a.png 2x">', ['srcset', 'evil.example']],
    ['anchor ping', '<a href="https://ok.example/" ping="https://evil.example/ping">x</a>', ['ping', 'evil.example']],
    ['video poster', '<video poster="https://evil.example/p.jpg"></video>', ['poster', 'evil.example']],
    ['video src', '<video src="https://evil.example/v.mp4"></video>', ['evil.example']],
    ['audio source', '<audio><source src="https://evil.example/a.mp3"></audio>', ['evil.example']],
    ['video track', '<video><track src="https://evil.example/t.vtt"></video>', ['evil.example']],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', ['<meta', 'evil.example']],
    ['base href', '<base href="https://evil.example/"><a href="https://ok.example/">x</a>', ['<base', 'evil.example']],
    ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/a.css">', ['<link', 'evil.example']],
    ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>', ['onerror']],
    ['comment breakout', '<!--<img src="--><img src=x onerror=alert(1)//">', ['onerror']],
    ['template content', '<template><img src=x onerror=alert(1)></template>', ['onerror']],
    ['data attribute', '<p data-tracking="abc">a</p>', ['data-tracking']],
    ['img with non-image data url', '<img src="data:text/html,<script>alert(1)</script>">', ['text/html', '<script']],
  ])('%s', (_name, input, forbidden) => {
    const output = sanitize(input);
    for (const fragment of forbidden) expect(output.toLowerCase()).not.toContain(fragment.toLowerCase());
    expect(findUnsafeHtml(output)).toEqual([]);
  });
});

describe('sanitize: safe content survives', () => {
  it.each([
    [
      'https link',
      '<a href="https://example.com/a">x</a>',
      '<a href="https://example.com/a" rel="noopener noreferrer" target="_blank">x</a>',
    ],
    ['http link', '<a href="http://example.com/">x</a>', '<a href="http://example.com/" rel="noopener noreferrer" target="_blank">x</a>'],
    [
      'mailto link',
      '<a href="mailto:a@example.com">mail</a>',
      '<a href="mailto:a@example.com" rel="noopener noreferrer" target="_blank">mail</a>',
    ],
    [
      'page rel replaced',
      '<a href="https://example.com/" rel="opener">x</a>',
      '<a href="https://example.com/" rel="noopener noreferrer" target="_blank">x</a>',
    ],
    [
      'remote image kept for "load images"',
      '<img src="https://cdn.example/a.jpg" alt="a">',
      '<img src="https://cdn.example/a.jpg" alt="a">',
    ],
    ['data image', '<img src="data:image/png;base64,iVBORw0KGgo=">', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
    [
      'headings, lists, code',
      '<h2>T</h2><ul><li>a</li></ul><pre><code>x &lt; y</code></pre>',
      '<h2>T</h2><ul><li>a</li></ul><pre><code>x &lt; y</code></pre>',
    ],
    ['tables', '<table><tbody><tr><td>1</td></tr></tbody></table>', '<table><tbody><tr><td>1</td></tr></tbody></table>'],
    ['text talking about onclick', '<p>Use onclick="x()" sparingly</p>', '<p>Use onclick="x()" sparingly</p>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });
});
