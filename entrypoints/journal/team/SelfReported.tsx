import { t } from '../../../components/i18n';

/** The label on every team rollup: these figures are the person's own record, not checked. */
export function SelfReported() {
  return (
    <p class="self-reported">
      <span class="self-reported-badge">{t('teamSelfReported')}</span> <span class="muted">{t('teamSelfReportedHint')}</span>
    </p>
  );
}
