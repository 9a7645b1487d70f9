/**
 * A Cloud Run Admin API v2 fake: a real gRPC server built from the .proto files that
 * @google-cloud/run ships, so the real `ServicesClient` / `RevisionsClient` talk to it.
 *
 *   const fake = await startCloudRunFake({ readyDelayMs: 40, lroDelayMs: 20 });
 *   fake.seedService({ name: 'checkout', image: 'img:v1' });        // revision checkout-00001-abc, 100% LATEST
 *   const run = createCloudRun({ project: 'acme-prod', region: 'us-central1', endpoint: fake.endpoint });
 *   ...
 *   await fake.stop();
 *
 * Options (all optional): readyDelayMs (revision readiness, default 40), lroDelayMs (minimum
 * operation time, default 20), projectNumber (URLs, default 123456789012), now (clock, default
 * Date.now — readiness and operations are settled lazily on each RPC against it).
 *
 * The handle:
 * - `port`, `endpoint` ('http://127.0.0.1:PORT'), `clientOptions()` (ServicesClient/RevisionsClient
 *   options: apiEndpoint, port, insecure sslCreds, a dummy authClient — no metadata probe).
 * - `seedService({ name, project?='acme-prod', location?='us-central1', image?, revision?,
 *   annotations?, traffic?, revisions?: [{ name, image, failReason? }], modifier? })` → FakeService.
 * - `service(name, project?, location?)` → the settled FakeService (internal state: template,
 *   traffic, trafficStatuses, annotations, etag, generation, latestCreatedRevision, lastModifier…);
 *   `serviceProto(name)` → what GetService would answer; `revision(service, rev)` → FakeRevision;
 *   `revisionState(service, rev)` → 'pending' | 'ready' | 'failed' | 'missing';
 *   `latestReady(service)` → short name or null.
 * - `externalWrite(name, mutate, modifier?)`: another writer changes the service (bumps
 *   generation and etag, sets lastModifier) — for conflict tests.
 * - `calls`: every RPC as { method, request, code, at } (code 0 = OK); `count(method?)`;
 *   `countBy()` → { reads, writes, lroPolls }; `resetCalls()`.
 * - `faults` (FakeFaults): failNext(method, code, times?, message?), unavailable(method, times?),
 *   deadlineExceeded(method, times?), failNextLro(message?, code?), slowNextLro(extraMs),
 *   failImage(image, reason), failNextRevision(reason), onNextUpdate(hook), clear().
 * - `store` (FakeStore) for anything else — e.g. `store.opts.readyDelayMs = 500` changes the
 *   delay for revisions created from then on; `stop()`.
 * Call faults are consumed in order per method; failImage stays until clear(); an LRO failure
 * (failNextLro) leaves the written spec in place (traffic, annotations) but routing
 * (trafficStatuses) unchanged — read trafficStatuses to know what serves.
 *
 * Semantics (like the service): UpdateService checks the etag (stale → ABORTED "etag mismatch
 * … modified by <lastModifier>"), honours update_mask by top-level field (template, traffic,
 * annotations, labels, description) or replaces them all when it is empty; a changed template
 * creates a revision (template.revision if set: must be `<service>-<suffix>` and new, else
 * ALREADY_EXISTS; otherwise `<service>-0000N-xyz`); traffic must add up to 100, name existing
 * revisions (or the one being created) and use each tag once (else INVALID_ARGUMENT); empty
 * traffic means 100% LATEST. Every write bumps generation and etag and answers with an LRO that
 * is not done at once: it completes when lroDelayMs has passed and the new / referenced
 * revisions stopped reconciling; it fails (FAILED_PRECONDITION, Cloud Run's "Revision 'x' is not
 * ready and cannot serve traffic. <reason>") when the new revision or one serving > 0% failed.
 * On success `trafficStatuses` (with tag URIs https://TAG---SERVICE-PROJECTNUMBER.REGION.run.app)
 * follow the spec; on failure they stay as they were and terminalCondition says why. The done
 * operation's response is a packed google.cloud.run.v2.Service. Revisions report readiness in
 * `conditions` (Ready: CONDITION_RECONCILING → CONDITION_SUCCEEDED, or CONDITION_FAILED + message).
 * The modifier recorded for a write is the `x-fake-principal` request header, else 'client@fake'.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { FakeFaults, type FakeMethod } from './cloudrun-fake-faults.js';
import { FakeRpcError, type FakeService, type Obj } from './cloudrun-fake-model.js';
import { FakeStore, type SeedOptions, type StoreOptions } from './cloudrun-fake-store.js';

export { FakeFaults, type FakeMethod } from './cloudrun-fake-faults.js';
export type { FakeService, FakeRevision } from './cloudrun-fake-model.js';
export type { SeedOptions } from './cloudrun-fake-store.js';

export interface FakeCall {
  method: FakeMethod;
  request: Obj;
  /** grpc status the fake answered with (0 = OK) */
  code: number;
  at: number;
}

