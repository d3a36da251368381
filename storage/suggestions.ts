/** Suggested competencies for a stored entry, from the stored framework and site rules. */
import { type Suggestion, type SuggestionSource, suggestCompetencies } from '../domain/suggestions';
import { type CommonplaceDb, getDb } from './db';
import type { Entry } from './schemas';

/** What of an entry the scoring reads: its title, excerpt, body (article, passage or note), tags, site. */
export function suggestionSource(entry: Entry): SuggestionSource {
  return {
    title: entry.title,
    excerpt: entry.article?.excerpt ?? '',
    text: entry.article?.text ?? entry.selection?.text ?? entry.note,
    tags: entry.tags,
    url: entry.url,
    competencyIds: entry.competencyIds,
  };
}

export interface NamedSuggestion extends Suggestion {
  name: string;
  category: string;
}

/** The best competencies for `entry` that it does not have yet, with their names. */
export async function suggestForEntry(entry: Entry, db: CommonplaceDb = getDb()): Promise<NamedSuggestion[]> {
  const [competencies, rules] = await db.transaction('r', db.competencies, db.siteRules, () =>
    Promise.all([db.competencies.toArray(), db.siteRules.toArray()]),
  );
  const byId = new Map(competencies.map((competency) => [competency.id, competency]));
  return suggestCompetencies(suggestionSource(entry), competencies, rules).map((suggestion) => {
    const competency = byId.get(suggestion.competencyId);
    return { ...suggestion, name: competency?.name ?? '', category: competency?.category ?? '' };
  });
}
