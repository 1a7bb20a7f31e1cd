import {
  type Competition,
  checkCompetition,
  err,
  isRoundKey,
  type Leg,
  ok,
  type Result,
  type Round,
  resolveTie,
  roundId,
  rulesInForce,
  type Slot,
  singleMatch,
  type Team,
  type TeamId,
  type TieId,
  type TieRules,
  type TieSpec,
  teamId,
  tieId,
} from '@cupstage/core';
import type { Imported } from '../article-import/parse-article.ts';
import { type ImportProblem, problem } from '../article-import/problems.ts';
import { slug } from '../article-import/text.ts';

export interface FootballTxtOptions {
  /**
   * Rules of two-legged rounds (e.g. uefa-1970 for 1970–71 to 2020–21). When absent, the rules come
   * from the era registry for the competition and season in the file's title (e.g.
   * `= UEFA Champions League 2018/19`), round by round, and a note says which.
   */
  readonly rules?: TieRules;
  /** Rules of single-match rounds such as a final (default: single-match). */
  readonly singleMatchRules?: TieRules;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE_LINE = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.? ([A-Z][a-z]{2})\/(\d{1,2})(?: (\d{4}))?\s*$/;
const MATCH_LINE =
  /^\s*(?:(\d{1,2})[.:](\d{2})\s+)?(.+?)\s+v\s+(.+?)(?:\s+((?:(\d+)-(\d+) pen\. )?(\d+)-(\d+)( a\.e\.t\.)?(?: \((\d+)-(\d+)(?:, \d+-\d+)?\))?))?(?:\s+@\s+(.+?))?\s*$/;
const SKIPPED_SECTION = /^(group|gruppe|grupo|groupe|matchday|league|spieltag|\d+\. ?matchday)/i;

interface RawMatch {
  readonly line: number;
  readonly home: string;
  readonly away: string;
  readonly leg: Omit<Leg, 'home' | 'away'>;
}

/** `Manchester United (ENG)` → name and country code. */
function teamOf(text: string): { name: string; country?: string } {
  const m = /^(.+?)\s*\(([A-Z]{3})\)$/.exec(text.trim());
  return m ? { name: m[1]!, country: m[2]! } : { name: text.trim() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads a football.txt file (openfootball): `= Title Season`, `» Round` sections, date lines
 * (`Tue Feb/12 2019`, the year carried forward), match lines (`21.00  Home (ENG) v Away (FRA)  0-2 (0-0)`,
 * `3-1 a.e.t. (2-1, 1-1)`, `4-3 pen. 1-1 a.e.t. (1-1, 0-0)`, optional `@ venue`). Each knockout round's
 * matches are paired into ties: two matches of the same two clubs with home and away swapped make a
 * two-legged tie, a lone match a single-match tie. Group and league sections are skipped (with a note).
 * Every tie is checked by the engine; problems come back with their line numbers.
 *
 * @example parseFootballTxt(text, { rules: uefa1970 }) // ok: competition with R16, QF, SF and the final
 * @example parseFootballTxt(text) // rules of each round from the era registry, by the title's competition and season
 */
export function parseFootballTxt(
  text: string,
  options: FootballTxtOptions,
): Result<Imported, ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let title: string | undefined;
  const sections: Array<{ name: string; line: number; matches: RawMatch[] }> = [];
  let skipping = false;
  let date: { y?: number; m: number; d: number } | undefined;
  let year: number | undefined;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const t = /^=\s*(.+?)\s*$/.exec(line);
    if (t && title === undefined) {
      title = t[1]!;
      const y = /(\d{4})(?:\/\d{2,4})?$/.exec(title);
      if (y) year = Number(y[1]);
      return;
    }
    const s = /^\s*[»▪]\s*(.+?)\s*$/.exec(line);
    if (s) {
      // `Finals, Round of 16` is the round of 16; `Playoffs, Matchday 2` continues the play-offs.
      const name = s[1]!.replace(/^Finals?,\s*/, '').replace(/,\s*(?:Matchday|Leg)\s*\d+$/i, '');
      skipping = SKIPPED_SECTION.test(name);
      if (skipping) {
        problems.push(
          problem('note', 'section-skipped', n, `"${s[1]}" is not a knockout round; its matches are skipped`),
        );
      } else {
        const same = sections.find((x) => x.name === name);
        if (same) sections.push(sections.splice(sections.indexOf(same), 1)[0]!);
        else sections.push({ name, line: n, matches: [] });
      }
      return;
    }
    const d = DATE_LINE.exec(line);
    if (d) {
      const m = MONTHS.indexOf(d[1]!) + 1;
      if (m === 0) {
        problems.push(problem('error', 'bad-date', n, `"${d[1]}" is not a month such as Feb`));
        return;
      }
      if (d[3]) year = Number(d[3]);
      else if (date && year !== undefined && m < date.m) year++;
      else if (!date && year !== undefined && m < 7) year++;
      date = { m, d: Number(d[2]), ...(year !== undefined ? { y: year } : {}) };
      return;
    }
    if (skipping) return;
    const note = /\s+\[(awarded|cancelled|canceled|annulled|abandoned|postponed)\]\s*$/i.exec(line);
    if (note && !/^awarded$/i.test(note[1]!)) {
      problems.push(
        problem('note', 'match-not-played', n, `a match marked [${note[1]}] is skipped: "${line.trim()}"`),
      );
      return;
    }
    const mm = MATCH_LINE.exec(note ? line.slice(0, note.index) : line);
    const section = sections[sections.length - 1];
    if (!mm || !section) {
      problems.push(
        problem(
          'warning',
          section ? 'unknown-line' : 'match-outside-round',
          n,
          `line not understood, ignored: "${line.trim()}"`,
        ),
      );
      return;
    }
    const leg: Record<string, unknown> = {};
    if (mm[8] !== undefined) {
      const total: [number, number] = [Number(mm[8]), Number(mm[9])];
      if (mm[10]) {
        if (mm[11] === undefined) {
          problems.push(
            problem(
              'error',
              'score-after-90-missing',
              n,
              'a score after extra time needs the score after 90 minutes in brackets, e.g. "3-1 a.e.t. (2-1, 1-1)"',
            ),
          );
          return;
        }
        const ft: [number, number] = [Number(mm[11]), Number(mm[12])];
        if (ft[0] > total[0] || ft[1] > total[1]) {
          problems.push(
            problem(
              'error',
              'bad-score',
              n,
              `the score after 90 minutes (${ft.join('-')}) is above the score after extra time (${total.join('-')})`,
            ),
          );
          return;
        }
        leg.score = ft;
        leg.extraTime = [total[0] - ft[0], total[1] - ft[1]];
      } else {
        leg.score = total;
      }
      if (mm[6] !== undefined) leg.penalties = [Number(mm[6]), Number(mm[7])];
    }
    if (date?.y !== undefined) leg.date = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
    if (mm[1] !== undefined) leg.kickoff = `${pad(Number(mm[1]))}:${mm[2]}`;
    if (mm[13]) leg.venue = mm[13];
    if (note) leg.awarded = true;
    section.matches.push({ line: n, home: mm[3]!, away: mm[4]!, leg: leg as RawMatch['leg'] });
  });

