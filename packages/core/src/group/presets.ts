import type { Criterion, PointsSystem, TieBreakers } from './types.ts';

/** Three points for a win, one for a draw (FIFA and the confederations since 1994–95). */
export const threePointsForAWin: PointsSystem = { win: 3, draw: 1, loss: 0 };

const points: Criterion = { kind: 'overall', measure: 'points' };
const overall = (measure: Extract<Criterion, { kind: 'overall' }>['measure']): Criterion => ({
  kind: 'overall',
  measure,
});

/**
 * CAF club competitions 2017: points; then, among the teams level, head-to-head points, goal
 * difference, goals and away goals, re-applied to a subset still level; then goal difference, goals
 * and away goals in all group matches; then the drawing of lots.
 * Source: CAF Confederation Cup 2017 Regulations III. 20 & 21 (as cited by the Wikipedia article
 * "2017 CAF Confederation Cup group stage").
 */
export const caf2017Groups: TieBreakers = {
  id: 'caf-2017',
  name: 'CAF 2017: points, head-to-head (re-applied), goal difference, goals, away goals, lots',
  criteria: [
    points,
    {
      kind: 'head-to-head',
      measures: ['points', 'goal-difference', 'goals-for', 'away-goals'],
      reapply: true,
    },
    overall('goal-difference'),
    overall('goals-for'),
    overall('away-goals'),
    { kind: 'lots' },
  ],
  source: 'CAF Confederation Cup 2017 Regulations III. 20 & 21',
};

/**
 * UEFA club competition group stages 2021–22 to 2023–24 (Champions League, Europa League,
 * Conference League): points; head-to-head points, goal difference and goals, re-applied to a subset
 * still level; then goal difference, goals, away goals, wins and away wins in all group matches;
 * lower disciplinary points (red card 3, yellow card 1, two yellows in a match 3); the club
 * coefficient. Source: UEFA Champions League Regulations 2021/22 to 2023/24, Article 17.01.
 */
export const uefaClub2021Groups: TieBreakers = {
  id: 'uefa-club-2021',
  name: 'UEFA club groups 2021–2024: points, head-to-head (re-applied), goal difference, goals, away goals, wins, away wins, disciplinary points, coefficient',
  criteria: [
    points,
    { kind: 'head-to-head', measures: ['points', 'goal-difference', 'goals-for'], reapply: true },
    overall('goal-difference'),
    overall('goals-for'),
    overall('away-goals'),
    overall('wins'),
    overall('away-wins'),
    { kind: 'disciplinary' },
    { kind: 'coefficient', better: 'higher', name: 'UEFA club coefficient' },
  ],
  source: 'UEFA Champions League Regulations 2021/22 to 2023/24, Article 17.01',
};

/**
 * FIFA World Cup 2018 and 2022: points, goal difference and goals in all group matches; then, among
 * the teams level, head-to-head points, goal difference and goals (not re-applied); fair play points
 * (yellow card −1, indirect red −3, direct red −4, yellow then direct red −5: entered here as the
 * number of points deducted, fewer ranks higher); the drawing of lots.
 * Source: Regulations for the 2018 FIFA World Cup Russia, Article 32.5 (the same in 2022).
 */
export const fifaWorldCup2018Groups: TieBreakers = {
  id: 'fifa-world-cup-2018',
  name: 'FIFA World Cup 2018–2022: points, goal difference, goals, head-to-head, fair play, lots',
  criteria: [
    points,
    overall('goal-difference'),
    overall('goals-for'),
    { kind: 'head-to-head', measures: ['points', 'goal-difference', 'goals-for'], reapply: false },
    { kind: 'disciplinary' },
    { kind: 'lots' },
  ],
  source: 'Regulations for the 2018 FIFA World Cup Russia, Article 32.5',
};

/**
 * FIFA World Cup 2014 (before fair play points came in, October 2016): points, goal difference and
 * goals in all group matches; head-to-head points, goal difference and goals; the drawing of lots.
 * Source: Regulations for the 2014 FIFA World Cup Brazil, group stage ranking (AP, 28 June 2018:
 * "Under the rules of the 2014 World Cup, a drawing of lots would have been used").
 */
