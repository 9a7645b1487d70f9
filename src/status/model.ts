// What `status` shows for one service, derived purely from what was read: the Cloud Run service
// (its rollout annotation and traffic), the policy's steps when a policy was given, and the HAProxy
// map when a runtime API answered. Sources that disagree are named, never silently reconciled.

import { CANARY_TAG } from '../policy/names.js';
import type { Service, SplitAt } from '../policy/types.js';
import type { ServiceSnapshot } from '../rollout/ports.js';
import { isTerminal, parseState, type RolloutState } from '../rollout/state.js';
import { percentOf, resolveTraffic, servingRevision, taggedRevision } from '../rollout/traffic.js';

export interface StatusRow {
  service: string;
  /** "project/region" the service was read from */
  location: string;
  /** the rollout phase; "None" when the service carries no rollout state */
  phase: string;
  /** 1-based step and the policy's step count (null when unknown) */
  step: number | null;
  steps: number | null;
  /** the canary's share of traffic now (HAProxy map for split-at haproxy, else Cloud Run) */
  percent: number | null;
  canary: string | null;
  stable: string | null;
  /** "pr#42" or a commit */
  owner: string | null;
  /** ms since the current stage (or terminal phase) began */
  stageAgeMs: number | null;
  lastVerdict: string | null;
  /** ms of baking still needed to finish every step; 0 when nothing is left; null when unknown */
  remainingMs: number | null;
  /** what the rollout waits for: "merge", "paused by …", "approval of step 3" */
  waiting: string | null;
  /** a source that contradicts another: map vs annotation, spec vs serving, unreadable state */
  disagreements: string[];
  /** the service could not be read at all */
  error?: string;
}

export interface StatusInput {
  snap: ServiceSnapshot;
  location: string;
  /** the policy's service, when a policy was given (steps, bakes) */
  service?: Service;
  splitAt?: SplitAt;
  /** the percent the HAProxy map holds for this service; undefined when no runtime API was read */
  mapPercent?: number | null;
  now: number;
}

/** Canary percent a state means at `step` (0-based), from the policy's steps. */
function plannedPercent(service: Service, state: RolloutState): number {
  if (isTerminal(state.phase) || state.phase === 'Initializing') return 0;
  const s = service.steps[state.step];
  return s && !s.headerOnly ? s.percent : 0;
}

/** Bake time left: the rest of the current step plus every later step. */
export function remainingBake(service: Service, state: RolloutState, now: number): number {
  if (isTerminal(state.phase) || state.awaitingMerge) return 0;
  const bakes = service.steps.map((s) => s.bakeMs);
  if (state.phase === 'Initializing') return bakes.reduce((a, b) => a + b, 0);
  // at an approval gate the current step has baked: what is left starts at the gated step
  if (state.gate) return bakes.slice(state.gate.step).reduce((a, b) => a + b, 0);
  // a paused stage keeps the time it had when it was paused
  const at = state.paused ? Math.min(now, state.paused.at) : now;
  const current = Math.max(0, state.stepStartedAt + (bakes[state.step] ?? 0) - at);
  return current + bakes.slice(state.step + 1).reduce((a, b) => a + b, 0);
}

/** What an active rollout waits for: an operator, an approval, a decision on a held stage, the merge. */
export function waitingFor(state: RolloutState): string | null {
  if (state.paused) return `paused by ${state.paused.by} (${state.paused.via})`;
  if (state.gate) return `approval of step ${state.gate.step + 1}`;
  // an inconclusive stage held (on-inconclusive: hold): a person merges to promote or closes to abort
  if (state.held) return 'a decision: inconclusive, held (merge promotes, closing aborts)';
  if (state.awaitingMerge) return 'merge';
  if (state.phase === 'Initializing') return `revision ${state.canary ?? '?'} to become ready`;
  return null;
}

export function statusRow(input: StatusInput): StatusRow {
  const { snap, service, now } = input;
  const parsed = parseState(snap.annotations);
  const state = parsed.state;
  const spec = resolveTraffic(snap.traffic, snap.latestReadyRevision);
  const serving = resolveTraffic(snap.trafficStatuses, snap.latestReadyRevision);
  const canary = state ? state.canary : taggedRevision(spec, CANARY_TAG);
  const row: StatusRow = {
    service: snap.name,
    location: input.location,
    phase: state?.phase ?? 'None',
    step: state && !isTerminal(state.phase) ? state.step + 1 : null,
    steps: service ? service.steps.length : null,
    percent: canary ? percentOf(spec, canary) : 0,
    canary,
    stable: state?.stable ?? servingRevision(spec),
    owner: state?.owner ?? null,
    stageAgeMs: state ? Math.max(0, now - state.stepStartedAt) : null,
    lastVerdict: state?.lastVerdict ?? null,
    remainingMs:
      state && service ? remainingBake(service, state, now) : state && isTerminal(state.phase) ? 0 : null,
    waiting: state && !isTerminal(state.phase) ? waitingFor(state) : null,
    disagreements: [],
  };
  if (parsed.problem) row.disagreements.push(parsed.problem);
  const split = input.splitAt ?? 'haproxy';
  // HAProxy applies the percent: without its map, the state's percent is what users should get
  if (split === 'haproxy' && state && service) row.percent = plannedPercent(service, state);
  if (split === 'haproxy' && input.mapPercent !== undefined) {
    // the map is where the percent lives: show what users get, and say when the state means otherwise
    row.percent = input.mapPercent ?? 0;
    const want =
      state && service ? plannedPercent(service, state) : state && isTerminal(state.phase) ? 0 : null;
    if (input.mapPercent === null) row.disagreements.push('the HAProxy map has no entry for this service');
    else if (want !== null && want !== input.mapPercent)
      row.disagreements.push(`HAProxy map says ${input.mapPercent}%, the rollout state means ${want}%`);
  }
  if (split === 'cloud-run' && state && service && canary) {
    const want = plannedPercent(service, state);
    const have = percentOf(spec, canary);
    if (want !== have)
      row.disagreements.push(`Cloud Run sends ${have}% to the canary, the rollout state means ${want}%`);
  }
  if (state?.stable && !isTerminal(state.phase) && percentOf(spec, state.stable) === 0)
    row.disagreements.push(`stable ${state.stable} carries no traffic in the Cloud Run spec`);
  const lag = trafficLag(spec, serving);
  if (lag) row.disagreements.push(lag);
  return row;
}

/** Cloud Run's spec and what actually serves differ: a failed or running operation. */
function trafficLag(
  spec: ReturnType<typeof resolveTraffic>,
  serving: ReturnType<typeof resolveTraffic>,
): string | null {
  if (!serving.length) return null;
  const fmt = (ts: typeof spec) =>
    ts
      .filter((t) => t.percent > 0)
      .map((t) => `${t.revision}=${t.percent}%`)
      .sort()
      .join(', ');
  const a = fmt(spec);
  const b = fmt(serving);
  return a === b ? null : `Cloud Run spec routes ${a || 'nothing'} but ${b || 'nothing'} serves`;
}

/** A row for a service that could not be read (permission, missing): the table still shows it. */
export function errorRow(service: string, location: string, error: string): StatusRow {
  return {
    service,
    location,
    phase: 'Unknown',
    step: null,
    steps: null,
    percent: null,
    canary: null,
    stable: null,
    owner: null,
    stageAgeMs: null,
    lastVerdict: null,
    remainingMs: null,
    waiting: null,
    disagreements: [],
    error,
  };
}
