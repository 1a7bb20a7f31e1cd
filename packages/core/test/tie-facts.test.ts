import { describe, expect, it } from 'vitest';
import {
  type MatchFacts,
  resolveTie,
  rulesInForce,
  type TeamId,
  type TieFacts,
  type TieRules,
} from '../src/index.ts';

const t = (s: string): TeamId => s as TeamId;
const leg = (
  home: string,
  away: string,
  score: [number, number],
  more: Partial<MatchFacts> = {},
): MatchFacts => ({
  home: t(home),
  away: t(away),
  score,
  ...more,
});
const rulesOf = (competition: string, season: string, round: string): TieRules => {
  const r = rulesInForce(competition, season, round);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rules;
};

describe('walkovers and awarded results are recorded as such', () => {
  it('gives a walkover to its team (2021–22 Europa League: RB Leipzig v Spartak Moskva, not played)', () => {
    const tie: TieFacts = {
      teams: [t('RB Leipzig'), t('Spartak Moskva')],
      legs: [],
      walkover: t('RB Leipzig'),
    };
    expect(resolveTie(tie, rulesOf('uefa-europa-league', '2021-22', 'round-of-16'))).toMatchObject({
      ok: true,
      value: {
        kind: 'decided',
        winner: 'RB Leipzig',
        decidedBy: 'walkover',
        summary: 'RB Leipzig won on walkover.',
      },
    });
  });

  it('decides a tie with an awarded leg by walkover (1990–91 European Cup: Milan v Marseille, leg 2 awarded 3–0)', () => {
    const tie: TieFacts = {
      legs: [
        leg('AC Milan', 'Olympique Marseille', [1, 1]),
        leg('Olympique Marseille', 'AC Milan', [3, 0], { awarded: true }),
      ],
    };
    expect(resolveTie(tie, rulesOf('uefa-champions-league', '1990-91', 'quarter-final'))).toMatchObject({
      ok: true,
      value: { kind: 'decided', winner: 'Olympique Marseille', decidedBy: 'walkover' },
    });
  });

  it('decides a tie with an awarded leg by walkover (2015 Libertadores: River Plate v Boca Juniors, leg 2 awarded)', () => {
    const tie: TieFacts = {
      legs: [
        leg('River Plate', 'Boca Juniors', [1, 0]),
        leg('Boca Juniors', 'River Plate', [0, 3], { awarded: true }),
      ],
    };
    expect(resolveTie(tie, rulesOf('conmebol-libertadores', '2015', 'round-of-16'))).toMatchObject({
      ok: true,
      value: { winner: 'River Plate', decidedBy: 'walkover' },
    });
  });

  it('leaves a tie with an awarded first leg undecided until the second is played', () => {
    const tie: TieFacts = {
      legs: [leg('A', 'B', [0, 3], { awarded: true }), { home: t('B'), away: t('A') }],
    };
    expect(resolveTie(tie, rulesOf('uefa-conference-league', '2024-25', 'qualifying'))).toMatchObject({
      ok: true,
      value: { kind: 'undecided', next: 'second-leg' },
    });
  });
});

describe('play-off matches and coin tosses are facts of the tie', () => {
  // European Cup 1964–65 first round: Dukla Praha 4–1 Górnik Zabrze, Górnik 3–0 Dukla; play-off 0–0
  // after extra time; Dukla through on a coin toss.
  const dukla = (more: Partial<TieFacts>): TieFacts => ({
    legs: [leg('Dukla Praha', 'Gornik Zabrze', [4, 1]), leg('Gornik Zabrze', 'Dukla Praha', [3, 0])],
    ...more,
  });
  const rules1964 = rulesOf('uefa-champions-league', '1964-65', 'first-round');

  it('is undecided until the play-off match is given', () => {
    expect(resolveTie(dukla({}), rules1964)).toMatchObject({
      ok: true,
      value: { kind: 'undecided', next: 'play-off' },
    });
  });

  it('needs the play-off extra time when the play-off is level after 90 minutes', () => {
    const playoff = leg('Dukla Praha', 'Gornik Zabrze', [0, 0], { neutral: true });
    expect(resolveTie(dukla({ playoff }), rules1964)).toMatchObject({
      ok: true,
      value: { next: 'extra-time' },
    });
  });

  it('then needs the coin toss, and is decided by it', () => {
    const playoff = leg('Dukla Praha', 'Gornik Zabrze', [0, 0], { extraTime: [0, 0], neutral: true });
    expect(resolveTie(dukla({ playoff }), rules1964)).toMatchObject({
      ok: true,
      value: { next: 'coin-toss' },
    });
    expect(resolveTie(dukla({ playoff, coinToss: t('Dukla Praha') }), rules1964)).toMatchObject({
      ok: true,
      value: { kind: 'decided', winner: 'Dukla Praha', decidedBy: 'coin-toss' },
    });
  });

  it('rejects a coin toss after a decided play-off, naming the play-off', () => {
    // European Cup 1966–67 first round: Liverpool v Petrolul Ploiești, play-off 2–0 to Liverpool.
    const tie: TieFacts = {
      legs: [leg('Liverpool', 'Petrolul', [2, 0]), leg('Petrolul', 'Liverpool', [3, 1])],
      playoff: leg('Liverpool', 'Petrolul', [2, 0], { neutral: true }),
      coinToss: t('Petrolul'),
    };
    const r = resolveTie(tie, rulesOf('uefa-champions-league', '1966-67', 'first-round'));
    expect(r).toMatchObject({ ok: false, error: { code: 'coin-toss-not-needed', path: ['coinToss'] } });
    expect(r.ok ? '' : r.error.message).toContain('the play-off match (Liverpool went through)');
  });

  it('replays a two-legged EFL final of 1987 whatever the away goals (Gillingham v Swindon Town, replay 0–2)', () => {
    const legs = [leg('Gillingham', 'Swindon Town', [1, 0]), leg('Swindon Town', 'Gillingham', [2, 1])];
    const rules = rulesOf('efl-play-offs', '1986-87', 'final');
    expect(resolveTie({ legs }, rules)).toMatchObject({
      ok: true,
      value: { kind: 'undecided', next: 'play-off' },
    });
    const playoff = leg('Gillingham', 'Swindon Town', [0, 2], { neutral: true });
    expect(resolveTie({ legs, playoff }, rules)).toMatchObject({
      ok: true,
      value: { winner: 'Swindon Town', decidedBy: 'play-off' },
    });
  });

  it('replays a one-match final of 1974 level after extra time (Bayern Munich v Atlético Madrid, replay 4–0)', () => {
    const rules = rulesOf('uefa-champions-league', '1973-74', 'final');
    const final = leg('Bayern Munich', 'Atletico Madrid', [0, 0], { extraTime: [1, 1], neutral: true });
    expect(resolveTie({ legs: [final] }, rules)).toMatchObject({ ok: true, value: { next: 'play-off' } });
    const playoff = leg('Bayern Munich', 'Atletico Madrid', [4, 0], { neutral: true });
    expect(resolveTie({ legs: [final], playoff }, rules)).toMatchObject({
      ok: true,
      value: { winner: 'Bayern Munich', decidedBy: 'play-off' },
    });
  });
});
