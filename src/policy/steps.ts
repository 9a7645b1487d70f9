// Steps, one convention: a step is 1-based (1 = a service's first step) and 0 means before the
// first step (the header route only, 0%). The rollout state stores a 0-based index (its annotation
// format): `stateStep` is the one place that index becomes a step.
import type { Policy, Service } from './types.js';

/** Highest step any service has: renderable steps are 0..maxStep(policy). */
export function maxStep(policy: Policy): number {
  return policy.services.reduce((m, s) => Math.max(m, s.steps.length), 0);
}

/** Every renderable step, 0..maxStep(policy). */
export function allSteps(policy: Policy): number[] {
  return Array.from({ length: maxStep(policy) + 1 }, (_, k) => k);
}

/** Throws unless `step` is an integer in 0..maxStep(policy). */
export function checkStep(policy: Policy, step: number): void {
  const max = maxStep(policy);
  if (!Number.isInteger(step) || step < 0 || step > max) {
    throw new Error(
      `step ${step} is out of range for ${policy.file}: use 0 (header route only, 0%) to ${max} (1-based step)`,
    );
  }
}

/** The step a service is at when the rollout is at `step`: a service with fewer steps than the
 *  longest one stays on its last step. 0 means before the first step. */
export function serviceStep(service: Service, step: number): number {
  return Math.min(step, service.steps.length);
}

/** The step a rollout state's 0-based `step` index means; 0 past the service's last step (a
 *  policy that lost steps mid-rollout): no step, so no canary share. */
export function stateStep(service: Service, index: number): number {
  return index < service.steps.length ? index + 1 : 0;
}

/** Canary percent a step means for a service: step 0 and header-only steps are 0. */
export function percentAt(service: Service, step: number): number {
  if (!Number.isInteger(step) || step < 0) {
    throw new Error(`step ${step} for service ${service.name} is not a whole number >= 0`);
  }
  const k = serviceStep(service, step);
  if (k === 0) return 0;
  const s = service.steps[k - 1];
  const p = s.headerOnly ? 0 : s.percent;
  if (!Number.isInteger(p) || p < 0 || p > 100) {
    throw new Error(`service ${service.name} step ${k}: percent ${p} is not a whole number 0..100`);
  }
  return p;
}

/** What a step sends the canary: "header only" or "25%". */
export function shareLabel(headerOnly: boolean | undefined, percent: number): string {
  return headerOnly ? 'header only' : `${percent}%`;
}

/** "step 2 (25%)", "step 1 (header only)": a service's step as messages name it. */
export function stepLabel(service: Service, step: number): string {
  const s = service.steps[step - 1];
  return `step ${step} (${shareLabel(s?.headerOnly, s?.percent ?? 0)})`;
}
