// The stage machine: (state, input) → next state + actions, one transition per call, no I/O.
// Initializing → HeaderOnly → Progressing(step k) → Promoting → Succeeded, or Failed / Aborted.
// Traffic always goes to revisions by name; the engine writes each transition in one update.

import type { Service } from '../policy/types.js';
import { percentAt, stepLabel } from '../policy/steps.js';
import { canaryRevisionName, STABLE_TAG } from '../policy/names.js';
import type { Action, MachineInput, Transition } from './actions.js';
import { isTerminal, type RolloutState, type StageVerdict } from './state.js';
import { split } from './traffic.js';
import { followHead, refusedFailed, withFailed } from './guards.js';
import { stageOutcome } from './stage-outcome.js';
import { boundaryGate, pauseGate } from './gates.js';

/** A revision that has not become ready after this long fails the canary. */
export const READY_TIMEOUT_MS = 10 * 60_000;

type Want = { image: string | null; revision: string };

export function transition(state: RolloutState | null, input: MachineInput): Transition {
  switch (input.mode) {
    case 'canary':
      return canaryMode(state, input);
    case 'promote':
      return promoteMode(state, input);
    case 'rollback':
      return rollbackMode(state, input);
    case 'abort':
      return abortMode(state, input);
  }
}

/** The revision a desired release means: `<service>-<7 chars of the commit>` for an image. */
export function wantedRevision(service: Service, commit: string): Want | null {
  if (service.image) return { image: service.image, revision: canaryRevisionName(service.name, commit) };
  if (service.revision) return { image: null, revision: service.revision };
  return null;
}

const waiting = (state: RolloutState | null, message: string): Transition => ({
  state,
  actions: [],
  status: 'waiting',
  message,
});
const done = (state: RolloutState | null, message: string, extra: Partial<Transition> = {}): Transition => ({
  state,
  actions: [],
  status: 'done',
  message,
  ...extra,
});

function matches(state: RolloutState, want: Want): boolean {
  return want.image !== null ? state.image === want.image : state.canary === want.revision;
}

function alreadyServing(input: MachineInput, want: Want): boolean {
  const o = input.observed;
  return want.image !== null ? o.servingImage === want.image : o.serving === want.revision;
}

function describeOwner(state: RolloutState): string {
  return `canary ${state.canary ?? '(none)'} of service belongs to ${state.owner} (phase ${state.phase}, step ${state.step + 1})`;
}

function refuse(state: RolloutState, input: MachineInput, what: string): Transition {
  return done(
    state,
    `${input.service.name}: ${describeOwner(state)}; not ${what} it — set force to take over`,
    {
      refused: true,
    },
  );
}

function foreign(state: RolloutState | null, input: MachineInput): boolean {
  return state !== null && !isTerminal(state.phase) && state.owner !== input.owner && !input.force;
}

function canaryMode(state: RolloutState | null, input: MachineInput): Transition {
  const want = wantedRevision(input.service, input.commit);
  if (!want)
    return done(state, `${input.service.name}: the policy names neither image nor revision`, { error: true });
  if (state && foreign(state, input)) return refuse(state, input, 'replacing');
  if (state && matches(state, want) && state.phase !== 'Aborted') {
    if (state.phase === 'Succeeded') return done(state, `${want.revision} is already promoted`);
    if (state.phase === 'Failed')
      return done(
        state,
        `canary ${state.canary ?? want.revision} failed: ${state.reason ?? 'see the last run'}`,
      );
    return followHead(state, input) ?? continueRollout({ ...state, owner: input.owner }, input);
  }
  if ((!state || isTerminal(state.phase)) && alreadyServing(input, want)) {
    return done(
      state,
      `${input.service.name} already serves ${want.image ?? want.revision}; no canary needed`,
    );
  }
  return start(state, input, want);
}

function promoteMode(state: RolloutState | null, input: MachineInput): Transition {
  const want = wantedRevision(input.service, input.commit);
  if (!want)
    return done(state, `${input.service.name}: the policy names neither image nor revision`, { error: true });
  if (state && matches(state, want) && state.phase !== 'Aborted') {
    if (state.phase === 'Succeeded') return done(state, `${state.stable} is already promoted`);
    if (state.phase === 'Failed') {
      return done(
        state,
        `not promoting: canary ${state.canary ?? want.revision} failed: ${state.reason ?? 'see the PR'}`,
      );
    }
    // the merge of the PR that owns this canary: the promotion takes it over
    return continueRollout({ ...state, owner: input.owner }, input);
  }
  if ((!state || isTerminal(state.phase)) && alreadyServing(input, want)) {
    return done(state, `${input.service.name} already serves ${want.image ?? want.revision}`);
  }
  if (state && foreign(state, input)) return refuse(state, input, 'promoting over');
  // a merge whose image never ran as a canary walks every step with analysis
  return start(state, input, want);
}

