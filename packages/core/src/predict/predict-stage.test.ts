import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKnockout } from '../bracket/knockout.ts';
import type { Competition } from '../competition/types.ts';
import { teamId, tieId } from '../ids.ts';
import { readModelFile } from './model-file.ts';
import { predictStage } from './predict-stage.ts';
import type { StageOdds } from './stage-odds.ts';

const MODEL_PATH = new URL('../../../../examples/models/caf-2017-model.json', import.meta.url);
const raw = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as {
  baseRate: number;
  homeFactor: number;
  teams: Record<string, number>;
  quarterFinals: [string, string][];
  semiFinals: [number, number][];
  final: [number, number];
};
const file = readModelFile(raw);
if (!file.ok || !file.value.competition) throw new Error('model file');
const { model } = file.value;
const competition: Competition = file.value.competition;

const pmf = (l: number, k: number): number => {
  let p = Math.exp(-l);
  for (let i = 1; i <= k; i++) p *= l / i;
  return p;
};

/** P(h goes through against v, h hosting leg 1) under CAF 2017 rules, by brute force to 20 goals. */
function bruteTie(h: string, v: string): number {
  const ratio = raw.teams[h]! / raw.teams[v]!;
  const base = raw.baseRate;
  const f = raw.homeFactor;
  const rates = [base * ratio * f, base / ratio / f, (base / ratio) * f, (base * ratio) / f];
  const t = rates.map((l) => Array.from({ length: 21 }, (_, k) => pmf(l, k)));
  let p = 0;
  for (
    let x = 0;
    x <= 20;
    x++ // leg 1: h scores x, v scores y; leg 2: v scores z, h scores w
  )
    for (let y = 0; y <= 20; y++)
      for (let z = 0; z <= 20; z++)
        for (let w = 0; w <= 20; w++) {
          const q = t[0]![x]! * t[1]![y]! * t[2]![z]! * t[3]![w]!;
          if (x + w > y + z) p += q;
          else if (x + w === y + z) p += w > y ? q : w === y ? q / 2 : 0;
        }
  return p;
}

/** Every one of the 2^7 ways the seven ties can go, multiplied out. */
function bruteStage(): {
  champion: Record<string, number>;
  semi: Record<string, number>;
  final: Record<string, number>;
} {
  const memo = new Map<string, number>();
  const q = (h: string, v: string): number => {
    const key = `${h}|${v}`;
    if (!memo.has(key)) memo.set(key, bruteTie(h, v));
    return memo.get(key)!;
  };
  const champion: Record<string, number> = {};
  const semi: Record<string, number> = {};
  const final: Record<string, number> = {};
  const add = (m: Record<string, number>, k: string, p: number): void => {
    m[k] = (m[k] ?? 0) + p;
  };
  for (let bits = 0; bits < 128; bits++) {
    let p = 1;
    const play = (h: string, v: string, bit: number): string => {
      const hw = q(h, v);
      const homeWins = ((bits >> bit) & 1) === 0;
      p *= homeWins ? hw : 1 - hw;
      return homeWins ? h : v;
    };
    const qf = raw.quarterFinals.map(([h, v], i) => play(h, v, i));
    const sf = raw.semiFinals.map(([h, v], i) => play(qf[h - 1]!, qf[v - 1]!, 4 + i));
    const champ = play(sf[raw.final[0] - 1]!, sf[raw.final[1] - 1]!, 6);
    for (const t of qf) add(semi, t, p);
    for (const t of sf) add(final, t, p);
    add(champion, champ, p);
  }
  return { champion, semi, final };
}

