import { type ImportProblem, problem } from '../article-import/problems.ts';
import { LINE_STYLES, readDate, readTime } from './line-styles.ts';
import { findScore, sidesAround, type WrittenScore } from './score.ts';

/** One match line as written, with what the lines around it said (date, time, venue, goals). */
export interface RawMatch {
  readonly line: number;
  readonly home: string;
  readonly away: string;
  readonly score: WrittenScore;
  readonly date?: string;
  readonly kickoff?: string;
  readonly venue?: string;
  /** Written in a `Replays` section. */
  readonly replay: boolean;
  readonly awarded?: boolean;
  /** `[cancelled; Austria withdrew ...]`, `[annulled]`: not played. */
  readonly notPlayed?: string;
  /** The goal lines below the match, as written. */
  goals?: string;
  /** `# Italy won on coin toss` under the match. */
  coinToss?: string;
}

/** A `»` or `▪` section: a knockout round, or a group or league section that is skipped. */
export interface RawSection {
  readonly name: string;
  readonly line: number;
  readonly matches: RawMatch[];
}

export interface ReadFootballTxt {
  readonly title?: string;
  readonly sections: RawSection[];
  readonly problems: ImportProblem[];
}

/** Group and league sections: read, then left out of the knockout stage with a note. */
export const NOT_KNOCKOUT =
  /^(?:group|gruppe|grupo|groupe|poule|matchday|spieltag|jornada|journée|league|regular season|final round$|\d+\.\s?(?:matchday|spieltag))|(?:^|,\s*)group\b|\bmatchday\s*\d+$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads the lines of a football.txt file into sections of raw matches, by the styles of
 * {@link LINE_STYLES}. Dates without a year take the title's year, carried forward and moved on
 * when the month goes back (a season `2018/19` starts in its first year). Problems carry their line.
 */
