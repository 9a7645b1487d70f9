// `analyze --policy FILE --service NAME [--step K]`: what the policy supplies to a replay (pure).
import type { ReplayDefaults } from '../analysis/replay.js';
import type { Policy } from '../policy/types.js';

/** The service's analysis block and step K's bake times (1-based, default 1), or a usage message. */
export function replayDefaults(policy: Policy, service: string, step?: string): ReplayDefaults | string {
  const svc = policy.services.find((s) => s.name === service);
  if (!svc) {
    const names = policy.services.map((s) => s.name).join(', ');
    return `--service ${service}: ${policy.file} has no such service (it has ${names})`;
  }
  const k = step === undefined ? 1 : Number(step);
  if (!Number.isInteger(k) || k < 1 || k > svc.steps.length) {
    return `--step ${step}: expected an integer from 1 to ${svc.steps.length} (the steps of ${service})`;
  }
  const s = svc.steps[k - 1];
  return {
    analysis: svc.analysis,
    bake: s.bakeMs / 1000,
    maxBake: s.maxBakeMs !== undefined ? s.maxBakeMs / 1000 : undefined,
    from: `${policy.file} service ${service} step ${k}`,
  };
}
