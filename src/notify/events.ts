// Which notification events a state change means. Pure: the engine hands over the state before
// and after each applied transition; nothing here knows about HTTP.
import type { NotifyEvent, NotifyTarget, Policy, Service } from '../policy/types.js';
import { percentAt, stateStep } from '../policy/steps.js';
import { isTerminal, type RolloutState } from '../rollout/state.js';

export interface RolloutEvent {
  event: NotifyEvent;
  service: string;
  /** "pr#42" or a commit */
  owner: string;
  /** 1-based step the event concerns (null before the first step) */
  step: number | null;
  steps: number;
  /** canary percent of that step */
  percent: number;
  canary: string | null;
  stable: string | null;
  /** pass | fail | inconclusive | skipped, when a stage was judged */
  verdict: string | null;
  /** one line for people */
  message: string;
  at: number;
}

const sameRollout = (a: RolloutState, b: RolloutState) =>
  a.startedAt === b.startedAt && a.canary === b.canary;

export function rolloutEvents(
  service: Service,
  prev: RolloutState | null,
  next: RolloutState | null,
  now: number,
): RolloutEvent[] {
  if (!next) return [];
  const base = (event: NotifyEvent, step: number | null, message: string): RolloutEvent => ({
    event,
    service: service.name,
    owner: next.owner,
    step: step === null ? null : step + 1,
    steps: service.steps.length,
    percent: step === null ? 0 : percentAt(service, stateStep(service, step)),
    canary: next.canary ?? prev?.canary ?? null,
    stable: next.stable,
    verdict: next.lastVerdict,
    message,
    at: now,
  });
  const fresh = !prev || isTerminal(prev.phase) || !sameRollout(prev, next);
  if (next.phase === 'Failed' && (prev?.phase !== 'Failed' || !sameRollout(prev, next))) {
    if (next.canary === null)
      return [base('rolled-back', null, next.reason ?? `rolled back to ${next.stable}`)];
    return [base('failed', next.step, `canary ${next.canary} failed: ${next.reason ?? 'see the report'}`)];
  }
  if (next.phase === 'Succeeded' && prev?.phase !== 'Succeeded')
    return [base('promoted', null, `promoted ${next.stable} to 100%`)];
  if (next.phase === 'Initializing' && fresh)
    return [base('started', null, `canary ${next.canary} deployed at 0% (stable ${next.stable})`)];
  if (!prev || fresh) return [];
  const out: RolloutEvent[] = [];
  if (next.paused && !prev.paused)
    out.push(base('paused', next.step, `paused at step ${next.step + 1} by ${next.paused.by}`));
  // on-inconclusive: hold keeps the stage and waits for a person: they are told once, when it holds
  if (next.held && !prev.held)
    out.push(
      base(
        'inconclusive',
        next.step,
        `step ${next.step + 1} of ${service.steps.length} held, inconclusive: ${next.held}; merge to promote it anyway or close the PR to abort`,
      ),
    );
  // a stage ended: the rollout moved to a later step, or every step has baked
  const ended =
    prev.phase !== 'Initializing' &&
    (next.step > prev.step || (next.awaitingMerge === true && !prev.awaitingMerge));
  if (ended) {
    const inconclusive = next.lastVerdict === 'inconclusive';
    const what = `step ${prev.step + 1} of ${service.steps.length}`;
    out.push({
      ...base(inconclusive ? 'inconclusive' : 'step-passed', prev.step, ''),
      message: inconclusive
        ? `${what} ended inconclusive (too little traffic to judge); the rollout went on`
        : `${what} passed (${next.lastVerdict ?? 'skipped'})`,
    });
  }
  return out;
}

/** A service's targets: its own `notify` when it has one (even empty: opted out), else the policy's. */
export function notifyTargets(policy: Policy, service: string): NotifyTarget[] {
  return policy.services.find((s) => s.name === service)?.notify ?? policy.notify ?? [];
}
