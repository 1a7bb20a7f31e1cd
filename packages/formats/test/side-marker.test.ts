import { bracketModel, createKnockout, sideMarker } from '@cupstage/core';
import { bracketText, parseCompetition, teamBracket, writeBracketSvg } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';

/**
 * A real tie won on penalties by the side listed second (the second leg's host): the 1970–71 European
 * Cup second round, Borussia Mönchengladbach 1–1 Everton, Everton 1–1 Mönchengladbach after extra
 * time, Everton won 4–3 on penalties (the competition's first shoot-out). Source: engsoccerdata
 * champs.csv via ../shared/data/ties.csv, tie_id esd-champs-1970-R16-Borussia-Monchengladbach-v-Everton
 * (also packages/core/test/fixtures/history/ties.json).
 */
const file = {
  format: 'cupstage-competition/1',
  id: 'european-cup-1970-71-second-round',
  name: 'European Cup 1970–71',
  stage: 'Second round',
  season: '1970–71',
  rules: 'uefa-1970',
  teams: [
    { id: 'gladbach', name: 'Borussia Mönchengladbach', country: 'FRG' },
    { id: 'everton', name: 'Everton', country: 'ENG' },
  ],
  rounds: [
    {
      id: 'second-round',
      name: 'Second round',
      ties: [
        {
          id: 'R2-1',
          sides: [{ team: 'gladbach' }, { team: 'everton' }],
          legs: [
            { home: 'gladbach', away: 'everton', score: [1, 1] },
            { home: 'everton', away: 'gladbach', score: [1, 1], extraTime: [0, 0], penalties: [4, 3] },
          ],
        },
      ],
    },
  ],
  amendments: [],
  draws: [],
};

function model() {
  const r = parseCompetition(JSON.stringify(file));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return bracketModel(r.value, createKnockout(r.value));
}

describe('the shoot-out marker beside the team that went through, read from its side', () => {
  it('core: Everton, second side, won 4–3', () => {
    const tie = model().rounds[0]!.ties[0]!;
    expect(tie.sides[1].winner).toBe(true);
    expect(sideMarker(tie, 1)).toBe('4–3 p');
    expect(sideMarker(tie, 0)).toBeUndefined();
  });

  it('the text bracket writes (4–3 p) on Everton’s line, as the web and the SVG do', () => {
    const everton = bracketText(model())
      .split('\n')
      .find((l) => l.includes('Everton'));
    expect(everton).toContain('(4–3 p)');
    expect(writeBracketSvg(model())).toContain('4–3 p');
  });

  it('the wikitext bracket writes the same marker on Everton’s aggregate', () => {
    const agg = teamBracket(model())
      .split('\n')
      .find((l) => l.startsWith('| RD1-score2-agg'));
    expect(agg).toMatch(/^\| RD1-score2-agg = '''2''' \(4–3 \[\[Penalty shoot-out/);
  });
});
