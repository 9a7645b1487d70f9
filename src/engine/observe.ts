// Gathers what the stage machine needs from the ports: facts about the service (Observed)
// and this tick's observation (readiness, judgement). Reads only what the phase needs.

import type { Observation, Observed } from '../rollout/actions.js';
import { percentAt, stateStep } from '../policy/steps.js';
import {
  CloudRunError,
  type CloudRunPort,
  type ObserverPort,
  type ServiceSnapshot,
} from '../rollout/ports.js';
import type { RolloutMode } from '../gitops/modes.js';
import { isBaking, isTerminal, type RolloutState } from '../rollout/state.js';
import { resolveTraffic, servingRevision } from '../rollout/traffic.js';
import type { Service } from '../policy/types.js';
import type { StageResult } from './types.js';

export async function observeService(
  port: CloudRunPort,
  snap: ServiceSnapshot,
  state: RolloutState | null,
  mode: RolloutMode,
  service: Service,
  operator = false,
): Promise<Observed> {
  const traffic = resolveTraffic(snap.traffic, snap.latestReadyRevision);
  const serving = servingRevision(traffic);
  const existing = new Set<string>();
  for (const t of [...traffic, ...resolveTraffic(snap.trafficStatuses, snap.latestReadyRevision)]) {
    if (t.revision) existing.add(t.revision);
  }
  if (snap.latestCreatedRevision) existing.add(snap.latestCreatedRevision);
  if (snap.latestReadyRevision) existing.add(snap.latestReadyRevision);
  const observed: Observed = { traffic, serving, servingImage: null, existing: [...existing] };
  if (mode === 'rollback') {
    observed.restore = await findRestore(port, snap, state, service, operator);
  } else if ((mode === 'canary' || mode === 'promote') && (!state || isTerminal(state.phase))) {
    // a fresh start may follow: know what stable serves (also kept in the state for a later rollback)
    observed.servingImage = await imageOf(port, snap, state, serving);
  }
  return observed;
}

async function imageOf(
  port: CloudRunPort,
  snap: ServiceSnapshot,
  state: RolloutState | null,
  revision: string | null,
): Promise<string | null> {
  if (!revision) return null;
  // the template made the latest revision: no extra read needed
  if (revision === snap.latestCreatedRevision) return snap.image;
  if (state?.stable === revision && state.stableImage) return state.stableImage;
  try {
    return (await port.getRevision(snap.name, revision)).image;
  } catch (err) {
    if (err instanceof CloudRunError && err.kind === 'not-found') return null;
    throw err;
  }
}

/**
 * A rollback's target: what served before the last promotion when the policy names it (or an
 * operator asks), the stable of a canary under way, else the ready revision serving the policy's
 * release (an older state without `previous`). Never a revision recorded as failed.
 */
async function findRestore(
  port: CloudRunPort,
  snap: ServiceSnapshot,
  state: RolloutState | null,
  service: Service,
  operator: boolean,
): Promise<{ revision: string; image: string | null } | null> {
  const prev = state?.previous;
  const named = (c: { revision: string; image: string | null }) =>
    service.image ? c.image === service.image : c.revision === service.revision;
  if (prev && named(prev)) return prev;
  if (state && !isTerminal(state.phase) && state.stable)
    return { revision: state.stable, image: state.stableImage ?? null };
  if (operator) {
    if (prev) return prev;
    // a rollback already done (no promotion left to undo): re-running it changes nothing
    return state?.phase === 'Failed' && state.canary === null && state.stable
      ? { revision: state.stable, image: state.stableImage ?? null }
      : null;
  }
  if (!service.image) return service.revision ? { revision: service.revision, image: null } : null;
  const image = service.image;
  const failed = new Set(state?.failed ?? []);
  if (state?.stable && state.stableImage === image) return { revision: state.stable, image };
  const revisions = (await port.listRevisions(snap.name)).filter(
    (r) => r.image === image && r.ready === true && !failed.has(r.name),
  );
  revisions.sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''));
  return revisions[0] ? { revision: revisions[0].name, image } : null;
}

export interface ObservationContext {
  port: CloudRunPort;
  observer: ObserverPort;
  service: Service;
  mode: RolloutMode;
  owner: string;
  force: boolean;
  now: number;
  judgements: Map<number, StageResult>;
}

/** Readiness while Initializing, a judgement while a stage bakes; nothing otherwise. */
export async function observeStage(
  state: RolloutState | null,
  ctx: ObservationContext,
): Promise<Observation> {
  if (!state || isTerminal(state.phase) || !state.canary) return {};
  const mine = state.owner === ctx.owner || ctx.force || ctx.mode === 'promote';
  if (!mine || ctx.mode === 'rollback' || ctx.mode === 'abort') return {};
  if (state.phase === 'Initializing') {
    try {
      const rev = await ctx.port.getRevision(ctx.service.name, state.canary);
      return { canaryReady: rev.ready, readyReason: rev.reason };
    } catch (err) {
      if (err instanceof CloudRunError && err.kind === 'not-found') {
        return {
          canaryReady: false,
          readyReason: `revision ${state.canary} does not exist (${err.message})`,
        };
      }
      throw err;
    }
  }
  if (!isBaking(state)) return {};
  const jumps = ctx.mode === 'promote' && ctx.service.promote !== 'gradual' && state.origin !== 'promote';
  if (jumps) return {};
  const percent = percentAt(ctx.service, stateStep(ctx.service, state.step));
  const judgement = await ctx.observer.observe(
    ctx.service,
    { step: state.step, percent, startedAt: state.stepStartedAt, canary: state.canary, stable: state.stable },
    ctx.now,
  );
  ctx.judgements.set(state.step, { step: state.step, percent, judgement });
  return { judgement };
}
