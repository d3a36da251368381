import { t } from '../../../components/i18n';
import type { Settings } from '../../../storage/settings';
import { NumberField } from './NumberField';

type Save = (change: Partial<Settings>) => void;

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
/** The weekday's name in the browser's language (4 Jan 1970 was a Sunday). */
export const weekdayName = (day: number) => weekdayFormat.format(Date.UTC(1970, 0, 4 + day));

/** Daily reflection reminder, follow-ups (delay and daily check), weekly report reminder. */
export function ReminderSettings({ settings, save }: { settings: Settings; save: Save }) {
  const { dailyReflectionReminder: daily, followUpReminder: followUp, weeklyReminder: weekly } = settings;
  return (
    <section aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{t('settingsRemindersHeading')}</h2>
      <fieldset>
        <legend>{t('settingsReflectionReminderLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={daily.enabled}
            onChange={(event) => save({ dailyReflectionReminder: { ...daily, enabled: event.currentTarget.checked } })}
          />
          {t('settingsReflectionReminderEnabled')}
        </label>
        <TimeField id="reflection-time" value={daily.time} onSave={(time) => save({ dailyReflectionReminder: { ...daily, time } })} />
      </fieldset>
      <fieldset>
        <legend>{t('settingsFollowUpLegend')}</legend>
        <NumberField
          id="follow-up-days"
          label={t('settingsFollowUpDays')}
          hint={t('settingsFollowUpDaysHint')}
          value={settings.followUpDays}
          min={1}
          max={90}
          onSave={(followUpDays) => save({ followUpDays })}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={followUp.enabled}
            onChange={(event) => save({ followUpReminder: { ...followUp, enabled: event.currentTarget.checked } })}
          />
          {t('settingsFollowUpReminderEnabled')}
        </label>
        <TimeField id="follow-up-time" value={followUp.time} onSave={(time) => save({ followUpReminder: { ...followUp, time } })} />
      </fieldset>
      <fieldset>
        <legend>{t('settingsWeeklyReminderLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={weekly.enabled}
            onChange={(event) => save({ weeklyReminder: { ...weekly, enabled: event.currentTarget.checked } })}
          />
          {t('settingsWeeklyReminderEnabled')}
        </label>
        <div class="field">
          <label for="weekly-day">{t('settingsWeeklyReminderDay')}</label>
          <select
            id="weekly-day"
            value={String(weekly.day)}
            onChange={(event) => save({ weeklyReminder: { ...weekly, day: Number(event.currentTarget.value) } })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={String(day)}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
        </div>
        <TimeField id="weekly-time" value={weekly.time} onSave={(time) => save({ weeklyReminder: { ...weekly, time } })} />
      </fieldset>
    </section>
  );
}

function TimeField({ id, value, onSave }: { id: string; value: string; onSave: (time: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{t('settingsReminderTime')}</label>
      <input
        id={id}
        type="time"
        value={value}
        required
        onChange={(event) => /^\d{2}:\d{2}$/.test(event.currentTarget.value) && onSave(event.currentTarget.value)}
      />
    </div>
  );
}
