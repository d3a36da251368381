/** Competency suggestions for the popup, which stays light (no Dexie, no zod) and asks here. */
import type { PageHandlers } from '../../messaging/router';
import { HandlerError } from '../../messaging/router';
import { seedStarterFramework } from '../../storage/competencies';
import { addEntryCompetencies, EntryNotFoundError, getEntry } from '../../storage/entries';
import { suggestForEntry } from '../../storage/suggestions';

const gone = () => new HandlerError('not-found', 'That entry no longer exists.');

export const suggestionHandlers: Pick<PageHandlers, 'entry/suggestions' | 'entry/add-competencies'> = {
  async 'entry/suggestions'(request) {
    // The first clip may come before the journal was ever opened: seed the framework here too.
    await seedStarterFramework(Date.now());
    const entry = await getEntry(request.id);
    if (!entry) throw gone();
    const suggestions = await suggestForEntry(entry);
    return {
      suggestions: suggestions.map(({ competencyId, name, matched, isFromSiteRule }) => ({ competencyId, name, matched, isFromSiteRule })),
    };
  },

  async 'entry/add-competencies'(request) {
    try {
      const entry = await addEntryCompetencies(request.id, request.competencyIds, Date.now());
      return { entryId: entry.id, competencyIds: entry.competencyIds };
    } catch (error) {
      if (error instanceof EntryNotFoundError) throw gone();
      throw error;
    }
  },
};
