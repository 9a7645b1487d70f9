// The Cloud Run fake's state and its write semantics (what UpdateService does to a service).
// Readiness and operations advance lazily: every RPC first calls settle(), which finishes
// whatever is due at now(). Nothing here runs timers, so a stopped fake leaves nothing behind.
import { status } from '@grpc/grpc-js';
import type { FakeFaults } from './cloudrun-fake-faults.js';
import {
  FakeRpcError,
  imageOf,
  LATEST,
  mapOf,
  newEtag,
  newUid,
  randomSuffix,
  sameTemplate,
  shortName,
  timestamp,
  validateRevisionName,
  validateTraffic,
  type FakeOperation,
  type FakeRevision,
  type FakeService,
  type Obj,
  type StatusProto,
  type TrafficProto,
} from './cloudrun-fake-model.js';

export interface StoreOptions {
  /** ms from creation until a revision is ready (or fails) — default 40 */
  readyDelayMs: number;
  /** ms an operation takes at least — default 20 */
  lroDelayMs: number;
  /** used in URLs: https://SERVICE-PROJECTNUMBER.REGION.run.app — default 123456789012 */
  projectNumber: string;
  now: () => number;
}

export interface SeedOptions {
  name: string;
  project?: string;
  location?: string;
  image?: string;
  /** the serving revision's short name (default `<name>-00001-abc`) */
  revision?: string;
  annotations?: Record<string, string>;
  /** defaults to 100% LATEST */
  traffic?: TrafficProto[];
  /** older revisions to create first (ready, or failed when failReason is set) */
  revisions?: { name: string; image: string; failReason?: string }[];
  modifier?: string;
}

export interface WriteRequest {
  service: Obj;
  updateMask?: { paths?: string[] };
  validateOnly?: boolean;
  allowMissing?: boolean;
}

const RESERVED =
  /^(run\.googleapis\.com|cloud\.googleapis\.com|serving\.knative\.dev|autoscaling\.knative\.dev)\//;
const MUTABLE = ['template', 'traffic', 'annotations', 'labels', 'description'] as const;

export class FakeStore {
  readonly services = new Map<string, FakeService>();
  readonly revisions = new Map<string, FakeRevision>();
  readonly operations = new Map<string, FakeOperation>();

  constructor(
    readonly opts: StoreOptions,
    private readonly faults: FakeFaults,
  ) {}

  serviceKey(project: string, location: string, name: string): string {
    return `projects/${project}/locations/${location}/services/${name}`;
  }

  /** Creates a service whose revisions are ready at once (time zero). */
  seedService(seed: SeedOptions): FakeService {
    const project = seed.project ?? 'acme-prod';
    const location = seed.location ?? 'us-central1';
    const key = this.serviceKey(project, location, seed.name);
    const now = this.opts.now();
    const image = seed.image ?? `us-docker.pkg.dev/acme/apps/${seed.name}:v1`;
    const revision = seed.revision ?? `${seed.name}-00001-abc`;
    // older revisions are created a second apart, before the serving one
    const older = seed.revisions ?? [];
    older.forEach((r, i) =>
      this.addRevision(
        key,
        r.name,
        this.templateFor(r.image, r.name),
        0,
        r.failReason,
        now - (older.length - i) * 1000,
      ),
    );
    const template = this.templateFor(image, revision);
    this.addRevision(key, revision, template, 0);
    const svc: FakeService = {
      key,
      project,
      location,
      name: seed.name,
      uid: newUid(),
      generation: 1,
      observedGeneration: 1,
      etag: newEtag(1),
      description: '',
      annotations: { ...(seed.annotations ?? {}) },
      labels: {},
      template,
      traffic: validateTraffic(seed.traffic ?? [], (r) => this.revisions.has(`${key}/revisions/${r}`)),
      trafficStatuses: [],
      latestCreatedRevision: revision,
      createdAt: now,
      updatedAt: now,
      creator: seed.modifier ?? 'seed@fake',
      lastModifier: seed.modifier ?? 'seed@fake',
      terminal: { state: 'CONDITION_SUCCEEDED' },
    };
    svc.trafficStatuses = this.statusesFor(svc);
    this.services.set(key, svc);
    return svc;
  }

