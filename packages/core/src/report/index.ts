export * from './article.ts';
export * from './bracket-model.ts';
export * from './competition-summary.ts';
export * from './dates.ts';
export * from './format-paragraph.ts';
export * from './group-article.ts';
export * from './problem-text.ts';
export * from './summary-line.ts';
