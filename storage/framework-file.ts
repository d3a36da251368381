/**
 * The competency framework as a file (`schemaVersion: 1`): export, and import in SECURITY.md's
 * order — size check, JSON.parse refusing prototype keys, depth/count limits (all in
 * domain/untrusted-json.ts), then this strict schema, then one read-write transaction.
 * A refused file throws `ImportFileError` and changes nothing.
 */
import { FRAMEWORK_FILE_LIMITS } from '../domain/competency-framework';
import { checkFileHeader, ImportFileError, parseUntrustedJson } from '../domain/untrusted-json';
import { type CommonplaceDb, getDb } from './db';
import { parseFileSchema } from './file-schema';
import { RECORD_LIMITS } from './limits';
import { type Competency, CompetencySchema, EpochMsSchema } from './schemas';
import { SiteRuleSchema } from './site-rules';
import { z } from './zod';

export const FRAMEWORK_SCHEMA_VERSION = 1;
export const FRAMEWORK_FILE_KIND = 'commonplace-competency-framework';

export const FrameworkFileV1Schema = z.strictObject({
  kind: z.literal(FRAMEWORK_FILE_KIND),
  schemaVersion: z.literal(1),
  exportedAt: EpochMsSchema,
  competencies: z.array(CompetencySchema).max(RECORD_LIMITS.competencies),
  siteRules: z.array(SiteRuleSchema).max(RECORD_LIMITS.siteRules),
});
export type FrameworkFileV1 = z.infer<typeof FrameworkFileV1Schema>;

/** The framework and site rules as a file's contents. */
export async function exportFramework(now: number, db: CommonplaceDb = getDb()): Promise<FrameworkFileV1> {
  return db.transaction('r', db.competencies, db.siteRules, async () => ({
    kind: FRAMEWORK_FILE_KIND,
    schemaVersion: FRAMEWORK_SCHEMA_VERSION,
    exportedAt: now,
    competencies: await db.competencies.orderBy('name').toArray(),
    siteRules: await db.siteRules.orderBy('hostname').toArray(),
  }));
}

export interface ImportSummary {
  added: number;
  updated: number;
  siteRules: number;
}

/** Parses and checks a framework file's text without touching the database. */
export function readFrameworkFile(text: string): FrameworkFileV1 {
  const value = parseUntrustedJson(text, FRAMEWORK_FILE_LIMITS);
  checkFileHeader(value, FRAMEWORK_FILE_KIND, FRAMEWORK_SCHEMA_VERSION);
  const file = parseFileSchema(FrameworkFileV1Schema, value);
  const ids = new Set(file.competencies.map((competency) => competency.id));
  if (ids.size !== file.competencies.length) throw new ImportFileError('invalid', 'the same competency id appears twice');
  for (const rule of file.siteRules) {
    if (rule.competencyIds.some((id) => !ids.has(id)))
      throw new ImportFileError('invalid', `site rule ${rule.hostname} names an unknown competency`);
  }
  return file;
}

const sameName = (a: Competency, b: Competency) =>
  a.name.toLowerCase() === b.name.toLowerCase() && a.category.toLowerCase() === b.category.toLowerCase();

/**
 * Imports a framework file, merging it into the framework: a competency with the same id, or
 * else the same name and category, is replaced by the file's version (keeping the local id, so
 * entries stay tagged); others are added. Site rules from the file replace those for the same
 * site. Nothing is deleted. Throws `ImportFileError` for a refused file.
 */
export async function importFramework(text: string, now: number, db: CommonplaceDb = getDb()): Promise<ImportSummary> {
  const file = readFrameworkFile(text);
  return db.transaction('rw', db.competencies, db.siteRules, async () => {
    const existing = await db.competencies.toArray();
    const byId = new Map(existing.map((competency) => [competency.id, competency]));
    const localId = new Map<string, string>();
    let added = 0;
    let updated = 0;
    for (const incoming of file.competencies) {
      const match = byId.get(incoming.id) ?? existing.find((competency) => sameName(competency, incoming));
      const id = match?.id ?? incoming.id;
      localId.set(incoming.id, id);
      const row = CompetencySchema.parse({
        ...incoming,
        id,
        createdAt: match?.createdAt ?? incoming.createdAt,
        updatedAt: Math.max(now, match?.updatedAt ?? 0),
      });
      await db.competencies.put(row);
      if (match) updated += 1;
      else added += 1;
    }
    for (const rule of file.siteRules) {
      const competencyIds = [...new Set(rule.competencyIds.map((id) => localId.get(id) ?? id))];
      await db.siteRules.put(SiteRuleSchema.parse({ ...rule, competencyIds, updatedAt: Math.max(now, rule.updatedAt) }));
    }
    return { added, updated, siteRules: file.siteRules.length };
  });
}
