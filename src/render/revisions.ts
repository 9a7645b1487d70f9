// The revisions map: `<service>_<side>` → the Cloud Run revision the side's tag (stable/canary)
// points to, so a log line names the revision that served (txn.cr_rev). One config serves every
// rollout: the engine sets these entries at runtime whenever a tag moves, `canary-relay sync`
// writes the file from Cloud Run, and a missing entry logs the tag itself.
import { backendName, CANARY_TAG, REVISION_NAME, STABLE_TAG } from '../policy/names.js';
import type { Policy } from '../policy/types.js';
import type { TrafficTarget } from '../rollout/ports.js';
import { taggedRevision } from '../rollout/traffic.js';

export const REVISIONS_HEADER =
  '# canary-relay: revision behind each side (<service>_<stable|canary> <Cloud Run revision>); managed by canary-relay';

export type SideRevisions = Record<string, { stable?: string | null; canary?: string | null }>;

/** The revisions map's path, next to the percent map: `x.map` → `x.revisions.map`. */
export function revisionsMapPath(mapFile: string): string {
  return `${mapFile.replace(/\.map$/, '')}.revisions.map`;
}

/** Throws unless `rev` is a Cloud Run revision name (nothing else may reach HAProxy). */
export function requireRevisionName(rev: string, what: string): string {
  if (!REVISION_NAME.test(rev))
    throw new Error(
      `${what}: ${JSON.stringify(rev)} is not a Cloud Run revision name (lowercase letters, digits and '-', starting with a letter, at most 63)`,
    );
  return rev;
}

/** The entries a service's traffic means: each side's tag → the revision carrying it (null: no such tag). */
export function taggedRevisions(service: string, traffic: TrafficTarget[]): Record<string, string | null> {
  return {
    [backendName(service, STABLE_TAG)]: taggedRevision(traffic, STABLE_TAG),
    [backendName(service, CANARY_TAG)]: taggedRevision(traffic, CANARY_TAG),
  };
}

/** Map file text: the header, then one line per known side in policy order (unknown sides absent). */
export function renderRevisionsMap(policy: Policy, revisions: SideRevisions = {}): string {
  const lines = [REVISIONS_HEADER];
  for (const s of policy.services) {
    for (const side of ['stable', 'canary'] as const) {
      const rev = revisions[s.name]?.[side];
      if (rev)
        lines.push(`${backendName(s.name, side)} ${requireRevisionName(rev, `${s.name} ${side} revision`)}`);
    }
  }
  return lines.join('\n') + '\n';
}
