/**
 * The shapes domain/share-selection.ts reads and writes. Domain code imports nothing of ours, so
 * these restate the parts of storage/schemas.ts (journal records) and storage/exchange-schemas.ts
 * (the bundle) it needs; storage passes its records in and validates the result with the zod
 * schema, and TypeScript checks both ends structurally.
 */

export type ShareKind = 'clips' | 'notes' | 'reflections' | 'sprints';

export interface SourceEntry {
  id: string;
  kind: 'article' | 'selection' | 'link' | 'note';
  url: string;
  title: string;
  article?: { html: string; siteName: string; excerpt: string };
  selection?: { text: string };
  /** A clip's private note, or a quick note's own text. */
  note: string;
  takeaway: string;
  applyPlan: string;
  applied?: { at: number; evidence: string; link: string };
  tags: readonly string[];
  competencyIds: readonly string[];
  createdAt: number;
  updatedAt: number;
  dayKey: string;
}

export interface SourceSprint {
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

export interface SourceReflection {
  id: string;
  dayKey: string;
  learned: string;
  didntWork: string;
  tryNext: string;
  competencyId?: string;
  createdAt: number;
}

export interface SourceCompetency {
  id: string;
  name: string;
  category: string;
}

export interface SharedEntry {
  id: string;
  kind: SourceEntry['kind'];
  url: string;
  title: string;
  siteName: string;
  excerpt: string;
  selectionText?: string;
  bodyHtml?: string;
  note?: string;
  takeaway: string;
  applyPlan: string;
  applied?: { at: number; evidence: string; link: string };
  tags: string[];
  competencyIds: string[];
  createdAt: number;
  updatedAt: number;
  dayKey: string;
}

export type SharedSprint = SourceSprint;
export interface SharedReflection {
  id: string;
  dayKey: string;
  learned: string;
  didntWork: string;
  tryNext: string;
  competencyId?: string;
  createdAt: number;
}

export interface ShareBundleDraft {
  kind: 'commonplace-share';
  schemaVersion: 1;
  createdAt: number;
  learner: { id: string; displayName: string };
  period: { from: string; to: string };
  options: { kinds: ShareKind[]; competencyIds: string[]; includePrivateNotes: boolean; includeBodies: boolean };
  competencies: { id: string; name: string; category: string }[];
  entries: SharedEntry[];
  sprints: SharedSprint[];
  reflections: SharedReflection[];
}
