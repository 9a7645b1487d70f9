// The judge against what users have today, on the same seeded traffic, in one process.
// Run: npx tsx scripts/bench/judge.ts [--quick] [--runs N] [--grid-runs N]   (npm run bench:judge)
//
// Traffic is simulated in 10 s slices (scripts/bench/judge-sim.ts): requests ~ Poisson, each request
// on the canary with probability `split`, errors binomial per side (or in clumps), latency
// log-normal. Every method reads the same slices as its own polling would show them:
//   ours                 the judge (src/analysis): default metrics (error-rate, max 1%, vs-baseline),
//                        bake 10 min (the minimum), max-bake 30 min unless stated; verdicts fail /
//                        pass / inconclusive
//   Flagger built-in     every minute, canary error rate over that minute ≤ T, rollback after 5
//                        failed checks, promoted when the 10-minute analysis ends without; T is set
//                        the way a careful user sets it for that base rate: just above what a
//                        healthy canary shows in 99% of minutes at its traffic, and at least 2× base
//   Flagger template     a MetricTemplate "canary error rate − primary error rate" per minute ≤ D,
//                        D = the difference a healthy canary stays under in 99% of minutes (normal
//                        approximation), at least the base rate; 5 failed checks
import { writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createJudge } from '../../src/analysis/judge.js';
import { createRng, type Rng } from '../../__tests__/support/simulate.js';
import type { Histogram, Poll } from '../../src/analysis/types.js';
import { DEFAULT_METRICS } from '../../src/policy/normalise.js';
import type { Analysis, Metric } from '../../src/policy/types.js';
import { pollsOf, simulate, window, type PollPlan, type Slices, type Traffic } from './judge-sim.js';

const REF: Traffic = { rate: 50, split: 0.1, base: 0.005, effect: 1 };
const POLLS: PollPlan = { interval: 10, delay: 0 };
const BAKE = 600;
const MAX_BAKE = 1800;
const FLAGGER_CHECKS = 5;

type Outcome = { verdict: 'fail' | 'pass' | 'inconclusive'; t: number };

interface OursConfig {
  alpha: number;
  latency?: boolean;
  bake: number;
  maxBake: number;
}

function analysis(cfg: OursConfig, interval: number): Analysis {
  const metrics: Metric[] = DEFAULT_METRICS.map((m) => ({ ...m }));
  if (cfg.latency) metrics.push({ kind: 'latency', quantile: 0.95, vsBaseline: true });
  return { source: 'prometheus', intervalMs: interval * 1000, minRequests: 200, alpha: cfg.alpha, metrics };
}

function ours(cfg: OursConfig, polls: Poll[], interval: number, reference?: Histogram): Outcome {
  const judge = createJudge(analysis(cfg, interval), {
    bakeSeconds: cfg.bake,
    maxBakeSeconds: cfg.maxBake,
    series: false,
    stableReference: reference,
  });
  for (const p of polls) {
    const v = judge.add(p);
    if (v === 'fail' || v === 'pass') return { verdict: v, t: p.t };
    if (v === 'inconclusive') return { verdict: v, t: p.t };
  }
  const v = judge.tick(cfg.maxBake);
  return { verdict: v === 'running' ? 'inconclusive' : v, t: cfg.maxBake } as Outcome;
}

/** Inverse standard normal CDF (Acklam; |rel err| < 1.2e-9), for the Flagger thresholds. */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - 0.02425) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** 99th percentile of Binomial(n, p) / n: the worst minute a healthy canary shows 1% of the time. */
function binomialQ99Rate(n: number, p: number): number {
  if (n <= 0) return 1;
  let pmf = Math.pow(1 - p, n);
  let cdf = pmf;
  let k = 0;
  while (cdf < 0.99 && k < n) {
    pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
    k++;
    cdf += pmf;
  }
  return k / n;
}

export function flaggerThresholds(tr: Traffic): { builtIn: number; diff: number } {
  const nc = tr.rate * tr.split * 60;
  const ns = tr.rate * (1 - tr.split) * 60;
  const p = tr.base;
  return {
    builtIn: Math.max(2 * p, binomialQ99Rate(Math.round(nc), p)),
    diff: Math.max(
      p,
      normalQuantile(0.99) * Math.sqrt(p * (1 - p) * (1 / Math.max(1, nc) + 1 / Math.max(1, ns))),
    ),
  };
}

