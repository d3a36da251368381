/**
 * List rows for the entries a full-journal import writes (storage/journal-import.ts), inside its
 * transaction. Rows are written unindexed: tokenizing thousands of articles there made a
 * 10,000-entry import take minutes, so their terms follow (storage/search-pending.ts). An entry
 * it replaces has its old terms queued for removal, so no search finds it by words it lost.
 */
import type { CommonplaceDb } from './db';
import { entryTerms } from './entry-terms';
import { buildListRow, freeDoc, type ListRow } from './list-row';
import { queueTerms } from './postings';
import type { Entry } from './schemas';
import { dropRow } from './search-index';

export class ImportedRows {
  /** Document numbers in use, read once per import (the import holds the table for writing). */
  private taken?: Set<number>;

  constructor(private readonly db: CommonplaceDb) {}

  /** Writes rows for `entries`; `previous`: the stored versions they replace, by id. */
  async write(entries: readonly Entry[], previous: ReadonlyMap<string, Entry>): Promise<void> {
    const { db } = this;
    this.taken ??= new Set((await db.listRows.toCollection().primaryKeys()) as number[]);
    const taken = this.taken;
    const existing =
      previous.size > 0
        ? await db.listRows
            .where('id')
            .anyOf([...previous.keys()])
            .toArray()
        : [];
    const rowOf = new Map(existing.map((row) => [row.id, row]));
    const rows: ListRow[] = [];
    for (const entry of entries) {
      const row = rowOf.get(entry.id);
      const old = previous.get(entry.id);
      const before = row && !row.unindexed && old ? entryTerms(old) : [];
      let doc = row?.doc;
      if (row && row.createdAt !== entry.createdAt) {
        // The number follows the creation time: an entry whose time changed moves.
        await dropRow(db, row, before);
        taken.delete(row.doc);
        doc = undefined;
      } else if (row) {
        // Stays, unindexed until its text follows: nothing may find it by its old words.
        await queueTerms(db, row.doc, before, []);
      }
      doc ??= freeDoc(entry.createdAt, taken);
      taken.add(doc);
      rows.push(buildListRow(entry, doc, true));
    }
    await db.listRows.bulkPut(rows);
  }
}
