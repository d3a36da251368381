/**
 * What a screen says when something failed: never a raw error name, a browser's internal
 * message or a validation report. Our own errors carry sentences written for the learner; a
 * full disk has its own message; anything else is the generic "nothing was changed".
 */
import { isQuotaError } from '../storage/disk-guard';
import { t } from './i18n';

/** Errors thrown on purpose by Commonplace, whose message is written for the learner. */
const OWN_ERRORS = new Set([
  'ShareBundleError',
  'FeedbackRecipientError',
  'CompetencyNotFoundError',
  'CompetencyInUseError',
  'ReflectionNotFoundError',
  'InvalidHostnameError',
  'EntryNotFoundError',
  'MissingMigrationError',
  'ImportFileError',
  'HandlerError',
  'EditConflictError',
]);

/** IndexedDB's words for a database the browser could not open or keep open. */
const DATABASE_UNAVAILABLE = /backing store|database was corrupt|DatabaseClosed|OpenFailed|UnknownError/i;

/** A sentence for the learner about `error`. */
export function errorText(error: unknown): string {
  if (isQuotaError(error)) return t('errorStorageFull');
  if (error instanceof Error) {
    if (OWN_ERRORS.has(error.name) && error.message) return error.message;
    if (DATABASE_UNAVAILABLE.test(`${error.name} ${error.message}`)) return t('errorDatabaseUnavailable');
  }
  return t('errorGeneric');
}

/** A sentence for the learner about a failed request to the background (messaging/router.ts). */
export function replyErrorText(error: { code: string; message: string }): string {
  if (error.code === 'storage-full') return t('errorStorageFull');
  if (error.code === 'not-found' || error.code === 'conflict') return error.message;
  return t('errorGeneric');
}
