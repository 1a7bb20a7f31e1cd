import { useEffect, useId, useState } from 'react';
import { embedHref } from '../routing/route.ts';
import { usePageData } from '../state/seed.tsx';

/**
 * The HTML a news site pastes to show the live bracket: an iframe, and a script that sets the
 * iframe's height from the `cupstage:height` messages the embed posts.
 */
export function embedSnippet(origin: string, id: string, title: string): string {
  const src = `${origin}${embedHref({ kind: 'embed', id, target: { kind: 'bracket' } })}`;
  return [
    `<iframe src="${src}" title="${title.replace(/[&"<>]/g, '')}" data-cupstage-embed`,
    '  style="width:100%;border:0" height="600" loading="lazy"></iframe>',
    '<script>',
    "addEventListener('message', function (e) {",
    "  if (!e.data || e.data.type !== 'cupstage:height') return;",
    "  document.querySelectorAll('iframe[data-cupstage-embed]').forEach(function (f) {",
    "    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';",
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

/** The embed snippet of a competition, to copy into another site. */
export function EmbedSnippet({ id, title }: { readonly id: string; readonly title: string }) {
  const seeded = usePageData()?.origin;
  const [origin, setOrigin] = useState(seeded ?? '');
  useEffect(() => {
    if (!seeded) setOrigin(window.location.origin);
  }, [seeded]);
  const codeId = useId();
  return (
    <section aria-labelledby="embed-heading" className="embed-snippet">
      <h2 id="embed-heading">Embed the bracket</h2>
      <p id={codeId}>
        Paste this into a web page to show the bracket, kept live as results come in (a round:{' '}
        <code>/embed/{id}/rounds/ROUND</code>; a tie: <code>/embed/{id}/ties/TIE</code>).
      </p>
      <pre aria-describedby={codeId}>
        <code>{embedSnippet(origin, id, title)}</code>
      </pre>
    </section>
  );
}
