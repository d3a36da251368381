import type { SearchQuery } from '../../../domain/search';
import { highlightTerms } from '../../../domain/search-highlight';

/**
 * `text` with the words `query` finds wrapped in <mark>. Every part is a text node built from
 * plain text, never HTML, so an entry's title or body cannot inject markup. The entry view can
 * use it with the `q` parameter of `#/entry/<id>?q=...`.
 */
export function Highlighted({ text, query }: { text: string; query: string | SearchQuery }) {
  const parts = highlightTerms(text, query);
  return <>{parts.map((part, index) => (part.isMatch ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
