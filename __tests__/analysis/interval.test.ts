// Special functions and the ratio interval against SciPy / mpmath values.
import {
  attributionShare,
  clopperPearson,
  estimateRatio,
  incompleteBeta,
  logGamma,
  ratioForCanaryEvents,
} from '../../src/analysis/interval.js';

const relClose = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-300));

describe('special functions', () => {
  it.each([
    [0.5, 0.5723649429247001],
    [3.7, 1.4280723266653881],
    [10, 12.801827480081469],
    [123.4, 469.3360974421906],
    [1e5, 1051287.7089736569],
  ])('logGamma(%p)', (x, expected) => relClose(logGamma(x), expected, 1e-12));

  it('logGamma(1) is 0', () => expect(Math.abs(logGamma(1))).toBeLessThan(1e-14));

  it.each([
    [0.25, 3, 7, 0.399322509765625],
    [0.41, 40.5, 60.2, 0.5684716990175634],
  ])('I_%p(%p, %p)', (x, a, b, expected) => relClose(incompleteBeta(x, a, b), expected, 1e-10));

  it.each([
    [0, 10, 0, 0.3084971078187607],
    [3, 10, 0.06673951117773447, 0.6524528500599973],
    [10, 10, 0.6915028921812392, 1],
    [27, 300, 0.06014952983765153, 0.12824250877329826],
  ])('Clopper–Pearson %p of %p', (x, n, lo, hi) => {
    const [l, h] = clopperPearson(x, n);
    if (lo === 0) expect(l).toBe(0);
    else relClose(l, lo, 1e-9);
    if (hi === 1) expect(h).toBe(1);
    else relClose(h, hi, 1e-9);
  });
});

describe('ratio estimate', () => {
  const inverse = (theta: number, w: number) => (theta * (1 - w)) / (w * (1 - theta));

  it('with a constant split is θ⁻¹ of the Clopper–Pearson bounds', () => {
    const w = 0.1;
    const est = estimateRatio(27, [
      { m: 100, w },
      { m: 200, w },
    ]);
    expect(est).not.toBeNull();
    relClose(est!.interval[0], inverse(0.06014952983765153, w), 1e-8);
    relClose(est!.interval[1], inverse(0.12824250877329826, w), 1e-8);
    // point estimate: the canary's share with one pseudo-event split as the null expects, (27 + w)/301
    relClose(est!.ratio, inverse((27 + w) / 301, w), 1e-8);
  });

  it('with changing splits solves Σ m_k θ(r; w_k) = x', () => {
    const parts = [
      { m: 12, w: 0.05 },
      { m: 40, w: 0.5 },
    ];
    const r = ratioForCanaryEvents(20, parts);
    relClose(12 * attributionShare(r, 0.05) + 40 * attributionShare(r, 0.5), 20, 1e-9);
  });

  it('all events on the canary: finite estimate, open upper end', () => {
    const est = estimateRatio(10, [{ m: 10, w: 0.1 }])!;
    expect(Number.isFinite(est.ratio)).toBe(true);
    expect(est.ratio).toBeGreaterThan(50);
    expect(est.interval[1]).toBe(Infinity);
    expect(est.interval[0]).toBeGreaterThan(10);
  });

  it('all events on stable: estimate near 0, lower end 0', () => {
    const est = estimateRatio(0, [{ m: 50, w: 0.5 }])!;
    expect(est.interval[0]).toBe(0);
    expect(est.ratio).toBeLessThan(0.05);
  });

  it('no events: no estimate', () => {
    expect(estimateRatio(0, [{ m: 0, w: 0.1 }])).toBeNull();
  });
});
