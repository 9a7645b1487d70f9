// The latency metric: the attribution test on "slower than q" counts.
//
// Thresholds q50, q90 and q99 come from stable's histogram before the stage (the stableReference),
// so they are fixed before any of the counts they are applied to. Without a reference, stable's
// first polls in the stage (until REFERENCE_MIN_REQUESTS) set them and are not tested. For each
// threshold τ, the canary's and stable's "latency > τ" counts feed an attribution e-process; the
// three e-values are averaged (an average of e-processes is an e-process). The policy's `max` at
// `quantile` is a one-sample ceiling on the canary: P(latency > max) ≤ 1 − quantile.
//
// A bucket bound is the only place a histogram can be cut exactly: "above τ" counts the buckets whose
// lower edge is at least τ, which undercounts when τ falls inside a bucket (conservative for a fail).
//
// Pass: the mirror tests at stable's median and p90 show the canary's share of slower requests below
// `tolerance` × stable's (q99 has too few events to show that within a stage; it still fails).
// Warm-up: polls whose window starts less than `warmup` after the canary's first traffic in the
// stage are a cold start: kept apart, reported on their own line, never judged.
// A ceiling (`max`) fails only when the canary is also slower than stable, unless `absolute`.
import type { Metric } from '../policy/types.js';
import { createCeiling, type Ceiling } from './ceilings.js';
import {
  createFailTest,
  createMirrorTest,
  DEFAULT_LATENCY_TOLERANCE,
  eFromLog,
  logMixture,
  pFromLog,
  type AttributionTest,
} from './evalue.js';
import { estimateRatio, type AttributionPart } from './interval.js';
import { eText, fmt, type EvidenceContext, type MetricTester } from './metric.js';
import { pollsToPass } from './power.js';
import type { Histogram, MetricEvidence, Poll } from './types.js';

export const REFERENCE_QUANTILES = [0.5, 0.9, 0.99] as const;
/** Stable requests needed to set thresholds in-stage when no reference histogram was given. */
export const REFERENCE_MIN_REQUESTS = 100;

export function histogramTotal(h: Histogram): number {
  let n = 0;
  for (const c of h.counts) n += c;
  return n;
}

/** Requests slower than τ ms: buckets whose lower edge is ≥ τ. */
export function countAbove(h: Histogram, tau: number): number {
  let n = 0;
  for (let i = 1; i < h.counts.length; i++) if (h.bounds[i - 1] >= tau) n += h.counts[i];
  return n;
}

/** The bucket bound at or above the q-quantile (null when it lies in the +Inf bucket or no data). */
export function quantileBound(h: Histogram, q: number): number | null {
  const total = histogramTotal(h);
  if (total === 0) return null;
  let cum = 0;
  for (let i = 0; i < h.bounds.length; i++) {
    cum += h.counts[i];
    if (cum >= q * total) return h.bounds[i];
  }
  return null;
}

/** Thresholds from a reference histogram, one per reference quantile, without duplicates. */
export function thresholdsFrom(reference: Histogram): number[] {
  return [...new Set(taggedThresholds(reference).map((t) => t.tau))];
}

/** Each threshold with the lowest reference quantile that gave it. */
function taggedThresholds(reference: Histogram): { tau: number; q: number }[] {
  const out: { tau: number; q: number }[] = [];
  for (const q of REFERENCE_QUANTILES) {
    const tau = quantileBound(reference, q);
    if (tau !== null && !out.some((t) => t.tau === tau)) out.push({ tau, q });
  }
  return out;
}

/** Cloud Run cold starts: a new instance's first requests are slow for tens of seconds. */
export const DEFAULT_WARMUP_MS = 60_000;
/** Reference quantiles whose thresholds a pass must clear (median and p90). */
const PASS_QUANTILES = new Set([0.5, 0.9]);

/**
 * The q-quantile by linear interpolation inside its bucket (the first bucket starts at 0 ms). In
 * the +Inf bucket the last finite bound is returned: the true value is at least that.
 */
export function estimateQuantile(h: Histogram, q: number): number | null {
  const total = histogramTotal(h);
  if (total === 0) return null;
  const target = q * total;
  let cum = 0;
  for (let i = 0; i < h.counts.length; i++) {
    const before = cum;
    cum += h.counts[i];
    if (cum >= target && h.counts[i] > 0) {
      if (i >= h.bounds.length) return h.bounds[h.bounds.length - 1] ?? null;
      const lower = i === 0 ? 0 : h.bounds[i - 1];
      return lower + (h.bounds[i] - lower) * ((target - before) / h.counts[i]);
    }
  }
  return h.bounds[h.bounds.length - 1] ?? null;
}

