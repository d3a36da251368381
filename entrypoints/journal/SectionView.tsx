import type { ComponentType } from 'preact';
import { CompetenciesView } from './competencies/CompetenciesView';
import { ReflectionsView } from './reflections/ReflectionsView';
import type { Section } from './route';
import { SettingsView } from './settings/SettingsView';
import { ShareView } from './share/ShareView';
import { TeamView } from './team/TeamView';
import { ToApplyView } from './to-apply/ToApplyView';

const VIEWS: Record<Section, ComponentType<{ params: URLSearchParams }>> = {
  competencies: CompetenciesView,
  reflections: ReflectionsView,
  'to-apply': ToApplyView,
  share: ShareView,
  team: TeamView,
  settings: SettingsView,
};

/** One of the journal's sections, chosen by the route. */
export function SectionView({ section, params }: { section: Section; params: URLSearchParams }) {
  const View = VIEWS[section];
  return <View params={params} />;
}
