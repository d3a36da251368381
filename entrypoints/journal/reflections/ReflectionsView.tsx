import { t } from '../../../components/i18n';

/** Placeholder until this section is built (issue 3). */
export function ReflectionsView(_props: { params: URLSearchParams }) {
  return <h1>{t('journalNavReflections')}</h1>;
}
