/**
 * The journal's hash routes: `#/` is the list, `#/entry/<id>` the reader (`?edit=1` focuses
 * the note), and one route per section (`#/competencies`, `#/reflections`, `#/to-apply`,
 * `#/share`, `#/team`, `#/settings`, and `#/welcome`, the first-run page).
 */
export const SECTIONS = ['competencies', 'reflections', 'to-apply', 'share', 'team', 'settings', 'welcome'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route = { view: 'list' } | { view: 'entry'; id: string; edit: boolean } | { view: Section; params: URLSearchParams };

export function parseRoute(hash: string): Route {
  const section = /^#\/([a-z-]+)(?:\?(.*))?$/.exec(hash);
  const name = section?.[1];
  if (name && (SECTIONS as readonly string[]).includes(name)) {
    return { view: name as Section, params: new URLSearchParams(section?.[2] ?? '') };
  }
  const match = /^#\/entry\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match?.[1]) return { view: 'list' };
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return { view: 'list' };
  }
  const edit = new URLSearchParams(match[2] ?? '').get('edit') === '1';
  return { view: 'entry', id, edit };
}

export function entryHash(id: string): string {
  return `#/entry/${encodeURIComponent(id)}`;
}

export function sectionHash(section: Section): string {
  return `#/${section}`;
}

export const LIST_HASH = '#/';
