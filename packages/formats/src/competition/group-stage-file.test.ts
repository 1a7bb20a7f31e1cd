import { readFileSync } from 'node:fs';
import { createKnockout, groupPositions, qualifiedGroups } from '@cupstage/core';
import { describe, expect, it } from 'vitest';
import { parseCompetition } from './parse-competition.ts';
import { writeCompetition } from './write-competition.ts';

const exampleText = readFileSync(
  new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url),
  'utf8',
);
const parsed = () => {
  const r = parseCompetition(exampleText);
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('; '));
  return r.value;
};
const withGroupStage = (edit: (stage: Record<string, unknown>) => void): string => {
  const json = JSON.parse(exampleText) as { groupStage: Record<string, unknown> };
  edit(json.groupStage);
  return JSON.stringify(json);
};

describe('the competition file with a group stage (examples/caf-confederation-cup-2017.json)', () => {
  it('holds the 48 group matches, each with its source', () => {
    const stage = parsed().groupStage!;
    const matches = stage.groups.flatMap((g) => g.matches);
    expect(matches).toHaveLength(48);
    expect(matches.every((m) => m.source !== undefined && m.score !== undefined)).toBe(true);
    expect(matches.filter((m) => m.awarded).map((m) => [m.home, m.away, m.score])).toEqual([
      ['zesco-united', 'al-hilal-al-ubayyid', [3, 0]],
    ]);
  });

  it("fills the knockout's group slots from the final standings: the seed's qualified teams", () => {
    const c = parsed();
    // The seed article's "Qualified teams" table (winners and runners-up of each group).
    expect(qualifiedGroups(c)).toEqual([
      { group: 'A', positions: ['club-africain', 'fus-rabat'] },
      { group: 'B', positions: ['cs-sfaxien', 'mc-alger'] },
      { group: 'C', positions: ['zesco-united', 'al-hilal-al-ubayyid'] },
      { group: 'D', positions: ['tp-mazembe', 'supersport-united'] },
    ]);
    const qf = createKnockout(c)
      .ties()
      .filter((t) => t.roundIndex === 0)
      .map((t) => [...t.teams]);
    // The seed: Quarter-finals A1–B2, B1–A2, C1–D2, D1–C2, the group winners hosting the second leg.
    expect(qf.map((teams) => [...teams].sort()).sort()).toEqual([
      ['al-hilal-al-ubayyid', 'tp-mazembe'],
      ['club-africain', 'mc-alger'],
      ['cs-sfaxien', 'fus-rabat'],
      ['supersport-united', 'zesco-united'],
    ]);
  });

  it('writes the group stage back as it read it', () => {
    const again = parseCompetition(writeCompetition(parsed()));
    expect(again.ok && again.value).toEqual(parsed());
  });

  it('leaves a group slot empty while its group is still playing', () => {
    const text = withGroupStage((s) => {
      const groups = s.groups as Array<{ matches: Array<{ score?: unknown }> }>;
      delete groups[0]!.matches[11]!.score;
    });
    const r = parseCompetition(text);
    if (!r.ok) throw new Error(r.error[0]!.message);
    expect(groupPositions(r.value).find((g) => g.group === 'A')!.positions).toEqual([]);
    const qf1 = createKnockout(r.value).ties()[0]!;
    expect(qf1.teams.filter((t) => t !== undefined)).toHaveLength(1);
  });

  it('refuses an unknown tie-breakers preset, naming the presets', () => {
    const r = parseCompetition(withGroupStage((s) => (s.tieBreakers = 'caf-2099')));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error[0]!.code).toBe('unknown-tie-breakers-preset');
      expect(r.error[0]!.message).toContain('caf-2017');
    }
  });

  it('refuses a match between teams of another group, or played twice the same way round, with its path', () => {
    const r = parseCompetition(
      withGroupStage((s) => {
        const groups = s.groups as Array<{ matches: Array<Record<string, unknown>> }>;
        groups[0]!.matches[0]!.away = 'horoya';
        groups[1]!.matches.push({ ...groups[1]!.matches[0]! });
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.map((e) => [e.code, e.path.join('.')])).toEqual([
        ['team-not-in-group', 'groupStage.groups.0.matches.0.away'],
        ['match-repeated', 'groupStage.groups.1.matches.12'],
      ]);
  });

  it('refuses extra time in a group match and too many matches, by the schema', () => {
    const r = parseCompetition(
      withGroupStage((s) => {
        const groups = s.groups as Array<{ matches: Array<Record<string, unknown>> }>;
        groups[0]!.matches[0]!.extraTime = [1, 0];
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]!.path.join('.')).toBe('groupStage.groups.0.matches.0');
  });
});
