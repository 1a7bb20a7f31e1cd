import {
  type Competition,
  GROUP_TABLE_HEADER,
  groupTables,
  rankingRulesText,
  statusMark,
} from '@cupstage/core';

/** Keeps a value from breaking a table cell. */
const cell = (text: string): string => text.replaceAll('|', '{{!}}');

/**
 * The group stage as wikitext: the ranking rules, then for each group a heading and a wikitable in
 * Wikipedia's group-table form (Pos, Team with its {{flagicon}}, Pld, W, D, L, GF, GA, GD, Pts,
 * Qualification) in ranked order with the points in bold, and the tie-breaker notes as a
 * list under the table. Returns an empty string for a competition without a group stage.
 *
 * @example writeGroupStageWikitext(c) // '==Format==\nThe teams are ranked by points (3 for a win, 1 for a draw, 0 for a loss); ...'
 */
export function writeGroupStageWikitext(c: Competition): string {
  const stage = c.groupStage;
  if (!stage) return '';
  const out: string[] = [`==Format==`, rankingRulesText(stage), ''];
  for (const table of groupTables(c, stage)) {
    out.push(`==Group ${cell(table.group)}==`);
    out.push('{| class="wikitable" style="text-align:center"');
    out.push(`! ${GROUP_TABLE_HEADER.join(' !! ')}`);
    for (const r of table.rows) {
      const team = `${r.country ? `{{flagicon|${r.country}}} ` : ''}[[${cell(r.name)}]]${statusMark(r.status)}`;
      const q = r.qualification ? `[[#${cell(r.qualification)}|${cell(r.qualification)}]]` : '';
      out.push('|-');
      out.push(
        `| ${r.position} || style="text-align:left" | ${team} || ${r.played} || ${r.won} || ${r.drawn} || ${r.lost} || ${r.goalsFor} || ${r.goalsAgainst} || ${r.goalDifference} || '''${r.points}''' || ${q}`,
      );
    }
    out.push('|}');
    for (const note of table.notes) out.push(`* ${cell(note)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
