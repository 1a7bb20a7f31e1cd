import { teamId, tieId } from '@cupstage/core';
import { describe, expect, it } from 'vitest';
import { slotFromEarlier } from './slots.ts';

// The 2017 CAF Confederation Cup semi-finals: SuperSport United beat Club Africain (SF1), TP Mazembe
// beat FUS Rabat (SF2).
const semiFinals = [{ id: tieId('SF1') }, { id: tieId('SF2') }];
const results = new Map([
  [tieId('SF1'), { winner: teamId('supersport-united'), loser: teamId('club-africain') }],
  [tieId('SF2'), { winner: teamId('tp-mazembe'), loser: teamId('fus-rabat') }],
]);

describe('slotFromEarlier', () => {
  it('places a finalist as the winner of the tie it won', () => {
    expect(slotFromEarlier(teamId('tp-mazembe'), semiFinals, results)).toEqual({
      kind: 'winner',
      tie: 'SF2',
    });
  });
  it('places a losing semi-finalist as the loser of its tie (a third-place match)', () => {
    expect(slotFromEarlier(teamId('club-africain'), semiFinals, results)).toEqual({
      kind: 'loser',
      tie: 'SF1',
    });
  });
  it('gives nothing for a team that played none of the earlier ties', () => {
    expect(slotFromEarlier(teamId('mc-alger'), semiFinals, results)).toBeUndefined();
  });
});
