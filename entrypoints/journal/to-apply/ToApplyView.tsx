import { t } from '../../../components/i18n';

/** Placeholder until this section is built (issue 3). */
export function ToApplyView(_props: { params: URLSearchParams }) {
  return <h1>{t('journalNavToApply')}</h1>;
}