const exact = (c: Competition): StageOdds => {
  const r = predictStage(c, model, { kind: 'exact' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('predictStage on the CAF 2017 benchmark model', () => {
  const brute = bruteStage();
  const odds = exact(competition);

  it('gives exact odds equal to a brute-force enumeration to 1e-9', () => {
    for (const team of Object.keys(raw.teams)) {
      expect(Math.abs(odds.champion[teamId(team)]! - (brute.champion[team] ?? 0))).toBeLessThan(1e-9);
      expect(Math.abs(odds.reach[1]!.teams[teamId(team)]! - (brute.semi[team] ?? 0))).toBeLessThan(1e-9);
      expect(Math.abs(odds.reach[2]!.teams[teamId(team)]! - (brute.final[team] ?? 0))).toBeLessThan(1e-9);
      expect(odds.reach[0]!.teams[teamId(team)]).toBe(1);
    }
  });

  it('agrees with one million Monte Carlo runs within 4 standard errors', () => {
    const runs = 1_000_000;
    const mc = predictStage(competition, model, { kind: 'monte-carlo', runs, seed: 2017 });
    if (!mc.ok) throw new Error(mc.error.message);
    for (const team of Object.keys(raw.teams)) {
      const id = teamId(team);
      for (const [m, e] of [
        [mc.value.champion[id]!, brute.champion[team]!],
        [mc.value.reach[2]!.teams[id]!, brute.final[team]!],
      ] as const) {
        const se = Math.sqrt((e * (1 - e)) / runs);
        expect(Math.abs(m - e)).toBeLessThan(4 * se);
      }
    }
  });
});

describe('predictStage conditional on results entered', () => {
  const results = JSON.parse(
    readFileSync(new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
  ) as {
    teams: { id: string; name: string }[];
    rounds: {
      ties: {
        id: string;
        legs: { home: string; away: string; score: [number, number]; penalties?: [number, number] }[];
      }[];
    }[];
  };
  const nameOf = new Map(results.teams.map((t) => [t.id, t.name]));
  /** The real legs of the tie the knockout now has between these teams (the file's ids differ). */
  const legsOf = (ko: ReturnType<typeof createKnockout>, id: string) => {
    const [home, away] = ko.tie(tieId(id))!.teams;
    return results.rounds
      .flatMap((r) => r.ties)
      .find((t) => nameOf.get(t.legs[0]!.home) === home && nameOf.get(t.legs[0]!.away) === away)!
      .legs.map((l) => ({
        home: teamId(nameOf.get(l.home)!),
        away: teamId(nameOf.get(l.away)!),
        score: l.score,
        ...(l.penalties ? { penalties: l.penalties } : {}),
      }));
  };
  const playedUpTo = (ids: string[], finalFirstLeg: boolean): Competition => {
    const ko = createKnockout(competition);
    for (const id of ids) {
      const r = ko.record(tieId(id), { legs: legsOf(ko, id) });
      if (!r.ok) throw new Error(r.error.message);
    }
    if (finalFirstLeg) {
      const r = ko.record(tieId('F'), { legs: [legsOf(ko, 'F')[0]!] });
      if (!r.ok) throw new Error(r.error.message);
    }
    return ko.competition();
  };

  it('gives the winners of played ties probability 1 and the losers 0', () => {
    const odds = exact(playedUpTo(['QF1', 'QF2', 'QF3', 'QF4'], false));
    expect(odds.reach[1]!.teams[teamId('Club Africain')]).toBe(1);
    expect(odds.reach[1]!.teams[teamId('MC Alger')]).toBe(0);
    const total = Object.values(odds.champion).reduce((s, p) => s + p, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('gives live odds after the first leg of the final (TP Mazembe 2–1 SuperSport United)', () => {
    const odds = exact(playedUpTo(['QF1', 'QF2', 'QF3', 'QF4', 'SF1', 'SF2'], true));
    // Leg 2 at SuperSport United: its rate 0.6·(0.8/1.6)·1.25, Mazembe's 0.6·(1.6/0.8)/1.25.
    const home = 0.6 * 0.5 * 1.25;
    const away = (0.6 * 2) / 1.25;
    let p = 0;
    for (let h = 0; h <= 25; h++)
      for (let a = 0; a <= 25; a++) {
        const q = pmf(home, h) * pmf(away, a);
        if (2 + a > 1 + h) p += q;
        else if (2 + a === 1 + h) p += a > 1 ? q : a === 1 ? q / 2 : 0;
      }
    expect(odds.champion[teamId('TP Mazembe')]).toBeCloseTo(p, 10);
    expect(odds.champion[teamId('SuperSport United')]).toBeCloseTo(1 - p, 10);
    expect(odds.ties.find((t) => t.tie === 'F')!.teams[teamId('TP Mazembe')]).toBeCloseTo(p, 10);
  });

  it('gives the champion probability 1 once the final is decided', () => {
    const ko = createKnockout(playedUpTo(['QF1', 'QF2', 'QF3', 'QF4', 'SF1', 'SF2'], false));
    ko.record(tieId('F'), { legs: legsOf(ko, 'F') });
    const odds = exact(ko.competition());
    expect(odds.champion[teamId('TP Mazembe')]).toBe(1);
  });
});
