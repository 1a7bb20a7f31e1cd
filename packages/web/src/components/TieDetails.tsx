import type { NextStep } from '@cupstage/core';
import type { TieDto } from '../api/dto.ts';
import { LegLine } from './LegLine.tsx';

const NEXT: Record<NextStep, string> = {
  'first-leg': 'First leg to be played',
  'second-leg': 'Second leg to be played',
  'extra-time': 'Extra time to be played',
  penalties: 'Penalties to be taken',
  'play-off': 'A play-off match is needed',
  'coin-toss': 'A coin toss is needed',
};

/** What the tie's state says in one line. */
function statusLine(tie: TieDto): string | undefined {
  switch (tie.status) {
    case 'decided':
    case 'reported':
      return tie.summary;
    case 'undecided':
      return tie.next ? NEXT[tie.next] : undefined;
    case 'waiting':
      return 'Teams to be decided';
    case 'invalid':
      return tie.error?.message;
    default: {
      const never: never = tie.status;
      return never;
    }
  }
}

/** A tie with every leg and its result line. */
export function TieDetails({
  competition,
  tie,
  legs,
  level = 3,
}: {
  readonly competition: string;
  readonly tie: TieDto;
  readonly legs: number;
  /** The level of the tie's heading: 2 right under the page's title, 3 under a section's. */
  readonly level?: 2 | 3;
}) {
  const headingId = `tie-${tie.id}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  const line = statusLine(tie);
  return (
    <article className="tie" aria-labelledby={headingId} data-tie={tie.id}>
      <Heading id={headingId} className="tie-heading">
        <span className="tie-id">{tie.id}</span> {tie.sides[0].label} v {tie.sides[1].label}
      </Heading>
      {tie.legs.length > 0 ? (
        <ol className="legs">
          {tie.legs.map((leg) => (
            <LegLine key={leg.number} competition={competition} leg={leg} legs={legs} />
          ))}
        </ol>
      ) : null}
      {line ? (
        <p className={`summary status-${tie.status}`} role={tie.status === 'invalid' ? 'alert' : undefined}>
          {line}
        </p>
      ) : null}
    </article>
  );
}
