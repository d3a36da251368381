/**
 * The shared extraction corpus lives beside the repository (`../shared/corpus`), not in it: CI
 * has it, a stranger's clone does not. Tests that read it ask here first and are reported as
 * skipped, with `SHARED_CORPUS_MISSING` as the reason, when it is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Readability's own test pages, one folder per page (`source.html.gz`, `expected.html.gz`, …). */
export const READABILITY_PAGES_DIR = join(ROOT, '../shared/corpus/readability-test-pages/pages');

export const hasReadabilityPages = existsSync(READABILITY_PAGES_DIR);

export const SHARED_CORPUS_MISSING = `the shared corpus is not beside this clone (looked for ${READABILITY_PAGES_DIR})`;
