export * from './caf.ts';
export * from './conmebol.ts';
export * from './efl.ts';
export * from './registry.ts';
export * from './season.ts';
export * from './types.ts';
export * from './uefa.ts';
