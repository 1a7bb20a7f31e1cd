import { readFileSync } from 'node:fs';
import { bracketModel, createKnockout, teamId, tieId } from '@cupstage/core';
import { bundledFontUrls, renderPng, writeBracketSvg } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.ts';

const model = () => {
  const c = example();
  return bracketModel(c, createKnockout(c));
};
const fonts = () => ({
  regular: readFileSync(bundledFontUrls.regular),
  bold: readFileSync(bundledFontUrls.bold),
});

describe('writeBracketSvg', () => {
  it('draws every team, both legs, the aggregate and the markers, the winners in bold', () => {
    const svg = writeBracketSvg(model());
    for (const team of [
      'Club Africain (TUN)',
      'MC Alger (ALG)',
      'Al-Hilal Al-Ubayyid (SDN)',
      'ZESCO United (ZAM)',
    ]) {
      expect(svg).toContain(`>${team}</text>`);
    }
    const bold = [...svg.matchAll(/font-weight="bold" fill="#111111">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(bold).toContain('FUS Rabat (MAR)');
    expect(bold).toContain('TP Mazembe (COD)');
    expect(bold).not.toContain('CS Sfaxien (TUN)');
    expect(svg).toContain('>(5–4 p)</text>');
    expect(svg).toContain('>(a)</text>');
    expect(svg).toContain('>Champions: TP Mazembe</text>');
  });

  it('is self-contained and the same for the same model', () => {
    const svg = writeBracketSvg(model());
    expect(svg).not.toMatch(/href|<script|url\(/);
    expect(writeBracketSvg(model())).toBe(svg);
  });

  it('draws a tie made stale by a correction upstream as the web does: blank legs, no winner', () => {
    const c = example();
    const ko = createKnockout(c);
    // A hypothetical correction: MC Alger, not Club Africain, wins QF1, so SF1's legs are stale.
    ko.record(tieId('QF1'), {
      legs: [
        { home: teamId('mc-alger'), away: teamId('club-africain'), score: [3, 0] },
        { home: teamId('club-africain'), away: teamId('mc-alger'), score: [2, 0] },
      ],
    });
    const stale = bracketModel(c, ko);
    const sf1 = stale.rounds[1]!.ties.find((t) => t.id === 'SF1')!;
    expect(sf1.sides.flatMap((s) => s.legs)).toEqual([undefined, undefined, undefined, undefined]);
    const svg = writeBracketSvg(stale);
    const semiFinal = (text: string) =>
      text.slice(text.indexOf('>Semi-finals</text>'), text.indexOf('>Final</text>'));
    // SF1 was SuperSport United 1–1 Club Africain, then Club Africain 1–3 SuperSport United: gone with it.
    expect(semiFinal(svg)).not.toContain('>3</text>');
    expect(semiFinal(writeBracketSvg(model()))).toContain('>3</text>');
    expect(svg).toContain('>MC Alger (ALG)</text>');
  });

  it('escapes names for XML', () => {
    const svg = writeBracketSvg({ rounds: [{ name: 'A & B', legs: 1, ties: [] }] });
    expect(svg).toContain('A &amp; B');
  });
});

describe('renderPng', () => {
  it('gives the same PNG bytes for the same input, with the bundled fonts', async () => {
    const svg = writeBracketSvg(model(), { title: '2017 CAF Confederation Cup knockout stage' });
    const a = await renderPng(svg, fonts());
    const b = await renderPng(svg, fonts());
    expect([...a.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('reproduces docs/bracket.png (the README picture) byte for byte', async () => {
    const svg = writeBracketSvg(model(), { title: '2017 CAF Confederation Cup knockout stage' });
    const png = await renderPng(svg, fonts());
    const committed = readFileSync(new URL('../../../docs/bracket.png', import.meta.url));
    expect(Buffer.from(png).equals(committed)).toBe(true);
  });
});
