import type { BracketModel } from '@cupstage/core';
import { writeBracketSvg } from '@cupstage/formats/svg';
import { useEffect, useMemo, useState } from 'react';
import { exportLinks } from '../api/client.ts';

/** Saves a blob under a file name. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Renders an SVG string to a PNG blob at twice its size (the browser's fonts). */
async function toPng(svg: string): Promise<Blob | null> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const g = canvas.getContext('2d');
    if (!g) return null;
    g.scale(2, 2);
    g.drawImage(img, 0, 0);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Downloads: the bracket drawing as SVG (the same text as `cupstage export`) and PNG, made in the
 * browser; the report (text, Markdown, wikitext), the schedule (iCalendar) and the competition file
 * from the server.
 */
export function ExportLinks({
  id,
  model,
  title,
}: {
  readonly id: string;
  readonly model: BracketModel;
  readonly title: string;
}) {
  const links = exportLinks(id);
  const svg = useMemo(() => writeBracketSvg(model, { title }), [model, title]);
  const [svgUrl, setSvgUrl] = useState<string | undefined>();
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setSvgUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [svg]);
  const png = async (): Promise<void> => {
    const blob = await toPng(svg);
    if (blob) save(blob, `${id}-bracket.png`);
  };
  return (
    <section aria-labelledby="exports-heading" className="exports">
      <h2 id="exports-heading">Downloads</h2>
      <ul className="inline-list">
        <li>
          {svgUrl ? (
            <a href={svgUrl} download={`${id}-bracket.svg`}>
              Bracket (SVG)
            </a>
          ) : null}
        </li>
        <li>
          <button type="button" className="link-button" onClick={() => void png()}>
            Bracket (PNG)
          </button>
        </li>
        <li>
          <a href={links.text} download={`${id}-report.txt`}>
            Report (text)
          </a>
        </li>
        <li>
          <a href={links.markdown} download={`${id}-report.md`}>
            Report (Markdown)
          </a>
        </li>
        <li>
          <a href={links.wikitext} download={`${id}.wiki`}>
            Report (wikitext)
          </a>
        </li>
        <li>
          <a href={links.calendar} download={`${id}.ics`}>
            Schedule (iCalendar)
          </a>
        </li>
        <li>
          <a href={links.file} download={`${id}.json`}>
            Competition file (JSON)
          </a>
        </li>
      </ul>
    </section>
  );
}
