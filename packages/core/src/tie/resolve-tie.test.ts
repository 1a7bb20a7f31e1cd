import { describe, expect, it } from 'vitest';
import type { TeamId } from '../ids.ts';
import {
  caf2017,
  conmebol2022,
  findPreset,
  replay1955,
  singleMatch,
  uefa1970,
  uefa2021,
} from '../rules/presets.ts';
import type { TieRules } from '../rules/tie-rules.ts';
import { resolveTie } from './resolve-tie.ts';
import type { MatchFacts, TieFacts } from './types.ts';

type G = readonly [number, number];
/** A leg: home, away, score after 90 minutes, then optionally extra-time goals and a shoot-out (home first). */
const leg = (home: string, away: string, score: G, extraTime?: G, penalties?: G): MatchFacts => ({
  home: home as TeamId,
  away: away as TeamId,
  score,
  ...(extraTime ? { extraTime } : {}),
  ...(penalties ? { penalties } : {}),
});

interface Row {
  readonly case: string;
  readonly rules: TieRules;
  readonly tie: TieFacts;
  readonly winner: string;
  readonly decidedBy: string;
  readonly summary?: string;
}

/**
 * Real ties (source in the case name) and, where no real tie of that shape exists for the preset, the
 * same football with the other side hosting the first leg (marked "other way round"). Every decider of
 * every preset is decided once for the side hosting leg 1 and once for the side hosting leg 2.
 */
