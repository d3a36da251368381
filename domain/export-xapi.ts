/**
 * The journal as xAPI 1.0.3 statements (a JSON array, what a Learning Record Store's
 * `POST /statements` takes). Pure: statement ids come from `idFor`, which storage backs with
 * name-based (v5) UUIDs of the record id, so exporting again gives the same ids and an LRS
 * stores each statement once. Words and why: domain/xapi-vocabulary.ts.
 *
 * What leaves: titles, page URLs, competency names, apply plans and evidence, sprint times and
 * goals, reflections (as the answer). What does not: article bodies, tags, takeaways and the
 * private notes on clips.
 */
import { byCreation, type CompetencyNames, type ExportEntry, type ExportReflection, type ExportSprint, isoInstant } from './export-records';
import { ACTIVITY_TYPES, isoDuration, languageTag, VERBS, webIri, XAPI_VERSION } from './xapi-vocabulary';

export interface XapiLearner {
  /** The learner's stable id (storage/identity.ts), the account name. */
  id: string;
  /** Display name; left out when empty. */
  name: string;
  /** The account's system: the organisation's home page (Settings), an absolute URL. */
  homePage: string;
}

export interface XapiLabels {
  /** Language tag of these labels (the catalogue's), e.g. `en`. */
  language: string;
  untitled: string;
  sprint: string;
  applying: (title: string) => string;
  reflectionOf: (day: string) => string;
  learned: string;
  didntWork: string;
  tryNext: string;
}

/** A deterministic UUID for the statement or activity `purpose` of record `recordId`. */
export type IdFor = (recordId: string, purpose: string) => string;

type LanguageMap = Record<string, string>;
export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: { type?: string; name?: LanguageMap; description?: LanguageMap; moreInfo?: string };
}
export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: { completion?: boolean; response?: string; duration?: string };
  context?: { language?: string; contextActivities: { parent?: XapiActivity[]; grouping?: XapiActivity[]; other?: XapiActivity[] } };
  timestamp: string;
  version: typeof XAPI_VERSION;
}

const urn = (uuid: string) => `urn:uuid:${uuid}`;
const text = (language: string, value: string): LanguageMap | undefined => (value.trim() ? { [language]: value.trim() } : undefined);

/** Builds every statement: entries (and their application), sprints, reflections; oldest first. */
export function xapiStatements(
  input: {
    entries: readonly ExportEntry[];
    sprints: readonly ExportSprint[];
    reflections: readonly ExportReflection[];
    names: CompetencyNames;
  },
  learner: XapiLearner,
  labels: XapiLabels,
  idFor: IdFor,
): XapiStatement[] {
  const actor: XapiStatement['actor'] = {
    objectType: 'Agent',
    ...(learner.name.trim() ? { name: learner.name.trim() } : {}),
    account: { homePage: learner.homePage, name: learner.id },
  };
  const language = labels.language;
  const objectives = (ids: readonly (string | undefined)[]): XapiActivity[] =>
    ids.flatMap((id) => {
      const name = id === undefined ? undefined : input.names.get(id);
      if (id === undefined || name === undefined) return [];
      return [{ objectType: 'Activity', id: urn(id), definition: { type: ACTIVITY_TYPES.objective, name: { [language]: name } } }];
    });
  const sprintRef = (id: string | undefined): XapiActivity[] => (id ? [{ objectType: 'Activity', id: urn(id) }] : []);
  const context = (activities: NonNullable<XapiStatement['context']>['contextActivities']) => {
    const present = Object.fromEntries(Object.entries(activities).filter(([, list]) => list && list.length > 0));
    return Object.keys(present).length > 0 ? { context: { contextActivities: present } } : {};
  };
  const statement = (recordId: string, purpose: string, rest: Omit<XapiStatement, 'id' | 'actor' | 'version'>): XapiStatement => ({
    id: idFor(recordId, purpose),
    actor,
    ...rest,
    version: XAPI_VERSION,
  });

  const fromEntries = byCreation(input.entries).flatMap((entry) => {
    const title = entry.title.replace(/\s+/g, ' ').trim() || labels.untitled;
    const page = webIri(entry.url);
    const type = !page ? undefined : entry.kind === 'article' || entry.kind === 'selection' ? ACTIVITY_TYPES.media : ACTIVITY_TYPES.link;
    const activity: XapiActivity = {
      objectType: 'Activity',
      id: page ?? urn(entry.id),
      definition: { ...(type ? { type } : {}), name: { [languageTag(entry.article?.lang)]: title } },
    };
    const other = objectives(entry.competencyIds);
    const captured = statement(entry.id, 'captured', {
      verb: entry.kind === 'note' ? VERBS.commented : VERBS.experienced,
      object: activity,
      ...context({ grouping: sprintRef(entry.sprintId), other }),
      timestamp: isoInstant(entry.createdAt),
    });
    if (!entry.applied) return [captured];
    const moreInfo = webIri(entry.applied.link);
    const description = text(language, entry.applyPlan);
    const response = entry.applied.evidence.trim();
    const applied = statement(entry.id, 'applied', {
      verb: VERBS.completed,
      object: {
        objectType: 'Activity',
        id: urn(idFor(entry.id, 'application')),
        definition: {
          type: ACTIVITY_TYPES.performance,
          name: { [language]: labels.applying(title) },
          ...(description ? { description } : {}),
          ...(moreInfo ? { moreInfo } : {}),
        },
      },
      result: { completion: true, ...(response ? { response } : {}) },
      ...context({ parent: [{ objectType: 'Activity', id: activity.id }], other }),
      timestamp: isoInstant(entry.applied.at),
    });
    return [captured, applied];
  });

  const fromSprints = [...input.sprints]
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))
    .map((sprint) => {
      const description = text(language, sprint.goal);
      return statement(sprint.id, 'sprint', {
        verb: sprint.completed ? VERBS.completed : VERBS.terminated,
        object: {
          objectType: 'Activity',
          id: urn(sprint.id),
          definition: { type: ACTIVITY_TYPES.module, name: { [language]: labels.sprint }, ...(description ? { description } : {}) },
        },
        result: { completion: sprint.completed, duration: isoDuration(sprint.elapsedMs) },
        ...context({ other: objectives([sprint.competencyId]) }),
        timestamp: isoInstant(sprint.endedAt),
      });
    });

  const fromReflections = byCreation(input.reflections).map((reflection) => {
    const parts: [string, string][] = [
      [labels.learned, reflection.learned],
      [labels.didntWork, reflection.didntWork],
      [labels.tryNext, reflection.tryNext],
    ];
    const response = parts
      .filter(([, answer]) => answer.trim())
      .map(([label, answer]) => `${label}: ${answer.trim()}`)
      .join('\n');
    return statement(reflection.id, 'reflection', {
      verb: VERBS.answered,
      object: {
        objectType: 'Activity',
        id: urn(reflection.id),
        definition: { type: ACTIVITY_TYPES.question, name: { [language]: labels.reflectionOf(reflection.dayKey) } },
      },
      result: { response },
      ...context({ grouping: sprintRef(reflection.sprintId), other: objectives([reflection.competencyId]) }),
      timestamp: isoInstant(reflection.createdAt),
    });
  });

  return [...fromEntries, ...fromSprints, ...fromReflections];
}
