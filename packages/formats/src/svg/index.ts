export * from './render-png.ts';
export * from './text-width.ts';
export * from './write-bracket-svg.ts';
