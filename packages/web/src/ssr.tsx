/**
 * The server render entry: `cupstage serve` imports the build of this file (packages/web/dist-ssr/
 * ssr.js) and calls `renderPage` with the read model's DTOs for every browser navigation to a public
 * page, then sends the app's index.html with the markup in `#root`, the tags in `<head>` and the data
 * as JSON (the browser hydrates from it without fetching it again).
 */
import { renderToString } from 'react-dom/server';
import { App } from './App.tsx';
import type { PageData, RenderedPage } from './api/dto.ts';
import { EmbedApp } from './pages/EmbedPage.tsx';
import { type PageMeta, pageMeta } from './routing/page-meta.ts';
import { parseEmbed, parseRoute } from './routing/route.ts';

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The `<head>` tags of a page: title, description, canonical link, Open Graph and Twitter card. */
export function headTags(meta: PageMeta, data: PageData): string {
  const url = `${data.origin}${data.path}`;
  const image = meta.image ? `${data.origin}${meta.image}` : undefined;
  const tag = (attr: 'name' | 'property', key: string, value: string): string =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    meta.status === 200 ? `<link rel="canonical" href="${escapeHtml(url)}" />` : '',
    tag('property', 'og:type', 'website'),
    tag('property', 'og:site_name', 'cupstage'),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', url),
    image ? tag('property', 'og:image', image) : '',
    image ? tag('property', 'og:image:type', 'image/png') : '',
    tag('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    image ? tag('name', 'twitter:image', image) : '',
  ]
    .filter((t) => t !== '')
    .join('\n    ');
}

/** Renders one page of the site (or an embed) for the server. */
export function renderPage(data: PageData): RenderedPage {
  const embed = parseEmbed(data.path);
  const route = embed ?? parseRoute(data.path);
  const meta = pageMeta(route, data.competition);
  const html = renderToString(embed ? <EmbedApp route={embed} data={data} /> : <App data={data} />);
  // Pages of organisers and of unknown competitions have no data to render with; say 404 only for
  // what is known not to exist.
  const status =
    route.kind === 'competitions' || route.kind === 'sign-in' || route.kind === 'create' ? 200 : meta.status;
  return { status, head: headTags(meta, data), html };
}
