import { readFileSync } from 'node:fs';
import { planStage, readModelFile, type StagePlan, simulateStage } from '@cupstage/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createPredictionPool } from './pool.ts';

const file = readModelFile(
  JSON.parse(
    readFileSync(new URL('../../../../examples/models/caf-2017-model.json', import.meta.url), 'utf8'),
  ),
);
if (!file.ok || !file.value.competition) throw new Error('model file');
const planned = planStage(file.value.competition, file.value.model);
if (!planned.ok) throw new Error(planned.error.message);
const plan: StagePlan = planned.value;

describe('createPredictionPool', () => {
  const two = createPredictionPool({ workers: 2 });
  const one = createPredictionPool({ workers: 1 });
  const none = createPredictionPool({ workers: 0 });
  afterAll(async () => {
    await Promise.all([two.close(), one.close(), none.close()]);
  });

  it('gives the same answer for the same seed on this thread, one worker or two', async () => {
    const options = { runs: 300_001, seed: 'cup-2017' };
    const here = simulateStage(plan, options);
    const results = await Promise.all([
      two.simulate(plan, options),
      one.simulate(plan, options),
      none.simulate(plan, options),
    ]);
    for (const r of results) expect(r).toEqual(here);
  });

  it('reports progress chunk by chunk up to the total', async () => {
    const seen: number[] = [];
    await two.simulate(plan, { runs: 200_000, seed: 3, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(200_000);
    expect(seen.length).toBe(4); // 65 536 runs per chunk
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('runs jobs one after another when asked twice at once', async () => {
    const [a, b] = await Promise.all([
      two.simulate(plan, { runs: 70_000, seed: 1 }),
      two.simulate(plan, { runs: 70_000, seed: 2 }),
    ]);
    expect(a).toEqual(simulateStage(plan, { runs: 70_000, seed: 1 }));
    expect(b).toEqual(simulateStage(plan, { runs: 70_000, seed: 2 }));
  });

  it('rejects a bad run count without starting work', async () => {
    const r = await two.simulate(plan, { runs: -5, seed: 1 });
    expect(r.ok ? 'ok' : r.error.code).toBe('runs-out-of-range');
  });
});
