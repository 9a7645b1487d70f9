/**
 * An in-memory CloudRunPort for fast engine tests: the same rules as the gRPC fake (etags,
 * traffic validation, named revisions, a failed revision fails the write's operation and leaves
 * the serving status as it was) without the network.
 *
 *   const cr = new MemoryCloudRun({ now: clock.now });
 *   cr.seed('checkout', 'img:v1');                    // revision checkout-00001 at 100%
 *   cr.failImage('img:bad', 'container failed to start');
 *   cr.failNext('updateService', 'transient');         // next write throws before applying
 *   cr.failNextLro('quota');                            // next write applies, its operation fails
 *   cr.crashAfterWrites(2);                             // the 2nd write lands, then "the process dies"
 *   cr.counts → { reads, writes }; cr.view('checkout') → the service state
 */
import {
  CloudRunError,
  type CloudRunErrorKind,
  type CloudRunPort,
  type RevisionSnapshot,
  type ServiceSnapshot,
  type ServiceUpdate,
  type TrafficTarget,
} from '../../src/rollout/ports.js';

export interface MemRevision {
  name: string;
  image: string;
  createdAt: number;
  readyAt: number;
  failReason?: string;
}

export interface MemService {
  name: string;
  etag: string;
  generation: number;
  image: string;
  annotations: Record<string, string>;
  traffic: TrafficTarget[];
  trafficStatuses: (TrafficTarget & { uri?: string })[];
  revisions: Map<string, MemRevision>;
  latestCreated: string | null;
  lastModifier: string;
}

type Method = 'getService' | 'getRevision' | 'listRevisions' | 'updateService';

/** Thrown by crashAfterWrites: not a CloudRunError, so the engine does not handle it. */
export class SimulatedCrash extends Error {
  constructor(n: number) {
    super(`simulated crash after write ${n}`);
    this.name = 'SimulatedCrash';
  }
}

export class MemoryCloudRun implements CloudRunPort {
  readonly services = new Map<string, MemService>();
  readonly counts = { reads: 0, writes: 0 };
  readonly log: { method: Method; ok: boolean; modifier: string }[] = [];
  private faults: { method: Method; kind: CloudRunErrorKind; message: string }[] = [];
  private lroFailures: string[] = [];
  private hooks: ((svc: MemService) => void)[] = [];
  private crashAt: number | null = null;
  private failingImages = new Map<string, string>();
  private readonly now: () => number;
  private readonly readyDelayMs: number;
  private seq = 0;
  /** who writes (recorded as lastModifier; conflict messages name it) */
  principal = 'engine@test';

  constructor(opts: { now?: () => number; readyDelayMs?: number } = {}) {
    this.now = opts.now ?? Date.now;
    this.readyDelayMs = opts.readyDelayMs ?? 0;
  }

  seed(name: string, image: string, annotations: Record<string, string> = {}): MemService {
    const rev = `${name}-00001`;
    const svc: MemService = {
      name,
      etag: 'e1',
      generation: 1,
      image,
      annotations: { ...annotations },
      traffic: [{ latest: true, percent: 100 }],
      trafficStatuses: [{ latest: true, revision: rev, percent: 100 }],
      revisions: new Map([[rev, { name: rev, image, createdAt: 0, readyAt: 0 }]]),
      latestCreated: rev,
      lastModifier: 'seed',
    };
    this.services.set(name, svc);
    return svc;
  }

  failImage(image: string, reason: string): void {
    this.failingImages.set(image, reason);
  }
  failNext(method: Method, kind: CloudRunErrorKind, times = 1, message?: string): void {
    for (let i = 0; i < times; i++)
      this.faults.push({ method, kind, message: message ?? `injected ${kind} on ${method}` });
  }
  failNextLro(message = 'injected: the operation failed'): void {
    this.lroFailures.push(message);
  }
  /** the n-th write from now on is applied, then the caller sees a crash */
  crashAfterWrites(n: number): void {
    this.crashAt = this.counts.writes + n;
  }
  /** Runs `fn` (another writer, say) right before the next write is checked. */
  beforeNextWrite(fn: (svc: MemService) => void): void {
    this.hooks.push(fn);
  }
  /** A change by someone else: bumps generation and etag like any write. */
  externalWrite(name: string, mutate: (svc: MemService) => void, modifier = 'someone@else'): void {
    const svc = this.view(name);
    mutate(svc);
    svc.generation += 1;
    svc.etag = `e${svc.generation}`;
    svc.lastModifier = modifier;
  }
  clearFaults(): void {
    this.hooks = [];
    this.faults = [];
    this.lroFailures = [];
    this.crashAt = null;
  }

