// Operator gates the stage machine consults (pure): pause/resume, approval before a step, and the
// pre-/post-step hooks. Signals arrive as `input.controls` (read from GitHub by the shell) and hook
// answers as `input.observation.hooks`; whatever must survive between runs is kept in the state.
import type { Service } from '../policy/types.js';
import type { MachineInput, Transition } from './actions.js';
import type { RolloutState } from './state.js';
import type { HookName } from './signals.js';

export const PAUSE_LABEL = 'canary-relay:pause';
export const APPROVE_LABEL = 'canary-relay:approve';

export type { Approval, Controls, HookName } from './signals.js';

type Fail = (state: RolloutState, input: MachineInput, reason: string) => Transition;

const hold = (state: RolloutState, message: string): Transition => ({
  state,
  actions: [],
  status: 'done',
  message,
});
const record = (state: RolloutState, message: string): Transition => ({
  state,
  actions: [{ kind: 'writeState' }, { kind: 'report', message }],
  status: 'changed',
});

/**
 * Pause and resume, consulted on every tick of an active rollout. A paused rollout keeps its
 * traffic and no stage ends; a failing analysis still fails it (users are not left on a bad
 * canary). Resume moves the stage's start by the time spent paused, so its bake goes on where it
 * stood. A label pause ends when the label is gone; a dispatch pause needs a dispatch resume.
 */
export function pauseGate(state: RolloutState, input: MachineInput): Transition | null {
  const c = input.controls;
  const p = state.paused;
  const name = input.service.name;
  if (p) {
    const labelGone = p.via === 'label' && c?.labelsRead === true && c.pause?.via !== 'label';
    // the merge is a person's decision in git: it lifts the PR's label pause (a dispatch pause holds)
    const merged = p.via === 'label' && input.mode === 'promote';
    const by =
      c?.resume?.by ??
      (labelGone ? `removal of the ${PAUSE_LABEL} label` : merged ? `the merge (${input.owner})` : undefined);
    if (!by) {
      if (input.observation.judgement?.verdict === 'fail') return null;
      const how = p.via === 'label' ? `remove the ${PAUSE_LABEL} label` : 'run the workflow with mode resume';
      const since = Math.round((input.now - p.at) / 1000);
      return hold(
        state,
        `${name}: paused by ${p.by} (${p.via}) ${since}s ago at step ${state.step + 1}; ${how}`,
      );
    }
    const next: RolloutState = {
      ...state,
      stepStartedAt: state.stepStartedAt + Math.max(0, input.now - p.at),
    };
    delete next.paused;
    return record(
      next,
      `resumed by ${by} after ${Math.round((input.now - p.at) / 1000)}s; step ${state.step + 1} continues`,
    );
  }
  if (!c?.pause || c.resume || (c.pause.via === 'label' && input.mode === 'promote')) return null;
  const next: RolloutState = { ...state, paused: { by: c.pause.by, via: c.pause.via, at: input.now } };
  return record(
    next,
    `paused at step ${state.step + 1} by ${c.pause.by} (${c.pause.via}); traffic stays as it is`,
  );
}

/** Who may approve, for the messages. */
export function approvalHelp(step: number): string {
  return (
    `step ${step + 1} needs an approval: a PR review approval by someone with write access, ` +
    `the ${APPROVE_LABEL} label, or the workflow run with mode approve`
  );
}

function approvalGate(state: RolloutState, input: MachineInput, k: number): Transition | null {
  if (input.service.steps[k]?.approval !== 'required' || state.approved?.step === k) return null;
  if (state.gate?.step !== k) {
    const next: RolloutState = { ...state, gate: { step: k, since: input.now } };
    return record(next, `${approvalHelp(k)}; waiting`);
  }
  const since = state.gate.since;
  const a = input.controls?.approvals.find((x) => x.at === null || x.at >= since);
  if (!a)
    return hold(
      state,
      `${input.service.name}: ${approvalHelp(k)}; waiting since ${new Date(since).toISOString()}`,
    );
  const next: RolloutState = { ...state, approved: { step: k, by: a.by, via: a.via } };
  delete next.gate;
  return record(next, `step ${k + 1} approved by ${a.by} (${a.via})`);
}

function hookGate(
  state: RolloutState,
  input: MachineInput,
  hook: HookName,
  step: number,
  fail: Fail,
): Transition | null {
  const spec = hook === 'pre-step' ? input.service.hooks?.preStep : input.service.hooks?.postStep;
  if (!spec) return null;
  const answer = input.observation.hooks?.[`${hook}:${step}`];
  if (!answer)
    return {
      state,
      actions: [{ kind: 'callHook', hook, step }],
      status: 'changed',
      message: `${hook} hook of step ${step + 1}`,
    };
  return answer.ok ? null : fail(state, input, `${hook} hook of step ${step + 1} failed: ${answer.detail}`);
}

/**
 * Between stages: before entering step `k` (0-based) or before completing (`'end'`). In order:
 * the approval of step k, the post-step hook of the step that ends, the pre-step hook of step k.
 * Null means go on.
 */
export function boundaryGate(
  state: RolloutState,
  input: MachineInput,
  k: number | 'end',
  fail: Fail,
): Transition | null {
  if (k !== 'end') {
    const approval = approvalGate(state, input, k);
    if (approval) return approval;
  }
  const ending = state.phase === 'Initializing' ? null : state.step;
  if (ending !== null && ending !== k) {
    const post = hookGate(state, input, 'post-step', ending, fail);
    if (post) return post;
  }
  return k === 'end' ? null : hookGate(state, input, 'pre-step', k, fail);
}

/** The JSON a hook receives. */
export function hookPayload(
  service: Service,
  state: RolloutState,
  hook: HookName,
  step: number,
  percent: number,
) {
  return {
    version: 1,
    hook,
    service: service.name,
    owner: state.owner,
    commit: state.commit ?? null,
    step: step + 1,
    steps: service.steps.length,
    percent,
    canary: state.canary,
    stable: state.stable,
  };
}

/** What an operator gate holds a rollout for, in one sentence for the report; null when none. */
export function describeHold(service: string, state: RolloutState | null | undefined): string | null {
  if (!state) return null;
  if (state.paused) {
    const how =
      state.paused.via === 'label' ? `remove the ${PAUSE_LABEL} label` : 'run the workflow with mode resume';
    return `${service} is paused at step ${state.step + 1} by ${state.paused.by} (${state.paused.via}); ${how} to continue`;
  }
  if (state.gate) return `${service} holds at step ${state.step + 1}: ${approvalHelp(state.gate.step)}`;
  return null;
}
