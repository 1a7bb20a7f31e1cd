/**
 * `npm run verify:history -- ../shared/data/ties.csv`: resolves every `usable=yes` row of the real
 * tie corpus with the rules of its competition, season and round (the era registry of the core) and
 * prints, per competition and era, the ties, how many agree on the winner and on `decidedBy`, and
 * each disagreement with its row id. Exit code 0 when every disagreement is a row documented as wrong
 * in the data (docs/rules.md), 1 otherwise, 2 on bad usage.
 *
 * The CSV's competition and round labels are mapped to the registry's ids here, not in the core.
 * `single_matches.csv` (finals, one-match rounds, replayed finals) is read too: `format=single_match`
 * rows are one match, with its replay if any.
 * Options: `--partial` also checks `usable=partial` rows whose scores are complete; `--json` prints
 * one JSON object instead of the table.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  type CompetitionId,
  competitionIds,
  type DecidedBy,
  type Goals,
  type MatchFacts,
  type RoundKey,
  resolveTie,
  rulesInForce,
  type TeamId,
  type TieFacts,
} from '@cupstage/core';

type Row = Readonly<Record<string, string>>;

/** The CSV's competition labels, as the sources write them. */
export const COMPETITIONS: Readonly<Record<string, CompetitionId>> = {
  'European Cup / UEFA Champions League': 'uefa-champions-league',
  'UEFA Champions League': 'uefa-champions-league',
  'UEFA Europa League': 'uefa-europa-league',
  'UEFA Cup': 'uefa-europa-league',
  "European Cup Winners' Cup": 'uefa-cup-winners-cup',
  'UEFA Conference League': 'uefa-conference-league',
  'Copa Libertadores': 'conmebol-libertadores',
  'Copa Sudamericana': 'conmebol-sudamericana',
  'English Football League play-offs (tier 2)': 'efl-play-offs',
  'English Football League play-offs (tier 3)': 'efl-play-offs',
  'English Football League play-offs (tier 4)': 'efl-play-offs',
};

/** The CSV's round labels (each source's own), for every competition. */
export const ROUNDS: Readonly<Record<string, RoundKey>> = {
  // engsoccerdata champs.csv
  prelim: 'preliminary',
  PrelimF: 'preliminary',
  'Q-1': 'qualifying',
  'Q-2': 'qualifying',
  'Q-3': 'qualifying',
  'Q-PO': 'play-off',
  '1': 'first-round',
  Round1: 'first-round',
  Round2: 'second-round',
  R16: 'round-of-16',
  QF: 'quarter-final',
  SF: 'semi-final',
  final: 'final',
  // openfootball (football.txt) and ntzrbtr
  'Q 1. Round': 'qualifying',
  'Q 2. Round': 'qualifying',
  'Q 3. Round': 'qualifying',
  'Q Round 1': 'qualifying',
  'Q Round 2': 'qualifying',
  'Q Round 3': 'qualifying',
  'Q Play-offs': 'play-off',
  'Q Playoffs': 'play-off',
  Playoffs: 'play-off',
  'Preliminary round': 'preliminary',
  'Round 1': 'first-round',
  'Round 2': 'second-round',
  'Round 3': 'qualifying',
  Sechzehntelfinale: 'round-of-32',
  'Round of 16': 'round-of-16',
  Quarterfinals: 'quarter-final',
  Semifinals: 'semi-final',
  'Semi-final': 'semi-final',
  Final: 'final',
};

/** The CSV's `decided_by` values, as the engine names them. */
export const DECIDED_BY: Readonly<Record<string, DecidedBy>> = {
  aggregate: 'aggregate',
  // single_matches.csv: a match won in 90 minutes
  regular_time: 'aggregate',
  away_goals: 'away-goals',
  extra_time: 'extra-time',
  away_goals_extra_time: 'away-goals-extra-time',
  penalties: 'penalties',
  replay: 'play-off',
  coin_toss: 'coin-toss',
};

/**
 * Rows the data has wrong, by tie id, with the reason (also in docs/rules.md). A disagreement on one
 * of these is reported but does not fail the check. Never a rule: the engine is not told about them.
 */
