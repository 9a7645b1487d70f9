// Latency: thresholds from stable's reference histogram, "slower than τ" counts, the averaged test.
import { judgeStage } from '../../src/analysis/judge.js';
import { countAbove, estimateQuantile, quantileBound, thresholdsFrom } from '../../src/analysis/latency.js';
import {
  createRng,
  LATENCY_BOUNDS,
  lognormalBuckets,
  poisson,
  sampleHistogram,
} from '../../src/analysis/simulate.js';
import type { Histogram, Poll } from '../../src/analysis/types.js';
import type { Analysis, Metric } from '../../src/policy/types.js';

const bounds = [50, 100, 200, 500];
const reference: Histogram = { bounds, counts: [40, 30, 20, 9, 1] };
const latencyAnalysis = (
  metric: Partial<Extract<Metric, { kind: 'latency' }>> = {},
  alpha = 0.01,
): Analysis => ({
  source: 'prometheus',
  intervalMs: 10000,
  minRequests: 40,
  alpha,
  metrics: [{ kind: 'latency', quantile: 0.95, vsBaseline: true, ...metric }],
});
const latencyPoll = (t: number, canary: number[], stable: number[]): Poll => ({
  t,
  canary: { requests: canary.reduce((a, b) => a + b, 0), errors: 0, latency: { bounds, counts: canary } },
  stable: { requests: stable.reduce((a, b) => a + b, 0), errors: 0, latency: { bounds, counts: stable } },
});

describe('histogram helpers', () => {
  it('takes q50, q90, q99 as the bucket bounds reaching those shares', () => {
    expect(thresholdsFrom(reference)).toEqual([100, 200, 500]);
    expect(quantileBound(reference, 0.999)).toBeNull(); // in the +Inf bucket
    expect(thresholdsFrom({ bounds, counts: [99, 0, 0, 0, 1] })).toEqual([50]); // duplicates merged
  });

  it('counts requests above a threshold from whole buckets only', () => {
    expect(countAbove(reference, 100)).toBe(30);
    expect(countAbove(reference, 500)).toBe(1);
    expect(countAbove(reference, 150)).toBe(10); // inside a bucket: that bucket is not counted
    expect(countAbove(reference, 0)).toBe(60);
  });

  it('interpolates quantiles inside buckets', () => {
    expect(estimateQuantile(reference, 0.5)).toBeCloseTo(50 + 50 * (10 / 30), 9);
    expect(estimateQuantile(reference, 0.95)).toBeCloseTo(200 + 300 * (5 / 9), 9);
    expect(estimateQuantile({ bounds, counts: [0, 0, 0, 0, 5] }, 0.5)).toBe(500);
    expect(estimateQuantile({ bounds, counts: [0, 0, 0, 0, 0] }, 0.5)).toBeNull();
  });
});

describe('latency metric', () => {
  const polls = [
    latencyPoll(10, [5, 5, 6, 3, 1], [80, 60, 40, 16, 4]),
    latencyPoll(20, [10, 8, 8, 3, 1], [100, 70, 20, 8, 2]),
  ];

  it('averages the three threshold e-values (mpmath: (12.0274 + 2.06578 + 1.21717) / 3)', () => {
    const j = judgeStage(latencyAnalysis(), polls, { bakeSeconds: 600, stableReference: reference });
    const m = j.metrics[0];
    expect(m.e).toBeCloseTo(5.103441770045046, 9);
    // the threshold with the most evidence (100 ms) is the one shown
    expect(m.canaryEvents).toBe(10 + 12);
    expect(m.stableEvents).toBe(60 + 30);
    expect(m.reason).toMatch(/slower than 100 ms/);
    expect(m.canaryRequests).toBe(50);
    expect(m.stableRequests).toBe(400);
    expect(j.notes.join()).toMatch(
      /thresholds 100 ms, 200 ms, 500 ms from stable's histogram before the stage/,
    );
  });

  it("without a reference, stable's first polls set the thresholds and are not tested", () => {
    const warmup = latencyPoll(10, [5, 5, 6, 3, 1], [40, 30, 20, 9, 1]);
    const shifted = [warmup, ...polls.map((p) => ({ ...p, t: p.t + 10 }))];
    const j = judgeStage(latencyAnalysis(), shifted, { bakeSeconds: 600 });
    expect(j.notes.join()).toMatch(/thresholds 100 ms, 200 ms, 500 ms from stable's first 100 requests/);
    expect(j.metrics[0].e).toBeCloseTo(5.103441770045046, 9);
  });

  it('skips polls whose canary and stable buckets differ, with a note', () => {
    const odd: Poll = {
      t: 30,
      canary: { requests: 10, errors: 0, latency: { bounds: [10, 20], counts: [1, 2, 7] } },
      stable: { requests: 10, errors: 0, latency: { bounds, counts: [1, 2, 3, 4, 0] } },
    };
    const j = judgeStage(latencyAnalysis(), [...polls, odd], {
      bakeSeconds: 600,
      stableReference: reference,
    });
    expect(j.metrics[0].e).toBeCloseTo(5.103441770045046, 9);
    expect(j.notes.join()).toMatch(/bucket bounds differ/);
  });

  it('fails an absolute ceiling: p95 must stay under max', () => {
    const slow = Array.from({ length: 20 }, (_, i) =>
      latencyPoll(10 * (i + 1), [0, 0, 5, 10, 5], [20, 0, 0, 0, 0]),
    );
    const j = judgeStage(latencyAnalysis({ vsBaseline: false, maxMs: 200 }), slow, { bakeSeconds: 600 });
    expect(j.verdict).toBe('fail');
    expect(j.metrics[0].reason).toMatch(/ceiling 200 ms/);
  });

  describe('simulated log-normal latency (median 100 ms, σ 0.5), 5 req/s canary vs 45 req/s stable', () => {
    function simulate(shift: number, seed: number) {
      const rng = createRng(seed);
      const base = lognormalBuckets(LATENCY_BOUNDS, 100, 0.5);
      const slow = lognormalBuckets(LATENCY_BOUNDS, 100 * shift, 0.5);
      const stableReference = sampleHistogram(rng, 5000, LATENCY_BOUNDS, base);
      const polls: Poll[] = [];
      for (let t = 10; t <= 300; t += 10) {
        const nc = poisson(rng, 50);
        const ns = poisson(rng, 450);
        polls.push({
          t,
          canary: { requests: nc, errors: 0, latency: sampleHistogram(rng, nc, LATENCY_BOUNDS, slow) },
          stable: { requests: ns, errors: 0, latency: sampleHistogram(rng, ns, LATENCY_BOUNDS, base) },
        });
      }
      return judgeStage(latencyAnalysis({}, 0.01), polls, { bakeSeconds: 300, stableReference });
    }

    it('fails a 1.5× slower canary within a minute', () => {
      const j = simulate(1.5, 3);
      expect(j.verdict).toBe('fail');
      expect(j.decidedAt).toBeLessThanOrEqual(60);
      expect(j.metrics[0].canaryValue! / j.metrics[0].stableValue!).toBeGreaterThan(1.3);
    });

    it('passes an unchanged canary at the end of the bake (10 seeds)', () => {
      const verdicts = Array.from({ length: 10 }, (_, i) => simulate(1, 100 + i).verdict);
      expect(verdicts.filter((v) => v === 'pass').length).toBeGreaterThanOrEqual(9);
      expect(verdicts).not.toContain('inconclusive');
    });
  });
});
