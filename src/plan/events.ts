// Pure: which mode a GitHub event asks for (the GitOps table in DESIGN.md), and which services
// a base → head policy change gives a canary. No I/O: the shell passes the webhook payload and,
// for the "back to an image that served before" rollback, the policies and the image history.
import type { Policy, Service } from '../policy/types.js';

export type Mode = 'plan' | 'canary' | 'promote' | 'rollback' | 'abort' | 'advance' | 'skip';

/** Modes a user may ask for through the `mode` input (`auto` derives one from the event). */
export const INPUT_MODES = ['auto', 'plan', 'canary', 'promote', 'rollback', 'abort', 'advance', 'status', 'pause', 'resume', 'approve'] as const;

export interface EventInputs {
  /** the action's `mode` input */
  mode: string;
  /** base and head policies when the shell has read them (push: the rollback-by-image rule) */
  basePolicy?: Policy | null;
  headPolicy?: Policy | null;
  /** images the policy file named in commits before the base (git adapter `previousImages`) */
  previousImages?: string[];
}

export interface EventDecision {
  mode: Mode;
  /** the PR number (pull_request events) */
  pr?: number;
  /** commit whose policy is the "before" side (PR base sha, push `before`) */
  base?: string;
  /** commit whose policy is desired (PR head sha, push `after`) */
  head?: string;
  /** one sentence for the log and the report: why this mode */
  reason: string;
  /** the PR comes from a fork: its token is read-only and it has no secrets → neutral result */
  fork?: boolean;
  /** rollback by revert commit: the commit that was reverted (find its PR for the note) */
  revertedSha?: string;
  /** rollback by image: the services whose head image served before */
  rollbackServices?: string[];
  /** only these services (a scheduled run continuing the rollouts one PR started) */
  services?: string[];
  /**
   * `advance` (schedule / dispatch with mode auto) never waits: it makes every transition
   * that is due now on the rollouts already in progress and exits; the next tick continues.
   */
  wait?: boolean;
}

// Minimal views of the webhook payloads: only the fields used, as GitHub sends them.
interface RepoRef {
  full_name?: string;
}
interface PullRequestPayload {
  action?: string;
  number?: number;
  pull_request?: {
    number?: number;
    merged?: boolean;
    head?: { sha?: string; ref?: string; repo?: RepoRef | null };
    base?: { sha?: string; ref?: string; repo?: RepoRef | null };
  };
  repository?: { default_branch?: string; full_name?: string };
}
interface PushPayload {
  ref?: string;
  before?: string;
  after?: string;
  deleted?: boolean;
  head_commit?: { id?: string; message?: string } | null;
  commits?: { id?: string; message?: string }[];
  repository?: { default_branch?: string };
}

const ZERO_SHA = /^0+$/;
const REVERT = /This reverts commit ([0-9a-f]{7,40})/i;

/** The sha a revert commit message names (`git revert` writes "This reverts commit <sha>."). */
export function revertedCommit(message: string | undefined | null): string | undefined {
  return message ? REVERT.exec(message)?.[1]?.toLowerCase() : undefined;
}

function explicitMode(mode: string): Mode | 'auto' {
  const m = mode.trim().toLowerCase() || 'auto';
  if ((INPUT_MODES as readonly string[]).includes(m)) return m as Mode | 'auto';
  throw new Error(`reading the mode input: "${mode}" is not a mode; use one of ${INPUT_MODES.join(', ')}`);
}

/**
 * The mode for an event. An explicit `mode` input (anything but `auto`) wins for every event;
 * `auto` follows the GitOps table. For a PR the answer is `canary`; the shell narrows it to
 * `plan` with {@link modeForChanges} once it has compared the base and head policies.
 */
export function modeForEvent(
  eventName: string,
  payload: unknown,
  inputs: EventInputs,
  defaultBranch?: string,
): EventDecision {
  const requested = explicitMode(inputs.mode);
  const decision = autoMode(eventName, (payload ?? {}) as Record<string, unknown>, inputs, defaultBranch);
  if (requested === 'auto') return decision;
  return {
    ...decision,
    mode: requested,
    wait: requested === 'advance' ? false : undefined,
    reason: `mode input "${requested}" (the event alone would give ${decision.mode}: ${decision.reason})`,
  };
}

function autoMode(
  eventName: string,
  payload: Record<string, unknown>,
  inputs: EventInputs,
  defaultBranch?: string,
): EventDecision {
  switch (eventName) {
    case 'pull_request':
      return pullRequestMode(payload as PullRequestPayload);
    case 'pull_request_target':
      return {
        mode: 'skip',
        reason:
          'pull_request_target runs with secrets and a write token; checking out and deploying the PR code there ' +
          'would let any fork run its code with them. Use the pull_request event.',
      };
    case 'push':
      return pushMode(payload as PushPayload, inputs, defaultBranch);
    case 'workflow_dispatch':
    case 'schedule':
      return {
        mode: 'advance',
        wait: false,
        reason: `${eventName} with mode auto: advance every rollout in progress that is due, without waiting`,
      };
    default:
      return { mode: 'skip', reason: `the ${eventName} event does not start a rollout` };
  }
}

