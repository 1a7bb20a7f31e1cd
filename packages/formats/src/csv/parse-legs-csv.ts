import {
  type Competition,
  err,
  findPreset,
  type Goals,
  type Leg,
  ok,
  presetIds,
  type Result,
  type Round,
  roundId,
  type Slot,
  slug,
  type TeamId,
  type TieId,
  type TieRules,
  type TieSpec,
  tieId,
} from '@cupstage/core';
import type { Imported } from '../article-import/parse-article.ts';
import { type ImportProblem, problem } from '../article-import/problems.ts';
import { checkImported, checkTie } from '../import-kit/engine-check.ts';
import { slotFromEarlier } from '../import-kit/slots.ts';
import { createTeamRegistry } from '../import-kit/team-registry.ts';
import { readCsv } from './csv-text.ts';

export interface LegsCsvOptions {
  /** Rules for rows whose `rules` cell is empty or absent. */
  readonly rules?: TieRules;
  /** The competition's name (a CSV does not carry one). */
  readonly name?: string;
}

const REQUIRED = ['round', 'tie', 'leg', 'home', 'away', 'home_goals', 'away_goals'] as const;

/**
 * Reads a legs CSV (the columns of `writeLegsCsv`; `round`, `tie`, `leg`, `home`, `away`, `home_goals`
 * and `away_goals` are required) into a competition: rounds and ties in order of first appearance,
 * each tie's winner feeding the tie of the next round it appears in. Goals must be whole numbers;
 * both empty means not played yet. Every tie is checked by the engine. Problems name the line and
 * the column.
 *
 * @example parseLegsCsv(writeLegsCsv(c), { name: c.name }) // ok: the same rounds, ties and legs
 */
