/**
 * Competency activity in share bundles, per person and across the team. Competency ids are each
 * learner's own, so across people a competency is matched by its normalised name and category
 * (`competencyKey`): "Written  communication" in "Communication" and "written communication" in
 * "communication" are one competency; the same name in another category is another.
 */
import type { RollupBundle, RollupEntry } from './team-rollups';

export interface CompetencyActivity {
  id: string;
  name: string;
  category: string;
  entries: number;
  applied: number;
  sprints: number;
  minutes: number;
  reflections: number;
}

const normalise = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The cross-team key of a competency: normalised name and category, unambiguous as text. */
export function competencyKey(name: string, category: string): string {
  return JSON.stringify([normalise(name), normalise(category)]);
}

const weight = (row: CompetencyActivity) => row.entries + row.sprints + row.reflections;

/**
 * Activity per group of the bundle's competencies: `groupOf` maps a competency id to its group
 * (itself, or a cross-team key). An item tagged with two competencies of one group counts once;
 * ids the bundle does not list are skipped. Only groups with activity, most active first.
 */
export function competencyActivity(bundle: RollupBundle, groupOf: (id: string) => string = (id) => id): CompetencyActivity[] {
  const rows = new Map<string, CompetencyActivity & { ms: number }>();
  const listed = new Map(bundle.competencies.map((c) => [c.id, c]));
  const rowsFor = (ids: readonly (string | undefined)[]) => {
    const found = new Map<string, CompetencyActivity & { ms: number }>();
    for (const id of ids) {
      const competency = id === undefined ? undefined : listed.get(id);
      if (!competency) continue;
      const group = groupOf(competency.id);
      let row = rows.get(group);
      if (!row) {
        row = { ...competency, id: group, entries: 0, applied: 0, sprints: 0, minutes: 0, reflections: 0, ms: 0 };
        rows.set(group, row);
      }
      found.set(group, row);
    }
    return [...found.values()];
  };
  for (const entry of bundle.entries) {
    for (const row of rowsFor(entry.competencyIds)) {
      row.entries += 1;
      if (entry.applied) row.applied += 1;
    }
  }
  for (const sprint of bundle.sprints) {
    for (const row of rowsFor([sprint.competencyId])) {
      row.sprints += 1;
      row.ms += sprint.elapsedMs;
    }
  }
  for (const reflection of bundle.reflections) for (const row of rowsFor([reflection.competencyId])) row.reflections += 1;
  return [...rows.values()]
    .map(({ ms, ...row }) => ({ ...row, minutes: Math.round(ms / 60_000) }))
    .filter((row) => weight(row) > 0)
    .sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));
}

export interface TeamMemberBundle<E extends RollupEntry> {
  learnerId: string;
  displayName: string;
  bundle: RollupBundle<E>;
}

export interface TeamCompetency<E extends RollupEntry> {
  key: string;
  /** As the first person (in the order given) wrote it. */
  name: string;
  category: string;
  people: { learnerId: string; displayName: string; activity: CompetencyActivity; applied: E[] }[];
}

/** Who is working on what: every matched competency with activity, most people first. */
export function teamCompetencies<E extends RollupEntry>(members: readonly TeamMemberBundle<E>[]): TeamCompetency<E>[] {
  const competencies = new Map<string, TeamCompetency<E>>();
  for (const { learnerId, displayName, bundle } of members) {
    const keyOf = new Map(bundle.competencies.map((c) => [c.id, competencyKey(c.name, c.category)]));
    for (const activity of competencyActivity(bundle, (id) => keyOf.get(id) ?? id)) {
      let competency = competencies.get(activity.id);
      if (!competency) {
        competency = { key: activity.id, name: activity.name, category: activity.category, people: [] };
        competencies.set(activity.id, competency);
      }
      const applied = bundle.entries
        .filter((entry) => entry.applied && entry.competencyIds.some((id) => keyOf.get(id) === activity.id))
        .sort((a, b) => (b.applied?.at ?? 0) - (a.applied?.at ?? 0));
      competency.people.push({ learnerId, displayName, activity, applied });
    }
  }
  for (const competency of competencies.values()) competency.people.sort((a, b) => weight(b.activity) - weight(a.activity));
  return [...competencies.values()].sort((a, b) => b.people.length - a.people.length || a.name.localeCompare(b.name));
}
