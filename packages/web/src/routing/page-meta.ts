import { formatDateRange } from '@cupstage/core';
import type { CompetitionViewDto } from '../api/dto.ts';
import type { EmbedRoute, Route } from './route.ts';

/** What a page says about itself: `<title>`, description, preview image, HTTP status. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** Path of the preview image (the bracket PNG of the version shown), for og:image. */
  readonly image?: string;
  readonly status: number;
}

const SITE = 'cupstage';
const titled = (...parts: string[]): string => [...parts, SITE].join(' · ');

/** The path of the bracket PNG of one version: the `v` parameter makes each version a new image for caches. */
export const bracketPngPath = (view: CompetitionViewDto): string =>
  `/competitions/${encodeURIComponent(view.id)}/export/png?v=${view.version}`;

function about(view: CompetitionViewDto): string {
  const when = view.period ? ` (${formatDateRange(view.period)})` : '';
  const champion = view.champion ? ` Champions: ${view.champion.name}.` : '';
  return `${view.name} ${view.stageName}${when}: bracket, results and fixtures of ${view.teams.length} teams.${champion}`;
}

const NOT_FOUND: PageMeta = {
  title: titled('Page not found'),
  description: 'There is no such page.',
  status: 404,
};

/**
 * The title, description and preview of a page. `view` is the page's competition when it has one
 * and it was found; a competition page without it is a not-found page.
 *
 * @example pageMeta({ kind: 'bracket', id: 'cup' }, view).title // 'Bracket · 2017 CAF Confederation Cup · cupstage'
 */
export function pageMeta(route: Route | EmbedRoute, view: CompetitionViewDto | undefined): PageMeta {
  switch (route.kind) {
    case 'competitions':
      return {
        title: titled('Football cup competitions'),
        description: 'Brackets, results, fixtures and live scores of football cup knockout stages.',
        status: 200,
      };
    case 'sign-in':
      return { title: titled('Organiser sign-in'), description: 'Sign in to enter results.', status: 200 };
    case 'create':
      return { title: titled('New competition'), description: 'Create a competition.', status: 200 };
    case 'not-found':
      return NOT_FOUND;
    default:
      break;
  }
  if (!view) return { ...NOT_FOUND, description: `There is no competition "${route.id}".` };
  const image = bracketPngPath(view);
  const page = (title: string, description: string, status = 200): PageMeta => ({
    title,
    description,
    image,
    status,
  });
  switch (route.kind) {
    case 'home':
      return page(titled(`${view.name} ${view.stageName}`), about(view));
    case 'bracket':
      return page(titled('Bracket', view.name), `The bracket of the ${about(view)}`);
    case 'round': {
      const round = view.rounds.find((r) => r.id === route.round);
      if (!round) return { ...NOT_FOUND, description: `There is no round "${route.round}" in ${view.name}.` };
      return page(titled(round.name, view.name), `Every leg of the ${round.name} of the ${about(view)}`);
    }
    case 'schedule':
      return page(titled('Fixtures', view.name), `Dates, kick-off times and venues: ${about(view)}`);
    case 'team': {
      const team = view.teams.find((t) => t.id === route.team);
      if (!team) return { ...NOT_FOUND, description: `There is no team "${route.team}" in ${view.name}.` };
      return page(titled(team.name, view.name), `${team.name} in the ${about(view)}`);
    }
    case 'groups':
      return page(titled('Groups', view.name), `The group tables and matches of the ${about(view)}`);
    case 'group-results':
      return page(titled('Group results', view.name), about(view));
    case 'manage':
      return page(titled('Results', view.name), about(view));
    case 'audit':
      return page(titled('Audit log', view.name), about(view));
    case 'draw':
      return page(titled('Draw', view.name), about(view));
    case 'embed':
      return page(titled(view.name), about(view));
    default: {
      const never: never = route;
      return never;
    }
  }
}
