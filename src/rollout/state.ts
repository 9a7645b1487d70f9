// The rollout state: one JSON annotation on the Cloud Run service. It survives between runs
// (runners keep nothing), and because every write carries the etag it read, it is also the lock.

import type { Verdict } from '../analysis/types.js';
import type { StartMode } from '../gitops/modes.js';
import { percentAt, stateStep } from '../policy/steps.js';
import type { Service } from '../policy/types.js';

export const ROLLOUT_ANNOTATION = 'canary-relay.dev/rollout';

/** Flagger's phase names. Succeeded, Failed and Aborted are terminal. */
export type Phase =
  'Initializing' | 'HeaderOnly' | 'Progressing' | 'Promoting' | 'Succeeded' | 'Failed' | 'Aborted';

/** A judge's verdict, or `skipped` (nothing was judged): what a stage, a rollout run and the
 *  report end with. */
export type StageVerdict = Verdict | 'skipped';

export interface RolloutState {
  v: 1;
  /** who drives this rollout: "pr#42" or a commit sha */
  owner: string;
  /** the commit whose policy this rollout follows (PR head or merge): a scheduled run continues from it */
  commit?: string;
  policyDigest: string;
  phase: Phase;
  /** 0-based index into the service's steps (the annotation's format; policy/steps.ts stateStep makes it a step) */
  step: number;
  stepStartedAt: number;
  startedAt: number;
  /** the revision that keeps the rest of the traffic (and gets it all back on failure) */
  stable: string | null;
  /** image stable serves, when known: lets a rollback find its target without listing revisions */
  stableImage?: string | null;
  canary: string | null;
  /** the canary's image (null when the policy names a `revision:`) */
  image: string | null;
  /** verdict of the last finished stage */
  lastVerdict: StageVerdict | null;
  /** every step has baked; a PR canary waits here for the merge */
  awaitingMerge?: boolean;
  /** the smoke probe passed (it runs once, before the first percent step) */
  smoked?: boolean;
  /** which mode started the rollout: a promote that had no canary walks every step */
  origin?: StartMode;
  /** what served before the last promotion: a rollback's target (cleared by the rollback) */
  previous?: { revision: string; image: string | null };
  /** revisions that failed analysis or never became ready: never routed to without force */
  failed?: string[];
  reason?: string;
  /** the stage was inconclusive and `on-inconclusive: hold` keeps it: what the analysis lacked */
  held?: string;
  /** a merge promoted a held canary (a human decision): what the analysis lacked then */
  promotedWhileHeld?: string;
  /** held by an operator (label or dispatch); `at` lets a resume keep the stage's elapsed bake */
  paused?: { by: string; via: 'label' | 'dispatch'; at: number };
  /** waiting before this (0-based) step for an approval, since `since` */
  gate?: { step: number; since: number };
  /** who approved the last gated step */
  approved?: { step: number; by: string; via: string };
}

export const TERMINAL: readonly Phase[] = ['Succeeded', 'Failed', 'Aborted'];

export function isTerminal(phase: Phase): boolean {
  return TERMINAL.includes(phase);
}

export function isBaking(state: RolloutState): boolean {
  return (
    (state.phase === 'HeaderOnly' || state.phase === 'Progressing' || state.phase === 'Promoting') &&
    !state.awaitingMerge
  );
}

const PHASES: readonly Phase[] = [
  'Initializing',
  'HeaderOnly',
  'Progressing',
  'Promoting',
  'Succeeded',
  'Failed',
  'Aborted',
];

export type ParsedState = { state: RolloutState | null; problem?: string };

/** Reads the annotation. A value we cannot read is a problem (treated as a foreign lock), never a crash. */
export function parseState(annotations: Record<string, string>): ParsedState {
  const raw = annotations[ROLLOUT_ANNOTATION];
  if (raw === undefined || raw === '') return { state: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { state: null, problem: `annotation ${ROLLOUT_ANNOTATION} is not JSON: ${raw.slice(0, 80)}` };
  }
  const s = value as Partial<RolloutState> | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    s.v !== 1 ||
    typeof s.owner !== 'string' ||
    !PHASES.includes(s.phase as Phase) ||
    typeof s.step !== 'number' ||
    typeof s.stepStartedAt !== 'number' ||
    typeof s.startedAt !== 'number'
  ) {
    return {
      state: null,
      problem: `annotation ${ROLLOUT_ANNOTATION} is not a version-1 rollout state (written by a newer canary-relay?)`,
    };
  }
  return { state: s as RolloutState };
}

/** Stable key order so equal states serialise to equal strings (the engine compares them). */
export function serializeState(state: RolloutState): string {
  const keys = Object.keys(state).sort() as (keyof RolloutState)[];
  const ordered: Record<string, unknown> = {};
  for (const k of keys) if (state[k] !== undefined) ordered[k] = state[k];
  return JSON.stringify(ordered);
}

/** The canary's share of traffic a state means (for HAProxy's map, or Cloud Run's split). */
export function statePercent(service: Service, state: RolloutState | null): number {
  if (!state || isTerminal(state.phase) || state.phase === 'Initializing') return 0;
  return percentAt(service, stateStep(service, state.step));
}
