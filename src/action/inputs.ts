// Every action input, read once and typed. The runner passes them as INPUT_* variables.
import * as core from '@actions/core';

import { parseInputMode, type InputMode } from '../gitops/modes.js';

export interface Inputs {
  policy: string;
  mode: InputMode;
  githubToken: string;
  wait: boolean;
  dryRun: boolean;
  force: boolean;
  cloudRunEndpoint: string;
  monitoringEndpoint: string;
  /** where the smoke probe sends its requests with the canary header (default: the canary tag URL) */
  smokeUrl: string;
  /** the job's `timeout-minutes`: a waiting run stops waiting before it (GitHub's default: 360) */
  jobTimeoutMinutes: number;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new Error(`input ${name}: "${raw}" is not a boolean; use true or false`);
}

function minutes(name: string, fallback: number): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 1 || n > 4320)
    throw new Error(
      `input ${name}: "${raw}" is not a number of minutes from 1 to 4320 (the job's timeout-minutes)`,
    );
  return n;
}

export function readInputs(): Inputs {
  const mode = parseInputMode(core.getInput('mode'));
  const githubToken = core.getInput('github-token');
  if (githubToken) core.setSecret(githubToken);
  return {
    policy: core.getInput('policy') || 'traffic-policy.yaml',
    mode,
    githubToken,
    wait: bool('wait', true),
    dryRun: bool('dry-run', false),
    force: bool('force', false),
    cloudRunEndpoint: core.getInput('cloud-run-endpoint').trim(),
    monitoringEndpoint: core.getInput('monitoring-endpoint').trim(),
    smokeUrl: core.getInput('smoke-url').trim(),
    jobTimeoutMinutes: minutes('job-timeout-minutes', 360),
  };
}
