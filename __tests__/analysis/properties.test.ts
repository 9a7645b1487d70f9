// Properties over arbitrary polls (fast-check) and the seeded samplers the simulations rely on.
import fc from 'fast-check';
import { createJudge } from '../../src/analysis/judge.js';
import { binomial, createRng, poisson, sampleHistogram } from '../support/simulate.js';
import type { Poll } from '../../src/analysis/types.js';
import type { Analysis } from '../../src/policy/types.js';

const analysis: Analysis = {
  source: 'prometheus',
  intervalMs: 10000,
  minRequests: 50,
  alpha: 0.02,
  metrics: [
    { kind: 'error-rate', max: 0.05, vsBaseline: true },
    { kind: 'latency', quantile: 0.9, maxMs: 200, vsBaseline: true },
  ],
};
const bounds = [50, 100, 200];

const side = fc
  .record({
    requests: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 1_000_000 }),
    ),
    errorShare: fc.double({ min: 0, max: 1, noNaN: true }),
    latency: fc.option(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }), {
      nil: undefined,
    }),
  })
  .map(({ requests, errorShare, latency }) => ({
    requests,
    errors: Math.floor(requests * errorShare),
    ...(latency ? { latency: { bounds, counts: latency } } : {}),
  }));

const polls = fc
  .array(fc.record({ dt: fc.integer({ min: 1, max: 120 }), canary: side, stable: side }), { maxLength: 40 })
  .map((ps) => {
    let t = 0;
    return ps.map((p): Poll => ({ t: (t += p.dt), canary: p.canary, stable: p.stable }));
  });

describe('judge properties', () => {
  it('never throws, never reports NaN or ±Infinity E/p, and fails exactly when E reaches 1/alpha_m', () => {
    fc.assert(
      fc.property(polls, fc.integer({ min: 30, max: 900 }), (ps, bake) => {
        const judge = createJudge(analysis, { bakeSeconds: bake });
        for (const p of ps) judge.add(p);
        const j = judge.judgement();
        expect(['pass', 'fail', 'inconclusive', 'running']).toContain(j.verdict);
        for (const m of j.metrics) {
          expect(Number.isFinite(m.e)).toBe(true);
          expect(m.e).toBeGreaterThanOrEqual(0);
          expect(m.pValue).toBeGreaterThanOrEqual(0);
          expect(m.pValue).toBeLessThanOrEqual(1);
          if (m.ratio !== null) expect(Number.isNaN(m.ratio)).toBe(false);
          for (const v of [m.canaryValue, m.stableValue])
            if (v !== null) expect(Number.isFinite(v)).toBe(true);
          // E only reaches the threshold on a fail (it can keep growing on the decisive poll)
          if (m.verdict !== 'fail') expect(m.e).toBeLessThan(1 / m.alpha!);
          else expect(m.e).toBeGreaterThanOrEqual(1 / m.alpha! - 1e-9);
        }
        if (j.verdict === 'fail') expect(j.metrics.some((m) => m.verdict === 'fail')).toBe(true);
        if (j.verdict !== 'running') expect(j.decidedAt).not.toBeNull();
        expect(() => JSON.stringify(j)).not.toThrow();
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('seeded samplers', () => {
  it('the same seed gives the same stream, another seed another one', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(3).every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it.each([
    ['binomial inversion', (r: () => number) => binomial(r, 40, 0.1), 4, 3.6],
    ['binomial BTRS', (r: () => number) => binomial(r, 2000, 0.02), 40, 39.2],
    ['binomial p > 0.5', (r: () => number) => binomial(r, 100, 0.9), 90, 9],
    ['poisson inversion', (r: () => number) => poisson(r, 3), 3, 3],
    ['poisson PTRS', (r: () => number) => poisson(r, 500), 500, 500],
  ])('%s has the right mean and variance', (_name, draw, mean, variance) => {
    const rng = createRng(99);
    const n = 20000;
    const xs = Array.from({ length: n }, () => draw(rng));
    const m = xs.reduce((a, b) => a + b, 0) / n;
    const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1);
    expect(Math.abs(m - mean)).toBeLessThan(5 * Math.sqrt(variance / n));
    expect(Math.abs(v / variance - 1)).toBeLessThan(0.06);
  });

  it('a histogram draw keeps every request', () => {
    const h = sampleHistogram(createRng(5), 1234, [10, 20], [0.2, 0.5, 0.3]);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(1234);
    expect(h.counts).toHaveLength(3);
  });
});
