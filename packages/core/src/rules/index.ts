export * from './check-rules.ts';
export * from './eras/index.ts';
export * from './presets.ts';
export * from './tie-rules.ts';
