/**
 * The xAPI 1.0.3 words Commonplace uses, all from ADL's vocabulary (adlnet.gov/expapi), so any
 * Learning Record Store and its reports know them. Which word stands for what, and why:
 *
 * - An article or passage clipped, a link saved: `experienced` ("encountered the object, where
 *   no completion is required"), on a `media` activity (text consumed, nothing to pass or fail)
 *   or a `link`.
 * - A note: `commented` ("provided written annotations on or about an object"), on the page it is
 *   about (`link`) or on the note itself.
 * - An entry marked applied: `completed` on a `performance` activity. ADL defines a performance
 *   as "an attempted task ... usually associated with on the job performance tasks", which is
 *   what applying a lesson at work is; `completed` says the task was done, and the evidence goes
 *   in `result.response`. (`mastered` or `passed` would claim an assessment that never happened.)
 * - A learning sprint: `completed` when it ran its time, `terminated` when stopped early, on a
 *   `module` activity (a block of learning that groups the content captured during it, which
 *   the entries' statements point to as their grouping).
 * - A reflection: `answered` ("replied to a question ... the text of the answer will often be
 *   included in the response inside result") on a `question` activity: the end-of-day prompts.
 * - Competencies: `objective` activities ("determines whether competency has been achieved") in
 *   the statements' context.
 *
 * Verb display names are ADL's own (en-US), not translated labels.
 */

export const XAPI_VERSION = '1.0.3';

export const VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  commented: { id: 'http://adlnet.gov/expapi/verbs/commented', display: { 'en-US': 'commented' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
} as const;

export const ACTIVITY_TYPES = {
  link: 'http://adlnet.gov/expapi/activities/link',
  media: 'http://adlnet.gov/expapi/activities/media',
  performance: 'http://adlnet.gov/expapi/activities/performance',
  module: 'http://adlnet.gov/expapi/activities/module',
  question: 'http://adlnet.gov/expapi/activities/question',
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;

/** An ISO 8601 duration to xAPI's precision (0.01 s): 90,500 ms is `PT1M30.5S`. */
export function isoDuration(ms: number): string {
  const centiseconds = Math.round(Math.max(0, ms) / 10);
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  const showSeconds = seconds > 0 || (hours === 0 && minutes === 0);
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${showSeconds ? `${seconds}S` : ''}`;
}

/** `lang` when it looks like an RFC 5646 tag (`en`, `pt-BR`), else `und` (undetermined). */
export function languageTag(lang: string | undefined): string {
  return lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(lang) ? lang : 'und';
}

/** An absolute http(s) URL usable as an activity id, or undefined. */
export function webIri(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
