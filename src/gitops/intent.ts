// Pure: what each service should do for an event, decided from the policy's content and the
// rollout state on the service — the image at the pushed commit against what serves, what
// served before the last promotion, and the canaries that ran. A commit message never decides.
import type { Policy, Service } from '../policy/types.js';
import type { RolloutState } from '../rollout/state.js';
import { isTerminal } from '../rollout/state.js';
import type { Waiter } from '../rollout/queue.js';
import type { EventDecision } from './events.js';
import type { RolloutMode } from './modes.js';
import { releaseOf } from '../policy/names.js';

/** What the shell read from a service before deciding (null: it could not read, e.g. no credentials). */
export interface ServiceFacts {
  state: RolloutState | null;
  /** the revision serving users now, and its image when known */
  serving: string | null;
  servingImage: string | null;
  queue: Waiter[];
  /** the revision that served before the last promotion still exists and is ready (false: gone or failed) */
  previousReady?: boolean;
}

export interface ServiceIntent {
  service: string;
  /** a rollout mode, `plan` (render and show only) or `none` (already as desired / not concerned) */
  mode: RolloutMode | 'plan' | 'none';
  reason: string;
  /** a PR that would roll back: where merging it routes 100% */
  rollbackPreview?: { revision: string; image: string | null };
  /** the PR's entry in the service's waiting line is to be removed (closed while waiting) */
  dequeue?: boolean;
}

const sameRelease = (a: Service, b: Service) => a.image === b.image && a.revision === b.revision;

/** Does the service already serve what `head` asks for? (unknown: false) */
function serves(head: Service, f: ServiceFacts | undefined): boolean {
  if (!f) return false;
  return head.image ? f.servingImage === head.image : f.serving === head.revision;
}

/**
 * The revision to route back to when `head` names what served before the last promotion: it
 * still exists (recorded by the promotion), it never failed, and something else serves now.
 */
export function rollbackTarget(
  head: Service,
  f: ServiceFacts | undefined,
): { revision: string; image: string | null } | null {
  const prev = f?.state?.previous;
  if (!prev) return null;
  const named = head.image ? prev.image === head.image : prev.revision === head.revision;
  if (!named || f.state?.failed?.includes(prev.revision) || f.serving === prev.revision) return null;
  if (f.previousReady === false) return null; // deleted or broken since: a canary of the image instead
  return prev;
}

const active = (s: RolloutState | null | undefined): s is RolloutState => !!s && !isTerminal(s.phase);

function prIntent(head: Service, base: Service | undefined, f: ServiceFacts | undefined): ServiceIntent {
  const name = head.name;
  if (!base) return { service: name, mode: 'canary', reason: `${name} is new in this PR` };
  if (sameRelease(base, head))
    return { service: name, mode: 'plan', reason: `${name}: same release; routing change only` };
  const back = rollbackTarget(head, f);
  if (back) {
    return {
      service: name,
      mode: 'plan',
      rollbackPreview: back,
      reason:
        `merging this routes ${name} 100% back to \`${back.revision}\` in one write ` +
        `(it served ${releaseOf(head)} before the last promotion; no canary needed)`,
    };
  }
  return { service: name, mode: 'canary', reason: `${name}: new release ${releaseOf(head)}` };
}

function pushIntent(head: Service, f: ServiceFacts | undefined): ServiceIntent {
  const name = head.name;
  const back = rollbackTarget(head, f);
  if (back)
    return {
      service: name,
      mode: 'rollback',
      reason: `${name}: the policy brings back ${releaseOf(head)}, which served before the last promotion`,
    };
  if (serves(head, f) && !active(f?.state))
    return {
      service: name,
      mode: 'none',
      reason: `${name} already serves ${releaseOf(head)}${f?.serving ? ` (${f.serving})` : ''}`,
    };
  return { service: name, mode: 'promote', reason: `${name}: apply ${releaseOf(head)}` };
}

function abortIntent(name: string, d: EventDecision, f: ServiceFacts | undefined): ServiceIntent {
  const owner = d.pr ? `pr#${d.pr}` : undefined;
  if (d.operator) {
    return active(f?.state)
      ? { service: name, mode: 'abort', reason: `${name}: an operator aborts ${f.state.owner}'s canary` }
      : { service: name, mode: 'none', reason: `${name}: no canary under way; nothing to abort` };
  }
  if (active(f?.state) && f.state.owner === owner)
    return { service: name, mode: 'abort', reason: `${name}: ${owner} closed; abort its canary` };
  if (owner && f?.queue.some((w) => w.owner === owner))
    return {
      service: name,
      mode: 'none',
      dequeue: true,
      reason: `${name}: ${owner} closed while waiting for the lock`,
    };
  return {
    service: name,
    mode: 'none',
    reason: `${name}: ${owner ?? 'this event'} has no canary here; nothing to abort`,
  };
}

/**
 * One intent per service of the head policy. `facts` is keyed by service name; a service
 * missing from it was not read (the rules that need the state then fall back to the diff).
 */
export function decideIntents(
  d: EventDecision,
  base: Policy | null,
  head: Policy,
  facts: Map<string, ServiceFacts>,
): ServiceIntent[] {
  const before = new Map((base?.services ?? []).map((s) => [s.name, s]));
  const only = d.services ? new Set(d.services) : null;
  return head.services
    .filter((s) => !only || only.has(s.name))
    .map((s): ServiceIntent => {
      const f = facts.get(s.name);
      switch (d.mode) {
        case 'canary':
          return d.operator || d.services
            ? { service: s.name, mode: 'canary', reason: `${s.name}: canary of ${releaseOf(s)}` }
            : prIntent(s, before.get(s.name), f);
        case 'promote':
          return d.operator || d.services
            ? { service: s.name, mode: 'promote', reason: `${s.name}: promote ${releaseOf(s)}` }
            : pushIntent(s, f);
        case 'rollback':
          return { service: s.name, mode: 'rollback', reason: `${s.name}: roll back` };
        case 'abort':
          return abortIntent(s.name, d, f);
        case 'plan':
          return { service: s.name, mode: 'plan', reason: `${s.name}: plan only` };
        default:
          return { service: s.name, mode: 'none', reason: `${s.name}: nothing to do` };
      }
    });
}
