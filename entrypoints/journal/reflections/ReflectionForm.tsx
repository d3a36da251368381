import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import { LIMITS } from '../../../storage/limits';
import type { ReflectionFields } from '../../../storage/reflections';
import type { Competency } from '../../../storage/schemas';

const EMPTY: ReflectionFields = { learned: '', didntWork: '', tryNext: '' };

interface Props {
  initial?: ReflectionFields;
  competencies: Competency[];
  onSave: (fields: ReflectionFields) => Promise<void>;
  onCancel: () => void;
}

/** The end-of-day form: what I learned, what didn't work, what I'll try next, and a competency. */
export function ReflectionForm({ initial = EMPTY, competencies, onSave, onCancel }: Props) {
  const [fields, setFields] = useState<ReflectionFields>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const first = useRef<HTMLTextAreaElement>(null);
  const isEmpty = !fields.learned.trim() && !fields.didntWork.trim() && !fields.tryNext.trim();
  // The notification and the "write" button both land here: put the keyboard in the first field.
  useEffect(() => first.current?.focus(), []);

  const set = (name: keyof ReflectionFields) => (event: { currentTarget: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.currentTarget.value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (isEmpty) {
      setError(t('reflectionEmptyError'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSave(fields);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  };

  // Archived competencies are offered only when this reflection already uses one.
  const options = competencies.filter((competency) => !competency.archived || competency.id === fields.competencyId);
  return (
    <form class="reflection-form" onSubmit={submit} aria-labelledby="reflection-form-heading" noValidate>
      <h2 id="reflection-form-heading">{t(initial === EMPTY ? 'reflectionNewHeading' : 'reflectionEditHeading')}</h2>
      <label for="reflection-learned">{t('reflectionLearnedLabel')}</label>
      <textarea id="reflection-learned" ref={first} rows={3} maxLength={LIMITS.note} value={fields.learned} onInput={set('learned')} />
      <label for="reflection-didnt-work">{t('reflectionDidntWorkLabel')}</label>
      <textarea id="reflection-didnt-work" rows={3} maxLength={LIMITS.note} value={fields.didntWork} onInput={set('didntWork')} />
      <label for="reflection-try-next">{t('reflectionTryNextLabel')}</label>
      <textarea id="reflection-try-next" rows={3} maxLength={LIMITS.note} value={fields.tryNext} onInput={set('tryNext')} />
      <label for="reflection-competency">{t('reflectionCompetencyLabel')}</label>
      <select id="reflection-competency" value={fields.competencyId ?? ''} onChange={set('competencyId')}>
        <option value="">{t('reflectionNoCompetency')}</option>
        {options.map((competency) => (
          <option key={competency.id} value={competency.id}>
            {competency.name}
          </option>
        ))}
      </select>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('reflectionSave')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('reflectionCancel')}
        </button>
      </div>
    </form>
  );
}
