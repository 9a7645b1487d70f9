// The waiting line for a service's lock: who was locked out of it, kept as one annotation on the
// Cloud Run service (runners keep nothing), so a scheduled run starts the next one when it frees.
import type { StartMode } from '../gitops/modes.js';

export const QUEUE_ANNOTATION = 'canary-relay.dev/queue';

export interface Waiter {
  /** "pr#8", or the default branch's commit for a push */
  owner: string;
  /** the commit whose policy the rollout follows */
  commit: string;
  mode: StartMode;
  /** who held the lock when this one was turned away (for the check title) */
  behind: string;
  since: number;
}

/** The line as written; anything unreadable counts as empty (a bad value never blocks a rollout). */
export function parseQueue(annotations: Record<string, string>): Waiter[] {
  try {
    const v = JSON.parse(annotations[QUEUE_ANNOTATION] ?? '[]') as unknown;
    if (!Array.isArray(v)) return [];
    return v.filter(
      (w: Partial<Waiter>) =>
        typeof w?.owner === 'string' &&
        typeof w.commit === 'string' &&
        (w.mode === 'canary' || w.mode === 'promote'),
    ) as Waiter[];
  } catch {
    return [];
  }
}

export const serializeQueue = (q: Waiter[]): string | null => (q.length ? JSON.stringify(q) : null);

/**
 * Adds or refreshes a waiter, keeping its place in the line. A default-branch push replaces an
 * earlier one (the newest commit of the branch is the desired state); a PR keeps one entry, at its
 * latest head.
 */
export function enqueue(q: Waiter[], w: Waiter): Waiter[] {
  const same = (x: Waiter) => x.owner === w.owner || (w.mode === 'promote' && x.mode === 'promote');
  const at = q.findIndex(same);
  if (at < 0) return [...q, w];
  return q.map((x, i) => (i === at ? { ...w, since: x.since } : x)).filter((x, i) => i === at || !same(x));
}

/** The line without `owner` (it started, or its PR closed); a promote also settles older promotes. */
export function dequeue(q: Waiter[], owner: string, promoted = false): Waiter[] {
  return q.filter((x) => x.owner !== owner && !(promoted && x.mode === 'promote'));
}

/** The next one to start: default-branch pushes first (main's policy always ends up applied). */
export function nextWaiter(q: Waiter[]): Waiter | null {
  return q.find((w) => w.mode === 'promote') ?? q[0] ?? null;
}
