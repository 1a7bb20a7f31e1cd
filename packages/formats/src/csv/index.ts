export * from './csv-text.ts';
export * from './parse-legs-csv.ts';
export * from './write-csv.ts';
