import { request } from './client.ts';
import type { GroupDto, GroupMatchBody, GroupOddsDto, GroupStageDto, WrittenDto } from './dto.ts';

const c = (id: string): string => `/competitions/${encodeURIComponent(id)}`;
const seg = encodeURIComponent;

/** The group stage endpoints of the API. */
export const groupsApi = {
  /** Every group's table, notes and matches. */
  stage: (id: string) => request<GroupStageDto>('GET', `${c(id)}/groups`),
  /** Each team's odds of every final position of a group (default model). */
  odds: (id: string, group: string) => request<GroupOddsDto>('GET', `${c(id)}/groups/${seg(group)}/odds`),
  /** Enters or corrects a group match's result; `version` is the version the organiser saw. */
  enter: (id: string, group: string, home: string, away: string, body: GroupMatchBody, version: number) =>
    request<WrittenDto>('PUT', `${c(id)}/groups/${seg(group)}/matches/${seg(home)}/${seg(away)}`, {
      body,
      ifMatch: version,
    }),
};

export type { GroupDto };
