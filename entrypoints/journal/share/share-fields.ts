/**
 * What the preview says goes out with each item, read from the very object the file will carry
 * (domain/share-selection.ts), and what is held back, so "exactly what will be shared" is true.
 */
import type { t } from '../../../components/i18n';
import type { SharedEntry, SourceEntry, SourceReflection, SourceSprint } from '../../../domain/share-selection';

type MessageKey = Parameters<typeof t>[0];

export interface FieldList {
  shared: MessageKey[];
  withheld: MessageKey[];
}

/** Fields of a shared entry, and the private parts of the journal entry left out. */
export function entryFields(entry: SourceEntry, shared: SharedEntry): FieldList {
  const fields: [boolean, MessageKey][] = [
    [shared.title !== '', 'shareFieldTitle'],
    [shared.url !== '', 'shareFieldLink'],
    [shared.siteName !== '', 'shareFieldSite'],
    [shared.excerpt !== '', 'shareFieldExcerpt'],
    [shared.selectionText !== undefined, 'shareFieldPassage'],
    [shared.bodyHtml !== undefined, 'shareFieldBody'],
    [shared.note !== undefined, entry.kind === 'note' ? 'shareFieldNoteText' : 'shareFieldPrivateNote'],
    [shared.takeaway !== '', 'shareFieldTakeaway'],
    [shared.applyPlan !== '', 'shareFieldApplyPlan'],
    [shared.applied !== undefined, 'shareFieldApplied'],
    [shared.tags.length > 0, 'shareFieldTags'],
    [shared.competencyIds.length > 0, 'shareFieldCompetencies'],
    [true, 'shareFieldDate'],
  ];
  const withheld: MessageKey[] = [];
  if (entry.note && shared.note === undefined) withheld.push('shareFieldPrivateNote');
  if (entry.article?.html && shared.bodyHtml === undefined) withheld.push('shareFieldBody');
  return { shared: fields.filter(([isShared]) => isShared).map(([, key]) => key), withheld };
}

/** A sprint goes out whole: its time, length, goal and competency. */
export function sprintFields(sprint: SourceSprint): FieldList {
  const shared: MessageKey[] = ['shareFieldDate', 'shareFieldMinutes'];
  if (sprint.goal) shared.push('shareFieldGoal');
  if (sprint.competencyId) shared.push('shareFieldCompetencies');
  return { shared, withheld: [] };
}

/** A reflection goes out with its three answers and competency. */
export function reflectionFields(reflection: SourceReflection): FieldList {
  const fields: [string, MessageKey][] = [
    [reflection.learned, 'shareFieldLearned'],
    [reflection.didntWork, 'shareFieldDidntWork'],
    [reflection.tryNext, 'shareFieldTryNext'],
    [reflection.competencyId ?? '', 'shareFieldCompetencies'],
  ];
  return { shared: ['shareFieldDate', ...fields.filter(([value]) => value !== '').map(([, key]) => key)], withheld: [] };
}