  /** Finishes every operation that is due; called before each RPC is answered. */
  settle(): void {
    const now = this.opts.now();
    for (const op of this.operations.values()) {
      if (op.done || now < op.doneAt) continue;
      if (op.waitFor.some((r) => this.revisionState(op.service, r) === 'pending')) continue;
      this.finish(op);
    }
  }

  mustGetService(key: string): FakeService {
    const svc = this.services.get(key);
    if (!svc) {
      const [, project, , location, , name] = key.split('/');
      throw new FakeRpcError(
        status.NOT_FOUND,
        `Resource '${name}' of kind 'SERVICE' in region '${location}' in project '${project}' does not exist.`,
      );
    }
    return svc;
  }

  mustGetRevision(key: string): FakeRevision {
    const rev = this.revisions.get(key);
    if (!rev) {
      throw new FakeRpcError(status.NOT_FOUND, `Revision '${shortName(key)}' does not exist (${key}).`);
    }
    return rev;
  }

  /** 'pending' while reconciling, then 'ready' or 'failed'. */
  revisionState(serviceKey: string, name: string): 'pending' | 'ready' | 'failed' | 'missing' {
    const rev = this.revisions.get(`${serviceKey}/revisions/${name}`);
    if (!rev) return 'missing';
    if (this.opts.now() < rev.readyAt) return 'pending';
    return rev.failReason ? 'failed' : 'ready';
  }

  latestReady(svc: FakeService): string | null {
    const ready = [...this.revisions.values()]
      .filter((r) => r.service === svc.key && this.revisionState(svc.key, r.name) === 'ready')
      .sort((a, b) => b.createdAt - a.createdAt || (b.key > a.key ? 1 : -1));
    return ready[0]?.name ?? null;
  }

  /** UpdateService (and CreateService with a fresh service): validates, applies, starts an LRO. */
  write(req: WriteRequest, modifier: string): FakeOperation {
    const key = String(req.service.name ?? '');
    const svc =
      this.services.get(key) ??
      (req.allowMissing ? this.blankService(key, modifier) : this.mustGetService(key));
    const etag = String(req.service.etag ?? '');
    if (etag && etag !== svc.etag) {
      throw new FakeRpcError(
        status.ABORTED,
        `etag mismatch: service '${svc.name}' was modified by ${svc.lastModifier} (request etag ${etag}, current ${svc.etag}); read it again and retry`,
      );
    }
    const desired = this.desiredFields(svc, req);
    const template = desired.template as Obj;
    const newRevision = this.plannedRevision(svc, template);
    const traffic = validateTraffic(
      (desired.traffic as TrafficProto[]) ?? [],
      (r) => r === newRevision || this.revisions.has(`${svc.key}/revisions/${r}`),
    );
    if (req.validateOnly) return this.operation(svc, [], [], true);
    if (!this.services.has(svc.key)) this.services.set(svc.key, svc);
    const now = this.opts.now();
    if (newRevision) {
      const finalTemplate = { ...template, revision: newRevision };
      this.addRevision(
        svc.key,
        newRevision,
        finalTemplate,
        now + this.opts.readyDelayMs,
        this.faults.takeRevisionFailure(imageOf(template)),
      );
      svc.latestCreatedRevision = newRevision;
    }
    svc.template = template; // stored as sent, like the API (an auto name is not written back)
    svc.traffic = traffic;
    svc.annotations = mapOf(desired.annotations);
    svc.labels = mapOf(desired.labels);
    svc.description = String(desired.description ?? '');
    svc.generation += 1;
    svc.etag = newEtag(svc.generation);
    svc.updatedAt = now;
    svc.lastModifier = modifier;
    svc.terminal = { state: 'CONDITION_RECONCILING' };
    const referenced = traffic.filter((t) => t.revision).map((t) => t.revision!);
    const serving = traffic.filter((t) => t.revision && (t.percent ?? 0) > 0).map((t) => t.revision!);
    const waitFor = [...new Set([...(newRevision ? [newRevision] : []), ...referenced])];
    const mustBeReady = [...new Set([...(newRevision ? [newRevision] : []), ...serving])];
    return this.operation(svc, waitFor, mustBeReady, false);
  }

