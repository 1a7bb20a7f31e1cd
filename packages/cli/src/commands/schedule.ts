import { isTimeZone } from '@cupstage/app';
import {
  type Competition,
  checkSchedule,
  type DateRange,
  describeAmendment,
  findRound,
  formatDate,
  formatDateRange,
  legLabel,
  type ScheduledLeg,
  scheduleOf,
} from '@cupstage/core';
import { writeCalendar } from '@cupstage/formats';
import type { Command } from 'commander';
import { CliError, describeErrors, type Io, loadCompetition, writeText } from '../io.ts';

interface ScheduleOptions {
  ics?: boolean;
  round?: string;
  team?: string;
  out?: string;
  minRestDays?: string;
}

const when = (l: ScheduledLeg): string => {
  if (l.date === undefined)
    return l.window ? `${formatDateRange(l.window)} (date to be confirmed)` : 'date to be confirmed';
  const time =
    l.kickoff !== undefined ? `, ${l.kickoff}${l.timeZone ? ` local time (${l.timeZone})` : ''}` : '';
  return `${formatDate(l.date)}${time}`;
};

function scheduleText(
  c: Competition,
  legs: ReadonlyArray<ScheduledLeg>,
  roundIds: ReadonlySet<string>,
): string {
  const rounds = c.rounds.filter((r) => roundIds.has(r.id));
  const cell = (r: DateRange | undefined): string => (r ? formatDateRange(r) : 'to be decided');
  const single = rounds.some((r) => r.rules.legs === 1);
  const lines = [`${c.name} ${c.stageName}: schedule`, ''];
  lines.push(single ? '| Round | First leg | Second leg | Match |' : '| Round | First leg | Second leg |');
  for (const r of rounds) {
    const s = r.schedule;
    const cells =
      r.rules.legs === 1
        ? ['', '', cell(s?.match)]
        : [cell(s?.firstLeg), cell(s?.secondLeg), ...(single ? [''] : [])];
    lines.push(`| ${r.name} | ${cells.join(' | ')} |`);
  }
  const amendments = c.amendments.filter((a) => roundIds.has(a.round));
  if (amendments.length > 0) {
    lines.push('', 'The calendar was amended from the original one for the following dates:');
    for (const a of amendments) lines.push(`- ${describeAmendment(c, a)}`);
  }
  for (const r of rounds) {
    const these = legs.filter((l) => l.round === r.id);
    if (these.length === 0) continue;
    lines.push('', r.name);
    for (const l of these) {
      const place = [l.venue, l.city].filter((x) => x !== undefined).join(', ');
      const label = `${l.tie} ${legLabel(l)}`;
      lines.push(
        `  ${label.padEnd(14)} ${l.homeName} v ${l.awayName}: ${when(l)}${place ? `, ${place}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function scheduleCommand(program: Command, io: Io): void {
  program
    .command('schedule')
    .description("print a competition's schedule, amendments and legs, or export it as iCalendar")
    .argument('<file>', 'competition file (JSON)')
    .option('--ics', 'write iCalendar (RFC 5545) instead of text')
    .option('--round <round>', 'only this round (id or name)')
    .option('--team <team>', "only this team's matches (id or name)")
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--min-rest-days <n>', 'full days a team must rest between two matches (default 2)')
    .addHelpText(
      'after',
      `
Legs without a date are listed, and exported, over their round's window as tentative.

Examples:
  cupstage schedule examples/caf-confederation-cup-2017.json
  cupstage schedule examples/caf-confederation-cup-2017.json --ics --team "TP Mazembe" --out mazembe.ics`,
    )
    .action((file: string, options: ScheduleOptions) => {
      const c = loadCompetition(file);
      let minRestDays: number | undefined;
      if (options.minRestDays !== undefined) {
        minRestDays = Number(options.minRestDays);
        if (!/^\d+$/.test(options.minRestDays) || minRestDays > 30)
          throw new CliError(
            `--min-rest-days must be a whole number of days from 0 to 30 (got "${options.minRestDays}")`,
          );
      }
      const problems = checkSchedule(c, {
        isTimeZone,
        ...(minRestDays === undefined ? {} : { minRestDays }),
      });
      if (problems.length > 0)
        throw new CliError(
          `${file} has a calendar that breaks the rules:\n${describeErrors(file, problems)}`,
        );
      let legs = scheduleOf(c);
      let roundIds = new Set<string>(c.rounds.map((r) => r.id));
      if (options.round !== undefined) {
        const round = findRound(c, options.round);
        if (!round.ok) throw new CliError(`--round: ${round.error.message}`);
        roundIds = new Set([round.value.id]);
        legs = legs.filter((l) => l.round === round.value.id);
      }
      if (options.team !== undefined) {
        const wanted = options.team.toLowerCase();
        const team = c.teams.find((t) => t.id.toLowerCase() === wanted || t.name.toLowerCase() === wanted);
        if (!team)
          throw new CliError(
            `--team: no team "${options.team}" in ${file}; teams are ${c.teams.map((t) => t.name).join(', ')}`,
          );
        legs = legs.filter((l) => l.home === team.id || l.away === team.id);
        roundIds = new Set([...roundIds].filter((id) => legs.some((l) => l.round === id)));
      }
      let text: string;
      if (options.ics) {
        const calendar = writeCalendar(c, {
          stamp: new Date(),
          ...(options.round !== undefined ? { round: options.round } : {}),
          ...(options.team !== undefined ? { team: options.team } : {}),
        });
        if (!calendar.ok) throw new CliError(describeErrors(file, [calendar.error]));
        text = calendar.value;
      } else {
        text = scheduleText(c, legs, roundIds);
      }
      if (options.out !== undefined) {
        writeText(options.out, text);
        return;
      }
      io.stdout.write(text);
    });
}
