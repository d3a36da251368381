/**
 * The journal as Markdown files with YAML front matter, one file per entry and one per day of
 * reflections, ready to drop into an Obsidian vault. Pure: the YAML writer is passed in (domain
 * code imports no packages; storage passes a real YAML library, which quotes hostile titles
 * safely where hand quoting would miss a case).
 *
 * Front matter carries the facts (title, kind, source, dates, tags, competencies by name,
 * takeaway, apply plan, applied); the body is the article's Markdown, the quoted passage or the
 * note. Titles in headings are escaped; only http(s) sources become links.
 */
import { byCreation, type CompetencyNames, competencyNamesOf, type ExportEntry, type ExportReflection, isoInstant } from './export-records';
import { safeFileName, uniquePath } from './file-names';
import { escapeMarkdown, safeLinkTarget } from './report-markdown';
import { cleanMetadataText } from './text';

export interface MarkdownExportLabels {
  untitled: string;
  source: string;
  notes: string;
  reflectionsOf: (day: string) => string;
  learned: string;
  didntWork: string;
  tryNext: string;
}

export interface MarkdownFile {
  path: string;
  text: string;
  /** When its content last changed, for the zip entry's date. */
  modifiedAt: number;
}

/** Writes a front-matter object as YAML, ending with a newline. */
export type YamlWriter = (data: Record<string, unknown>) => string;

export const ENTRIES_FOLDER = 'entries';
export const REFLECTIONS_FOLDER = 'reflections';
const TITLE_LIMIT = 500;

/** Obsidian tags cannot hold spaces or start with `#`: `learning design` becomes `learning-design`. */
export function obsidianTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\s+/g, '-');
}

/** Drops keys whose value is empty text or undefined, so the front matter lists only facts. */
function withoutEmpty(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== ''));
}

function document(yaml: YamlWriter, frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${yaml(withoutEmpty(frontMatter))}---\n\n${body.trimEnd()}\n`;
}

function entryBody(entry: ExportEntry, title: string, labels: MarkdownExportLabels): string {
  const out = [`# ${escapeMarkdown(title)}`, ''];
  const source = safeLinkTarget(entry.url);
  if (source)
    out.push(`${escapeMarkdown(labels.source)}: [${escapeMarkdown(entry.article?.siteName || new URL(source).hostname)}](${source})`, '');
  if (entry.kind === 'article' && entry.article) out.push(entry.article.markdown.trim(), '');
  if (entry.kind === 'selection' && entry.selection) {
    out.push(
      ...entry.selection.text
        .trim()
        .split(/\r?\n/)
        .map((line) => (line ? `> ${line}` : '>')),
      '',
    );
  }
  if (entry.kind === 'note') out.push(entry.note.trim(), '');
  else if (entry.note.trim()) out.push(`## ${escapeMarkdown(labels.notes)}`, '', entry.note.trim(), '');
  return out.join('\n');
}

/** One file per entry, oldest first, named `entries/<day> <title>.md`. */
export function entryFiles(
  entries: readonly ExportEntry[],
  names: CompetencyNames,
  labels: MarkdownExportLabels,
  yaml: YamlWriter,
  taken: Set<string> = new Set(),
): MarkdownFile[] {
  return byCreation(entries).map((entry) => {
    const title = cleanMetadataText(entry.title, TITLE_LIMIT) || labels.untitled;
    const frontMatter = {
      title,
      kind: entry.kind,
      source: safeLinkTarget(entry.url) ? entry.url : undefined,
      site: entry.article?.siteName,
      created: isoInstant(entry.createdAt),
      updated: isoInstant(entry.updatedAt),
      tags: entry.tags.map(obsidianTag).filter(Boolean),
      competencies: competencyNamesOf(entry.competencyIds, names),
      takeaway: entry.takeaway,
      apply_plan: entry.applyPlan,
      applied: entry.applied ? isoInstant(entry.applied.at) : undefined,
      evidence: entry.applied?.evidence,
      evidence_link: entry.applied?.link,
    };
    return {
      path: uniquePath(ENTRIES_FOLDER, safeFileName(`${entry.dayKey} ${title}`, entry.dayKey), 'md', taken),
      text: document(yaml, frontMatter, entryBody(entry, title, labels)),
      modifiedAt: entry.updatedAt,
    };
  });
}

/** One file per day with reflections, `reflections/<day>.md`, the day's reflections oldest first. */
export function reflectionFiles(
  reflections: readonly ExportReflection[],
  names: CompetencyNames,
  labels: MarkdownExportLabels,
  yaml: YamlWriter,
): MarkdownFile[] {
  const byDay = new Map<string, ExportReflection[]>();
  for (const reflection of byCreation(reflections)) byDay.set(reflection.dayKey, [...(byDay.get(reflection.dayKey) ?? []), reflection]);
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, ofDay]) => {
      const sections = ofDay.map((reflection) => {
        const parts: [string, string][] = [
          [labels.learned, reflection.learned],
          [labels.didntWork, reflection.didntWork],
          [labels.tryNext, reflection.tryNext],
        ];
        return parts
          .filter(([, text]) => text.trim())
          .map(([label, text]) => `## ${escapeMarkdown(label)}\n\n${text.trim()}`)
          .join('\n\n');
      });
      const competencyIds = [...new Set(ofDay.flatMap((reflection) => (reflection.competencyId ? [reflection.competencyId] : [])))];
      const frontMatter = { kind: 'reflection', date: day, competencies: competencyNamesOf(competencyIds, names) };
      const body = `# ${escapeMarkdown(labels.reflectionsOf(day))}\n\n${sections.join('\n\n---\n\n')}`;
      return {
        path: `${REFLECTIONS_FOLDER}/${safeFileName(day, 'day')}.md`,
        text: document(yaml, frontMatter, body),
        modifiedAt: Math.max(...ofDay.map((reflection) => reflection.updatedAt)),
      };
    });
}

/** Every Markdown file of the export: entries, then reflections by day. */
export function markdownFiles(
  input: { entries: readonly ExportEntry[]; reflections: readonly ExportReflection[]; names: CompetencyNames },
  labels: MarkdownExportLabels,
  yaml: YamlWriter,
): MarkdownFile[] {
  return [...entryFiles(input.entries, input.names, labels, yaml), ...reflectionFiles(input.reflections, input.names, labels, yaml)];
}
