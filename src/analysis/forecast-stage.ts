// How long each stage of a plan will take (pure): the mirror test's expected time to pass for a
// healthy canary (ratio 1) at a recent traffic level, against the stage's bake (its minimum) and
// max-bake. Only the error rate is forecast: it is the metric whose events are rare.
import type { Service } from '../policy/types.js';
import { createMirrorTest, DEFAULT_PASS_RATIO } from './evalue.js';
import { pollsToPass } from './power.js';
import { DEFAULT_PASS_ALPHA } from './judge.js';
import { stepLabel } from '../policy/steps.js';

export interface RecentTraffic {
  /** requests per second to the service (both sides), e.g. over the last hour */
  requestsPerSecond: number;
  /** stable's error rate over the same time, a fraction */
  errorRate: number;
}

/**
 * What reading recent traffic gave: the numbers, or why there are none (never thrown). `from` says
 * where and over what time, e.g. "Prometheus at http://prom:9090, last 60 min".
 */
export type RecentTrafficRead =
  { ok: true; traffic: RecentTraffic; from: string } | { ok: false; from: string; error: string };

export interface StagePrediction {
  step: number; // 1-based
  /** forecast seconds to a pass (at least the bake); null when it cannot be forecast */
  seconds: number | null;
  text: string;
}

const minutes = (s: number) =>
  s < 5400 ? `${Math.max(1, Math.round(s / 60))} min` : `${Number((s / 3600).toFixed(1))} h`;

export function predictStages(service: Service, traffic: RecentTraffic): StagePrediction[] {
  const a = service.analysis;
  const metric = a.metrics.find((m) => m.kind === 'error-rate' && m.vsBaseline);
  const alpha = a.passAlpha ?? DEFAULT_PASS_ALPHA;
  const interval = a.intervalMs / 1000;
  const rate = `${Number(traffic.requestsPerSecond.toPrecision(3))} req/s (${Number((traffic.errorRate * 100).toPrecision(2))}% errors)`;
  return service.steps.map((step, k) => {
    const bake = step.bakeMs / 1000;
    const maxBake = (step.maxBakeMs ?? 3 * step.bakeMs) / 1000;
    const head = stepLabel(service, k + 1);
    if (!metric || metric.kind !== 'error-rate')
      return { step: k + 1, seconds: null, text: `${head}: no error-rate comparison to forecast` };
    if (step.headerOnly || step.percent >= 100) {
      return {
        step: k + 1,
        seconds: null,
        text: `${head}: its traffic share is not known in advance; no forecast`,
      };
    }
    const tolerance = metric.tolerance ?? DEFAULT_PASS_RATIO;
    const polls = pollsToPass({
      test: createMirrorTest(tolerance),
      threshold: Math.log(1 / alpha),
      eventsPerPoll: traffic.requestsPerSecond * traffic.errorRate * interval,
      share: step.percent / 100,
      ratio: 1,
    });
    if (polls === null) {
      return {
        step: k + 1,
        seconds: null,
        text: `${head}: at ${rate} there are no errors to compare; it cannot pass and will be inconclusive at its max-bake (${minutes(maxBake)})`,
      };
    }
    const seconds = Math.max(bake, Math.round(polls * interval));
    const over =
      seconds > maxBake
        ? ` — longer than its max-bake (${minutes(maxBake)}): expect inconclusive unless traffic grows`
        : '';
    return {
      step: k + 1,
      seconds,
      text: `${head} needs ≈ ${minutes(seconds)} at ${rate} to show < ${tolerance}×; its bake is ${minutes(bake)}${over}`,
    };
  });
}

/** The plan's forecast lines for one service: a heading and one line per step, or one line saying why not. */
export function forecastLines(service: Service, read: RecentTrafficRead): string[] {
  if (!read.ok)
    return [`No duration forecast: could not read recent traffic from ${read.from}: ${read.error}`];
  return [
    `Duration forecast from recent traffic (${read.from}):`,
    ...predictStages(service, read.traffic).map((p) => p.text),
  ];
}
