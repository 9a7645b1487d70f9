// The stage judge: polls in, a verdict per metric and for the stage out. Pure: time is the polls'
// `t` (seconds since the stage started) and an optional `now` on the same axis.
//
// Three verdicts (README, "How the judge decides"):
// - fail: a metric's fail e-value reaches 1/alpha_m (or a custom metric's rule trips), at any time.
// - pass: every metric's mirror test shows the canary less than its `tolerance` worse than stable,
//   with min-requests on each side, and the stage has run its `bake` (the minimum time). Custom
//   metrics, which have no evidence model, pass by their rule once the bake is over.
// - inconclusive: neither by `max-bake` (default 3 × bake), or a metric that cannot be judged (an
//   edge case, with its reason). An inconclusive stage keeps feeding the fail tests: a held stage
//   still fails when the evidence comes, and polls after a pass or a fail are ignored (noted).
// alpha is split evenly over the metrics that run a test (Bonferroni); custom metrics take none.
import type { Analysis } from '../policy/types.js';
import { createCustomTester } from './ceilings.js';
import { createErrorRateTester } from './error-rate.js';
import { createLatencyTester, estimateQuantile } from './latency.js';
import type { EvidenceContext, MetricTester } from './metric.js';
import type { Histogram, Poll, SideCounts, StageJudgement, Verdict } from './types.js';

/** The mirror tests' level when the policy sets no `pass-alpha`. */
export const DEFAULT_PASS_ALPHA = 0.01;

/** max-bake when none is given: three bakes. */
export const DEFAULT_MAX_BAKE_FACTOR = 3;

export interface JudgeOptions {
  /** the stage's minimum time: no pass before it */
  bakeSeconds: number;
  /** the stage's longest time: undecided then, inconclusive (default 3 × bake) */
  maxBakeSeconds?: number;
  /** stable's latency histogram from before the stage: where the latency thresholds come from */
  stableReference?: Histogram;
  /** the error-rate tolerance when the metric sets none (default 1.75) */
  passRatio?: number;
  /** keep the per-poll series for the chart (default true; the benchmark turns it off) */
  series?: boolean;
  /**
   * 'evidence' (default): a pass needs the mirror tests. 'no-fail': a header-only stage, whose cohort
   * is a handful of testers, cannot show anything safe; it passes at the end of its bake unless failed
   * (it is a smoke gate, not a statistical one; the percent stages are).
   */
  gate?: 'evidence' | 'no-fail';
}

export interface Judge {
  /** feed the next poll; returns the stage verdict after it */
  add(poll: Poll): Verdict;
  /** the clock moved without a poll: ends the stage if max-bake is over (or passes it after the bake) */
  tick(now: number): Verdict;
  readonly verdict: Verdict;
  readonly decidedAt: number | null;
  /** log of the fail e-value of metric i (cheap; for the benchmark and charts) */
  failLogE(i: number): number;
  judgement(): StageJudgement;
}

interface MetricState {
  tester: MetricTester;
  verdict: Verdict;
  at: number | null;
  note?: string;
}

type SeriesPoint = StageJudgement['series'][number];