export const DATA_ERRORS: Readonly<Record<string, string>> = {
  'of-conmebol-Copa-Sudamericana-2012-Round-2-Atletico-Goianiense-v-Figueirense-SC':
    'the source writes leg 2 "2-4 a.e.t. (1-1, 1-0)", but no extra time was played outside the final (2012 regulations: "no extra time is played"); 1-1 after 90 minutes and Atlético Goianiense won 4-2 on penalties (reports of 23 August 2012): decided_by should be penalties',
  'esd-champs-1973-final-Bayern-Munich-v-Atletico-Madrid':
    'single_matches.csv gives the 1974 final as 1-1 with no extra time; it was 0-0 after 90 minutes and 1-1 after extra time (Luis Aragonés 114\', Schwarzenbeck 120\': Wikipedia "1974 European Cup final"), then replayed (4-0): the engine asks for the extra time before the replay',
};

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records;
  if (!header) return [];
  return body
    .filter((r) => r.length > 1 || r[0] !== '')
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const num = (s: string | undefined): number | undefined =>
  s === undefined || s.trim() === '' ? undefined : Number(s);

function pair(a: string | undefined, b: string | undefined): Goals | undefined {
  const x = num(a);
  const y = num(b);
  return x === undefined || y === undefined ? undefined : [x, y];
}

const flip = (g: Goals): Goals => [g[1], g[0]];

/** Why a row cannot be given to the engine, or its tie facts. */
export function tieFactsOfRow(row: Row): { facts: TieFacts } | { skip: string } {
  if (row.format === 'single_match') return singleMatchFacts(row);
  const a = row.team_a as TeamId;
  const b = row.team_b as TeamId;
  const leg1 = pair(row.leg1_a, row.leg1_b);
  const leg2 = pair(row.leg2_a, row.leg2_b);
  if (!leg1 || !leg2) return { skip: 'a 90-minute leg score is missing' };
  let et = pair(row.et_a, row.et_b);
  const aet = pair(row.leg2_aet_a, row.leg2_aet_b);
  // A doubtful `a.e.t.` marker with no extra-time goals (CONMEBOL rounds without extra time) is read
  // (or 0-0) is read as no extra time, as the README advises; only `--partial` runs reach those rows.
  const doubtfulEt =
    (row.flags ?? '').includes('source_aet_marker_doubtful') && (!et || (et[0] === 0 && et[1] === 0));
  const extraTimePlayed = row.leg2_aet === '1' && !doubtfulEt;
  if (extraTimePlayed && !et) {
    if (!aet) return { skip: 'extra time was played but its goals are not given' };
    et = [aet[0] - leg2[0], aet[1] - leg2[1]];
  }
  const pens = pair(row.pens_a, row.pens_b);
  const second: MatchFacts = {
    home: b,
    away: a,
    score: flip(leg2),
    ...(extraTimePlayed && et ? { extraTime: flip(et) } : {}),
    ...(pens ? { penalties: flip(pens) } : {}),
  };
  const legs: MatchFacts[] = [{ home: a, away: b, score: leg1 }, second];
  let playoff: MatchFacts | undefined;
  if (Number(row.replay_count || '0') > 0) {
    const score = pair(row.replay_a, row.replay_b);
    if (!score) return { skip: 'the replay score is missing' };
    const replayEt = pair(row.replay_et_a, row.replay_et_b);
    const replayPens = pair(row.replay_pens_a, row.replay_pens_b);
    playoff = {
      home: a,
      away: b,
      score,
      neutral: true,
      ...(replayEt ? { extraTime: replayEt } : {}),
      ...(replayPens ? { penalties: replayPens } : {}),
    };
  }
  const coinToss = row.decided_by === 'coin_toss' ? (row.winner as TeamId) : undefined;
  return {
    facts: {
      teams: [a, b],
      legs,
      ...(playoff ? { playoff } : {}),
      ...(coinToss ? { coinToss } : {}),
    },
  };
}

