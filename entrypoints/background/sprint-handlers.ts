/** Answers to the sprint and reflection requests (spread into the background's handlers). */
import type { TimerEvent } from '../../domain/timer';
import type { SprintReply } from '../../messaging/protocol';
import { HandlerError, type PageHandlers } from '../../messaging/router';
import { listCompetencies, seedStarterFramework } from '../../storage/competencies';
import { getDb } from '../../storage/db';
import { saveReflection } from '../../storage/reflections';
import { readSettings } from '../../storage/settings';
import { getSprint } from '../../storage/sprints';
import { dispatchSprint, sprintView, startSprint } from './sprint-runtime';

type SprintRequestType =
  | 'sprint/get'
  | 'sprint/start'
  | 'sprint/pause'
  | 'sprint/resume'
  | 'sprint/stop'
  | 'sprint/extend'
  | 'sprint/dismiss';

/** Lists the competencies after the starter framework is in (a popup opened just after install). */
async function competencyList() {
  await seedStarterFramework(Date.now());
  return listCompetencies();
}

async function reply(): Promise<SprintReply> {
  const [timer, settings, all] = await Promise.all([sprintView(), readSettings(), competencyList()]);
  const competencies = all
    .filter((competency) => !competency.archived)
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const competencyName = timer.competencyId ? all.find((competency) => competency.id === timer.competencyId)?.name : undefined;
  return { timer, defaultMinutes: settings.sprintMinutes, competencies, ...(competencyName ? { competencyName } : {}) };
}

/** A user action on the timer; one that does not apply (pause while paused) just reconciles. */
async function act(event: TimerEvent): Promise<SprintReply> {
  await dispatchSprint(event);
  return reply();
}

export const sprintHandlers: Pick<PageHandlers, SprintRequestType | 'reflection/save'> = {
  'sprint/get': () => reply(),
  async 'sprint/start'(request) {
    if (request.competencyId && !(await getDb().competencies.get(request.competencyId))) {
      throw new HandlerError('not-found', 'That competency no longer exists.');
    }
    await startSprint({
      ...(request.minutes === undefined ? {} : { minutes: request.minutes }),
      ...(request.competencyId ? { competencyId: request.competencyId } : {}),
      ...(request.goal === undefined ? {} : { goal: request.goal }),
    });
    return reply();
  },
  'sprint/pause': () => act({ type: 'pause' }),
  'sprint/resume': () => act({ type: 'resume' }),
  'sprint/stop': () => act({ type: 'stop' }),
  'sprint/extend': () => act({ type: 'extend' }),
  'sprint/dismiss': () => act({ type: 'dismiss' }),

  async 'reflection/save'(request) {
    if (!request.learned.trim() && !request.tryNext.trim()) throw new HandlerError('bad-request', 'Write at least one line.');
    const sprint = request.sprintId ? await getSprint(request.sprintId) : undefined;
    if (request.sprintId && !sprint) throw new HandlerError('not-found', 'That sprint was not recorded.');
    const reflection = await saveReflection(
      {
        learned: request.learned,
        tryNext: request.tryNext,
        ...(sprint ? { sprintId: sprint.id } : {}),
        ...(sprint?.competencyId ? { competencyId: sprint.competencyId } : {}),
      },
      Date.now(),
    );
    return { reflectionId: reflection.id };
  },
};
