// gRPC failures from the Cloud Run Admin API → CloudRunError, with what was being done and
// what to fix. The kind decides what the engine may do next (re-read on conflict, retry a read
// on transient, stop otherwise).
import { CloudRunError, type CloudRunErrorKind } from '../rollout/ports.js';

// grpc status codes (numbers are part of the gRPC spec; no need to load grpc-js for them)
export const Code = {
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

const TRANSIENT: number[] = [Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.RESOURCE_EXHAUSTED];

const HINTS: Record<CloudRunErrorKind, string> = {
  conflict:
    'another writer changed the service since it was read; read it again and re-plan (or re-run the workflow)',
  'not-found':
    'check the project, region and service name in traffic-policy.yaml; the service must exist before canary-relay manages it',
  invalid: 'Cloud Run rejected the request; fix what the message names',
  transient: 'Cloud Run is temporarily unavailable or overloaded; re-run the workflow',
  permission:
    'grant the workflow identity roles/run.developer on the service and roles/iam.serviceAccountUser on its runtime service account',
  failed: 'see the message above; the service keeps serving what it served before',
  timeout: 'the write was accepted and may still complete; re-run to read the service again',
};

export function grpcCodeOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

export function isTransient(err: unknown): boolean {
  const code = grpcCodeOf(err);
  return code !== undefined && TRANSIENT.includes(code);
}

/** The error's own text without gRPC's "14 UNAVAILABLE: " prefix. */
function detailsOf(err: unknown): string {
  const e = err as { details?: unknown; message?: unknown } | null;
  if (typeof e?.details === 'string' && e.details) return e.details;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return message.replace(/^\d+ [A-Z_]+: /, '');
}

export function kindOf(code: number | undefined, details: string): CloudRunErrorKind {
  switch (code) {
    case Code.ABORTED:
      return 'conflict';
    case Code.FAILED_PRECONDITION:
      return /etag/i.test(details) ? 'conflict' : 'failed';
    case Code.NOT_FOUND:
      return 'not-found';
    case Code.INVALID_ARGUMENT:
    case Code.ALREADY_EXISTS:
      return 'invalid';
    case Code.UNAVAILABLE:
    case Code.DEADLINE_EXCEEDED:
    case Code.RESOURCE_EXHAUSTED:
      return 'transient';
    case Code.PERMISSION_DENIED:
    case Code.UNAUTHENTICATED:
      return 'permission';
    default:
      return 'failed';
  }
}

/** Wraps any failure of a Cloud Run call; `doing` reads like "updating service checkout (etag …)". */
export function toCloudRunError(err: unknown, doing: string): CloudRunError {
  if (err instanceof CloudRunError) return err;
  const code = grpcCodeOf(err);
  const details = detailsOf(err);
  const kind = kindOf(code, details);
  const hint =
    code === Code.ALREADY_EXISTS
      ? 'revision names are unique per service: use a new revision name (a new commit) or deploy by `revision:`'
      : HINTS[kind];
  return new CloudRunError(kind, `Cloud Run: ${doing} failed: ${details}. ${hint}.`, code);
}

/** A long-running operation that ended with an error status. */
export function lroFailed(
  doing: string,
  operation: string,
  status: { code?: number; message?: string },
): CloudRunError {
  return new CloudRunError(
    'failed',
    `Cloud Run: ${doing}: operation ${operation} failed: ${status.message ?? 'no message'}. ${HINTS.failed}.`,
    status.code,
  );
}
