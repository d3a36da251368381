import { t } from '../../../components/i18n';
import { formatCountdown } from '../../../domain/countdown';
import type { TimerView } from '../../../domain/timer';

type Action = 'sprint/pause' | 'sprint/resume' | 'sprint/stop' | 'sprint/extend';

/**
 * The countdown, a progress bar and the controls. The visible clock (role="timer") is not
 * announced every second; a separate polite live region says the minutes left once a minute.
 */
export function SprintClock({
  timer,
  competencyName,
  remainingMs,
  busy,
  onAction,
}: {
  timer: TimerView;
  competencyName: string | undefined;
  remainingMs: number;
  busy: boolean;
  onAction: (action: Action) => void;
}) {
  const isPaused = timer.phase === 'paused';
  const elapsedMs = Math.max(0, timer.plannedMs - remainingMs);
  const minutesLeft = Math.ceil(remainingMs / 60_000);
  return (
    <div class="sprint-clock">
      {competencyName && <p class="sprint-competency">{t('sprintCompetencyShown', competencyName)}</p>}
      {timer.goal && <p class="sprint-goal">{t('sprintGoalShown', timer.goal)}</p>}
      <div class="sprint-time">
        <span role="timer" aria-label={t('sprintTimeLeftLabel')} class="sprint-countdown">
          {formatCountdown(remainingMs)}
        </span>
        {isPaused && <span class="sprint-paused">{t('sprintPaused')}</span>}
      </div>
      <span class="visually-hidden" aria-live="polite">
        {t('sprintMinutesLeft', String(minutesLeft))}
      </span>
      <progress class="sprint-progress" aria-label={t('sprintProgressLabel')} max={timer.plannedMs} value={elapsedMs} />
      <div class="row">
        {isPaused ? (
          <button type="button" class="primary" disabled={busy} onClick={() => onAction('sprint/resume')}>
            {t('sprintResume')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => onAction('sprint/pause')}>
            {t('sprintPause')}
          </button>
        )}
        <button type="button" disabled={busy} aria-label={t('sprintExtendLabel')} onClick={() => onAction('sprint/extend')}>
          {t('sprintExtend')}
        </button>
        <button type="button" disabled={busy} onClick={() => onAction('sprint/stop')}>
          {t('sprintStop')}
        </button>
      </div>
    </div>
  );
}
