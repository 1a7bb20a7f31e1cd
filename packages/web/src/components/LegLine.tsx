import type { LegDto } from '../api/dto.ts';
import { KickOff } from './KickOff.tsx';
import { TeamName } from './TeamName.tsx';

/** One leg: when and where, then `Home ALG 1–0 TUN Away`. */
export function LegLine({
  competition,
  leg,
  legs,
}: {
  readonly competition: string;
  readonly leg: LegDto;
  readonly legs: number;
}) {
  const place = [leg.venue, leg.city].filter((x): x is string => x !== undefined && x !== '').join(', ');
  return (
    <li className="leg" data-leg={leg.number}>
      <p className="leg-when">
        {legs === 2 ? <strong>Leg {leg.number}</strong> : <strong>Match</strong>} · <KickOff leg={leg} />
        {place ? <> · {place}</> : null}
      </p>
      <p className="leg-score">
        <TeamName competition={competition} team={leg.home} />{' '}
        <span className="score" data-testid="leg-result">
          {leg.result}
        </span>{' '}
        <TeamName competition={competition} team={leg.away} />
        {leg.penalties ? (
          <span className="muted">
            {' '}
            ({leg.penalties[0]}–{leg.penalties[1]} on penalties)
          </span>
        ) : null}
      </p>
    </li>
  );
}
