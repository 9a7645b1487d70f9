// Golden files: UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetricEvidence, StageJudgement } from '../../src/analysis/types.js';
import { forecastLines, type RecentTrafficRead } from '../../src/analysis/forecast-stage.js';
import { makeService, MIN, steps } from '../support/policies.js';
import {
  noteMarker,
  renderNote,
  renderReport,
  reportMarker,
  type ReportInput,
  type ReportServicePlan,
} from '../../src/render/summary.js';

const GOLDEN = join(process.cwd(), 'fixtures/golden/report');

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  if (!existsSync(file))
    throw new Error(`golden file ${file} is missing: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const evidence = (over: Partial<MetricEvidence>): MetricEvidence => ({
  metric: 'error-rate',
  verdict: 'pass',
  canaryValue: 0.004,
  stableValue: 0.005,
  canaryRequests: 3012,
  stableRequests: 27104,
  canaryEvents: 12,
  stableEvents: 136,
  e: 0.21,
  pValue: 1,
  ratio: 0.79,
  ratioInterval: [0.41, 1.52],
  reason: 'no regression: the canary error rate is within the stable one (mirror test passed)',
  ...over,
});

const series = (canary: number[], stable: number[]) =>
  canary.map((c, i) => ({ t: (i + 1) * 30, canaryErrorRate: c, stableErrorRate: stable[i] }));

const judgement = (over: Partial<StageJudgement>): StageJudgement => ({
  verdict: 'pass',
  decidedAt: 300,
  metrics: [evidence({})],
  series: series([0.004, 0.003, 0.005], [0.005, 0.005, 0.004]),
  notes: [],
  ...over,
});

const checkoutPlan: ReportServicePlan = {
  name: 'checkout',
  change: 'release',
  release: {
    before: 'us-docker.pkg.dev/acme/apps/checkout@sha256:1111aaaa',
    after: 'us-docker.pkg.dev/acme/apps/checkout@sha256:2222bbbb',
  },
  stages: {
    before: [
      { label: 'header only', bakeMs: 300_000 },
      { label: '5%', bakeMs: 600_000 },
      { label: '25%', bakeMs: 600_000 },
    ],
    after: [
      { label: 'header only', bakeMs: 300_000 },
      { label: '10%', bakeMs: 600_000 },
      { label: '25%', bakeMs: 600_000 },
      { label: '50%', bakeMs: 600_000 },
    ],
  },
};

const diff = [
  '--- haproxy/haproxy.cfg (main)',
  '+++ haproxy/haproxy.cfg (this PR)',
  '@@ -40,3 +40,3 @@',
  ' backend checkout_canary',
  '-    server canary canary---checkout-123456789012.us-central1.run.app:443 ssl verify required',
  '+    server canary canary---checkout-123456789012.us-central1.run.app:443 ssl verify required check',
  '     http-check send meth GET uri /health ver HTTP/1.1',
  '',
].join('\n');

const base: ReportInput = {
  policyFile: 'traffic-policy.yaml',
  mode: 'canary',
  plan: [
    checkoutPlan,
    {
      name: 'cart',
      change: 'unchanged',
      release: { before: 'cart:v1', after: 'cart:v1' },
      stages: { before: [], after: [] },
    },
  ],
  haproxyDiff: diff,
  haproxyCheck: 'valid',
  stages: [],
  verdict: 'pass',
  next: 'Merge to promote: the canary takes 100% on merge.',
};

const cases: [string, ReportInput][] = [
  [
    'canary-pass.md',
    {
      ...base,
      stages: [
        {
          service: 'checkout',
          step: 1,
          percent: 0,
          headerOnly: true,
          judgement: judgement({ metrics: [evidence({ canaryRequests: 212, stableRequests: 30110 })] }),
        },
        {
          service: 'checkout',
          step: 2,
          percent: 10,
          judgement: judgement({
            decidedAt: 600,
            metrics: [
              evidence({}),
              evidence({
                metric: 'latency p95',
                canaryValue: 412,
                stableValue: 398,
                canaryEvents: 160,
                stableEvents: 1351,
                e: 0.48,
                ratio: 1.06,
                ratioInterval: [0.82, 1.37],
                reason: 'bake time over with no regression above stable p95',
              }),
            ],
            series: series([0.004, 0.003, 0.005, 0.004], [0.005, 0.005, 0.004, 0.005]).map((p, i) => ({
              ...p,
              canaryLatencyMs: [400, 410, 415, 412][i],
              stableLatencyMs: [395, 401, 398, 398][i],
            })),
          }),
        },
      ],
    },
  ],
  [
    'canary-fail.md',
    {
      ...base,
      verdict: 'fail',
      next: 'Rolled back because error-rate failed at step 2: the canary answers 5.1% errors against 0.5% on stable. Stable serves 100%.',
      stages: [
        { service: 'checkout', step: 1, percent: 0, headerOnly: true, judgement: judgement({}) },
        {
          service: 'checkout',
          step: 2,
          percent: 10,
          judgement: judgement({
            verdict: 'fail',
            decidedAt: 70,
            metrics: [
              evidence({
                verdict: 'fail',
                canaryValue: 0.051,
                stableValue: 0.005,
                canaryRequests: 372,
                stableRequests: 3321,
                canaryEvents: 19,
                stableEvents: 17,
                e: 148.7,
                alpha: 0.01,
                pValue: 0.00672,
                ratio: 10.2,
                ratioInterval: [4.1, 16],
                reason: 'E = 149 ≥ 1/α = 100: the canary error rate is 10× stable | decided at 70 s',
              }),
            ],
            series: series([0.04, 0.06, 0.05], [0.005, 0.006, 0.004]),
            notes: ['counter reset on stable at t=40 s (increment taken from 0)'],
          }),
        },
      ],
    },
  ],
  [
    'plan-routing.md',
    {
      ...base,
      mode: 'plan',
      plan: [
        {
          name: 'checkout',
          change: 'routing',
          release: { before: 'checkout:v1', after: 'checkout:v1' },
          stages: { before: checkoutPlan.stages.before, after: checkoutPlan.stages.before },
        },
      ],
      next: 'Routing change only: merge to apply the new HAProxy configuration; no canary runs.',
    },
  ],
  [
    'invalid-policy.md',
    {
      ...base,
      mode: 'canary',
      plan: [],
      haproxyDiff: '',
      haproxyCheck: undefined,
      verdict: 'fail',
      next: 'Fix the policy: nothing was deployed.',
      errors: [
        {
          file: 'traffic-policy.yaml',
          line: 14,
          col: 7,
          path: 'services[0].steps[2].percent',
          message: '120 is above 100',
        },
        {
          file: 'traffic-policy.yaml',
          line: 9,
          col: 13,
          path: 'services[0].health.path',
          message: '"/healthz" ends in "z", which Cloud Run reserves; use /health',
        },
      ],
    },
  ],
];

describe('renderReport golden files', () => {
  test.each(cases)('%s', (name, input) => golden(name, renderReport(input)));
});

describe('renderReport structure', () => {
  const fail = renderReport(cases[1][1]);
  test('starts with the hidden marker for the policy file', () => {
    expect(fail.split('\n')[0]).toBe(reportMarker('traffic-policy.yaml'));
    expect(reportMarker('deploy/a.yaml')).toBe('<!-- canary-relay:deploy/a.yaml -->');
  });
  test('the diff is a collapsed diff block', () => {
    expect(fail).toMatch(
      /<details><summary>HAProxy config diff \(\+1 −1\)[^\n]*<\/summary>\n\n```diff\n--- haproxy/,
    );
  });
  test('the failing metric, its numbers and the reason appear', () => {
    expect(fail).toContain(
      '| error-rate | 5.1% | 0.5% | 372 / 3,321 | 149 / 100 | 0.00672 | 10.2× (4.1–16) | **fail** |',
    );
    expect(fail).toContain('- error-rate: E = 149');
  });
  test('a Mermaid xychart of canary vs stable error rate in percent', () => {
    expect(fail).toContain('xychart-beta\n  title "checkout step 2: error rate per poll (%)"');
    expect(fail).toContain('  x-axis "seconds since the stage started" [30, 60, 90]');
    expect(fail).toContain('  line [4, 6, 5]\n  line [0.5, 0.6, 0.4]');
  });
  test('latency gets its own chart when the series has it', () => {
    const pass = renderReport(cases[0][1]);
    expect(pass).toContain('latency per poll (ms)');
    expect(pass).toContain('  line [400, 410, 415, 412]');
  });
  test('an invalid policy lists every error and shows no misleading "no change" line', () => {
    const body = renderReport(cases[3][1]);
    expect(body).toContain('- `traffic-policy.yaml:14:7 services[0].steps[2].percent: 120 is above 100`');
    expect(body).not.toContain('HAProxy config');
  });
  test('a metric name with a pipe cannot break the table row', () => {
    const stage = { ...cases[1][1].stages[1] };
    stage.judgement = { ...stage.judgement, metrics: [evidence({ metric: 'custom a|b' })] };
    expect(renderReport({ ...base, stages: [stage] })).toContain('| custom a\\|b | 0.004 |');
  });
  test('no emoji anywhere', () => {
    for (const [, input] of cases) expect(renderReport(input)).not.toMatch(/\p{Extended_Pictographic}/u);
  });
  test('a huge diff is truncated below the GitHub comment limit', () => {
    const big = Array.from({ length: 5000 }, (_, i) => `+    server s${i} 10.0.0.${i % 250}:443 check`).join(
      '\n',
    );
    const body = renderReport({ ...base, haproxyDiff: big });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('Diff truncated at 40,000 characters');
  });
  test('a diff with backticks gets a longer fence', () => {
    const body = renderReport({ ...base, haproxyDiff: '+ # ```odd```\n' });
    expect(body).toContain('````diff\n+ # ```odd```\n````');
  });
});

