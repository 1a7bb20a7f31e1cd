export * from './export-competition.ts';
export * from './import-competition.ts';
