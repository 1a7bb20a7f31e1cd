import type { Decider, TieRules } from '@cupstage/core';
import { slug } from '@cupstage/core';
import type { RawMatch } from './read-football-txt.ts';

/** Level after the match, and nothing written to settle it: a replay may follow. */
export const drawnUnsettled = (m: RawMatch): boolean => {
  const s = m.score;
  const final = s.afterExtraTime ?? s.fullTime;
  return final !== undefined && final[0] === final[1] && s.penalties === undefined;
};

/**
 * The rules a single-match round follows as the file writes it: extra time where a match has
 * `a.e.t.`, a shoot-out where one has `pen.`, a replay where a drawn match is played again, a coin
 * toss where a comment says so. Used when neither `rules` nor the era registry gives them.
 */
export function writtenRules(
  name: string,
  legs: 1 | 2,
  first: ReadonlyArray<RawMatch>,
  replays: ReadonlyArray<RawMatch>,
  coinToss: boolean,
): TieRules {
  const deciders: Decider[] = [{ kind: 'aggregate' }];
  const said: string[] = [];
  if (first.some((m) => m.score.afterExtraTime)) {
    deciders.push({ kind: 'extra-time', awayGoals: false });
    said.push('extra time');
  }
  if (replays.length > 0) {
    deciders.push({
      kind: 'play-off',
      extraTime: replays.some((m) => m.score.afterExtraTime),
      penalties: replays.some((m) => m.score.penalties),
    });
    said.push('replay');
  }
  if (coinToss) {
    deciders.push({ kind: 'coin-toss' });
    said.push('coin toss');
  } else {
    deciders.push({ kind: 'penalties' });
    // The chain must end in a decider that always settles a tie; a round with no shoot-out written
    // gets one only to end the chain, and says so.
    said.push(first.some((m) => m.score.penalties) ? 'penalties' : 'penalties (none written)');
  }
  const what = legs === 2 ? 'two legs' : 'one match';
  return {
    id: `as-written-${legs}${said.map((x) => `-${slug(x)}`).join('')}`,
    name: `${name}: ${what}, then ${said.join(', ')} (as the file writes it)`,
    legs,
    deciders,
    source: 'the football.txt file itself (a.e.t., pen., replays and coin tosses as written)',
  };
}
