/** Competencies a reflection can be tied to (read-only; the competencies view owns edits). */
import { getDb } from '../../../storage/db';
import type { Competency } from '../../../storage/schemas';

/** Every competency by name; archived ones are kept so an old reflection still shows its own. */
export function loadCompetencies(): Promise<Competency[]> {
  return getDb().competencies.orderBy('name').toArray();
}
