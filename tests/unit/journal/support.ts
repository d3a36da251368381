/** Shared by the journal unit tests: English strings without the browser, and entry records. */
import messages from '../../../public/_locales/en/messages.json';
import type { Entry } from '../../../storage/schemas';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** What `browser.i18n.getMessage` returns for the English locale. */
export function translate(key: string, ...substitutions: string[]): string {
  const found = (messages as Messages)[key];
  if (!found) return key;
  return found.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = found.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

let counter = 0;

export function makeEntry(overrides: Partial<Entry> = {}): Entry {
  counter++;
  const createdAt = overrides.createdAt ?? Date.UTC(2026, 10, 2, 9, counter);
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    kind: 'note',
    url: '',
    canonicalUrl: '',
    title: `Entry ${counter}`,
    note: '',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan: '',
    createdAt,
    updatedAt: createdAt,
    dayKey: '2026-11-02',
    ...overrides,
  };
}