  /** The fields the write sets: all mutable ones, or only those named in update_mask. */
  private desiredFields(svc: FakeService, req: WriteRequest): Obj {
    const current: Obj = {
      template: svc.template,
      traffic: svc.traffic,
      annotations: svc.annotations,
      labels: svc.labels,
      description: svc.description,
    };
    const paths = (req.updateMask?.paths ?? []).map((p) => p.split('.')[0]);
    const out: Obj = { ...current };
    for (const field of MUTABLE) {
      if (paths.length === 0 || paths.includes(field)) out[field] = req.service[field];
    }
    if (!out.template) {
      throw new FakeRpcError(status.INVALID_ARGUMENT, 'service.template is required');
    }
    const reserved = Object.keys(mapOf(out.annotations)).filter((k) => RESERVED.test(k));
    if (reserved.length) {
      throw new FakeRpcError(
        status.INVALID_ARGUMENT,
        `annotations: '${reserved[0]}' is in a reserved namespace (v2 API)`,
      );
    }
    if (!imageOf(out.template as Obj)) {
      throw new FakeRpcError(status.INVALID_ARGUMENT, 'template.containers[0].image is required');
    }
    return out;
  }

  /** The name of the revision this template creates, or null when the template is unchanged. */
  private plannedRevision(svc: FakeService, template: Obj): string | null {
    const named = String(template.revision ?? '');
    const isNew = !this.services.has(svc.key);
    if (!isNew && sameTemplate(template, svc.template)) return null;
    if (!isNew && !named && sameTemplate({ ...template, revision: svc.template.revision }, svc.template))
      return null;
    if (named) {
      validateRevisionName(svc.name, named);
      if (this.revisions.has(`${svc.key}/revisions/${named}`)) {
        throw new FakeRpcError(
          status.ALREADY_EXISTS,
          `Revision named '${named}' with different configuration already exists.`,
        );
      }
      return named;
    }
    let name: string;
    do name = `${svc.name}-${String(svc.generation + 1).padStart(5, '0')}-${randomSuffix()}`;
    while (this.revisions.has(`${svc.key}/revisions/${name}`));
    return name;
  }

  private operation(
    svc: FakeService,
    waitFor: string[],
    mustBeReady: string[],
    validateOnly: boolean,
  ): FakeOperation {
    const op: FakeOperation = {
      name: `projects/${svc.project}/locations/${svc.location}/operations/${newUid()}`,
      service: svc.key,
      generation: svc.generation,
      doneAt: this.opts.now() + this.opts.lroDelayMs + (validateOnly ? 0 : this.faults.takeLroSlowdown()),
      waitFor,
      mustBeReady,
      injectedError: validateOnly ? undefined : this.faults.takeLroFailure(),
      done: false,
    };
    this.operations.set(op.name, op);
    return op;
  }

  private finish(op: FakeOperation): void {
    const svc = this.services.get(op.service);
    op.done = true;
    if (!svc) return;
    const failed = op.mustBeReady.find((r) => this.revisionState(svc.key, r) === 'failed');
    if (failed) {
      const rev = this.revisions.get(`${svc.key}/revisions/${failed}`)!;
      op.error = {
        code: status.FAILED_PRECONDITION,
        message: `Revision '${failed}' is not ready and cannot serve traffic. ${rev.failReason}`,
      };
    } else if (op.injectedError) {
      op.error = op.injectedError;
    }
    if (op.generation !== svc.generation) return; // a later write owns the service's status
    svc.observedGeneration = op.generation;
    if (op.error) {
      svc.terminal = { state: 'CONDITION_FAILED', message: op.error.message };
      return; // routing stays as it was, like Cloud Run when a rollout fails
    }
    svc.terminal = { state: 'CONDITION_SUCCEEDED' };
    svc.trafficStatuses = this.statusesFor(svc);
  }

  statusesFor(svc: FakeService): StatusProto[] {
    const latest = this.latestReady(svc) ?? undefined;
    return svc.traffic.map((t) => {
      const s: StatusProto = {
        type: t.type,
        revision: t.type === LATEST ? latest : t.revision,
        percent: t.percent ?? 0,
      };
      if (t.tag) {
        s.tag = t.tag;
        s.uri = `https://${t.tag}---${svc.name}-${this.opts.projectNumber}.${svc.location}.run.app`;
      }
      return s;
    });
  }

