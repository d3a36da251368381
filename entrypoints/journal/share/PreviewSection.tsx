import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import type { FieldList } from './share-fields';

/** Long previews grow a page at a time, so every item stays reachable to untick. */
const PAGE = 50;

interface PreviewSectionProps<T extends { id: string }> {
  id: string;
  heading: string;
  items: readonly T[];
  excluded: ReadonlySet<string>;
  onToggle: (id: string, isIncluded: boolean) => void;
  render: (item: T) => { label: string; meta: string; fields: FieldList; extra?: ComponentChildren };
}

/** One kind of item in the preview: a count, then each item with a box to leave it out. */
export function PreviewSection<T extends { id: string }>({ id, heading, items, excluded, onToggle, render }: PreviewSectionProps<T>) {
  const [shown, setShown] = useState(PAGE);
  if (items.length === 0) return null;
  const kept = items.filter((item) => !excluded.has(item.id)).length;
  const rest = items.length - shown;
  return (
    <section class="share-preview-section" aria-labelledby={id}>
      <h3 id={id}>
        {heading} <span class="share-count">({kept})</span>
      </h3>
      <ul class="share-items">
        {items.slice(0, shown).map((item) => {
          const { label, meta, fields, extra } = render(item);
          const isIncluded = !excluded.has(item.id);
          return (
            <li key={item.id} class={isIncluded ? 'share-item' : 'share-item is-excluded'} data-share-id={item.id}>
              <label class="check share-item-label">
                <input type="checkbox" checked={isIncluded} onChange={(event) => onToggle(item.id, event.currentTarget.checked)} />
                <span>{label}</span>
              </label>
              {meta && <p class="share-item-meta muted">{meta}</p>}
              {isIncluded && <Fields fields={fields} />}
              {isIncluded && extra}
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('shareShowMore', String(Math.min(rest, PAGE)))}
        </button>
      )}
    </section>
  );
}

function Fields({ fields }: { fields: FieldList }) {
  return (
    <>
      <p class="share-fields">{t('shareFieldsShared', fields.shared.map((key) => t(key)).join(', '))}</p>
      {fields.withheld.length > 0 && (
        <p class="share-fields withheld">{t('shareFieldsWithheld', fields.withheld.map((key) => t(key)).join(', '))}</p>
      )}
    </>
  );
}
