export * from './apply-draw.ts';
export * from './brute-force-odds.ts';
export * from './can-meet.ts';
export * from './draw-for-round.ts';
export * from './draw-json.ts';
export * from './exact-odds.ts';
export * from './fraction.ts';
export {
  bipartiteFeasibility,
  countBipartiteMatchings,
  countPotMatchings,
  potFeasibility,
} from './matching.ts';
export * from './odds-json.ts';
export * from './play-draw.ts';
export * from './prepare-draw.ts';
export * from './run-draw.ts';
export * from './seed.ts';
export * from './types.ts';
export * from './verify-draw.ts';
