import { t } from '../../../components/i18n';

/** The manager's read-only view of the share bundles their team sent. */
export function TeamView(_props: { params: URLSearchParams }) {
  return (
    <div class="team">
      <h1>{t('journalNavTeam')}</h1>
    </div>
  );
}
