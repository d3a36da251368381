import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import type { Competency } from '../../../storage/schemas';
import { deleteSiteRule, InvalidHostnameError, listSiteRules, setSiteRule } from '../../../storage/site-rules';

/** "Anything from this site is about…": per-site rules that feed the suggestions. */
export function SiteRules({ competencies }: { competencies: readonly Competency[] }) {
  const rules = useLiveQuery(() => listSiteRules(), []);
  const [site, setSite] = useState('');
  const [competencyId, setCompetencyId] = useState('');
  const [message, setMessage] = useState({ text: '', isError: false });
  const names = new Map(competencies.map((competency) => [competency.id, competency.name]));
  const offered = competencies.filter((competency) => !competency.archived);

  const add = async (event: Event) => {
    event.preventDefault();
    if (!competencyId) return setMessage({ text: t('competencyRuleNeedsCompetency'), isError: true });
    try {
      const existing = rules.status === 'ready' ? rules.value : [];
      const current = existing.find(
        (rule) =>
          rule.hostname ===
          site
            .trim()
            .toLowerCase()
            .replace(/^www\./, ''),
      );
      const rule = await setSiteRule(site, [...(current?.competencyIds ?? []), competencyId], Date.now());
      setSite('');
      setMessage({ text: t('competencyRuleSaved', rule.hostname), isError: false });
    } catch (error) {
      const text = error instanceof InvalidHostnameError ? t('competencyRuleBadSite') : errorText(error);
      setMessage({ text, isError: true });
    }
  };

  return (
    <section class="site-rules" aria-labelledby="site-rules-heading">
      <h2 id="site-rules-heading">{t('competencyRulesHeading')}</h2>
      <p class="muted">{t('competencyRulesIntro')}</p>
      {rules.status === 'ready' && rules.value.length > 0 && (
        <ul class="rule-list">
          {rules.value.map((rule) => (
            <li key={rule.hostname}>
              <strong>{rule.hostname}</strong> → {rule.competencyIds.map((id) => names.get(id) ?? t('entryUnknownCompetency')).join(', ')}{' '}
              <button
                type="button"
                aria-label={t('competencyRuleRemoveNamed', rule.hostname)}
                onClick={() => deleteSiteRule(rule.hostname)}
              >
                {t('competencyRuleRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="rule-form" onSubmit={add} noValidate>
        <label for="rule-site">{t('competencyRuleSiteLabel')}</label>
        <input id="rule-site" value={site} placeholder="example.com" onInput={(event) => setSite(event.currentTarget.value)} />
        <label for="rule-competency">{t('competencyRuleCompetencyLabel')}</label>
        <select id="rule-competency" value={competencyId} onChange={(event) => setCompetencyId(event.currentTarget.value)}>
          <option value="">{t('competencyRuleChoose')}</option>
          {offered.map((competency) => (
            <option key={competency.id} value={competency.id}>
              {competency.name}
            </option>
          ))}
        </select>
        <div class="form-actions">
          <button type="submit">{t('competencyRuleAdd')}</button>
        </div>
      </form>
      <p role="status" class={message.isError ? 'error' : 'ok'}>
        {message.text}
      </p>
    </section>
  );
}