  const teams: Team[] = [];
  const byName = new Map<string, Team>();
  const teamFor = (text: string, line: number): TeamId => {
    const { name, country } = teamOf(text);
    const known = byName.get(name);
    if (known) return known.id;
    if (!country)
      problems.push(
        problem(
          'warning',
          'country-missing',
          line,
          `${name} has no country code such as (ENG); XXX recorded`,
        ),
      );
    let id = slug(name) || 'team';
    while (teams.some((t) => t.id === id)) id = `${id}-2`;
    const team: Team = { id: teamId(id), name, country: country ?? 'XXX' };
    teams.push(team);
    byName.set(name, team);
    return team.id;
  };
  const nameOf = (t: TeamId): string => teams.find((x) => x.id === t)?.name ?? t;

  const header = title ?? 'Competition';
  const season = /(\d{4}(?:\/\d{2,4})?)$/.exec(header)?.[1];
  const name = season ? header.slice(0, -season.length).trim() : header;
  const rulesFor = (section: string, twoLegs: boolean, line: number): TieRules | undefined => {
    if (options.rules) return twoLegs ? options.rules : (options.singleMatchRules ?? singleMatch);
    const qualifying = /\bquali/i.test(name);
    const key = qualifying && /round/i.test(section) ? 'qualifying' : roundKeyOf(section);
    const registryId = slug(name.replace(/\s*-\s*quali\w*$/i, ''));
    const found = season && key ? rulesInForce(registryId, season, key) : undefined;
    if (!found?.ok) {
      const why =
        found && !found.ok
          ? found.error.message
          : `the title names no season, or "${section}" is not a round the era registry knows`;
      problems.push(
        problem(
          'error',
          'rules-not-known',
          line,
          `no rules for ${section}: ${why}; give a rules preset (--rules)`,
        ),
      );
      return undefined;
    }
    const rules = found.value.rules;
    problems.push(
      problem(
        'note',
        'rules-from-registry',
        line,
        `${section}: rules ${rules.id} from the era registry (${found.value.competition.name} ${found.value.season.label})`,
      ),
    );
    if ((rules.legs === 2) !== twoLegs) {
      problems.push(
        problem(
          'warning',
          'legs-mismatch',
          line,
          `${section} has ${twoLegs ? 'two-legged ties' : 'single matches'}, but the rules in force (${rules.id}) have ${rules.legs === 2 ? 'two legs' : 'one match'}`,
        ),
      );
    }
    return rules;
  };
  const rounds: Round[] = [];
  const outcomes = new Map<TieId, { winner?: TeamId; loser?: TeamId }>();
  for (const section of sections) {
    if (section.matches.length === 0) continue;
    const pairs = new Map<string, RawMatch[]>();
    for (const m of section.matches) {
      const h = teamFor(m.home, m.line);
      const a = teamFor(m.away, m.line);
      const key = [h, a].sort().join('|');
      pairs.set(key, [...(pairs.get(key) ?? []), m]);
    }
    const twoLegs = [...pairs.values()].some((p) => p.length >= 2);
    const rules = rulesFor(section.name, twoLegs, section.line);
    if (!rules) continue;
    const prev = rounds[rounds.length - 1];
    const slotOf = (team: TeamId): Slot => {
      for (const t of prev?.ties ?? []) {
        const o = outcomes.get(t.id);
        if (o?.winner === team) return { kind: 'winner', tie: t.id };
        if (o?.loser === team) return { kind: 'loser', tie: t.id };
      }
      return { kind: 'team', team };
    };
    const prefix = tiePrefix(section.name);
    const ties: TieSpec[] = [];
    let k = 0;
    for (const matches of pairs.values()) {
      const id = tieId(pairs.size === 1 ? prefix : `${prefix}${++k}`);
      const first = matches[0]!;
      const home = byName.get(teamOf(first.home).name)!.id;
      const away = byName.get(teamOf(first.away).name)!.id;
      const toLeg = (m: RawMatch): Leg => ({
        home: byName.get(teamOf(m.home).name)!.id,
        away: byName.get(teamOf(m.away).name)!.id,
        ...m.leg,
      });
      const legs = matches.slice(0, rules.legs).map(toLeg);
      const extra = matches.slice(rules.legs);
      if (legs[1] && legs[1].home !== away) {
        problems.push(
          problem(
            'error',
            'legs-do-not-pair',
            matches[1]!.line,
            `${nameOf(home)} host both matches against ${nameOf(away)}; the second leg must be played at the other ground`,
          ),
        );
        continue;
      }
      let playoff: Leg | undefined;
      if (extra.length === 1 && rules.deciders.some((d) => d.kind === 'play-off')) playoff = toLeg(extra[0]!);
      else if (extra.length > 0) {
        problems.push(
          problem(
            'error',
            'too-many-matches',
            extra[0]!.line,
            `${nameOf(home)} and ${nameOf(away)} meet ${matches.length} times in ${section.name}; the rules (${rules.id}) have ${rules.legs === 1 ? 'one match' : 'two legs'}`,
          ),
        );
        continue;
      }
      const spec: TieSpec = {
        id,
        sides: [slotOf(home), slotOf(away)],
        legs,
        ...(playoff ? { playoff } : {}),
      };
      ties.push(spec);
      const r = resolveTie({ teams: [home, away], legs, playoff }, rules, { nameOf });
      if (!r.ok) {
        problems.push(
          problem(
            'error',
            `engine-${r.error.code}`,
            matches[matches.length - 1]!.line,
            `${id}: the engine rejects this tie under ${rules.id}: ${r.error.message}`,
          ),
        );
        outcomes.set(id, {});
      } else if (r.value.kind === 'decided') {
        outcomes.set(id, { winner: r.value.winner, loser: r.value.loser });
      } else {
        outcomes.set(id, {});
      }
    }
    if (ties.length === 0) continue;
    rounds.push({
      id: roundId(slug(section.name) || `round-${rounds.length + 1}`),
      name: section.name,
      rules,
      legOrder: rules.legs === 1 ? { kind: 'neutral' } : { kind: 'draw' },
      ties,
    });
  }
  if (rounds.length === 0) {
    problems.push(
      problem(
        'error',
        'no-knockout-rounds',
        undefined,
        'no knockout round with matches was found (sections start with "» Round of 16" and so on)',
      ),
    );
    return err(problems);
  }
  const competition: Competition = {
    id: slug(header) || 'competition',
    name,
    stageName: 'knockout stage',
    ...(season ? { season } : {}),
    teams,
    groups: [],
    rounds,
    amendments: [],
    draws: [],
  };
  for (const e of checkCompetition(competition))
    problems.push({ ...problem('error', e.code, undefined, e.message), path: e.path });
  return ok({ competition, problems });
}

