// The observer with in-memory MetricSources (the interface, not a mocked module) and the real judge.
import { createObserver, defaultSources } from '../../src/adapters/metrics/observer.js';
import type { StageRef } from '../../src/rollout/ports.js';
import type { CumulativeSample } from '../../src/analysis/counters.js';
import type { MetricSource } from '../../src/adapters/metrics/source.js';
import { testPolicy, testService } from './service-fixture.js';

/** A counter source driven by a function of time: requests and errors per second. */
function rateSource(
  perSecond: (t: number) => { requests: number; errors: number },
  opts: { failAt?: Set<number>; lagMs?: number } = {},
): MetricSource & { reads: number } {
  const src = {
    anchor: 'counter-history' as const,
    label: 'x',
    lagMs: opts.lagMs,
    reads: 0,
    async sample(at: number): Promise<CumulativeSample> {
      src.reads++;
      if (opts.failAt?.has(at)) throw new Error('Prometheus unreachable');
      let requests = 0;
      let errors = 0;
      const upTo = at - (opts.lagMs ?? 0); // a lagging source holds data up to then
      for (let s = 0; s < Math.floor(upTo / 1000); s++) {
        const r = perSecond(s);
        requests += r.requests;
        errors += r.errors;
      }
      return opts.lagMs ? { requests, errors, asOf: upTo } : { requests, errors };
    },
  };
  return src;
}

const stage: StageRef = {
  step: 1,
  percent: 50,
  startedAt: 0,
  canary: 'checkout-00002-new',
  stable: 'checkout-00001-old',
};

test('a canary with 10× the errors is failed; the verdict and evidence come from the judge', async () => {
  const service = testService();
  const canary = rateSource(() => ({ requests: 100, errors: 5 }));
  const stable = rateSource((s) => ({ requests: 100, errors: s % 2 === 0 ? 1 : 0 }));
  const observer = createObserver({ sources: () => ({ canary, stable }) });
  let j = await observer.observe(service, stage, 1000);
  for (let now = 2000; j.verdict === 'running' && now <= 20_000; now += 1000)
    j = await observer.observe(service, stage, now);
  expect(j.verdict).toBe('fail');
  expect(j.decidedAt).toBeLessThan(20);
  const er = j.metrics.find((m) => m.metric === 'error-rate');
  expect(er?.verdict).toBe('fail');
  expect(er!.e).toBeGreaterThanOrEqual(100);
  expect(er!.canaryEvents).toBeGreaterThan(er!.stableEvents * 5);
});

test('equal error rates pass by evidence, not before the bake (the minimum)', async () => {
  const service = testService({}, 10_000);
  const same = () => rateSource(() => ({ requests: 1000, errors: 50 }));
  const observer = createObserver({ sources: () => ({ canary: same(), stable: same() }) });
  let j = await observer.observe(service, stage, 1000);
  for (let now = 2000; j.verdict === 'running' && now <= 30_000; now += 1000)
    j = await observer.observe(service, stage, now);
  expect(j.verdict).toBe('pass');
  expect(j.decidedAt).toBeGreaterThanOrEqual(10);
  expect(j.metrics[0].passE).toBeGreaterThanOrEqual(100);
});

test('a failed read becomes a note and the stage keeps its polls (not zeros)', async () => {
  const service = testService();
  const canary = rateSource(() => ({ requests: 10, errors: 0 }), { failAt: new Set([3000]) });
  const stable = rateSource(() => ({ requests: 10, errors: 0 }));
  const observer = createObserver({ sources: () => ({ canary, stable }) });
  await observer.observe(service, stage, 2000);
  const j3 = await observer.observe(service, stage, 3000);
  expect(
    j3.notes.some((n) =>
      /t=3s: reading metrics failed, this poll is skipped \(not counted as zero\): Prometheus unreachable/.test(
        n,
      ),
    ),
  ).toBe(true);
  const j4 = await observer.observe(service, stage, 4000);
  // the poll at 4 s covers 2 s..4 s: 20 requests per side, nothing lost
  expect(j4.metrics[0].canaryRequests).toBe(40);
  expect(j4.metrics[0].stableRequests).toBe(40);
});

test('a new stage (new start or revisions) starts a new baseline; the same stage reuses it', async () => {
  const service = testService();
  let made = 0;
  const observer = createObserver({
    sources: () => {
      made++;
      return {
        canary: rateSource(() => ({ requests: 1, errors: 0 })),
        stable: rateSource(() => ({ requests: 1, errors: 0 })),
      };
    },
  });
  await observer.observe(service, stage, 1000);
  await observer.observe(service, stage, 2000);
  expect(made).toBe(1);
  await observer.observe(service, { ...stage, startedAt: 5000 }, 6000);
  expect(made).toBe(2);
});

test('the judge clock waits for a lagging source', async () => {
  const service = testService({}, 10_000);
  const src = () => rateSource(() => ({ requests: 100, errors: 0 }), { lagMs: 5000 });
  const observer = createObserver({ sources: () => ({ canary: src(), stable: src() }) });
  const j = await observer.observe(service, stage, 12_000);
  expect(j.verdict).toBe('running'); // 12 s of wall time is only 7 s of data
  expect(j.metrics[0].canaryRequests).toBe(700);
  // no errors: never shown safe, inconclusive at max-bake (3 × 10 s) — of data, not of wall time
  expect((await observer.observe(service, stage, 34_000)).verdict).toBe('running');
  const later = await observer.observe(service, stage, 35_000);
  expect(later.verdict).toBe('inconclusive');
  expect(later.decidedAt).toBe(30);
});

