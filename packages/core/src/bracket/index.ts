export * from './final-tie.ts';
export * from './group-winners.ts';
export * from './knockout.ts';
export * from './seeding.ts';
export * from './single-elimination.ts';
