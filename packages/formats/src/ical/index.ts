export * from './vtimezone.ts';
export * from './write-calendar.ts';
