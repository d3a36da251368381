/** Share bundles (ShareBundleV1Schema) built by hand for the team view's tests. */
import type { ShareBundle, SharedEntry, SharedReflection, SharedSprint } from '../../storage/exchange-schemas';

const DAY_MS = 86_400_000;

/** A deterministic uuid (v4 shape) from a small number and a prefix digit. */
export function uuid(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

export function sharedEntry(id: string, day: string, extra: Partial<SharedEntry> = {}): SharedEntry {
  const createdAt = Date.parse(`${day}T10:00:00Z`);
  return {
    id,
    kind: 'article',
    url: 'https://example.com/article',
    title: `Entry ${id.slice(-4)}`,
    siteName: 'Example',
    excerpt: 'An excerpt.',
    takeaway: '',
    applyPlan: '',
    tags: [],
    competencyIds: [],
    createdAt,
    updatedAt: createdAt,
    dayKey: day,
    ...extra,
  };
}

export function sharedSprint(id: string, day: string, minutes: number, extra: Partial<SharedSprint> = {}): SharedSprint {
  const startedAt = Date.parse(`${day}T09:00:00Z`);
  return {
    id,
    startedAt,
    endedAt: startedAt + minutes * 60_000,
    plannedMs: 15 * 60_000,
    elapsedMs: minutes * 60_000,
    goal: '',
    completed: true,
    dayKey: day,
    ...extra,
  };
}

export function sharedReflection(id: string, day: string, extra: Partial<SharedReflection> = {}): SharedReflection {
  return {
    id,
    dayKey: day,
    learned: 'Something learned.',
    didntWork: '',
    tryNext: '',
    createdAt: Date.parse(`${day}T17:00:00Z`),
    ...extra,
  };
}

/** A bundle for one learner; `createdAt` defaults to the day after the period. */
export function shareBundle(learnerId: string, displayName: string, extra: Partial<ShareBundle> = {}): ShareBundle {
  return {
    kind: 'commonplace-share',
    schemaVersion: 1,
    createdAt: Date.parse('2026-03-16T12:00:00Z') + DAY_MS,
    learner: { id: learnerId, displayName },
    period: { from: '2026-03-02', to: '2026-03-15' },
    options: { kinds: ['clips', 'notes', 'reflections', 'sprints'], competencyIds: [], includePrivateNotes: false, includeBodies: false },
    competencies: [],
    entries: [],
    sprints: [],
    reflections: [],
    ...extra,
  };
}