/** A row of single_matches.csv: one match (a final, a one-match round), perhaps with a replay. */
function singleMatchFacts(row: Row): { facts: TieFacts } | { skip: string } {
  const a = row.team_a as TeamId;
  const b = row.team_b as TeamId;
  const score = pair(row.leg1_a, row.leg1_b);
  if (!score) return { skip: 'the 90-minute score is missing (only the score after extra time)' };
  const et = pair(row.et_a, row.et_b);
  const aet = pair(row.leg2_aet_a, row.leg2_aet_b);
  const played = row.leg2_aet === '1';
  const extraTime = et ?? (played && aet ? ([aet[0] - score[0], aet[1] - score[1]] as Goals) : undefined);
  if (played && !extraTime) return { skip: 'extra time was played but its goals are not given' };
  const pens = pair(row.pens_a, row.pens_b);
  const match: MatchFacts = {
    home: a,
    away: b,
    score,
    ...(played && extraTime ? { extraTime } : {}),
    ...(pens ? { penalties: pens } : {}),
  };
  let playoff: MatchFacts | undefined;
  if (Number(row.replay_count || '0') > 0) {
    const replay = pair(row.replay_a, row.replay_b);
    if (!replay) return { skip: 'the replay score is missing' };
    const replayEt = pair(row.replay_et_a, row.replay_et_b);
    const replayPens = pair(row.replay_pens_a, row.replay_pens_b);
    playoff = {
      home: a,
      away: b,
      score: replay,
      ...(replayEt ? { extraTime: replayEt } : {}),
      ...(replayPens ? { penalties: replayPens } : {}),
    };
  }
  return { facts: { teams: [a, b], legs: [match], ...(playoff ? { playoff } : {}) } };
}

/** The decider the row names, as the engine names it (a golden goal is flagged, not a decided_by). */
function expectedOf(row: Row): DecidedBy | undefined {
  const by = DECIDED_BY[row.decided_by ?? ''];
  if (by === 'extra-time' && (row.flags ?? '').split(';').includes('golden_goal')) return 'golden-goal';
  return by;
}

interface Check {
  readonly row: Row;
  /** Set when the row's scores cannot be given to the engine (e.g. only the score after extra time). */
  readonly skipped?: string;
  readonly competition: string;
  readonly era: string;
  readonly winnerAgrees: boolean;
  readonly decidedByAgrees: boolean;
  readonly got: string;
}

/** Resolves one row with its era's rules and compares with the row's winner and decided_by. */
export function checkRow(row: Row): Check {
  const competition = COMPETITIONS[row.competition ?? ''] ?? `unmapped:${row.competition}`;
  const round = ROUNDS[row.round ?? ''] ?? `unmapped:${row.round}`;
  const expected = expectedOf(row);
  const found = rulesInForce(competition, row.season ?? '', round);
  const base = { row, competition };
  if (!found.ok) {
    return {
      ...base,
      era: '(no era)',
      winnerAgrees: false,
      decidedByAgrees: false,
      got: `${found.error.code}: ${found.error.message}`,
    };
  }
  const era = found.value.era.id;
  const facts = tieFactsOfRow(row);
  if ('skip' in facts) {
    return { ...base, era, skipped: facts.skip, winnerAgrees: false, decidedByAgrees: false, got: '' };
  }
  const outcome = resolveTie(facts.facts, found.value.rules);
  if (!outcome.ok) {
    const e = outcome.error;
    return {
      ...base,
      era,
      winnerAgrees: false,
      decidedByAgrees: false,
      got: `invalid (${found.value.rules.id}): ${e.code} at ${e.path.join('.')}: ${e.message}`,
    };
  }
  const o = outcome.value;
  if (o.kind === 'undecided') {
    return {
      ...base,
      era,
      winnerAgrees: false,
      decidedByAgrees: false,
      got: `undecided (${found.value.rules.id}): needs ${o.next}`,
    };
  }
  return {
    ...base,
    era,
    winnerAgrees: o.winner === row.winner,
    decidedByAgrees: expected !== undefined && o.decidedBy === expected,
    got: `${o.winner} by ${o.decidedBy} (${found.value.rules.id})`,
  };
}

function seasonSpan(rows: ReadonlyArray<Row>): string {
  const seasons = rows.map((r) => r.season ?? '').sort();
  const first = seasons[0] ?? '';
  const last = seasons[seasons.length - 1] ?? '';
  return first === last ? first : `${first}..${last}`;
}

