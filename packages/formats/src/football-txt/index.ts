export * from './limits.ts';
export * from './line-styles.ts';
export * from './parse-football-txt.ts';
export * from './read-football-txt.ts';
export * from './score.ts';
export * from './write-football-txt.ts';
