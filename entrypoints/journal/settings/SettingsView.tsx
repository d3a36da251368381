import { useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import { type Settings, updateSettings } from '../../../storage/settings';
import { BackupSettings } from './BackupSettings';
import { ExportFormats } from './ExportFormats';
import { GeneralSettings, SprintSettings } from './GeneralSettings';
import { ReminderSettings } from './ReminderSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { StorageSettings } from './StorageSettings';
import { useSettings } from './use-settings';
import './settings.css';
import { errorText } from '../../../components/error-text';

/** Settings: each control saves as soon as it is changed; a live region says so. */
export function SettingsView(_props: { params: URLSearchParams }) {
  const settings = useSettings();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const save = (change: Partial<Settings>) => {
    updateSettings(change)
      .then(() => setStatus({ kind: 'ok', text: t('settingsSaved') }))
      .catch((error: unknown) => setStatus({ kind: 'error', text: t('settingsNotSaved', errorText(error)) }));
  };

  return (
    <div class="settings">
      <h1>{t('journalNavSettings')}</h1>
      <p role="status" class={`settings-status ${status?.kind === 'error' ? 'error' : 'ok'}`}>
        {status?.text}
      </p>
      {settings ? (
        <>
          <GeneralSettings settings={settings} save={save} />
          <ReminderSettings settings={settings} save={save} />
          <SprintSettings settings={settings} save={save} />
        </>
      ) : (
        <p class="muted">{t('settingsLoading')}</p>
      )}
      <ShortcutSettings />
      <ExportFormats />
      <BackupSettings />
      <StorageSettings />
    </div>
  );
}
