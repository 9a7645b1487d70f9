// Every action input, read once and typed. The runner passes them as INPUT_* variables.
import * as core from '@actions/core';

import { INPUT_MODES } from './plan/events.js';

export type Mode = (typeof INPUT_MODES)[number];

export interface Inputs {
  policy: string;
  mode: Mode;
  githubToken: string;
  wait: boolean;
  dryRun: boolean;
  force: boolean;
  cloudRunEndpoint: string;
  monitoringEndpoint: string;
  /** where the smoke probe sends its requests with the canary header (default: the canary tag URL) */
  smokeUrl: string;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new Error(`input ${name}: "${raw}" is not a boolean; use true or false`);
}

export function readInputs(): Inputs {
  const mode = (core.getInput('mode') || 'auto').trim() as Mode;
  if (!INPUT_MODES.includes(mode)) {
    throw new Error(`input mode: "${mode}" is not a mode; use one of ${INPUT_MODES.join(', ')}`);
  }
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
  };
}