function pullRequestMode(p: PullRequestPayload): EventDecision {
  const pr = p.pull_request?.number ?? p.number;
  const base = p.pull_request?.base?.sha;
  const head = p.pull_request?.head?.sha;
  const headRepo = p.pull_request?.head?.repo?.full_name;
  const baseRepo = p.pull_request?.base?.repo?.full_name ?? p.repository?.full_name;
  // A deleted fork has head.repo null: treat it as a fork too (it is not this repository).
  const fork = headRepo !== baseRepo;
  const common = { pr, base, head, ...(fork ? { fork: true } : {}) };
  const forkNote = fork
    ? ` The PR comes from the fork ${headRepo ?? '(deleted)'}: its token cannot write and it has no ` +
      'cloud credentials, so the result is neutral.'
    : '';
  switch (p.action) {
    case 'opened':
    case 'synchronize':
    case 'reopened':
      return {
        mode: 'canary',
        ...common,
        reason: `PR #${pr} ${p.action}: canary of the changed services.${forkNote}`,
      };
    case 'closed':
      return p.pull_request?.merged
        ? { mode: 'skip', ...common, reason: `PR #${pr} was merged: the push to the base branch promotes it` }
        : { mode: 'abort', ...common, reason: `PR #${pr} was closed without merging: abort its canary` };
    default:
      return { mode: 'skip', ...common, reason: `PR #${pr} ${p.action ?? 'event'}: nothing to do` };
  }
}

function pushMode(p: PushPayload, inputs: EventInputs, defaultBranch?: string): EventDecision {
  const branch = defaultBranch ?? p.repository?.default_branch;
  const base = p.before && !ZERO_SHA.test(p.before) ? p.before : undefined;
  const head = p.after && !ZERO_SHA.test(p.after) ? p.after : undefined;
  if (p.deleted || !head) return { mode: 'skip', reason: `push deleted ${p.ref}: nothing to do` };
  if (!branch) return { mode: 'skip', base, head, reason: 'push: the payload names no default branch' };
  if (p.ref !== `refs/heads/${branch}`) {
    return { mode: 'skip', base, head, reason: `push to ${p.ref}, not the default branch ${branch}` };
  }
  // The head commit first; then the pushed commits, newest first (a revert merged as a PR
  // has a merge commit on top whose message does not say "This reverts").
  const messages = [p.head_commit?.message, ...[...(p.commits ?? [])].reverse().map((c) => c.message)];
  const reverted = messages.map(revertedCommit).find((s) => s !== undefined);
  if (reverted) {
    return {
      mode: 'rollback',
      base,
      head,
      revertedSha: reverted,
      reason: `push to ${branch} reverts commit ${reverted.slice(0, 12)}: roll back at once, no steps`,
    };
  }
  const back = servicesBackToPreviousImage(
    inputs.basePolicy ?? null,
    inputs.headPolicy ?? null,
    inputs.previousImages,
  );
  if (back.length > 0) {
    return {
      mode: 'rollback',
      base,
      head,
      rollbackServices: back,
      reason: `push to ${branch} returns ${back.join(', ')} to an image that served before: roll back at once`,
    };
  }
  return { mode: 'promote', base, head, reason: `push to ${branch}: promote what the policy asks for` };
}

/** Services whose release changed from base to head, to an image seen earlier in the file's history. */
export function servicesBackToPreviousImage(
  base: Policy | null,
  head: Policy | null,
  previousImages: readonly string[] | undefined,
): string[] {
  if (!base || !head || !previousImages?.length) return [];
  const seen = new Set(previousImages);
  const before = new Map(base.services.map((s) => [s.name, s]));
  return head.services
    .filter((s) => {
      const b = before.get(s.name);
      return b && s.image && s.image !== b.image && seen.has(s.image);
    })
    .map((s) => s.name);
}

export interface ServiceChanges {
  /** image or revision changed: these get a canary */
  canary: string[];
  /** same release, other settings changed (routing, hosts, paths, steps, health, analysis…): plan only */
  routing: string[];
  removed: string[];
  added: string[];
  /** the shared HAProxy settings or split-at changed (every service's config is re-rendered) */
  haproxyChanged: boolean;
}

// Fields that name the release; everything else about a service is "routing" for the plan.
const releaseKey = (s: Service) => `${s.image ?? ''}\u0000${s.revision ?? ''}`;

function settingsKey(s: Service): string {
  const rest: Partial<Service> = { ...s };
  delete rest.image;
  delete rest.revision;
  return stableJson(rest);
}

/** JSON with sorted keys, so two equal policies compare equal whatever their key order. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * What changed from the base policy (null: the file is new) to the head policy, by service name.
 * A new service is `added`, not `canary`: it has no stable revision to compare against.
 */
export function changedServices(base: Policy | null, head: Policy): ServiceChanges {
  const before = new Map((base?.services ?? []).map((s) => [s.name, s]));
  const after = new Map(head.services.map((s) => [s.name, s]));
  const out: ServiceChanges = { canary: [], routing: [], removed: [], added: [], haproxyChanged: false };
  for (const [name, h] of after) {
    const b = before.get(name);
    if (!b) out.added.push(name);
    else if (releaseKey(b) !== releaseKey(h)) out.canary.push(name);
    else if (settingsKey(b) !== settingsKey(h)) out.routing.push(name);
  }
  for (const name of before.keys()) if (!after.has(name)) out.removed.push(name);
  out.haproxyChanged =
    base !== null && (stableJson(base.haproxy) !== stableJson(head.haproxy) || base.splitAt !== head.splitAt);
  return out;
}

/** A PR's `canary` decision narrowed by the policy diff: no release changed → `plan`. */
export function modeForChanges(decision: EventDecision, changes: ServiceChanges): EventDecision {
  if (decision.mode !== 'canary' || changes.canary.length > 0 || changes.added.length > 0) return decision;
  return { ...decision, mode: 'plan', reason: `${decision.reason} No release changed: plan only.` };
}
