import type { Ref } from 'preact';
import type { ToastControls } from './hooks/use-toast';
import { t } from './i18n';

/**
 * The live region for short confirmations. It stays in the page even when empty, because
 * screen readers only announce changes to a region that already exists.
 */
export function Toast({ controls, actionRef }: { controls: ToastControls; actionRef?: Ref<HTMLButtonElement> }) {
  const { toast, dismiss, pause, resume } = controls;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The page's own Escape (close the reader) must not also run.
    event.stopPropagation();
    dismiss();
  };
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        // biome-ignore lint/a11y/noStaticElementInteractions: delegation only; the buttons inside are the controls, this catches their focus and Escape.
        <div
          class="toast"
          key={toast.id}
          onFocusIn={pause}
          onFocusOut={resume}
          onMouseEnter={pause}
          onMouseLeave={resume}
          onKeyDown={onKeyDown}
        >
          <span class="toast-text">{toast.content.text}</span>
          {toast.content.action && (
            <button type="button" class="toast-action" ref={actionRef} onClick={toast.content.action.run}>
              {toast.content.action.label}
            </button>
          )}
          <button type="button" class="toast-dismiss" aria-label={t('journalDismiss')} onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
