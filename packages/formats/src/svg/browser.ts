/**
 * The browser-safe part of the bracket image codec (`@cupstage/formats/svg`): the pure SVG writer,
 * without the PNG renderer, which loads a native module.
 */
export * from './text-width.ts';
export * from './write-bracket-svg.ts';