function flagger(d: Slices, delay: number, rule: (cr: number, sr: number) => boolean): Outcome {
  let failed = 0;
  for (let t = 60; t <= BAKE; t += 60) {
    const [from, to] = [t - 60 - delay, t - delay];
    if (to <= 0) continue;
    const nc = window(d.cReq, from, to);
    const ns = window(d.sReq, from, to);
    if (nc === 0 || ns === 0) continue; // no data: Flagger reports it and skips the check
    const bad = rule(window(d.cErr, from, to) / nc, window(d.sErr, from, to) / ns);
    if (bad && ++failed >= FLAGGER_CHECKS) return { verdict: 'fail', t };
  }
  return { verdict: 'pass', t: BAKE };
}

// ---------------------------------------------------------------- scenarios

interface Scenario {
  name: string;
  kind: 'null' | 'regression' | 'power' | 'pass';
  traffic: Traffic;
  plan?: PollPlan;
  latency?: boolean;
  bake?: number;
  maxBake?: number;
}

const SCENARIOS: Scenario[] = [
  { name: 'healthy (null), 30-min max-bake', kind: 'null', traffic: REF },
  { name: 'healthy, 10-min bake = max-bake', kind: 'pass', traffic: REF, maxBake: BAKE },
  {
    name: 'healthy, traffic surge ×5 (2–7 min)',
    kind: 'null',
    traffic: { ...REF, surge: { from: 120, to: 420, factor: 5 } },
  },
  {
    name: 'healthy, shared incident: 10% errors both sides for 3 min',
    kind: 'null',
    traffic: { ...REF, incident: { from: 120, to: 300, rate: 0.1 } },
  },
  { name: 'healthy, errors in clumps of 2', kind: 'null', traffic: { ...REF, clump: 2 } },
  { name: 'healthy, errors in clumps of 5', kind: 'null', traffic: { ...REF, clump: 5 } },
  {
    name: 'healthy, cold start: latency ×3 for 60 s (latency metric on)',
    kind: 'null',
    latency: true,
    traffic: { ...REF, latency: { shift: 1, cold: { seconds: 60, slow: 3 } } },
  },
  {
    name: 'healthy, messy counters (10% polls lost, 5% one side late)',
    kind: 'null',
    traffic: REF,
    plan: { ...POLLS, messy: { lost: 0.1, late: 0.05 } },
  },
  { name: '1.5× errors', kind: 'regression', traffic: { ...REF, effect: 1.5 } },
  { name: '2× errors', kind: 'regression', traffic: { ...REF, effect: 2 } },
  { name: '4× errors at 5 req/s', kind: 'regression', traffic: { ...REF, effect: 4, rate: 5 } },
  { name: '4× errors at a 1% canary share', kind: 'regression', traffic: { ...REF, effect: 4, split: 0.01 } },
  {
    name: '10× errors at a 0.01% base rate',
    kind: 'regression',
    traffic: { ...REF, effect: 10, base: 0.0001 },
  },
  { name: '4× errors (reference)', kind: 'power', traffic: { ...REF, effect: 4 } },
  {
    name: 'latency ×1.25 (latency metric on)',
    kind: 'power',
    latency: true,
    traffic: { ...REF, latency: { shift: 1.25 } },
  },
  // last, so that adding it left every other scenario's seed (and numbers) as they were
  {
    name: '1.5× errors, 10-min bake = max-bake (the issue\'s "10-min bake")',
    kind: 'regression',
    traffic: { ...REF, effect: 1.5 },
    maxBake: BAKE,
  },
];

interface Tally {
  runs: number;
  fail: number;
  pass: number;
  inconclusive: number;
  failTimes: number[];
  passTimes: number[];
}

const emptyTally = (): Tally => ({
  runs: 0,
  fail: 0,
  pass: 0,
  inconclusive: 0,
  failTimes: [],
  passTimes: [],
});

function count(t: Tally, o: Outcome): void {
  t.runs++;
  t[o.verdict]++;
  if (o.verdict === 'fail') t.failTimes.push(o.t);
  if (o.verdict === 'pass') t.passTimes.push(o.t);
}

