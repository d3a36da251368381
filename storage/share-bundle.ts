/**
 * The learner's share bundle: the journal records of a period, read in one transaction through
 * the `dayKey` indexes (never a scan of the whole journal), turned into the redacted bundle by
 * domain/share-selection.ts and validated against `ShareBundleV1Schema` before it is written.
 */
import { buildShareBundle, type ShareOptions, type ShareSource } from '../domain/share-selection';
import { type CommonplaceDb, getDb } from './db';
import { type ShareBundle, ShareBundleV1Schema } from './exchange-schemas';
import { getLearnerId } from './identity';
import { LIMITS } from './schemas';
import { readSettings } from './settings';

/** Journal records whose local day is in `[from, to]` ('' leaves an end open), and the framework. */
export async function loadShareSource({ from, to }: { from: string; to: string }, db: CommonplaceDb = getDb()): Promise<ShareSource> {
  const lower = from || '';
  const upper = to || '\uffff';
  if (lower > upper) return { entries: [], sprints: [], reflections: [], competencies: [] };
  return db.transaction('r', [db.entries, db.sprints, db.reflections, db.competencies], async () => {
    const [entries, sprints, reflections, competencies] = await Promise.all([
      db.entries.where('dayKey').between(lower, upper, true, true).toArray(),
      db.sprints.where('dayKey').between(lower, upper, true, true).toArray(),
      db.reflections.where('dayKey').between(lower, upper, true, true).toArray(),
      db.competencies.toArray(),
    ]);
    return { entries, sprints, reflections, competencies };
  });
}

/** Who the bundle is from: the stable learner id and the display name from settings. */
export async function readShareLearner(): Promise<{ id: string; displayName: string }> {
  const [id, settings] = await Promise.all([getLearnerId(), readSettings()]);
  return { id, displayName: settings.displayName };
}

/** A bundle that does not pass its own schema: a bug, never written to a file. */
export class ShareBundleError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ShareBundleError';
  }
}

/**
 * The validated bundle for `options` from an already loaded `source` (the one the preview
 * showed, so the file holds exactly what was previewed). Throws `ShareBundleError`.
 */
export function createShareBundle(
  source: ShareSource,
  options: ShareOptions,
  context: { now: number; learner: { id: string; displayName: string }; sanitizeHtml?: (html: string) => string | undefined },
): ShareBundle {
  const draft = buildShareBundle(source, options, { ...context, maxBodyChars: LIMITS.html });
  const parsed = ShareBundleV1Schema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ShareBundleError(issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid bundle');
  }
  return parsed.data;
}
