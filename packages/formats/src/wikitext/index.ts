export * from './write-group-wikitext.ts';
export * from './write-wikitext.ts';
