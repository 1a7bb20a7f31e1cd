export * from './amendment.ts';
export * from './check-schedule.ts';
export * from './check-times.ts';
export * from './iso-day.ts';
export * from './played-outside.ts';
export * from './schedule-of.ts';
