import { useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { addReflection, editReflection, listReflections, type ReflectionFields } from '../../../storage/reflections';
import { loadCompetencies } from './competency-options';
import { ReflectionForm } from './ReflectionForm';
import { ReflectionList } from './ReflectionList';
import './reflections.css';
import { errorText } from '../../../components/error-text';

const LIST = '#/reflections';

/**
 * Reflections: the end-of-day form and every reflection by day. `?new=1` opens the form (the
 * daily reminder's notification links there); `?edit=<id>` edits one.
 */
export function ReflectionsView({ params }: { params: URLSearchParams }) {
  const reflections = useLiveQuery(() => listReflections(), []);
  const competencies = useLiveQuery(() => loadCompetencies(), []);
  const [status, setStatus] = useState('');
  // Where the keyboard lands when the form closes (it held the focus until then).
  const heading = useRef<HTMLHeadingElement>(null);
  const isNew = params.get('new') === '1';
  const editId = params.get('edit') ?? undefined;
  const all = reflections.status === 'ready' ? reflections.value : [];
  const editing = editId ? all.find((reflection) => reflection.id === editId) : undefined;
  const competencyList = competencies.status === 'ready' ? competencies.value : [];

  const save = async (fields: ReflectionFields) => {
    if (editing) await editReflection(editing.id, fields, Date.now());
    else await addReflection(fields, Date.now());
    setStatus(t(editing ? 'reflectionUpdated' : 'reflectionSaved'));
    location.hash = LIST;
    heading.current?.focus();
  };
  const cancel = () => {
    location.hash = LIST;
    heading.current?.focus();
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('journalNavReflections')}
      </h1>
      <p class="hint">{t('reflectionIntro')}</p>
      <p role="status" class="ok reflection-status">
        {status}
      </p>
      {isNew || editing ? (
        <ReflectionForm key={editing?.id ?? 'new'} initial={editing} competencies={competencyList} onSave={save} onCancel={cancel} />
      ) : (
        <a class="button primary" href={`${LIST}?new=1`} onClick={() => setStatus('')}>
          {t('reflectionWrite')}
        </a>
      )}
      {editId && !editing && reflections.status === 'ready' && <p class="error">{t('reflectionNotFound')}</p>}
      {reflections.status === 'error' && (
        <p class="error" role="alert">
          {errorText(reflections.error)}
        </p>
      )}
      {reflections.status === 'ready' && all.length === 0 && <p class="muted">{t('reflectionEmpty')}</p>}
      <ReflectionList reflections={all} competencies={competencyList} />
    </>
  );
}
