export * from './write-wikitext.ts';
