import type { Amendment, DateRange, DrawRecord, LegOrder, Round, RoundId } from '@cupstage/core';
import { type ImportProblem, problem } from './problems.ts';
import type { ArticleDoc } from './read-article.ts';
import { parseDate, parseDateRange } from './text.ts';

/** The period phase: the first and last day of the stage, as the intro states them. */
export function readPeriod(doc: ArticleDoc, problems: ImportProblem[]): DateRange | undefined {
  let period: DateRange | undefined;
  if (doc.period) {
    const to = parseDate(doc.period.value.to);
    const from = to ? parseDateRange(`${doc.period.value.from} – ${doc.period.value.to}`) : undefined;
    if (from) period = from;
    else
      problems.push(
        problem(
          'error',
          'bad-date',
          doc.period.line,
          `"from ${doc.period.value.from} to ${doc.period.value.to}" is not a date range`,
        ),
      );
  }
  return period;
}

/** The draws phase: the draws for the order of legs, each linked to the rounds it decided. */
export function readDraws(
  doc: ArticleDoc,
  rounds: ReadonlyArray<Round>,
  roundIds: ReadonlyMap<string, RoundId>,
  problems: ImportProblem[],
): { readonly draws: DrawRecord[]; readonly rounds: Round[] } {
  const draws: DrawRecord[] = [];
  doc.draws.forEach((d, i) => {
    const names = d.value.rounds.split(/, | and /).map((s) => s.trim().toLowerCase());
    const ids = names.map((nm) => roundIds.get(nm));
    if (ids.some((x) => x === undefined)) {
      problems.push(
        problem(
          'warning',
          'unknown-round',
          d.line,
          `the draw names a round that has no section: "${d.value.rounds}"`,
        ),
      );
    }
    const date = d.value.date ? parseDate(d.value.date) : undefined;
    const offset = /UTC([+−-])(\d{1,2})(?::(\d{2}))?/.exec(d.value.label ?? '');
    const tz = offset
      ? `${offset[1] === '+' ? '+' : '-'}${offset[2]!.padStart(2, '0')}:${offset[3] ?? '00'}`
      : '';
    const time = d.value.time ? `${d.value.time.padStart(5, '0')}:00` : undefined;
    const record: DrawRecord = {
      id: doc.draws.length === 1 ? 'leg-order-draw' : `leg-order-draw-${i + 1}`,
      description: d.value.description,
      ...(date ? { heldAt: time ? `${date}T${time}${tz}` : date } : {}),
      ...(d.value.label ? { timeZoneLabel: d.value.label } : {}),
      ...(d.value.place ? { place: d.value.place } : {}),
      rounds: ids.filter((x): x is RoundId => x !== undefined),
    };
    draws.push(record);
  });
  const withDraws = rounds.map((round) => {
    if (round.legOrder.kind !== 'draw') return round;
    const draw = draws.find((d) => d.rounds.includes(round.id));
    return draw ? { ...round, legOrder: { kind: 'draw', draw: draw.id } as LegOrder } : round;
  });
  return { draws, rounds: withDraws };
}

/** The amendments phase: changes to the calendar (dates without a year take the year of the round's window). */
export function readAmendments(
  doc: ArticleDoc,
  withDraws: ReadonlyArray<Round>,
  roundIds: ReadonlyMap<string, RoundId>,
  period: DateRange | undefined,
  problems: ImportProblem[],
): Amendment[] {
  const amendments: Amendment[] = [];
  for (const a of doc.amendments) {
    const rid = roundIds.get(a.value.round.toLowerCase());
    const round = withDraws.find((x) => x.id === rid);
    if (!rid || !round) {
      problems.push(
        problem(
          'warning',
          'unknown-round',
          a.line,
          `the amendment names "${a.value.round}", which has no section`,
        ),
      );
      continue;
    }
    const key =
      a.value.window === 'first-leg' ? 'firstLeg' : a.value.window === 'second-leg' ? 'secondLeg' : 'match';
    const year = Number((round.schedule?.[key]?.to ?? period?.to ?? '').slice(0, 4)) || undefined;
    const to = parseDateRange(a.value.to, year);
    const fromYear = to ? Number(to.from.slice(0, 4)) : year;
    const from = parseDateRange(a.value.from, fromYear);
    if (!from || !to) {
      problems.push(
        problem(
          'error',
          'bad-date',
          a.line,
          `"moved from ${a.value.from} to ${a.value.to}" does not read as two date ranges`,
        ),
      );
      continue;
    }
    const current = round.schedule?.[key];
    if (current && (current.from !== to.from || current.to !== to.to)) {
      problems.push(
        problem(
          'warning',
          'amendment-mismatch',
          a.line,
          `the amendment moves ${round.name} ${a.value.window} to ${a.value.to}, but the schedule table says otherwise`,
        ),
      );
    }
    amendments.push({
      round: rid,
      window: a.value.window,
      from,
      to,
      ...(a.value.reason ? { reason: a.value.reason } : {}),
    });
  }
  return amendments;
}
