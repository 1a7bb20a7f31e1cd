/**
 * The API's read DTOs, as the server defines them (types only: nothing of the server is bundled).
 */
export type {
  AuditEntryDto,
  BracketDto,
  ChangeEventDto,
  CompetitionSummaryDto,
  CompetitionViewDto,
  LegDto,
  RoundDto,
  SideDto,
  SlotDto,
  TeamDto,
  TieDto,
  TieStatus,
} from '../../../server/src/dto/types.ts';
