declare const brand: unique symbol;
/** A nominal type: a string that has been checked to be an id of the given kind. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A team's id inside one competition (for batch input, the team's name). */
export type TeamId = Brand<string, 'TeamId'>;
/** A tie's id inside one competition, e.g. `QF1`. */
export type TieId = Brand<string, 'TieId'>;
/** A round's id inside one competition, e.g. `quarter-finals`. */
export type RoundId = Brand<string, 'RoundId'>;

/** Marks a string as a TeamId. Call only where input has been parsed. */
export const teamId = (s: string): TeamId => s as TeamId;
/** Marks a string as a TieId. Call only where input has been parsed. */
export const tieId = (s: string): TieId => s as TieId;
/** Marks a string as a RoundId. Call only where input has been parsed. */
export const roundId = (s: string): RoundId => s as RoundId;
