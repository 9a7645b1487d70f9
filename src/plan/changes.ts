// Pure: what changed from the base policy to the head policy, service by service.
import type { Policy, Service } from '../policy/types.js';

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
