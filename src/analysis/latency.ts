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
import type { Metric } from '../policy/types.js';
import { createCeiling, type Ceiling } from './ceilings.js';
import {
  createFailTest,
  createMirrorTest,
  eFromLog,
  logMixture,
  pFromLog,
  type AttributionTest,
} from './evalue.js';
import { estimateRatio, type AttributionPart } from './interval.js';
import { eText, fmt, type EvidenceContext, type MetricTester } from './metric.js';
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
  const taus = REFERENCE_QUANTILES.map((q) => quantileBound(reference, q)).filter(
    (t): t is number => t !== null,
  );
  return [...new Set(taus)];
}

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
  fail: AttributionTest;
  mirror: AttributionTest;
  parts: AttributionPart[];
  x: number;
  y: number;
}

type LatencyMetric = Extract<Metric, { kind: 'latency' }>;

export function createLatencyTester(
  metric: LatencyMetric,
  passRatio: number,
  stableReference?: Histogram,
): MetricTester {
  const label = `latency p${fmt(metric.quantile * 100)}`;
  let tests: ThresholdTest[] | null = null;
  let bootstrap: Histogram | null = null;
  const ceiling: Ceiling | null =
    metric.maxMs !== undefined
      ? createCeiling(1 - metric.quantile, `latency above ${metric.maxMs} ms`)
      : null;
  let canaryHist: Histogram | null = null;
  let stableHist: Histogram | null = null;
  let reportedMismatch = false;

  const startTests = (reference: Histogram, notes: string[], source: string): void => {
    const taus = thresholdsFrom(reference);
    tests = taus.map((tau) => ({
      tau,
      fail: createFailTest(1),
      mirror: createMirrorTest(passRatio),
      parts: [],
      x: 0,
      y: 0,
    }));
    notes.push(`latency thresholds ${taus.map((t) => `${t} ms`).join(', ')} from ${source}`);
  };
  const relativeLogE = (): number | null => {
    if (!metric.vsBaseline || !tests || tests.length === 0) return null;
    return logMixture(
      tests.map((t) => t.fail.logE()),
      tests.map(() => 1 / tests!.length),
    );
  };
  const failLogE = (): number => {
    const logs: number[] = [];
    const rel = relativeLogE();
    if (rel !== null) logs.push(rel);
    if (ceiling) logs.push(ceiling.fail.logE());
    if (logs.length === 0) return 0;
    return logMixture(
      logs,
      logs.map(() => 1 / logs.length),
    );
  };
  /** The threshold whose test carries the most evidence, for the ratio shown in the report. */
  const leading = (): ThresholdTest | null =>
    tests && tests.length > 0 ? tests.reduce((a, b) => (b.fail.logE() > a.fail.logE() ? b : a)) : null;

  return {
    label,
    statistical: metric.vsBaseline || ceiling !== null,
    add(poll: Poll, notes: string[]) {
      const c = poll.canary.latency;
      const s = poll.stable.latency;
      // Polls that set the thresholds are not tested against them (they still count for the ceiling).
      let settingThresholds = false;
      if (metric.vsBaseline && !tests) {
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
      if (!sameBounds(c, s) || (canaryHist && !sameBounds(canaryHist, c))) {
        if (!reportedMismatch)
          notes.push(`t=${poll.t}s: latency bucket bounds differ; such polls are skipped`);
        reportedMismatch = true;
        return;
      }
      canaryHist = addInto(canaryHist, c);
      stableHist = addInto(stableHist, s);
      const nc = histogramTotal(c);
      const ns = histogramTotal(s);
      if (ceiling && metric.maxMs !== undefined) ceiling.update(countAbove(c, metric.maxMs), nc);
      if (!tests || settingThresholds || nc + ns === 0) return;
      const w = nc / (nc + ns);
      if (!(w > 0 && w < 1)) return;
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
      const threshold = Math.log(1 / alpha);
      if (metric.vsBaseline && (!tests || tests.some((t) => t.mirror.logE() < threshold))) return false;
      if (ceiling && ceiling.mirror.logE() < threshold) return false;
      return metric.vsBaseline || ceiling !== null;
    },
    ruleFailure: () => null,
    enoughTraffic(minRequests) {
      const nc = canaryHist ? histogramTotal(canaryHist) : 0;
      const ns = stableHist ? histogramTotal(stableHist) : 0;
      return nc >= minRequests && (!metric.vsBaseline || ns >= minRequests);
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
      } else if (metric.vsBaseline) parts.push('no latency thresholds yet');
      if (metric.maxMs !== undefined) parts.push(`ceiling ${metric.maxMs} ms`);
      const rel = relativeLogE();
      const split = rel !== null && ceiling ? { vsStable: rel, ceiling: ceiling.fail.logE() } : undefined;
      const detail = `${parts.join(', ')}; ${eText(logE, ctx.alpha, split)}`;
      return {
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
    },
  };
}