/** Median over all runs, a run without the event counting as never (null: under half had it). */
function median(times: number[], runs: number): number | null {
  if (times.length * 2 < runs) return null;
  const s = [...times].sort((a, b) => a - b);
  return s[Math.ceil(runs / 2) - 1];
}

type MethodName = 'ours α=0.01' | 'ours α=0.05' | 'Flagger built-in' | 'Flagger template';
const METHODS: MethodName[] = ['ours α=0.01', 'ours α=0.05', 'Flagger built-in', 'Flagger template'];

function runScenario(s: Scenario, runs: number, seed: number): Record<MethodName, Tally> {
  const rng: Rng = createRng(seed);
  const plan = s.plan ?? POLLS;
  const bake = s.bake ?? BAKE;
  const maxBake = s.maxBake ?? MAX_BAKE;
  const th = flaggerThresholds(s.traffic);
  const out = Object.fromEntries(METHODS.map((m) => [m, emptyTally()])) as Record<MethodName, Tally>;
  for (let r = 0; r < runs; r++) {
    const d = simulate(rng, s.traffic, maxBake);
    const polls = pollsOf(rng, d, plan, maxBake);
    for (const alpha of [0.01, 0.05] as const) {
      count(
        out[`ours α=${alpha}`],
        ours({ alpha, latency: s.latency, bake, maxBake }, polls, plan.interval, d.reference),
      );
    }
    count(
      out['Flagger built-in'],
      flagger(d, plan.delay, (cr) => cr > th.builtIn),
    );
    count(
      out['Flagger template'],
      flagger(d, plan.delay, (cr, sr) => cr - sr > th.diff),
    );
  }
  return out;
}

// ---------------------------------------------------------------- grid

interface GridCell {
  base: number;
  effect: number | 'shared';
  rate: number;
  split: number;
  interval: number;
  delay: number;
}

function cellTraffic(c: GridCell): Traffic {
  const tr: Traffic = {
    rate: c.rate,
    split: c.split,
    base: c.base,
    effect: c.effect === 'shared' ? 1 : c.effect,
  };
  if (c.effect === 'shared') tr.incident = { from: 120, to: MAX_BAKE, rate: 4 * c.base };
  return tr;
}

function runCell(c: GridCell, runs: number, seed: number): Record<'ours' | 'builtIn' | 'template', Tally> {
  const rng = createRng(seed);
  const tr = cellTraffic(c);
  const th = flaggerThresholds(tr);
  const plan: PollPlan = { interval: c.interval, delay: c.delay };
  const out = { ours: emptyTally(), builtIn: emptyTally(), template: emptyTally() };
  for (let r = 0; r < runs; r++) {
    const d = simulate(rng, tr, MAX_BAKE);
    count(
      out.ours,
      ours({ alpha: 0.01, bake: BAKE, maxBake: MAX_BAKE }, pollsOf(rng, d, plan, MAX_BAKE), c.interval),
    );
    count(
      out.builtIn,
      flagger(d, c.delay, (cr) => cr > th.builtIn),
    );
    count(
      out.template,
      flagger(d, c.delay, (cr, sr) => cr - sr > th.diff),
    );
  }
  return out;
}

// ---------------------------------------------------------------- report

