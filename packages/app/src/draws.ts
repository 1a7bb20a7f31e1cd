import {
  checkSeed,
  type DrawLog,
  type DrawOutcome,
  type DrawRecord,
  drawOutcome,
  err,
  findRound,
  ok,
  type Result,
  roundId,
} from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import type { Actor, Ports } from './ports.ts';
import { seedCommitment } from './seed-commitment.ts';
import { type Written, write } from './write.ts';

/** Input of `commitDraw`: the SHA-256 (hex) of the seed of a round's draw, published before it. */
export interface CommitmentInput {
  readonly round: string;
  readonly commitment: string;
}

/**
 * Publishes the commitment of a round's draw: the SHA-256 of the seed, stored with the time it was
 * received, before the ceremony (the seed itself is only sent with the draw's log). A later
 * commitment for the same round replaces an unused one; a round that has results has no draw left.
 *
 * @example await commitDraw(ports, editor, 'cup', { round: 'semi-finals', commitment: 'ab12...' }, 4)
 */
export function commitDraw(
  ports: Ports,
  actor: Actor | undefined,
  competitionId: string,
  input: CommitmentInput,
  expectedVersion: number,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId,
    expectedVersion,
    need: 'edit',
    target: `${input.round} draw`,
    action: () => 'draw-committed',
    decide: (state) => {
      const found = findRound(state.competition, input.round);
      if (!found.ok) return err(found.error);
      if (input.commitment.toLowerCase() === seedCommitment(''))
        return err(
          appError(
            'seed-too-short',
            ['commitment'],
            'this is the SHA-256 of an empty seed, which anyone can recompute: commit to a seed of at least 16 characters',
          ),
        );
      const played = found.value.ties.some((t) => t.legs.length > 0);
      if (played)
        return err(
          appError(
            'round-has-results',
            ['round'],
            `${found.value.name} already has results: there is no draw left to commit to`,
          ),
        );
      return ok([
        {
          kind: 'draw-committed',
          round: found.value.id,
          commitment: input.commitment.toLowerCase(),
          at: ports.clock.now(),
        },
      ]);
    },
  });
}

/** Input of `recordDraw`: the record, and the log of a draw run by cupstage to apply to its round. */
export interface DrawInput {
  readonly draw: DrawRecord;
  readonly log?: DrawLog;
}

/**
 * Records a draw that was held (a draw with the same id replaces the earlier record). With a `log`
 * (from `POST /competitions/:id/draws/run` or `cupstage draw run --round`), the draw is verified and
 * applied to its round (the one round of `draw.rounds`): the log's seed must be long enough and its
 * SHA-256 the commitment published for that round before the draw (`draw-not-committed` when none
 * was, `seed-commitment-mismatch`), the round must have no result (`round-has-results`), and the log
 * must replay as a draw of that round as it stands (core's `drawOutcome`). The round's pairs and
 * order of legs then follow the draw; the record keeps the seed, the commitment, its time and the ties.
 * Without a log, the record only documents a draw held elsewhere and changes no tie.
 *
 * @example await recordDraw(ports, editor, 'cup', { draw, log }, 5)
 */
export function recordDraw(
  ports: Ports,
  actor: Actor | undefined,
  competitionId: string,
  input: DrawInput,
  expectedVersion: number,
): Promise<Result<Written, AppError>> {
  const { draw, log } = input;
  return write(ports, actor, {
    competitionId,
    expectedVersion,
    need: 'edit',
    target: `draw ${draw.id}`,
    action: () => 'draw-recorded',
    decide: (state) => {
      const rounds = new Set<string>(state.competition.rounds.map((r) => r.id));
      const i = draw.rounds.findIndex((r) => !rounds.has(r));
      if (i >= 0)
        return err(
          appError('unknown-round', ['rounds', i], `"${draw.rounds[i]}" is not a round of this competition`),
        );
      if (!log) return ok([{ kind: 'draw-recorded', draw }]);
      const round = draw.rounds[0];
      if (draw.rounds.length !== 1 || round === undefined)
        return err(
          appError(
            'draw-log-one-round',
            ['rounds'],
            `a draw log draws one round: name it alone in rounds (this record names ${draw.rounds.length})`,
          ),
        );
      const name = state.competition.rounds.find((r) => r.id === round)?.name ?? round;
      const committed = (state.commitments ?? []).find((c) => c.round === round);
      if (!committed)
        return err(
          appError(
            'draw-not-committed',
            ['log', 'commitment'],
            `no commitment was published for the ${name} draw: publish the SHA-256 of the seed before the draw (POST /competitions/${competitionId}/draws/commitments), then run it`,
          ),
        );
      if (log.seed === undefined)
        return err(
          appError(
            'seed-too-short',
            ['log', 'seed'],
            'the log has no seed: a draw is applied only with the seed it ran on',
          ),
        );
      const short = checkSeed(log.seed, ['log', 'seed']);
      if (short) return err(short);
      if (seedCommitment(log.seed) !== committed.commitment)
        return err(
          appError(
            'seed-commitment-mismatch',
            ['log', 'seed'],
            `the seed's SHA-256 is not the commitment published for the ${name} draw at ${committed.at}`,
          ),
        );
      const outcome = drawOutcome(state.competition, round, log);
      if (!outcome.ok) {
        const first = outcome.error[0]!;
        return err(appError(first.code, first.path, first.message, { errors: outcome.error }));
      }
      const applied: DrawOutcome = outcome.value;
      const record: DrawRecord = {
        ...draw,
        rounds: [roundId(round)],
        seed: log.seed,
        commitment: committed.commitment,
        committedAt: committed.at,
        ties: log.ties.map((t) => [t[0], t[1]] as const),
      };
      return ok([{ kind: 'draw-recorded', draw: record, outcome: applied }]);
    },
  });
}
