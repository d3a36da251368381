/**
 * Suggested competencies for an entry: keyword matches in what was captured, weighted by where
 * they occur (title over tags over excerpt over body), plus the learner's per-site rules.
 * Pure: the caller passes the entry, the framework and the rules.
 */

/** What of an entry the scoring reads. */
export interface SuggestionSource {
  title: string;
  excerpt: string;
  /** Body text; only the first `BODY_CHARS` characters are read. */
  text: string;
  tags: readonly string[];
  url: string;
  /** Competencies already on the entry are never suggested again. */
  competencyIds: readonly string[];
}

export interface SuggestibleCompetency {
  id: string;
  name: string;
  keywords: readonly string[];
  archived: boolean;
}

export interface SuggestionRule {
  hostname: string;
  competencyIds: readonly string[];
}

export interface Suggestion {
  competencyId: string;
  score: number;
  /** The keywords that matched (as the framework spells them), strongest first. */
  matched: string[];
  /** True when a site rule named this competency. */
  isFromSiteRule: boolean;
}

export const WEIGHTS = { title: 5, tags: 4, excerpt: 2, body: 1, siteRule: 10 } as const;
/** A body mention counts at most this many times, so one long article cannot swamp the rest. */
export const BODY_MATCH_CAP = 3;
/** Long articles: the opening says what they are about, and scoring stays fast. */
export const BODY_CHARS = 20_000;
/** Below this score a match is noise (e.g. a single word in passing in the body). */
export const MIN_SCORE = 2;
export const MAX_SUGGESTIONS = 5;

/**
 * Lowercase words without diacritics, joined by single spaces and padded with one at each end,
 * so `" word "` finds whole words and `" two words "` whole phrases.
 */
export function toWordText(input: string): string {
  const words = input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words ? ` ${words.join(' ')} ` : ' ';
}

function countMatches(haystack: string, needle: string, cap: number): number {
  let count = 0;
  let from = 0;
  while (count < cap) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    count += 1;
    // The trailing space of one match is the leading space of the next word.
    from = at + needle.length - 1;
  }
  return count;
}

/**
 * A host name for rules: lowercase, without `www.`; `site` may also be a URL. `''` when it is
 * neither.
 */
export function normalizeHostname(site: string): string {
  const trimmed = site.trim().toLowerCase();
  if (!trimmed) return '';
  let host = trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return '';
    }
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && host.length <= 253 ? host : '';
}

/** True when `host` is the rule's host or one of its subdomains. */
export function isHostCoveredBy(host: string, ruleHost: string): boolean {
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

/**
 * Scores every non-archived competency not yet on the entry and returns the best ones, highest
 * score first (ties by name). A keyword (or the competency's name) scores once per field it
 * appears in, body mentions up to `BODY_MATCH_CAP` times; a matching site rule adds
 * `WEIGHTS.siteRule`.
 */
export function suggestCompetencies(
  source: SuggestionSource,
  competencies: readonly SuggestibleCompetency[],
  rules: readonly SuggestionRule[],
  limit = MAX_SUGGESTIONS,
): Suggestion[] {
  const fields = {
    title: toWordText(source.title),
    tags: toWordText(source.tags.join(' , ')),
    excerpt: toWordText(source.excerpt),
    body: toWordText(source.text.slice(0, BODY_CHARS)),
  };
  const host = normalizeHostname(source.url);
  const ruled = new Set(host ? rules.filter((rule) => isHostCoveredBy(host, rule.hostname)).flatMap((rule) => rule.competencyIds) : []);
  const taken = new Set(source.competencyIds);

  const suggestions: (Suggestion & { name: string })[] = [];
  for (const competency of competencies) {
    if (competency.archived || taken.has(competency.id)) continue;
    const scored = scoreKeywords(fields, [competency.name, ...competency.keywords]);
    const isFromSiteRule = ruled.has(competency.id);
    const score = scored.score + (isFromSiteRule ? WEIGHTS.siteRule : 0);
    if (score < MIN_SCORE) continue;
    suggestions.push({ competencyId: competency.id, score, matched: scored.matched, isFromSiteRule, name: competency.name });
  }
  return suggestions
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name: _name, ...suggestion }) => suggestion);
}

type Fields = Record<'title' | 'tags' | 'excerpt' | 'body', string>;

function scoreKeywords(fields: Fields, keywords: readonly string[]): { score: number; matched: string[] } {
  const seen = new Set<string>();
  const matched: { keyword: string; score: number }[] = [];
  let score = 0;
  for (const keyword of keywords) {
    const needle = toWordText(keyword);
    // Keywords with no letters or digits, and repeats after normalizing, score nothing.
    if (needle === ' ' || seen.has(needle)) continue;
    seen.add(needle);
    const points =
      countMatches(fields.title, needle, 1) * WEIGHTS.title +
      countMatches(fields.tags, needle, 1) * WEIGHTS.tags +
      countMatches(fields.excerpt, needle, 1) * WEIGHTS.excerpt +
      countMatches(fields.body, needle, BODY_MATCH_CAP) * WEIGHTS.body;
    if (points === 0) continue;
    score += points;
    matched.push({ keyword: keyword.trim(), score: points });
  }
  matched.sort((a, b) => b.score - a.score);
  return { score, matched: matched.map((match) => match.keyword) };
}
