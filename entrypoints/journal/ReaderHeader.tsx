import { displayTitle, kindLabel } from '../../components/entry-labels';
import { formatDateTime, formatPublished, hostOf, webUrl } from '../../components/format';
import { t } from '../../components/i18n';
import { TagList } from '../../components/TagList';
import { entryTitle } from '../../domain/entry-title';
import type { Entry } from '../../storage/schemas';
import { SprintFact } from './entry/SprintFact';

/** Title and what is known about the source: byline, site, dates, reading time, link. */
export function ReaderHeader({ entry }: { entry: Entry }) {
  const article = entry.article;
  const site = article?.siteName || hostOf(entry.url);
  const sourceUrl = entry.canonicalUrl || entry.url;
  return (
    <header class="reader-header">
      <p class="reader-kind">
        <span class={`kind kind-${entry.kind}`}>{kindLabel(entry.kind)}</span>
      </p>
      <h1 id="reader-title" dir={article?.dir || undefined} lang={article?.lang || undefined}>
        {displayTitle(entryTitle(entry))}
      </h1>
      <ul class="reader-facts">
        {article?.byline && <li>{t('journalByline', article.byline)}</li>}
        {site && <li>{site}</li>}
        {article?.publishedTime && <li>{t('journalPublished', formatPublished(article.publishedTime))}</li>}
        {article && article.readingMinutes > 0 && <li>{t('journalReadingTime', String(article.readingMinutes))}</li>}
        <li>
          {t('journalSavedLabel')} <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDateTime(entry.createdAt)}</time>
        </li>
        {entry.updatedAt > entry.createdAt && (
          <li>
            {t('entryUpdatedLabel')} <time dateTime={new Date(entry.updatedAt).toISOString()}>{formatDateTime(entry.updatedAt)}</time>
          </li>
        )}
        {entry.applied && <li class="applied-fact">{t('entryAppliedFact')}</li>}
        {entry.sprintId && <SprintFact sprintId={entry.sprintId} />}
      </ul>
      {sourceUrl && <SourceLink url={sourceUrl} />}
      <TagList tags={entry.tags} />
    </header>
  );
}

/** Only web addresses become links; anything else stored as a URL is shown as text. */
function SourceLink({ url }: { url: string }) {
  const isWeb = webUrl(url) !== undefined;
  return (
    <p class="reader-source">
      {t('journalSource')}{' '}
      {isWeb ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      ) : (
        <span class="source-text">{url}</span>
      )}
    </p>
  );
}
