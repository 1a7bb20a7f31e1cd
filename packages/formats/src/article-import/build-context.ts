import { InvariantError, type Team, type TeamId, type TieRules } from '@cupstage/core';
import type { TeamRegistry } from '../import-kit/team-registry.ts';
import type { rulesFromFormat } from './format-rules.ts';
import { type ImportProblem, problem } from './problems.ts';

/** What the phases of an article import share: the findings so far and the import's team registry. */
export interface Ctx {
  readonly problems: ImportProblem[];
  readonly registry: TeamRegistry;
}

/**
 * The team a leg line or the team table names, registered in the import's team registry (the import
 * kit's: one id per team however the article spells it, with a note for another spelling). A team
 * written with another country code than before is an error, and keeps its first one.
 */
export function addTeam(ctx: Ctx, name: string, country: string, line: number): Team {
  const known = ctx.registry.find(name);
  if (known !== undefined) {
    const team = ctx.registry.teams().find((t) => t.id === known);
    if (team && team.country !== country) {
      ctx.problems.push(
        problem(
          'error',
          'country-mismatch',
          line,
          `${name} is written with ${country} here but with ${team.country} before`,
        ),
      );
    }
  }
  const written = known === undefined && /^[A-Z]{3}$/.test(country) ? `${name} (${country})` : name;
  const resolved = ctx.registry.resolve(written);
  if (resolved.alias)
    ctx.problems.push(
      problem(
        'note',
        'team-alias',
        line,
        `"${resolved.alias.written}" is read as ${resolved.alias.registered}`,
      ),
    );
  return teamOf(ctx, resolved.id);
}

/** The team a result line names, if the article has named it before. */
export function teamNamed(ctx: Ctx, name: string): Team | undefined {
  const id = ctx.registry.find(name);
  return id === undefined ? undefined : teamOf(ctx, id);
}

const teamOf = (ctx: Ctx, id: TeamId): Team => {
  const team = ctx.registry.teams().find((t) => t.id === id);
  if (!team) throw new InvariantError(`team ${id} is not in the registry`);
  return team;
};

/** What the rules phase reads: the rules of every round unless a round has its own. */
export interface StatedRules {
  readonly base: TieRules;
  readonly byRound: ReadonlyMap<string, TieRules>;
  /** The format paragraph as read, when there is one. */
  readonly stated?: NonNullable<ReturnType<typeof rulesFromFormat>>;
  readonly formatLine: number | undefined;
}

/** The name of a team of the article (its id when unknown). */
export const nameIn =
  (c: { readonly teams: ReadonlyArray<Team> }) =>
  (t: TeamId): string =>
    c.teams.find((x) => x.id === t)?.name ?? t;
