/** One benchmark's own section of BENCHMARKS.md, kept between its markers; the other sections stay as they are. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces the text between `start` and `end` in `report` with `section` (which holds both markers), or appends it. */
export function writeSection(report: string, section: string, start: string, end: string): void {
  const current = existsSync(report) ? readFileSync(report, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(report, next);
}
