// The GitHub client of a run and one publication's bookkeeping: each part (a comment, a check run,
// a note) is tried on its own and its failure collected, never thrown. Light on purpose: the check
// in progress (start.ts) goes out through it before the rest of the action loads.
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Inputs } from './inputs.js';
import { createGitHub, GitHubAdapterError, type GitHubAdapter } from '../adapters/github.js';

/** One publication: each part is tried on its own; failures are collected, never thrown. */
export class Publisher {
  readonly failed: string[] = [];
  readonly warned: string[] = [];
  /** the kind of the last failure (a 422 is `validation`) */
  lastKind: string | null = null;
  constructor(readonly gh: GitHubAdapter | null) {}

  async part(what: string, fn: (gh: GitHubAdapter) => Promise<unknown>): Promise<boolean> {
    if (!this.gh) return false;
    try {
      await fn(this.gh);
      return true;
    } catch (e) {
      this.lastKind = e instanceof GitHubAdapterError ? e.kind : 'error';
      // a token that may not write (a fork's, read-only permissions) is reported, not a failure
      if (e instanceof GitHubAdapterError && (e.kind === 'permission' || e.kind === 'auth')) {
        this.warned.push(`${what}: ${e.message}`);
        core.warning(`${what}: ${e.message}`);
      } else {
        this.failed.push(`${what}: ${(e as Error).message}`);
        core.error(`could not publish the ${what}: ${(e as Error).message}`);
      }
      return false;
    }
  }
}

/** The GitHub client, or null when there is no token or repository to report to. */
export function client(inputs: Inputs): GitHubAdapter | null {
  if (inputs.githubToken && process.env.GITHUB_REPOSITORY) {
    try {
      return createGitHub({ token: inputs.githubToken });
    } catch (e) {
      core.warning(`no GitHub client: ${(e as Error).message}`);
      return null;
    }
  }
  core.info('no github-token or repository: no PR comment or check run');
  return null;
}

export const repo = () => github.context.repo;
