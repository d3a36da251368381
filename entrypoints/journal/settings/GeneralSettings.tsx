import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../components/i18n';
import type { Settings } from '../../../storage/settings';
import { NumberField } from './NumberField';
import { weekdayName } from './ReminderSettings';

type Save = (change: Partial<Settings>) => void;
const THEMES = [
  ['system', 'settingsThemeSystem'],
  ['light', 'settingsThemeLight'],
  ['dark', 'settingsThemeDark'],
] as const;

/** Display name, theme, week start. */
export function GeneralSettings({ settings, save }: { settings: Settings; save: Save }) {
  // The field owns its text while it is edited (a controlled field lost keys typed quickly);
  // a name saved elsewhere shows up here unless the learner is typing in it.
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const field = nameField.current;
    if (field && document.activeElement !== field) field.value = settings.displayName;
  }, [settings.displayName]);
  return (
    <section aria-labelledby="settings-general">
      <h2 id="settings-general">{t('settingsGeneralHeading')}</h2>
      <p>
        <a href="#/welcome">{t('settingsShowWelcome')}</a>
      </p>
      <div class="field">
        <label for="display-name">{t('settingsDisplayName')}</label>
        <input
          id="display-name"
          type="text"
          maxLength={200}
          autoComplete="name"
          aria-describedby="display-name-hint"
          ref={nameField}
          defaultValue={settings.displayName}
          onChange={(event) => save({ displayName: event.currentTarget.value.trim() })}
        />
        <p id="display-name-hint" class="hint">
          {t('settingsDisplayNameHint')}
        </p>
      </div>
      <fieldset>
        <legend>{t('settingsTheme')}</legend>
        {THEMES.map(([theme, label]) => (
          <label key={theme} class="check">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => save({ theme })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="week-start">{t('settingsWeekStart')}</label>
        <select
          id="week-start"
          value={String(settings.weekStart)}
          onChange={(event) => save({ weekStart: Number(event.currentTarget.value) })}
        >
          {[1, 0, 6].map((day) => (
            <option key={day} value={String(day)}>
              {weekdayName(day)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

/** Defaults for the learning-sprint timer. */
export function SprintSettings({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <section aria-labelledby="settings-sprints">
      <h2 id="settings-sprints">{t('settingsSprintsHeading')}</h2>
      <NumberField
        id="sprint-minutes"
        label={t('settingsSprintMinutes')}
        value={settings.sprintMinutes}
        min={5}
        max={120}
        onSave={(sprintMinutes) => save({ sprintMinutes })}
      />
      <NumberField
        id="weekly-goal"
        label={t('settingsWeeklyGoal')}
        hint={t('settingsWeeklyGoalHint')}
        value={settings.weeklyGoalMinutes}
        min={0}
        max={10_080}
        onSave={(weeklyGoalMinutes) => save({ weeklyGoalMinutes })}
      />
    </section>
  );
}
