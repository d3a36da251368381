import { memo } from 'preact/compat';
import { t } from '../../../components/i18n';
import { sanitize } from '../EntryBody';

/**
 * An article body from a teammate's share: sanitized again with the reader's sanitizer, then
 * every media address that is not inline image data is dropped, so nothing remote is even
 * requested (the CSP would block it too). The work happens in an inert <template>, which loads nothing.
 */
export function inertHtml(html: string): string | undefined {
  const clean = sanitize(html);
  if (clean === undefined) return undefined;
  const template = document.createElement('template');
  template.innerHTML = clean;
  // The reader's sanitizer keeps web addresses on img (for "load images") and on video, audio
  // and source; here nothing but inline image data keeps its source.
  for (const element of template.content.querySelectorAll('[src]')) {
    const isInlineImage = element.nodeName === 'IMG' && /^data:image\//i.test(element.getAttribute('src') ?? '');
    if (!isInlineImage) element.removeAttribute('src');
  }
  return template.innerHTML;
}

/** Shared article HTML rendered inert, or its plain text when this page cannot sanitize. */
export const SharedHtml = memo(function SharedHtml({ html, text }: { html: string; text: string }) {
  const clean = inertHtml(html);
  if (clean === undefined) return <div class="reading plain-text">{text}</div>;
  return (
    <>
      {/<(img|video|audio|source)\b/i.test(clean) && (
        <p class="notice" role="note">
          {t('teamImagesNotLoaded')}
        </p>
      )}
      <div class="reading article-body" dangerouslySetInnerHTML={{ __html: clean }} />
    </>
  );
});
