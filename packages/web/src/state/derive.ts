import {
  type BracketModel,
  type BracketTie,
  bracketModel,
  type Competition,
  createKnockout,
  type Knockout,
} from '@cupstage/core';
import type { CompetitionViewDto } from '../api/dto.ts';
import { toCompetition } from '../api/to-competition.ts';

/** A competition as the pages use it: the API's view plus core's derivations of it. */
export interface Loaded {
  readonly view: CompetitionViewDto;
  readonly version: number;
  readonly competition: Competition;
  readonly knockout: Knockout;
  readonly bracket: BracketModel;
}

/**
 * The bracket model with the legs of `invalid` ties blanked: after an upstream correction such a tie
 * holds legs of a team that is no longer in it, and those goals must not be shown against the new team.
 */
function withoutStaleLegs(model: BracketModel, knockout: Knockout): BracketModel {
  return {
    ...model,
    rounds: model.rounds.map((round) => ({
      ...round,
      ties: round.ties.map((tie) => {
        if (knockout.tie(tie.id)?.state.kind !== 'invalid') return tie;
        const blank = (s: BracketTie['sides'][number]) => {
          const { aggregate: _a, ...rest } = s;
          return { ...rest, legs: s.legs.map(() => undefined), winner: false };
        };
        return {
          id: tie.id,
          sides: [blank(tie.sides[0]), blank(tie.sides[1])] as const,
          summary: 'Results to be re-entered: an earlier result was corrected.',
        };
      }),
    })),
  };
}

/** Derives what the pages need from one API view (pure). */
export function derive(view: CompetitionViewDto, version?: number): Loaded {
  const competition = toCompetition(view);
  const knockout = createKnockout(competition);
  return {
    view,
    version: version ?? view.version,
    competition,
    knockout,
    bracket: withoutStaleLegs(bracketModel(competition, knockout), knockout),
  };
}