function main(argv: ReadonlyArray<string>): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  const partial = argv.includes('--partial');
  const json = argv.includes('--json');
  if (argv.includes('--help') || files.length !== 1) {
    process.stderr.write(
      'usage: npm run verify:history -- <ties.csv | single_matches.csv> [--partial] [--json]\n  e.g. npm run verify:history -- ../shared/data/ties.csv\n',
    );
    return argv.includes('--help') ? 0 : 2;
  }
  let text: string;
  try {
    text = readFileSync(files[0]!, 'utf8');
  } catch (e) {
    process.stderr.write(`verify-history: cannot read ${files[0]}: ${(e as Error).message}\n`);
    return 2;
  }
  const rows = parseCsv(text);
  const wanted = new Set(partial ? ['yes', 'partial'] : ['yes']);
  const checked = rows.filter((r) => wanted.has(r.usable ?? ''));
  const all = checked.map(checkRow);
  const incomplete = all.filter((c) => c.skipped !== undefined);
  const checks = all.filter((c) => c.skipped === undefined);

  const groups = new Map<string, Check[]>();
  for (const c of checks) {
    const key = `${c.competition}\t${c.era}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const order = (competition: string): number => {
    const i = (competitionIds as ReadonlyArray<string>).indexOf(competition);
    return i < 0 ? competitionIds.length : i;
  };
  const sorted = [...groups.entries()].sort(([ka, la], [kb, lb]) => {
    const byCompetition = order(ka.split('\t')[0]!) - order(kb.split('\t')[0]!);
    return byCompetition !== 0
      ? byCompetition
      : seasonSpan(la.map((c) => c.row)).localeCompare(seasonSpan(lb.map((c) => c.row)));
  });
  const table = sorted.map(([key, list]) => {
    const [competition, era] = key.split('\t') as [string, string];
    return {
      competition,
      era,
      seasons: seasonSpan(list.map((c) => c.row)),
      ties: list.length,
      winnerAgreed: list.filter((c) => c.winnerAgrees).length,
      decidedByAgreed: list.filter((c) => c.decidedByAgrees).length,
    };
  });
  const disagreements = checks
    .filter((c) => !c.winnerAgrees || !c.decidedByAgrees)
    .map((c) => ({
      id: c.row.tie_id ?? '',
      season: c.row.season ?? '',
      round: c.row.round ?? '',
      expected: `${c.row.winner} by ${DECIDED_BY[c.row.decided_by ?? ''] ?? c.row.decided_by}`,
      got: c.got,
      winnerAgrees: c.winnerAgrees,
      documented: DATA_ERRORS[c.row.tie_id ?? ''],
    }));
  const undocumented = disagreements.filter((d) => d.documented === undefined);
  const totals = {
    rows: rows.length,
    checked: checks.length,
    winnerAgreed: checks.filter((c) => c.winnerAgrees).length,
    decidedByAgreed: checks.filter((c) => c.decidedByAgrees).length,
    disagreements: disagreements.length,
    documentedDataErrors: disagreements.length - undocumented.length,
    skipped: rows.length - checks.length,
    incomplete: incomplete.length,
  };

  if (json) {
    process.stdout.write(`${JSON.stringify({ totals, table, disagreements }, null, 2)}\n`);
    return undocumented.length === 0 ? 0 : 1;
  }
  const out: string[] = [];
  out.push(`| competition | era | seasons | ties | winner agreed | decidedBy agreed |`);
  out.push(`|---|---|---|---|---|---|`);
  for (const t of table) {
    out.push(
      `| ${t.competition} | ${t.era} | ${t.seasons} | ${t.ties} | ${t.winnerAgreed} | ${t.decidedByAgreed} |`,
    );
  }
  out.push(
    `| **total** | | | ${totals.checked} | ${totals.winnerAgreed} | ${totals.decidedByAgreed} |`,
    '',
    `${totals.rows} rows; ${totals.checked} checked (usable=${[...wanted].join('/')}), ${totals.skipped} skipped` +
      (incomplete.length > 0
        ? ` (of which ${incomplete.length} with incomplete scores, e.g. only the score after extra time).`
        : '.'),
  );
  if (disagreements.length === 0) out.push('Every checked row agrees on the winner and decidedBy.');
  else {
    out.push(
      '',
      `Disagreements (${disagreements.length}, ${totals.documentedDataErrors} documented as data errors):`,
    );
    for (const d of disagreements) {
      out.push(`- ${d.id} (${d.season}, ${d.round}): data ${d.expected}; engine ${d.got}`);
      if (d.documented) out.push(`  documented data error: ${d.documented}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return undocumented.length === 0 ? 0 : 1;
}

// Run only as a script, so that the mapping functions can be imported (e.g. to build a fixture).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
