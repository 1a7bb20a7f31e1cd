import { describe, expect, it } from 'vitest';
import { LINE_STYLES, readDate, readTime } from './line-styles.ts';

describe('readDate', () => {
  // Each date as written at the start of a line of the openfootball file named.
  it.each([
    ['Tue Feb/12 2019', 'champions-league 2018-19/cl.txt', { month: 2, day: 12, year: 2019, rest: '' }],
    ['Sat Nov/10', 'england 2018-19/facup.txt', { month: 11, day: 10, rest: '' }],
    ['[Fri Aug/6]', 'england 2021-22/2-championship.txt', { month: 8, day: 6, rest: '' }],
    ['Sat Jun 30 ', 'worldcup 2018--russia/cup_finals.txt', { month: 6, day: 30, rest: '' }],
    ['  Wed Oct 9 2024', 'espana 2024-25/cup.txt', { month: 10, day: 9, year: 2024, rest: '' }],
    ['June 5 ', 'euro 1968--italy/euro.txt', { month: 6, day: 5, rest: '' }],
    [
      'Jul 1  21:45   Argentina  1-1  Bolivia',
      'copa-america 2011--argentina/copa.txt',
      { month: 7, day: 1, rest: '21:45   Argentina  1-1  Bolivia' },
    ],
    [
      'Th 26/3/26 20:45 CET                Italy  2-0  Northern Ireland     @ Bergamo',
      'worldcup 2026--usa/quali_playoffs.txt',
      {
        month: 3,
        day: 26,
        year: 2026,
        rest: '20:45 CET                Italy  2-0  Northern Ireland     @ Bergamo',
      },
    ],
    [
      'June 16 20:15 @ Zagreb, Maksimir Stadion',
      'euro 1976--yugoslavia/euro.txt',
      { month: 6, day: 16, rest: '20:15 @ Zagreb, Maksimir Stadion' },
    ],
  ])('reads "%s" (%s)', (line, _source, expected) => {
    expect(readDate(line)).toEqual(expected);
  });

  it('reads no date in a match line or a team named after a month', () => {
    expect(readDate('Haringey Borough        v AFC Wimbledon            0-1 (0-0)')).toBeUndefined();
    expect(readDate('Mar del Plata v Boca  1-0')).toBeUndefined();
  });
});

describe('readTime', () => {
  it.each([
    [
      '21.30  Godoy Cruz (ARG)        v Palmeiras (BRA)          2-2 (2-1)',
      '21:30',
      'Godoy Cruz (ARG)        v Palmeiras (BRA)          2-2 (2-1)',
    ],
    ['20:45 CET                Italy  2-0  Northern Ireland', '20:45', 'Italy  2-0  Northern Ireland'],
    ['18:00     Netherlands      3-1 (2-0)   USA', '18:00', 'Netherlands      3-1 (2-0)   USA'],
  ])('reads the kick-off of "%s"', (text, kickoff, rest) => {
    expect(readTime(text)).toEqual({ kickoff, rest });
  });
});

describe('LINE_STYLES', () => {
  it('tells sections, index lines, goals, line-ups and coin tosses apart on real lines', () => {
    expect(LINE_STYLES.section.exec('▪ Final, Replay')?.[1]).toBe('Final, Replay'); // euro 1968--italy
    expect(LINE_STYLES.section.exec('== Playoffs')?.[1]).toBe('Playoffs'); // england 2021-22/2-championship
    expect(LINE_STYLES.bareSection.test('Matchday 1')).toBe(true); // england 2021-22/2-championship
    expect(LINE_STYLES.index.test('▪ Matchday 1   | July 13')).toBe(true); // worldcup 1930--uruguay
    expect(LINE_STYLES.index.test('Group 1  |  Argentina      Chile      France     Mexico')).toBe(true);
    expect(LINE_STYLES.goals.test("                  (L. Laurent 19' Langiller 40')")).toBe(true);
    expect(LINE_STYLES.detail.test('  Czechoslovakia: Viktor, Pivarník, Ondrus,')).toBe(true); // euro 1976
    expect(LINE_STYLES.coinToss.exec('             # Italy won on coin toss')?.[1]).toBe('Italy'); // euro 1968
    expect(
      LINE_STYLES.title.exec(
        '= World Cup 1930    # in Uruguay, July 13-30'.replace(LINE_STYLES.trailingComment, ''),
      )?.[1],
    ).toBe('World Cup 1930');
  });
});