const rows: Row[] = [
  // caf-2017 — 2017 CAF Confederation Cup knockout stage (the seed article)
  {
    case: 'CAF 2017 QF: MC Alger v Club Africain (aggregate, leg-2 host wins)',
    rules: caf2017,
    tie: { legs: [leg('MC Alger', 'Club Africain', [1, 0]), leg('Club Africain', 'MC Alger', [2, 0])] },
    winner: 'Club Africain',
    decidedBy: 'aggregate',
    summary: 'Club Africain won 2–1 on aggregate.',
  },
  {
    case: 'CAF 2017 SF: TP Mazembe v FUS Rabat (aggregate, leg-1 host wins)',
    rules: caf2017,
    tie: { legs: [leg('TP Mazembe', 'FUS Rabat', [1, 0]), leg('FUS Rabat', 'TP Mazembe', [0, 0])] },
    winner: 'TP Mazembe',
    decidedBy: 'aggregate',
    summary: 'TP Mazembe won 1–0 on aggregate.',
  },
  {
    case: 'CAF 2017 QF: SuperSport United v ZESCO United (away goals, leg-1 host wins)',
    rules: caf2017,
    tie: {
      legs: [
        leg('SuperSport United', 'ZESCO United', [0, 0]),
        leg('ZESCO United', 'SuperSport United', [2, 2]),
      ],
    },
    winner: 'SuperSport United',
    decidedBy: 'away-goals',
    summary: '2–2 on aggregate. SuperSport United won on away goals.',
  },
  {
    case: 'CAF 2017 QF other way round: ZESCO United host leg 1 (away goals, leg-2 host wins)',
    rules: caf2017,
    tie: {
      legs: [
        leg('ZESCO United', 'SuperSport United', [2, 2]),
        leg('SuperSport United', 'ZESCO United', [0, 0]),
      ],
    },
    winner: 'SuperSport United',
    decidedBy: 'away-goals',
    summary: '2–2 on aggregate. SuperSport United won on away goals.',
  },
  {
    case: 'CAF 2017 QF: FUS Rabat v CS Sfaxien (penalties, leg-1 host wins)',
    rules: caf2017,
    tie: {
      legs: [
        leg('FUS Rabat', 'CS Sfaxien', [1, 0]),
        leg('CS Sfaxien', 'FUS Rabat', [1, 0], undefined, [4, 5]),
      ],
    },
    winner: 'FUS Rabat',
    decidedBy: 'penalties',
    summary: '1–1 on aggregate. FUS Rabat won 5–4 on penalties.',
  },
  {
    case: 'CAF 2017 QF other way round: CS Sfaxien host leg 1 (penalties, leg-2 host wins)',
    rules: caf2017,
    tie: {
      legs: [
        leg('CS Sfaxien', 'FUS Rabat', [1, 0]),
        leg('FUS Rabat', 'CS Sfaxien', [1, 0], undefined, [5, 4]),
      ],
    },
    winner: 'FUS Rabat',
    decidedBy: 'penalties',
    summary: '1–1 on aggregate. FUS Rabat won 5–4 on penalties.',
  },
  // uefa-1970 — UEFA Champions League 2018–19 to 2020–21
  {
    case: 'CL 2018–19 R16: Schalke 04 v Manchester City (aggregate, leg-2 host wins)',
    rules: uefa1970,
    tie: {
      legs: [leg('Schalke 04', 'Manchester City', [2, 3]), leg('Manchester City', 'Schalke 04', [7, 0])],
    },
    winner: 'Manchester City',
    decidedBy: 'aggregate',
    summary: 'Manchester City won 10–2 on aggregate.',
  },
  {
    case: 'CL 2018–19 R16: Tottenham Hotspur v Borussia Dortmund (aggregate, leg-1 host wins)',
    rules: uefa1970,
    tie: {
      legs: [
        leg('Tottenham Hotspur', 'Borussia Dortmund', [3, 0]),
        leg('Borussia Dortmund', 'Tottenham Hotspur', [0, 1]),
      ],
    },
    winner: 'Tottenham Hotspur',
    decidedBy: 'aggregate',
  },
  {
    case: 'CL 2018–19 R16: Manchester United v Paris Saint-Germain (away goals, leg-1 host wins)',
    rules: uefa1970,
    tie: {
      legs: [
        leg('Manchester United', 'Paris Saint-Germain', [0, 2]),
        leg('Paris Saint-Germain', 'Manchester United', [1, 3]),
      ],
    },
    winner: 'Manchester United',
    decidedBy: 'away-goals',
    summary: '3–3 on aggregate. Manchester United won on away goals.',
  },
  {
    case: 'CL 2018–19 QF: Tottenham Hotspur v Manchester City (away goals, leg-1 host wins; other way round below)',
    rules: uefa1970,
    tie: {
      legs: [
        leg('Tottenham Hotspur', 'Manchester City', [1, 0]),
        leg('Manchester City', 'Tottenham Hotspur', [4, 3]),
      ],
    },
    winner: 'Tottenham Hotspur',
    decidedBy: 'away-goals',
  },
  {
    case: 'CL 2018–19 QF other way round: Manchester City host leg 1 (away goals, leg-2 host wins)',
    rules: uefa1970,
    tie: {
      legs: [
        leg('Manchester City', 'Tottenham Hotspur', [4, 3]),
        leg('Tottenham Hotspur', 'Manchester City', [1, 0]),
      ],
    },
    winner: 'Tottenham Hotspur',
    decidedBy: 'away-goals',
  },
  {
    case: 'CL 2018–19 R16: Roma v Porto, 3–1 a.e.t. in Porto (extra time, leg-2 host wins)',
    rules: uefa1970,
    tie: { legs: [leg('Roma', 'Porto', [2, 1]), leg('Porto', 'Roma', [2, 1], [1, 0])] },
    winner: 'Porto',
    decidedBy: 'extra-time',
    summary: 'Porto won 4–3 on aggregate after extra time.',
  },
  {
    case: 'CL 2018–19 R16 other way round: Porto host leg 1, Roma score in extra time (extra time, leg-2 host wins)',
    rules: uefa1970,
    tie: { legs: [leg('Porto', 'Roma', [1, 2]), leg('Roma', 'Porto', [1, 2], [1, 0])] },
    winner: 'Roma',
    decidedBy: 'extra-time',
  },
  {
    case: 'CL 2020–21 R16: Porto v Juventus, 2–3 a.e.t. in Turin (away goals after extra time, leg-1 host wins)',
    rules: uefa1970,
    tie: { legs: [leg('Porto', 'Juventus', [2, 1]), leg('Juventus', 'Porto', [2, 1], [1, 1])] },
    winner: 'Porto',
    decidedBy: 'away-goals-extra-time',
    summary: '4–4 on aggregate. Porto won on away goals.',
  },
  {
    case: 'CL 2014–15 R16: Paris Saint-Germain v Chelsea, 2–2 a.e.t. in London (away goals after extra time, leg-1 host wins)',
    rules: uefa1970,
    tie: {
      legs: [
        leg('Paris Saint-Germain', 'Chelsea', [1, 1]),
        leg('Chelsea', 'Paris Saint-Germain', [1, 1], [1, 1]),
      ],
    },
    winner: 'Paris Saint-Germain',
    decidedBy: 'away-goals-extra-time',
  },
  {
    case: 'extra time, leg-1 host wins by scoring away from home in extra time (1–1, 1–1, 0–1 in extra time)',
    rules: uefa1970,
    tie: { legs: [leg('A', 'B', [1, 1]), leg('B', 'A', [1, 1], [0, 1])] },
    winner: 'A',
    decidedBy: 'extra-time',
    summary: 'A won 3–2 on aggregate after extra time.',
  },
  {
    case: 'level after extra time with equal away goals: penalties, leg-2 host wins (UEFA Cup final 1988, Espanyol v Leverkusen)',
    rules: uefa1970,
    tie: {
      legs: [
        leg('Espanyol', 'Bayer Leverkusen', [3, 0]),
        leg('Bayer Leverkusen', 'Espanyol', [3, 0], [0, 0], [3, 2]),
      ],
    },
    winner: 'Bayer Leverkusen',
    decidedBy: 'penalties',
    summary: '3–3 on aggregate. Bayer Leverkusen won 3–2 on penalties.',
  },
  {
    case: 'penalties, leg-1 host wins (UEFA Cup final 1984 other way round: Anderlecht v Tottenham Hotspur 1–1, 1–1 a.e.t.)',
    rules: uefa1970,
    tie: {
      legs: [
        leg('Tottenham Hotspur', 'Anderlecht', [1, 1]),
        leg('Anderlecht', 'Tottenham Hotspur', [1, 1], [0, 0], [3, 4]),
      ],
    },
    winner: 'Tottenham Hotspur',
    decidedBy: 'penalties',
  },
  // uefa-2021 — no away goals from 2021–22
  {
    case: 'CL 2021–22 SF: Manchester City v Real Madrid, 1–3 a.e.t. in Madrid (extra time, leg-2 host wins)',
    rules: uefa2021,
    tie: {
      legs: [
        leg('Manchester City', 'Real Madrid', [4, 3]),
        leg('Real Madrid', 'Manchester City', [2, 1], [1, 0]),
      ],
    },
    winner: 'Real Madrid',
    decidedBy: 'extra-time',
    summary: 'Real Madrid won 6–5 on aggregate after extra time.',
  },
  {
    case: 'extra time, leg-1 host wins (other way round: the visitors score in extra time)',
    rules: uefa2021,
    tie: {
      legs: [
        leg('Real Madrid', 'Manchester City', [2, 1]),
        leg('Manchester City', 'Real Madrid', [4, 3], [0, 1]),
      ],
    },
    winner: 'Real Madrid',
    decidedBy: 'extra-time',
  },
  {
    case: 'CL 2024–25 R16: Real Madrid v Atlético Madrid, penalties although Atlético had more away goals (leg-1 host wins)',
    rules: uefa2021,
    tie: {
      legs: [
        leg('Real Madrid', 'Atlético Madrid', [2, 1]),
        leg('Atlético Madrid', 'Real Madrid', [1, 0], [0, 0], [2, 4]),
      ],
    },
    winner: 'Real Madrid',
    decidedBy: 'penalties',
    summary: '2–2 on aggregate. Real Madrid won 4–2 on penalties.',
  },
  {
    case: 'penalties, leg-2 host wins (other way round)',
    rules: uefa2021,
    tie: {
      legs: [
        leg('Atlético Madrid', 'Real Madrid', [1, 0]),
        leg('Real Madrid', 'Atlético Madrid', [2, 1], [0, 0], [4, 2]),
      ],
    },
    winner: 'Real Madrid',
    decidedBy: 'penalties',
  },
  {
    case: 'CL 2022–23 R16: RB Leipzig v Manchester City (aggregate, leg-2 host wins)',
    rules: uefa2021,
    tie: {
      legs: [leg('RB Leipzig', 'Manchester City', [1, 1]), leg('Manchester City', 'RB Leipzig', [7, 0])],
    },
    winner: 'Manchester City',
    decidedBy: 'aggregate',
  },
  {
    case: 'CL 2022–23 R16: Benfica v Club Brugge other way round (aggregate, leg-1 host wins)',
    rules: uefa2021,
    tie: { legs: [leg('Benfica', 'Club Brugge', [5, 1]), leg('Club Brugge', 'Benfica', [0, 2])] },
    winner: 'Benfica',
    decidedBy: 'aggregate',
  },
  // conmebol-2022 — no away goals, no extra time
  {
    case: 'Libertadores 2022 R16: Corinthians v Boca Juniors, 0–0, 1–1, Corinthians on penalties (leg-2 visitors win)',
    rules: conmebol2022,
    tie: {
      legs: [
        leg('Corinthians', 'Boca Juniors', [0, 0]),
        leg('Boca Juniors', 'Corinthians', [1, 1], undefined, [5, 6]),
      ],
    },
    winner: 'Corinthians',
    decidedBy: 'penalties',
    summary: '1–1 on aggregate. Corinthians won 6–5 on penalties.',
  },
  {
    case: 'penalties, leg-2 host wins (other way round)',
    rules: conmebol2022,
    tie: {
      legs: [
        leg('Boca Juniors', 'Corinthians', [1, 1]),
        leg('Corinthians', 'Boca Juniors', [0, 0], undefined, [6, 5]),
      ],
    },
    winner: 'Corinthians',
    decidedBy: 'penalties',
  },
  {
    case: 'Libertadores 2022 SF: Vélez Sarsfield v Flamengo (aggregate, leg-2 host wins)',
    rules: conmebol2022,
    tie: { legs: [leg('Vélez Sarsfield', 'Flamengo', [0, 4]), leg('Flamengo', 'Vélez Sarsfield', [2, 1])] },
    winner: 'Flamengo',
    decidedBy: 'aggregate',
  },
  {
    case: 'aggregate, leg-1 host wins (Libertadores 2022 SF: Athletico Paranaense v Palmeiras)',
    rules: conmebol2022,
    tie: {
      legs: [
        leg('Athletico Paranaense', 'Palmeiras', [1, 0]),
        leg('Palmeiras', 'Athletico Paranaense', [2, 2]),
      ],
    },
    winner: 'Athletico Paranaense',
    decidedBy: 'aggregate',
  },
  // single-match
  {
    case: 'CL final 2018: Real Madrid v Liverpool 3–1 (score)',
    rules: singleMatch,
    tie: { legs: [leg('Real Madrid', 'Liverpool', [3, 1])] },
    winner: 'Real Madrid',
    decidedBy: 'aggregate',
    summary: 'Real Madrid won 3–1.',
  },
  {
    case: 'CL final 2019: Tottenham Hotspur v Liverpool 0–2 (score, second-named wins)',
    rules: singleMatch,
    tie: { legs: [leg('Tottenham Hotspur', 'Liverpool', [0, 2])] },
    winner: 'Liverpool',
    decidedBy: 'aggregate',
  },
  {
    case: 'CL final 2014: Real Madrid v Atlético Madrid 1–1, 4–1 a.e.t. (extra time)',
    rules: singleMatch,
    tie: { legs: [leg('Real Madrid', 'Atlético Madrid', [1, 1], [3, 0])] },
    winner: 'Real Madrid',
    decidedBy: 'extra-time',
    summary: 'Real Madrid won 4–1 after extra time.',
  },
  {
    case: 'extra time, second-named wins (Europa League final 2019–20 shape: 0–0, 0–1 a.e.t.)',
    rules: singleMatch,
    tie: { legs: [leg('Home', 'Away', [0, 0], [0, 1])] },
    winner: 'Away',
    decidedBy: 'extra-time',
  },
  {
    case: 'CL final 2016: Real Madrid v Atlético Madrid 1–1 a.e.t., 5–3 on penalties',
    rules: singleMatch,
    tie: { legs: [leg('Real Madrid', 'Atlético Madrid', [1, 1], [0, 0], [5, 3])] },
    winner: 'Real Madrid',
    decidedBy: 'penalties',
    summary: '1–1 after extra time. Real Madrid won 5–3 on penalties.',
  },
  {
    case: 'CL final 2008: Manchester United v Chelsea 1–1 a.e.t., 6–5 on penalties (nominal home side wins); other way round',
    rules: singleMatch,
    tie: { legs: [leg('Chelsea', 'Manchester United', [1, 1], [0, 0], [5, 6])] },
    winner: 'Manchester United',
    decidedBy: 'penalties',
  },
  // replay-1955 — European Cup 1955–56 to 1966–67
  {
    case: 'European Cup 1956–57: Manchester United v Athletic Bilbao (aggregate, leg-2 host wins)',
    rules: replay1955,
    tie: {
      legs: [
        leg('Athletic Bilbao', 'Manchester United', [5, 3]),
        leg('Manchester United', 'Athletic Bilbao', [3, 0]),
      ],
    },
    winner: 'Manchester United',
    decidedBy: 'aggregate',
  },
  {
    case: 'European Cup 1955–56: Real Madrid v Partizan (aggregate, leg-1 host wins)',
    rules: replay1955,
    tie: { legs: [leg('Real Madrid', 'Partizan', [4, 0]), leg('Partizan', 'Real Madrid', [3, 0])] },
    winner: 'Real Madrid',
    decidedBy: 'aggregate',
  },
  {
    case: 'European Cup 1965–66 shape: level on aggregate, away goals not counted, the play-off decides (side 2 wins)',
    rules: replay1955,
    tie: {
      legs: [leg('Kilmarnock', 'Real Madrid', [2, 2]), leg('Real Madrid', 'Kilmarnock', [1, 1])],
      playoff: leg('Kilmarnock', 'Real Madrid', [0, 1]),
    },
    winner: 'Real Madrid',
    decidedBy: 'play-off',
    summary: '3–3 on aggregate. Real Madrid won the play-off 1–0.',
  },
  {
    case: 'play-off decides for the side that hosted leg 1',
    rules: replay1955,
    tie: { legs: [leg('A', 'B', [2, 0]), leg('B', 'A', [2, 0])], playoff: leg('B', 'A', [1, 2]) },
    winner: 'A',
    decidedBy: 'play-off',
  },
  {
    case: 'European Cup 1964–65: Liverpool v 1. FC Köln, 0–0, 0–0, play-off 2–2 a.e.t., coin toss to Liverpool (leg-2 host)',
    rules: replay1955,
    tie: {
      legs: [leg('1. FC Köln', 'Liverpool', [0, 0]), leg('Liverpool', '1. FC Köln', [0, 0])],
      playoff: { ...leg('Liverpool', '1. FC Köln', [2, 2], [0, 0]), neutral: true },
      coinToss: 'Liverpool' as TeamId,
    },
    winner: 'Liverpool',
    decidedBy: 'coin-toss',
    summary: '0–0 on aggregate. Play-off 2–2. Liverpool won on a coin toss.',
  },
  {
    case: 'European Cup 1963–64: FC Zürich v Galatasaray, coin toss to FC Zürich (leg-1 host)',
    rules: replay1955,
    tie: {
      legs: [leg('FC Zürich', 'Galatasaray', [2, 0]), leg('Galatasaray', 'FC Zürich', [2, 0])],
      playoff: leg('FC Zürich', 'Galatasaray', [2, 2], [0, 0]),
      coinToss: 'FC Zürich' as TeamId,
    },
    winner: 'FC Zürich',
    decidedBy: 'coin-toss',
  },
];

