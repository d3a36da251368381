import { t } from '../../../components/i18n';

/** Share with a manager: choose, preview, and write a share bundle file. */
export function ShareView(_props: { params: URLSearchParams }) {
  return (
    <div class="share">
      <h1>{t('journalNavShare')}</h1>
    </div>
  );
}
