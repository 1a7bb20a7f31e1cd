import { describe, expect, it } from 'vitest';
import { findScore, sidesAround } from './score.ts';

/** Real match texts (time, date and venue already cut off), each from the openfootball file named. */
const LINES: ReadonlyArray<readonly [string, string, string, string, object]> = [
  // text, source, home, away, score
  [
    'France  4-3 (1-1)  Argentina',
    'worldcup 2018--russia/cup_finals.txt',
    'France',
    'Argentina',
    { fullTime: [4, 3], halfTime: [1, 1] },
  ],
  [
    'Haringey Borough        v AFC Wimbledon            0-1 (0-0)',
    'england 2018-19/facup.txt',
    'Haringey Borough',
    'AFC Wimbledon',
    { fullTime: [0, 1], halfTime: [0, 0] },
  ],
  [
    'Italy  2-1 a.e.t. (1-1, 0-0)  Czechoslovakia',
    'worldcup 1934--italy/cup.txt',
    'Italy',
    'Czechoslovakia',
    { afterExtraTime: [2, 1], fullTime: [1, 1], halfTime: [0, 0] },
  ],
  [
    'Japan             1-1 a.e.t (1-1, 1-0), 1-3 pen.  Croatia',
    'worldcup 2022--qatar/cup_finals.txt',
    'Japan',
    'Croatia',
    { afterExtraTime: [1, 1], fullTime: [1, 1], halfTime: [1, 0], penalties: [1, 3] },
  ],
  [
    'Slough Town             v Sutton United            8-7 pen. 1-1 a.e.t. (1-1, 0-1)',
    'england 2018-19/facup.txt',
    'Slough Town',
    'Sutton United',
    { penalties: [8, 7], afterExtraTime: [1, 1], fullTime: [1, 1], halfTime: [0, 1] },
  ],
  [
    'ASA AL                  v Atlético Goianiense      5-6 pen. (1-1, 0-1)',
    'south-america brazil/2025_brcup.txt',
    'ASA AL',
    'Atlético Goianiense',
    { penalties: [5, 6], fullTime: [1, 1], halfTime: [0, 1] },
  ],
  [
    'Cruzeiro (BRA)          v River Plate (ARG)        2-4 pen. (0-0)',
    'south-america copa-libertadores/2019_copal.txt',
    'Cruzeiro (BRA)',
    'River Plate (ARG)',
    { penalties: [2, 4], fullTime: [0, 0] },
  ],
  [
    'Czechoslovakia   2-2 a.e.t., 5-3 pen.  West Germany',
    'euro 1976--yugoslavia/euro.txt',
    'Czechoslovakia',
    'West Germany',
    { afterExtraTime: [2, 2], penalties: [5, 3] },
  ],
  [
    'Italy   v Soviet Union   0-0 a.e.t.',
    'euro 1968--italy/euro.txt',
    'Italy',
    'Soviet Union',
    { afterExtraTime: [0, 0], fullTime: [0, 0] },
  ],
  [
    'England          1-1 Germany          (aet, 5-6 pen)',
    'euro 1996--england/euro.txt',
    'England',
    'Germany',
    { afterExtraTime: [1, 1], penalties: [5, 6] },
  ],
  [
    'Bradford City           v Aldershot Town           4-1 pen. 1-1 a.e.t. (0-0)',
    'england 2018-19/facup.txt',
    'Bradford City',
    'Aldershot Town',
    { penalties: [4, 1], afterExtraTime: [1, 1], fullTime: [0, 0] },
  ],
  [
    'Italy  2-0  Northern Ireland',
    'worldcup 2026--usa/quali_playoffs.txt',
    'Italy',
    'Northern Ireland',
    { fullTime: [2, 0] },
  ],
  ['Sweden n/p Austria', 'worldcup 1938--france/cup.txt', 'Sweden', 'Austria', { notPlayed: true }],
];

describe('findScore', () => {
  it.each(LINES)('reads "%s" (%s)', (text, _source, home, away, score) => {
    const found = findScore(text);
    if (!found || 'error' in found) throw new Error(`not read: ${JSON.stringify(found)}`);
    expect(found.score).toEqual(score);
    expect(sidesAround(text, found)).toEqual({ home, away });
  });

  it('keeps a shoot-out out of the team name: the away side never holds a score', () => {
    // south-america brazil/2025_brcup.txt: this line once made "Atlético Goianiense 5-6 pen. (1-1, 0-1)" a team.
    const text = 'ASA AL                  v Atlético Goianiense      5-6 pen. (1-1, 0-1)';
    const found = findScore(text);
    if (!found || 'error' in found) throw new Error('not read');
    const sides = sidesAround(text, found);
    expect(typeof sides === 'object' && /\d/.test(sides.away)).toBe(false);
  });

  it('says why a score cannot be read: a shoot-out with no score before it', () => {
    // europe liechtenstein/2023-24_licup.txt line 26
    expect(findScore('FC Vaduz III            v USV Eschen/Mauren III    5-4 pen.')).toMatchObject({
      error: 'no score after 90 minutes',
    });
  });

  it('finds no score in a line without one', () => {
    expect(findScore('CD Cardassar             -  AD CF Épila')).toBeUndefined();
  });
});
