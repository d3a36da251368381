import type { ComponentChildren } from 'preact';
import { webUrl } from '../../../components/format';

/**
 * A link someone else wrote: an anchor only for http(s) addresses (never `javascript:`), opened
 * apart from this page; anything else is shown as plain text.
 */
export function SafeLink({ href, children }: { href: string; children?: ComponentChildren }) {
  const url = webUrl(href);
  if (!url) return <span class="unsafe-link">{children ?? href}</span>;
  return (
    <a href={url.href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
