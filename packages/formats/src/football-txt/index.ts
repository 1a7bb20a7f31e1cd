export * from './parse-football-txt.ts';
export * from './write-football-txt.ts';
