/**
 * Stands in for `@acemir/cssom` inside the extraction worker. linkedom imports its `parse` only
 * to build `HTMLStyleElement.sheet`, which Readability, turndown and we never read; the real
 * parser (and its dependencies) would add about a megabyte to the worker, paid on every cold
 * start. Reading `.sheet` gets an empty style sheet.
 */
export function parse(): { cssRules: never[] } {
  return { cssRules: [] };
}