export interface CloudRunFake {
  port: number;
  endpoint: string;
  store: FakeStore;
  faults: FakeFaults;
  calls: FakeCall[];
  clientOptions(): Record<string, unknown>;
  seedService(seed: SeedOptions): FakeService;
  service(name: string, project?: string, location?: string): FakeService;
  serviceProto(name: string, project?: string, location?: string): Obj;
  revision(
    service: string,
    revision: string,
    project?: string,
    location?: string,
  ): import('./cloudrun-fake-model.js').FakeRevision;
  revisionState(
    service: string,
    revision: string,
    project?: string,
    location?: string,
  ): ReturnType<FakeStore['revisionState']>;
  latestReady(service: string, project?: string, location?: string): string | null;
  externalWrite(
    name: string,
    mutate: (svc: FakeService) => void,
    modifier?: string,
    project?: string,
    location?: string,
  ): FakeService;
  count(method?: FakeMethod): number;
  countBy(): { reads: number; writes: number; lroPolls: number };
  resetCalls(): void;
  stop(): Promise<void>;
}

const READS: FakeMethod[] = ['GetService', 'ListServices', 'GetRevision', 'ListRevisions'];
const WRITES: FakeMethod[] = ['CreateService', 'UpdateService'];

function loadProtos(): protoLoader.PackageDefinition {
  const require = createRequire(import.meta.url);
  const runProtos = join(dirname(require.resolve('@google-cloud/run/package.json')), 'build', 'protos');
  // google-gax does not export package.json; its main file lives in <gax>/build/src/.
  const gaxMain = require.resolve('google-gax', { paths: [dirname(runProtos)] });
  const gaxDir = gaxMain.slice(0, gaxMain.lastIndexOf(`${sep}build${sep}`));
  return protoLoader.loadSync(
    [
      'google/cloud/run/v2/service.proto',
      'google/cloud/run/v2/revision.proto',
      'google/longrunning/operations.proto',
    ],
    {
      includeDirs: [runProtos, join(gaxDir, 'build', 'protos')],
      keepCase: false,
      longs: String,
      enums: String,
      defaults: false,
      arrays: true,
      objects: true,
      oneofs: true,
    },
  );
}