describe('renderNote', () => {
  test('promote note golden', () =>
    golden(
      'note-promote.md',
      renderNote('promote', {
        policyFile: 'traffic-policy.yaml',
        commit: '9b8e7f1c2d3a4b5c6d7e8f90a1b2c3d4e5f6a7b8',
        services: [{ name: 'checkout', target: 'checkout-00042-abc', from: 'checkout-00041-xyz' }],
        runUrl: 'https://github.com/acme/shop/actions/runs/1',
      }),
    ));
  test('rollback note golden', () =>
    golden(
      'note-rollback.md',
      renderNote('rollback', {
        policyFile: 'traffic-policy.yaml',
        commit: 'c0ffee5e1a2b3c4d5e6f708192a3b4c5d6e7f809',
        services: [{ name: 'checkout', target: 'checkout-00041-xyz', from: 'checkout-00042-abc' }],
        reason: 'commit 9b8e7f1c2d3a was reverted',
      }),
    ));
  test('notes start with a marker per kind, file and commit', () => {
    const n = renderNote('rollback', { policyFile: 'p.yaml', commit: 'abc', services: [] });
    expect(n.startsWith(noteMarker('rollback', 'p.yaml', 'abc'))).toBe(true);
    expect(noteMarker('promote', 'p.yaml', 'abc')).not.toBe(noteMarker('rollback', 'p.yaml', 'abc'));
  });
});

