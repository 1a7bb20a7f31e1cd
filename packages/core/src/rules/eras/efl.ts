import { singleMatch } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import type { CompetitionEras } from './types.ts';

/**
 * English Football League play-offs 1986–87 to 1998–99, two-legged ties: aggregate, extra time in the
 * second leg, then away goals (extra-time goals counting), then penalties. No away goals before extra
 * time. Source: Football League play-off regulations 1987–1999 (the last tie won on away goals
 * after extra time was a 1998–99 First Division semi-final; see docs/rules.md).
 */
export const efl1987: TieRules = {
  id: 'efl-1987',
  name: 'EFL play-offs 1987–99: aggregate, extra time then away goals, penalties',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'extra-time', awayGoals: true }, { kind: 'penalties' }],
  source: 'Football League play-off regulations 1986–87 to 1998–99 (away goals after extra time)',
};

/**
 * English Football League play-off finals 1987 and 1988, two legs: aggregate, then a replay at a
 * neutral ground (with extra time and penalties). Source: two 1987 finals and one 1988 final were
 * replayed, away goals ignored where they differed (see docs/rules.md).
 */
export const eflFinalReplay1987: TieRules = {
  id: 'efl-final-replay-1987',
  name: 'EFL play-off final 1987–88: aggregate, replay (extra time, penalties)',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'play-off', extraTime: true, penalties: true }],
  source: 'Football League play-off final regulations 1987 and 1988 (replay at a neutral ground)',
};

/**
 * English Football League play-offs from 1999–2000: aggregate, extra time, penalties; no away goals.
 * Source: EFL Regulations (play-offs), from 1999–2000 (e.g. a 2000–01 First Division semi-final,
 * level on aggregate with one side ahead on away goals, settled on penalties).
 */
export const efl1999: TieRules = {
  id: 'efl-1999',
  name: 'EFL play-offs 1999–: aggregate, extra time, penalties (no away goals)',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'extra-time', awayGoals: false }, { kind: 'penalties' }],
  source: 'EFL Regulations, play-offs, from 1999–2000 (away goals rule dropped)',
};

/** English Football League play-offs (Championship, League One and League Two), from 1986–87. */
export const eflPlayOffs: CompetitionEras = {
  id: 'efl-play-offs',
  name: 'English Football League play-offs',
  alsoKnownAs: ['Football League play-offs'],
  firstEdition: 1986,
  // The play-offs are named by the year of their final: "1999" is 1998–99.
  seasons: { split: [1986], endYears: [1987] },
  eras: [
    {
      id: 'efl-1986',
      from: 1986,
      summary: 'two-legged finals, replayed if level; away goals after extra time in the semi-finals',
      rounds: [
        { rounds: ['final'], rules: eflFinalReplay1987 },
        { rounds: 'other', rules: efl1987 },
      ],
      source: 'Football League play-off regulations 1986–87',
    },
    {
      id: 'efl-1988-final-extra-time',
      from: 1988,
      summary: 'two-legged finals with extra time (1989 only)',
      rounds: [{ rounds: 'other', rules: efl1987 }],
      // Source: the 1989 Second Division final, over two legs, went to extra time.
      source: 'Football League play-off regulations 1988–89 (final of two legs, extra time)',
    },
    {
      id: 'efl-1989-wembley-final',
      from: 1989,
      summary: 'a one-match final at Wembley',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: efl1987 },
      ],
      source: 'Football League play-off regulations 1989–90 (one-match final at Wembley)',
    },
    {
      id: 'efl-1999',
      from: 1999,
      summary: 'no away goals: extra time, then penalties',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: efl1999 },
      ],
      source: 'EFL Regulations, play-offs, from 1999–2000',
    },
  ],
};
