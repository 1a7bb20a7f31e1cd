import type { Competition, Leg, Team, TeamId } from '@cupstage/core';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function dateLine(iso: string, withYear: boolean): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return `  ${DAYS[day]} ${MONTHS[(m ?? 1) - 1]}/${d}${withYear ? ` ${y}` : ''}`;
}

function score(leg: Leg): string {
  if (!leg.score) return '';
  const [h, a] = leg.score;
  if (!leg.extraTime) return `${h}-${a}`;
  const total = `${h + leg.extraTime[0]}-${a + leg.extraTime[1]} a.e.t. (${h}-${a})`;
  return leg.penalties ? `${leg.penalties[0]}-${leg.penalties[1]} pen. ${total}` : total;
}

/**
 * A competition as a football.txt file (openfootball): a `=` title with the season, one `»` section
 * per round, date lines, and one line per match (`21.00  Home (ENG) v Away (FRA)  2-1`, `a.e.t.` with
 * the 90-minute score in brackets, `pen.` for shoot-outs). A tie known only from a report is written
 * as a comment, since the format has no place for it.
 *
 * @example writeFootballTxt(c) // '= 2017 CAF Confederation Cup\n\n\n» Quarter-finals\n           MC Alger (ALG) v Club Africain (TUN)  1-0\n...'
 */
export function writeFootballTxt(c: Competition): string {
  const teams = new Map<TeamId, Team>(c.teams.map((t) => [t.id, t]));
  const label = (id: TeamId): string => {
    const t = teams.get(id);
    return t ? `${t.name} (${t.country})` : id;
  };
  const title = c.season && !c.name.includes(c.season) ? `${c.name} ${c.season}` : c.name;
  const out: string[] = [`= ${title}`, ''];
  let lastYear: number | undefined;
  for (const round of c.rounds) {
    out.push('', `» ${round.name}`);
    const matches: Array<{ leg: Leg; order: number }> = [];
    round.ties.forEach((tie, t) => {
      for (const [l, leg] of tie.legs.entries()) matches.push({ leg, order: l * 1000 + t });
      if (tie.playoff) matches.push({ leg: tie.playoff, order: 2000 + t });
    });
    matches.sort((a, b) => (a.leg.date ?? '').localeCompare(b.leg.date ?? '') || a.order - b.order);
    let lastDate: string | undefined;
    for (const { leg } of matches) {
      if (leg.date && leg.date !== lastDate) {
        const year = Number(leg.date.slice(0, 4));
        out.push(dateLine(leg.date, year !== lastYear));
        lastYear = year;
        lastDate = leg.date;
      }
      const time = leg.kickoff ? leg.kickoff.replace(':', '.') : '     ';
      const place = [leg.venue, leg.city].filter((x) => x !== undefined).join(', ');
      const s = score(leg);
      out.push(
        `    ${time}  ${label(leg.home)} v ${label(leg.away)}${s ? `  ${s}` : ''}${place ? `  @ ${place}` : ''}`.trimEnd(),
      );
    }
    for (const tie of round.ties) {
      if (tie.legs.length === 0 && tie.reported)
        out.push(`  # ${tie.id}: ${tie.reported.summary} (legs unknown)`);
    }
  }
  return `${out.join('\n')}\n`;
}
