import { describe, expect, it } from 'vitest';
import { cafGroups } from '../../test/caf-2017-groups.ts';
import type { TeamId } from '../ids.ts';
import { caf2017Groups, threePointsForAWin } from './presets.ts';
import { rankGroup } from './rank-group.ts';
import { groupOutlook, remainingFixtures } from './team-status.ts';
import type { Group } from './types.ts';

/**
 * The reference: every score of every remaining match within the bound, each ranked in full. Slow
 * but plainly right; groupOutlook must agree with it on every team.
 */
function bruteForce(group: Group, maxGoals: number): Map<TeamId, number[]> {
  const played = group.matches.filter((m) => m.score !== undefined);
  const left = remainingFixtures(group);
  const open = new Map<TeamId, Set<number>>(group.teams.map((t) => [t, new Set<number>()]));
  const side = maxGoals + 1;
  const total = side ** (2 * left.length);
  for (let k = 0; k < total; k++) {
    let c = k;
    const matches = [...played];
    for (const m of left) {
      const h = c % side;
      c = Math.floor(c / side);
      const a = c % side;
      c = Math.floor(c / side);
      matches.push({ home: m.home, away: m.away, score: [h, a] });
    }
    const r = rankGroup({ ...group, matches }, caf2017Groups, threePointsForAWin);
    for (const line of r.table) {
      const size = line.undecided ? line.undecided.level.length : 1;
      for (let q = 0; q < size; q++) open.get(line.row.team)!.add(line.position + q);
    }
  }
  return new Map([...open].map(([t, s]) => [t, [...s].sort((a, b) => a - b)]));
}

describe('groupOutlook', () => {
  it('agrees with brute-force enumeration for every team of every group before the last matchday (0–4 goals a side)', () => {
    for (const group of cafGroups(5)) {
      expect(remainingFixtures(group)).toHaveLength(2);
      const outlook = groupOutlook(group, caf2017Groups, threePointsForAWin, 2, { maxGoals: 4 });
      if (!outlook.ok) throw new Error(outlook.error.message);
      const reference = bruteForce(group, 4);
      for (const o of outlook.value) {
        expect({ group: group.id, team: o.team, positions: o.positions }).toEqual({
          group: group.id,
          team: o.team,
          positions: reference.get(o.team),
        });
      }
    }
  });

  it('gives each team of Group C its status before matchday 6 (Al-Hilal 10, ZESCO 7, Libolo 6, Smouha 5)', () => {
    // Points after matchday 5 as published (BBC; AFP via pakobserver). Only ZESCO can still reach 10,
    // so Al-Hilal is through; Smouha (at most 8) cannot pass both Al-Hilal and ZESCO (7 already).
    const c = cafGroups(5).find((g) => g.id === 'C')!;
    const outlook = groupOutlook(c, caf2017Groups, threePointsForAWin, 2);
    if (!outlook.ok) throw new Error(outlook.error.message);
    expect(Object.fromEntries(outlook.value.map((o) => [o.team, o.status]))).toEqual({
      'Al-Hilal Al-Ubayyid': 'through',
      'ZESCO United': 'can-still-qualify',
      'Recreativo do Libolo': 'can-still-qualify',
      Smouha: 'can-still-qualify',
    });
  });

  it('reads final standings once every match is played', () => {
    const a = cafGroups().find((g) => g.id === 'A')!;
    const outlook = groupOutlook(a, caf2017Groups, threePointsForAWin, 2);
    if (!outlook.ok) throw new Error(outlook.error.message);
    expect(outlook.value.map((o) => [o.team, o.status, o.positions])).toEqual([
      ['FUS Rabat', 'through', [2]],
      ['KCCA', 'eliminated', [3]],
      ['Club Africain', 'through-as-winners', [1]],
      ['Rivers United', 'eliminated', [4]],
    ]);
  });

  it('refuses a group with too many outcomes to rank, naming the limit', () => {
    const a = cafGroups(0).find((g) => g.id === 'A')!;
    const outlook = groupOutlook(a, caf2017Groups, threePointsForAWin, 2, { maxOutcomes: 1000 });
    expect(outlook.ok).toBe(false);
    if (!outlook.ok) expect(outlook.error.code).toBe('outcomes-over-limit');
  });
});
