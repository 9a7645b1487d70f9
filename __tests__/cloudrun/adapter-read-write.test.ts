// The real @google-cloud/run client, through the adapter, against the gRPC fake: reads,
// canary deploys, traffic steps, annotations, readiness.
import { PROJECT_NUMBER, REGION, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.faults.clear();
  h.fake.resetCalls();
  Object.assign(h.run.counters, { reads: 0, writes: 0, lroPolls: 0, retries: 0 });
});

const tagUri = (tag: string, service: string) =>
  `https://${tag}---${service}-${PROJECT_NUMBER}.${REGION}.run.app`;

describe('reading', () => {
  it('maps a seeded service to a snapshot with short names', async () => {
    const { name, stable } = h.seed({ annotations: { team: 'payments' } });
    const svc = await h.run.getService(name);
    expect(svc).toMatchObject({
      name,
      etag: h.fake.service(name).etag,
      generation: 1,
      image: `img/${name}:v1`,
      annotations: { team: 'payments' },
      traffic: [{ latest: true, percent: 100 }],
      trafficStatuses: [{ latest: true, revision: stable, percent: 100 }],
      latestReadyRevision: stable,
      latestCreatedRevision: stable,
      uri: `https://${name}-${PROJECT_NUMBER}.${REGION}.run.app`,
      reconciling: false,
    });
    expect(svc.traffic[0]).not.toHaveProperty('revision');
    expect(h.run.counters).toEqual({ reads: 1, writes: 0, lroPolls: 0, retries: 0 });
    expect(h.fake.count('GetService')).toBe(1);
  });

  it('reads and lists revisions with their readiness', async () => {
    const { name, stable } = h.seed();
    expect(await h.run.getRevision(name, stable)).toMatchObject({
      name: stable,
      image: `img/${name}:v1`,
      ready: true,
    });
    const list = await h.run.listRevisions(name);
    expect(list.map((r) => [r.name, r.ready])).toEqual([[stable, true]]);
    expect(list[0]!.createTime).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('writing', () => {
  it('deploys a canary from an image: one write, new revision at 0% with tag, ready when the LRO is done', async () => {
    const { name, stable } = h.seed();
    const before = await h.run.getService(name);
    const canary = `${name}-abc1234`;
    const started = Date.now();
    const after = await h.run.updateService(name, before.etag, {
      template: { image: `img/${name}:v2`, revisionName: canary },
      traffic: [
        { revision: stable, percent: 100, tag: 'stable' },
        { revision: canary, percent: 0, tag: 'canary' },
      ],
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35); // readiness delay (40 ms) elapsed
    expect(after).toMatchObject({
      name,
      image: `img/${name}:v2`,
      generation: 2,
      latestCreatedRevision: canary,
      latestReadyRevision: canary,
      traffic: [
        { revision: stable, percent: 100, tag: 'stable' },
        { revision: canary, percent: 0, tag: 'canary' },
      ],
      trafficStatuses: [
        { revision: stable, percent: 100, tag: 'stable', uri: tagUri('stable', name) },
        { revision: canary, percent: 0, tag: 'canary', uri: tagUri('canary', name) },
      ],
    });
    expect(after.etag).not.toBe(before.etag);
    expect(h.fake.revisionState(name, canary)).toBe('ready');
    // exactly one UpdateService, carrying the etag that was read and the changed fields
    const writes = h.fake.calls.filter((c) => c.method === 'UpdateService');
    expect(writes).toHaveLength(1);
    const req = writes[0]!.request as { service: { etag: string }; updateMask: { paths: string[] } };
    expect(req.service.etag).toBe(before.etag);
    expect(req.updateMask.paths).toEqual(['template', 'traffic']);
    expect(h.run.counters.writes).toBe(1);
    expect(h.run.counters.lroPolls).toBe(h.fake.count('GetOperation'));
    expect(h.run.counters.lroPolls).toBeGreaterThanOrEqual(1);
  });

  it('sets a step percent without a read when it has the etag of its own last write', async () => {
    const { name, stable } = h.seed();
    const canary = `${name}-c0ffee1`;
    const deployed = await h.run.updateService(name, (await h.run.getService(name)).etag, {
      template: { image: 'img:v2', revisionName: canary },
      traffic: [
        { revision: stable, percent: 100 },
        { revision: canary, percent: 0, tag: 'canary' },
      ],
    });
    const readsBefore = h.fake.countBy().reads;
    const stepped = await h.run.updateService(name, deployed.etag, {
      traffic: [
        { revision: stable, percent: 75 },
        { revision: canary, percent: 25, tag: 'canary' },
      ],
    });
    expect(h.fake.countBy().reads).toBe(readsBefore);
    expect(stepped.trafficStatuses.map((t) => [t.revision, t.percent])).toEqual([
      [stable, 75],
      [canary, 25],
    ]);
    expect(stepped.image).toBe('img:v2'); // template untouched
    expect(stepped.latestCreatedRevision).toBe(canary); // no new revision for a traffic-only write
    expect(h.fake.store.revisions.size).toBeGreaterThan(0);
    expect([...h.fake.store.revisions.values()].filter((r) => r.name.startsWith(`${name}-`))).toHaveLength(2);
  });

  it('tags an existing revision (deploy by revision) without creating one', async () => {
    const name = 'tagonly';
    const stable = 'tagonly-00002-def';
    h.fake.seedService({ name, revision: stable, revisions: [{ name: 'tagonly-old0001', image: 'img:v0' }] });
    const svc = await h.run.getService(name);
    const revisionsBefore = h.fake.store.revisions.size;
    const out = await h.run.updateService(name, svc.etag, {
      traffic: [
        { latest: true, percent: 100 },
        { revision: 'tagonly-old0001', percent: 0, tag: 'canary' },
      ],
    });
    expect(h.fake.store.revisions.size).toBe(revisionsBefore);
    expect(out.latestCreatedRevision).toBe(stable);
    expect(out.trafficStatuses).toEqual([
      { latest: true, revision: stable, percent: 100 },
      { revision: 'tagonly-old0001', percent: 0, tag: 'canary', uri: tagUri('canary', name) },
    ]);
  });

  it('merges annotations: sets keys, null deletes, other keys are kept', async () => {
    const { name } = h.seed({ annotations: { team: 'payments' } });
    const state = JSON.stringify({ pr: 42, step: 1 });
    const s1 = await h.run.updateService(name, (await h.run.getService(name)).etag, {
      annotations: { 'canary-relay.dev/state': state, scratch: 'x' },
    });
    expect(s1.annotations).toEqual({ team: 'payments', 'canary-relay.dev/state': state, scratch: 'x' });
    const s2 = await h.run.updateService(name, s1.etag, { annotations: { scratch: null } });
    expect(s2.annotations).toEqual({ team: 'payments', 'canary-relay.dev/state': state });
    expect(h.fake.service(name).annotations).toEqual(s2.annotations);
    expect(s2.generation).toBe(3);
    expect(s2.latestCreatedRevision).toBe(`${name}-00001-abc`); // annotation writes create no revision
  });

  it('reports a revision that fails to become ready with Cloud Run’s reason; routing stays on stable', async () => {
    const { name, stable } = h.seed();
    const reason =
      'The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable.';
    h.fake.faults.failImage('img:broken', reason);
    const canary = `${name}-bad0001`;
    const svc = await h.run.getService(name);
    const err = await h.run
      .updateService(name, svc.etag, {
        template: { image: 'img:broken', revisionName: canary },
        traffic: [
          { revision: stable, percent: 100 },
          { revision: canary, percent: 0, tag: 'canary' },
        ],
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'CloudRunError', kind: 'failed' });
    expect((err as Error).message).toContain(`updating service ${name}`);
    expect((err as Error).message).toContain(reason);
    expect((err as Error).message).toContain(canary);
    expect(await h.run.getRevision(name, canary)).toMatchObject({ name: canary, ready: false, reason });
    expect(await h.run.waitForRevision(name, canary, 1000)).toMatchObject({ ready: false, reason });
    const now = await h.run.getService(name);
    expect(now.trafficStatuses.map((t) => [t.revision, t.percent])).toEqual([[stable, 100]]);
    expect(now.latestReadyRevision).toBe(stable);
    expect(now.latestCreatedRevision).toBe(canary);
    expect(now.failure).toContain(reason);
  });

  it('waitForRevision polls a reconciling revision until it is ready', async () => {
    const { name, stable } = h.seed();
    const canary = `${name}-wait001`;
    const svc = await h.run.getService(name);
    h.fake.store.opts.readyDelayMs = 400; // long enough to see it reconciling on a busy machine
    const write = h.run.updateService(name, svc.etag, {
      template: { image: 'img:v3', revisionName: canary },
      traffic: [
        { revision: stable, percent: 100 },
        { revision: canary, percent: 0, tag: 'canary' },
      ],
    });
    while (h.fake.revisionState(name, canary) === 'missing') await new Promise((r) => setTimeout(r, 2));
    expect(await h.run.getRevision(name, canary)).toMatchObject({ ready: null });
    const readsBefore = h.run.counters.reads;
    expect(await h.run.waitForRevision(name, canary, 2000)).toMatchObject({
      name: canary,
      ready: true,
      image: 'img:v3',
    });
    expect(h.run.counters.reads - readsBefore).toBeGreaterThanOrEqual(2);
    await write;
    h.fake.store.opts.readyDelayMs = 40;
  });
});
