import type { CompetitionSummaryDto, CompetitionViewDto } from '../dto/types.ts';

/**
 * What the server hands the web app's render entry for one page (and embeds in the page as JSON,
 * so that the app in the browser starts from the same data without fetching it again).
 */
export interface PageData {
  /** The path and query rendered (`/c/cup/bracket`). */
  readonly path: string;
  /** The site's origin (`https://cups.example.org`), for absolute links: canonical, og:image, embeds. */
  readonly origin: string;
  /** Whether the visitor is signed in (anonymous visitors are not asked again: no 401 on every page). */
  readonly session: 'anonymous' | 'signed-in';
  /** The front page's list. */
  readonly competitions?: ReadonlyArray<CompetitionSummaryDto>;
  /** The competition of a `/c/:id/...` or `/embed/:id/...` page, when it exists and may be read. */
  readonly competition?: CompetitionViewDto;
  /** The id of the path's competition when there is none the visitor may read (a not-found page). */
  readonly missing?: string;
}

/** A page rendered by the web app: status, the tags for `<head>`, the markup for `#root`. */
export interface RenderedPage {
  readonly status: number;
  readonly head: string;
  readonly html: string;
}

/** The web app's server render entry (packages/web/src/ssr.tsx, built to packages/web/dist-ssr/ssr.js). */
export interface PageRenderer {
  renderPage(data: PageData): RenderedPage;
}
