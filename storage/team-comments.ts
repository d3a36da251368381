/**
 * The manager's comments on a teammate's shared items or whole period (`teamComments`), kept by
 * comment id with the learner's id. They are the manager's own words, so they outlive a newer
 * bundle from the same person; removing the person removes them (storage/team.ts).
 */
import { type CommonplaceDb, getDb } from './db';
import { type FeedbackTarget, type TeamComment, TeamCommentSchema } from './exchange-schemas';

/** A learner's comments, oldest first. */
export async function listTeamComments(learnerId: string, db: CommonplaceDb = getDb()): Promise<TeamComment[]> {
  const comments = await db.teamComments.where('learnerId').equals(learnerId).toArray();
  return comments.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Adds a comment; throws (zod) when the text is empty or too long. */
export async function addTeamComment(
  learnerId: string,
  target: FeedbackTarget,
  text: string,
  now: number,
  db: CommonplaceDb = getDb(),
): Promise<TeamComment> {
  const comment = TeamCommentSchema.parse({ id: crypto.randomUUID(), learnerId, target, text, createdAt: now, updatedAt: now });
  await db.teamComments.add(comment);
  return comment;
}

/** Changes a comment's text; `false` when it no longer exists. */
export async function editTeamComment(id: string, text: string, now: number, db: CommonplaceDb = getDb()): Promise<boolean> {
  return db.transaction('rw', db.teamComments, async () => {
    const comment = await db.teamComments.get(id);
    if (!comment) return false;
    await db.teamComments.put(TeamCommentSchema.parse({ ...comment, text, updatedAt: Math.max(now, comment.updatedAt) }));
    return true;
  });
}

export async function deleteTeamComment(id: string, db: CommonplaceDb = getDb()): Promise<void> {
  await db.teamComments.delete(id);
}

/** Whether a comment is about `target` (the period, or one item of a kind and id). */
export function isAbout(comment: TeamComment, target: FeedbackTarget): boolean {
  if (comment.target.type === 'period' || target.type === 'period') return comment.target.type === target.type;
  return comment.target.type === target.type && comment.target.id === target.id;
}
