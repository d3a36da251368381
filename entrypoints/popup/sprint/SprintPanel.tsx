/** Protected learning time: start, pause, resume, stop and extend a sprint, then reflect. */
import type { ComponentChildren } from 'preact';
import { t } from '../../../components/i18n';
import { ReflectionForm } from './ReflectionForm';
import { SprintClock } from './SprintClock';
import { SprintStart } from './SprintStart';
import { useSprint } from './use-sprint';
import './sprint.css';

/** `whenIdle` shows only while no sprint runs: a running sprint's clock is what matters then. */
export function SprintPanel({ whenIdle }: { whenIdle?: ComponentChildren }) {
  const { reply, remainingMs, error, busy, send } = useSprint();
  const timer = reply?.timer;
  return (
    <>
      <section class="sprint" aria-labelledby="sprint-heading">
        <h2 id="sprint-heading">{t('sprintHeading')}</h2>
        {timer?.phase === 'idle' && (
          <SprintStart
            defaultMinutes={reply?.defaultMinutes ?? 15}
            competencies={reply?.competencies ?? []}
            busy={busy}
            onStart={(minutes, goal, competencyId) =>
              send({ type: 'sprint/start', minutes, ...(goal ? { goal } : {}), ...(competencyId ? { competencyId } : {}) })
            }
          />
        )}
        {(timer?.phase === 'running' || timer?.phase === 'paused') && (
          <SprintClock
            timer={timer}
            competencyName={reply?.competencyName}
            remainingMs={remainingMs}
            busy={busy}
            onAction={(type) => send({ type })}
          />
        )}
        {timer?.phase === 'ended' && timer.sprintId && (
          <div class="sprint-ended">
            <p class="ok">{t(timer.completed ? 'sprintCompleted' : 'sprintStopped', String(Math.round(timer.elapsedMs / 60_000)))}</p>
            <ReflectionForm sprintId={timer.sprintId} onDone={() => send({ type: 'sprint/dismiss' })} />
          </div>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      {/* Mounted from the start (its figures load while the sprint is asked for), hidden once one runs. */}
      <div class="sprint-idle" hidden={timer !== undefined && timer.phase !== 'idle'}>
        {whenIdle}
      </div>
    </>
  );
}
