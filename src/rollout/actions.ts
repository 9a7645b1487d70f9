// What the stage machine reads and what it asks the engine to do.

import type { StageJudgement } from '../analysis/types.js';
import type { Service, SplitAt } from '../policy/types.js';
import type { TrafficTarget } from './ports.js';
import type { RolloutMode } from '../gitops/modes.js';
import type { RolloutState } from './state.js';
import type { Controls, HookName } from './signals.js';

/**
 * Cloud Run and HAProxy actions of one transition. The engine folds all Cloud Run parts
 * (template, traffic, state annotation) into ONE updateService, so a crash never splits them.
 */
export type Action =
  | { kind: 'deployCanary'; image: string; revisionName: string; traffic: TrafficTarget[] }
  | { kind: 'tagCanary'; revision: string; traffic: TrafficTarget[] }
  | { kind: 'setTraffic'; targets: TrafficTarget[] }
  | { kind: 'setMap'; percent: number }
  | { kind: 'restoreStable'; revision: string; targets: TrafficTarget[]; reason: string }
  | { kind: 'smokeProbe' }
  | { kind: 'callHook'; hook: HookName; step: number }
  | { kind: 'writeState' }
  | { kind: 'clearState' }
  | { kind: 'report'; message: string };

/** Facts the engine read from the service (the machine never reads anything itself). */
export interface Observed {
  /** current traffic, `latest` resolved to a revision name */
  traffic: TrafficTarget[];
  /** the revision serving users now (used when no state names a stable) */
  serving: string | null;
  servingImage: string | null;
  /** revisions known to exist (traffic targets, latest created/ready): a re-deploy only re-tags them */
  existing: string[];
  /** rollback only: the revision that serves the restored image, found by the engine */
  restore?: { revision: string; image: string | null } | null;
}

/** What the outside world says this tick. */
export interface Observation {
  judgement?: StageJudgement;
  /** the canary revision: true ready, false failed, null still reconciling */
  canaryReady?: boolean | null;
  readyReason?: string;
  smoke?: { ok: boolean; detail: string };
  /** answers of the hooks called this tick, by `${hook}:${step}` */
  hooks?: Record<string, { ok: boolean; detail: string }>;
}

export interface MachineInput {
  mode: RolloutMode;
  service: Service;
  splitAt: SplitAt;
  owner: string;
  commit: string;
  policyDigest: string;
  force?: boolean;
  /** a person's abort or rollback (workflow_dispatch): the brake works whoever owns the rollout */
  operator?: boolean;
  /** who acts, for reasons ("an operator, run 12"); default: the owner */
  actor?: string;
  now: number;
  observed: Observed;
  observation: Observation;
  /** pause, resume and approvals read from GitHub; undefined when they could not be read */
  controls?: Controls;
}

/**
 * changed: apply the actions, then ask again.
 * waiting: something is due later (readiness, a bake); wait:false exits here.
 * done: nothing more this mode can do now (terminal, needs a merge, refused).
 */
export type Status = 'changed' | 'waiting' | 'done';

export interface Transition {
  state: RolloutState | null;
  actions: Action[];
  status: Status;
  /** why the machine holds (for the result's messages) */
  message?: string;
  /** set when the machine refused to touch someone else's rollout */
  refused?: boolean;
  /** the machine cannot do what the mode asks (nothing to roll back to, no stable revision) */
  error?: boolean;
}