export interface BenchOptions {
  runs?: number;
  gridRuns?: number;
  seed?: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const secs = (x: number | null) => (x === null ? '—' : x >= 120 && x % 60 === 0 ? `${x / 60} min` : `${x} s`);
const rate = (t: Tally, k: 'fail' | 'pass' | 'inconclusive') => t[k] / Math.max(1, t.runs);

export function benchJudge(options: BenchOptions = {}) {
  const o = { runs: 1000, gridRuns: 50, seed: 20261201, ...options };
  const started = Date.now();
  let seed = o.seed;
  // BENCH_ONLY=regex runs the matching scenarios only (for iterating; the table is then partial)
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  const scenarios = SCENARIOS.map((s) => ({ s, seed: seed++ }))
    .filter(({ s }) => !only || only.test(s.name))
    .map(({ s, seed: sd }) => ({ s, r: runScenario(s, o.runs, sd) }));
  const grid: { c: GridCell; r: ReturnType<typeof runCell> }[] = [];
  if (o.gridRuns > 0) {
    for (const base of [0.001, 0.005, 0.02])
      for (const effect of [1, 'shared', 2, 4] as const)
        for (const rate of [5, 50, 500])
          for (const split of [0.01, 0.1, 0.5])
            for (const interval of [10, 60])
              for (const delay of [0, 120]) {
                const c: GridCell = { base, effect, rate, split, interval, delay };
                grid.push({ c, r: runCell(c, o.gridRuns, seed++) });
              }
  }
  const seconds = (Date.now() - started) / 1000;
  return { options: o, scenarios, grid, seconds, markdown: render(o, scenarios, grid, seconds) };
}

function render(
  o: Required<BenchOptions>,
  scenarios: { s: Scenario; r: Record<MethodName, Tally> }[],
  grid: { c: GridCell; r: ReturnType<typeof runCell> }[],
  seconds: number,
): string {
  const th = flaggerThresholds(REF);
  const lines = [
    `### Judge benchmark (seed ${o.seed}; ${o.runs} streams per scenario, ${o.gridRuns} per grid cell; ${seconds.toFixed(0)} s)`,
    '',
    'Reference point: 50 req/s, 10% canary, 0.5% stable errors, 10 s polls, no metric delay; ours: default metrics ' +
      '(`error-rate: { max: 1%, vs-baseline: true }`, tolerance 1.75×), bake 10 min (the minimum), max-bake 30 min, ' +
      `unless the row says otherwise. Flagger thresholds at the reference: built-in error rate ≤ ${pct(th.builtIn)} per ` +
      `minute, template canary − primary ≤ ${pct(th.diff)}; both promote after a 10-minute analysis without 5 failed ` +
      'checks. fail / pass / inconclusive are shares of streams; medians count streams without that outcome as never ' +
      '("—": under half).',
    '',
    '| scenario | ours α=0.01 fail / pass / inconcl. | median to fail / pass | ours α=0.05 fail / pass / inconcl. | median to fail / pass | Flagger built-in fail / pass | Flagger template fail / pass |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { s, r } of scenarios) {
    const o1 = r['ours α=0.01'];
    const o5 = r['ours α=0.05'];
    const fp = (t: Tally) => `${pct(rate(t, 'fail'))} / ${pct(rate(t, 'pass'))}`;
    const triple = (t: Tally) => `${fp(t)} / ${pct(rate(t, 'inconclusive'))}`;
    const med = (t: Tally) => `${secs(median(t.failTimes, t.runs))} / ${secs(median(t.passTimes, t.runs))}`;
    lines.push(
      `| ${s.name} | ${triple(o1)} | ${med(o1)} | ${triple(o5)} | ${med(o5)} | ${fp(r['Flagger built-in'])} | ${fp(r['Flagger template'])} |`,
    );
  }
  if (grid.length) {
    lines.push(
      '',
      `Grid at α = 0.01 (${grid.length} cells: base 0.1/0.5/2% × effect 1×/shared (both ×4 from 2 min)/2×/4× × ` +
        '5/50/500 req/s × split 1/10/50% × polls 10/60 s × metric delay 0/120 s), averaged over the other factors; ' +
        'Flagger thresholds set per cell as above.',
      '',
      '| factor | ours: false fails 1× / shared | ours: passed 1× / 2× / 4× | ours: failed 4× | Flagger built-in: false fails 1× / shared, failed 4× | Flagger template: false fails 1× / shared, failed 4× |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    const avg = (cells: typeof grid, m: 'ours' | 'builtIn' | 'template', k: 'fail' | 'pass') =>
      pct(cells.reduce((a, c) => a + rate(c.r[m], k), 0) / Math.max(1, cells.length));
    const row = (label: string, cells: typeof grid) => {
      const by = (e: GridCell['effect']) => cells.filter((c) => c.c.effect === e);
      lines.push(
        `| ${label} | ${avg(by(1), 'ours', 'fail')} / ${avg(by('shared'), 'ours', 'fail')} | ` +
          `${avg(by(1), 'ours', 'pass')} / ${avg(by(2), 'ours', 'pass')} / ${avg(by(4), 'ours', 'pass')} | ${avg(by(4), 'ours', 'fail')} | ` +
          `${avg(by(1), 'builtIn', 'fail')} / ${avg(by('shared'), 'builtIn', 'fail')}, ${avg(by(4), 'builtIn', 'fail')} | ` +
          `${avg(by(1), 'template', 'fail')} / ${avg(by('shared'), 'template', 'fail')}, ${avg(by(4), 'template', 'fail')} |`,
      );
    };
    row('all cells', grid);
    const factors: [string, (c: GridCell) => string][] = [
      ['base', (c) => `${c.base * 100}%`],
      ['req/s', (c) => String(c.rate)],
      ['split', (c) => `${c.split * 100}%`],
      ['poll', (c) => `${c.interval} s`],
      ['delay', (c) => `${c.delay} s`],
    ];
    for (const [name, level] of factors)
      for (const l of [...new Set(grid.map((g) => level(g.c)))])
        row(
          `${name} ${l}`,
          grid.filter((g) => level(g.c) === l),
        );
    const nulls = grid.filter((g) => g.c.effect === 1 || g.c.effect === 'shared');
    const worst = nulls.reduce((a, g) => (rate(g.r.ours, 'fail') > rate(a.r.ours, 'fail') ? g : a));
    const regress = grid.filter((g) => g.c.effect === 2 || g.c.effect === 4);
    const worstPass = regress.reduce((a, g) => (rate(g.r.ours, 'pass') > rate(a.r.ours, 'pass') ? g : a));
    lines.push(
      '',
      `Highest false-fail rate of ours in one null or shared cell: ${pct(rate(worst.r.ours, 'fail'))} (${o.gridRuns} streams; ` +
        `${JSON.stringify(worst.c)}); highest pass rate of a 2× or 4× regression: ${pct(rate(worstPass.r.ours, 'pass'))} ` +
        `(${JSON.stringify(worstPass.c)}).`,
    );
  }
  return lines.join('\n') + '\n';
}

export function targets(scenarios: { s: Scenario; r: Record<MethodName, Tally> }[]): [string, boolean][] {
  const get = (name: string): Record<MethodName, Tally> | undefined =>
    scenarios.find((x) => x.s.name === name)?.r;
  const out: [string, boolean][] = [];
  for (const { s, r } of scenarios) {
    if (s.kind === 'null') {
      for (const a of [0.01, 0.05] as const)
        out.push([`${s.name}: false fails ≤ α=${a}`, rate(r[`ours α=${a}`], 'fail') <= a]);
    }
    if (s.kind === 'regression')
      out.push([
        `${s.name}: passed ≤ 5%`,
        rate(r['ours α=0.01'], 'pass') <= 0.05 && rate(r['ours α=0.05'], 'pass') <= 0.05,
      ]);
  }
  const four = get('4× errors (reference)');
  if (four) {
    const med = (a: '0.01' | '0.05') => {
      const m = four[`ours α=${a}`];
      return median(m.failTimes, m.runs) ?? Infinity;
    };
    out.push(['4× median to fail ≤ 80 s at α=0.05', med('0.05') <= 80]);
    out.push(['4× median to fail ≤ 110 s at α=0.01', med('0.01') <= 110]);
  }
  const healthy = get('healthy (null), 30-min max-bake');
  if (healthy) {
    // the pass level is pass-alpha (0.01 by default) whatever α is; the α = 0.01 column is the default
    out.push([
      'healthy at the reference, 30-min max-bake: passed ≥ 80%',
      rate(healthy['ours α=0.01'], 'pass') >= 0.8,
    ]);
  }
  return out;
}

function main(): void {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const quick = process.argv.includes('--quick');
  const result = benchJudge({
    runs: arg('--runs') ?? (quick ? 200 : 1000),
    gridRuns: arg('--grid-runs') ?? (quick ? 10 : 50),
  });
  process.stdout.write(result.markdown);
  const t = targets(result.scenarios);
  process.stdout.write(`\nTargets: ${t.map(([n, ok]) => `${ok ? 'met' : 'MISSED'}: ${n}`).join('; ')}\n`);
  try {
    mkdirSync('/tmp/team', { recursive: true });
    writeFileSync('/tmp/team/judge-bench.md', result.markdown);
  } catch {
    // the copy for the team is a convenience; the table is on stdout
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
