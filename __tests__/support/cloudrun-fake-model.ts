// The Cloud Run fake's domain model: services, revisions and operations in memory, with the
// validation rules of the real Admin API v2. Objects here are proto-shaped (camelCase, as
// @grpc/proto-loader decodes them with `defaults: false`), so the server only (de)serialises.
// Time is read through `now()` so a test can drive readiness with its own clock.
import { status } from '@grpc/grpc-js';
import { randomBytes, randomUUID } from 'node:crypto';

export type Obj = Record<string, unknown>;

export const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
export const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';

export interface TrafficProto {
  type?: string;
  revision?: string;
  percent?: number;
  tag?: string;
}

export interface StatusProto extends TrafficProto {
  uri?: string;
}

export interface FakeRevision {
  key: string; // projects/P/locations/L/services/S/revisions/R
  service: string; // full service name
  name: string; // short
  image: string;
  template: Obj;
  uid: string;
  createdAt: number;
  /** when it stops reconciling; then ready, or failed when failReason is set */
  readyAt: number;
  failReason?: string;
}

export interface FakeService {
  key: string; // projects/P/locations/L/services/S
  project: string;
  location: string;
  name: string;
  uid: string;
  generation: number;
  observedGeneration: number;
  etag: string;
  description: string;
  annotations: Record<string, string>;
  labels: Record<string, string>;
  template: Obj;
  traffic: TrafficProto[];
  /** what is actually routed: replaced only when an operation succeeds */
  trafficStatuses: StatusProto[];
  latestCreatedRevision: string; // short
  createdAt: number;
  updatedAt: number;
  creator: string;
  lastModifier: string;
  terminal: { state: string; message?: string };
}

export interface FakeOperation {
  name: string;
  service: string; // service key
  generation: number;
  doneAt: number;
  /** revisions (short names) that must stop reconciling before the operation completes */
  waitFor: string[];
  /** revisions that fail the operation when they fail (new revision, or serving > 0%) */
  mustBeReady: string[];
  injectedError?: { code: number; message: string };
  done: boolean;
  error?: { code: number; message: string };
}

/** A gRPC error as grpc-js servers send it. */
export class FakeRpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
  get details(): string {
    return this.message;
  }
}

export const NAME_RE = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const TAG_RE = /^[a-z]([-a-z0-9]{0,44}[a-z0-9])?$/;

export function newEtag(generation: number): string {
  return `"g${generation}-${randomBytes(4).toString('hex')}"`;
}

export function newUid(): string {
  return randomUUID();
}

export function shortName(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

export function timestamp(ms: number): Obj {
  return { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 };
}

export function imageOf(template: Obj): string {
  const containers = (template.containers as Obj[] | undefined) ?? [];
  return String(containers[0]?.image ?? '');
}

/** Drops default values so two templates compare equal however they were encoded. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const out: Obj = {};
    for (const key of Object.keys(value).sort()) {
      const v = canonical((value as Obj)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (value === '' || value === 0 || value === false || value === null || value === '0') return undefined;
  // the client encodes enum zero values it was given; they mean "unset"
  if (typeof value === 'string' && value.endsWith('_UNSPECIFIED')) return undefined;
  return value;
}

export function sameTemplate(a: Obj, b: Obj): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export function randomSuffix(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from(randomBytes(3), (b) => letters[b % 26]).join('');
}

/** Checks a revision name the way Cloud Run does: `<service>-<suffix>`, DNS label rules. */
export function validateRevisionName(service: string, name: string): void {
  if (!name.startsWith(`${service}-`) || name.length === service.length + 1 || !NAME_RE.test(name)) {
    throw new FakeRpcError(
      status.INVALID_ARGUMENT,
      `template.revision: '${name}' is not a valid revision name: it must be '${service}-<suffix>', ` +
        'lowercase letters, digits and dashes, at most 63 characters',
    );
  }
}

/** Traffic validation as the Admin API does it; returns the targets with types filled in. */
export function validateTraffic(
  targets: TrafficProto[],
  known: (revision: string) => boolean,
): TrafficProto[] {
  const list = targets.length ? targets : [{ type: LATEST, percent: 100 }];
  const tags = new Set<string>();
  let sum = 0;
  const out = list.map((t, i) => {
    const type =
      t.type && t.type !== 'TRAFFIC_TARGET_ALLOCATION_TYPE_UNSPECIFIED'
        ? t.type
        : t.revision
          ? REVISION
          : LATEST;
    const percent = t.percent ?? 0;
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
      throw new FakeRpcError(
        status.INVALID_ARGUMENT,
        `spec.traffic[${i}].percent: ${percent} must be between 0 and 100`,
      );
    }
    sum += percent;
    if (type === REVISION && !t.revision) {
      throw new FakeRpcError(
        status.INVALID_ARGUMENT,
        `spec.traffic[${i}]: a REVISION target must name a revision`,
      );
    }
    if (type === LATEST && t.revision) {
      throw new FakeRpcError(
        status.INVALID_ARGUMENT,
        `spec.traffic[${i}]: a LATEST target must not name a revision`,
      );
    }
    if (type === REVISION && !known(t.revision!)) {
      throw new FakeRpcError(
        status.INVALID_ARGUMENT,
        `spec.traffic[${i}].revision: Revision named '${t.revision}' does not exist`,
      );
    }
    if (t.tag) {
      if (!TAG_RE.test(t.tag)) {
        throw new FakeRpcError(
          status.INVALID_ARGUMENT,
          `spec.traffic[${i}].tag: '${t.tag}' is not a valid tag`,
        );
      }
      if (tags.has(t.tag)) {
        throw new FakeRpcError(
          status.INVALID_ARGUMENT,
          `spec.traffic[${i}].tag: tag '${t.tag}' is used more than once`,
        );
      }
      tags.add(t.tag);
    }
    const target: TrafficProto = { type, percent };
    if (t.revision) target.revision = t.revision;
    if (t.tag) target.tag = t.tag;
    return target;
  });
  if (sum !== 100) {
    throw new FakeRpcError(
      status.INVALID_ARGUMENT,
      `spec.traffic: percents add up to ${sum}; they must add up to 100`,
    );
  }
  return out;
}

/** Applies annotation/label style maps from a request (the request replaces the whole map). */
export function mapOf(value: unknown): Record<string, string> {
  return { ...((value as Record<string, string> | undefined) ?? {}) };
}
