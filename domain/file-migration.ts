/**
 * Older versions of a file format are brought up to the current one by ordered small steps,
 * each taking the raw document of version n to version n + 1. Steps run on parsed but not yet
 * schema-checked data (SECURITY.md: after the prototype-key and depth/count checks, before the
 * strict schema), so a step must treat its input as unknown and never trust its shape; the
 * strict schema of the current version checks the result.
 */

/** `steps[n]` turns a document of version n into one of version n + 1 (and sets `schemaVersion`). */
export type MigrationSteps = Readonly<Record<number, (document: Record<string, unknown>) => Record<string, unknown>>>;

export class MissingMigrationError extends Error {
  constructor(readonly fromVersion: number) {
    super(`No migration from version ${fromVersion}`);
    this.name = 'MissingMigrationError';
  }
}

/**
 * Runs the steps from `version` up to `current`, in order, each once. A document already at
 * `current` is returned as it is. Throws `MissingMigrationError` when a step is missing.
 */
export function migrateDocument(
  document: Record<string, unknown>,
  version: number,
  current: number,
  steps: MigrationSteps,
): Record<string, unknown> {
  let migrated = document;
  for (let from = version; from < current; from += 1) {
    const step = steps[from];
    if (!step) throw new MissingMigrationError(from);
    migrated = step(migrated);
  }
  return migrated;
}
