import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

/** The current hash route, updated on back/forward and link clicks. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