  private addRevision(
    serviceKey: string,
    name: string,
    template: Obj,
    readyAt: number,
    failReason?: string,
    createdAt = this.opts.now(),
  ): void {
    const key = `${serviceKey}/revisions/${name}`;
    this.revisions.set(key, {
      key,
      service: serviceKey,
      name,
      image: imageOf(template),
      template,
      uid: newUid(),
      createdAt,
      readyAt,
      failReason,
    });
  }

  private templateFor(image: string, revision: string): Obj {
    return { revision, containers: [{ image }] };
  }

  private blankService(key: string, modifier: string): FakeService {
    const [, project, , location, , name] = key.split('/');
    if (!project || !location || !name || !/^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/.test(name)) {
      throw new FakeRpcError(status.INVALID_ARGUMENT, `'${key}' is not a valid service name`);
    }
    const now = this.opts.now();
    return {
      key,
      project,
      location,
      name,
      uid: newUid(),
      generation: 0,
      observedGeneration: 0,
      etag: '',
      description: '',
      annotations: {},
      labels: {},
      template: {},
      traffic: [],
      trafficStatuses: [],
      latestCreatedRevision: '',
      createdAt: now,
      updatedAt: now,
      creator: modifier,
      lastModifier: modifier,
      terminal: { state: 'CONDITION_RECONCILING' },
    };
  }

  // ---- proto rendering ----

  serviceProto(svc: FakeService): Obj {
    const latestReady = this.latestReady(svc);
    const revKey = (r: string) => `${svc.key}/revisions/${r}`;
    const uri = `https://${svc.name}-${this.opts.projectNumber}.${svc.location}.run.app`;
    return {
      name: svc.key,
      description: svc.description,
      uid: svc.uid,
      generation: String(svc.generation),
      labels: svc.labels,
      annotations: svc.annotations,
      createTime: timestamp(svc.createdAt),
      updateTime: timestamp(svc.updatedAt),
      creator: svc.creator,
      lastModifier: svc.lastModifier,
      ingress: 'INGRESS_TRAFFIC_ALL',
      template: svc.template,
      traffic: svc.traffic,
      observedGeneration: String(svc.observedGeneration),
      terminalCondition: { type: 'Ready', state: svc.terminal.state, message: svc.terminal.message ?? '' },
      conditions: [
        { type: 'RoutesReady', state: svc.terminal.state },
        { type: 'ConfigurationsReady', state: svc.terminal.state },
      ],
      latestReadyRevision: latestReady ? revKey(latestReady) : '',
      latestCreatedRevision: svc.latestCreatedRevision ? revKey(svc.latestCreatedRevision) : '',
      trafficStatuses: svc.trafficStatuses,
      uri,
      urls: [uri],
      reconciling: svc.observedGeneration !== svc.generation,
      etag: svc.etag,
    };
  }

  revisionProto(rev: FakeRevision): Obj {
    const state = this.revisionState(rev.service, rev.name);
    const ready: Obj =
      state === 'pending'
        ? { type: 'Ready', state: 'CONDITION_RECONCILING', reason: 'WAITING_FOR_OPERATION' }
        : state === 'failed'
          ? {
              type: 'Ready',
              state: 'CONDITION_FAILED',
              message: rev.failReason,
              severity: 'ERROR',
              revisionReason: 'HEALTH_CHECK_CONTAINER_ERROR',
            }
          : { type: 'Ready', state: 'CONDITION_SUCCEEDED', lastTransitionTime: timestamp(rev.readyAt) };
    return {
      name: rev.key,
      uid: rev.uid,
      generation: '1',
      createTime: timestamp(rev.createdAt),
      updateTime: timestamp(Math.max(rev.createdAt, rev.readyAt)),
      service: rev.service,
      containers: rev.template.containers,
      reconciling: state === 'pending',
      conditions: [ready],
      observedGeneration: '1',
      logUri: `https://console.cloud.google.com/logs/viewer?revision=${rev.name}`,
      etag: `"${rev.uid.slice(0, 8)}"`,
    };
  }
}
