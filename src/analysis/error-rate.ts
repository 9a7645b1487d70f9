// The error-rate metric: canary vs stable by error attribution, plus the optional absolute ceiling.
//
// Fail: the vs-stable test (null r ≤ 1). A ceiling (`max`) fails the canary only when it is above
// the ceiling *and* worse than stable: an intersection of two rejections, so its e-value is the
// smaller of the two (a union null is rejected only when each part is). With vs-baseline on this
// adds no fail the vs-stable test would not give; it keeps a shared incident (both sides above the
// ceiling) from failing the canary. `absolute: true` restores the one-sample ceiling on its own.
// Pass: the mirror test shows the canary below `tolerance` × stable (and below an absolute ceiling).
import type { Metric } from '../policy/types.js';
import {
  createFailTest,
  createMirrorTest,
  DEFAULT_PASS_RATIO,
  eFromLog,
  logMixture,
  pFromLog,
  type AttributionTest,
} from './evalue.js';
import { createCeiling, type Ceiling } from './ceilings.js';
import { estimateRatio, type AttributionPart } from './interval.js';
import { eText, fmt, pct, type EvidenceContext, type MetricTester } from './metric.js';
import { pollsToPass } from './power.js';
import type { MetricEvidence, Poll } from './types.js';

type ErrorRateMetric = Extract<Metric, { kind: 'error-rate' }>;

export function createErrorRateTester(metric: ErrorRateMetric, defaultTolerance?: number): MetricTester {
  const tolerance = metric.tolerance ?? defaultTolerance ?? DEFAULT_PASS_RATIO;
  const absolute = metric.absolute === true;
  const ceiling: Ceiling | null = metric.max !== undefined ? createCeiling(metric.max, 'error rate') : null;
  // the vs-stable test also serves a non-absolute ceiling ("worse than stable" half)
  const relative: { fail: AttributionTest; mirror: AttributionTest } | null =
    metric.vsBaseline || (ceiling && !absolute)
      ? { fail: createFailTest(1), mirror: createMirrorTest(tolerance) }
      : null;
  const parts: AttributionPart[] = [];
  const totals = { canaryRequests: 0, stableRequests: 0, canaryErrors: 0, stableErrors: 0, attributedX: 0 };
  let comparedPolls = 0;

  const failLogE = (): number => {
    const rel = relative ? relative.fail.logE() : 0;
    if (!ceiling) return metric.vsBaseline ? rel : 0;
    const ceil = ceiling.fail.logE();
    if (!absolute) return metric.vsBaseline ? rel : Math.min(ceil, rel);
    if (!metric.vsBaseline) return ceil;
    return logMixture([rel, ceil], [0.5, 0.5]);
  };
  const estimate = () => (relative ? estimateRatio(totals.attributedX, parts) : null);

  const forecastPolls = (alpha: number): number | null | undefined => {
    if (!relative || !metric.vsBaseline || comparedPolls === 0) return undefined;
    const events = parts.reduce((s, p) => s + p.m, 0);
    const share = parts.reduce((s, p) => s + p.w, 0) / parts.length;
    return pollsToPass({
      test: relative.mirror,
      threshold: Math.log(1 / alpha),
      eventsPerPoll: events / comparedPolls,
      share,
      ratio: estimate()?.ratio ?? 1,
    });
  };

  const tester: MetricTester = {
    label: 'error-rate',
    statistical: metric.vsBaseline || ceiling !== null,
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
        comparedPolls++;
      }
      ceiling?.update(c.errors, c.requests);
    },
    failLogE,
    mirrorPassed(alpha) {
      const threshold = Math.log(1 / alpha);
      if (metric.vsBaseline && relative && relative.mirror.logE() < threshold) return false;
      if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) return false;
      return metric.vsBaseline || ceiling !== null;
    },
    blocked: () => null,
    ruleFailure: () => null,
    enoughTraffic(minRequests) {
      if (totals.canaryRequests < minRequests) return false;
      return !relative || totals.stableRequests >= minRequests;
    },
    missing(alpha, minRequests) {
      const lacks: string[] = [];
      if (totals.canaryRequests < minRequests || (relative && totals.stableRequests < minRequests)) {
        lacks.push(
          `fewer than ${minRequests} requests on a side (canary ${totals.canaryRequests}, stable ${totals.stableRequests})`,
        );
      }
      const threshold = Math.log(1 / alpha);
      if (metric.vsBaseline && relative && relative.mirror.logE() < threshold) {
        const none = totals.canaryErrors + totals.stableErrors === 0;
        lacks.push(
          none
            ? `no errors on either side yet, so nothing shows the canary below ${fmt(tolerance)}× stable's error rate`
            : `no evidence yet that the canary's error rate is below ${fmt(tolerance)}× stable's ` +
                `(pass E ${fmt(eFromLog(relative.mirror.logE()))}, needs ${fmt(1 / alpha)})`,
        );
      }
      if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) {
        lacks.push(`no evidence yet that the canary is below the ${pct(ceiling.limit)} ceiling`);
      }
      return lacks.join('; ');
    },
    evidence(ctx: EvidenceContext): MetricEvidence {
      const canaryValue = totals.canaryRequests > 0 ? totals.canaryErrors / totals.canaryRequests : null;
      const stableValue = totals.stableRequests > 0 ? totals.stableErrors / totals.stableRequests : null;
      const est = estimate();
      const logE = failLogE();
      const out: MetricEvidence = {
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
      if (metric.vsBaseline && relative) {
        out.tolerance = tolerance;
        out.passE = eFromLog(relative.mirror.logE());
      }
      if (ctx.verdict === 'running' || ctx.verdict === 'inconclusive') {
        const lacks = tester.missing(ctx.passAlpha ?? ctx.alpha, ctx.minRequests);
        if (lacks) out.missing = lacks;
        const polls = forecastPolls(ctx.passAlpha ?? ctx.alpha);
        if (polls !== undefined && ctx.intervalSeconds)
          out.secondsToPass = polls === null ? null : Math.round(polls * ctx.intervalSeconds);
      }
      return out;
    },
  };
  return tester;

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
    let ceil = '';
    if (metric.max !== undefined) {
      const shared =
        !absolute &&
        canaryValue !== null &&
        stableValue !== null &&
        canaryValue > metric.max &&
        stableValue > metric.max;
      ceil = shared
        ? `, both sides above the ${pct(metric.max)} ceiling (a shared incident: the ceiling fails the canary only when it is also worse than stable)`
        : `, ceiling ${pct(metric.max)}${absolute ? ' (absolute)' : ''}`;
    }
    const parts =
      relative && ceiling && absolute && metric.vsBaseline
        ? { vsStable: relative.fail.logE(), ceiling: ceiling.fail.logE() }
        : undefined;
    const head = `${values}${ratio}${ceil}; ${eText(logE, ctx.alpha, parts)}`;
    return ctx.verdictNote ? `${ctx.verdictNote}: ${head}` : head;
  }
}
