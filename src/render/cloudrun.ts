// Cloud Run traffic targets per service for a step, shaped like the v2 API's TrafficTarget.
// split-at haproxy: Cloud Run keeps 100% on stable; the tags only give HAProxy stable---/canary--- URLs.
// split-at cloud-run: Cloud Run applies the step's percent itself.
import type { Policy } from '../policy/types.js';
import type { TrafficTarget } from '../rollout/ports.js';
import { checkStep, percentAt } from '../policy/steps.js';
import { CANARY_TAG, REVISION_NAME, STABLE_TAG } from '../policy/names.js';

export interface RevisionPair {
  stable: string;
  canary: string;
}

export function renderCloudRunTraffic(
  policy: Policy,
  step: number,
  revisions: Record<string, RevisionPair>,
): Record<string, TrafficTarget[]> {
  checkStep(policy, step);
  const out: Record<string, TrafficTarget[]> = {};
  for (const service of policy.services) {
    const pair = revisions[service.name];
    if (pair === undefined) {
      throw new Error(
        `rendering Cloud Run traffic: no stable/canary revision names given for ${service.name}`,
      );
    }
    for (const [side, name] of Object.entries(pair)) {
      if (typeof name !== 'string' || !REVISION_NAME.test(name)) {
        throw new Error(
          `rendering Cloud Run traffic for ${service.name}: ${side} revision "${name}" is not a revision name`,
        );
      }
    }
    const canaryPercent = policy.splitAt === 'cloud-run' ? percentAt(service, step) : 0;
    out[service.name] = [
      { revision: pair.stable, percent: 100 - canaryPercent, tag: STABLE_TAG },
      { revision: pair.canary, percent: canaryPercent, tag: CANARY_TAG },
    ];
  }
  return out;
}
