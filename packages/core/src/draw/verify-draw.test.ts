import { describe, expect, it } from 'vitest';
import { runDraw } from './run-draw.ts';
import type { DrawLog, DrawSpec } from './types.ts';
import { verifyDrawLog } from './verify-draw.ts';

// 2017 CAF Confederation Cup quarter-final pots: winners v runners-up of another group.
const caf: DrawSpec = {
  kind: 'uefa-round-of-16',
  winners: [
    { name: 'Club Africain', group: 'A' },
    { name: 'CS Sfaxien', group: 'B' },
    { name: 'ZESCO United', group: 'C' },
    { name: 'TP Mazembe', group: 'D' },
  ],
  runnersUp: [
    { name: 'FUS Rabat', group: 'A' },
    { name: 'MC Alger', group: 'B' },
    { name: 'Al-Hilal Al-Ubayyid', group: 'C' },
    { name: 'SuperSport United', group: 'D' },
  ],
  rules: { constraints: ['different-group'], forbiddenAssociationPairs: [] },
};

function draw(): DrawLog {
  const log = runDraw(caf, 'cairo-2017');
  if (!log.ok) throw new Error('draw failed');
  return log.value;
}

const codeOf = (log: DrawLog): string => {
  const v = verifyDrawLog(log);
  return v.ok ? 'ok' : v.error[0]!.code;
};

describe('verifyDrawLog', () => {
  it('verifies a log by replaying it with its seed', () => {
    const v = verifyDrawLog(draw());
    expect(v.ok && v.value.seedChecked).toBe(true);
    expect(v.ok && v.value.balls).toBe(8);
  });

  it('checks the bowls and balls of a log published without its seed', () => {
    const { seed: _seed, ...unseeded } = draw();
    const v = verifyDrawLog(unseeded);
    expect(v.ok && !v.value.seedChecked).toBe(true);
  });

  it('rejects a log whose ball is not the one the seed gives', () => {
    const log = draw();
    const step = log.steps[1]!;
    const other = step.from.find((t) => t !== step.drawn);
    if (other === undefined) return expect(step.from.length).toBe(1);
    const steps = log.steps.map((s, i) => (i === 1 ? { ...s, drawn: other } : s));
    expect(codeOf({ ...log, steps })).toBe('draw-log-seed-mismatch');
  });

  it('rejects a log with another seed', () => {
    expect(codeOf({ ...draw(), seed: 'cairo-2018' })).not.toBe('ok');
  });

  it('rejects a bowl that left out an allowed opponent', () => {
    const log = draw();
    const steps = log.steps.map((s, i) => (i === 1 ? { ...s, from: [s.drawn] } : s));
    expect(codeOf({ ...log, steps })).toBe(log.steps[1]!.from.length === 1 ? 'ok' : 'draw-log-bowl-mismatch');
  });

  it('rejects a log whose ties do not follow from its balls', () => {
    const log = draw();
    const ties = log.ties.map((t, i) => (i === 0 ? ([t[1], t[0]] as const) : t));
    expect(codeOf({ ...log, ties })).toBe('draw-log-ties-mismatch');
  });

  it('rejects a log that stops early or has extra balls', () => {
    const log = draw();
    expect(codeOf({ ...log, steps: log.steps.slice(0, 5) })).toBe('draw-log-incomplete');
    expect(codeOf({ ...log, steps: [...log.steps, log.steps[0]!] })).toBe('draw-log-extra-steps');
  });

  it('rejects a ball that was not in its bowl', () => {
    const { seed: _seed, ...log } = draw();
    const steps = log.steps.map((s, i) => (i === 0 ? { ...s, drawn: 'Real Madrid' } : s));
    expect(codeOf({ ...log, steps })).toBe('draw-log-ball-not-in-bowl');
  });
});
