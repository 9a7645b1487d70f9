// Traffic arithmetic for the stage machine. Every target names a revision (never `latest`):
// once a template changes, `latest` would silently point at the canary.

import { CANARY_TAG, STABLE_TAG } from '../policy/names.js';
import type { TrafficTarget } from './ports.js';

const OURS = new Set<string>([STABLE_TAG, CANARY_TAG]);

/** Replaces `latest` targets by the latest ready revision so traffic can be compared and pinned. */
export function resolveTraffic(traffic: TrafficTarget[], latestReady: string | null): TrafficTarget[] {
  return traffic.map((t) => {
    const revision = t.latest || !t.revision ? (latestReady ?? undefined) : t.revision;
    const out: TrafficTarget = { revision, percent: t.percent ?? 0 };
    if (t.tag) out.tag = t.tag;
    return out;
  });
}

/** The revision serving users: the `stable`-tagged one with traffic, else the one with the most. */
export function servingRevision(traffic: TrafficTarget[]): string | null {
  const tagged = traffic.find((t) => t.tag === STABLE_TAG && t.percent > 0 && t.revision);
  if (tagged?.revision) return tagged.revision;
  let best: TrafficTarget | null = null;
  for (const t of traffic) if (t.revision && t.percent > 0 && (!best || t.percent > best.percent)) best = t;
  return best?.revision ?? null;
}

export function percentOf(traffic: TrafficTarget[], revision: string | null): number {
  return traffic
    .filter((t) => revision !== null && t.revision === revision)
    .reduce((n, t) => n + t.percent, 0);
}

export interface SplitSpec {
  stable: string;
  /** omitted: no canary target at all */
  canary?: string | null;
  percent: number;
  /** keep the `canary` tag on the canary (false removes it; 0% untagged targets are dropped) */
  canaryTag: boolean;
  /** revisions whose traffic goes back to stable (an old canary, a promoted stable) */
  drop?: (string | null | undefined)[];
}

/**
 * Stable and canary share what other pinned revisions leave (a manual split is kept as is);
 * our two tags move to the revisions they name; other tags stay where they are.
 */
export function split(current: TrafficTarget[], spec: SplitSpec): TrafficTarget[] {
  const mine = new Set([spec.stable, spec.canary ?? '', ...(spec.drop ?? []).map((d) => d ?? '')]);
  const others: TrafficTarget[] = [];
  const extraTags: TrafficTarget[] = [];
  for (const t of current) {
    const tag = t.tag && !OURS.has(t.tag) ? t.tag : undefined;
    if (t.revision && mine.has(t.revision)) {
      // a user's own tag on stable/canary survives as a 0% tag target
      if (tag) extraTags.push({ revision: t.revision, percent: 0, tag });
      continue;
    }
    if (t.percent > 0 || tag)
      others.push(
        tag
          ? { revision: t.revision, percent: t.percent, tag }
          : { revision: t.revision, percent: t.percent },
      );
  }
  const pool = 100 - others.reduce((n, t) => n + t.percent, 0);
  const c = spec.canary ? Math.max(0, Math.min(spec.percent, pool)) : 0;
  const out: TrafficTarget[] = [{ revision: spec.stable, percent: pool - c, tag: STABLE_TAG }, ...others];
  if (spec.canary && (spec.canaryTag || c > 0)) {
    out.push(
      spec.canaryTag
        ? { revision: spec.canary, percent: c, tag: CANARY_TAG }
        : { revision: spec.canary, percent: c },
    );
  }
  return [...out, ...extraTags];
}

function key(t: TrafficTarget): string {
  return `${t.latest ? '@latest' : (t.revision ?? '')}|${t.tag ?? ''}`;
}

/** Equal as Cloud Run sees them: order and 0% untagged targets do not matter. */
export function trafficEqual(a: TrafficTarget[], b: TrafficTarget[]): boolean {
  const norm = (ts: TrafficTarget[]) =>
    ts
      .filter((t) => t.percent > 0 || t.tag)
      .map((t) => `${key(t)}|${t.percent}`)
      .sort()
      .join(',');
  return norm(a) === norm(b);
}

/** The revision carrying a tag, if any (Cloud Run puts a tag on one target at most). */
export function taggedRevision(traffic: TrafficTarget[], tag: string): string | null {
  return traffic.find((t) => t.tag === tag && t.revision)?.revision ?? null;
}
