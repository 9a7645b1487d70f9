// The error-rate metric: canary vs stable by error attribution, plus the optional absolute ceiling.
import type { Metric } from '../policy/types.js';
import {
  createFailTest,
  createMirrorTest,
  eFromLog,
  logMixture,
  pFromLog,
  type AttributionTest,
} from './evalue.js';
import { createCeiling, type Ceiling } from './ceilings.js';
import { estimateRatio, type AttributionPart } from './interval.js';
import { eText, fmt, pct, type EvidenceContext, type MetricTester } from './metric.js';
import type { MetricEvidence, Poll } from './types.js';

type ErrorRateMetric = Extract<Metric, { kind: 'error-rate' }>;

export function createErrorRateTester(metric: ErrorRateMetric, passRatio: number): MetricTester {
  const relative = metric.vsBaseline
    ? { fail: createFailTest(1), mirror: createMirrorTest(passRatio) }
    : null;
  const ceiling: Ceiling | null = metric.max !== undefined ? createCeiling(metric.max, 'error rate') : null;
  const parts: AttributionPart[] = [];
  const totals = { canaryRequests: 0, stableRequests: 0, canaryErrors: 0, stableErrors: 0, attributedX: 0 };

  const components = (): AttributionTest[] => (relative ? [relative.fail] : []);
  const failLogE = (): number => {
    const logs = [...components().map((c) => c.logE()), ...(ceiling ? [ceiling.fail.logE()] : [])];
    if (logs.length === 0) return 0;
    return logMixture(
      logs,
      logs.map(() => 1 / logs.length),
    );
  };

  return {
    label: 'error-rate',
    statistical: relative !== null || ceiling !== null,
    add(poll: Poll) {
      const c = poll.canary;
      const s = poll.stable;
      totals.canaryRequests += c.requests;
      totals.stableRequests += s.requests;
      totals.canaryErrors += c.errors;
      totals.stableErrors += s.errors;
      const n = c.requests + s.requests;
      const w = n > 0 ? c.requests / n : 0;
      if (relative && w > 0 && w < 1) {
        relative.fail.update(c.errors, s.errors, w);
        relative.mirror.update(c.errors, s.errors, w);
        parts.push({ m: c.errors + s.errors, w });
        totals.attributedX += c.errors;
      }
      ceiling?.update(c.errors, c.requests);
    },
    failLogE,
    mirrorPassed(alpha) {
      const threshold = Math.log(1 / alpha);
      if (relative && relative.mirror.logE() < threshold) return false;
      if (ceiling && ceiling.mirror.logE() < threshold) return false;
      return relative !== null || ceiling !== null;
    },
    ruleFailure: () => null,
    enoughTraffic(minRequests) {
      if (totals.canaryRequests < minRequests) return false;
      return !relative || totals.stableRequests >= minRequests;
    },
    evidence(ctx: EvidenceContext): MetricEvidence {
      const canaryValue = totals.canaryRequests > 0 ? totals.canaryErrors / totals.canaryRequests : null;
      const stableValue = totals.stableRequests > 0 ? totals.stableErrors / totals.stableRequests : null;
      const est = relative ? estimateRatio(totals.attributedX, parts) : null;
      const logE = failLogE();
      return {
        metric: 'error-rate',
        verdict: ctx.verdict,
        canaryValue,
        stableValue,
        canaryRequests: totals.canaryRequests,
        stableRequests: totals.stableRequests,
        canaryEvents: totals.canaryErrors,
        stableEvents: totals.stableErrors,
        e: eFromLog(logE),
        pValue: pFromLog(logE),
        ratio: est ? est.ratio : null,
        ratioInterval: est ? est.interval : null,
        alpha: ctx.alpha,
        reason: reason(ctx, logE, canaryValue, stableValue, est),
      };
    },
  };

  function reason(
    ctx: EvidenceContext,
    logE: number,
    canaryValue: number | null,
    stableValue: number | null,
    est: { ratio: number; interval: [number, number] } | null,
  ): string {
    const values = `canary ${pct(canaryValue)} vs stable ${pct(stableValue)} errors`;
    const ratio = est
      ? `, ratio ${fmt(est.ratio)} (95% CI ${fmt(est.interval[0])}–${fmt(est.interval[1])})`
      : '';
    const ceil = metric.max !== undefined ? `, ceiling ${pct(metric.max)}` : '';
    const parts =
      relative && ceiling ? { vsStable: relative.fail.logE(), ceiling: ceiling.fail.logE() } : undefined;
    const head = `${values}${ratio}${ceil}; ${eText(logE, ctx.alpha, parts)}`;
    return ctx.verdictNote ? `${ctx.verdictNote}: ${head}` : head;
  }
}