/** The era registry's key of a round name: `Round of 16` → `round-of-16`, `Quarterfinals` → `quarter-final`. */
function roundKeyOf(name: string): string | undefined {
  const keys: ReadonlyArray<[RegExp, string]> = [
    [/round of 32|last 32|sechzehntel/i, 'round-of-32'],
    [/round of 16|last 16|eighth|achtel/i, 'round-of-16'],
    [/quarter|viertel/i, 'quarter-final'],
    [/semi|halbfinal/i, 'semi-final'],
    [/^finale?s?$/i, 'final'],
    [/play-?offs?/i, 'play-off'],
    [/qualif/i, 'qualifying'],
    [/prelim/i, 'preliminary'],
    [/^first round|^1st round/i, 'first-round'],
    [/^second round|^2nd round/i, 'second-round'],
  ];
  const key = keys.find(([re]) => re.test(name))?.[1];
  return key && isRoundKey(key) ? key : undefined;
}

/** `Round of 16` → `R16`, `Quarterfinals` → `QF`, `Semifinals` → `SF`, `Final` → `F`. */
function tiePrefix(name: string): string {
  const r = /round of (\d+)/i.exec(name);
  if (r) return `R${r[1]}`;
  if (/quarter/i.test(name)) return 'QF';
  if (/semi/i.test(name)) return 'SF';
  if (/^final$/i.test(name)) return 'F';
  if (/play-?offs?/i.test(name)) return 'PO';
  return (
    name
      .split(/[\s-]+/)
      .map((w) => (/^\d+/.test(w) ? w.replace(/\D.*$/, '') : (w[0] ?? '').toUpperCase()))
      .join('') || 'T'
  );
}
