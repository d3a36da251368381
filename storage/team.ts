/**
 * The manager's side of sharing: teammates' share bundles, kept in `teamMembers` apart from the
 * manager's own journal and never merged into it. Import follows SECURITY.md's order: size check,
 * JSON.parse refusing prototype keys, depth/count limits (domain/untrusted-json.ts), the strict
 * `ShareBundleV1Schema`, consistency checks, then one read-write transaction.
 */
import { checkFileHeader, ImportFileError, parseUntrustedJson, type ReadLimits } from '../domain/untrusted-json';
import { type CommonplaceDb, getDb } from './db';
import { SHARE_FILE_KIND, SHARE_SCHEMA_VERSION, type ShareBundle, ShareBundleV1Schema } from './exchange-schemas';
import { parseFileSchema } from './file-schema';
import { type TeamMember, TeamMemberSchema } from './schemas';

/**
 * A bundle with article bodies can be large (bodies are up to 4 MB each): 40 M characters is
 * well past any real share while keeping a hostile file from exhausting the page. Depth 6 is
 * the deepest a valid bundle nests (bundle > entries > entry > applied > field, plus slack).
 */
export const SHARE_FILE_LIMITS: ReadLimits = { maxChars: 40_000_000, maxDepth: 6, maxValues: 3_000_000 };

/** How an import went: `older` and `same` changed nothing (a newer or identical bundle is kept). */
export interface TeamImportSummary {
  status: 'added' | 'replaced' | 'older' | 'same';
  learnerId: string;
  displayName: string;
  bundleCreatedAt: number;
  entries: number;
  sprints: number;
  reflections: number;
}

/** Parses and checks a share bundle's text without touching the database. */
export function readShareBundle(text: string): ShareBundle {
  const value = parseUntrustedJson(text, SHARE_FILE_LIMITS);
  checkFileHeader(value, SHARE_FILE_KIND, SHARE_SCHEMA_VERSION);
  const bundle = parseFileSchema(ShareBundleV1Schema, value);
  const lists = [
    ['competency', bundle.competencies],
    ['entry', bundle.entries],
    ['sprint', bundle.sprints],
    ['reflection', bundle.reflections],
  ] as const;
  for (const [name, list] of lists) {
    // Ids key comments and the learner's feedback: two items with one id would be ambiguous.
    if (new Set(list.map((item) => item.id)).size !== list.length)
      throw new ImportFileError('invalid', `the same ${name} id appears twice`);
  }
  const { from, to } = bundle.period;
  if (from !== '' && to !== '' && from > to) throw new ImportFileError('invalid', 'the period ends before it starts');
  // References to competencies the bundle does not list are tolerated: the views skip them.
  return bundle;
}

/**
 * Imports a share bundle. A person's first bundle is added; a bundle created after the stored
 * one replaces it whole, in one transaction; an older or identical one is ignored (status
 * `older` / `same`) and nothing changes. The manager's comments live in `teamComments` and
 * survive a replacement. Throws `ImportFileError` for a refused file, changing nothing.
 */
export async function importShareBundle(text: string, now: number, db: CommonplaceDb = getDb()): Promise<TeamImportSummary> {
  const bundle = readShareBundle(text);
  const row = TeamMemberSchema.parse({
    learnerId: bundle.learner.id,
    displayName: bundle.learner.displayName,
    importedAt: now,
    bundleCreatedAt: bundle.createdAt,
    bundle,
  });
  const status = await db.transaction('rw', db.teamMembers, async () => {
    const stored = await db.teamMembers.get(row.learnerId);
    if (stored && stored.bundleCreatedAt > row.bundleCreatedAt) return 'older';
    if (stored && stored.bundleCreatedAt === row.bundleCreatedAt) return 'same';
    await db.teamMembers.put(row);
    return stored ? 'replaced' : 'added';
  });
  return {
    status,
    learnerId: row.learnerId,
    displayName: row.displayName,
    bundleCreatedAt: row.bundleCreatedAt,
    entries: bundle.entries.length,
    sprints: bundle.sprints.length,
    reflections: bundle.reflections.length,
  };
}

/** A stored teammate with their bundle, or `bundle: undefined` when the row no longer validates. */
export interface TeamMemberView {
  learnerId: string;
  displayName: string;
  importedAt: number;
  bundleCreatedAt: number;
  bundle: ShareBundle | undefined;
}

// Rows are re-validated on read (a restored backup may carry them), once per stored bundle.
const validated = new Map<string, ShareBundle | undefined>();

function toView(member: TeamMember): TeamMemberView {
  const key = `${member.learnerId}:${member.bundleCreatedAt}:${member.importedAt}`;
  if (!validated.has(key)) {
    const parsed = ShareBundleV1Schema.safeParse(member.bundle);
    validated.set(key, parsed.success && parsed.data.learner.id === member.learnerId ? parsed.data : undefined);
  }
  const { learnerId, displayName, importedAt, bundleCreatedAt } = member;
  return { learnerId, displayName, importedAt, bundleCreatedAt, bundle: validated.get(key) };
}

/** Every teammate, by display name. */
export async function listTeamMembers(db: CommonplaceDb = getDb()): Promise<TeamMemberView[]> {
  const members = await db.teamMembers.orderBy('displayName').toArray();
  return members.map(toView);
}

/** One teammate, or `undefined` when they are not (or no longer) imported. */
export async function getTeamMember(learnerId: string, db: CommonplaceDb = getDb()): Promise<TeamMemberView | undefined> {
  const member = await db.teamMembers.get(learnerId);
  return member && toView(member);
}

/** Removes a teammate's bundle and the manager's comments on it, in one transaction. */
export async function removeTeamMember(learnerId: string, db: CommonplaceDb = getDb()): Promise<void> {
  await db.transaction('rw', db.teamMembers, db.teamComments, async () => {
    await db.teamMembers.delete(learnerId);
    await db.teamComments.where('learnerId').equals(learnerId).delete();
  });
}
