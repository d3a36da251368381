import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { ShortcutList } from '../../../components/ShortcutList';
import { listCompetencies } from '../../../storage/competencies';
import { readSettings, updateSettings } from '../../../storage/settings';
import { FrameworkFile } from '../competencies/FrameworkFile';
import { LIST_HASH, sectionHash } from '../route';
import './welcome.css';

/** The goal a new learner is offered: two short sprints a week. */
const GOAL_CHOICES = [30, 60, 120, 180] as const;
/** How many starter competencies are named before "and N more". */
const NAMED_COMPETENCIES = 6;

/**
 * First run, opened on install and from Settings: pin the button, the shortcuts as the browser
 * bound them, the competency framework, a name and a weekly goal. Every step can be skipped;
 * nothing here is needed to clip.
 */
export function WelcomeView(_props: { params: URLSearchParams }) {
  const settings = useLiveQuery(() => readSettings(), []);
  const competencies = useLiveQuery(() => listCompetencies(), []);
  const [error, setError] = useState('');
  useEffect(() => {
    document.title = t('welcomePageTitle');
  }, []);
  if (settings.status !== 'ready') return <p class="muted">{t('settingsLoading')}</p>;
  const active = competencies.status === 'ready' ? competencies.value.filter((competency) => !competency.archived) : [];

  const finish = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      await updateSettings({
        displayName: String(form.get('displayName') ?? '').trim(),
        weeklyGoalMinutes: Number(form.get('weeklyGoal') ?? settings.value.weeklyGoalMinutes),
      });
      location.hash = LIST_HASH;
    } catch (failure) {
      setError(t('settingsNotSaved', errorText(failure)));
    }
  };

  return (
    <div class="welcome">
      <h1>{t('welcomeHeading')}</h1>
      <p class="welcome-intro">{t('welcomeIntro')}</p>
      <ol class="welcome-steps">
        <li>
          <h2>{t('welcomePinHeading')}</h2>
          <p>{t(import.meta.env.FIREFOX ? 'welcomePinFirefox' : 'welcomePinChrome')}</p>
        </li>
        <li>
          <h2>{t('welcomeShortcutsHeading')}</h2>
          <ShortcutList />
          <p class="hint">{t('welcomeShortcutsHint')}</p>
        </li>
        <li>
          <h2>{t('welcomeFrameworkHeading')}</h2>
          <p>
            {t('welcomeFrameworkIntro', String(active.length))} <a href={sectionHash('competencies')}>{t('welcomeFrameworkEdit')}</a>
          </p>
          {active.length > 0 && (
            <ul class="welcome-competencies" aria-label={t('welcomeFrameworkListLabel')}>
              {active.slice(0, NAMED_COMPETENCIES).map((competency) => (
                <li key={competency.id} class="chip">
                  {competency.name}
                </li>
              ))}
              {active.length > NAMED_COMPETENCIES && (
                <li class="chip">{t('welcomeFrameworkMore', String(active.length - NAMED_COMPETENCIES))}</li>
              )}
            </ul>
          )}
          <FrameworkFile />
        </li>
        <li>
          <h2>{t('welcomeAboutHeading')}</h2>
          <form class="welcome-about" onSubmit={finish}>
            <label for="welcome-name">{t('settingsDisplayName')}</label>
            <input id="welcome-name" name="displayName" maxLength={200} autoComplete="name" defaultValue={settings.value.displayName} />
            <p class="hint">{t('settingsDisplayNameHint')}</p>
            <fieldset>
              <legend>{t('welcomeGoalLegend')}</legend>
              {GOAL_CHOICES.map((minutes) => (
                <label key={minutes} class="check">
                  <input type="radio" name="weeklyGoal" value={minutes} defaultChecked={settings.value.weeklyGoalMinutes === minutes} />
                  {t('welcomeGoalMinutes', String(minutes))}
                </label>
              ))}
            </fieldset>
            {error && (
              <p class="error" role="alert">
                {error}
              </p>
            )}
            <div class="form-actions">
              <button type="submit" class="primary">
                {t('welcomeDone')}
              </button>
              <a href={LIST_HASH}>{t('welcomeSkip')}</a>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