  view(name: string): MemService {
    const s = this.services.get(name);
    if (!s) throw new Error(`memory-cloudrun: no service ${name}`);
    return s;
  }

  revisionReady(svc: MemService, name: string): boolean | null {
    const r = svc.revisions.get(name);
    if (!r) return null;
    if (r.failReason) return false;
    return this.now() >= r.readyAt ? true : null;
  }

  latestReady(svc: MemService): string | null {
    let best: MemRevision | null = null;
    for (const r of svc.revisions.values()) {
      if (this.revisionReady(svc, r.name) === true && (!best || r.createdAt >= best.createdAt)) best = r;
    }
    return best?.name ?? null;
  }

  /** Traffic actually served, revision names resolved (latest → latest ready). */
  serving(name: string): { revision: string; percent: number; ready: boolean | null }[] {
    const svc = this.view(name);
    return svc.trafficStatuses
      .filter((t) => t.percent > 0)
      .map((t) => {
        const revision = t.latest ? (this.latestReady(svc) ?? '') : (t.revision ?? '');
        return { revision, percent: t.percent, ready: this.revisionReady(svc, revision) };
      });
  }

  private async enter(method: Method): Promise<void> {
    // yield so that concurrent runs interleave like they would over the network
    await new Promise((r) => setImmediate(r));
    const i = this.faults.findIndex((f) => f.method === method);
    if (i >= 0) {
      const [f] = this.faults.splice(i, 1);
      this.log.push({ method, ok: false, modifier: this.principal });
      if (method !== 'updateService') this.counts.reads += 1;
      else this.counts.writes += 1;
      throw new CloudRunError(f.kind, `Cloud Run (memory): ${f.message}`);
    }
  }

  private snapshot(svc: MemService): ServiceSnapshot {
    return structuredClone({
      name: svc.name,
      etag: svc.etag,
      generation: svc.generation,
      image: svc.image,
      annotations: svc.annotations,
      traffic: svc.traffic,
      trafficStatuses: svc.trafficStatuses,
      latestReadyRevision: this.latestReady(svc),
      latestCreatedRevision: svc.latestCreated,
      uri: `https://${svc.name}-123456789012.us-central1.run.app`,
    });
  }

  private get(name: string): MemService {
    const svc = this.services.get(name);
    if (!svc) throw new CloudRunError('not-found', `Cloud Run (memory): service ${name} not found`);
    return svc;
  }

  async getService(name: string): Promise<ServiceSnapshot> {
    await this.enter('getService');
    this.counts.reads += 1;
    this.log.push({ method: 'getService', ok: true, modifier: this.principal });
    return this.snapshot(this.get(name));
  }

  private revSnap(svc: MemService, r: MemRevision): RevisionSnapshot {
    const ready = this.revisionReady(svc, r.name);
    return {
      name: r.name,
      image: r.image,
      ready,
      ...(r.failReason ? { reason: r.failReason } : {}),
      createTime: String(r.createdAt).padStart(12, '0'),
    };
  }

  async getRevision(service: string, revision: string): Promise<RevisionSnapshot> {
    await this.enter('getRevision');
    this.counts.reads += 1;
    const svc = this.get(service);
    const r = svc.revisions.get(revision);
    if (!r) throw new CloudRunError('not-found', `Cloud Run (memory): revision ${revision} not found`);
    return this.revSnap(svc, r);
  }

