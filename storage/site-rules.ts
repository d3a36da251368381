/**
 * Per-site rules the learner sets: "anything I clip from this site is about these competencies".
 * They feed the suggestions (domain/suggestions.ts); they never tag an entry on their own.
 */
import { normalizeHostname } from '../domain/suggestions';
import { type CommonplaceDb, getDb } from './db';
import { EpochMsSchema, IdSchema } from './schemas';
import { z } from './zod';

export const SiteRuleSchema = z.strictObject({
  /** Lowercase host without a leading `www.`; it also covers the host's subdomains. */
  hostname: z
    .string()
    .min(1)
    .max(253)
    .regex(/^[a-z0-9.-]+$/),
  competencyIds: z.array(IdSchema).min(1).max(20),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
});
export type SiteRule = z.infer<typeof SiteRuleSchema>;

export class InvalidHostnameError extends Error {
  constructor(readonly input: string) {
    super(`Not a site name: ${input}`);
    this.name = 'InvalidHostnameError';
  }
}

/** Every rule, by host name. */
export function listSiteRules(db: CommonplaceDb = getDb()): Promise<SiteRule[]> {
  return db.siteRules.orderBy('hostname').toArray();
}

/**
 * Creates or replaces the rule for a site (`site` may be a host name or a whole URL).
 * Throws `InvalidHostnameError` when it names no site. Returns the stored rule.
 */
export async function setSiteRule(
  site: string,
  competencyIds: readonly string[],
  now: number,
  db: CommonplaceDb = getDb(),
): Promise<SiteRule> {
  const hostname = normalizeHostname(site);
  if (!hostname) throw new InvalidHostnameError(site);
  return db.transaction('rw', db.siteRules, async () => {
    const existing = await db.siteRules.get(hostname);
    const rule = SiteRuleSchema.parse({
      hostname,
      competencyIds: [...new Set(competencyIds)],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.siteRules.put(rule);
    return rule;
  });
}

/** Removes the rule for a host name (as stored). */
export function deleteSiteRule(hostname: string, db: CommonplaceDb = getDb()): Promise<void> {
  return db.siteRules.delete(hostname);
}
