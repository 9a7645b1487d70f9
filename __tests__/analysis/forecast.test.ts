// Forecasts: the time still needed to pass (power.ts) and the plan's stage durations (forecast-stage.ts).
import { predictStages } from '../../src/analysis/forecast-stage.js';
import { createMirrorTest } from '../../src/analysis/evalue.js';
import { growthPerPoll, pollsToPass } from '../../src/analysis/power.js';
import { binomial, createRng, poisson } from '../support/simulate.js';
import { makeService, steps, MIN } from '../support/policies.js';

describe('pollsToPass', () => {
  it('agrees with simulation: the median time to pass at the reference point is within 40% of the forecast', () => {
    const forecast = pollsToPass({
      test: createMirrorTest(1.75),
      threshold: Math.log(100),
      eventsPerPoll: 2.5,
      share: 0.1,
      ratio: 1,
    })!;
    const rng = createRng(4);
    const times: number[] = [];
    for (let s = 0; s < 400; s++) {
      const t = createMirrorTest(1.75);
      let k = 0;
      while (t.logE() < Math.log(100) && k < 2000) {
        const n = poisson(rng, 500);
        const nc = binomial(rng, n, 0.1);
        t.update(binomial(rng, nc, 0.005), binomial(rng, n - nc, 0.005), nc / n);
        k++;
      }
      times.push(k);
    }
    times.sort((a, b) => a - b);
    const median = times[200];
    expect(forecast / median).toBeGreaterThan(0.6);
    expect(forecast / median).toBeLessThan(1.4);
  });

  it('has no forecast at a ratio at or above the tolerance, or without events', () => {
    const base = { test: createMirrorTest(1.75), threshold: Math.log(100), eventsPerPoll: 2.5, share: 0.1 };
    expect(pollsToPass({ ...base, ratio: 1.8 })).toBeNull();
    expect(pollsToPass({ ...base, ratio: 1, eventsPerPoll: 0 })).toBeNull();
    expect(growthPerPoll(1, 1.75, 2.5, 0.1, 1)).toBeGreaterThan(0);
    expect(growthPerPoll(1, 1.75, 2.5, 0.1, 2)).toBeLessThan(0);
  });
});

describe('predictStages', () => {
  const service = makeService({
    steps: steps([5, 25, 50], 10 * MIN, 5 * MIN),
    analysis: { intervalMs: 10_000, metrics: [{ kind: 'error-rate', vsBaseline: true }] },
  });

  it('forecasts each percent step, floors at the bake, warns past max-bake', () => {
    const p = predictStages(service, { requestsPerSecond: 50, errorRate: 0.005 });
    expect(p[0]).toMatchObject({ step: 1, seconds: null });
    expect(p[0].text).toMatch(/header only\): its traffic share is not known in advance/);
    expect(p[1].seconds!).toBeGreaterThan(p[2].seconds!);
    expect(p[2].seconds!).toBeGreaterThanOrEqual(p[3].seconds!);
    expect(p[3].seconds!).toBeGreaterThanOrEqual(600);
    expect(p[1].text).toMatch(
      /^step 2 \(5%\) needs ≈ \d+ min at 50 req\/s \(0\.5% errors\) to show < 1\.75×; its bake is 10 min — longer than its max-bake \(30 min\)/,
    );
  });

  it('says a stage without errors cannot pass', () => {
    const [, p] = predictStages(service, { requestsPerSecond: 50, errorRate: 0 });
    expect(p.text).toMatch(/no errors to compare; it cannot pass and will be inconclusive at its max-bake/);
  });
});
