import type { TeamDto } from '../api/dto.ts';
import { Link } from './Link.tsx';

/** A team's name linking to its page, with its country code. */
export function TeamName({ competition, team }: { readonly competition: string; readonly team: TeamDto }) {
  return (
    <span className="team-name">
      <Link to={{ kind: 'team', id: competition, team: team.id }}>{team.name}</Link>
      {team.country ? ' ' : null}
      {team.country ? (
        <abbr className="country" title={`Country code ${team.country}`}>
          {team.country}
        </abbr>
      ) : null}
    </span>
  );
}
