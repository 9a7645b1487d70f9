// The HAProxy map file: one line per service, `<service> <canary percent>`.
// A stage change rewrites one line at runtime (`set map`), so the config never changes per stage.
import { checkStep, percentAt } from '../policy/steps.js';
import type { Policy } from '../policy/types.js';

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
