// Small pure rules the stage machine applies before a transition: never route to a revision that
// failed, and a PR's rollout follows the PR's head commit.
import type { MachineInput, Transition } from './actions.js';
import { isTerminal, type RolloutState } from './state.js';

/** The failed revisions kept in the state (the last few are enough to guard re-runs). */
const KEEP_FAILED = 10;

export function withFailed(failed: string[] | undefined, revision: string | null): string[] | undefined {
  if (!revision) return failed;
  return [...(failed ?? []).filter((r) => r !== revision), revision].slice(-KEEP_FAILED);
}

/** Why `revision` may not get traffic (it failed before and force is off), or null. */
export function refusedFailed(
  state: RolloutState | null,
  input: MachineInput,
  revision: string,
): string | null {
  if (input.force || !state?.failed?.includes(revision)) return null;
  return (
    `${input.service.name}: revision ${revision} failed before (analysis or readiness); ` +
    'not routing traffic to it — set force to route to it anyway'
  );
}

/**
 * A new push to the PR that owns the rollout, with the same release: the rollout now follows the
 * new head (scheduled runs read its policy and report on its check). One state write, no traffic.
 */
export function followHead(state: RolloutState, input: MachineInput): Transition | null {
  if (state.owner !== input.owner || !state.commit || state.commit === input.commit) return null;
  if (isTerminal(state.phase)) return null;
  const next: RolloutState = { ...state, commit: input.commit, policyDigest: input.policyDigest };
  return {
    state: next,
    actions: [
      { kind: 'writeState' },
      {
        kind: 'report',
        message: `the rollout of ${state.canary ?? 'the canary'} now follows ${input.owner}'s head ${input.commit.slice(0, 12)} (same release)`,
      },
    ],
    status: 'changed',
  };
}
