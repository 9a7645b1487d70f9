// CloudRunPort over the real Admin API v2 client (@google-cloud/run, gRPC).
//
// Retries: gax's own retries are switched off on every call (`retry: null` in the call
// options, which also reach the operation polls through the Operation's saved call settings),
// so each RPC the adapter counts is exactly one RPC on the wire. The adapter retries reads
// itself, with backoff, on UNAVAILABLE / DEADLINE_EXCEEDED / RESOURCE_EXHAUSTED; a write is
// sent once — a write failing transiently surfaces as CloudRunError('transient') and the engine
// decides (it re-reads first, so the etag protects against double application).
// Operations are polled by the adapter (one GetOperation per pollMs) until done or lroTimeoutMs.
import { RevisionsClient, ServicesClient } from '@google-cloud/run';
import {
  CloudRunError,
  type CloudRunPort,
  type RevisionSnapshot,
  type ServiceSnapshot,
  type ServiceUpdate,
} from '../rollout/ports.js';
import { isTransient, lroFailed, toCloudRunError } from './cloud-run-errors.js';
import { endpointOptions } from './cloud-run-endpoint.js';
import {
  buildUpdate,
  RESERVED_ANNOTATION,
  toRevisionSnapshot,
  toServiceSnapshot,
  type ServiceProto,
} from './cloud-run-map.js';
import { realSleep, withRetry, type RetryPolicy } from './retry.js';

