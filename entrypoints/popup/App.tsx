import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DiskSpaceNotice } from '../../components/DiskSpaceNotice';
import { replyErrorText } from '../../components/error-text';
import { noticeText, t } from '../../components/i18n';
import { KindIcon } from '../../components/KindIcon';
import { sendRequest } from '../../messaging/client';
import type { CaptureOutcome, ClipMode } from '../../messaging/protocol';
import { PageStatus } from './PageStatus';
import { QuickNote } from './QuickNote';
import { SavedCard, SavedMessage } from './SavedCard';
import { SprintPanel } from './sprint/SprintPanel';
import { WeekSummary } from './summary/WeekSummary';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; outcome: Extract<CaptureOutcome, { entryId: string }> }
  | { kind: 'ask'; notice: Extract<CaptureOutcome, { status: 'not-saved' }>['notice'] }
  | { kind: 'error'; message: string };

/**
 * The popup: the four ways to capture first, then the one thing that matters now (what was just
 * saved, a quick note being written, or the sprint and this week at a glance), so it fits the
 * 600 px a browser allows a popup without scrolling.
 */
export function App({ tabId }: { tabId: number | undefined }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [isWritingNote, setWritingNote] = useState(false);
  const clipButton = useRef<HTMLButtonElement>(null);
  // Enter clips the page, as in a dialog. `autofocus` alone is lost when the popup's document
  // renders before its panel has focus (seen in Firefox): focus the button again when the popup
  // window gets focus and nothing in it has it yet.
  useEffect(() => {
    const focusClip = () => {
      if (document.activeElement === document.body || document.activeElement === null) clipButton.current?.focus();
    };
    focusClip();
    window.addEventListener('focus', focusClip);
    return () => window.removeEventListener('focus', focusClip);
  }, []);

  const show = (reply: Awaited<ReturnType<typeof sendRequest<'clip'>>>) => {
    if (!reply.ok) setStatus({ kind: 'error', message: replyErrorText(reply.error) });
    else if (reply.value.status === 'not-saved') setStatus({ kind: 'ask', notice: reply.value.notice });
    else setStatus({ kind: 'saved', outcome: reply.value });
  };

  const clip = async (mode: ClipMode, force = false) => {
    setWritingNote(false);
    setStatus({ kind: 'busy' });
    show(await sendRequest({ type: 'clip', mode, tabId, force }));
  };

  const saveNote = async (text: string, aboutPage: boolean) => {
    setStatus({ kind: 'busy' });
    const reply = await sendRequest({ type: 'note/create', text, aboutPage, tabId });
    show(reply);
    if (reply.ok) setWritingNote(false);
    return reply.ok;
  };

  const isBusy = status.kind === 'busy';
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          <img src="/icon/32.png" width="20" height="20" alt="" />
          {t('extName')}
        </h1>
        <a href={browser.runtime.getURL('/journal.html')} target="_blank" rel="noopener">
          {t('popupOpenJournal')}
        </a>
      </header>
      <DiskSpaceNotice />
      <section class="capture" aria-label={t('popupCaptureLabel')}>
        {/* Focused on open, as in a dialog: Enter (or a click) clips the page. */}
        <button type="button" class="primary capture-main" ref={clipButton} autofocus disabled={isBusy} onClick={() => clip('article')}>
          <KindIcon kind="article" />
          {t('popupClipArticle')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => clip('selection')}>
          <KindIcon kind="selection" />
          {t('popupClipSelection')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => clip('link')}>
          <KindIcon kind="link" />
          {t('popupSaveLink')}
        </button>
        <button
          type="button"
          aria-expanded={isWritingNote}
          aria-controls="quick-note"
          disabled={isBusy}
          onClick={() => setWritingNote(!isWritingNote)}
        >
          <KindIcon kind="note" />
          {t('popupWriteNote')}
        </button>
      </section>
      {status.kind === 'idle' && !isWritingNote && <PageStatus tabId={tabId} />}
      <div role="status" aria-live="polite" class="status">
        {status.kind === 'busy' && <p>{t('popupWorking')}</p>}
        {status.kind === 'error' && <p class="error">{status.message}</p>}
        {status.kind === 'ask' && <AskPanel notice={status.notice} onChoose={clip} />}
        {status.kind === 'saved' && <SavedMessage outcome={status.outcome} />}
      </div>
      {isWritingNote ? (
        <QuickNote disabled={isBusy} onSave={saveNote} onCancel={() => setWritingNote(false)} />
      ) : status.kind === 'saved' ? (
        <SavedCard outcome={status.outcome} />
      ) : (
        <SprintPanel whenIdle={<WeekSummary />} />
      )}
    </main>
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
