import { useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import type { CompetencyDraft } from '../../../storage/competencies';

/** Comma-separated text to a list (keywords); one per line (levels). */
const byComma = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const byLine = (text: string) =>
  text
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);

export interface CompetencyFormProps {
  /** Prefix for field ids, unique on the page. */
  idPrefix: string;
  initial?: CompetencyDraft;
  categories: readonly string[];
  submitLabel: string;
  onSubmit: (draft: CompetencyDraft) => Promise<string | undefined>;
  onCancel?: () => void;
}

/** Name, category, description, keywords and optional proficiency levels. Resolves to an error text or undefined. */
export function CompetencyForm({ idPrefix, initial, categories, submitLabel, onSubmit, onCancel }: CompetencyFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [category, setCategory] = useState(initial?.category ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [keywords, setKeywords] = useState(initial?.keywords.join(', ') ?? '');
  const [levels, setLevels] = useState(initial?.levels.join('\n') ?? '');
  const [error, setError] = useState('');
  const id = (field: string) => `${idPrefix}-${field}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('competencyNameRequired'));
    const failure = await onSubmit({ name, category, description, keywords: byComma(keywords), levels: byLine(levels) });
    if (failure) return setError(failure);
    setError('');
    if (!initial) {
      setName('');
      setDescription('');
      setKeywords('');
      setLevels('');
    }
  };

  return (
    <form class="competency-form" onSubmit={submit} noValidate>
      <label for={id('name')}>{t('competencyNameLabel')}</label>
      <input
        id={id('name')}
        value={name}
        maxLength={120}
        required
        aria-invalid={error === t('competencyNameRequired')}
        onInput={(event) => setName(event.currentTarget.value)}
      />
      <label for={id('category')}>{t('competencyCategoryLabel')}</label>
      <input
        id={id('category')}
        value={category}
        maxLength={120}
        list={id('categories')}
        onInput={(event) => setCategory(event.currentTarget.value)}
      />
      <datalist id={id('categories')}>
        {categories.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
      <label for={id('description')}>{t('competencyDescriptionLabel')}</label>
      <textarea
        id={id('description')}
        rows={2}
        maxLength={2000}
        value={description}
        onInput={(event) => setDescription(event.currentTarget.value)}
      />
      <label for={id('keywords')}>{t('competencyKeywordsLabel')}</label>
      <input
        id={id('keywords')}
        value={keywords}
        aria-describedby={id('keywords-hint')}
        onInput={(event) => setKeywords(event.currentTarget.value)}
      />
      <p id={id('keywords-hint')} class="hint">
        {t('competencyKeywordsHint')}
      </p>
      <label for={id('levels')}>{t('competencyLevelsLabel')}</label>
      <textarea
        id={id('levels')}
        rows={3}
        value={levels}
        aria-describedby={id('levels-hint')}
        onInput={(event) => setLevels(event.currentTarget.value)}
      />
      <p id={id('levels-hint')} class="hint">
        {t('competencyLevelsHint')}
      </p>
      <div class="form-actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('competencyCancel')}
          </button>
        )}
      </div>
      <p role="alert" class="error">
        {error}
      </p>
    </form>
  );
}
