/**
 * Seeds the extension's IndexedDB from one of its pages, with raw IndexedDB (no schema and no
 * Dexie in the test): the page must have opened the database through the extension first.
 * Shared by the summary e2e test and the summary benchmark.
 */
import type { Page } from 'playwright-core';

export type StoredRecords = Partial<Record<'entries' | 'sprints' | 'reflections' | 'competencies', Record<string, unknown>[]>>;

/**
 * Puts records into their tables in one transaction. Entries also get their days' rows in
 * `dayTotals` recounted from the `dayKey` index, as the extension keeps them (storage/day-totals.ts).
 */
export function putRecords(page: Page, records: StoredRecords): Promise<void> {
  return page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tables = Object.keys(all);
          const transaction = db.transaction(all.entries ? [...tables, 'dayTotals'] : tables, 'readwrite');
          for (const [table, rows] of Object.entries(all)) for (const row of rows ?? []) transaction.objectStore(table).put(row);
          const days = new Set((all.entries ?? []).map((entry) => String(entry.dayKey)));
          for (const day of days) {
            const read = transaction.objectStore('entries').index('dayKey').getAll(day);
            read.onsuccess = () => {
              const competencies: Record<string, number> = {};
              for (const entry of read.result as { competencyIds: string[] }[])
                for (const id of entry.competencyIds) competencies[id] = (competencies[id] ?? 0) + 1;
              transaction.objectStore('dayTotals').put({ dayKey: day, captures: read.result.length, competencies });
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    records,
  );
}

/** The page's local day key of an instant (the zone the extension stamps records in). */
export function pageDayKey(page: Page, epochMs: number): Promise<string> {
  return page.evaluate((at) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at), epochMs);
}

/**
 * Generates `count` entries (about 2 KB of article text each) spread back from `now` at
 * `perDay` a day, with sprints every day and a few applied items, inside the page in batches,
 * so nothing large crosses the test protocol. Returns the seconds it took.
 */
export function generateJournal(
  page: Page,
  options: { count: number; perDay: number; now: number; competencyIds: string[] },
): Promise<number> {
  return page.evaluate(async ({ count, perDay, now, competencyIds }) => {
    const started = performance.now();
    const format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
    const paragraph = 'Learning in the flow of work means reading closely, taking notes and trying things out the same week. ';
    const text = paragraph.repeat(20).slice(0, 2_000);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('commonplace');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const spacing = 86_400_000 / perDay;
    const batch = 5_000;
    // The per-day totals the extension keeps beside entries (storage/day-totals.ts), written last.
    const totals = new Map<string, { dayKey: string; captures: number; competencies: Record<string, number> }>();
    for (let from = 0; from < count; from += batch) {
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['entries', 'sprints'], 'readwrite');
        const entries = transaction.objectStore('entries');
        const sprints = transaction.objectStore('sprints');
        for (let index = from; index < Math.min(count, from + batch); index++) {
          const at = now - index * spacing;
          const dayKey = format.format(at);
          const competencyIdsOfEntry = index % 3 === 0 ? [] : [competencyIds[index % competencyIds.length] as string];
          const total = totals.get(dayKey) ?? { dayKey, captures: 0, competencies: {} };
          total.captures += 1;
          for (const id of competencyIdsOfEntry) total.competencies[id] = (total.competencies[id] ?? 0) + 1;
          totals.set(dayKey, total);
          entries.put({
            id: crypto.randomUUID(),
            kind: 'article',
            url: `https://example.com/articles/${index}`,
            canonicalUrl: '',
            title: `Article ${index} about learning`,
            article: {
              html: `<p>${text}</p>`,
              markdown: text,
              text,
              byline: '',
              siteName: 'Example',
              publishedTime: '',
              lang: 'en',
              dir: '',
              excerpt: text.slice(0, 200),
              wordCount: 350,
              readingMinutes: 2,
            },
            note: '',
            tags: [`tag${index % 50}`],
            competencyIds: competencyIdsOfEntry,
            takeaway: '',
            applyPlan: index % 10 === 0 ? 'Try it' : '',
            ...(index % 25 === 0 ? { applied: { at: at + 3_600_000, evidence: 'Used it', link: '' } } : {}),
            createdAt: at,
            updatedAt: at,
            dayKey,
          });
          // One 15-minute sprint for each day.
          if (index % perDay === 0) {
            sprints.put({
              id: crypto.randomUUID(),
              startedAt: at,
              endedAt: at + 900_000,
              plannedMs: 900_000,
              elapsedMs: 900_000,
              goal: '',
              completed: true,
              dayKey,
            });
          }
        }
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
    }
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('dayTotals', 'readwrite');
      for (const row of totals.values()) transaction.objectStore('dayTotals').put(row);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
    return (performance.now() - started) / 1000;
  }, options);
}
