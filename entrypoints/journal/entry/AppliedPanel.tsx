import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { formatDate, webUrl } from '../../../components/format';
import { t } from '../../../components/i18n';
import { setApplied } from '../../../storage/entries';
import type { Entry } from '../../../storage/schemas';

/** `YYYY-MM-DD` of an instant in local time, for a date field. */
export function toDateInput(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A date field's value as an instant: local noon of that day (noon keeps the day the same in
 * any nearby zone), or the current instant when the day is today. `undefined` if invalid.
 */
export function fromDateInput(value: string, now: number): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  if (value === toDateInput(now)) return now;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12).getTime();
  return Number.isNaN(at) || at < 0 ? undefined : at;
}

/** Marking an entry applied: when, what was done, an optional link; or the record, to unmark. */
export function AppliedPanel({ entry }: { entry: Entry }) {
  const [isEditing, setEditing] = useState(false);
  const [day, setDay] = useState(toDateInput(entry.applied?.at ?? Date.now()));
  const [evidence, setEvidence] = useState(entry.applied?.evidence ?? '');
  const [link, setLink] = useState(entry.applied?.link ?? '');
  const [message, setMessage] = useState<{ text: string; isError: boolean }>({ text: '', isError: false });

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setEditing(false);
      setMessage({ text: done, isError: false });
    } catch (error) {
      setMessage({ text: t('appliedSaveFailed', errorText(error)), isError: true });
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const at = fromDateInput(day, Date.now());
    const cleanLink = link.trim();
    if (at === undefined) return setMessage({ text: t('appliedBadDate'), isError: true });
    if (!evidence.trim()) return setMessage({ text: t('appliedNeedsEvidence'), isError: true });
    if (cleanLink && !webUrl(cleanLink)) return setMessage({ text: t('appliedBadLink'), isError: true });
    void run(() => setApplied(entry.id, { at, evidence: evidence.trim(), link: cleanLink }, Date.now()), t('appliedMarked'));
  };

  const applied = entry.applied;
  return (
    <section class="applied-panel" aria-labelledby="applied-heading">
      <h2 id="applied-heading">{t('appliedHeading')}</h2>
      {applied && !isEditing && (
        <div class="applied-record">
          <p>
            <strong>{t('appliedOn', formatDate(applied.at))}</strong>
          </p>
          <p class="plain-text">{applied.evidence}</p>
          {applied.link && webUrl(applied.link) && (
            <p>
              <a href={applied.link} target="_blank" rel="noopener noreferrer">
                {applied.link}
              </a>
            </p>
          )}
          <div class="form-actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t('appliedEdit')}
            </button>
            <button type="button" onClick={() => run(() => setApplied(entry.id, undefined, Date.now()), t('appliedUnmarked'))}>
              {t('appliedUnmark')}
            </button>
          </div>
        </div>
      )}
      {(!applied || isEditing) && (
        <form onSubmit={submit} noValidate>
          {!applied && <p class="muted">{t('appliedNotYet')}</p>}
          <label for="applied-date">{t('appliedDateLabel')}</label>
          <input
            id="applied-date"
            type="date"
            value={day}
            max={toDateInput(Date.now())}
            onInput={(event) => setDay(event.currentTarget.value)}
          />
          <label for="applied-evidence">{t('appliedEvidenceLabel')}</label>
          <textarea id="applied-evidence" rows={3} value={evidence} onInput={(event) => setEvidence(event.currentTarget.value)} />
          <label for="applied-link">{t('appliedLinkLabel')}</label>
          <input id="applied-link" type="url" value={link} placeholder="https://" onInput={(event) => setLink(event.currentTarget.value)} />
          <div class="form-actions">
            <button type="submit" class="primary">
              {t('appliedMark')}
            </button>
            {isEditing && (
              <button type="button" onClick={() => setEditing(false)}>
                {t('appliedCancel')}
              </button>
            )}
          </div>
        </form>
      )}
      <p role="status" class={message.isError ? 'error' : 'ok'}>
        {message.text}
      </p>
    </section>
  );
}
