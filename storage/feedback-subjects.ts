/**
 * The feedback list of the Share section: every comment received, with what it is about as the
 * journal has it now (an entry's title, a sprint's start, a reflection's day), read in one
 * transaction. A subject the learner has since deleted comes back as `missing`.
 */
import { type CommonplaceDb, getDb } from './db';
import type { ReceivedFeedback } from './exchange-schemas';
import { listFeedback } from './feedback-received';

export type FeedbackSubject =
  | { type: 'period' }
  | { type: 'entry'; id: string; title: string }
  | { type: 'sprint'; startedAt: number }
  | { type: 'reflection'; dayKey: string }
  | { type: 'missing' };

export interface FeedbackItem {
  feedback: ReceivedFeedback;
  subject: FeedbackSubject;
}

/** Every comment received, newest first, each with its subject. */
export function listFeedbackWithSubjects(db: CommonplaceDb = getDb()): Promise<FeedbackItem[]> {
  return db.transaction('r', [db.feedback, db.entries, db.sprints, db.reflections], async () => {
    const rows = await listFeedback(db);
    const idsOf = (type: string) => rows.flatMap(({ target }) => (target.type === type && 'id' in target ? [target.id] : []));
    const [entries, sprints, reflections] = await Promise.all([
      db.entries.bulkGet(idsOf('entry')),
      db.sprints.bulkGet(idsOf('sprint')),
      db.reflections.bulkGet(idsOf('reflection')),
    ]);
    const entryTitles = new Map(entries.flatMap((entry) => (entry ? [[entry.id, entry.title] as const] : [])));
    const sprintStarts = new Map(sprints.flatMap((sprint) => (sprint ? [[sprint.id, sprint.startedAt] as const] : [])));
    const reflectionDays = new Map(reflections.flatMap((item) => (item ? [[item.id, item.dayKey] as const] : [])));
    return rows.map((feedback): FeedbackItem => {
      const { target } = feedback;
      if (target.type === 'period') return { feedback, subject: { type: 'period' } };
      const title = entryTitles.get(target.id);
      const startedAt = sprintStarts.get(target.id);
      const dayKey = reflectionDays.get(target.id);
      if (target.type === 'entry' && title !== undefined) return { feedback, subject: { type: 'entry', id: target.id, title } };
      if (target.type === 'sprint' && startedAt !== undefined) return { feedback, subject: { type: 'sprint', startedAt } };
      if (target.type === 'reflection' && dayKey !== undefined) return { feedback, subject: { type: 'reflection', dayKey } };
      return { feedback, subject: { type: 'missing' } };
    });
  });
}
