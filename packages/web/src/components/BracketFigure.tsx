import type { BracketModel } from '@cupstage/core';
import { writeBracketSvg } from '@cupstage/formats/svg';
import { useEffect, useMemo, useState } from 'react';

/**
 * The bracket drawing: the very SVG that `cupstage export --to svg` writes (`writeBracketSvg` from
 * `@cupstage/formats/svg`), scaled to the page. For assistive technology it is one image with a
 * label; the text bracket beside it carries every fact.
 */
export function BracketFigure({ model, title }: { readonly model: BracketModel; readonly title: string }) {
  const svg = useMemo(() => writeBracketSvg(model, { title }), [model, title]);
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [svg]);
  return (
    <figure className="bracket-figure">
      <div
        className="bracket-svg"
        role="img"
        aria-label={`${title}: a drawing of the bracket; every tie is also listed as text below`}
        // The SVG is built by our own pure writer from escaped text: no markup from users goes in raw.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted, escaped SVG from writeBracketSvg
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {url ? (
        <figcaption className="muted">
          <a href={url} target="_blank" rel="noopener">
            Open the drawing at full size
          </a>
        </figcaption>
      ) : null}
    </figure>
  );
}
