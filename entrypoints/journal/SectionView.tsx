import type { ComponentType } from 'preact';
import { lazyView } from './lazy-view';
import type { Section } from './route';

type SectionProps = { params: URLSearchParams };

// Each section's code loads when it is first opened (see lazyView).
const VIEWS: Record<Section, ComponentType<SectionProps>> = {
  competencies: lazyView(() => import('./competencies/CompetenciesView').then((module) => module.CompetenciesView)),
  reflections: lazyView(() => import('./reflections/ReflectionsView').then((module) => module.ReflectionsView)),
  'to-apply': lazyView(() => import('./to-apply/ToApplyView').then((module) => module.ToApplyView)),
  share: lazyView(() => import('./share/ShareView').then((module) => module.ShareView)),
  team: lazyView(() => import('./team/TeamView').then((module) => module.TeamView)),
  settings: lazyView(() => import('./settings/SettingsView').then((module) => module.SettingsView)),
  welcome: lazyView(() => import('./welcome/WelcomeView').then((module) => module.WelcomeView)),
};

/** One of the journal's sections, chosen by the route. */
export function SectionView({ section, params }: { section: Section; params: URLSearchParams }) {
  const View = VIEWS[section];
  return <View params={params} />;
}
