// Cloud Run v2 protos ↔ the port's snapshots. The client hands back two encodings: plain
// objects from unary calls (enums as strings, int64 as strings) and protobufjs messages from
// decoded LRO results (enums as numbers, int64 as Long); every reader here accepts both.
import type { protos } from '@google-cloud/run';
import type { RevisionSnapshot, ServiceSnapshot, ServiceUpdate, TrafficTarget } from '../rollout/ports.js';

export type ServiceProto = protos.google.cloud.run.v2.IService;
export type RevisionProto = protos.google.cloud.run.v2.IRevision;
type TrafficProto = protos.google.cloud.run.v2.ITrafficTarget;
type TrafficStatusProto = protos.google.cloud.run.v2.ITrafficTargetStatus;

const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
const LATEST_NUM = 1;

/** Annotation namespaces the v2 API reserves and rejects on write. */
export const RESERVED_ANNOTATION =
  /^(run\.googleapis\.com|cloud\.googleapis\.com|serving\.knative\.dev|autoscaling\.knative\.dev)\//;

export function shortName(name: string | null | undefined): string {
  if (!name) return '';
  return name.slice(name.lastIndexOf('/') + 1);
}

/** A protobuf int64 (Long, string or number) read as a number; absent is 0. */
function intOf(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  return Number(typeof value === 'object' ? String(value) : value);
}

function isLatest(type: unknown): boolean {
  return type === LATEST || type === LATEST_NUM;
}

function isoTime(ts: { seconds?: unknown; nanos?: number | null } | null | undefined): string | undefined {
  if (!ts || ts.seconds === undefined || ts.seconds === null) return undefined;
  return new Date(intOf(ts.seconds) * 1000 + Math.floor((ts.nanos ?? 0) / 1e6)).toISOString();
}

function fromTraffic(t: TrafficProto | TrafficStatusProto): TrafficTarget & { uri?: string } {
  const out: TrafficTarget & { uri?: string } = { percent: t.percent ?? 0 };
  if (isLatest(t.type)) out.latest = true;
  // a LATEST status names the revision it resolved to; a LATEST spec target has none
  if (t.revision) out.revision = t.revision;
  if (t.tag) out.tag = t.tag;
  const uri = (t as TrafficStatusProto).uri;
  if (uri) out.uri = uri;
  return out;
}

export function toTrafficProto(t: TrafficTarget): TrafficProto {
  const out: TrafficProto = t.latest
    ? { type: LATEST as never, percent: t.percent }
    : { type: REVISION as never, revision: t.revision, percent: t.percent };
  if (t.tag) out.tag = t.tag;
  return out;
}

export function imageOfTemplate(template: ServiceProto['template']): string {
  return template?.containers?.[0]?.image ?? '';
}

export function toServiceSnapshot(s: ServiceProto): ServiceSnapshot {
  const terminal = s.terminalCondition;
  const snapshot: ServiceSnapshot = {
    name: shortName(s.name),
    etag: s.etag ?? '',
    generation: intOf(s.generation),
    image: imageOfTemplate(s.template),
    annotations: { ...(s.annotations ?? {}) },
    traffic: (s.traffic ?? []).map((t) => {
      const { uri: _uri, ...target } = fromTraffic(t);
      return target;
    }),
    trafficStatuses: (s.trafficStatuses ?? []).map(fromTraffic),
    latestReadyRevision: shortName(s.latestReadyRevision) || null,
    latestCreatedRevision: shortName(s.latestCreatedRevision) || null,
    uri: s.uri ?? '',
    lastModifier: s.lastModifier || undefined,
    reconciling: Boolean(s.reconciling),
  };
  if (terminal && conditionState(terminal.state) === 'failed')
    snapshot.failure = terminal.message || 'failed';
  return snapshot;
}

function conditionState(state: unknown): 'ready' | 'failed' | 'pending' {
  if (state === 'CONDITION_SUCCEEDED' || state === 4) return 'ready';
  if (state === 'CONDITION_FAILED' || state === 3) return 'failed';
  return 'pending';
}

export function toRevisionSnapshot(r: RevisionProto): RevisionSnapshot {
  const ready = (r.conditions ?? []).find((c) => c.type === 'Ready');
  const state = ready ? conditionState(ready.state) : 'pending';
  const out: RevisionSnapshot = {
    name: shortName(r.name),
    image: r.containers?.[0]?.image ?? '',
    ready: state === 'ready' ? true : state === 'failed' ? false : null,
  };
  if (state === 'failed')
    out.reason = ready?.message || String(ready?.revisionReason ?? ready?.reason ?? 'failed');
  const created = isoTime(r.createTime as never);
  if (created) out.createTime = created;
  return out;
}

/** The fields a write may set: everything mutable from the read, nothing output-only. */
function writableFields(base: ServiceProto): ServiceProto {
  return {
    name: base.name,
    description: base.description,
    labels: base.labels,
    annotations: base.annotations,
    client: base.client,
    clientVersion: base.clientVersion,
    ingress: base.ingress,
    launchStage: base.launchStage,
    binaryAuthorization: base.binaryAuthorization,
    template: base.template,
    traffic: base.traffic,
    scaling: base.scaling,
    invokerIamDisabled: base.invokerIamDisabled,
    defaultUriDisabled: base.defaultUriDisabled,
    customAudiences: base.customAudiences,
  };
}

/** The UpdateService body: the service as read, with the update applied, and the mask of what changed. */
export function buildUpdate(
  base: ServiceProto,
  etag: string,
  update: ServiceUpdate,
): { service: ServiceProto; updateMask: { paths: string[] } } {
  const service = { ...writableFields(base), etag };
  const paths: string[] = [];
  if (update.template) {
    const containers = [...(base.template?.containers ?? [])];
    containers[0] = { ...(containers[0] ?? {}), image: update.template.image };
    service.template = { ...(base.template ?? {}), revision: update.template.revisionName, containers };
    paths.push('template');
  }
  if (update.traffic) {
    service.traffic = update.traffic.map(toTrafficProto);
    paths.push('traffic');
  }
  if (update.annotations) {
    const merged: Record<string, string> = { ...(base.annotations ?? {}) };
    for (const [key, value] of Object.entries(update.annotations)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    service.annotations = merged;
    paths.push('annotations');
  }
  return { service, updateMask: { paths } };
}
