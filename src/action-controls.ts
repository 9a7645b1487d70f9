// Pause, resume and approval for the action: a workflow_dispatch with mode pause, resume or approve
// advances every rollout under way with that signal; every rollout of a PR also reads the PR's
// labels and reviews. Controls that cannot be read are "not known": a pause stays, nothing approves.
import * as core from '@actions/core';
import type { Inputs } from './inputs.js';
import { createGitHub } from './adapters/github.js';
import { readControls } from './adapters/github-controls.js';
import { controlsFrom, type Dispatch } from './rollout/controls.js';
import type { Controls } from './rollout/gates.js';

export const CONTROL_MODES = ['pause', 'resume', 'approve'] as const;

let dispatch: Dispatch | undefined;
const cache = new Map<number, Promise<Controls | undefined>>();

/** A control mode runs as `advance` carrying the dispatch signal; other modes pass through. */
export function takeDispatch(inputs: Inputs, env: NodeJS.ProcessEnv, now = Date.now()): Inputs {
  const mode = inputs.mode as string;
  if (!(CONTROL_MODES as readonly string[]).includes(mode)) return inputs;
  dispatch = { mode: mode as Dispatch['mode'], actor: env.GITHUB_ACTOR || 'workflow_dispatch', at: now };
  return { ...inputs, mode: 'advance' };
}

/** The controls for a rollout owned by `pr` (or by a commit, when pr is undefined). */
export function controlsFor(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  pr: number | undefined,
): Promise<Controls | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (pr === undefined || !inputs.githubToken || !owner || !repo) {
    // no PR to read: only a dispatch says anything (labels unknown, so a label pause stays)
    return Promise.resolve(
      dispatch
        ? { ...controlsFrom({ events: [], reviews: [], roles: {}, dispatch }), labelsRead: false }
        : undefined,
    );
  }
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
        return dispatch
          ? { ...controlsFrom({ events: [], reviews: [], roles: {}, dispatch }), labelsRead: false }
          : undefined;
      }),
    );
  }
  return cache.get(pr)!;
}

/** For tests: forget the dispatch and the cached reads. */
export function resetControls(): void {
  dispatch = undefined;
  cache.clear();
}
