import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DiskSpaceNotice } from '../../components/DiskSpaceNotice';
import { replyErrorText } from '../../components/error-text';
import { noticeText, t } from '../../components/i18n';
import { sendRequest } from '../../messaging/client';
import type { CaptureOutcome, ClipMode } from '../../messaging/protocol';
import { AnnotateForm } from './AnnotateForm';
import { QuickNote } from './QuickNote';
import { SprintPanel } from './sprint/SprintPanel';
import { Suggestions } from './suggestions/Suggestions';
import { WeekSummary } from './summary/WeekSummary';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; outcome: Extract<CaptureOutcome, { entryId: string }> }
  | { kind: 'ask'; notice: Extract<CaptureOutcome, { status: 'not-saved' }>['notice'] }
  | { kind: 'error'; message: string };

export function App({ tabId }: { tabId: number | undefined }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const show = (reply: Awaited<ReturnType<typeof sendRequest<'clip'>>>) => {
    if (!reply.ok) setStatus({ kind: 'error', message: replyErrorText(reply.error) });
    else if (reply.value.status === 'not-saved') setStatus({ kind: 'ask', notice: reply.value.notice });
    else setStatus({ kind: 'saved', outcome: reply.value });
  };

  const clip = async (mode: ClipMode, force = false) => {
    setStatus({ kind: 'busy' });
    show(await sendRequest({ type: 'clip', mode, tabId, force }));
  };

  const saveNote = async (text: string, aboutPage: boolean) => {
    setStatus({ kind: 'busy' });
    const reply = await sendRequest({ type: 'note/create', text, aboutPage, tabId });
    show(reply);
    return reply.ok;
  };

  const isBusy = status.kind === 'busy';
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <a href={browser.runtime.getURL('/journal.html')} target="_blank" rel="noopener">
          {t('popupOpenJournal')}
        </a>
      </header>
      <DiskSpaceNotice />
      <section class="capture" aria-label={t('popupCaptureLabel')}>
        {/* Focused on open, as in a dialog: Enter (or a click) clips the page. */}
        <button type="button" class="primary" autofocus disabled={isBusy} onClick={() => clip('article')}>
          {t('popupClipArticle')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => clip('selection')}>
          {t('popupClipSelection')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => clip('link')}>
          {t('popupSaveLink')}
        </button>
      </section>
      <div role="status" aria-live="polite" class="status">
        {status.kind === 'busy' && <p>{t('popupWorking')}</p>}
        {status.kind === 'error' && <p class="error">{status.message}</p>}
        {status.kind === 'ask' && <AskPanel notice={status.notice} onChoose={clip} />}
        {status.kind === 'saved' && <SavedMessage outcome={status.outcome} />}
      </div>
      {status.kind === 'saved' && <Suggestions key={`s-${status.outcome.entryId}`} entryId={status.outcome.entryId} />}
      {status.kind === 'saved' && <AnnotateForm key={status.outcome.entryId} entryId={status.outcome.entryId} />}
      <QuickNote disabled={isBusy} onSave={saveNote} />
      <SprintPanel />
      <WeekSummary />
    </main>
  );
}

function SavedMessage({ outcome }: { outcome: Extract<CaptureOutcome, { entryId: string }> }) {
  return (
    <div class="saved">
      <p class="ok">{t(outcome.status === 'updated' ? 'savedUpdated' : 'savedCreated', outcome.title)}</p>
      {outcome.notice && <p class="notice">{noticeText(outcome.notice)}</p>}
    </div>
  );
}

function AskPanel({
  notice,
  onChoose,
}: {
  notice: Extract<CaptureOutcome, { status: 'not-saved' }>['notice'];
  onChoose: (mode: ClipMode, force?: boolean) => void;
}) {
  return (
    <div class="ask">
      <p class="notice">{noticeText(notice)}</p>
      {notice === 'not-readerable' && (
        <div class="row">
          <button type="button" onClick={() => onChoose('selection')}>
            {t('popupClipSelection')}
          </button>
          <button type="button" onClick={() => onChoose('link')}>
            {t('popupSaveLink')}
          </button>
          <button type="button" onClick={() => onChoose('article', true)}>
            {t('popupClipAnyway')}
          </button>
        </div>
      )}
    </div>
  );
}
