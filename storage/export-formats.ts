/**
 * The libraries behind the export formats, kept out of domain/ (which imports no packages):
 * a YAML writer for front matter, name-based UUIDs for xAPI statement ids, and the zip writer.
 */
import { zipSync } from 'fflate';
import { v5 as uuidV5 } from 'uuid';
import { stringify } from 'yaml';
import type { MarkdownFile, YamlWriter } from '../domain/export-markdown';
import type { IdFor } from '../domain/export-xapi';

/**
 * Front matter as YAML 1.1-compatible text: strings that a 1.1 reader (Obsidian's plugins, many
 * static-site tools) would take for a boolean or a date (`yes`, `2025-03-04`) are quoted, and no
 * line is folded, so a title stays on one line.
 */
export const frontMatterYaml: YamlWriter = (data) => stringify(data, { version: '1.1', lineWidth: 0 });

/** Commonplace's own namespace for name-based statement ids; never change it (ids would change). */
const STATEMENT_NAMESPACE = 'd56749fd-ee9f-444f-87dc-481ee36bf1a7';

/** The same record and purpose always give the same UUID (v5), so re-exports keep their ids. */
export const statementId: IdFor = (recordId, purpose) => uuidV5(`${purpose}:${recordId}`, STATEMENT_NAMESPACE);

/** Zips the files (deflated), each dated by its last change. */
export function zipFiles(files: readonly MarkdownFile[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  return zipSync(Object.fromEntries(files.map((file) => [file.path, [encoder.encode(file.text), { mtime: file.modifiedAt }]])));
}
