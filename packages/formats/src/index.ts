/**
 * @cupstage/formats: pure codecs. parseX(text) returns a value or errors with where; writeX(model)
 * returns a string. No file or network I/O.
 */
export * from './article/bracket-text.ts';
export * from './article/write-article.ts';
export * from './article-import/index.ts';
export * from './competition/parse-competition.ts';
export * from './competition/schema.ts';
export * from './competition/write-competition.ts';
export * from './convert/index.ts';
export * from './csv/index.ts';
export * from './error-codes.ts';
export * from './football-txt/index.ts';
export * from './ical/index.ts';
export * from './import-kit/index.ts';
export * from './json.ts';
export * from './svg/index.ts';
export * from './ties/ties-jsonl.ts';
export * from './wikitext/index.ts';
