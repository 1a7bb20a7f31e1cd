import { caf2017, singleMatch, uefa2021 } from '@cupstage/core';
import { describe, expect, it } from 'vitest';
import { parseSummaryLine, summaryMisfit } from './summary-line.ts';

describe('parseSummaryLine', () => {
  it('reads each wording Wikipedia uses, with any dash', () => {
    expect(parseSummaryLine('Club Africain won 2-1 on aggregate.')).toEqual({
      winner: 'Club Africain',
      decidedBy: 'aggregate',
      score: [2, 1],
      onAggregate: true,
    });
    expect(parseSummaryLine('2−2 on aggregate. SuperSport United won on away goals.')).toMatchObject({
      winner: 'SuperSport United',
      decidedBy: 'away-goals',
      score: [2, 2],
    });
    expect(parseSummaryLine('1–1 on aggregate. FUS Rabat won 5–4 on penalties.')).toMatchObject({
      winner: 'FUS Rabat',
      decidedBy: 'penalties',
      penalties: [5, 4],
    });
    expect(parseSummaryLine('Porto won 4–3 on aggregate after extra time.')).toMatchObject({
      decidedBy: 'extra-time',
      score: [4, 3],
    });
    expect(parseSummaryLine('1–1 after extra time. Chelsea won 4–3 on penalties.')).toMatchObject({
      winner: 'Chelsea',
      onAggregate: false,
    });
    expect(parseSummaryLine('Liverpool won 2–0.')).toMatchObject({ onAggregate: false, score: [2, 0] });
    expect(parseSummaryLine('1–1 on aggregate. Celtic won the play-off 2–1.')).toMatchObject({
      decidedBy: 'play-off',
      playoff: [2, 1],
    });
    expect(parseSummaryLine('0–0 on aggregate. Play-off 1–1. Inter won on a coin toss.')).toMatchObject({
      decidedBy: 'coin-toss',
      playoff: [1, 1],
    });
    expect(parseSummaryLine('Ajax won on walkover.')).toMatchObject({ decidedBy: 'walkover' });
  });

  it('reads nothing else as a result line', () => {
    expect(parseSummaryLine('MC Alger ALG 1−0 TUN Club Africain')).toBeUndefined();
    expect(parseSummaryLine('In the final, the two semi-final winners played each other.')).toBeUndefined();
  });
});

describe('summaryMisfit', () => {
  it('says what the rules cannot produce', () => {
    const away = parseSummaryLine('2–2 on aggregate. A won on away goals.')!;
    expect(summaryMisfit(away, caf2017)).toBeUndefined();
    expect(summaryMisfit(away, uefa2021)).toContain('have no away goals');
    expect(summaryMisfit(parseSummaryLine('A won 2–1 on aggregate.')!, singleMatch)).toContain(
      'single match',
    );
    expect(summaryMisfit(parseSummaryLine('A won 3–2 on aggregate after extra time.')!, caf2017)).toContain(
      'no extra time',
    );
  });
});
