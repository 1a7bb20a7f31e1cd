import type { BracketModel } from '@cupstage/core';
import { BracketTieCard } from './BracketTieCard.tsx';

/**
 * The bracket as text: one column per round (stacked on a phone), ties in drawing order. It carries
 * the same facts as the drawing for screen readers and narrow screens.
 */
export function BracketGrid({
  competition,
  model,
}: {
  readonly competition: string;
  readonly model: BracketModel;
}) {
  return (
    <div className="bracket-grid">
      {model.rounds.map((round) => (
        <section key={round.name} className="bracket-round" aria-label={round.name}>
          <h2 className="round-heading">{round.name}</h2>
          <ol>
            {round.ties.map((tie) => (
              <li key={tie.id}>
                <BracketTieCard competition={competition} tie={tie} legs={round.legs} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
