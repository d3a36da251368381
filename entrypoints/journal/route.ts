/** The journal's hash routes: `#/` is the list, `#/entry/<id>` the reader (`?edit=1` focuses the note). */
export type Route = { view: 'list' } | { view: 'entry'; id: string; edit: boolean };

export function parseRoute(hash: string): Route {
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

export const LIST_HASH = '#/';
