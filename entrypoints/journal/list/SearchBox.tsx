import type { Ref } from 'preact';
import { t } from '../../../components/i18n';

/** The search field: Esc clears it (and leaves focus in it), like most search fields. */
export function SearchBox({
  value,
  onInput,
  inputRef,
}: {
  value: string;
  onInput: (value: string) => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  return (
    <search class="search-box">
      <label for="entry-search">{t('searchLabel')}</label>
      <input
        id="entry-search"
        ref={inputRef}
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        aria-describedby="list-keyboard-hint"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || value === '') return;
          event.preventDefault();
          onInput('');
        }}
      />
      {value !== '' && (
        <button type="button" class="search-clear" onClick={() => onInput('')}>
          {t('searchClear')}
        </button>
      )}
    </search>
  );
}
