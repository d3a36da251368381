import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { shareFileName } from '../../../domain/share-file-name';
import type { ShareOptions, ShareSource } from '../../../domain/share-selection';
import { dayKey } from '../../../domain/time';
import { getLearnerId } from '../../../storage/identity';
import { updateSettings } from '../../../storage/settings';
import { createShareBundle } from '../../../storage/share-bundle';
import { SHARE_FILE_LIMITS } from '../../../storage/team';
import { sanitize } from '../EntryBody';
import { sectionHash } from '../route';
import { useSettings } from '../settings/use-settings';

interface SaveShareFileProps {
  source: ShareSource | undefined;
  options: ShareOptions;
}

/** Who the file is from, and the button that writes exactly the previewed bundle to a file. */
export function SaveShareFile({ source, options }: SaveShareFileProps) {
  const settings = useSettings();
  const [name, setName] = useState('');
  const [message, setMessage] = useState({ text: '', isError: false });
  const displayName = settings?.displayName ?? '';

  const saveName = async () => {
    if (name.trim()) await updateSettings({ displayName: name.trim() });
  };

  const save = async () => {
    if (!source) return;
    if (!displayName) {
      setMessage({ text: t('shareNameNeeded'), isError: true });
      return;
    }
    try {
      const now = Date.now();
      const bundle = createShareBundle(source, options, {
        now,
        learner: { id: await getLearnerId(), displayName },
        sanitizeHtml: sanitize,
      });
      const json = JSON.stringify(bundle);
      // The manager's import refuses files over this size: say so here instead.
      if (json.length > SHARE_FILE_LIMITS.maxChars) {
        setMessage({ text: t('shareTooBig', String(Math.ceil(json.length / 1_000_000))), isError: true });
        return;
      }
      const fileName = shareFileName(displayName, dayKey(now));
      download(json, fileName);
      const count = bundle.entries.length + bundle.sprints.length + bundle.reflections.length;
      setMessage({ text: t('shareSaved', fileName, String(count)), isError: false });
    } catch (error) {
      setMessage({ text: t('shareSaveFailed', errorText(error)), isError: true });
    }
  };

  return (
    <section class="share-save" aria-labelledby="share-save-heading">
      <h2 id="share-save-heading">{t('shareSaveHeading')}</h2>
      {settings && displayName && (
        <p>
          {t('shareAsName', displayName)} <a href={sectionHash('settings')}>{t('shareChangeName')}</a>
        </p>
      )}
      {settings && !displayName && (
        <div class="share-name">
          <label for="share-name">{t('shareNameLabel')}</label>
          <input
            id="share-name"
            type="text"
            maxLength={200}
            autoComplete="name"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <button type="button" onClick={saveName}>
            {t('shareNameSave')}
          </button>
        </div>
      )}
      <button type="button" class="primary" disabled={!source} onClick={save}>
        {t('shareSave')}
      </button>
      <p role={message.isError ? 'alert' : 'status'} class={message.isError ? 'error share-message' : 'ok share-message'}>
        {message.text}
      </p>
    </section>
  );
}

function download(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
