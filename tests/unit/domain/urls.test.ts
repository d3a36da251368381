import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, normalizeUrl, restrictedReason } from '../../../domain/urls';

describe('restrictedReason', () => {
  it.each([
    ['https page', 'https://example.com/article', null],
    ['http page', 'http://127.0.0.1:8080/a.html', null],
    ['missing url', undefined, 'browser-page'],
    ['empty url', '', 'browser-page'],
    ['chrome settings', 'chrome://settings/', 'browser-page'],
    ['chrome new tab', 'chrome://newtab/', 'browser-page'],
    ['edge', 'edge://extensions/', 'browser-page'],
    ['about:blank', 'about:blank', 'browser-page'],
    ['about:addons', 'about:addons', 'browser-page'],
    ['view-source', 'view-source:https://example.com/', 'browser-page'],
    ['extension page', 'chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['firefox extension page', 'moz-extension://0d1e2f/journal.html', 'browser-page'],
    ['devtools', 'devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['data url', 'data:text/html,<p>hi</p>', 'unsupported-scheme'],
    ['javascript url', 'javascript:alert(1)', 'unsupported-scheme'],
    ['ftp', 'ftp://ftp.example.com/file.txt', 'unsupported-scheme'],
    ['not a url', 'not a url', 'unsupported-scheme'],
    ['file', 'file:///home/me/notes.html', 'file-url'],
    ['file pdf', 'file:///home/me/paper.PDF', 'pdf-viewer'],
    ['web pdf', 'https://example.com/papers/report.pdf', 'pdf-viewer'],
    ['web pdf with query', 'https://example.com/report.pdf?download=1', 'pdf-viewer'],
    ['pdf-looking query is a page', 'https://example.com/view?file=report.pdf', null],
    ['chrome web store', 'https://chromewebstore.google.com/detail/some/abcdef', 'web-store'],
    ['old chrome web store', 'https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['chrome.google.com outside the store', 'https://chrome.google.com/intl/en/chrome/', null],
    ['edge add-ons', 'https://microsoftedge.microsoft.com/addons/detail/abc', 'web-store'],
    ['addons.mozilla.org', 'https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['look-alike host is fine', 'https://addons.mozilla.org.example.com/', null],
  ])('%s', (_name, url, expected) => {
    expect(restrictedReason(url)).toBe(expected);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['unchanged', 'https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['fragment dropped', 'https://example.com/a#section-2', 'https://example.com/a'],
    ['utm parameters dropped', 'https://example.com/a?utm_source=x&utm_medium=y&utm_campaign=z', 'https://example.com/a'],
    ['click ids dropped', 'https://example.com/a?fbclid=1&gclid=2&msclkid=3&id=7', 'https://example.com/a?id=7'],
    ['mailchimp and hubspot dropped', 'https://example.com/a?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4', 'https://example.com/a'],
    ['case-insensitive parameter names', 'https://example.com/a?UTM_Source=x&q=1', 'https://example.com/a?q=1'],
    ['real parameters keep their order', 'https://example.com/s?q=tea&utm_source=x&page=2', 'https://example.com/s?q=tea&page=2'],
    ['host lower-cased', 'https://EXAMPLE.com/Path', 'https://example.com/Path'],
    ['default port dropped', 'https://example.com:443/a', 'https://example.com/a'],
    ['http default port dropped', 'http://example.com:80/a', 'http://example.com/a'],
    ['other port kept', 'http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/a'],
    ['non-web url returned as is', 'chrome://settings/#x', 'chrome://settings/#x'],
    ['not a url returned as is', 'not a url', 'not a url'],
  ])('%s', (_name, url, expected) => {
    expect(normalizeUrl(url)).toBe(expected);
  });
});

describe('isSafeLinkUrl', () => {
  it.each([
    ['https://example.com/', true],
    ['http://example.com/', true],
    ['mailto:a@example.com', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
    ['/relative', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isSafeLinkUrl(url)).toBe(expected);
  });
});
