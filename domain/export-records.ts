/**
 * The journal records the export formats read (Markdown, CSV, xAPI), as structural types so the
 * pure builders need nothing from storage: storage's `Entry`, `Sprint`, `Reflection` fit them.
 * Instants are epoch milliseconds; day keys are local `YYYY-MM-DD`.
 */

export interface ExportEntry {
  id: string;
  kind: 'article' | 'selection' | 'link' | 'note';
  url: string;
  title: string;
  article?: { markdown: string; siteName: string; lang: string; wordCount: number; readingMinutes: number };
  selection?: { text: string };
  note: string;
  tags: readonly string[];
  competencyIds: readonly string[];
  takeaway: string;
  applyPlan: string;
  applied?: { at: number; evidence: string; link: string };
  sprintId?: string;
  createdAt: number;
  updatedAt: number;
  dayKey: string;
}

export interface ExportSprint {
  id: string;
  startedAt: number;
  endedAt: number;
  plannedMs: number;
  elapsedMs: number;
  competencyId?: string;
  goal: string;
  completed: boolean;
  dayKey: string;
}

export interface ExportReflection {
  id: string;
  dayKey: string;
  learned: string;
  didntWork: string;
  tryNext: string;
  competencyId?: string;
  sprintId?: string;
  createdAt: number;
  updatedAt: number;
}

/** Competency names by id; an id missing from it (a deleted competency) is left out. */
export type CompetencyNames = ReadonlyMap<string, string>;

/** The names of `ids` that are still known, in their order. */
export function competencyNamesOf(ids: readonly string[], names: CompetencyNames): string[] {
  return ids.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [name];
  });
}

/** An instant as ISO 8601 in UTC, e.g. `2025-03-04T09:30:00.000Z`. */
export function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** Oldest first, ties by id, so every export lists records (and numbers clashes) the same way. */
export function byCreation<T extends { createdAt: number; id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