function sameBounds(a: Histogram, b: Histogram): boolean {
  return a.bounds.length === b.bounds.length && a.bounds.every((x, i) => x === b.bounds[i]);
}

function addInto(acc: Histogram | null, h: Histogram): Histogram {
  if (!acc) return { bounds: [...h.bounds], counts: [...h.counts] };
  for (let i = 0; i < acc.counts.length; i++) acc.counts[i] += h.counts[i];
  return acc;
}

interface ThresholdTest {
  tau: number;
  /** the reference quantile that set it */
  q: number;
  fail: AttributionTest;
  mirror: AttributionTest;
  parts: AttributionPart[];
  x: number;
  y: number;
}

type LatencyMetric = Extract<Metric, { kind: 'latency' }>;

export function createLatencyTester(
  metric: LatencyMetric,
  stableReference?: Histogram,
  defaultTolerance = DEFAULT_LATENCY_TOLERANCE,
): MetricTester {
  const label = `latency p${fmt(metric.quantile * 100)}`;
  const tolerance = metric.tolerance ?? defaultTolerance;
  const absolute = metric.absolute === true;
  const warmupS = (metric.warmupMs ?? DEFAULT_WARMUP_MS) / 1000;
  const ceiling: Ceiling | null =
    metric.maxMs !== undefined
      ? createCeiling(1 - metric.quantile, `latency above ${metric.maxMs} ms`)
      : null;
  const relativeWanted = metric.vsBaseline || (ceiling !== null && !absolute);
  let tests: ThresholdTest[] | null = null;
  let bootstrap: Histogram | null = null;
  let canaryHist: Histogram | null = null;
  let stableHist: Histogram | null = null;
  const cold: { canary: Histogram | null; stable: Histogram | null; until: number | null } = {
    canary: null,
    stable: null,
    until: null,
  };
  let lastT = 0;
  let blockedReason: string | null = null;
  let comparedPolls = 0;

  const startTests = (reference: Histogram, notes: string[], source: string): void => {
    const tagged = taggedThresholds(reference);
    tests = tagged.map(({ tau, q }) => ({
      tau,
      q,
      fail: createFailTest(1),
      mirror: createMirrorTest(tolerance),
      parts: [],
      x: 0,
      y: 0,
    }));
    if (tagged.length === 0) {
      const top = reference.bounds[reference.bounds.length - 1];
      blockedReason =
        `stable's median, p90 and p99 (${source}) all lie above the largest bucket bound (${top} ms), ` +
        `so no request can be counted as slower than them: latency cannot be compared`;
      notes.push(`latency: ${blockedReason}`);
      return;
    }
    notes.push(`latency thresholds ${tagged.map((t) => `${t.tau} ms`).join(', ')} from ${source}`);
  };
  const relativeLogE = (): number | null => {
    if (!relativeWanted || !tests || tests.length === 0) return null;
    return logMixture(
      tests.map((t) => t.fail.logE()),
      tests.map(() => 1 / tests!.length),
    );
  };
  const failLogE = (): number => {
    const rel = relativeLogE();
    if (!ceiling) return metric.vsBaseline && rel !== null ? rel : 0;
    const ceil = ceiling.fail.logE();
    if (!absolute) {
      if (rel === null) return 0;
      return metric.vsBaseline ? rel : Math.min(ceil, rel);
    }
    if (!metric.vsBaseline || rel === null) return ceil;
    return logMixture([rel, ceil], [0.5, 0.5]);
  };
  /** The threshold whose test carries the most evidence, for the ratio shown in the report. */
  const leading = (): ThresholdTest | null =>
    tests && tests.length > 0 ? tests.reduce((a, b) => (b.fail.logE() > a.fail.logE() ? b : a)) : null;
  const passTests = (): ThresholdTest[] => (tests ?? []).filter((t) => PASS_QUANTILES.has(t.q));

  const compatible = (h: Histogram, acc: Histogram | null): boolean => !acc || sameBounds(acc, h);

  const tester: MetricTester = {
    label,
    statistical: metric.vsBaseline || ceiling !== null,
    add(poll: Poll, notes: string[]) {
      const from = lastT;
      lastT = Math.max(lastT, poll.t);
      const c = poll.canary.latency;
      const s = poll.stable.latency;
      // Polls that set the thresholds are not tested against them (they still count for the ceiling).
      let settingThresholds = false;
      if (relativeWanted && !tests) {
        if (stableReference) startTests(stableReference, notes, "stable's histogram before the stage");
        else if (s) {
          settingThresholds = true;
          bootstrap = addInto(bootstrap, s);
          if (histogramTotal(bootstrap) >= REFERENCE_MIN_REQUESTS) {
            startTests(
              bootstrap,
              notes,
              `stable's first ${histogramTotal(bootstrap)} requests of this stage`,
            );
          }
        }
      }
      if (!c || !s) return;
      const nc = histogramTotal(c);
      const ns = histogramTotal(s);
      // warm-up: from the start of the window in which the canary first had traffic
      if (cold.until === null && nc > 0) cold.until = from + warmupS;
      if (cold.until === null || from < cold.until) {
        if (nc > 0 && (!cold.canary || sameBounds(cold.canary, c))) cold.canary = addInto(cold.canary, c);
        if (ns > 0 && (!cold.stable || sameBounds(cold.stable, s))) cold.stable = addInto(cold.stable, s);
        return;
      }
      if (!sameBounds(c, s) || !compatible(c, canaryHist) || !compatible(s, stableHist)) {
        if (!blockedReason) {
          const was = canaryHist ? `[${canaryHist.bounds.join(', ')}]` : 'the first layout';
          blockedReason = sameBounds(c, s)
            ? `the histogram bucket layout changed at t=${poll.t}s (from ${was} to [${c.bounds.join(', ')}] ms); ` +
              'later polls cannot be compared with the earlier ones or the thresholds'
            : `at t=${poll.t}s canary and stable report different bucket layouts ` +
              `([${c.bounds.join(', ')}] vs [${s.bounds.join(', ')}] ms), so their counts cannot be compared`;
          notes.push(`t=${poll.t}s: latency: ${blockedReason}; such polls are skipped`);
        }
        return;
      }
      canaryHist = addInto(canaryHist, c);
      stableHist = addInto(stableHist, s);
      if (ceiling && metric.maxMs !== undefined) ceiling.update(countAbove(c, metric.maxMs), nc);
      if (!tests || settingThresholds || nc + ns === 0) return;
      const w = nc / (nc + ns);
      if (!(w > 0 && w < 1)) return;
      comparedPolls++;
      for (const t of tests) {
        const x = countAbove(c, t.tau);
        const y = countAbove(s, t.tau);
        t.fail.update(x, y, w);
        t.mirror.update(x, y, w);
        t.parts.push({ m: x + y, w });
        t.x += x;
        t.y += y;
      }
    },
    failLogE,
    mirrorPassed(alpha) {
      if (blockedReason) return false;
      const threshold = Math.log(1 / alpha);
      if (metric.vsBaseline) {
        const need = passTests();
        if (need.length === 0 || need.some((t) => t.mirror.logE() < threshold)) return false;
      }
      if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) return false;
      return metric.vsBaseline || ceiling !== null;
    },
    blocked: () => blockedReason,
    ruleFailure: () => null,
    enoughTraffic(minRequests) {
      const nc = canaryHist ? histogramTotal(canaryHist) : 0;
      const ns = stableHist ? histogramTotal(stableHist) : 0;
      return nc >= minRequests && (!metric.vsBaseline || ns >= minRequests);
    },
    missing(alpha, minRequests) {
      if (blockedReason) return blockedReason;
      const lacks: string[] = [];
      const nc = canaryHist ? histogramTotal(canaryHist) : 0;
      const ns = stableHist ? histogramTotal(stableHist) : 0;
      if (cold.until === null) lacks.push('the canary has had no latency data yet');
      else if (lastT < cold.until)
        lacks.push(`the canary is warming up until t=${cold.until}s (latency not judged before)`);
      if (nc < minRequests || (metric.vsBaseline && ns < minRequests)) {
        lacks.push(`fewer than ${minRequests} warm requests on a side (canary ${nc}, stable ${ns})`);
      }
      const threshold = Math.log(1 / alpha);
      if (metric.vsBaseline && !tests)
        lacks.push(`stable has not yet had ${REFERENCE_MIN_REQUESTS} requests to set thresholds`);
      for (const t of metric.vsBaseline ? passTests() : []) {
        if (t.mirror.logE() >= threshold) continue;
        lacks.push(
          t.x + t.y === 0
            ? `no request slower than ${t.tau} ms yet (stable's ${t.q === 0.5 ? 'median' : 'p90'}), so nothing shows the canary no slower there`
            : `no evidence yet that the canary's share slower than ${t.tau} ms is below ${fmt(tolerance)}× stable's ` +
                `(pass E ${fmt(eFromLog(t.mirror.logE()))}, needs ${fmt(1 / alpha)})`,
        );
      }
      if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) {
        lacks.push(
          `no evidence yet that the canary's p${fmt(metric.quantile * 100)} is below ${metric.maxMs} ms`,
        );
      }
      return lacks.join('; ');
    },
    evidence(ctx: EvidenceContext): MetricEvidence {
      const lead = leading();
      const est = lead ? estimateRatio(lead.x, lead.parts) : null;
      const canaryValue = canaryHist ? estimateQuantile(canaryHist, metric.quantile) : null;
      const stableValue = stableHist ? estimateQuantile(stableHist, metric.quantile) : null;
      const logE = failLogE();
      const parts = [
        `canary ${fmt(canaryValue)} ms vs stable ${fmt(stableValue)} ms at p${fmt(metric.quantile * 100)}`,
      ];
      if (lead && est) {
        parts.push(
          `slower than ${lead.tau} ms: ${lead.x} canary vs ${lead.y} stable, ratio ${fmt(est.ratio)} ` +
            `(95% CI ${fmt(est.interval[0])}–${fmt(est.interval[1])})`,
        );
      } else if (blockedReason) parts.push(blockedReason);
      else if (metric.vsBaseline)
        parts.push(`stable has not yet had ${REFERENCE_MIN_REQUESTS} requests to set thresholds`);
      if (metric.maxMs !== undefined)
        parts.push(`ceiling ${metric.maxMs} ms${absolute ? ' (absolute)' : ''}`);
      const rel = relativeLogE();
      const split =
        rel !== null && ceiling && absolute && metric.vsBaseline
          ? { vsStable: rel, ceiling: ceiling.fail.logE() }
          : undefined;
      const detail = `${parts.join(', ')}; ${eText(logE, ctx.alpha, split)}`;
      const out: MetricEvidence = {
        metric: label,
        verdict: ctx.verdict,
        canaryValue,
        stableValue,
        canaryRequests: canaryHist ? histogramTotal(canaryHist) : 0,
        stableRequests: stableHist ? histogramTotal(stableHist) : 0,
        canaryEvents: lead ? lead.x : 0,
        stableEvents: lead ? lead.y : 0,
        e: eFromLog(logE),
        pValue: pFromLog(logE),
        ratio: est ? est.ratio : null,
        ratioInterval: est ? est.interval : null,
        alpha: ctx.alpha,
        reason: ctx.verdictNote ? `${ctx.verdictNote}: ${detail}` : detail,
      };
      const need = passTests();
      if (metric.vsBaseline && need.length > 0) {
        out.tolerance = tolerance;
        out.passE = Math.min(...need.map((t) => eFromLog(t.mirror.logE())));
      }
      if (cold.canary && cold.until !== null) {
        out.coldStart = {
          seconds: Math.round(Math.min(cold.until, lastT)),
          canaryMs: estimateQuantile(cold.canary, metric.quantile),
          stableMs: cold.stable ? estimateQuantile(cold.stable, metric.quantile) : null,
          requests: histogramTotal(cold.canary),
        };
      }
      if (ctx.verdict === 'running' || ctx.verdict === 'inconclusive') {
        const lacks = tester.missing(ctx.passAlpha ?? ctx.alpha, ctx.minRequests);
        if (lacks) out.missing = lacks;
        if (
          metric.vsBaseline &&
          need.length > 0 &&
          comparedPolls > 0 &&
          ctx.intervalSeconds &&
          !blockedReason
        ) {
          // the slowest of the thresholds a pass needs decides
          let worst: number | null = 0;
          for (const t of need) {
            const events = t.parts.reduce((a, p) => a + p.m, 0);
            const share = t.parts.reduce((a, p) => a + p.w, 0) / Math.max(1, t.parts.length);
            const polls = pollsToPass({
              test: t.mirror,
              threshold: Math.log(1 / (ctx.passAlpha ?? ctx.alpha)),
              eventsPerPoll: events / comparedPolls,
              share,
              ratio: estimateRatio(t.x, t.parts)?.ratio ?? 1,
            });
            worst = polls === null || worst === null ? null : Math.max(worst, polls);
          }
          out.secondsToPass = worst === null ? null : Math.round(worst * ctx.intervalSeconds);
        }
      }
      return out;
    },
  };
  return tester;
}
