// Calls a step hook through the HookPort; the answer goes into the machine's observation.
import type { Service } from '../policy/types.js';
import type { Action } from '../rollout/actions.js';
import { hookPayload } from '../rollout/gates.js';
import { percentAt, stateStep } from '../policy/steps.js';
import type { RolloutState } from '../rollout/state.js';
import type { HookPort } from '../rollout/ports.js';

export async function runHook(
  port: HookPort | undefined,
  service: Service,
  state: RolloutState,
  a: Extract<Action, { kind: 'callHook' }>,
): Promise<{ ok: boolean; detail: string }> {
  const spec = a.hook === 'pre-step' ? service.hooks?.preStep : service.hooks?.postStep;
  if (!spec) return { ok: true, detail: 'no hook configured' };
  if (!port)
    return { ok: false, detail: 'the policy has step hooks but this run has no HTTP client for them' };
  return port.call(
    spec,
    hookPayload(service, state, a.hook, a.step, percentAt(service, stateStep(service, a.step))),
  );
}