export function readFootballTxt(text: string): ReadFootballTxt {
  const problems: ImportProblem[] = [];
  const sections: RawSection[] = [];
  let title: string | undefined;
  let year: number | undefined;
  let seasonSpan = false;
  let seasonStart: number | undefined;
  let last: { m: number; d: number } | undefined;
  let date: string | undefined;
  let kickoff: string | undefined;
  let pendingVenue: string | undefined;
  let lastMatch: RawMatch | undefined;
  let replaySection = false;
  // Lines under a match (goals, line-ups, shoot-out detail) until the next match, date or section.
  // 'match': goal and line-up lines may follow; 'lineup': also their free continuation lines.
  let detail: 'none' | 'match' | 'lineup' = 'none';
  let depth = 0;

  const setDate = (m: number, d: number, y: number | undefined, n: number): void => {
    if (y !== undefined) year = y;
    else if (seasonStart !== undefined) {
      // A season `2021/22` runs from July to June: January to June are in its second year.
      year = m < 7 ? seasonStart + 1 : seasonStart;
    } else if (year !== undefined) {
      if (last === undefined && seasonSpan && m < 7) year++;
      // A season's dates go from autumn to spring: a month six or more back is the next year; a
      // smaller step back is a match listed out of order.
      else if (last !== undefined && last.m - m >= 6) year++;
    }
    if (m < 1 || d < 1 || d > 31) {
      problems.push(problem('error', 'bad-date', n, `${d}/${m} is not a date`));
      return;
    }
    last = { m, d };
    date = year === undefined ? undefined : `${year}-${pad(m)}-${pad(d)}`;
    if (year === undefined)
      problems.push(
        problem('warning', 'date-without-year', n, 'a date with no year, and the title names none'),
      );
  };

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (depth > 0) {
      depth = Math.max(0, depth + count(raw, '(') - count(raw, ')'));
      if (lastMatch) lastMatch.goals = `${lastMatch.goals ?? ''} ${raw.trim()}`;
      return;
    }
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith('#')) {
      const toss = LINE_STYLES.coinToss.exec(trimmed);
      if (toss && lastMatch) lastMatch.coinToss = toss[1]!.trim();
      return;
    }
    const line = raw.replace(LINE_STYLES.trailingComment, '').replace(/\s+$/, '');
    const t = LINE_STYLES.title.exec(line);
    if (t) {
      if (title === undefined) {
        title = t[1]!;
        const y = /(\d{4})(?:[/-](\d{2,4}))?/.exec(title);
        if (y) {
          year = Number(y[1]);
          seasonSpan = y[2] !== undefined;
          if (seasonSpan) seasonStart = year;
        }
      }
      return;
    }
    if (LINE_STYLES.index.test(line)) return;
    const s =
      LINE_STYLES.section.exec(line) ?? (LINE_STYLES.bareSection.test(line) ? [line, line.trim()] : null);
    if (s) {
      detail = 'none';
      lastMatch = undefined;
      // `Finals, Round of 16` is the round of 16; `Playoffs, Matchday 2` continues the play-offs;
      // `Quarter-finals, Replays` holds the replays of the quarter-finals.
      let name = s[1]!;
      replaySection = /,?\s*\b(?:replays?|wiederholung)\b/i.test(name);
      name = name.replace(/,?\s*\b(?:replays?|wiederholung)\b/i, '').trim();
      name = name.replace(/^Finals?,\s*/i, '').replace(/,\s*(?:Matchday|Leg)\s*\d+$/i, '');
      const same = sections.find((x) => x.name === name);
      if (same) sections.push(sections.splice(sections.indexOf(same), 1)[0]!);
      else sections.push({ name, line: n, matches: [] });
      return;
    }
    if (detail === 'lineup' && /^\s*\d+-\d+\s+\p{L}/u.test(line)) return; // `2-1 Nehoda, 2-2 Flohe,`
    if (detail !== 'none' && LINE_STYLES.goals.test(line)) {
      depth = Math.max(0, count(line, '(') - count(line, ')'));
      if (lastMatch) lastMatch.goals = `${lastMatch.goals ?? ''} ${line.trim()}`;
      return;
    }
    if (detail !== 'none' && LINE_STYLES.detail.test(line)) {
      detail = 'lineup';
      depth = Math.max(0, count(line, '(') - count(line, ')'));
      return;
    }
    let rest = line.trim();
    const d = readDate(rest);
    if (d) {
      setDate(d.month, d.day, d.year, n);
      rest = d.rest;
      detail = 'none';
      kickoff = undefined;
      pendingVenue = undefined;
      if (rest === '') return;
    }
    const time = readTime(rest);
    if (time) {
      kickoff = time.kickoff;
      rest = time.rest;
    }
    if (rest.startsWith('@')) {
      // `June 10 @ Düsseldorf     West Germany  1-1 Italy`: the venue, then the match after a gap.
      const gap = /^@\s*(\S.*?)\s{2,}(\S.*)$/.exec(rest);
      const after = gap ? findScore(gap[2]!) : undefined;
      if (gap && after && !('error' in after)) {
        pendingVenue = gap[1];
        rest = gap[2]!;
      } else {
        pendingVenue = rest.slice(1).trim();
        return;
      }
    }
    if (rest === '') return;
    let venue: string | undefined;
    const v = LINE_STYLES.venue.exec(rest);
    if (v) {
      venue = v[1];
      rest = rest.slice(0, v.index);
    }
    let note: string | undefined;
    const b = LINE_STYLES.bracketNote.exec(rest);
    if (b) {
      note = b[1]!.trim();
      rest = rest.slice(0, b.index);
    }
    const found = findScore(rest);
    const section = sections[sections.length - 1];
    if (found === undefined) {
      // `Home v Away` or `Home  -  Away` with no score; in a line-up, ` - ` separates lines of players.
      const vs = (
        detail === 'lineup' ? /^(.+?)\s+(?:v|vs\.?)\s+(.+)$/ : /^(.+?)\s+(?:v|vs\.?|-)\s+(.+)$/
      ).exec(rest);
      if (vs && section) {
        // A fixture with no result yet (or a match marked not played).
        const m: RawMatch = {
          line: n,
          home: vs[1]!.trim(),
          away: vs[2]!.trim(),
          score: {},
          replay: replaySection,
          ...(date ? { date } : {}),
          ...(kickoff ? { kickoff } : {}),
          ...place(venue ?? pendingVenue),
          ...(note ? { notPlayed: note } : {}),
        };
        section.matches.push(m);
        lastMatch = m;
        detail = 'match';
        pendingVenue = undefined;
        return;
      }
      if (detail === 'lineup' && !/\d+-\d+/.test(rest)) return; // a line-up or shoot-out line continued
      problems.push(
        problem(
          'error',
          section ? 'unknown-line' : 'match-outside-round',
          n,
          section
            ? `not a match, date, section or comment: "${line.trim()}"`
            : `a line before any "»" or "▪" section: "${line.trim()}"`,
        ),
      );
      return;
    }
    if (detail === 'lineup' && /^\s*\d+-\d+/.test(rest)) return; // `4-3 Jurkemik,  U.Hoeneß (over),`
    if ('error' in found) {
      problems.push(
        problem('error', 'bad-score', n, `the score cannot be read (${found.error}): "${line.trim()}"`),
      );
      detail = 'match';
      return;
    }
    const sides = sidesAround(rest, found);
    if (typeof sides === 'string') {
      problems.push(problem('error', 'bad-match-line', n, `${sides}: "${line.trim()}"`));
      return;
    }
    if (!section) {
      problems.push(
        problem('error', 'match-outside-round', n, `a match before any "»" or "▪" section: "${line.trim()}"`),
      );
      return;
    }
    const awarded = note !== undefined && /^awarded\b/i.test(note);
    const m: RawMatch = {
      line: n,
      home: sides.home,
      away: sides.away,
      score: found.score,
      replay: replaySection,
      ...(date ? { date } : {}),
      ...(kickoff ? { kickoff } : {}),
      ...place(venue ?? pendingVenue),
      ...(awarded ? { awarded } : {}),
      ...(note && !awarded ? { notPlayed: note } : found.score.notPlayed ? { notPlayed: 'n/p' } : {}),
    };
    section.matches.push(m);
    lastMatch = m;
    detail = 'match';
    pendingVenue = undefined;
  });
  return { ...(title !== undefined ? { title } : {}), sections, problems };
}

const place = (venue: string | undefined): { venue?: string } => (venue ? { venue } : {});

function count(text: string, ch: string): number {
  let k = 0;
  for (const c of text) if (c === ch) k++;
  return k;
}
