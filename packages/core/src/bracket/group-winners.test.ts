import { describe, expect, it } from 'vitest';
import type { Team } from '../competition/types.ts';
import { type TeamId, tieId } from '../ids.ts';
import { caf2017, singleMatch } from '../rules/presets.ts';
import { groupWinnersBracket } from './group-winners.ts';
import { createKnockout } from './knockout.ts';

const team = (id: string, name: string, country: string): Team => ({ id: id as TeamId, name, country });

/** The 2017 CAF Confederation Cup group winners and runners-up (the seed article's "Qualified teams"). */
const CAF_2017 = [
  {
    group: 'A',
    winner: team('club-africain', 'Club Africain', 'TUN'),
    runnerUp: team('fus-rabat', 'FUS Rabat', 'MAR'),
  },
  {
    group: 'B',
    winner: team('cs-sfaxien', 'CS Sfaxien', 'TUN'),
    runnerUp: team('mc-alger', 'MC Alger', 'ALG'),
  },
  {
    group: 'C',
    winner: team('zesco-united', 'ZESCO United', 'ZAM'),
    runnerUp: team('al-hilal-al-ubayyid', 'Al-Hilal Al-Ubayyid', 'SDN'),
  },
  {
    group: 'D',
    winner: team('tp-mazembe', 'TP Mazembe', 'COD'),
    runnerUp: team('supersport-united', 'SuperSport United', 'RSA'),
  },
];

describe('groupWinnersBracket', () => {
  const c = groupWinnersBracket({
    id: 'caf',
    name: '2017 CAF Confederation Cup',
    groups: CAF_2017,
    rules: caf2017,
    finalRules: singleMatch,
  });

  it('pairs runners-up with the winners of the paired group, as the 2017 quarter-finals (winners host the second leg)', () => {
    const qf = c?.rounds[0];
    expect(qf?.name).toBe('Quarter-finals');
    expect(qf?.legOrder).toEqual({ kind: 'group-winners-host-second-leg' });
    // The seed article: MC Alger (B2) v Club Africain (A1), SuperSport United (D2) v ZESCO United (C1),
    // FUS Rabat (A2) v CS Sfaxien (B1), Al-Hilal Al-Ubayyid (C2) v TP Mazembe (D1).
    const ko = createKnockout(c!);
    expect(qf?.ties.map((t) => [t.id, ...(ko.tie(t.id)?.teams ?? [])])).toEqual([
      ['QF1', 'mc-alger', 'club-africain'],
      ['QF3', 'supersport-united', 'zesco-united'],
      ['QF2', 'fus-rabat', 'cs-sfaxien'],
      ['QF4', 'al-hilal-al-ubayyid', 'tp-mazembe'],
    ]);
  });

  it('keeps the two qualifiers of a group in different halves, and names later rounds as articles do', () => {
    expect(c?.rounds.map((r) => r.name)).toEqual(['Quarter-finals', 'Semi-finals', 'Final']);
    expect(c?.rounds[1]?.ties.map((t) => [t.id, t.sides])).toEqual([
      [
        'SF1',
        [
          { kind: 'winner', tie: tieId('QF1') },
          { kind: 'winner', tie: tieId('QF3') },
        ],
      ],
      [
        'SF2',
        [
          { kind: 'winner', tie: tieId('QF2') },
          { kind: 'winner', tie: tieId('QF4') },
        ],
      ],
    ]);
    expect(c?.rounds[2]?.rules).toBe(singleMatch);
    expect(c?.groups).toContainEqual({ group: 'A', positions: ['club-africain', 'fus-rabat'] });
  });

  it('gives nothing for a number of groups that makes no bracket', () => {
    expect(
      groupWinnersBracket({ id: 'x', name: 'X', groups: CAF_2017.slice(0, 3), rules: caf2017 }),
    ).toBeUndefined();
  });
});
