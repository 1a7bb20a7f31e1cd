import type * as z from 'zod';
import type {
  amendmentBody,
  bracketBody,
  commitmentBody,
  drawBody,
  groupMatchBody,
  legBody,
  legResultsBody,
  windowsBody,
} from '../schemas.ts';
import type {
  auditEntryDto,
  bracketDto,
  bracketSideDto,
  bracketTieDto,
  changeEventDto,
  commitmentDto,
  competitionSummaryDto,
  competitionViewDto,
  dateRangeDto,
  drawRecordDto,
  fixtureDto,
  groupDto,
  groupMatchDto,
  groupOddsDto,
  groupRowDto,
  groupStageDto,
  groupStatusDto,
  importedDto,
  legDto,
  legInputDto,
  meDto,
  predictionsDto,
  problemDto,
  roundDto,
  rulesDto,
  sideDto,
  slotDto,
  teamDto,
  tieDto,
  tieStatusDto,
  writtenDto,
} from './schemas.ts';

/**
 * The read DTOs of the API, inferred from their zod schemas (dto/schemas.ts, the one contract): the
 * web app imports these types, never a hand-typed copy. Every field is documented in docs/api.md.
 */

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/** A schema's output, read-only all the way down (DTOs are values: readonly in, new value out). */
export type DeepReadonly<T> = unknown extends T
  ? T
  : T extends Primitive
    ? T
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };

type Dto<S extends z.ZodType> = DeepReadonly<z.output<S>>;

/** A team as the API shows it. */
export type TeamDto = Dto<typeof teamDto>;
/** One line of `GET /competitions`. */
export type CompetitionSummaryDto = Dto<typeof competitionSummaryDto>;
/** Where a side of a tie comes from, as in the competition file. */
export type SlotDto = Dto<typeof slotDto>;
export type SideDto = Dto<typeof sideDto>;
export type LegDto = Dto<typeof legDto>;
/** The state of a tie: `waiting`, `undecided`, `decided`, `reported` or `invalid`. */
export type TieStatus = Dto<typeof tieStatusDto>;
export type TieDto = Dto<typeof tieDto>;
export type RulesDto = Dto<typeof rulesDto>;
export type DateRangeDto = Dto<typeof dateRangeDto>;
export type RoundDto = Dto<typeof roundDto>;
export type DrawRecordDto = Dto<typeof drawRecordDto>;
/** `GET /competitions/:id`: the whole competition, derived by core. */
export type CompetitionViewDto = Dto<typeof competitionViewDto>;
/** One side of a tie in the bracket. */
export type BracketSideDto = Dto<typeof bracketSideDto>;
export type BracketTieDto = Dto<typeof bracketTieDto>;
/** `GET /competitions/:id/bracket`: core's `bracketModel` as JSON. */
export type BracketDto = Dto<typeof bracketDto>;
/** One entry of `GET /competitions/:id/audit`. */
export type AuditEntryDto = Dto<typeof auditEntryDto>;
/** The data of one Server-Sent Event (`event: change`, `id:` the version). */
export type ChangeEventDto = Dto<typeof changeEventDto>;
/** The body of a successful change. */
export type WrittenDto = Dto<typeof writtenDto>;
/** `GET /competitions/:id/groups`: the group stage, every group's table and matches. */
export type GroupStageDto = Dto<typeof groupStageDto>;
export type GroupDto = Dto<typeof groupDto>;
export type GroupRowDto = Dto<typeof groupRowDto>;
export type GroupMatchDto = Dto<typeof groupMatchDto>;
export type GroupStatus = Dto<typeof groupStatusDto>;
/** `GET /competitions/:id/groups/:group/odds`. */
export type GroupOddsDto = Dto<typeof groupOddsDto>;
/** `PUT /competitions/:id/groups/:group/matches/:home/:away` (request body). */
export type GroupMatchBody = DeepReadonly<z.input<typeof groupMatchBody>>;
/** The signed-in account, as `POST /auth/login` and `GET /auth/me` return it. */
export type MeDto = Dto<typeof meDto>;
/** `GET /competitions/:id/predictions`: probabilities by team name. */
export type PredictionsDto = Dto<typeof predictionsDto>;
/** A draw commitment published before the draw (`commitments` of the view). */
export type CommitmentDto = Dto<typeof commitmentDto>;
/** One leg of `GET /competitions/:id/fixtures`. */
export type FixtureDto = Dto<typeof fixtureDto>;
/** A leg in the PUT's body shape (`removed` of a DELETE: PUT it back to undo). */
export type LegInputDto = Dto<typeof legInputDto>;
/** The body of every error response. */
export type ProblemDto = Dto<typeof problemDto>;
/** `POST /import`: the competition file read from the text, and the reader's findings. */
export type ImportedDto = Dto<typeof importedDto>;

/** `POST /competitions` from teams in seed order, a rules preset and a bracket template (request body). */
export type CreateCompetitionBody = DeepReadonly<z.input<typeof bracketBody>>;
/** `POST /competitions/:id/amendments`: a round's window moves, with a reason (request body). */
export type AmendmentBody = DeepReadonly<z.input<typeof amendmentBody>>;
/** `POST /competitions/:id/draws`: a draw that was held (request body). */
export type DrawRecordBody = DeepReadonly<z.input<typeof drawBody>>;
/** `PUT /competitions/:id/ties/:tieId/legs/:leg`: a leg's result and fixture facts (request body). */
export type LegBody = DeepReadonly<z.input<typeof legBody>>;
/** `PATCH /competitions/:id/legs`: several legs at once, all stored or none (request body). */
export type LegResultsBody = DeepReadonly<z.input<typeof legResultsBody>>;
/** `POST /competitions/:id/draws/commitments`: the SHA-256 of a round's draw seed (request body). */
export type CommitmentBody = DeepReadonly<z.input<typeof commitmentBody>>;
/** `PUT /competitions/:id/rounds/:roundId/windows`: windows of a round not set yet (request body). */
export type WindowsBody = DeepReadonly<z.input<typeof windowsBody>>;
