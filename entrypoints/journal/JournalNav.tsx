import { t } from '../../components/i18n';
import { LIST_HASH, type Route, type Section, sectionHash } from './route';

const LINKS: { section: Section | 'list'; label: Parameters<typeof t>[0] }[] = [
  { section: 'list', label: 'journalNavEntries' },
  { section: 'to-apply', label: 'journalNavToApply' },
  { section: 'competencies', label: 'journalNavCompetencies' },
  { section: 'reflections', label: 'journalNavReflections' },
  { section: 'share', label: 'journalNavShare' },
  { section: 'team', label: 'journalNavTeam' },
  { section: 'settings', label: 'journalNavSettings' },
];

/** The journal's sections; the current one is marked for screen readers with aria-current. */
export function JournalNav({ route }: { route: Route }) {
  const current = route.view === 'entry' ? 'list' : route.view;
  return (
    <nav aria-label={t('journalNavLabel')} class="journal-nav">
      <ul>
        {LINKS.map(({ section, label }) => (
          <li key={section}>
            <a href={section === 'list' ? LIST_HASH : sectionHash(section)} aria-current={current === section ? 'page' : undefined}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
