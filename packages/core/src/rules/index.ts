export * from './check-rules.ts';
export * from './presets.ts';
export * from './tie-rules.ts';
