import { useState } from 'preact/hooks';
import { t } from '../../../components/i18n';

const MIN_MINUTES = 5;
const MAX_MINUTES = 120;

/** The length (from settings, editable for this sprint) and an optional goal in words. */
export function SprintStart({
  defaultMinutes,
  busy,
  onStart,
}: {
  defaultMinutes: number;
  busy: boolean;
  onStart: (minutes: number, goal: string) => void;
}) {
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [goal, setGoal] = useState('');
  const value = Number(minutes);
  const isValid = Number.isInteger(value) && value >= MIN_MINUTES && value <= MAX_MINUTES;

  const submit = (event: Event) => {
    event.preventDefault();
    if (isValid) onStart(value, goal.trim());
  };

  return (
    <form class="sprint-start" onSubmit={submit}>
      <div class="sprint-fields">
        <label>
          {t('sprintMinutesLabel')}
          <input
            type="number"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            required
            value={minutes}
            aria-invalid={!isValid}
            onInput={(event) => setMinutes(event.currentTarget.value)}
          />
        </label>
        <label>
          {t('sprintGoalLabel')}
          <input type="text" maxLength={500} value={goal} onInput={(event) => setGoal(event.currentTarget.value)} />
        </label>
      </div>
      <button type="submit" class="primary" disabled={busy || !isValid}>
        {t('sprintStart')}
      </button>
    </form>
  );
}
