/** The sentence the team view shows for one imported (or refused) share file. */

import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { type FileProblem, ImportFileError } from '../../../domain/untrusted-json';
import type { TeamImportSummary } from '../../../storage/team';

const PROBLEM_KEYS = {
  'too-big': 'teamImportTooBig',
  'not-json': 'teamImportNotJson',
  'forbidden-key': 'teamImportForbiddenKey',
  'too-deep': 'teamImportTooDeep',
  'too-many': 'teamImportTooMany',
  invalid: 'teamImportInvalid',
  'newer-version': 'teamImportNewer',
  'wrong-kind': 'teamImportNotShare',
} as const satisfies Record<FileProblem, string>;

export interface ImportResult {
  fileName: string;
  text: string;
  isError: boolean;
}

/** What happened to a file that was read and checked (added, replaced, or ignored as not newer). */
export function summaryResult(fileName: string, summary: TeamImportSummary): ImportResult {
  const counts = [String(summary.entries), String(summary.sprints), String(summary.reflections)];
  const name = summary.displayName || summary.learnerId;
  switch (summary.status) {
    case 'added':
      return { fileName, text: t('teamImportAdded', fileName, ...counts), isError: false };
    case 'replaced':
      return { fileName, text: t('teamImportReplaced', fileName, ...counts), isError: false };
    case 'older':
      return { fileName, text: t('teamImportOlder', fileName, name), isError: true };
    case 'same':
      return { fileName, text: t('teamImportSame', fileName, name), isError: false };
  }
}

/** Why a file was refused; nothing was imported from it. */
export function errorResult(fileName: string, error: unknown): ImportResult {
  const reason =
    error instanceof ImportFileError
      ? t(PROBLEM_KEYS[error.problem], error.message.replace(/^[a-z-]+:?\s*/, '').slice(0, 300))
      : t('teamImportFailed', errorText(error));
  return { fileName, text: t('teamImportRefused', fileName, reason), isError: true };
}
