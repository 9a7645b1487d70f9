// Pure: which mode a GitHub event asks for (docs/ARCHITECTURE.md, "How a run flows"), from the webhook
// payload alone. What each service then does is decided from the policy's content and the
// rollout state (intent.ts): a commit message never decides a rollback.
import { isControlMode, parseInputMode, type ControlMode, type DecisionMode } from './modes.js';

export interface EventDecision {
  mode: DecisionMode;
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
  /** a push whose commits say "This reverts commit X": only where to post the note, never the mode */
  revertedSha?: string;
  /** a person asked for this mode (workflow_dispatch): abort and rollback work whoever owns the rollout */
  operator?: boolean;
  /** only these services (a scheduled run continuing the rollouts one PR started) */
  services?: string[];
  /**
   * `advance` (schedule / dispatch with mode auto) never waits: it makes every transition
   * that is due now on the rollouts already in progress and exits; the next tick continues.
   */
  wait?: boolean;
  /** an operator signal (mode pause, resume or approve): every rollout under way advances with it */
  signal?: ControlMode;
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

/**
 * The mode for an event. An explicit `mode` input (anything but `auto`) wins for every event;
 * `auto` follows the GitOps table. For a PR the answer is `canary`; the shell narrows it to
 * `plan` with {@link modeForChanges} once it has compared the base and head policies.
 */
export function modeForEvent(
  eventName: string,
  payload: unknown,
  inputs: { mode: string },
  defaultBranch?: string,
): EventDecision {
  const requested = parseInputMode(inputs.mode);
  const decision = autoMode(eventName, (payload ?? {}) as Record<string, unknown>, defaultBranch);
  if (requested === 'auto') return decision;
  if (requested === 'status')
    return { mode: 'skip', reason: 'mode input "status": the status table only; no rollout moves' };
  if (isControlMode(requested))
    return {
      ...decision,
      mode: 'advance',
      wait: false,
      signal: requested,
      ...(eventName === 'workflow_dispatch' ? { operator: true } : {}),
      reason: `mode input "${requested}": every rollout under way advances with the ${requested} signal`,
    };
  return {
    ...decision,
    mode: requested,
    wait: requested === 'advance' ? false : undefined,
    ...(eventName === 'workflow_dispatch' ? { operator: true } : {}),
    reason: `mode input "${requested}" (the event alone would give ${decision.mode}: ${decision.reason})`,
  };
}

function autoMode(
  eventName: string,
  payload: Record<string, unknown>,
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
      return pushMode(payload as PushPayload, defaultBranch);
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

function pushMode(p: PushPayload, defaultBranch?: string): EventDecision {
  const branch = defaultBranch ?? p.repository?.default_branch;
  const base = p.before && !ZERO_SHA.test(p.before) ? p.before : undefined;
  const head = p.after && !ZERO_SHA.test(p.after) ? p.after : undefined;
  if (p.deleted || !head) return { mode: 'skip', reason: `push deleted ${p.ref}: nothing to do` };
  if (!branch) return { mode: 'skip', base, head, reason: 'push: the payload names no default branch' };
  if (p.ref !== `refs/heads/${branch}`) {
    return { mode: 'skip', base, head, reason: `push to ${p.ref}, not the default branch ${branch}` };
  }
  // The head commit first, then the pushed commits newest first: only where a rollback's note goes
  const messages = [p.head_commit?.message, ...[...(p.commits ?? [])].reverse().map((c) => c.message)];
  const reverted = messages.map(revertedCommit).find((s) => s !== undefined);
  return {
    mode: 'promote',
    base,
    head,
    ...(reverted ? { revertedSha: reverted } : {}),
    reason: `push to ${branch}: converge every service to the policy at ${head.slice(0, 12)}`,
  };
}
