// The stage judge: polls in, a verdict per metric and for the stage out. Pure: time is the polls'
// `t` (seconds since the stage started) and an optional `now` on the same axis.
//
// Rules (DESIGN.md, Analysis):
// - alpha is split evenly over the metrics that run a test (Bonferroni); custom metrics take none.
// - a metric fails as soon as its e-value reaches 1/alpha_m (or, custom, its bound rule trips); the
//   stage fails with the first failing metric and is decided there.
// - a metric passes early when its mirror tests reach 1/alpha_m with min-requests on each side; the
//   stage passes early when every metric has. An early pass stays provisional until the stage is
//   decided: the fail test keeps running (failing more can only lower the chance of a wrong pass).
// - at the end of the bake every undecided metric passes if it saw min-requests per side, else it is
//   inconclusive; the stage is inconclusive when any metric is, pass otherwise.
// - polls after the decision are ignored (noted).
import type { Analysis } from '../policy/types.js';
import { createCustomTester } from './ceilings.js';
import { DEFAULT_PASS_RATIO } from './evalue.js';
import { createErrorRateTester } from './error-rate.js';
import { createLatencyTester, estimateQuantile } from './latency.js';
import type { EvidenceContext, MetricTester } from './metric.js';
import type { Histogram, Poll, SideCounts, StageJudgement, Verdict } from './types.js';

export interface JudgeOptions {
  bakeSeconds: number;
  /** stable's latency histogram from before the stage: where the latency thresholds come from */
  stableReference?: Histogram;
  /** the ratio the mirror test must rule out for an early pass (default 1.5) */
  passRatio?: number;
  /** keep the per-poll series for the chart (default true; the benchmark turns it off) */
  series?: boolean;
}

export interface Judge {
  /** feed the next poll; returns the stage verdict after it */
  add(poll: Poll): Verdict;
  /** the clock moved without a poll: ends the stage if the bake is over */
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
  const passRatio = opts.passRatio ?? DEFAULT_PASS_RATIO;
  const metrics: MetricState[] = analysis.metrics.map((m) => ({
    tester:
      m.kind === 'error-rate'
        ? createErrorRateTester(m, passRatio)
        : m.kind === 'latency'
          ? createLatencyTester(m, passRatio, opts.stableReference)
          : createCustomTester(m),
    verdict: 'running',
    at: null,
  }));
  const tested = metrics.filter((m) => m.tester.statistical).length;
  const alphaM = analysis.alpha / Math.max(1, tested);
  const failThreshold = Math.log(1 / alphaM);
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

  function endOfBake(t: number): Verdict {
    for (const m of metrics) {
      if (m.verdict === 'fail' || m.verdict === 'pass') continue;
      const enough = m.tester.enoughTraffic(analysis.minRequests);
      m.verdict = enough ? 'pass' : 'inconclusive';
      m.at = t;
      m.note = enough
        ? `bake time over at ${t}s with no evidence of a regression`
        : `bake time over at ${t}s with fewer than ${analysis.minRequests} requests on a side`;
    }
    return decide(metrics.some((m) => m.verdict === 'inconclusive') ? 'inconclusive' : 'pass', t);
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
        m.tester.mirrorPassed(alphaM) &&
        m.tester.enoughTraffic(analysis.minRequests)
      ) {
        m.verdict = 'pass';
        m.at = t;
        m.note = `passed early at ${t}s: the canary is shown less than ${passRatio}× worse than stable`;
      }
    }
    if (metrics.some((m) => m.verdict === 'fail')) return decide('fail', t);
    if (metrics.length > 0 && metrics.every((m) => m.verdict === 'pass')) return decide('pass', t);
    if (t >= opts.bakeSeconds) return endOfBake(t);
    return 'running';
  }

  function add(raw: Poll): Verdict {
    if (verdict !== 'running') {
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
      if (verdict === 'running' && now >= opts.bakeSeconds) return endOfBake(now);
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
