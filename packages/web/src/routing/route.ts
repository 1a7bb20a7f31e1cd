/**
 * Routes of the web app as a tagged union. Links are hash routes (`#/c/cup/bracket`) so that the
 * server only ever serves `index.html` at `/`, and every page has a link that can be shared.
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

const seg = (s: string): string => encodeURIComponent(s);

/**
 * The hash link of a route.
 *
 * @example href({ kind: 'round', id: 'cup', round: 'final' }) // '#/c/cup/rounds/final'
 */
export function href(route: Route): string {
  switch (route.kind) {
    case 'competitions':
      return '#/';
    case 'home':
      return `#/c/${seg(route.id)}`;
    case 'bracket':
      return `#/c/${seg(route.id)}/bracket`;
    case 'round':
      return `#/c/${seg(route.id)}/rounds/${seg(route.round)}`;
    case 'schedule':
      return `#/c/${seg(route.id)}/schedule`;
    case 'team':
      return `#/c/${seg(route.id)}/teams/${seg(route.team)}`;
    case 'groups':
      return `#/c/${seg(route.id)}/groups`;
    case 'group-results':
      return `#/c/${seg(route.id)}/group-results`;
    case 'create':
      return '#/new';
    case 'sign-in':
      return route.next ? `#/sign-in?next=${seg(route.next)}` : '#/sign-in';
    case 'manage':
      return route.tie ? `#/c/${seg(route.id)}/manage/${seg(route.tie)}` : `#/c/${seg(route.id)}/manage`;
    case 'audit':
      return `#/c/${seg(route.id)}/audit`;
    case 'draw':
      return `#/c/${seg(route.id)}/draw`;
    case 'not-found':
      return `#${route.path}`;
    default: {
      const never: never = route;
      return never;
    }
  }
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * Parses a location hash into a route.
 *
 * @example parseRoute('#/c/cup/teams/tp-mazembe') // { kind: 'team', id: 'cup', team: 'tp-mazembe' }
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decode);
  const params = new URLSearchParams(query);
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