export function createJudge(analysis: Analysis, opts: JudgeOptions): Judge {
  const bake = opts.bakeSeconds;
  const maxBake = Math.max(bake, opts.maxBakeSeconds ?? DEFAULT_MAX_BAKE_FACTOR * bake);
  const metrics: MetricState[] = analysis.metrics.map((m) => ({
    tester:
      m.kind === 'error-rate'
        ? createErrorRateTester(m, opts.passRatio)
        : m.kind === 'latency'
          ? createLatencyTester(m, opts.stableReference)
          : createCustomTester(m),
    verdict: 'running',
    at: null,
  }));
  const tested = metrics.filter((m) => m.tester.statistical).length;
  const alphaM = analysis.alpha / Math.max(1, tested);
  const failThreshold = Math.log(1 / alphaM);
  // a stage passes only when every metric shows itself safe, so each mirror test may use the whole
  // wrong-pass budget: a stage with one metric ≥ its tolerance passes with chance ≤ passAlpha
  const passAlpha = analysis.passAlpha ?? DEFAULT_PASS_ALPHA;
  const intervalSeconds = analysis.intervalMs / 1000;
  const notes: string[] = [];
  const series: SeriesPoint[] = [];
  const errorMetric = metrics.findIndex((m) => m.tester.label === 'error-rate');
  const latencyMetric = analysis.metrics.find((m) => m.kind === 'latency');
  let verdict: Verdict = 'running';
  let decidedAt: number | null = null;
  let lastT: number | null = null;
  const ignored: { count: number; first?: number; last?: number } = { count: 0 };

  const metricAlpha = (m: MetricState): number => (m.tester.statistical ? alphaM : analysis.alpha);

  function decide(v: Verdict, t: number): Verdict {
    verdict = v;
    decidedAt = t;
    return v;
  }

  /** A metric whose rule, not evidence, passes it (custom, or any in a no-fail gate) at the bake. */
  const rulePasses = (m: MetricState): boolean =>
    opts.gate === 'no-fail' || (!m.tester.statistical && m.tester.enoughTraffic(analysis.minRequests));

  function passIfDue(t: number): Verdict | null {
    if (t < bake) return null;
    for (const m of metrics) {
      if (m.verdict !== 'running' || !rulePasses(m)) continue;
      m.verdict = 'pass';
      m.at = t;
      m.note =
        opts.gate === 'no-fail'
          ? `bake time over at ${t}s with no fail in the header cohort (a header-only stage is not a statistical gate)`
          : `bake time over at ${t}s with every value within bounds`;
    }
    if (metrics.length > 0 && metrics.every((m) => m.verdict === 'pass')) return decide('pass', t);
    return null;
  }

  function endOfMaxBake(t: number): Verdict {
    for (const m of metrics) {
      if (m.verdict === 'fail' || m.verdict === 'pass') continue;
      m.verdict = 'inconclusive';
      m.at = t;
      const lacks = m.tester.missing(passAlpha, analysis.minRequests);
      m.note =
        `undecided at max-bake (${fmtTime(maxBake)}): the canary is neither shown worse than stable nor shown safe` +
        (lacks ? `; ${lacks}` : '');
    }
    return decide('inconclusive', t);
  }

  function judgeMetrics(t: number): Verdict {
    for (const m of metrics) {
      if (m.verdict === 'fail') continue;
      const rule = m.tester.ruleFailure();
      if (rule || (m.tester.statistical && m.tester.failLogE() >= failThreshold)) {
        m.verdict = 'fail';
        m.at = t;
        m.note = rule ?? `failed at ${t}s`;
      } else if (
        m.verdict === 'running' &&
        m.tester.statistical &&
        m.tester.mirrorPassed(passAlpha) &&
        m.tester.enoughTraffic(analysis.minRequests)
      ) {
        m.verdict = 'pass';
        m.at = t;
        m.note = `shown safe at ${t}s: the canary is shown less than its tolerance worse than stable`;
      }
    }
    if (metrics.some((m) => m.verdict === 'fail')) return decide('fail', t);
    if (verdict === 'inconclusive') return verdict; // held: only a fail changes it
    const passed = passIfDue(t);
    if (passed) return passed;
    if (t >= maxBake) return endOfMaxBake(t);
    return 'running';
  }

  function add(raw: Poll): Verdict {
    if (verdict === 'pass' || verdict === 'fail') {
      ignored.count++;
      ignored.last = raw.t;
      ignored.first ??= raw.t;
      return verdict;
    }
    if (lastT !== null && raw.t < lastT) notes.push(`t=${raw.t}s: poll out of order (after t=${lastT}s)`);
    const poll: Poll = {
      t: raw.t,
      canary: sanitize(raw.canary, 'canary', raw.t),
      stable: sanitize(raw.stable, 'stable', raw.t),
    };
    for (const n of raw.notes ?? []) notes.push(`t=${raw.t}s: ${n}`);
    lastT = Math.max(lastT ?? raw.t, raw.t);
    for (const m of metrics) m.tester.add(poll, notes);
    if (opts.series !== false) series.push(seriesPoint(poll));
    return judgeMetrics(poll.t);
  }

  function sanitize(side: SideCounts, name: string, t: number): SideCounts {
    const requests = Number.isFinite(side.requests) && side.requests > 0 ? side.requests : 0;
    let errors = Number.isFinite(side.errors) && side.errors > 0 ? side.errors : 0;
    if (requests !== side.requests || errors !== side.errors) {
      notes.push(
        `t=${t}s: ${name} counts ${side.requests}/${side.errors} are not usable increments; taken as ${requests}/${errors}`,
      );
    }
    if (errors > requests) {
      notes.push(
        `t=${t}s: ${name} reports ${errors} errors for ${requests} requests; errors capped at requests`,
      );
      errors = requests;
    }
    return { ...side, requests, errors };
  }

  function seriesPoint(poll: Poll): SeriesPoint {
    const rate = (s: SideCounts): number | null => (s.requests > 0 ? s.errors / s.requests : null);
    const point: SeriesPoint = {
      t: poll.t,
      canaryErrorRate: rate(poll.canary),
      stableErrorRate: rate(poll.stable),
    };
    if (errorMetric >= 0) point.errorRateE = Math.exp(Math.min(metrics[errorMetric].tester.failLogE(), 690));
    if (latencyMetric && latencyMetric.kind === 'latency') {
      const q = latencyMetric.quantile;
      point.canaryLatencyMs = poll.canary.latency ? estimateQuantile(poll.canary.latency, q) : null;
      point.stableLatencyMs = poll.stable.latency ? estimateQuantile(poll.stable.latency, q) : null;
    }
    return point;
  }

  return {
    add,
    tick(now: number): Verdict {
      if (verdict !== 'running') return verdict;
      const passed = passIfDue(now);
      if (passed) return passed;
      if (now >= maxBake) return endOfMaxBake(now);
      return verdict;
    },
    get verdict() {
      return verdict;
    },
    get decidedAt() {
      return decidedAt;
    },
    failLogE: (i: number) => metrics[i].tester.failLogE(),
    judgement(): StageJudgement {
      return {
        verdict,
        decidedAt,
        metrics: metrics.map((m) => {
          const ctx: EvidenceContext = {
            verdict: m.verdict,
            alpha: metricAlpha(m),
            minRequests: analysis.minRequests,
            t: lastT,
            verdictNote: m.note ?? (verdict === 'running' ? 'running' : undefined),
            intervalSeconds,
            passAlpha,
          };
          return m.tester.evidence(ctx);
        }),
        series,
        notes: ignored.count
          ? [
              ...notes,
              `${ignored.count} poll${ignored.count === 1 ? '' : 's'} after the decision at ${decidedAt}s ignored ` +
                `(t=${ignored.first}s–${ignored.last}s)`,
            ]
          : [...notes],
      };
    },
  };
}

export interface JudgeStageOptions {
  bakeSeconds: number;
  maxBakeSeconds?: number;
  gate?: 'evidence' | 'no-fail';
  /** seconds since the stage started (default: the last poll's t) */
  now?: number;
  stableReference?: Histogram;
  passRatio?: number;
}

/** Judge a stage from all its polls so far (sorted by t). */
export function judgeStage(analysis: Analysis, polls: Poll[], opts: JudgeStageOptions): StageJudgement {
  const judge = createJudge(analysis, opts);
  for (const p of [...polls].sort((a, b) => a.t - b.t)) judge.add(p);
  if (opts.now !== undefined) judge.tick(opts.now);
  return judge.judgement();
}

function fmtTime(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds}s`;
}
