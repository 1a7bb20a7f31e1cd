import { type BracketSide, type BracketTie, sideMarker } from '@cupstage/core';
import { Link } from './Link.tsx';

function SideRow({
  competition,
  side,
  legs,
  marker,
}: {
  readonly competition: string;
  readonly side: BracketSide;
  readonly legs: number;
  readonly marker: string | undefined;
}) {
  return (
    <tr className={side.winner ? 'winner' : undefined}>
      <th scope="row" className="side-name">
        {side.team !== undefined ? (
          <Link to={{ kind: 'team', id: competition, team: side.team }}>{side.label}</Link>
        ) : (
          <span className="tbd">{side.label}</span>
        )}
        {side.country ? (
          <>
            {' '}
            <abbr title={`Country code ${side.country}`}>{side.country}</abbr>
          </>
        ) : null}
        {side.winner ? <span className="sr-only"> (through)</span> : null}
      </th>
      {Array.from({ length: legs }, (_, l) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: legs are positional
        <td key={l} className="goals">
          {side.legs[l] ?? ''}
          {legs === 1 && marker ? <span className="marker"> ({marker})</span> : null}
        </td>
      ))}
      {legs === 2 ? (
        <td className="goals aggregate">
          {side.aggregate ?? ''}
          {marker ? <span className="marker"> ({marker})</span> : null}
        </td>
      ) : null}
    </tr>
  );
}

/**
 * One tie of the bracket as a small table in the style of Wikipedia's two-legged brackets: the side
 * that hosted the first leg on top, both legs, the aggregate, the winner in bold with its marker.
 */
export function BracketTieCard({
  competition,
  tie,
  legs,
}: {
  readonly competition: string;
  readonly tie: BracketTie;
  readonly legs: 1 | 2;
}) {
  const [a, b] = tie.sides;
  return (
    <table className="tie-card" data-tie={tie.id}>
      <caption>
        <span className="tie-id">{tie.id}</span>
        <span className="sr-only">
          : {a.label} v {b.label}
        </span>
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Team</th>
          {legs === 2 ? (
            <>
              <th scope="col">Leg 1</th>
              <th scope="col">Leg 2</th>
              <th scope="col">Aggregate</th>
            </>
          ) : (
            <th scope="col">Score</th>
          )}
        </tr>
      </thead>
      <tbody>
        <SideRow competition={competition} side={a} legs={legs} marker={sideMarker(tie, 0)} />
        <SideRow competition={competition} side={b} legs={legs} marker={sideMarker(tie, 1)} />
      </tbody>
      {tie.summary ? (
        <tfoot>
          <tr>
            <td colSpan={legs === 2 ? 4 : 2} className="summary">
              {tie.summary}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