  async listRevisions(service: string): Promise<RevisionSnapshot[]> {
    await this.enter('listRevisions');
    this.counts.reads += 1;
    const svc = this.get(service);
    return [...svc.revisions.values()].map((r) => this.revSnap(svc, r));
  }

  async updateService(name: string, etag: string, update: ServiceUpdate): Promise<ServiceSnapshot> {
    const hook = this.hooks.shift();
    if (hook) hook(this.get(name));
    await this.enter('updateService');
    this.counts.writes += 1;
    const svc = this.get(name);
    this.log.push({ method: 'updateService', ok: true, modifier: this.principal });
    if (etag !== svc.etag) {
      throw new CloudRunError(
        'conflict',
        `Cloud Run (memory): etag ${etag} is stale; service modified by ${svc.lastModifier}`,
      );
    }
    const created: MemRevision | null = update.template
      ? {
          name: update.template.revisionName,
          image: update.template.image,
          createdAt: this.now() + ++this.seq / 1000,
          readyAt: this.now() + this.readyDelayMs,
          ...(this.failingImages.has(update.template.image)
            ? { failReason: this.failingImages.get(update.template.image) }
            : {}),
        }
      : null;
    if (created && svc.revisions.has(created.name)) {
      throw new CloudRunError('invalid', `Cloud Run (memory): revision ${created.name} already exists`);
    }
    const traffic = update.traffic ?? svc.traffic;
    this.validate(svc, traffic, created);
    // accepted: the spec changes
    if (created) {
      svc.revisions.set(created.name, created);
      svc.latestCreated = created.name;
      svc.image = created.image;
    }
    svc.traffic = structuredClone(traffic);
    for (const [k, v] of Object.entries(update.annotations ?? {})) {
      if (v === null) delete svc.annotations[k];
      else svc.annotations[k] = v;
    }
    svc.generation += 1;
    svc.etag = `e${svc.generation}`;
    svc.lastModifier = this.principal;
    const why = this.operationFailure(svc, traffic, created);
    if (why)
      throw new CloudRunError(
        'failed',
        `Cloud Run (memory): updating service ${name}: operation failed: ${why}`,
      );
    svc.trafficStatuses = traffic.map((t) => ({
      ...structuredClone(t),
      ...(t.tag ? { uri: `https://${t.tag}---${name}-123456789012.us-central1.run.app` } : {}),
    }));
    const snap = this.snapshot(svc);
    if (this.crashAt !== null && this.counts.writes >= this.crashAt) {
      this.crashAt = null;
      throw new SimulatedCrash(this.counts.writes);
    }
    return snap;
  }

  private validate(svc: MemService, traffic: TrafficTarget[], created: MemRevision | null): void {
    const sum = traffic.reduce((n, t) => n + t.percent, 0);
    if (sum !== 100)
      throw new CloudRunError('invalid', `Cloud Run (memory): traffic adds up to ${sum}, not 100`);
    const tags = new Set<string>();
    for (const t of traffic) {
      if (t.revision && !svc.revisions.has(t.revision) && t.revision !== created?.name) {
        throw new CloudRunError('invalid', `Cloud Run (memory): revision ${t.revision} does not exist`);
      }
      if (t.tag) {
        if (tags.has(t.tag))
          throw new CloudRunError('invalid', `Cloud Run (memory): tag ${t.tag} used twice`);
        tags.add(t.tag);
      }
    }
  }

  /** Why the operation fails: an injected failure, a failed new revision, or traffic on a failed one. */
  private operationFailure(
    svc: MemService,
    traffic: TrafficTarget[],
    created: MemRevision | null,
  ): string | null {
    const injected = this.lroFailures.shift();
    if (injected) return injected;
    if (created?.failReason)
      return `Revision '${created.name}' is not ready and cannot serve traffic. ${created.failReason}`;
    for (const t of traffic) {
      if (t.percent > 0 && t.revision && this.revisionReady(svc, t.revision) === false) {
        return `Revision '${t.revision}' is not ready and cannot serve traffic. ${svc.revisions.get(t.revision)?.failReason ?? ''}`;
      }
    }
    return null;
  }
}