export interface CloudRunOptions {
  project: string;
  region: string;
  /** '' → Google; http://host:port → plaintext, no credentials; host[:port] → TLS */
  endpoint?: string;
  /** a google-auth-library AuthClient to use instead of Application Default Credentials */
  authClient?: unknown;
  /** how long to wait for a write's long-running operation (default 10 min) */
  lroTimeoutMs?: number;
  /** why that long, for the timeout's message ("10 min, or less before the job's time limit") */
  lroTimeoutWhy?: string;
  /** delay between operation / readiness polls (default 2 s) */
  pollMs?: number;
  /** deadline of one RPC (default 30 s) */
  rpcTimeoutMs?: number;
  /** retries of reads on transient errors (default 4 attempts, 250 ms doubling, max 5 s) */
  retry?: RetryPolicy;
  /** extra request metadata sent on every call */
  headers?: Record<string, string>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** RPCs sent (each attempt counts once), so they equal what the server saw. */
export interface CloudRunCounters {
  reads: number;
  writes: number;
  lroPolls: number;
  /** read attempts that were repeated after a transient error (included in reads) */
  retries: number;
}

export interface CloudRunAdapter extends CloudRunPort {
  counters: CloudRunCounters;
  waitForRevision(service: string, revision: string, timeoutMs: number): Promise<RevisionSnapshot>;
  /** every service in the project/region (status without a policy) */
  listServices(): Promise<ServiceSnapshot[]>;
  /** closes the gRPC channels */
  close(): Promise<void>;
}

interface LroOperation {
  name: string;
  done?: boolean | null;
  result: unknown;
  latestResponse: { done?: boolean | null; error?: { code?: number; message?: string } | null };
  getOperation(): Promise<unknown>;
}

export function createCloudRun(opts: CloudRunOptions): CloudRunAdapter {
  const clientOpts = endpointOptions(opts.endpoint, opts.authClient);
  const services = new ServicesClient(clientOpts as never);
  const revisions = new RevisionsClient(clientOpts as never);
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? Date.now;
  const pollMs = opts.pollMs ?? 2000;
  const lroTimeoutMs = opts.lroTimeoutMs ?? 600_000;
  const rpcTimeoutMs = opts.rpcTimeoutMs ?? 30_000;
  const counters: CloudRunCounters = { reads: 0, writes: 0, lroPolls: 0, retries: 0 };
  /** the last service read per name: the base of the next write with the same etag */
  const lastRead = new Map<string, ServiceProto>();

  const parent = `projects/${opts.project}/locations/${opts.region}`;
  const serviceName = (s: string) => `${parent}/services/${s}`;
  const revisionName = (s: string, r: string) => `${serviceName(s)}/revisions/${r}`;
  // gax mutates call options (headers), so every call gets its own copy
  const call = () => ({
    retry: null,
    timeout: rpcTimeoutMs,
    ...(opts.headers ? { otherArgs: { headers: { ...opts.headers } } } : {}),
  });

  async function read<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await withRetry(
        () => {
          counters.reads += 1;
          return fn();
        },
        isTransient,
        opts.retry ?? {},
        { sleep, onRetry: () => (counters.retries += 1) },
      );
    } catch (err) {
      throw toCloudRunError(err, doing);
    }
  }

  async function readService(service: string): Promise<ServiceProto> {
    const [svc] = await read(`reading service ${service} in ${opts.project}/${opts.region}`, () =>
      services.getService({ name: serviceName(service) }, call() as never),
    );
    lastRead.set(service, svc);
    return svc;
  }

  async function getRevision(service: string, revision: string): Promise<RevisionSnapshot> {
    const [rev] = await read(`reading revision ${revision} of service ${service}`, () =>
      revisions.getRevision({ name: revisionName(service, revision) }, call() as never),
    );
    return toRevisionSnapshot(rev);
  }

  /** Polls the operation until it is done; errors say which operation and what it was for. */
  async function awaitOperation(op: LroOperation, doing: string): Promise<ServiceProto> {
    const deadline = now() + lroTimeoutMs;
    while (!op.latestResponse.done) {
      if (now() >= deadline) {
        throw new CloudRunError(
          'timeout',
          `Cloud Run: ${doing}: operation ${op.name} was not done after ${lroTimeoutMs} ms` +
            `${opts.lroTimeoutWhy ? ` (the bound: ${opts.lroTimeoutWhy})` : ''}. ` +
            'The write was accepted and may still complete; re-run to read the service again.',
        );
      }
      await sleep(Math.min(pollMs, Math.max(0, deadline - now())));
      counters.lroPolls += 1;
      try {
        await op.getOperation();
      } catch (err) {
        if (op.latestResponse.done) break; // the operation itself failed; reported below
        if (!isTransient(err)) throw toCloudRunError(err, `${doing}: polling operation ${op.name}`);
        counters.retries += 1; // polling is a read: try again at the next tick
      }
    }
    const error = op.latestResponse.error;
    if (error && (error.code ?? 0) !== 0) throw lroFailed(doing, op.name, error);
    return op.result as ServiceProto;
  }

  /** The service as read with `etag`: the cached read, or one fresh read that must match. */
  async function baseFor(service: string, etag: string): Promise<ServiceProto> {
    const cached = lastRead.get(service);
    if (cached?.etag === etag) return cached;
    const fresh = await readService(service);
    if (fresh.etag !== etag) {
      const who = fresh.lastModifier ? ` by ${fresh.lastModifier}` : '';
      throw new CloudRunError(
        'conflict',
        `Cloud Run: updating service ${service} (etag ${etag}): the service was changed${who} since it was read ` +
          `(now etag ${fresh.etag}); read it again and re-plan.`,
      );
    }
    return fresh;
  }

  async function updateService(
    service: string,
    etag: string,
    update: ServiceUpdate,
  ): Promise<ServiceSnapshot> {
    const doing = `updating service ${service} (etag ${etag})`;
    const reserved = Object.keys(update.annotations ?? {}).filter((k) => RESERVED_ANNOTATION.test(k));
    if (reserved.length) {
      throw new CloudRunError(
        'invalid',
        `Cloud Run: ${doing}: annotation ${reserved.join(', ')} is in a namespace the v2 API reserves; use another prefix.`,
      );
    }
    const base = await baseFor(service, etag);
    const request = buildUpdate(base, etag, update);
    let op: LroOperation;
    try {
      counters.writes += 1;
      [op] = (await services.updateService(request, call() as never)) as unknown as [LroOperation];
    } catch (err) {
      throw toCloudRunError(err, doing);
    }
    const result = await awaitOperation(op, doing);
    lastRead.set(service, result);
    return toServiceSnapshot(result);
  }

  async function waitForRevision(
    service: string,
    revision: string,
    timeoutMs: number,
  ): Promise<RevisionSnapshot> {
    const deadline = now() + timeoutMs;
    for (;;) {
      const rev = await getRevision(service, revision);
      if (rev.ready !== null) return rev;
      if (now() >= deadline) {
        throw new CloudRunError(
          'timeout',
          `Cloud Run: waiting for revision ${revision} of service ${service}: still not ready after ${timeoutMs} ms; ` +
            'check the revision in the Cloud Run console (logs) and re-run.',
        );
      }
      await sleep(Math.min(pollMs, Math.max(0, deadline - now())));
    }
  }

  return {
    counters,
    getService: async (service) => toServiceSnapshot(await readService(service)),
    getRevision,
    listRevisions: async (service) => {
      const [list] = await read(`listing revisions of service ${service}`, () =>
        revisions.listRevisions({ parent: serviceName(service) }, call() as never),
      );
      return list.map(toRevisionSnapshot);
    },
    updateService,
    waitForRevision,
    listServices: async () => {
      const [list] = await read(`listing the services in ${opts.project}/${opts.region}`, () =>
        services.listServices({ parent }, call() as never),
      );
      return list.map(toServiceSnapshot);
    },
    close: async () => {
      await Promise.all([services.close(), revisions.close()]);
    },
  };
}