describe('the plan forecast from recent traffic (forecastLines → renderReport)', () => {
  const service = makeService({
    steps: steps([10, 25, 50], 10 * MIN, 5 * MIN),
    analysis: { intervalMs: 10_000, metrics: [{ kind: 'error-rate', vsBaseline: true }] },
  });
  const from = 'Prometheus at http://prom:9090, last 60 min';
  const planWith = (forecast: string[], over: Partial<ReportServicePlan> = {}) =>
    renderReport({ ...base, plan: [{ ...checkoutPlan, forecast, ...over }] });
  const cases: [string, RecentTrafficRead, Partial<ReportServicePlan>, (string | RegExp)[], string[]][] = [
    [
      'a source that answers: a heading, then one line per step',
      { ok: true, from, traffic: { requestsPerSecond: 50, errorRate: 0.005 } },
      {},
      [
        '\n\nDuration forecast from recent traffic (Prometheus at http\\://prom:9090, last 60 min):\n- step 1 (header only): its traffic share is not known in advance; no forecast\n',
        /\n- step 2 \(10%\) needs ≈ \d+ min at 50 req\/s \(0\.5% errors\) to show \\< 1\.75×; its bake is 10 min\n/,
        /\n- step 4 \(50%\) needs ≈ \d+ min at 50 req\/s \(0\.5% errors\) to show \\< 1\.75×; its bake is 10 min\n/,
      ],
      ['could not read'],
    ],
    [
      'a source that fails: one line naming it and the failure, no forecast',
      { ok: false, from, error: 'connect ECONNREFUSED 127.0.0.1:9090' },
      {},
      [
        '\n\nNo duration forecast: could not read recent traffic from Prometheus at http\\://prom:9090, last 60 min: connect ECONNREFUSED 127.0.0.1:9090\n',
      ],
      ['needs ≈', 'Duration forecast from'],
    ],
    [
      'no errors in the last hour: the stages cannot pass, said per step',
      { ok: true, from, traffic: { requestsPerSecond: 3, errorRate: 0 } },
      {},
      [/- step 2 \(10%\): at 3 req\/s \(0% errors\) there are no errors to compare; it cannot pass/],
      ['needs ≈'],
    ],
    [
      'a rollback shows no steps, so no forecast either',
      { ok: true, from, traffic: { requestsPerSecond: 50, errorRate: 0.005 } },
      { hideSteps: true, label: 'rollback: back to `checkout-1` in one write, no steps' },
      ['rollback: back to'],
      ['Duration forecast', 'needs ≈'],
    ],
  ];
  test.each(cases)('%s', (_name, read, over, present, absent) => {
    const body = planWith(forecastLines(service, read), over);
    for (const p of present) {
      if (typeof p === 'string') expect(body).toContain(p);
      else expect(body).toMatch(p);
    }
    for (const a of absent) expect(body).not.toContain(a);
  });

  test('the forecast sits under its own service, after the step table', () => {
    const body = planWith(forecastLines(service, { ok: false, from, error: 'timeout' }));
    const table = body.indexOf('| 4 | — | **50% · 10m** |');
    const line = body.indexOf('No duration forecast');
    expect(table).toBeGreaterThan(0);
    expect(line).toBeGreaterThan(table);
    expect(body.indexOf('Unchanged') === -1 || body.indexOf('Unchanged') > line).toBe(true);
  });
});
