export * from './format-rules.ts';
export * from './leg-line.ts';
export * from './parse-article.ts';
export * from './problems.ts';
export * from './summary-line.ts';
export { parseDateRange } from './text.ts';
