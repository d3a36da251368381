import { displayTitle, kindLabel } from '../../../components/entry-labels';
import { formatDate, hostOf, truncate } from '../../../components/format';
import { t } from '../../../components/i18n';
import { entryTitle } from '../../../domain/entry-title';
import { type ShareOptions, type ShareSource, selectShareItems, shareEntry } from '../../../domain/share-selection';
import { PreviewSection } from './PreviewSection';
import { entryFields, reflectionFields, sprintFields } from './share-fields';
import { formatDay } from './share-format';

interface SharePreviewProps {
  source: ShareSource;
  options: ShareOptions;
  onToggle: (id: string, isIncluded: boolean) => void;
}

// The preview only needs to know whether a body goes out; the file's copy is sanitized on save.
const PREVIEW_CONTEXT = { now: 0, learner: { id: '', displayName: '' }, sanitizeHtml: (html: string) => html };

/** Exactly what the file will hold: counts per kind, and each item with the fields that go out. */
export function SharePreview({ source, options, onToggle }: SharePreviewProps) {
  const excluded = new Set(options.excludedIds);
  const items = selectShareItems(source, { ...options, excludedIds: [] });
  const clips = items.entries.filter((entry) => entry.kind !== 'note');
  const notes = items.entries.filter((entry) => entry.kind === 'note');
  const kept = (list: readonly { id: string }[]) => String(list.filter((item) => !excluded.has(item.id)).length);
  const total = items.entries.length + items.sprints.length + items.reflections.length;
  const leftOut = [...items.entries, ...items.sprints, ...items.reflections].filter((item) => excluded.has(item.id)).length;
  const names = new Map(source.competencies.map((competency) => [competency.id, competency.name]));
  const competencyNote = (id: string | undefined) => (id && names.has(id) ? ` · ${names.get(id)}` : '');

  return (
    <section class="share-preview" aria-labelledby="share-preview-heading">
      <h2 id="share-preview-heading">{t('sharePreviewHeading')}</h2>
      <p class="share-counts" role="status">
        {t('sharePreviewCounts', kept(clips), kept(notes), kept(items.reflections), kept(items.sprints))}
        {leftOut > 0 && ` ${t('sharePreviewExcluded', String(leftOut))}`}
      </p>
      {total === 0 ? <p class="muted">{t('sharePreviewEmpty')}</p> : <p class="hint">{t('sharePreviewUntickHint')}</p>}
      {[
        { id: 'share-clips', heading: t('shareSectionClips'), list: clips },
        { id: 'share-notes', heading: t('shareSectionNotes'), list: notes },
      ].map(({ id, heading, list }) => (
        <PreviewSection
          key={id}
          id={id}
          heading={heading}
          items={list}
          excluded={excluded}
          onToggle={onToggle}
          render={(entry) => {
            const shared = shareEntry(entry, options, PREVIEW_CONTEXT);
            const source = entry.article?.siteName || hostOf(entry.url);
            return {
              label: displayTitle(entryTitle(entry)),
              meta: [kindLabel(entry.kind), source, formatDate(entry.createdAt)].filter(Boolean).join(' · '),
              fields: entryFields(entry, shared),
            };
          }}
        />
      ))}
      <PreviewSection
        id="share-reflections"
        heading={t('shareSectionReflections')}
        items={items.reflections}
        excluded={excluded}
        onToggle={onToggle}
        render={(reflection) => ({
          label: t('shareReflectionLabel', formatDay(reflection.dayKey)),
          meta: truncate(reflection.learned || reflection.tryNext || reflection.didntWork, 140) + competencyNote(reflection.competencyId),
          fields: reflectionFields(reflection),
        })}
      />
      <PreviewSection
        id="share-sprints"
        heading={t('shareSectionSprints')}
        items={items.sprints}
        excluded={excluded}
        onToggle={onToggle}
        render={(sprint) => ({
          label: t('shareSprintLabel', formatDay(sprint.dayKey), String(Math.round(sprint.elapsedMs / 60_000))),
          meta: truncate(sprint.goal, 140) + competencyNote(sprint.competencyId),
          fields: sprintFields(sprint),
        })}
      />
    </section>
  );
}
