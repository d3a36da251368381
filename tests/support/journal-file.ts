/**
 * Generated full-journal files (storage/journal-file-schema.ts) for the backup real-browser
 * test and the journal-file benchmark: `count` entries of about 2 KB of article text each,
 * written as the exporter writes them (one record per line), without any extension code.
 */

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'ze',
  'po',
  'qua',
  'ber',
  'dan',
  'fel',
  'gor',
  'hin',
  'jul',
  'mar',
  'nor',
  'pel',
];
/** A made-up word for each rank (20 syllables: ranks below 8,000 get two or three). */
const wordOf = (rank: number) => {
  let word = '';
  for (let n = rank + 1, parts = 0; n > 0 || parts < 2; n = Math.floor(n / SYLLABLES.length), parts++)
    word += SYLLABLES[n % SYLLABLES.length];
  return word;
};
const T0 = Date.UTC(2026, 0, 5, 9);

/** A v4-shaped UUID whose last part is `n` (sorted the same way as `n` up to 10^12). */
export const seededId = (prefix: number, n: number) => `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * About 2 KB of words drawn Zipf-like from a 20,000-word vocabulary (as in the search benchmark),
 * so an entry has a realistic number of distinct search terms (a couple of hundred).
 */
function text(n: number): string {
  let state = (n * 2_654_435_761) >>> 0;
  const next = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  const words: string[] = [];
  let length = 0;
  while (length < 2_000) {
    const word = wordOf(Math.floor(Math.exp(next() * Math.log(20_001))) - 1);
    words.push(word);
    length += word.length + 1;
  }
  return `${words.join(' ')} entry${n}`;
}

export function generatedEntry(n: number, prefix = 1) {
  const body = text(n);
  const createdAt = T0 + n * 60_000;
  return {
    applyPlan: '',
    article: {
      byline: 'Generated',
      dir: 'ltr',
      excerpt: body.slice(0, 200),
      html: '',
      lang: 'en',
      markdown: '',
      publishedTime: '',
      readingMinutes: 2,
      siteName: 'Example',
      text: body,
      wordCount: 300,
    },
    canonicalUrl: '',
    competencyIds: [],
    createdAt,
    dayKey: new Date(createdAt).toISOString().slice(0, 10),
    id: seededId(prefix, n),
    kind: 'article',
    note: n % 5 === 0 ? `note ${n}` : '',
    tags: n % 3 === 0 ? ['generated'] : [],
    takeaway: '',
    title: `Generated entry ${n}`,
    updatedAt: createdAt,
    url: `https://example.com/${prefix}/${n}`,
  };
}

/** The text of a journal file holding `count` generated entries and nothing else. */
export function journalFileText(count: number, { prefix = 1, exportedAt = T0 } = {}): string {
  const settings = {
    backupReminder: { enabled: false },
    dailyReflectionReminder: { enabled: false, time: '17:30' },
    displayName: 'Generated',
    followUpDays: 14,
    followUpReminder: { enabled: true, time: '09:00' },
    sprintMinutes: 15,
    theme: 'system',
    weekStart: 1,
    weeklyGoalMinutes: 120,
    weeklyReminder: { day: 5, enabled: false, time: '16:00' },
  };
  const parts = [
    `{"kind":"commonplace-journal","schemaVersion":1,"exportedAt":${exportedAt},"learner":${JSON.stringify({ displayName: 'Generated', id: seededId(prefix, 0) })},"settings":${JSON.stringify(settings)}`,
    ',\n"competencies":[\n]',
    ',\n"siteRules":[\n]',
    ',\n"entries":[',
  ];
  for (let n = 1; n <= count; n++) parts.push(`${n === 1 ? '\n' : ',\n'}${JSON.stringify(generatedEntry(n, prefix))}`);
  parts.push('\n]', ',\n"sprints":[\n]', ',\n"reflections":[\n]', ',\n"feedback":[\n]', '}\n');
  return parts.join('');
}
