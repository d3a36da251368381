/**
 * Saving a form without losing what someone else saved meanwhile. A form remembers the values
 * it started from (its base); on save, a field the learner did not touch keeps whatever is
 * stored now, a field they changed is written, and a field they changed that was also changed
 * elsewhere since the form opened is a conflict: nothing is written and the form says so.
 */

/** The learner's own fields of an entry, as a form edits them. */
export interface AnnotationFields {
  note: string;
  takeaway: string;
  applyPlan: string;
  tags: string[];
}

export type AnnotationField = keyof AnnotationFields;

export interface FieldMerge {
  /** What to store: the stored values with the learner's changes on top. */
  values: AnnotationFields;
  /** Fields changed both in the form and elsewhere since the form opened. */
  conflicts: AnnotationField[];
  /** Fields the learner changed. */
  changed: AnnotationField[];
}

const FIELDS: readonly AnnotationField[] = ['note', 'takeaway', 'applyPlan', 'tags'];

function same(a: string | string[], b: string | string[]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
}

/**
 * Merges a form's `edited` values into the `stored` ones, given the `base` the form started from.
 * Fields absent from `edited` are not part of the form. A change that equals what is stored is
 * no conflict (two people wrote the same thing).
 */
export function mergeFieldEdits(stored: AnnotationFields, edited: Partial<AnnotationFields>, base: Partial<AnnotationFields>): FieldMerge {
  const values = { ...stored };
  const conflicts: AnnotationField[] = [];
  const changed: AnnotationField[] = [];
  for (const field of FIELDS) {
    const mine = edited[field];
    if (mine === undefined) continue;
    const started = base[field] ?? stored[field];
    if (same(mine, started)) continue;
    changed.push(field);
    if (!same(stored[field], started) && !same(stored[field], mine)) conflicts.push(field);
    else Object.assign(values, { [field]: mine });
  }
  return { values, conflicts, changed };
}
