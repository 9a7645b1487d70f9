// Latency: thresholds from stable's reference histogram, "slower than τ" counts, the averaged test.
import { judgeStage } from '../../src/analysis/judge.js';
import { FAIL_WEIGHTS, RATIO_GRID } from '../../src/analysis/evalue.js';
import { countAbove, estimateQuantile, quantileBound, thresholdsFrom } from '../../src/analysis/latency.js';
import {
  createRng,
  LATENCY_BOUNDS,
  lognormalBuckets,
  poisson,
  sampleHistogram,
} from '../support/simulate.js';
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
  metrics: [{ kind: 'latency', quantile: 0.95, vsBaseline: true, warmupMs: 0, ...metric }],
});

/** The averaged per-poll bets over thresholds, from the definition (see judge.test.ts directE). */
function pollE(polls: Poll[], taus: number[]): number {
  const perTau = taus.map((tau) => {
    let sum = 0;
    for (const [k, r] of RATIO_GRID.entries()) {
      let lr = 1;
      for (const p of polls) {
        const x = countAbove(p.canary.latency!, tau);
        const m = x + countAbove(p.stable.latency!, tau);
        if (m === 0) continue;
        const w = p.canary.requests / (p.canary.requests + p.stable.requests);
        const t1 = (r * w) / (r * w + 1 - w);
        const g0 = Math.pow((1 - t1) / (1 - w), m);
        lr *= g0 + ((1 - (1 - w) * g0) / w - g0) * (x / m);
      }
      sum += FAIL_WEIGHTS[k] * lr;
    }
    return sum;
  });
  return perTau.reduce((a, b) => a + b, 0) / perTau.length;
}
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

  it('averages the three threshold e-values', () => {
    const j = judgeStage(latencyAnalysis(), polls, { bakeSeconds: 600, stableReference: reference });
    const m = j.metrics[0];
    expect(m.e).toBeCloseTo(pollE(polls, [100, 200, 500]), 9);
    expect(m.e).toBeGreaterThan(1);
    // the threshold with the most evidence (200 ms: the canary's share above it is the most lopsided)
    expect(m.canaryEvents).toBe(4 + 4);
    expect(m.stableEvents).toBe(20 + 10);
    expect(m.reason).toMatch(/slower than 200 ms/);
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
    expect(j.metrics[0].e).toBeCloseTo(pollE(polls, [100, 200, 500]), 9);
  });

  it('polls whose canary and stable layouts differ are skipped, and the metric cannot pass: inconclusive with the reason', () => {
    const odd: Poll = {
      t: 30,
      canary: { requests: 10, errors: 0, latency: { bounds: [10, 20], counts: [1, 2, 7] } },
      stable: { requests: 10, errors: 0, latency: { bounds, counts: [1, 2, 3, 4, 0] } },
    };
    const j = judgeStage(latencyAnalysis(), [...polls, odd], {
      bakeSeconds: 600,
      stableReference: reference,
    });
    expect(j.metrics[0].e).toBeCloseTo(pollE(polls, [100, 200, 500]), 9);
    expect(j.notes.join()).toMatch(/canary and stable report different bucket layouts/);
    const ended = judgeStage(latencyAnalysis(), [...polls, odd], {
      bakeSeconds: 10,
      now: 30,
      stableReference: reference,
    });
    expect(ended.verdict).toBe('inconclusive');
    expect(ended.metrics[0].missing).toMatch(/at t=30s canary and stable report different bucket layouts/);
  });

  it('a bucket layout that changes mid-stage makes the stage inconclusive, saying when and how', () => {
    const other = [10, 100, 1000];
    const changed: Poll = {
      t: 30,
      canary: { requests: 10, errors: 0, latency: { bounds: other, counts: [1, 2, 7, 0] } },
      stable: { requests: 10, errors: 0, latency: { bounds: other, counts: [1, 2, 7, 0] } },
    };
    const j = judgeStage(latencyAnalysis(), [...polls, changed], {
      bakeSeconds: 10,
      now: 30,
      stableReference: reference,
    });
    expect(j.verdict).toBe('inconclusive');
    expect(j.metrics[0].missing).toMatch(
      /the histogram bucket layout changed at t=30s \(from \[50, 100, 200, 500\] to \[10, 100, 1000\] ms\)/,
    );
  });

  it("stable's reference quantiles all in the +Inf bucket: inconclusive, never a silent pass", () => {
    const inf: Histogram = { bounds, counts: [0, 0, 0, 0, 100] };
    const j = judgeStage(latencyAnalysis(), polls, { bakeSeconds: 10, now: 30, stableReference: inf });
    expect(j.verdict).toBe('inconclusive');
    expect(j.metrics[0].missing).toMatch(/all lie above the largest bucket bound \(500 ms\)/);
  });

  it('says "no request slower than τ ms yet" when nothing is above a threshold', () => {
    const fast = [latencyPoll(10, [30, 0, 0, 0, 0], [300, 0, 0, 0, 0])];
    const j = judgeStage(latencyAnalysis(), fast, { bakeSeconds: 600, stableReference: reference });
    expect(j.metrics[0].missing).toMatch(/no request slower than 100 ms yet \(stable's median\)/);
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
    function simulate(shift: number, seed: number, cold = 1) {
      const rng = createRng(seed);
      const base = lognormalBuckets(LATENCY_BOUNDS, 100, 0.5);
      const slow = lognormalBuckets(LATENCY_BOUNDS, 100 * shift, 0.5);
      const stableReference = sampleHistogram(rng, 5000, LATENCY_BOUNDS, base);
      const polls: Poll[] = [];
      for (let t = 10; t <= 1800; t += 10) {
        const nc = poisson(rng, 50);
        const ns = poisson(rng, 450);
        // a Cloud Run cold start: the canary's first minute is `cold` times slower
        const probs = t <= 60 && cold > 1 ? lognormalBuckets(LATENCY_BOUNDS, 100 * shift * cold, 0.5) : slow;
        polls.push({
          t,
          canary: { requests: nc, errors: 0, latency: sampleHistogram(rng, nc, LATENCY_BOUNDS, probs) },
          stable: { requests: ns, errors: 0, latency: sampleHistogram(rng, ns, LATENCY_BOUNDS, base) },
        });
      }
      return judgeStage(latencyAnalysis({ warmupMs: 60_000 }, 0.01), polls, {
        bakeSeconds: 600,
        stableReference,
      });
    }

    it('fails a 1.5× slower canary within a minute of its warm-up', () => {
      const j = simulate(1.5, 3);
      expect(j.verdict).toBe('fail');
      expect(j.decidedAt).toBeLessThanOrEqual(120);
      expect(j.metrics[0].canaryValue! / j.metrics[0].stableValue!).toBeGreaterThan(1.3);
    });

    it('passes an unchanged canary, by evidence, within max-bake (10 seeds)', () => {
      const verdicts = Array.from({ length: 10 }, (_, i) => simulate(1, 100 + i).verdict);
      expect(verdicts.filter((v) => v === 'pass').length).toBeGreaterThanOrEqual(8);
      expect(verdicts).not.toContain('fail');
    });

    it('never fails a healthy canary for its cold start (×3 for 60 s); reports it on its own', () => {
      for (let seed = 200; seed < 210; seed++) {
        const j = simulate(1, seed, 3);
        expect(j.verdict).not.toBe('fail');
        const cold = j.metrics[0].coldStart!;
        expect(cold.seconds).toBe(60);
        expect(cold.canaryMs! / cold.stableMs!).toBeGreaterThan(2);
      }
      // without the warm-up the same cold start fails
      const rng = createRng(200);
      const base = lognormalBuckets(LATENCY_BOUNDS, 100, 0.5);
      const hot = lognormalBuckets(LATENCY_BOUNDS, 300, 0.5);
      const polls: Poll[] = Array.from({ length: 6 }, (_, i) => {
        const c = sampleHistogram(rng, 50, LATENCY_BOUNDS, hot);
        const st = sampleHistogram(rng, 450, LATENCY_BOUNDS, base);
        return {
          t: 10 * (i + 1),
          canary: { requests: 50, errors: 0, latency: c },
          stable: { requests: 450, errors: 0, latency: st },
        };
      });
      const ref = sampleHistogram(rng, 5000, LATENCY_BOUNDS, base);
      expect(
        judgeStage(latencyAnalysis({ warmupMs: 0 }), polls, { bakeSeconds: 600, stableReference: ref })
          .verdict,
      ).toBe('fail');
    });
  });
});
