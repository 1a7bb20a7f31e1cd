import { useEffect, useState } from 'react';
import { legacyHashPath, parseRoute, type Route } from './route.ts';

const NAVIGATED = 'cupstage:navigate';

/** The browser's current location as a path with its query (`/c/cup/bracket?x=1`). */
export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * Replaces an old hash link (`/#/c/cup/bracket`) by its path (`/c/cup/bracket`) in the address bar,
 * without a new history entry; true when it did.
 */
export function redirectLegacyHash(): boolean {
  const path = legacyHashPath(window.location.hash);
  if (path === undefined) return false;
  window.history.replaceState(null, '', path);
  return true;
}

/**
 * The current route, following the history API (`popstate` and `navigate`). `initial` is the path
 * the page was rendered for (on the server there is no `window`).
 */
export function useRoute(initial?: string): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(initial ?? currentLocation()));
  useEffect(() => {
    const onChange = (): void => {
      redirectLegacyHash();
      setRoute(parseRoute(currentLocation()));
    };
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    window.addEventListener(NAVIGATED, onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener(NAVIGATED, onChange);
    };
  }, []);
  return route;
}

/** Goes to a link of the app (a path; an old `#/...` link is read as its path) and adds a history entry. */
export function navigate(link: string): void {
  const path = legacyHashPath(link) ?? link;
  if (path !== currentLocation()) window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}
