import { describe, expect, it } from 'vitest';
import { checkRow } from '../scripts/verify-history.ts';

/** Rows copied from ../shared/data/single_matches.csv (the test suite does not read ../shared). */
const singleMatch = (row: Record<string, string>): Record<string, string> => ({
  format: 'single_match',
  usable: 'yes',
  replay_count: '0',
  ...row,
});

describe('verify-history reads single_matches.csv rows', () => {
  it('checks a 2023 Copa Sudamericana first-stage match: one match, penalties straight after 90 minutes', () => {
    const c = checkRow(
      singleMatch({
        source: 'openfootball/south-america',
        competition: 'Copa Sudamericana',
        season: '2023',
        round: 'Preliminary round',
        tie_id:
          'of-conmebol-Copa-Sudamericana-2023-Preliminary-round-Estudiantes-de-Merida-v-Deportivo-Tachira',
        team_a: 'Estudiantes de Mérida (VEN)',
        team_b: 'Deportivo Táchira (VEN)',
        leg1_a: '1',
        leg1_b: '1',
        pens_a: '3',
        pens_b: '1',
        decided_by: 'penalties',
        winner: 'Estudiantes de Mérida (VEN)',
        leg2_aet: '0',
      }),
    );
    expect(c).toMatchObject({
      era: 'sudamericana-2023-one-match-first-stage',
      winnerAgrees: true,
      decidedByAgrees: true,
    });
  });

  it('checks the 2001 Champions League final: 1–1 after extra time, Bayern Munich 5–4 on penalties', () => {
    const c = checkRow(
      singleMatch({
        competition: 'European Cup / UEFA Champions League',
        season: '2000-01',
        round: 'final',
        tie_id: 'esd-champs-2000-final-Bayern-Munich-v-Valencia-CF',
        team_a: 'Bayern Munich',
        team_b: 'Valencia CF',
        leg1_a: '1',
        leg1_b: '1',
        et_a: '0',
        et_b: '0',
        pens_a: '5',
        pens_b: '4',
        decided_by: 'penalties',
        winner: 'Bayern Munich',
        leg2_aet: '1',
      }),
    );
    expect(c).toMatchObject({
      era: 'champions-league-golden-goal-final',
      winnerAgrees: true,
      decidedByAgrees: true,
    });
  });
});
