import { rulesFromFormat } from './format-rules.ts';
import { looksLikeLeg, type ParsedLeg, parseLegLine } from './leg-line.ts';
import { type ImportProblem, problem } from './problems.ts';
import { type ParsedSummary, parseSummaryLine } from './summary-line.ts';

/** A value with the 1-based line it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

export type RoundItem =
  | { readonly kind: 'leg'; readonly leg: ParsedLeg; readonly line: number }
  | {
      readonly kind: 'summary';
      readonly summary: ParsedSummary;
      readonly text: string;
      readonly line: number;
    }
  | { readonly kind: 'separator'; readonly line: number };

export interface TableRows {
  header?: Located<string[]>;
  readonly rows: Array<Located<string[]>>;
}

export interface DrawSentence {
  readonly rounds: string;
  readonly description: string;
  readonly date?: string;
  readonly time?: string;
  readonly label?: string;
  readonly place?: string;
}

export interface AmendmentLine {
  readonly round: string;
  readonly window: 'first-leg' | 'second-leg' | 'match';
  readonly from: string;
  readonly to: string;
  readonly reason?: string;
}

/** An article cut into what each section states, before any meaning is checked. */
export interface ArticleDoc {
  title?: Located<string>;
  period?: Located<{ from: string; to: string }>;
  total?: Located<{ count: string; stage: string; name: string }>;
  readonly qualified: TableRows;
  readonly formatParagraphs: Array<Located<string>>;
  readonly roundRules: Array<Located<{ round: string; rules: string }>>;
  readonly schedule: TableRows;
  readonly amendments: Array<Located<AmendmentLine>>;
  readonly bracket: TableRows;
  readonly draws: Array<Located<DrawSentence>>;
  champion?: Located<string>;
  readonly rounds: Array<{ readonly name: string; readonly line: number; readonly items: RoundItem[] }>;
}

type Section = 'intro' | 'qualified' | 'format' | 'schedule' | 'bracket' | 'round' | 'skipped';

const SECTION: Readonly<Record<string, Section>> = {
  'qualified teams': 'qualified',
  format: 'format',
  rules: 'format',
  schedule: 'schedule',
  'round and draw dates': 'schedule',
  bracket: 'bracket',
};

/**
 * Sections of Wikipedia's knockout-stage articles that hold no round and nothing the importer reads
 * (their facts, if any, come from elsewhere): skipped whole, never read as rounds.
 */
const SKIPPED =
  /^(?:seeding|draw|draws|notes|references|external links|see also|statistics|top (?:goal)?scorers|goalscorers|awards|footnotes|citations|sources)$/i;

/** A column of a qualified-teams table that names no team (Wikipedia's region or zone). */
const REGION_COLUMN = /^(?:region|zone)$/i;

/** Sentences the generator writes that carry nothing the importer needs (their facts come from elsewhere). */
const KNOWN_PROSE: ReadonlyArray<RegExp> = [
  /advanced to the /,
  /^The schedule of each round was as follows\.?$/,
  /^The calendar was amended/,
  /^The bracket of the .+ was determined as follows:?$/,
  /^In the .+ (played|winners|each other)/,
];

const LEGEND = /^\* went through;/;

/** Removes wiki section markers and the closing `|}` of an emptied table, which carry no facts. */
function clean(raw: string): string {
  return raw
    .replace(/<section (?:begin|end)=[^>]*\/>/g, '')
    .replace(/^\s*\|\}/, '')
    .trim();
}

function cells(line: string): string[] | undefined {
  if (!line.startsWith('|')) return undefined;
  const inner = line.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replaceAll('\\|', '|'));
}

function addRow(table: TableRows, row: string[], line: number): void {
  if (row.every((c) => /^:?-{3,}:?$/.test(c))) return;
  if (table.header === undefined) table.header = { value: row, line };
  else table.rows.push({ value: row, line });
}

/**
 * A line of the format section about the final only, such as CONMEBOL's "- The final was played as a
 * single match ..." or "In the finals, if tied on aggregate, the away goals rule was not used, ...":
 * the round and the rules it states (a rules id, or the line itself when it cannot be read, which the
 * importer then reports).
 */
