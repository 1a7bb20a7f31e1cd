import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import type { Competition } from '../competition/types.ts';
import { type TeamId, type TieId, tieId } from '../ids.ts';
import { singleMatch, uefa2021 } from '../rules/presets.ts';
import { createKnockout } from './knockout.ts';
import { seedTeams, singleElimination } from './single-elimination.ts';

const example = (): Competition => {
  return exampleCompetition();
};

const t = (s: string) => s as TeamId;
const winnerOf = (ko: ReturnType<typeof createKnockout>, id: string): string | undefined => {
  const s = ko.tie(tieId(id))?.state;
  return s?.kind === 'resolved' && s.outcome.kind === 'decided' ? s.outcome.winner : undefined;
};

describe('createKnockout on the 2017 CAF Confederation Cup', () => {
  it('derives every tie and the champion from the group positions and the legs', () => {
    const ko = createKnockout(example());
    expect(winnerOf(ko, 'QF1')).toBe('club-africain');
    expect(winnerOf(ko, 'QF2')).toBe('fus-rabat');
    expect(winnerOf(ko, 'QF3')).toBe('supersport-united');
    expect(winnerOf(ko, 'QF4')).toBe('tp-mazembe');
    expect(ko.tie(tieId('SF1'))?.teams).toEqual(['supersport-united', 'club-africain']);
    expect(ko.tie(tieId('SF2'))?.teams).toEqual(['tp-mazembe', 'fus-rabat']);
    expect(ko.tie(tieId('F'))?.teams).toEqual(['tp-mazembe', 'supersport-united']);
    expect(ko.champion()).toBe('tp-mazembe');
  });

  it('a correction that changes a quarter-final winner flags the semi-final legs as stale and clears the final', () => {
    const ko = createKnockout(example());
    const changed = ko.record(tieId('QF1'), {
      legs: [
        { home: t('mc-alger'), away: t('club-africain'), score: [3, 0] },
        { home: t('club-africain'), away: t('mc-alger'), score: [2, 0] },
      ],
    });
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.value).toEqual(['QF1', 'SF1', 'F']);
    expect(winnerOf(ko, 'QF1')).toBe('mc-alger');
    const sf1 = ko.tie(tieId('SF1'))!;
    expect(sf1.teams).toEqual(['supersport-united', 'mc-alger']);
    expect(sf1.state.kind).toBe('invalid');
    if (sf1.state.kind === 'invalid') {
      expect(sf1.state.error.code).toBe('team-changed');
      expect(sf1.state.error.message).toContain('Club Africain');
    }
    expect(ko.tie(tieId('F'))?.state.kind).toBe('waiting');
    expect(ko.champion()).toBeUndefined();
  });

  it('repairs a semi-final made stale by a correction one leg at a time', () => {
    const ko = createKnockout(example());
    ko.record(tieId('QF1'), {
      legs: [
        { home: t('mc-alger'), away: t('club-africain'), score: [3, 0] },
        { home: t('club-africain'), away: t('mc-alger'), score: [2, 0] },
      ],
    });
    const stale = ko.tie(tieId('SF1'))!.spec.legs;
    // Correct leg 1 while leg 2 still names Club Africain: accepted, the tie stays flagged.
    const first = { home: t('supersport-united'), away: t('mc-alger'), score: [1, 1] as const };
    const step1 = ko.record(tieId('SF1'), { legs: [first, stale[1]!] });
    expect(step1.ok).toBe(true);
    const flagged = ko.tie(tieId('SF1'))!.state;
    expect(flagged.kind === 'invalid' ? flagged.error.code : flagged.kind).toBe('team-changed');
    // A changed leg must fit the tie as it is now.
    const wrong = ko.record(tieId('SF1'), {
      legs: [first, { home: t('club-africain'), away: t('supersport-united'), score: [0, 3] }],
    });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('unknown-team');
    const negative = ko.record(tieId('SF1'), { legs: [{ ...first, score: [-1, 1] }, stale[1]!] });
    expect(negative.ok ? 'ok' : negative.error.code).toBe('negative-goals');
    // Deleting the stale leg is accepted; entering the new second leg settles the tie and the final.
    expect(ko.record(tieId('SF1'), { legs: [first] }).ok).toBe(true);
    const done = ko.record(tieId('SF1'), {
      legs: [first, { home: t('mc-alger'), away: t('supersport-united'), score: [0, 2] }],
    });
    expect(done.ok).toBe(true);
    expect(winnerOf(ko, 'SF1')).toBe('supersport-united');
    expect(ko.tie(tieId('F'))!.teams).toEqual(['tp-mazembe', 'supersport-united']);
    expect(ko.champion()).toBe('tp-mazembe');
  });

  it('correcting the result back restores everything downstream', () => {
    const ko = createKnockout(example());
    const original = ko.tie(tieId('QF1'))!.spec.legs;
    ko.record(tieId('QF1'), {
      legs: [
        { home: t('mc-alger'), away: t('club-africain'), score: [3, 0] },
        { home: t('club-africain'), away: t('mc-alger'), score: [2, 0] },
      ],
    });
    const back = ko.record(tieId('QF1'), { legs: original });
    expect(back.ok).toBe(true);
    expect(ko.champion()).toBe('tp-mazembe');
    expect(ko.tie(tieId('SF1'))?.state.kind).toBe('resolved');
  });

  it('rejects an invalid result and keeps the state unchanged', () => {
    const ko = createKnockout(example());
    const before = ko.tie(tieId('QF2'));
    const r = ko.record(tieId('QF2'), {
      legs: [
        { home: t('fus-rabat'), away: t('cs-sfaxien'), score: [1, 0] },
        { home: t('cs-sfaxien'), away: t('fus-rabat'), score: [1, 0], penalties: [5, 5] },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('penalties-level');
    expect(ko.tie(tieId('QF2'))).toBe(before);
  });

  it('refuses a result for a tie whose teams are not known yet', () => {
    const c = example();
    const empty: Competition = {
      ...c,
      rounds: c.rounds.map((r) => ({ ...r, ties: r.ties.map((tie) => ({ ...tie, legs: [] })) })),
    };
    const ko = createKnockout(empty);
    const r = ko.record(tieId('SF1'), {
      legs: [{ home: t('supersport-united'), away: t('club-africain'), score: [1, 1] }],
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('teams-not-known');
    expect(ko.tie(tieId('SF1'))?.state.kind).toBe('waiting');
  });

  it('never mutates the competition it was built from', () => {
    const c = example();
    const snapshot = JSON.stringify(c);
    const ko = createKnockout(c);
    ko.record(tieId('QF1'), { legs: [] });
    expect(JSON.stringify(c)).toBe(snapshot);
    expect(ko.competition().rounds[0]?.ties[0]?.legs).toEqual([]);
  });

  it('records the first leg and waits for the second', () => {
    const ko = createKnockout(example());
    ko.record(tieId('QF4'), {
      legs: [{ home: t('al-hilal-al-ubayyid'), away: t('tp-mazembe'), score: [1, 2] }],
    });
    const s = ko.tie(tieId('QF4'))!.state;
    expect(s.kind === 'resolved' && s.outcome.kind === 'undecided' ? s.outcome.next : s.kind).toBe(
      'second-leg',
    );
    expect(ko.tie(tieId('SF2'))?.state.kind).toBe('waiting');
  });
});

describe('singleElimination', () => {
  const play = (c: Competition): ReturnType<typeof createKnockout> => {
    const ko = createKnockout(c);
    // The upper line (better seed) always wins 2–1 at home.
    for (const round of c.rounds) {
      for (const tie of round.ties) {
        const [a, b] = ko.tie(tie.id)!.teams;
        const r = ko.record(tie.id, { legs: [{ home: a!, away: b!, score: [2, 1] }] });
        if (!r.ok) throw new Error(r.error.message);
      }
    }
    return ko;
  };

  it('pairs 1 v 8, 4 v 5, 2 v 7, 3 v 6 and lets seed 1 beat seed 2 in the final', () => {
    const c = singleElimination({
      id: 'cup',
      name: 'Cup',
      teams: seedTeams(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']),
      rules: singleMatch,
    });
    expect(c.rounds.map((r) => r.name)).toEqual(['Quarter-finals', 'Semi-finals', 'Final']);
    // Named as articles name them, ids derived from the names.
    expect(c.rounds.map((r) => r.id)).toEqual(['quarter-finals', 'semi-finals', 'final']);
    expect(c.rounds.map((r) => r.ties.map((t) => t.id))).toEqual([
      ['QF1', 'QF2', 'QF3', 'QF4'],
      ['SF1', 'SF2'],
      ['F'],
    ]);
    expect(c.rounds[1]!.ties[0]!.sides).toEqual([
      { kind: 'winner', tie: 'QF1' },
      { kind: 'winner', tie: 'QF2' },
    ]);
    const ko = createKnockout(c);
    expect(c.rounds[0]!.ties.map((tie) => ko.tie(tie.id)!.teams)).toEqual([
      ['S1', 'S8'],
      ['S4', 'S5'],
      ['S2', 'S7'],
      ['S3', 'S6'],
    ]);
    const done = play(c);
    expect(done.champion()).toBe('S1');
    expect(done.tie(tieId('F'))!.teams).toEqual(['S1', 'S2']);
  });

  it('gives byes to the top seeds when the number of teams is not a power of two', () => {
    const c = singleElimination({
      id: 'cup',
      name: 'Cup',
      teams: seedTeams(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']),
      rules: uefa2021,
    });
    const ko = createKnockout(c);
    expect(c.rounds[0]!.ties.map((tie) => ko.tie(tie.id)!.teams)).toEqual([
      ['S4', 'S5'],
      ['S3', 'S6'],
    ]);
    expect(c.rounds[1]!.ties.map((tie) => tie.sides)).toEqual([
      [
        { kind: 'team', team: 'S1' },
        { kind: 'winner', tie: 'QF1' },
      ],
      [
        { kind: 'team', team: 'S2' },
        { kind: 'winner', tie: 'QF2' },
      ],
    ]);
  });

  it('runs brackets of 2 to 1,000 teams to a champion with one result per tie', () => {
    for (const n of [2, 3, 5, 16, 17, 100, 1000]) {
      const c = singleElimination({
        id: 'cup',
        name: 'Cup',
        teams: seedTeams(Array.from({ length: n }, (_, i) => `T${i + 1}`)),
        rules: singleMatch,
      });
      const ties = c.rounds.reduce((s, r) => s + r.ties.length, 0);
      expect(ties).toBe(n - 1);
      expect(play(c).champion()).toBe('T1');
    }
  });

  it('re-derives the rest of the bracket when an early result is corrected', () => {
    const c = singleElimination({
      id: 'cup',
      name: 'Cup',
      teams: seedTeams(['S1', 'S2', 'S3', 'S4']),
      rules: singleMatch,
    });
    const ko = play(c);
    const first = c.rounds[0]!.ties[0]!.id as TieId;
    const r = ko.record(first, { legs: [{ home: t('S1'), away: t('S4'), score: [0, 1] }] });
    expect(r.ok).toBe(true);
    const final = ko.tie(tieId('F'))!;
    expect(final.teams).toEqual(['S4', 'S2']);
    expect(final.state.kind === 'invalid' ? final.state.error.code : final.state.kind).toBe('team-changed');
  });
});
