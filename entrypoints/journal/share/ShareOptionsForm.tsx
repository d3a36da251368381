import { t } from '../../../components/i18n';
import type { ShareKind, ShareOptions } from '../../../domain/share-selection';
import type { Competency } from '../../../storage/schemas';

/** The learner's choices; the items they unticked in the preview are kept apart. */
export type ShareChoices = Omit<ShareOptions, 'excludedIds'>;

const KIND_LABELS = {
  clips: 'shareKindClips',
  notes: 'shareKindNotes',
  reflections: 'shareKindReflections',
  sprints: 'shareKindSprints',
} as const satisfies Record<ShareKind, string>;

interface ShareOptionsFormProps {
  choices: ShareChoices;
  competencies: Competency[];
  onChange: (change: Partial<ShareChoices>) => void;
}

const toggled = <T,>(list: readonly T[], item: T, isOn: boolean): T[] => (isOn ? [...list, item] : list.filter((x) => x !== item));

/** Dates, competencies, kinds and the two private details; every change updates the preview. */
export function ShareOptionsForm({ choices, competencies, onChange }: ShareOptionsFormProps) {
  const isBackwards = choices.from !== '' && choices.to !== '' && choices.from > choices.to;
  return (
    <form class="share-options" aria-labelledby="share-choose-heading" onSubmit={(event) => event.preventDefault()}>
      <h2 id="share-choose-heading">{t('shareChooseHeading')}</h2>
      <fieldset>
        <legend>{t('shareDatesLegend')}</legend>
        <div class="share-dates">
          <label>
            {t('shareFrom')}
            <input type="date" value={choices.from} onChange={(event) => onChange({ from: event.currentTarget.value })} />
          </label>
          <label>
            {t('shareTo')}
            <input type="date" value={choices.to} onChange={(event) => onChange({ to: event.currentTarget.value })} />
          </label>
        </div>
        <p class="hint">{t('shareDatesHint')}</p>
        {isBackwards && (
          <p class="error" role="alert">
            {t('shareDatesInvalid')}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('shareKindsLegend')}</legend>
        {(Object.keys(KIND_LABELS) as ShareKind[]).map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              checked={choices.kinds.includes(kind)}
              onChange={(event) => onChange({ kinds: toggled(choices.kinds, kind, event.currentTarget.checked) })}
            />
            {t(KIND_LABELS[kind])}
          </label>
        ))}
      </fieldset>
      {competencies.length > 0 && (
        <fieldset aria-describedby="share-competencies-hint">
          <legend>{t('shareCompetenciesLegend')}</legend>
          <p id="share-competencies-hint" class="hint">
            {t('shareCompetenciesHint')}
          </p>
          <div class="share-competencies">
            {competencies.map((competency) => (
              <label key={competency.id} class="check">
                <input
                  type="checkbox"
                  checked={choices.competencyIds.includes(competency.id)}
                  onChange={(event) =>
                    onChange({ competencyIds: toggled(choices.competencyIds, competency.id, event.currentTarget.checked) })
                  }
                />
                {competency.archived ? t('shareCompetencyArchived', competency.name) : competency.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('sharePrivacyLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            aria-describedby="share-private-hint"
            checked={choices.includePrivateNotes}
            onChange={(event) => onChange({ includePrivateNotes: event.currentTarget.checked })}
          />
          {t('shareIncludePrivateNotes')}
        </label>
        <p id="share-private-hint" class="hint">
          {t('shareIncludePrivateNotesHint')}
        </p>
        <label class="check">
          <input
            type="checkbox"
            aria-describedby="share-bodies-hint"
            checked={choices.includeBodies}
            onChange={(event) => onChange({ includeBodies: event.currentTarget.checked })}
          />
          {t('shareIncludeBodies')}
        </label>
        <p id="share-bodies-hint" class="hint">
          {t('shareIncludeBodiesHint')}
        </p>
      </fieldset>
    </form>
  );
}
