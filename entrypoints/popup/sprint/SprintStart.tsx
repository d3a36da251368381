import { useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import type { CompetencyOption } from '../../../messaging/protocol';

const MIN_MINUTES = 5;
const MAX_MINUTES = 120;

/**
 * The length (from settings, editable for this sprint), an optional competency (the background's
 * list: not archived, by name) and an optional goal in words.
 */
export function SprintStart({
  defaultMinutes,
  competencies,
  busy,
  onStart,
}: {
  defaultMinutes: number;
  competencies: CompetencyOption[];
  busy: boolean;
  onStart: (minutes: number, goal: string, competencyId: string) => void;
}) {
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [goal, setGoal] = useState('');
  const [competencyId, setCompetencyId] = useState('');
  const value = Number(minutes);
  const isValid = Number.isInteger(value) && value >= MIN_MINUTES && value <= MAX_MINUTES;

  const submit = (event: Event) => {
    event.preventDefault();
    if (isValid) onStart(value, goal.trim(), competencyId);
  };

  return (
    <form class="sprint-start" onSubmit={submit}>
      <div class="sprint-quick">
        <label for="sprint-minutes" class="visually-hidden">
          {t('sprintMinutesLabel')}
        </label>
        <input
          id="sprint-minutes"
          type="number"
          min={MIN_MINUTES}
          max={MAX_MINUTES}
          step={1}
          required
          value={minutes}
          aria-invalid={!isValid}
          onInput={(event) => setMinutes(event.currentTarget.value)}
        />
        <span aria-hidden="true">{t('sprintMinutesUnit')}</span>
        <button type="submit" class="primary" disabled={busy || !isValid}>
          {t('sprintStart')}
        </button>
      </div>
      <details class="sprint-more">
        <summary>{t('sprintMoreOptions')}</summary>
        <div class="sprint-fields">
          <label>
            {t('sprintGoalLabel')}
            <input type="text" maxLength={500} value={goal} onInput={(event) => setGoal(event.currentTarget.value)} />
          </label>
          <label>
            {t('sprintCompetencyLabel')}
            <select value={competencyId} onChange={(event) => setCompetencyId(event.currentTarget.value)}>
              <option value="">{t('sprintCompetencyNone')}</option>
              {competencies.map((competency) => (
                <option key={competency.id} value={competency.id}>
                  {competency.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </details>
    </form>
  );
}
