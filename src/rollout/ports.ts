// What the engine needs from the world, as interfaces: the one home of every port. Adapters
// implement them (src/adapters/cloud-run.ts over gRPC, src/adapters/haproxy-runtime.ts over the
// runtime API, src/adapters/metrics/observer.ts, src/adapters/hooks.ts); tests may implement them
// in memory. Pure modules import only these types.

import type { StageJudgement } from '../analysis/types.js';
import type { RolloutEvent } from '../notify/events.js';
import type { Hook, Service } from '../policy/types.js';

/** Shaped like the Cloud Run v2 TrafficTarget (percent 0..100, tag optional). */
export interface TrafficTarget {
  /** a revision by name; absent when `latest` is true */
  revision?: string;
  latest?: boolean;
  percent: number;
  tag?: string;
}

export interface ServiceSnapshot {
  /** short service name (not the full resource path) */
  name: string;
  etag: string;
  generation: number;
  /** container image of the template */
  image: string;
  annotations: Record<string, string>;
  traffic: TrafficTarget[];
  /** traffic actually serving (TrafficTargetStatus), with tag URIs; a `latest` status also
   *  names the revision it resolved to */
  trafficStatuses: (TrafficTarget & { uri?: string })[];
  latestReadyRevision: string | null;
  latestCreatedRevision: string | null;
  uri: string;
  /** who wrote the service last (Cloud Run's lastModifier), to name the other writer on a conflict */
  lastModifier?: string;
  /** true while Cloud Run has not finished applying the latest generation */
  reconciling?: boolean;
  /** set when the service's terminal condition failed: Cloud Run's message */
  failure?: string;
}

export interface RevisionSnapshot {
  name: string; // short revision name
  image: string;
  /** true ready, false failed (reason set), null still reconciling */
  ready: boolean | null;
  reason?: string;
  createTime?: string;
}

export interface ServiceUpdate {
  /** a new template: creates a revision with this image and name */
  template?: { image: string; revisionName: string };
  traffic?: TrafficTarget[];
  /** annotations to set; null removes the key */
  annotations?: Record<string, string | null>;
}

export type CloudRunErrorKind =
  'conflict' | 'not-found' | 'invalid' | 'transient' | 'permission' | 'failed' | 'timeout';

/** Every adapter failure is one of these, with what was being done in the message. */
export class CloudRunError extends Error {
  constructor(
    readonly kind: CloudRunErrorKind,
    message: string,
    readonly grpcCode?: number,
  ) {
    super(message);
    this.name = 'CloudRunError';
  }
}

export interface CloudRunPort {
  getService(service: string): Promise<ServiceSnapshot>;
  getRevision(service: string, revision: string): Promise<RevisionSnapshot>;
  listRevisions(service: string): Promise<RevisionSnapshot[]>;
  /** one write with the etag that was read; waits on the long-running operation.
   *  Throws CloudRunError('conflict') when the etag is stale. */
  updateService(service: string, etag: string, update: ServiceUpdate): Promise<ServiceSnapshot>;
  /** polls getRevision until the revision is ready (true) or failed (false, with reason);
   *  throws CloudRunError('timeout') when it is still reconciling after timeoutMs. */
  waitForRevision?(service: string, revision: string, timeoutMs: number): Promise<RevisionSnapshot>;
}

/** A change some HAProxy instance did not take (after retries): the rollout holds. `instances`
 *  names the ones that disagree; the others were put back where they all were. */
export class HaproxyRuntimeError extends Error {
  constructor(
    message: string,
    readonly instances: string[],
  ) {
    super(message);
    this.name = 'HaproxyRuntimeError';
  }
}

/** HAProxy runtime API, used for split-at: haproxy. */
export interface HaproxyRuntimePort {
  /** set a service's canary percent in the map (runtime) and persist it to the map file */
  setPercent(mapFile: string, service: string, percent: number): Promise<void>;
  getPercents(mapFile: string): Promise<Record<string, number>>;
  /** set the revisions map's entries (null: delete) on every instance, read back; returns what
   *  changed. Optional: without it the logs name the tag instead of the revision. */
  setRevisions?(mapFile: string, want: Record<string, string | null>): Promise<string[]>;
}

/** Sends the smoke probe requests; returns the statuses seen. */
export interface ProberPort {
  probe(
    url: string,
    opts: { host?: string; header?: { name: string; value: string }; requests: number },
  ): Promise<number[]>;
}

/** The stage being judged, as the observer needs it to query metrics. */
export interface StageRef {
  step: number; // 0-based
  percent: number;
  startedAt: number; // ms
  canary: string;
  stable: string | null;
  /** the bake time; default: the step's bake from the policy */
  bakeMs?: number;
}

/** Judges a stage from metrics (src/adapters/metrics/observer.ts; tests script it). */
export interface ObserverPort {
  observe(service: Service, stage: StageRef, now: number): Promise<StageJudgement>;
}

/** Calls a pre-/post-step hook; ok is a 2xx answer within the hook's timeout. Never throws. */
export interface HookPort {
  call(hook: Hook, payload: Record<string, unknown>): Promise<{ ok: boolean; detail: string }>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Every port one rollout uses. */
export interface RolloutPorts {
  cloudRun: CloudRunPort;
  haproxy?: HaproxyRuntimePort;
  prober?: ProberPort;
  observer: ObserverPort;
  /** rollout events for notifications; must return at once and never throw */
  notifier?: { notify(e: RolloutEvent): void };
  hooks?: HookPort;
}