test('refuses a step outside the policy', async () => {
  const observer = createObserver({
    sources: () => {
      throw new Error('unused');
    },
  });
  await expect(observer.observe(testService(), { ...stage, step: 9 }, 1000)).rejects.toThrow(
    /step 10 is not in the policy/,
  );
});

describe('defaultSources', () => {
  test('prometheus + split-at haproxy reads the HAProxy exporter per backend; custom on the canary only', () => {
    const service = testService({
      prometheusUrl: 'http://127.0.0.1:9',
      metrics: [{ kind: 'custom', name: 'ok', query: 'x{b="{{backend}}",r="{{revision}}"}', min: 0.9 }],
    });
    const s = defaultSources({ splitAt: 'haproxy' })(service, stage);
    expect(s.canary.label).toBe('canary (backend checkout_canary)');
    expect(s.stable.label).toBe('stable (backend checkout_stable)');
    expect(s.canary.anchor).toBe('counter-history');
  });

  test('asking HAProxy metrics for latency says it is not available', () => {
    const service = testService({
      prometheusUrl: 'http://127.0.0.1:9',
      metrics: [{ kind: 'latency', quantile: 0.95, vsBaseline: true }],
    });
    expect(defaultSources({ splitAt: 'haproxy' })(service, stage).notes).toEqual([
      expect.stringMatching(/^latency is not judged: HAProxy keeps no latency histogram/),
    ]);
    expect(defaultSources({ splitAt: 'cloud-run' })(service, stage).notes).toEqual([]);
  });

  test('prometheus + split-at cloud-run reads Cloud Run metrics per revision', () => {
    const service = testService({ prometheusUrl: 'http://127.0.0.1:9' });
    const s = defaultSources({ splitAt: 'cloud-run' })(service, stage);
    expect(s.canary.label).toBe('canary (revision checkout-00002-new)');
    expect(s.canary.anchor).toBe('since-stage-start');
  });

  test.each([
    {
      what: 'haproxy without a runtime API',
      a: { source: 'haproxy' as const },
      deps: {},
      want: /needs haproxy.runtime-api/,
    },
    {
      what: 'prometheus without a URL',
      a: { source: 'prometheus' as const },
      deps: {},
      want: /needs analysis.prometheus.url/,
    },
  ])('explains $what', ({ a, deps, want }) => {
    expect(() => defaultSources({ splitAt: 'haproxy', ...deps })(testService(a), stage)).toThrow(want);
  });

  test('the policy fixture is consistent', () => {
    expect(testPolicy(testService()).services[0].name).toBe('checkout');
  });
});

test('joint metrics: each metric read from its own source, alpha split over all, disagreement noted', async () => {
  const service = testService({
    source: 'haproxy',
    metrics: [
      { kind: 'error-rate', vsBaseline: true },
      { kind: 'error-rate', vsBaseline: true, source: 'cloud-monitoring' },
    ],
  });
  const asked: string[] = [];
  const observer = createObserver({
    sources: (svc) => {
      asked.push(`${svc.analysis.source}:${svc.analysis.metrics.length}`);
      // HAProxy sent the canary 100 req/s; Cloud Run counted only 60 for it
      const canary = svc.analysis.source === 'haproxy' ? 100 : 60;
      return {
        canary: rateSource(() => ({ requests: canary, errors: 1 })),
        stable: rateSource(() => ({ requests: 100, errors: 1 })),
      };
    },
  });
  let j = await observer.observe(service, stage, 1000);
  for (let now = 2000; now <= 10_000; now += 1000) j = await observer.observe(service, stage, now);
  expect(asked.sort()).toEqual(['cloud-monitoring:1', 'haproxy:1']);
  expect(j.metrics).toHaveLength(2);
  expect(j.metrics.map((m) => m.alpha)).toEqual([0.005, 0.005]);
  expect(j.metrics[0].canaryRequests).toBe(1000);
  expect(j.metrics[1].canaryRequests).toBe(600);
  expect(j.notes.join('\n')).toMatch(
    /haproxy and cloud-monitoring disagree on the canary's requests over the first 10s \(1000 vs 600\)/,
  );
});

test('a run that starts mid-stage rebuilds the polls from history (one bet per poll), not one big poll', async () => {
  const service = testService({}, 10_000);
  const same = () => rateSource(() => ({ requests: 1000, errors: 50 }));
  const fresh = createObserver({ sources: () => ({ canary: same(), stable: same() }) });
  const j = await fresh.observe(service, stage, 30_000); // a scheduled run, 30 s into the stage
  expect(j.series.length).toBeGreaterThan(10); // polls up to the decision, then ignored
  expect(j.verdict).toBe('pass'); // the same evidence a run that watched the whole stage had
  const live = () => ({ ...same(), anchor: 'counter-live' as const });
  const j2 = await createObserver({ sources: () => ({ canary: live(), stable: live() }) }).observe(
    service,
    stage,
    30_000,
  );
  expect(j2.series.length).toBeLessThanOrEqual(1); // live counters cannot be read back
});
