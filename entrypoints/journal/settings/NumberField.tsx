import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../components/i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  onSave: (value: number) => void;
}

/** A whole-number setting, saved when committed (blur or Enter) and only when in range. */
export function NumberField({ id, label, hint, value, min, max, onSave }: Props) {
  const [text, setText] = useState(String(value));
  const [isInvalid, setIsInvalid] = useState(false);
  // A change made elsewhere (another tab, a reset) shows here too.
  useEffect(() => setText(String(value)), [value]);

  const commit = (raw: string) => {
    const number = Number(raw);
    const isValid = raw.trim() !== '' && Number.isInteger(number) && number >= min && number <= max;
    setIsInvalid(!isValid);
    if (isValid && number !== value) onSave(number);
  };
  const described = [hint && `${id}-hint`, isInvalid && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={isInvalid || undefined}
        aria-describedby={described}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {isInvalid && (
        <p id={`${id}-error`} class="error">
          {t('settingsNumberRange', String(min), String(max))}
        </p>
      )}
    </div>
  );
}