export const fifaWorldCup2014Groups: TieBreakers = {
  id: 'fifa-world-cup-2014',
  name: 'FIFA World Cup 2014: points, goal difference, goals, head-to-head, lots',
  criteria: [
    points,
    overall('goal-difference'),
    overall('goals-for'),
    { kind: 'head-to-head', measures: ['points', 'goal-difference', 'goals-for'], reapply: false },
    { kind: 'lots' },
  ],
  source: 'Regulations for the 2014 FIFA World Cup Brazil (group stage ranking)',
};

/**
 * UEFA European Championship 2016 and 2020 final tournaments: points; head-to-head points, goal
 * difference and goals, re-applied to a subset still level; goal difference and goals in all group
 * matches; lower disciplinary points; the position in the European Qualifiers overall ranking (lower
 * is better). The regulations' criterion for two teams level on everything who meet in the last
 * match (a penalty shoot-out at its end) is not modelled: enter its outcome as lots.
 * Source: Regulations of the UEFA European Football Championship 2018–20, Article 20.01
 * (2014–16: Article 18.01).
 */
export const uefaEuro2020Groups: TieBreakers = {
  id: 'uefa-euro-2020',
  name: 'UEFA EURO 2016–2020: points, head-to-head (re-applied), goal difference, goals, disciplinary points, qualifying ranking',
  criteria: [
    points,
    { kind: 'head-to-head', measures: ['points', 'goal-difference', 'goals-for'], reapply: true },
    overall('goal-difference'),
    overall('goals-for'),
    { kind: 'disciplinary' },
    { kind: 'coefficient', better: 'lower', name: 'European Qualifiers overall ranking' },
  ],
  source: 'Regulations of the UEFA European Football Championship 2018–20, Article 20.01',
};

/**
 * The league phase of UEFA club competitions from 2024–25 (Champions League, Europa League,
 * Conference League): points; then goal difference, goals, away goals, wins and away wins in the
 * league phase; then the points, goal difference and goals collectively of the league-phase opponents
 * met; lower disciplinary points (red card 3, yellow card 1, two yellows in a match 3); the higher club
 * coefficient. No head-to-head: teams level have mostly not met. Between matchdays 1 and 7 UEFA ranks
 * teams level on points by criteria a–e, then alphabetically: not modelled, the table lists the rest
 * of the criteria at every matchday.
 * Source: UEFA Champions League Regulations 2024/25, Article 18.01 (UEFA.com, 13 September 2024,
 * "Champions League league phase standings: How teams level on points are separated").
 */
export const uefaClub2024League: TieBreakers = {
  id: 'uefa-club-2024',
  name: "UEFA club league phase 2024–: points, goal difference, goals, away goals, wins, away wins, opponents' points, goal difference and goals, disciplinary points, coefficient",
  criteria: [
    points,
    overall('goal-difference'),
    overall('goals-for'),
    overall('away-goals'),
    overall('wins'),
    overall('away-wins'),
    { kind: 'opponents', measure: 'points' },
    { kind: 'opponents', measure: 'goal-difference' },
    { kind: 'opponents', measure: 'goals-for' },
    { kind: 'disciplinary' },
    { kind: 'coefficient', better: 'higher', name: 'UEFA club coefficient' },
  ],
  source: 'UEFA Champions League Regulations 2024/25, Article 18.01',
};

/** Every tie-breaker preset by id. */
export const groupPresets: ReadonlyArray<TieBreakers> = [
  caf2017Groups,
  uefaClub2021Groups,
  fifaWorldCup2018Groups,
  fifaWorldCup2014Groups,
  uefaEuro2020Groups,
  uefaClub2024League,
];

/** The ids of the tie-breaker presets, for messages. */
export const groupPresetIds: ReadonlyArray<string> = groupPresets.map((p) => p.id);

/** A tie-breaker preset by id, or undefined. */
export function findGroupPreset(id: string): TieBreakers | undefined {
  return groupPresets.find((p) => p.id === id);
}
