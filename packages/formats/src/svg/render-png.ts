/** The font files a PNG is rendered with; pass the bytes of the bundled DejaVu Sans (and Bold). */
export interface PngFonts {
  readonly regular: Uint8Array;
  readonly bold?: Uint8Array;
}

// Built from a variable so that browser bundlers do not copy the font files into a web build.
const ASSETS = '../../assets/';

const assetsDir = (): URL => new URL(ASSETS, import.meta.url);

/** Where the bundled fonts are, beside this package's sources (read them with any file API). */
export const bundledFontUrls: { readonly regular: URL; readonly bold: URL } = {
  regular: new URL('DejaVuSans.ttf', assetsDir()),
  bold: new URL('DejaVuSans-Bold.ttf', assetsDir()),
};

interface ResvgFontOptions {
  readonly loadSystemFonts: boolean;
  readonly fontBuffers: Uint8Array[];
  readonly defaultFontFamily: string;
  readonly sansSerifFamily: string;
}

/**
 * Renders an SVG (e.g. from `writeBracketSvg`) to PNG bytes with @resvg/resvg-js, using only the
 * fonts given (system fonts are not loaded), so the same SVG and fonts give the same bytes on every
 * machine. Loaded on first use so that browser bundles of this package never pull in the renderer.
 *
 * @example const png = await renderPng(svg, { regular: readFileSync(bundledFontUrls.regular) });
 */
export async function renderPng(svg: string, fonts: PngFonts, scale = 2): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const font: ResvgFontOptions = {
    loadSystemFonts: false,
    fontBuffers: fonts.bold ? [fonts.regular, fonts.bold] : [fonts.regular],
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
  };
  const resvg = new Resvg(svg, {
    // resvg-js 2.6 accepts fontBuffers, which its type declarations do not list yet.
    font: font as unknown as NonNullable<NonNullable<ConstructorParameters<typeof Resvg>[1]>['font']>,
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