function start(state: RolloutState | null, input: MachineInput, want: Want): Transition {
  const refused = refusedFailed(state, input, want.revision);
  if (refused) return done(state, refused, { error: true });
  const active = state !== null && !isTerminal(state.phase);
  const stable = active ? state.stable : input.observed.serving;
  const stableImage = active ? (state.stableImage ?? null) : input.observed.servingImage;
  if (!stable) {
    return done(
      state,
      `${input.service.name} has no revision serving traffic to keep as stable; deploy it once first`,
      {
        error: true,
      },
    );
  }
  const traffic = split(input.observed.traffic, {
    stable,
    canary: want.revision,
    percent: 0,
    canaryTag: true,
    drop: [active ? state.canary : null],
  });
  const next: RolloutState = {
    v: 1,
    owner: input.owner,
    commit: input.commit,
    policyDigest: input.policyDigest,
    phase: 'Initializing',
    step: 0,
    stepStartedAt: input.now,
    startedAt: input.now,
    stable,
    stableImage,
    canary: want.revision,
    image: want.image,
    lastVerdict: null,
    origin: input.mode === 'promote' ? 'promote' : 'canary',
  };
  if (state?.previous) next.previous = state.previous;
  if (state?.failed) next.failed = state.failed;
  const deploy: Action =
    want.image !== null && !input.observed.existing.includes(want.revision)
      ? { kind: 'deployCanary', image: want.image, revisionName: want.revision, traffic }
      : { kind: 'tagCanary', revision: want.revision, traffic };
  const actions: Action[] = [];
  if (input.splitAt === 'haproxy' && active) actions.push({ kind: 'setMap', percent: 0 });
  actions.push(
    deploy,
    { kind: 'writeState' },
    {
      kind: 'report',
      message: `${deploy.kind === 'deployCanary' ? 'deployed' : 'tagged'} ${want.revision} as canary at 0% (stable ${stable})`,
    },
  );
  return { state: next, actions, status: 'changed' };
}

/** One step forward for an active rollout this run owns. */
function continueRollout(state: RolloutState, input: MachineInput): Transition {
  const paused = pauseGate(state, input);
  if (paused) return paused;
  const jumps = input.service.promote !== 'gradual' && state.origin !== 'promote';
  if (state.phase === 'Initializing') {
    const ready = input.observation.canaryReady;
    if (ready === false) {
      return fail(
        state,
        input,
        `revision ${state.canary} failed to become ready: ${input.observation.readyReason ?? 'no reason given'}`,
      );
    }
    if (ready !== true) {
      if (input.now - state.stepStartedAt > READY_TIMEOUT_MS) {
        return fail(
          state,
          input,
          `revision ${state.canary} is not ready after ${READY_TIMEOUT_MS / 60_000} min`,
        );
      }
      return waiting(state, `waiting for revision ${state.canary} to become ready`);
    }
    if (input.mode === 'promote' && jumps) return promoteNow(state, input);
    return enterStep(state, input, 0, null);
  }
  if (state.awaitingMerge) {
    if (input.mode === 'promote') return promoteNow(state, input);
    return done(
      state,
      `all ${input.service.steps.length} steps of ${state.canary} passed; promotion needs the merge`,
    );
  }
  if (input.mode === 'promote' && jumps) return promoteNow(state, input);
  return bake(state, input);
}

function bake(state: RolloutState, input: MachineInput): Transition {
  const { service } = input;
  if (state.step >= service.steps.length) return completeAll(state, input, state.lastVerdict ?? 'skipped');
  const step = service.steps[state.step];
  const label = stepLabel(service, state.step + 1);
  const o = stageOutcome({
    step,
    label,
    judgement: input.observation.judgement,
    elapsedMs: input.now - state.stepStartedAt,
    onInconclusive: service.analysis.onInconclusive,
  });
  if (o.kind === 'wait') return waiting(state, o.message);
  if (o.kind === 'fail' || o.kind === 'rollback') return fail(state, input, o.reason);
  // a merge of a held canary is the human decision the hold asked for
  if (o.kind === 'hold' && input.mode !== 'promote') return hold(state, o.reason);
  const verdict: StageVerdict = o.kind === 'hold' ? 'inconclusive' : o.verdict;
  const next = o.kind === 'hold' ? { ...state, promotedWhileHeld: o.reason } : state;
  if (state.step + 1 < service.steps.length) return enterStep(next, input, state.step + 1, verdict);
  return completeAll(next, input, verdict);
}