export function parseLegsCsv(text: string, options: LegsCsvOptions = {}): Result<Imported, ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const { rows, unclosedQuoteAt } = readCsv(text);
  if (unclosedQuoteAt !== undefined) {
    problems.push(
      problem(
        'error',
        'unclosed-quote',
        unclosedQuoteAt,
        'a quoted cell starting on this line is never closed',
      ),
    );
    return err(problems);
  }
  const header = rows[0];
  if (!header) {
    problems.push(problem('error', 'empty-csv', 1, 'the file has no header row'));
    return err(problems);
  }
  const col = new Map(header.cells.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = REQUIRED.filter((c) => !col.has(c));
  if (missing.length > 0) {
    problems.push(
      problem(
        'error',
        'missing-column',
        header.line,
        `the header lacks ${missing.join(', ')} (a legs CSV needs ${REQUIRED.join(', ')})`,
      ),
    );
    return err(problems);
  }
  const get = (cells: ReadonlyArray<string>, name: string): string => {
    const i = col.get(name);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };

  // The import kit's team registry: one id per team however a row spells it (noted).
  const registry = createTeamRegistry();
  const teamFor = (name: string, country: string, line: number): TeamId => {
    const coded = /^[A-Z]{3}$/.test(country);
    const known = registry.find(name);
    const r = registry.resolve(known === undefined && coded ? `${name} (${country})` : name);
    if (r.created && !coded) {
      problems.push(
        problem('warning', 'country-missing', line, `${name} has no 3-letter country code; XXX recorded`),
      );
    }
    if (r.alias)
      problems.push(
        problem('note', 'team-alias', line, `"${r.alias.written}" is read as ${r.alias.registered}`),
      );
    return r.id;
  };

  interface RawTie {
    id: string;
    legs: Array<{ n: number; leg: Leg; line: number }>;
    playoff?: Leg;
    line: number;
  }
  const rounds = new Map<
    string,
    { name: string; rules?: TieRules; ties: Map<string, RawTie>; line: number }
  >();
  for (const row of rows.slice(1)) {
    const c = row.cells;
    const n = row.line;
    const rid = get(c, 'round');
    const tid = get(c, 'tie');
    const legNo = get(c, 'leg');
    const home = get(c, 'home');
    const away = get(c, 'away');
    if (!rid || !tid || !home || !away) {
      problems.push(
        problem('error', 'missing-cell', n, 'round, tie, home and away must not be empty; row skipped'),
      );
      continue;
    }
    const goals = (a: string, b: string): Goals | undefined | 'bad' => {
      const x = get(c, a);
      const y = get(c, b);
      if (x === '' && y === '') return undefined;
      if (!/^\d+$/.test(x) || !/^\d+$/.test(y)) {
        const bad = /^\d+$/.test(x) ? b : a;
        problems.push({
          ...problem(
            'error',
            'bad-goals',
            n,
            `${bad} is "${get(c, bad)}", not a whole number of goals; row skipped`,
          ),
          column: (col.get(bad) ?? 0) + 1,
        });
        return 'bad';
      }
      return [Number(x), Number(y)];
    };
    const score = goals('home_goals', 'away_goals');
    const et = goals('home_et', 'away_et');
    const pens = goals('home_pens', 'away_pens');
    if (score === 'bad' || et === 'bad' || pens === 'bad') continue;
    const leg: Leg = {
      home: teamFor(home, get(c, 'home_country'), n),
      away: teamFor(away, get(c, 'away_country'), n),
      ...(score ? { score } : {}),
      ...(et ? { extraTime: et } : {}),
      ...(pens ? { penalties: pens } : {}),
      ...(get(c, 'date') ? { date: get(c, 'date') } : {}),
      ...(get(c, 'kickoff') ? { kickoff: get(c, 'kickoff') } : {}),
      ...(get(c, 'time_zone') ? { timeZone: get(c, 'time_zone') } : {}),
      ...(get(c, 'venue') ? { venue: get(c, 'venue') } : {}),
      ...(get(c, 'city') ? { city: get(c, 'city') } : {}),
      ...(get(c, 'neutral') === 'yes' ? { neutral: true } : {}),
      ...(get(c, 'awarded') === 'yes' ? { awarded: true } : {}),
    };
    let round = rounds.get(rid);
    if (!round) {
      const rulesId = get(c, 'rules');
      const preset = rulesId ? findPreset(rulesId) : undefined;
      if (rulesId && !preset) {
        problems.push({
          ...problem(
            'error',
            'unknown-rules-preset',
            n,
            `"${rulesId}" is not a rules preset; use one of ${presetIds.join(', ')}`,
          ),
          column: (col.get('rules') ?? 0) + 1,
        });
      }
      const rules = preset ?? options.rules;
      round = { name: get(c, 'round_name') || rid, ties: new Map(), line: n, ...(rules ? { rules } : {}) };
      rounds.set(rid, round);
    }
    let tie = round.ties.get(tid);
    if (!tie) {
      tie = { id: tid, legs: [], line: n };
      round.ties.set(tid, tie);
    }
    if (legNo === 'playoff') tie.playoff = leg;
    else if (/^[12]$/.test(legNo)) tie.legs.push({ n: Number(legNo), leg, line: n });
    else {
      problems.push({
        ...problem('error', 'bad-leg-number', n, `leg is "${legNo}"; use 1, 2 or playoff`),
        column: (col.get('leg') ?? 0) + 1,
      });
    }
  }

  const nameOf = registry.nameOf;
  const built: Round[] = [];
  const outcomes = new Map<TieId, { winner?: TeamId; loser?: TeamId }>();
  for (const [rid, round] of rounds) {
    if (!round.rules) {
      problems.push(
        problem(
          'error',
          'rules-missing',
          round.line,
          `round ${rid} has no rules: fill the rules column or give a rules preset`,
        ),
      );
      continue;
    }
    const rules = round.rules;
    const prev = built[built.length - 1];
    // Where each team comes from: the previous round's tie it won or lost (the import kit's inference).
    const slotOf = (team: TeamId): Slot =>
      slotFromEarlier(team, prev?.ties ?? [], outcomes) ?? { kind: 'team', team };
    const ties: TieSpec[] = [];
    for (const raw of round.ties.values()) {
      const legs = [...raw.legs].sort((a, b) => a.n - b.n).map((l) => l.leg);
      const first = legs[0] ?? raw.playoff;
      if (!first) continue;
      const id = tieId(raw.id);
      ties.push({
        id,
        sides: [slotOf(first.home), slotOf(first.away)],
        legs,
        ...(raw.playoff ? { playoff: raw.playoff } : {}),
      });
      const verdict = checkTie(
        raw.id,
        { teams: [first.home, first.away], legs, playoff: raw.playoff },
        rules,
        nameOf,
        raw.line,
      );
      if (verdict.problem) problems.push(verdict.problem);
      const r = verdict.outcome;
      outcomes.set(
        id,
        r.ok && r.value.kind === 'decided' ? { winner: r.value.winner, loser: r.value.loser } : {},
      );
    }
    built.push({
      id: roundId(rid),
      name: round.name,
      rules,
      legOrder: rules.legs === 1 ? { kind: 'neutral' } : { kind: 'fixed' },
      ties,
    });
  }
  if (built.length === 0) {
    problems.push(problem('error', 'no-rows', undefined, 'no usable leg rows'));
    return err(problems);
  }
  const name = options.name ?? 'Imported competition';
  const competition: Competition = {
    id: slug(name) || 'competition',
    name,
    stageName: 'knockout stage',
    teams: registry.teams(),
    groups: [],
    rounds: built,
    amendments: [],
    draws: [],
  };
  problems.push(...checkImported(competition));
  return ok({ competition, problems });
}
