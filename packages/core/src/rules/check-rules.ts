import { cupError, err, ok, type Result } from '../result.ts';
import { extraTimeKinds, penaltiesAfterPlayoff, playoffDecider, type TieRules } from './tie-rules.ts';

/**
 * Checks that a rule set can always settle a tie: the chain starts with `aggregate` (or with `points`
 * over two legs, as CONMEBOL's did until 2004), has no decider
 * twice, plays extra time at most once (plain, golden goal or silver goal), uses away goals only over
 * two legs, and ends in a decider that cannot be level
 * (penalties, a coin toss, or a play-off match that ends in penalties if needed).
 *
 * @example checkRules(caf2017).ok // true
 */
export function checkRules(rules: TieRules): Result<TieRules> {
  const kinds = rules.deciders.map((d) => d.kind);
  if (kinds[0] !== 'aggregate' && kinds[0] !== 'points') {
    return err(
      cupError(
        'rules-must-start-with-aggregate',
        ['deciders', 0],
        'the decider chain must start with "aggregate" (or "points" for a two-legged tie)',
      ),
    );
  }
  const pointsAt = kinds.indexOf('points');
  if (pointsAt > 0) {
    return err(
      cupError(
        'points-after-aggregate',
        ['deciders', pointsAt],
        '"points" comes first in the chain: once goals are counted, points decide nothing more',
      ),
    );
  }
  const seen = new Set<string>();
  for (const [i, kind] of kinds.entries()) {
    if (seen.has(kind)) {
      return err(
        cupError('duplicate-decider', ['deciders', i], `the decider "${kind}" appears twice in the chain`),
      );
    }
    seen.add(kind);
  }
  if (rules.legs === 1 && seen.has('away-goals')) {
    return err(
      cupError('away-goals-in-single-match', ['deciders'], 'away goals cannot decide a tie of one match'),
    );
  }
  if (rules.legs === 1 && seen.has('points')) {
    return err(
      cupError('points-in-single-match', ['deciders', 0], 'points cannot decide a tie of one match'),
    );
  }
  const last = rules.deciders[rules.deciders.length - 1];
  const settles =
    last?.kind === 'penalties' || last?.kind === 'coin-toss' || (last?.kind === 'play-off' && last.penalties);
  if (!settles) {
    return err(
      cupError(
        'rules-can-end-level',
        ['deciders', rules.deciders.length - 1],
        'the decider chain must end with "penalties", "coin-toss" or a play-off match with penalties, so that every tie is settled',
      ),
    );
  }
  if (penaltiesAfterPlayoff(rules)) {
    const at = kinds.indexOf('penalties');
    const playoffAt = kinds.indexOf('play-off');
    if (playoffAt < 0 || playoffAt > at) {
      return err(
        cupError(
          'penalties-without-play-off',
          ['deciders', at],
          '"penalties" with "playoff": true is the shoot-out of the play-off match: a "play-off" decider must come before it',
        ),
      );
    }
    if (playoffDecider(rules)?.penalties) {
      return err(
        cupError(
          'penalties-twice',
          ['deciders', at],
          'the play-off match already ends in penalties ("penalties": true): a later "penalties" with "playoff": true would be a second shoot-out',
        ),
      );
    }
  }
  const extraTimes = kinds.filter((k) => extraTimeKinds.includes(k));
  if (extraTimes.length > 1) {
    return err(
      cupError(
        'extra-time-twice',
        ['deciders', kinds.lastIndexOf(extraTimes[1]!)],
        `extra time is played once: the chain has both "${extraTimes[0]}" and "${extraTimes[1]}"`,
      ),
    );
  }
  const etIndex = kinds.findIndex((k) => extraTimeKinds.includes(k));
  const awayIndex = kinds.indexOf('away-goals');
  if (etIndex >= 0 && awayIndex > etIndex) {
    return err(
      cupError(
        'away-goals-after-extra-time',
        ['deciders', awayIndex],
        'away goals after extra time are set with "awayGoals" on the extra-time decider',
      ),
    );
  }
  return ok(rules);
}
