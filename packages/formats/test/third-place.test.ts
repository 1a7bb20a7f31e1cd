import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCompetition, parseCompetition } from '../src/index.ts';

/**
 * The example with a third-place tie (the losers of SF1 and SF2: Club Africain and FUS Rabat) listed
 * before the final. The 2017 CAF Confederation Cup had none: the tie is invented, and Club Africain
 * is made to win it, so that a champion read from the last round's first tie would be wrong.
 */
function withThirdPlaceFirst() {
  const file = JSON.parse(
    readFileSync(new URL('../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
  );
  const last = file.rounds[file.rounds.length - 1];
  last.ties.unshift({
    id: '3P',
    sides: [{ loser: 'SF1' }, { loser: 'SF2' }],
    legs: [
      { home: 'club-africain', away: 'fus-rabat', score: [1, 0] },
      { home: 'fus-rabat', away: 'club-africain', score: [0, 0] },
    ],
  });
  const parsed = parseCompetition(JSON.stringify(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe('exports of a competition whose last round lists a third-place tie first', () => {
  it('name the winner of the final champion in the SVG bracket', () => {
    const svg = exportCompetition(withThirdPlaceFirst(), 'svg');
    expect(svg).toContain('Champions: TP Mazembe');
    expect(svg).not.toContain('Champions: Club Africain');
  });

  it('draw the final first in the wikitext bracket', () => {
    const wikitext = exportCompetition(withThirdPlaceFirst(), 'wikitext');
    const firstOfLastRound = wikitext.split('\n').find((l) => l.startsWith('| RD3-team1 '));
    expect(firstOfLastRound).toContain('TP Mazembe');
  });
});
