// The HAProxy map file: one line per service, `<service> <canary percent>`.
// A stage change rewrites one line at runtime (`set map`), so the config never changes per stage.
import type { Policy, Service } from '../policy/types.js';

/** Highest step any service has: renderable steps are 0..maxStep(policy). */
export function maxStep(policy: Policy): number {
  return policy.services.reduce((m, s) => Math.max(m, s.steps.length), 0);
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

/** The 1-based step a service is at when the rollout is at `step`: a service with fewer
 *  steps than the longest one stays on its last step. 0 means before the first step. */
export function serviceStep(service: Service, step: number): number {
  return Math.min(step, service.steps.length);
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

export const MAP_HEADER =
  '# canary-relay: canary percent per service (<service> <percent>); managed by canary-relay';

/** Map file text for a step: a comment line, then `<service> <percent>` per service in policy order. */
export function renderMap(policy: Policy, step: number): string {
  checkStep(policy, step);
  return renderPercentMap(
    policy,
    Object.fromEntries(policy.services.map((s) => [s.name, percentAt(s, step)])),
  );
}

/** Map file text for given percents per service (each service's own rollout step, as `sync` reads
 *  them from Cloud Run); a service not in `percents` is at 0. */
export function renderPercentMap(policy: Policy, percents: Record<string, number>): string {
  const lines = policy.services.map((s) => {
    const p = percents[s.name] ?? 0;
    if (!Number.isInteger(p) || p < 0 || p > 100)
      throw new Error(`service ${s.name}: percent ${p} is not a whole number 0..100`);
    return `${s.name} ${p}`;
  });
  return [MAP_HEADER, ...lines].join('\n') + '\n';
}
