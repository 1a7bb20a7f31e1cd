import {
  type BracketModel,
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

/** Derives what the pages need from one API view (pure). */
export function derive(view: CompetitionViewDto, version?: number): Loaded {
  const competition = toCompetition(view);
  const knockout = createKnockout(competition);
  return {
    view,
    version: version ?? view.version,
    competition,
    knockout,
    bracket: bracketModel(competition, knockout),
  };
}
