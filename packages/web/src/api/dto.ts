/**
 * The API's read DTOs, as the server defines them (types only: nothing of the server is bundled;
 * the architecture test allows only `import type` / `export type` from `@cupstage/server`).
 */
export type {
  AmendmentBody,
  AuditEntryDto,
  BracketDto,
  ChangeEventDto,
  CompetitionSummaryDto,
  CompetitionViewDto,
  CreateCompetitionBody,
  DrawRecordBody,
  LegBody,
  LegDto,
  MeDto,
  PredictionsDto,
  ProblemDto,
  RoundDto,
  SideDto,
  SlotDto,
  TeamDto,
  TieDto,
  TieStatus,
} from '@cupstage/server';