function roundRulesLine(line: string): { round: string; rules: string } | undefined {
  const single = /^(?:[-*•] )?The finals? (?:was|is|will be) played as a single match\b/i.test(line);
  const own = /^(?:[-*•] )?In the finals?,? /i.test(line);
  if (!single && !own) return undefined;
  // "if tied on aggregate" is a two-legged final even when the line does not say so.
  const stated = rulesFromFormat(!single && /on aggregate/i.test(line) ? `${line} (two legs)` : line);
  return { round: 'final', rules: stated?.preset ?? stated?.rules.id ?? line };
}

const WINDOW: Readonly<Record<string, AmendmentLine['window']>> = {
  'first leg': 'first-leg',
  'second leg': 'second-leg',
  match: 'match',
};

/**
 * Cuts an article (the seed's layout, or `cupstage report --format text`) into its statements.
 * Every line is either used or reported: unknown lines come back as `unknown-line` warnings.
 */
export function readArticle(text: string): { doc: ArticleDoc; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const doc: ArticleDoc = {
    qualified: { rows: [] },
    formatParagraphs: [],
    roundRules: [],
    schedule: { rows: [] },
    amendments: [],
    bracket: { rows: [] },
    draws: [],
    rounds: [],
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let section: Section = 'intro';
  let drawing = false;
  let region: { readonly at: number; readonly width: number } | undefined;
  const unknown = (n: number, line: string): void => {
    problems.push(problem('warning', 'unknown-line', n, `line not understood, ignored: "${line}"`));
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = clean(raw);
    if (line === '') return;
    const title = /^=\s*([^=].*?)\s*=$/.exec(line);
    if (title) {
      if (doc.title) problems.push(problem('warning', 'second-title', n, 'a second title line, ignored'));
      else doc.title = { value: title[1]!, line: n };
      return;
    }
    const heading = /^==+\s*(.+?)\s*==+$/.exec(line);
    if (heading) {
      const name = heading[1]!;
      section = SECTION[name.toLowerCase()] ?? (SKIPPED.test(name) ? 'skipped' : 'round');
      drawing = false;
      if (section === 'round') doc.rounds.push({ name, line: n, items: [] });
      return;
    }
    const row = cells(line);
    if (drawing) {
      if (LEGEND.test(line)) drawing = false;
      const champion = /^Champions: (.+)$/.exec(line);
      if (champion) doc.champion = { value: champion[1]!, line: n };
      return;
    }
    switch (section) {
      case 'intro': {
        const period =
          /was played (?:from )?(\d{1,2}(?: [A-Z][a-z]+)?(?: \d{4})?) (?:to|until) (\d{1,2} [A-Z][a-z]+ \d{4})\./.exec(
            line,
          );
        if (period) doc.period = { value: { from: period[1]!, to: period[2]! }, line: n };
        const total =
          /A total of (\S+) teams competed in the (.+?) to decide the champions of the (.+?)\.$/.exec(line);
        if (total) doc.total = { value: { count: total[1]!, stage: total[2]!, name: total[3]! }, line: n };
        if (!period && !total) unknown(n, line);
        return;
      }
      case 'qualified':
        if (row) {
          // AFC and CAF articles add a region or zone column, written once per region (a row span):
          // a row has it when it has as many cells as the header had.
          if (doc.qualified.header === undefined) {
            const at = row.findIndex((c) => REGION_COLUMN.test(c));
            if (at >= 0) region = { at, width: row.length };
            addRow(doc.qualified, at >= 0 ? row.filter((_, i) => i !== at) : row, n);
          } else {
            const r = region;
            addRow(doc.qualified, r && row.length === r.width ? row.filter((_, i) => i !== r.at) : row, n);
          }
        } else if (!KNOWN_PROSE.some((re) => re.test(line))) unknown(n, line);
        return;
      case 'skipped':
        return;
      case 'format': {
        const other = /^The (.+?) (?:was|were) played under different rules: (.+?)\.?$/.exec(line);
        if (other) doc.roundRules.push({ value: { round: other[1]!, rules: other[2]! }, line: n });
        else if (row) unknown(n, line);
        else {
          // A sentence about the final alone ("In the final, which is played as a single match, ...")
          // starts its own rules, with the sentences after it on the same line; the rest is the
          // paragraph of every other round.
          const sentences = line.replace(/^[-*•] /, '').split(/(?<=\.) (?=[A-Z])/);
          const at = sentences.findIndex((sentence) => roundRulesLine(sentence) !== undefined);
          const general = at < 0 ? sentences : sentences.slice(0, at);
          if (at >= 0) {
            const oneRound = roundRulesLine(sentences.slice(at).join(' '))!;
            doc.roundRules.push({ value: oneRound, line: n });
          }
          if (general.length === 0) return;
          doc.formatParagraphs.push({ value: general.join(' '), line: n });
          if (
            at < 0 &&
            /one-match final|single-match final|final (?:which |that )?(?:was|is) played as a single match/i.test(
              line,
            )
          ) {
            doc.roundRules.push({ value: { round: 'final', rules: 'single-match' }, line: n });
          }
        }
        return;
      }
      case 'schedule': {
        if (row) {
          addRow(doc.schedule, row, n);
          return;
        }
        const moved =
          /^[-*] (.+?) (first leg|second leg|match): moved from (.+?) to ([^()]+?)(?: \((.+)\))?$/.exec(line);
        if (moved) {
          doc.amendments.push({
            value: {
              round: moved[1]!,
              window: WINDOW[moved[2]!]!,
              from: moved[3]!,
              to: moved[4]!,
              ...(moved[5] ? { reason: moved[5] } : {}),
            },
            line: n,
          });
        } else if (!KNOWN_PROSE.some((re) => re.test(line))) unknown(n, line);
        return;
      }
      case 'bracket': {
        if (row) {
          addRow(doc.bracket, row, n);
          return;
        }
        const draw =
          /^The order of legs for the (.+?) was decided by (.+?)(?: on (\d{1,2} [A-Z][a-z]+ \d{4})(?:, (\d{1,2}:\d{2})(?: ([^,]+))?)?)?(?:, at (.+?))?\.$/.exec(
            line,
          );
        if (draw) {
          doc.draws.push({
            value: {
              rounds: draw[1]!,
              description: draw[2]!,
              ...(draw[3] ? { date: draw[3] } : {}),
              ...(draw[4] ? { time: draw[4] } : {}),
              ...(draw[5] ? { label: draw[5] } : {}),
              ...(draw[6] ? { place: draw[6] } : {}),
            },
            line: n,
          });
          return;
        }
        if (KNOWN_PROSE.some((re) => re.test(line))) return;
        // The bracket drawn as text by `cupstage report`: skipped up to its legend line.
        if (lines.slice(i).some((l) => LEGEND.test(l.trim()))) {
          drawing = !LEGEND.test(line);
          return;
        }
        unknown(n, line);
        return;
      }
      case 'round': {
        const round = doc.rounds[doc.rounds.length - 1]!;
        if (/^-{4,}$/.test(line)) {
          round.items.push({ kind: 'separator', line: n });
          return;
        }
        const leg = parseLegLine(line);
        if (leg) {
          round.items.push({ kind: 'leg', leg, line: n });
          return;
        }
        const summary = parseSummaryLine(line);
        if (summary) {
          round.items.push({ kind: 'summary', summary, text: line, line: n });
          return;
        }
        if (/^Result needs attention: /.test(line)) {
          problems.push(
            problem('warning', 'result-needs-attention', n, `the article flags this tie: ${line}`),
          );
          return;
        }
        if (KNOWN_PROSE.some((re) => re.test(line))) return;
        if (looksLikeLeg(line)) {
          problems.push(
            problem(
              'error',
              'broken-leg-line',
              n,
              `this looks like a leg but does not read as "Home CTY 1–0 CTY Away": "${line}"`,
            ),
          );
          return;
        }
        unknown(n, line);
        return;
      }
      default: {
        const never: never = section;
        throw new Error(`unknown section ${String(never)}`);
      }
    }
  });
  return { doc, problems };
}
