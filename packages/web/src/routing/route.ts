/**
 * Routes of the web app as a tagged union. Links are real paths (`/c/cup/bracket`) served by the
 * server as HTML (public pages rendered on the server), so every page can be shared, crawled and
 * read without JavaScript. Old hash links (`/#/c/cup/bracket`) are still understood: `parseRoute`
 * reads them, and the app replaces such a URL by its path (`legacyHashPath`).
 */
export type Route =
  | { readonly kind: 'competitions' }
  | { readonly kind: 'home'; readonly id: string }
  | { readonly kind: 'bracket'; readonly id: string }
  | { readonly kind: 'round'; readonly id: string; readonly round: string }
  | { readonly kind: 'schedule'; readonly id: string }
  | { readonly kind: 'team'; readonly id: string; readonly team: string }
  | { readonly kind: 'groups'; readonly id: string }
  | { readonly kind: 'group-results'; readonly id: string }
  | { readonly kind: 'sign-in'; readonly next?: string }
  | { readonly kind: 'create' }
  | { readonly kind: 'manage'; readonly id: string; readonly tie?: string }
  | { readonly kind: 'audit'; readonly id: string }
  | { readonly kind: 'draw'; readonly id: string }
  | { readonly kind: 'not-found'; readonly path: string };

/** What an embed shows: the whole bracket, one round or one tie. */
export type EmbedTarget =
  | { readonly kind: 'bracket' }
  | { readonly kind: 'round'; readonly round: string }
  | { readonly kind: 'tie'; readonly tie: string };

/** A page made to live in another site's iframe (`/embed/:id/bracket`, `/rounds/:round`, `/ties/:tie`). */
export interface EmbedRoute {
  readonly kind: 'embed';
  readonly id: string;
  readonly target: EmbedTarget;
}

const seg = (s: string): string => encodeURIComponent(s);

/**
 * The link (path) of a route.
 *
 * @example href({ kind: 'round', id: 'cup', round: 'final' }) // '/c/cup/rounds/final'
 */
export function href(route: Route): string {
  switch (route.kind) {
    case 'competitions':
      return '/';
    case 'home':
      return `/c/${seg(route.id)}`;
    case 'bracket':
      return `/c/${seg(route.id)}/bracket`;
    case 'round':
      return `/c/${seg(route.id)}/rounds/${seg(route.round)}`;
    case 'schedule':
      return `/c/${seg(route.id)}/schedule`;
    case 'team':
      return `/c/${seg(route.id)}/teams/${seg(route.team)}`;
    case 'groups':
      return `/c/${seg(route.id)}/groups`;
    case 'group-results':
      return `/c/${seg(route.id)}/group-results`;
    case 'create':
      return '/new';
    case 'sign-in':
      return route.next ? `/sign-in?next=${seg(route.next)}` : '/sign-in';
    case 'manage':
      return route.tie ? `/c/${seg(route.id)}/manage/${seg(route.tie)}` : `/c/${seg(route.id)}/manage`;
    case 'audit':
      return `/c/${seg(route.id)}/audit`;
    case 'draw':
      return `/c/${seg(route.id)}/draw`;
    case 'not-found':
      return route.path;
    default: {
      const never: never = route;
      return never;
    }
  }
}

/**
 * The path of an embed.
 *
 * @example embedHref({ kind: 'embed', id: 'cup', target: { kind: 'bracket' } }) // '/embed/cup/bracket'
 */
export function embedHref(route: EmbedRoute): string {
  const base = `/embed/${seg(route.id)}`;
  const t = route.target;
  return t.kind === 'bracket'
    ? `${base}/bracket`
    : t.kind === 'round'
      ? `${base}/rounds/${seg(t.round)}`
      : `${base}/ties/${seg(t.tie)}`;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function split(location: string): { parts: string[]; params: URLSearchParams; path: string } {
  const raw = location.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decode);
  return { parts, params: new URLSearchParams(query), path };
}

/**
 * Parses a location (path and query, or an old hash link) into a route.
 *
 * @example parseRoute('/c/cup/teams/tp-mazembe') // { kind: 'team', id: 'cup', team: 'tp-mazembe' }
 * @example parseRoute('#/c/cup/bracket') // { kind: 'bracket', id: 'cup' }
 */
export function parseRoute(location: string): Route {
  const { parts, params, path } = split(location);
  if (parts.length === 0) return { kind: 'competitions' };
  if (parts[0] === 'sign-in' && parts.length === 1) {
    const next = params.get('next');
    return next ? { kind: 'sign-in', next } : { kind: 'sign-in' };
  }
  if (parts[0] === 'new' && parts.length === 1) return { kind: 'create' };
  if (parts[0] === 'c' && parts[1] !== undefined) {
    const id = parts[1];
    const [, , a, b] = parts;
    if (a === undefined) return { kind: 'home', id };
    if (a === 'bracket' && b === undefined) return { kind: 'bracket', id };
    if (a === 'schedule' && b === undefined) return { kind: 'schedule', id };
    if (a === 'audit' && b === undefined) return { kind: 'audit', id };
    if (a === 'draw' && b === undefined) return { kind: 'draw', id };
    if (a === 'groups' && b === undefined) return { kind: 'groups', id };
    if (a === 'group-results' && b === undefined) return { kind: 'group-results', id };
    if (a === 'rounds' && b !== undefined && parts.length === 4) return { kind: 'round', id, round: b };
    if (a === 'teams' && b !== undefined && parts.length === 4) return { kind: 'team', id, team: b };
    if (a === 'manage' && parts.length <= 4)
      return b === undefined ? { kind: 'manage', id } : { kind: 'manage', id, tie: b };
  }
  return { kind: 'not-found', path };
}

/**
 * Parses an embed's path, or undefined when the path is not an embed.
 *
 * @example parseEmbed('/embed/cup/ties/F') // { kind: 'embed', id: 'cup', target: { kind: 'tie', tie: 'F' } }
 */
export function parseEmbed(location: string): EmbedRoute | undefined {
  const { parts } = split(location);
  if (parts[0] !== 'embed' || parts[1] === undefined) return undefined;
  const id = parts[1];
  const [, , a, b] = parts;
  if (a === 'bracket' && parts.length === 3) return { kind: 'embed', id, target: { kind: 'bracket' } };
  if (a === 'rounds' && b !== undefined && parts.length === 4)
    return { kind: 'embed', id, target: { kind: 'round', round: b } };
  if (a === 'ties' && b !== undefined && parts.length === 4)
    return { kind: 'embed', id, target: { kind: 'tie', tie: b } };
  return undefined;
}

/**
 * The path an old hash link stands for (`#/c/cup` -> `/c/cup`), or undefined when the hash is not one.
 *
 * @example legacyHashPath('#/c/cup/bracket') // '/c/cup/bracket'
 */
export function legacyHashPath(hash: string): string | undefined {
  return hash.startsWith('#/') ? hash.slice(1) : undefined;
}
