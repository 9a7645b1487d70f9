// Absolute limits checked on the canary alone.
//
// Count ceilings (error-rate `max`, latency `max` at the policy quantile) are one-sample tests: null
// "the canary's event probability is at most the limit", an odds-ratio mixture like the ratio test,
// so a ceiling fails only with anytime-valid evidence, not on one unlucky poll. The mirror (null
// "at least the limit") gives the early pass.
//
// Custom metrics are plain numbers from a user query, with no counts to test; a value outside
// [min, max] on CUSTOM_BREACHES_TO_FAIL consecutive polls fails (one bad scrape does not).
import type { Metric } from '../policy/types.js';
import { createRateTest, type RateTest } from './evalue.js';
import { fmt, type EvidenceContext, type MetricTester } from './metric.js';
import type { MetricEvidence, Poll } from './types.js';

export const CUSTOM_BREACHES_TO_FAIL = 2;

export interface Ceiling {
  limit: number;
  what: string;
  fail: RateTest;
  mirror: RateTest;
  update(events: number, trials: number): void;
}

/** A one-sample ceiling "event probability ≤ limit" with its mirror test. */
export function createCeiling(limit: number, what: string): Ceiling {
  const fail = createRateTest(limit, 'above');
  const mirror = createRateTest(limit, 'below');
  return {
    limit,
    what,
    fail,
    mirror,
    update(events, trials) {
      fail.update(events, trials);
      mirror.update(events, trials);
    },
  };
}

type CustomMetric = Extract<Metric, { kind: 'custom' }>;

/** The custom-metric rule: bounds on the canary's reported value, debounced over polls. */
export function createCustomTester(metric: CustomMetric): MetricTester {
  let last: number | null = null;
  let lastStable: number | null = null;
  let seen = 0;
  let streak = 0;
  let failure: string | null = null;
  let canaryRequests = 0;
  let stableRequests = 0;

  const breach = (v: number): string | null => {
    if (metric.min !== undefined && v < metric.min)
      return `${fmt(v)} is below the minimum ${fmt(metric.min)}`;
    if (metric.max !== undefined && v > metric.max)
      return `${fmt(v)} is above the maximum ${fmt(metric.max)}`;
    return null;
  };

  return {
    label: `custom ${metric.name}`,
    statistical: false,
    add(poll: Poll) {
      canaryRequests += poll.canary.requests;
      stableRequests += poll.stable.requests;
      const s = poll.stable.custom?.[metric.name];
      if (typeof s === 'number' && Number.isFinite(s)) lastStable = s;
      const v = poll.canary.custom?.[metric.name];
      if (typeof v !== 'number' || !Number.isFinite(v)) return; // missing: neither a breach nor a pass
      last = v;
      seen++;
      const b = breach(v);
      streak = b ? streak + 1 : 0;
      if (b && streak >= CUSTOM_BREACHES_TO_FAIL && !failure) {
        failure = `canary ${metric.name} ${b} on ${streak} consecutive polls`;
      }
    },
    failLogE: () => 0,
    mirrorPassed: () => false, // no evidence model: passes by its rule at the end of the bake
    blocked: () => null,
    missing: () => (seen === 0 ? `no value reported for ${metric.name}` : ''),
    ruleFailure: () => failure,
    enoughTraffic: () => seen > 0,
    evidence(ctx: EvidenceContext): MetricEvidence {
      const bounds = [
        metric.min !== undefined ? `min ${fmt(metric.min)}` : '',
        metric.max !== undefined ? `max ${fmt(metric.max)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const detail =
        failure ??
        (seen === 0
          ? `no value reported for ${metric.name}`
          : `canary ${metric.name} ${fmt(last)} (${bounds}); ${seen} values seen`);
      return {
        metric: `custom ${metric.name}`,
        verdict: ctx.verdict,
        canaryValue: last,
        stableValue: lastStable,
        canaryRequests,
        stableRequests,
        canaryEvents: 0,
        stableEvents: 0,
        e: 1,
        pValue: 1,
        ratio: null,
        ratioInterval: null,
        reason: ctx.verdictNote ? `${ctx.verdictNote}: ${detail}` : detail,
      };
    },
  };
}
