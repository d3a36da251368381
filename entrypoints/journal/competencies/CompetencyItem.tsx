import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { CompetencyInUseError, deleteCompetency, setArchived, updateCompetency } from '../../../storage/competencies';
import type { Competency } from '../../../storage/schemas';
import { CompetencyForm } from './CompetencyForm';

export interface CompetencyItemProps {
  competency: Competency;
  /** Entries, sprints and reflections that refer to it. */
  uses: number;
  categories: readonly string[];
  onMessage: (text: string) => void;
}

/** One competency: what it is, how often it is used, and edit / archive / delete. */
export function CompetencyItem({ competency, uses, categories, onMessage }: CompetencyItemProps) {
  const [isEditing, setEditing] = useState(false);
  const headingId = `competency-${competency.id}`;

  const remove = async () => {
    try {
      await deleteCompetency(competency.id);
      onMessage(t('competencyDeleted', competency.name));
    } catch (error) {
      onMessage(error instanceof CompetencyInUseError ? t('competencyInUse', competency.name, String(error.uses)) : errorText(error));
    }
  };
  const archive = async (archived: boolean) => {
    try {
      await setArchived(competency.id, archived, Date.now());
      onMessage(t(archived ? 'competencyArchivedDone' : 'competencyRestoredDone', competency.name));
    } catch (error) {
      onMessage(errorText(error));
    }
  };

  if (isEditing) {
    return (
      <li class="competency-item" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('competencyEditHeading', competency.name)}</h3>
        <CompetencyForm
          idPrefix={`edit-${competency.id}`}
          initial={competency}
          categories={categories}
          submitLabel={t('competencySave')}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            try {
              await updateCompetency(competency.id, draft, Date.now());
              setEditing(false);
              onMessage(t('competencySaved', draft.name.trim()));
              return undefined;
            } catch (error) {
              return errorText(error);
            }
          }}
        />
      </li>
    );
  }

  return (
    <li class={competency.archived ? 'competency-item archived' : 'competency-item'} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {competency.name}
        {competency.archived && <span class="badge">{t('competencyArchivedBadge')}</span>}
      </h3>
      {competency.description && <p>{competency.description}</p>}
      <p class="hint">{uses === 0 ? t('competencyUnused') : t('competencyUses', String(uses))}</p>
      {competency.keywords.length > 0 && <p class="hint">{t('competencyKeywordsShown', competency.keywords.join(', '))}</p>}
      {competency.levels.length > 0 && <p class="hint">{t('competencyLevelsShown', competency.levels.join(' → '))}</p>}
      <div class="form-actions">
        <button type="button" aria-label={t('competencyEditNamed', competency.name)} onClick={() => setEditing(true)}>
          {t('competencyEdit')}
        </button>
        <button
          type="button"
          aria-label={t(competency.archived ? 'competencyRestoreNamed' : 'competencyArchiveNamed', competency.name)}
          onClick={() => archive(!competency.archived)}
        >
          {t(competency.archived ? 'competencyRestore' : 'competencyArchive')}
        </button>
        {uses === 0 && (
          <button type="button" class="danger" aria-label={t('competencyDeleteNamed', competency.name)} onClick={remove}>
            {t('competencyDelete')}
          </button>
        )}
      </div>
    </li>
  );
}
