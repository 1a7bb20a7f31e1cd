export * from './check-group-stage.ts';
export * from './group-positions.ts';
export * from './league-knockout.ts';
export * from './presets.ts';
export * from './rank-group.ts';
export * from './standings.ts';
export * from './team-status.ts';
export * from './types.ts';
