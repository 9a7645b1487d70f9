// GitHub facts → the Controls the gates read (pure). Labels count as they stand after replaying
// the PR's labeled/unlabeled events (which also say who and when); a review approves only when its
// author has write access; an approve label only when whoever added it has write access.
import { APPROVE_LABEL, PAUSE_LABEL, type Approval, type Controls } from './gates.js';

export interface LabelEvent {
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  at: number;
}

export interface Review {
  user: string;
  /** GitHub's review state: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING */
  state: string;
  at: number;
}

export type Dispatch = { mode: 'pause' | 'resume' | 'approve'; actor: string; at: number };

/** GitHub's permission levels that can push (the collaborator permission API's `role_name`). */
export const WRITE_ROLES = ['admin', 'maintain', 'write'];

/** The label as it stands: who added it last and when, or null when it is not on the PR. */
export function currentLabel(events: LabelEvent[], label: string): LabelEvent | null {
  let last: LabelEvent | null = null;
  for (const e of [...events].sort((a, b) => a.at - b.at)) if (e.label === label) last = e;
  return last?.event === 'labeled' ? last : null;
}

/** Each reviewer's latest review decides (a later "changes requested" withdraws an approval). */
function approvingReviews(reviews: Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const r of [...reviews].sort((a, b) => a.at - b.at)) {
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
      latest.set(r.user, r);
  }
  return [...latest.values()].filter((r) => r.state === 'APPROVED');
}

export function controlsFrom(facts: {
  events: LabelEvent[];
  reviews: Review[];
  /** role per login, for the people whose approval is considered */
  roles: Record<string, string>;
  dispatch?: Dispatch;
}): Controls {
  const canWrite = (login: string) => WRITE_ROLES.includes(facts.roles[login] ?? 'none');
  const approvals: Approval[] = approvingReviews(facts.reviews)
    .filter((r) => canWrite(r.user))
    .map((r) => ({ by: r.user, via: 'review', at: r.at }));
  const approveLabel = currentLabel(facts.events, APPROVE_LABEL);
  if (approveLabel && canWrite(approveLabel.actor))
    approvals.push({ by: approveLabel.actor, via: 'label', at: null });
  const d = facts.dispatch;
  if (d?.mode === 'approve') approvals.push({ by: d.actor, via: 'dispatch', at: d.at });
  const controls: Controls = { approvals, labelsRead: true };
  const pauseLabel = currentLabel(facts.events, PAUSE_LABEL);
  if (d?.mode === 'pause') controls.pause = { by: d.actor, via: 'dispatch' };
  else if (pauseLabel) controls.pause = { by: pauseLabel.actor, via: 'label' };
  if (d?.mode === 'resume') controls.resume = { by: d.actor };
  return controls;
}

/** Who must be asked about their permission: approving reviewers and the approve label's author. */
export function loginsToCheck(events: LabelEvent[], reviews: Review[]): string[] {
  const out = new Set(approvingReviews(reviews).map((r) => r.user));
  const label = currentLabel(events, APPROVE_LABEL);
  if (label) out.add(label.actor);
  return [...out];
}
