import { browser } from 'wxt/browser';
import { noticeText, t } from '../../components/i18n';
import { KindIcon } from '../../components/KindIcon';
import type { CaptureOutcome } from '../../messaging/protocol';
import { AnnotateForm } from './AnnotateForm';
import { Suggestions } from './suggestions/Suggestions';

type Saved = Extract<CaptureOutcome, { entryId: string }>;

/** The entry's page in the journal, opened in a new tab. */
export function entryUrl(entryId: string): string {
  return `${browser.runtime.getURL('/journal.html')}#/entry/${encodeURIComponent(entryId)}`;
}

/** What was just saved, announced in the popup's status region: the kind, the title, open it. */
export function SavedMessage({ outcome }: { outcome: Saved }) {
  return (
    <div class="saved">
      <p class="ok">{t(outcome.status === 'updated' ? 'popupSavedUpdated' : 'popupSavedCreated')}</p>
      <p class="saved-title">
        <KindIcon kind={outcome.kind} />
        <a href={entryUrl(outcome.entryId)} target="_blank" rel="noopener" title={t('popupOpenEntry')}>
          {outcome.title || t('journalUntitled')}
        </a>
      </p>
      {outcome.notice && <p class="notice">{noticeText(outcome.notice)}</p>}
    </div>
  );
}

/** Right after a save: competencies to accept with one click, then the note and tags. */
export function SavedCard({ outcome }: { outcome: Saved }) {
  return (
    <>
      <Suggestions key={`s-${outcome.entryId}`} entryId={outcome.entryId} />
      <AnnotateForm key={outcome.entryId} entryId={outcome.entryId} />
    </>
  );
}
