// Pause, resume and approval for the action: a workflow_dispatch with mode pause, resume or approve
// advances every rollout under way with that signal (decision.signal); every rollout of a PR also
// reads the PR's labels and reviews, once per PR. Controls that cannot be read are "not known": a
// pause stays, nothing approves.
import * as core from '@actions/core';
import type { Inputs } from './inputs.js';
import type { ControlMode } from '../gitops/modes.js';
import { createGitHub } from '../adapters/github.js';
import { readControls } from '../adapters/github-controls.js';
import { controlsFrom, type Dispatch } from '../rollout/controls.js';
import type { Controls } from '../rollout/signals.js';

const cache = new Map<number, Promise<Controls | undefined>>();

/** The dispatch a signal stands for: who sent it (the workflow's actor) and when (`at`). */
export function dispatchOf(
  signal: ControlMode | undefined,
  env: NodeJS.ProcessEnv,
  at: number,
): Dispatch | undefined {
  return signal ? { mode: signal, actor: env.GITHUB_ACTOR || 'workflow_dispatch', at } : undefined;
}

/** Only a dispatch says anything (labels unknown, so a label pause stays). */
const dispatchOnly = (dispatch: Dispatch | undefined): Controls | undefined =>
  dispatch
    ? { ...controlsFrom({ events: [], reviews: [], roles: {}, dispatch }), labelsRead: false }
    : undefined;

/** The controls for a rollout owned by `pr` (or by a commit, when pr is undefined). */
export function controlsFor(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  pr: number | undefined,
  dispatch?: Dispatch,
): Promise<Controls | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (pr === undefined || !inputs.githubToken || !owner || !repo)
    return Promise.resolve(dispatchOnly(dispatch));
  if (!cache.has(pr)) {
    const gh = createGitHub({
      token: inputs.githubToken,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    });
    cache.set(
      pr,
      readControls(gh, owner, repo, pr, dispatch).catch((e: Error) => {
        core.warning(
          `reading pause and approval signals of #${pr}: ${e.message}; a pause stays and nothing is approved`,
        );
        return dispatchOnly(dispatch);
      }),
    );
  }
  return cache.get(pr)!;
}

/** For tests: forget the cached reads. */
export function resetControls(): void {
  cache.clear();
}