/** An inconclusive stage held: keep the traffic, say what is missing (written once). */
function hold(state: RolloutState, reason: string): Transition {
  const message = `held: ${reason}; the canary keeps its traffic — merge to promote it anyway (recorded), or close the PR to abort`;
  if (state.held) return done(state, message);
  return {
    state: { ...state, held: reason },
    actions: [{ kind: 'writeState' }, { kind: 'report', message }],
    status: 'changed',
  };
}

function completeAll(state: RolloutState, input: MachineInput, verdict: StageVerdict): Transition {
  const gated = boundaryGate(state, input, 'end', fail);
  if (gated) return gated;
  if (input.mode === 'promote' || input.service.promote === 'auto') {
    return promoteNow({ ...state, lastVerdict: verdict }, input);
  }
  const next: RolloutState = { ...state, awaitingMerge: true, lastVerdict: verdict };
  return {
    state: next,
    actions: [
      { kind: 'writeState' },
      {
        kind: 'report',
        message: `all steps of ${state.canary} done (${verdict}); promotion needs the merge`,
      },
    ],
    status: 'changed',
  };
}

function enterStep(
  state: RolloutState,
  input: MachineInput,
  k: number,
  verdict: StageVerdict | null,
): Transition {
  const gated = boundaryGate(state, input, k, fail);
  if (gated) return gated;
  const { service } = input;
  const step = service.steps[k];
  const percent = percentAt(service, k + 1);
  let smoked = state.smoked;
  if (!step.headerOnly && service.smoke && !smoked) {
    const smoke = input.observation.smoke;
    if (!smoke)
      return {
        state,
        actions: [{ kind: 'smokeProbe' }],
        status: 'changed',
        message: `smoke probe before ${stepLabel(service, k + 1)}`,
      };
    if (!smoke.ok) return fail(state, input, `smoke probe of ${state.canary} failed: ${smoke.detail}`);
    smoked = true;
  }
  const phase = step.headerOnly ? 'HeaderOnly' : input.mode === 'promote' ? 'Promoting' : 'Progressing';
  const next: RolloutState = {
    ...state,
    phase,
    step: k,
    stepStartedAt: input.now,
    lastVerdict: verdict ?? state.lastVerdict,
  };
  delete next.held; // a new stage is judged afresh
  if (smoked) next.smoked = true;
  const actions: Action[] = [];
  if (input.splitAt === 'cloud-run') {
    const targets = split(input.observed.traffic, {
      stable: state.stable!,
      canary: state.canary,
      percent,
      canaryTag: true,
    });
    actions.push({ kind: 'setTraffic', targets }, { kind: 'writeState' });
  } else {
    // the state write comes first: its etag is the lock, and a crash leaves the map behind, never ahead
    actions.push({ kind: 'writeState' }, { kind: 'setMap', percent });
  }
  actions.push({ kind: 'report', message: `${stepLabel(service, k + 1)}: ${state.canary} at ${percent}%` });
  return { state: next, actions, status: 'changed' };
}

/** Traffic leaves the canary: with split-at haproxy the percent map goes to 0 first, so HAProxy
 *  stops sending buckets to a backend that is about to lose its tag. */
function awayFromCanary(
  input: MachineInput,
  next: RolloutState,
  move: Action,
  keep: 'writeState' | 'clearState',
  message: string,
): Transition {
  const first: Action[] = input.splitAt === 'haproxy' ? [{ kind: 'setMap', percent: 0 }] : [];
  return {
    state: next,
    actions: [...first, move, { kind: keep }, { kind: 'report', message }],
    status: 'changed',
  };
}

