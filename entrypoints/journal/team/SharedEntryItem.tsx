import type { ComponentChildren } from 'preact';
import { kindLabel } from '../../../components/entry-labels';
import { formatDate, hostOf } from '../../../components/format';
import { t } from '../../../components/i18n';
import { KindIcon } from '../../../components/KindIcon';
import { entryTitle } from '../../../domain/entry-title';
import type { SharedEntry } from '../../../storage/exchange-schemas';
import { SafeLink } from './SafeLink';
import { SharedHtml } from './SharedHtml';
import { formatDayKey } from './team-format';

/** One shared capture, every field as text (the article body sanitized again, collapsed). */
interface Props {
  entry: SharedEntry;
  competencyNames: Map<string, string>;
  /** The heading level of the title within the page. */
  level?: 3 | 4;
  children?: ComponentChildren;
}

export function SharedEntryItem({ entry, competencyNames, level = 3, children }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const title = entryTitle(entry) || t('teamUntitled');
  const isNote = entry.kind === 'note';
  const competencies = entry.competencyIds.flatMap((id) => competencyNames.get(id) ?? []);
  return (
    <article class="shared-entry" data-entry-id={entry.id} aria-labelledby={`entry-${entry.id}`}>
      <Heading id={`entry-${entry.id}`}>{title}</Heading>
      <p class="muted shared-meta">
        <span class="shared-kind">
          <KindIcon kind={entry.kind} /> {kindLabel(entry.kind)}
        </span>
        {' · '}
        {t('teamSavedOn', formatDayKey(entry.dayKey))}
        {entry.url && (
          <>
            {' · '}
            <SafeLink href={entry.url}>{hostOf(entry.url) || entry.siteName || entry.url}</SafeLink>
          </>
        )}
      </p>
      {/* A quick note is the learner's own text: shown as the item, not as a note on a page. */}
      {isNote && entry.note && <p class="plain-text shared-note">{entry.note}</p>}
      <dl class="shared-fields">
        <Field label={t('teamExcerpt')} text={entry.excerpt} />
        <Field label={t('teamPassage')} text={entry.selectionText} />
        {!isNote && <Field label={t('teamNote')} text={entry.note} />}
        <Field label={t('teamTakeaway')} text={entry.takeaway} />
        <Field label={t('teamApplyPlan')} text={entry.applyPlan} />
        <Field label={t('teamTags')} text={entry.tags.join(', ')} />
        <Field label={t('teamCompetencies')} text={competencies.join(', ')} />
      </dl>
      {entry.applied && <AppliedEvidence applied={entry.applied} />}
      {entry.bodyHtml && (
        <details class="shared-body">
          <summary>{t('teamShowArticle')}</summary>
          <SharedHtml html={entry.bodyHtml} text={entry.selectionText ?? entry.excerpt} />
        </details>
      )}
      {children}
    </article>
  );
}

/** "Applied on …", what they did, and the evidence link when it is a web address. */
export function AppliedEvidence({ applied }: { applied: NonNullable<SharedEntry['applied']> }) {
  return (
    <div class="applied-evidence">
      <p class="applied-on">{t('teamAppliedOn', formatDate(applied.at))}</p>
      <dl class="shared-fields">
        <Field label={t('teamEvidence')} text={applied.evidence} />
        {applied.link && (
          <>
            <dt>{t('teamEvidenceLink')}</dt>
            <dd>
              <SafeLink href={applied.link} />
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

function Field({ label, text }: { label: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd class="plain-text">{text}</dd>
    </>
  );
}
