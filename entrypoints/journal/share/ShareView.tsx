import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import type { ShareOptions } from '../../../domain/share-selection';
import { dayKey } from '../../../domain/time';
import { addDays } from '../../../domain/week';
import { listCompetencies } from '../../../storage/competencies';
import { loadShareSource } from '../../../storage/share-bundle';
import { FeedbackImport } from '../feedback/FeedbackImport';
import { FeedbackList } from '../feedback/FeedbackList';
import { SaveShareFile } from './SaveShareFile';
import { type ShareChoices, ShareOptionsForm } from './ShareOptionsForm';
import { SharePreview } from './SharePreview';
import './share.css';
import { errorText } from '../../../components/error-text';

/**
 * Defaults: the last 30 days, clips, reflections and sprints. Quick notes are the learner's own
 * words in full, so they are opt-in like private notes; article text stays home.
 */
function defaultChoices(now: number): ShareChoices {
  const today = dayKey(now);
  return {
    from: addDays(today, -29),
    to: today,
    competencyIds: [],
    kinds: ['clips', 'reflections', 'sprints'],
    includePrivateNotes: false,
    includeBodies: false,
  };
}

/** Share with a manager: choose, preview exactly what goes out, save a file; read their feedback. */
export function ShareView(_props: { params: URLSearchParams }) {
  const [choices, setChoices] = useState(() => defaultChoices(Date.now()));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const source = useLiveQuery(() => loadShareSource({ from: choices.from, to: choices.to }), [choices.from, choices.to]);
  const competencies = useLiveQuery(() => listCompetencies(), []);
  const options: ShareOptions = { ...choices, excludedIds: [...excluded] };

  useEffect(() => {
    document.title = t('sharePageTitle');
  }, []);

  const toggle = (id: string, isIncluded: boolean) => {
    const next = new Set(excluded);
    if (isIncluded) next.delete(id);
    else next.add(id);
    setExcluded(next);
  };

  return (
    <div class="share">
      <h1>{t('journalNavShare')}</h1>
      <p class="hint">{t('shareIntro')}</p>
      <ShareOptionsForm
        choices={choices}
        competencies={competencies.status === 'ready' ? competencies.value : []}
        onChange={(change) => setChoices({ ...choices, ...change })}
      />
      {source.status === 'loading' && <p class="muted">{t('sharePreviewLoading')}</p>}
      {source.status === 'error' && (
        <p class="error" role="alert">
          {t('journalLoadFailed', errorText(source.error))}
        </p>
      )}
      {source.status === 'ready' && <SharePreview source={source.value} options={options} onToggle={toggle} />}
      <SaveShareFile source={source.status === 'ready' ? source.value : undefined} options={options} />
      <section class="share-feedback" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{t('feedbackHeading')}</h2>
        <FeedbackImport />
        <FeedbackList />
      </section>
    </div>
  );
}