function promoteNow(state: RolloutState, input: MachineInput): Transition {
  const canary = state.canary!;
  const targets = split(input.observed.traffic, {
    stable: canary,
    canary: null,
    percent: 0,
    canaryTag: false,
    drop: [state.stable],
  });
  const next: RolloutState = {
    ...state,
    owner: input.owner,
    phase: 'Succeeded',
    stable: canary,
    stableImage: state.image,
    canary: null,
    stepStartedAt: input.now,
  };
  delete next.awaitingMerge;
  delete next.reason;
  delete next.held;
  if (state.held) next.promotedWhileHeld = state.held;
  const heldNote = state.held ?? state.promotedWhileHeld;
  if (state.stable) next.previous = { revision: state.stable, image: state.stableImage ?? null };
  return awayFromCanary(
    input,
    next,
    { kind: 'setTraffic', targets },
    'writeState',
    heldNote
      ? `promoted ${canary} to 100% (tag stable) by the merge, a human decision: the analysis was inconclusive (${heldNote})`
      : `promoted ${canary} to 100% (tag stable)`,
  );
}

function fail(state: RolloutState, input: MachineInput, reason: string): Transition {
  const stable = state.stable!;
  const targets = split(input.observed.traffic, {
    stable,
    canary: state.canary,
    percent: 0,
    canaryTag: false,
  });
  const next: RolloutState = {
    ...state,
    phase: 'Failed',
    lastVerdict: 'fail',
    reason,
    stepStartedAt: input.now,
    failed: withFailed(state.failed, state.canary),
  };
  delete next.awaitingMerge;
  delete next.held;
  return awayFromCanary(
    input,
    next,
    { kind: 'restoreStable', revision: stable, targets, reason },
    'writeState',
    `canary failed: ${reason}; 100% back on ${stable}`,
  );
}

function rollbackMode(state: RolloutState | null, input: MachineInput): Transition {
  const r = input.observed.restore;
  const wanted = input.service.image ?? input.service.revision ?? '(nothing)';
  if (!r)
    return done(
      state,
      `rollback: ${input.service.name} has no earlier revision to go back to (none recorded before the ` +
        `last promotion, and none serving ${wanted}); nothing changed`,
      { error: true },
    );
  const refused = refusedFailed(state, input, r.revision);
  if (refused) return done(state, refused, { error: true });
  const targets = [{ revision: r.revision, percent: 100, tag: STABLE_TAG }];
  const converged =
    state?.phase === 'Failed' &&
    state.canary === null &&
    state.stable === r.revision &&
    trafficIs(input, targets);
  if (converged) return done(state, `already rolled back to ${r.revision}`);
  const reason = `rolled back to ${r.revision} by ${input.actor ?? input.owner}`;
  const next: RolloutState = {
    v: 1,
    owner: input.owner,
    commit: input.commit,
    policyDigest: input.policyDigest,
    phase: 'Failed',
    step: state?.step ?? 0,
    stepStartedAt: input.now,
    startedAt: input.now,
    stable: r.revision,
    stableImage: r.image,
    canary: null,
    image: r.image,
    lastVerdict: state?.lastVerdict ?? null,
    reason,
  };
  // the promotion is undone: what served before it is no longer "previous" (a re-land is no rollback)
  if (state?.failed) next.failed = state.failed;
  return awayFromCanary(
    input,
    next,
    { kind: 'restoreStable', revision: r.revision, targets, reason },
    'writeState',
    reason,
  );
}

function trafficIs(
  input: MachineInput,
  targets: { revision: string; percent: number; tag: string }[],
): boolean {
  const cur = input.observed.traffic.filter((t) => t.percent > 0 || t.tag);
  return (
    cur.length === targets.length &&
    targets.every((t) =>
      cur.some((c) => c.revision === t.revision && c.percent === t.percent && c.tag === t.tag),
    )
  );
}

function abortMode(state: RolloutState | null, input: MachineInput): Transition {
  if (!state || isTerminal(state.phase)) return done(state, `${input.service.name}: no canary to abort`);
  if (foreign(state, input) && !input.operator) return refuse(state, input, 'aborting');
  const targets = split(input.observed.traffic, {
    stable: state.stable!,
    canary: state.canary,
    percent: 0,
    canaryTag: false,
  });
  const next: RolloutState = {
    ...state,
    phase: 'Aborted',
    reason: `aborted by ${input.actor ?? input.owner}`,
    stepStartedAt: input.now,
  };
  return awayFromCanary(
    input,
    next,
    { kind: 'setTraffic', targets },
    'clearState',
    `aborted canary ${state.canary}: 0% and untagged, ${state.stable} keeps serving`,
  );
}
