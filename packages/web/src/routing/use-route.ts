import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route.ts';

/** The current route, following `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Goes to a hash link (adds a history entry). */
export function navigate(link: string): void {
  window.location.hash = link.replace(/^#/, '');
}
