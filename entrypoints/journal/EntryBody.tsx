import { memo } from 'preact/compat';
import { t } from '../../components/i18n';
import { withoutHeaderRepeats } from '../../extraction/header-repeats';
import { createSanitizer, type Sanitize } from '../../extraction/sanitize';
import type { Entry } from '../../storage/schemas';

let sanitizer: Sanitize | undefined;
let isSanitizerWorking: boolean | undefined;

/**
 * Sanitized HTML, or `undefined` when this DOM cannot sanitize. DOMPurify returns its input
 * unchanged when it finds the DOM unsupported, so a probe decides once, and the reader falls
 * back to plain text rather than render raw HTML.
 */
export function sanitize(html: string): string | undefined {
  sanitizer ??= createSanitizer(window);
  isSanitizerWorking ??= !/onerror|<script/i.test(sanitizer('<img src="x" onerror="1"><script>1</script>'));
  return isSanitizerWorking ? sanitizer(html) : undefined;
}

// Sanitized output keeps http(s) image addresses for a later "load images" choice; the CSP's
// img-src blocks them, and this tells the reader why they are blank.
const REMOTE_IMAGE = /<img\b[^>]*\ssrc="https?:/i;

/** Parses sanitized HTML into an inert document (nothing in it loads or runs). */
function parseBody(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What was captured: the article, the passage, or the note itself. */
export function EntryBody({ entry }: { entry: Entry }) {
  const { article, selection } = entry;
  if (article) {
    return (
      <SafeHtml html={article.html} text={article.text} dir={article.dir} lang={article.lang} title={entry.title} byline={article.byline} />
    );
  }
  if (selection) {
    if (selection.html) return <SafeHtml html={selection.html} text={selection.text} dir="" lang="" isPassage />;
    return <blockquote class="reading plain-text">{selection.text}</blockquote>;
  }
  if (entry.kind === 'note' && entry.note) return <div class="reading plain-text">{entry.note}</div>;
  return <p class="muted">{t('journalLinkOnly')}</p>;
}

interface SafeHtmlProps {
  html: string;
  /** Shown instead when the HTML cannot be sanitized here. */
  text: string;
  dir: 'ltr' | 'rtl' | '';
  lang: string;
  isPassage?: boolean;
  /** What the reader's header shows (strings, so `memo` still compares them), dropped from the body's opening lines. */
  title?: string;
  byline?: string;
}

/**
 * Stored HTML came from a stranger's page. It was sanitized when clipped, and is sanitized again
 * here every time it is rendered (SECURITY.md), in case it was stored by an older sanitizer or
 * imported. `memo` only skips re-renders whose HTML did not change (e.g. typing a note).
 */
const SafeHtml = memo(function SafeHtml({ html, text, dir, lang, isPassage = false, title = '', byline = '' }: SafeHtmlProps) {
  const sanitized = sanitize(html);
  const clean = sanitized === undefined ? undefined : withoutHeaderRepeats(sanitized, { title, byline }, parseBody);
  const Tag = isPassage ? 'blockquote' : 'div';
  if (clean === undefined) {
    return (
      <Tag class="reading plain-text" dir={dir || undefined} lang={lang || undefined}>
        {text}
      </Tag>
    );
  }
  return (
    <>
      {REMOTE_IMAGE.test(clean) && (
        <p class="notice" role="note">
          {t('journalRemoteImagesBlocked')}
        </p>
      )}
      <Tag class="reading article-body" dir={dir || undefined} lang={lang || undefined} dangerouslySetInnerHTML={{ __html: clean }} />
    </>
  );
});
