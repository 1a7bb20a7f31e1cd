import { describe, expect, it } from 'vitest';
import { looksLikeLeg, parseLegLine } from './leg-line.ts';

describe('parseLegLine', () => {
  it('reads teams with hyphens and spaces, country codes and the score with any dash', () => {
    for (const dash of ['−', '-', '–']) {
      expect(parseLegLine(`Al-Hilal Al-Ubayyid SDN 1${dash}2 COD TP Mazembe`)).toEqual({
        home: 'Al-Hilal Al-Ubayyid',
        homeCountry: 'SDN',
        away: 'TP Mazembe',
        awayCountry: 'COD',
        score: [1, 2],
        afterExtraTime: false,
        playoff: false,
      });
    }
    expect(parseLegLine('CS Sfaxien TUN 1−0 MAR FUS Rabat')?.away).toBe('FUS Rabat');
  });

  it('reads (a.e.t.), a shoot-out, a leg not played and a play-off', () => {
    expect(parseLegLine('Porto POR 3–1 (a.e.t.) ITA Roma')).toMatchObject({
      score: [3, 1],
      afterExtraTime: true,
    });
    expect(parseLegLine('Real Madrid ESP 2–1 (a.e.t.) (1–3 p) GER Bayern Munich')?.penalties).toEqual([1, 3]);
    expect(parseLegLine('MC Alger ALG v TUN Club Africain')).toMatchObject({
      home: 'MC Alger',
      away: 'Club Africain',
    });
    expect(parseLegLine('MC Alger ALG v TUN Club Africain')?.score).toBeUndefined();
    expect(parseLegLine('Play-off: Celtic SCO 2–1 ESP Real Madrid')?.playoff).toBe(true);
  });

  it('does not read a result line or a line without country codes', () => {
    expect(parseLegLine('TP Mazembe won 2–1 on aggregate.')).toBeUndefined();
    expect(parseLegLine('Club Alfa ARG 3 to 0 URU Gamma FC')).toBeUndefined();
  });
});

describe('looksLikeLeg', () => {
  it('flags a leg written without country codes or with a word for the dash, not prose or result lines', () => {
    expect(looksLikeLeg('MC Alger 1–0 Club Africain')).toBe(true);
    expect(looksLikeLeg('Club Alfa ARG 3 to 0 URU Gamma FC')).toBe(true);
    expect(looksLikeLeg('TP Mazembe won 2–1 on aggregate.')).toBe(false);
    expect(looksLikeLeg('Attendance records were broken throughout.')).toBe(false);
  });
});
