import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import { checkCompetition } from '../competition/check-competition.ts';
import type { Competition, Round, TieSpec } from '../competition/types.ts';
import { type TeamId, tieId } from '../ids.ts';
import { bracketModel, bracketOrder } from '../report/bracket-model.ts';
import { finalTie } from './final-tie.ts';
import { createKnockout } from './knockout.ts';

const example = (): Competition => {
  return exampleCompetition();
};

const t = (s: string) => s as TeamId;

/**
 * The 2017 CAF Confederation Cup with a third-place tie added to the last round and listed before
 * the final. The competition had no third-place match: this tie is invented to give the last round
 * a second tie fed by losers (Club Africain lost SF1, FUS Rabat lost SF2), and it is won by Club
 * Africain, so a champion read from the round's first tie would be Club Africain, not TP Mazembe.
 */
const withThirdPlaceFirst = (): Competition => {
  const c = example();
  const third: TieSpec = {
    id: tieId('3P'),
    sides: [
      { kind: 'loser', tie: tieId('SF1') },
      { kind: 'loser', tie: tieId('SF2') },
    ],
    legs: [
      { home: t('club-africain'), away: t('fus-rabat'), score: [1, 0] },
      { home: t('fus-rabat'), away: t('club-africain'), score: [0, 0] },
    ],
  };
  const last = c.rounds[c.rounds.length - 1]!;
  const rounds: Round[] = [...c.rounds.slice(0, -1), { ...last, ties: [third, ...last.ties] }];
  return { ...c, rounds };
};

describe('finalTie', () => {
  it('is the only tie of the last round in the 2017 CAF Confederation Cup', () => {
    expect(finalTie(example())?.id).toBe('F');
  });

  it('is the tie of the last round fed by winners, wherever a third-place tie is listed', () => {
    const c = withThirdPlaceFirst();
    expect(checkCompetition(c)).toEqual([]);
    expect(finalTie(c)?.id).toBe('F');
  });

  it('is undefined for a competition with no rounds', () => {
    expect(finalTie({ ...example(), rounds: [] })).toBeUndefined();
  });
});

describe('the champion with a third-place match listed first', () => {
  it('is the winner of the final, not of the third-place match', () => {
    const ko = createKnockout(withThirdPlaceFirst());
    const third = ko.tie(tieId('3P'))?.state;
    expect(third?.kind === 'resolved' && third.outcome.kind === 'decided' && third.outcome.winner).toBe(
      'club-africain',
    );
    expect(ko.champion()).toBe('tp-mazembe');
  });

  it('is the champion the bracket drawing (SVG, PNG, web) prints, with the final drawn first', () => {
    const c = withThirdPlaceFirst();
    const model = bracketModel(c, createKnockout(c));
    expect(model.champion).toBe('TP Mazembe');
    expect(bracketOrder(c)[c.rounds.length - 1]).toEqual(['F', '3P']);
  });
});