describe('resolveTie: every decider of every preset, both ways round', () => {
  it.each(rows)('$case', (row) => {
    const r = resolveTie(row.tie, row.rules);
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    if (!r.ok || r.value.kind !== 'decided') throw new Error('expected a decided tie');
    expect(r.value.winner).toBe(row.winner);
    expect(r.value.decidedBy).toBe(row.decidedBy);
    if (row.summary) expect(r.value.summary).toBe(row.summary);
  });

  it('covers each decider of each preset for both the leg-1 host and the leg-2 host', () => {
    const seen = new Set<string>();
    for (const row of rows) {
      const r = resolveTie(row.tie, row.rules);
      if (!r.ok || r.value.kind !== 'decided') continue;
      const side = r.value.winner === r.value.teams[0] ? 0 : 1;
      seen.add(`${row.rules.id}:${r.value.decidedBy}:${side}`);
    }
    const missing: string[] = [];
    for (const rules of [caf2017, uefa1970, uefa2021, conmebol2022, singleMatch, replay1955]) {
      for (const d of rules.deciders) {
        const kinds =
          d.kind === 'extra-time' && d.awayGoals
            ? ['extra-time', 'away-goals-extra-time']
            : [d.kind === 'play-off' ? 'play-off' : d.kind];
        for (const kind of kinds) {
          for (const side of [0, 1]) {
            // Only the visitors of the last leg can score away goals in extra time, and away goals are level
            // when extra time starts: the leg-2 host can never win on away goals after extra time.
            if (kind === 'away-goals-extra-time' && side === 1) continue;
            if (!seen.has(`${rules.id}:${kind}:${side}`)) missing.push(`${rules.id}:${kind}:${side}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('resolveTie: undecided ties say what they need next', () => {
  it.each([
    [
      'no leg played',
      caf2017,
      { teams: ['A', 'B'] as unknown as readonly [TeamId, TeamId], legs: [] },
      'first-leg',
    ],
    ['first leg played', caf2017, { legs: [leg('A', 'B', [1, 0])] }, 'second-leg'],
    [
      'level on aggregate and away goals under CAF 2017',
      caf2017,
      { legs: [leg('A', 'B', [1, 0]), leg('B', 'A', [1, 0])] },
      'penalties',
    ],
    [
      'level after 90 minutes under UEFA 1970',
      uefa1970,
      { legs: [leg('A', 'B', [1, 1]), leg('B', 'A', [1, 1])] },
      'extra-time',
    ],
    [
      'level after extra time under UEFA 2021',
      uefa2021,
      { legs: [leg('A', 'B', [1, 1]), leg('B', 'A', [1, 1], [0, 0])] },
      'penalties',
    ],
    [
      'level on aggregate in 1955',
      replay1955,
      { legs: [leg('A', 'B', [1, 0]), leg('B', 'A', [1, 0])] },
      'play-off',
    ],
    [
      'play-off level after extra time in 1955',
      replay1955,
      { legs: [leg('A', 'B', [1, 0]), leg('B', 'A', [1, 0])], playoff: leg('A', 'B', [1, 1], [0, 0]) },
      'coin-toss',
    ],
    ['a single match level after 90 minutes', singleMatch, { legs: [leg('A', 'B', [2, 2])] }, 'extra-time'],
  ] as const)('%s', (_name, rules, tie, next) => {
    const r = resolveTie(tie as TieFacts, rules);
    expect(r.ok && r.value.kind === 'undecided' ? r.value.next : r).toBe(next);
  });
});

describe('resolveTie: bad facts are rejected with their own code and path', () => {
  const two = (second: MatchFacts): TieFacts => ({ legs: [leg('A', 'B', [1, 0]), second] });
  it.each([
    [
      'negative goals',
      caf2017,
      { legs: [leg('A', 'B', [-1, 0])] },
      'negative-goals',
      ['legs', 0, 'score', 0],
    ],
    [
      'non-integer goals',
      caf2017,
      { legs: [leg('A', 'B', [1.5, 0])] },
      'non-integer-goals',
      ['legs', 0, 'score', 0],
    ],
    [
      'goals beyond any football score',
      caf2017,
      { legs: [leg('A', 'B', [1000, 0])] },
      'goals-out-of-range',
      ['legs', 0, 'score', 0],
    ],
    [
      'extra time in a first leg',
      uefa1970,
      { legs: [leg('A', 'B', [1, 1], [0, 0])] },
      'extra-time-in-first-leg',
      ['legs', 0, 'extraTime'],
    ],
    [
      'penalties in a first leg',
      uefa1970,
      { legs: [leg('A', 'B', [1, 1], undefined, [4, 3])] },
      'penalties-in-first-leg',
      ['legs', 0, 'penalties'],
    ],
    [
      'extra time the rules do not allow',
      caf2017,
      two(leg('B', 'A', [1, 0], [0, 0])),
      'extra-time-not-allowed',
      ['legs', 1, 'extraTime'],
    ],
    [
      'penalties the rules do not allow',
      { ...caf2017, id: 'no-pens', deciders: [{ kind: 'aggregate' }, { kind: 'coin-toss' }] },
      two(leg('B', 'A', [1, 0], undefined, [4, 3])),
      'penalties-not-allowed',
      ['legs', 1, 'penalties'],
    ],
    [
      'extra time the score did not need',
      uefa1970,
      two(leg('B', 'A', [0, 0], [1, 0])),
      'extra-time-not-needed',
      ['legs', 1, 'extraTime'],
    ],
    [
      'penalties the score did not need',
      caf2017,
      two(leg('B', 'A', [2, 0], undefined, [4, 3])),
      'penalties-not-needed',
      ['legs', 1, 'penalties'],
    ],
    [
      'a level shoot-out',
      caf2017,
      two(leg('B', 'A', [1, 0], undefined, [5, 5])),
      'penalties-level',
      ['legs', 1, 'penalties'],
    ],
    [
      'an impossible shoot-out',
      caf2017,
      two(leg('B', 'A', [1, 0], undefined, [12, 4])),
      'penalties-impossible',
      ['legs', 1, 'penalties'],
    ],
    [
      'a second leg at the wrong ground',
      caf2017,
      two(leg('A', 'B', [1, 0])),
      'second-leg-home-mismatch',
      ['legs', 1, 'home'],
    ],
    ['an unknown team', caf2017, two(leg('B', 'C', [1, 0])), 'unknown-team', ['legs', 1, 'away']],
    [
      'penalties without the extra time that comes first',
      uefa1970,
      { legs: [leg('A', 'B', [1, 1]), leg('B', 'A', [1, 1], undefined, [4, 3])] },
      'extra-time-missing',
      ['legs', 1, 'extraTime'],
    ],
    [
      'a coin toss after a decided play-off',
      replay1955,
      {
        legs: [leg('A', 'B', [1, 0]), leg('B', 'A', [1, 0])],
        playoff: leg('A', 'B', [2, 1]),
        coinToss: 'B' as TeamId,
      },
      'coin-toss-not-needed',
      ['coinToss'],
    ],
    [
      'a play-off the rules do not have',
      caf2017,
      { legs: [leg('A', 'B', [1, 0])], playoff: leg('A', 'B', [1, 0]) },
      'play-off-not-allowed',
      ['playoff'],
    ],
    [
      'three legs for a two-legged tie',
      caf2017,
      { legs: [leg('A', 'B', [1, 0]), leg('B', 'A', [1, 0]), leg('A', 'B', [1, 0])] },
      'too-many-legs',
      ['legs', 2],
    ],
  ] as const)('%s', (_name, rules, tie, code, path) => {
    const r = resolveTie(tie as TieFacts, rules as TieRules);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.path).toEqual(path);
    expect(r.error.message.length).toBeGreaterThan(10);
  });

  it('names the decider that already settled the tie when a fact was not needed', () => {
    const r = resolveTie(
      {
        legs: [
          leg('SuperSport United', 'ZESCO United', [0, 0]),
          leg('ZESCO United', 'SuperSport United', [2, 2], undefined, [4, 3]),
        ],
      },
      caf2017,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('away goals');
  });

  it('uses display names in the summary line', () => {
    const names: Record<string, string> = { fus: 'FUS Rabat', css: 'CS Sfaxien' };
    const r = resolveTie(
      { legs: [leg('fus', 'css', [1, 0]), leg('css', 'fus', [1, 0], undefined, [4, 5])] },
      findPreset('caf-2017')!,
      {
        nameOf: (t) => names[t] ?? t,
      },
    );
    expect(r.ok && r.value.kind === 'decided' ? r.value.summary : '').toBe(
      '1–1 on aggregate. FUS Rabat won 5–4 on penalties.',
    );
  });
});