export async function startCloudRunFake(options: Partial<StoreOptions> = {}): Promise<CloudRunFake> {
  const defs = loadProtos();
  const faults = new FakeFaults();
  const store = new FakeStore(
    {
      readyDelayMs: options.readyDelayMs ?? 40,
      lroDelayMs: options.lroDelayMs ?? 20,
      projectNumber: options.projectNumber ?? '123456789012',
      now: options.now ?? Date.now,
    },
    faults,
  );
  const calls: FakeCall[] = [];
  const servicesDef = defs['google.cloud.run.v2.Services'] as grpc.ServiceDefinition;
  const packService = (svc: FakeService): Obj => ({
    typeUrl: 'type.googleapis.com/google.cloud.run.v2.Service',
    value: servicesDef.GetService.responseSerialize(store.serviceProto(svc)),
  });

  const operationProto = (name: string): Obj => {
    const op = store.operations.get(name);
    if (!op) throw new FakeRpcError(grpc.status.NOT_FOUND, `Operation '${name}' does not exist.`);
    const svc = store.services.get(op.service);
    const out: Obj = { name: op.name, done: op.done };
    if (svc) out.metadata = packService(svc);
    if (op.done && op.error) out.error = { code: op.error.code, message: op.error.message };
    else if (op.done && svc) out.response = packService(svc);
    return out;
  };

  const modifierOf = (call: grpc.ServerUnaryCall<Obj, Obj>): string =>
    String(call.metadata.get('x-fake-principal')[0] ?? 'client@fake');

  /** Wraps a handler: records the call, applies injected faults, settles state, maps errors. */
  const unary =
    (method: FakeMethod, handle: (req: Obj, call: grpc.ServerUnaryCall<Obj, Obj>) => Obj) =>
    (call: grpc.ServerUnaryCall<Obj, Obj>, callback: grpc.sendUnaryData<Obj>): void => {
      const entry: FakeCall = { method, request: call.request, code: 0, at: store.opts.now() };
      calls.push(entry);
      try {
        const fault = faults.takeCallFault(method);
        if (fault) throw new FakeRpcError(fault.code, fault.message);
        store.settle();
        callback(null, handle(call.request, call));
      } catch (err) {
        const code = err instanceof FakeRpcError ? err.code : grpc.status.INTERNAL;
        entry.code = code;
        callback({ code, details: (err as Error).message, metadata: new grpc.Metadata() });
      }
    };

  const server = new grpc.Server();
  server.addService(servicesDef, {
    GetService: unary('GetService', (req) => store.serviceProto(store.mustGetService(String(req.name)))),
    ListServices: unary('ListServices', (req) => ({
      services: [...store.services.values()]
        .filter((s) => s.key.startsWith(`${String(req.parent)}/services/`))
        .map((s) => store.serviceProto(s)),
    })),
    UpdateService: unary('UpdateService', (req, call) => {
      faults.takeUpdateHook()?.();
      return operationProto(store.write(req as never, modifierOf(call)).name);
    }),
    CreateService: unary('CreateService', (req, call) => {
      const key = `${String(req.parent)}/services/${String(req.serviceId)}`;
      if (store.services.has(key))
        throw new FakeRpcError(
          grpc.status.ALREADY_EXISTS,
          `Service '${String(req.serviceId)}' already exists.`,
        );
      const service = { ...(req.service as Obj), name: key, etag: '' };
      return operationProto(
        store.write(
          { service, allowMissing: true, validateOnly: Boolean(req.validateOnly) },
          modifierOf(call),
        ).name,
      );
    }),
  });
  server.addService(defs['google.cloud.run.v2.Revisions'] as grpc.ServiceDefinition, {
    GetRevision: unary('GetRevision', (req) => store.revisionProto(store.mustGetRevision(String(req.name)))),
    ListRevisions: unary('ListRevisions', (req) => {
      store.mustGetService(String(req.parent));
      const revisions = [...store.revisions.values()]
        .filter((r) => r.service === req.parent)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((r) => store.revisionProto(r));
      return { revisions, nextPageToken: '' };
    }),
  });
  server.addService(defs['google.longrunning.Operations'] as grpc.ServiceDefinition, {
    GetOperation: unary('GetOperation', (req) => operationProto(String(req.name))),
  });

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );

  const key = (name: string, project = 'acme-prod', location = 'us-central1') =>
    store.serviceKey(project, location, name);
  const service = (name: string, project?: string, location?: string): FakeService => {
    store.settle();
    return store.mustGetService(key(name, project, location));
  };

  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    store,
    faults,
    calls,
    clientOptions: () => ({
      apiEndpoint: '127.0.0.1',
      port,
      sslCreds: grpc.credentials.createInsecure(),
      authClient: { universeDomain: 'googleapis.com', getRequestHeaders: async () => new Headers() },
    }),
    seedService: (seed) => store.seedService(seed),
    service,
    serviceProto: (name, project, location) => store.serviceProto(service(name, project, location)),
    revision: (svc, rev, project, location) => {
      store.settle();
      return store.mustGetRevision(`${key(svc, project, location)}/revisions/${rev}`);
    },
    revisionState: (svc, rev, project, location) => store.revisionState(key(svc, project, location), rev),
    latestReady: (svc, project, location) => store.latestReady(service(svc, project, location)),
    externalWrite: (name, mutate, modifier = 'someone-else@example.com', project, location) => {
      const svc = service(name, project, location);
      mutate(svc);
      svc.generation += 1;
      svc.observedGeneration = svc.generation;
      svc.etag = `"g${svc.generation}-external"`;
      svc.lastModifier = modifier;
      svc.updatedAt = store.opts.now();
      svc.trafficStatuses = store.statusesFor(svc);
      return svc;
    },
    count: (method) => (method ? calls.filter((c) => c.method === method).length : calls.length),
    countBy: () => ({
      reads: calls.filter((c) => READS.includes(c.method)).length,
      writes: calls.filter((c) => WRITES.includes(c.method)).length,
      lroPolls: calls.filter((c) => c.method === 'GetOperation').length,
    }),
    resetCalls: () => {
      calls.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
        setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 200).unref();
      }),
  };
}
