// The fake itself, driven by the real ServicesClient / RevisionsClient (no adapter in between
// unless noted): LROs, revision naming, update_mask, readiness, CreateService, recording.
import { RevisionsClient, ServicesClient } from '@google-cloud/run';
import { status } from '@grpc/grpc-js';
import { startCloudRunFake, type CloudRunFake } from '../support/cloudrun-fake.js';
import { createCloudRun } from '../../src/adapters/cloud-run.js';

const PARENT = 'projects/acme-prod/locations/us-central1';
const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
const NO_RETRY = { retry: null } as never;

let fake: CloudRunFake;
let services: ServicesClient;
let revisions: RevisionsClient;
let n = 0;
// Real time plus an offset: revisions become ready only when a test advances the clock, so
// "still reconciling" checks do not depend on how fast this machine is.
let offset = 0;
const advance = (ms: number) => void (offset += ms);
const READY_MS = 60_000;

beforeAll(async () => {
  fake = await startCloudRunFake({ readyDelayMs: READY_MS, lroDelayMs: 10, now: () => Date.now() + offset });
  services = new ServicesClient(fake.clientOptions() as never);
  revisions = new RevisionsClient(fake.clientOptions() as never);
});
afterAll(async () => {
  await Promise.all([services.close(), revisions.close()]);
  await fake.stop();
});
beforeEach(() => fake.faults.clear());

function seed(extra: Parameters<CloudRunFake['seedService']>[0] extends infer S ? Partial<S> : never = {}) {
  n += 1;
  const name = `fk${n}`;
  fake.seedService({ name, image: 'img:v1', ...extra });
  return { name, full: `${PARENT}/services/${name}` };
}

async function read(full: string) {
  const [svc] = await services.getService({ name: full }, NO_RETRY);
  return svc;
}

async function grpcError(p: Promise<unknown>): Promise<{ code: number; details: string }> {
  return p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: { code: number; details: string }) => e,
  );
}

describe('UpdateService', () => {
  it('answers with an operation that is not done; polling it yields the packed Service', async () => {
    const { full } = seed();
    const svc = await read(full);
    const [op] = await services.updateService(
      { service: { ...svc, template: { containers: [{ image: 'img:v2' }] } } },
      NO_RETRY,
    );
    expect(op.done).toBeFalsy();
    expect(op.name).toMatch(/^projects\/acme-prod\/locations\/us-central1\/operations\//);
    // while it runs: the spec is written, the new revision reconciles, latestReady lags
    const during = await read(full);
    expect([during.reconciling, String(during.generation)]).toEqual([true, '2']);
    expect(during.latestReadyRevision).toBe(svc.latestReadyRevision);
    advance(READY_MS);
    const [result] = await op.promise();
    expect(String(result.generation)).toBe('2');
    expect(result.latestReadyRevision).toBe(result.latestCreatedRevision);
    expect(fake.count('GetOperation')).toBeGreaterThanOrEqual(1);
  });

  it('names a revision automatically when the template has none, and creates none for an unchanged template', async () => {
    const { name, full } = seed();
    const svc = await read(full);
    const [op] = await services.updateService(
      { service: { ...svc, template: { containers: [{ image: 'img:v2' }] } } },
      NO_RETRY,
    );
    advance(READY_MS);
    const [after] = await op.promise();
    expect(after.latestCreatedRevision).toMatch(new RegExp(`/revisions/${name}-00002-[a-z]{3}$`));
    const count = fake.store.revisions.size;
    const [op2] = await services.updateService(
      { service: { ...(await read(full)), annotations: { a: '1' } } },
      NO_RETRY,
    );
    await op2.promise();
    expect(fake.store.revisions.size).toBe(count);
  });

  it('honours update_mask: fields outside it are left alone', async () => {
    const { full } = seed();
    const svc = await read(full);
    const [op] = await services.updateService(
      {
        service: { ...svc, annotations: { a: '1' }, template: { containers: [{ image: 'img:ignored' }] } },
        updateMask: { paths: ['annotations'] },
      },
      NO_RETRY,
    );
    const [after] = await op.promise();
    expect(after.annotations).toEqual({ a: '1' });
    expect(after.template?.containers?.[0]?.image).toBe('img:v1');
  });

  it.each([
    ['empty traffic means 100% LATEST', [], null],
    ['LATEST naming a revision', [{ type: LATEST, revision: 'x', percent: 100 }], /must not name a revision/],
    ['percent above 100', [{ type: LATEST, percent: 150 }], /between 0 and 100/],
    ['REVISION without a name', [{ type: REVISION, percent: 100 }], /must name a revision/],
    ['invalid tag', [{ type: LATEST, percent: 100, tag: 'Canary!' }], /not a valid tag/],
  ])('traffic: %s', async (_label, traffic, error) => {
    const { full } = seed();
    const svc = await read(full);
    const call = services.updateService({ service: { ...svc, traffic: traffic as never } }, NO_RETRY);
    if (error === null) {
      const [op] = await call;
      const [after] = await op.promise();
      expect(after.traffic?.map((t) => [t.type, t.percent])).toEqual([[1, 100]]);
    } else {
      const err = await grpcError(call);
      expect(err.code).toBe(status.INVALID_ARGUMENT);
      expect(err.details).toMatch(error);
    }
  });

  it('refuses reserved annotation namespaces', async () => {
    const { full } = seed();
    const err = await grpcError(
      services.updateService(
        { service: { ...(await read(full)), annotations: { 'run.googleapis.com/x': '1' } } },
        NO_RETRY,
      ),
    );
    expect(err.code).toBe(status.INVALID_ARGUMENT);
  });

  it('fails the operation when a revision serving traffic fails; routing and latestReady stay', async () => {
    const { name, full } = seed();
    fake.faults.failNextRevision('Container failed to start');
    const svc = await read(full);
    const [op] = await services.updateService(
      { service: { ...svc, template: { revision: `${name}-broken`, containers: [{ image: 'img:v2' }] } } },
      NO_RETRY,
    );
    advance(READY_MS);
    const err = await grpcError(op.promise());
    expect(err.code).toBe(status.FAILED_PRECONDITION);
    const after = await read(full);
    expect(after.terminalCondition?.state).toBe('CONDITION_FAILED');
    expect(after.terminalCondition?.message).toContain(
      `Revision '${name}-broken' is not ready and cannot serve traffic`,
    );
    expect(after.trafficStatuses?.map((t) => t.revision)).toEqual([`${name}-00001-abc`]);
    expect(after.latestReadyRevision).toBe(`${full}/revisions/${name}-00001-abc`);
  });
});

describe('revisions', () => {
  it('report Ready as RECONCILING, then SUCCEEDED after the delay; ListRevisions is newest first', async () => {
    const { name, full } = seed({ revisions: [{ name: 'old-1', image: 'img:v0' }] });
    const svc = await read(full);
    const [op] = await services.updateService(
      { service: { ...svc, template: { revision: `${name}-new`, containers: [{ image: 'img:v2' }] } } },
      NO_RETRY,
    );
    const [pending] = await revisions.getRevision({ name: `${full}/revisions/${name}-new` }, NO_RETRY);
    expect(pending.conditions?.[0]).toMatchObject({ type: 'Ready', state: 'CONDITION_RECONCILING' });
    expect(pending.reconciling).toBe(true);
    advance(READY_MS);
    await op.promise();
    const [ready] = await revisions.getRevision({ name: `${full}/revisions/${name}-new` }, NO_RETRY);
    expect(ready.conditions?.[0]).toMatchObject({ type: 'Ready', state: 'CONDITION_SUCCEEDED' });
    const [list] = await revisions.listRevisions({ parent: full }, NO_RETRY);
    expect(list.map((r) => r.name!.split('/').pop())).toEqual([`${name}-new`, `${name}-00001-abc`, 'old-1']);
  });

  it('GetRevision of an unknown revision is NOT_FOUND', async () => {
    const { full } = seed();
    const err = await grpcError(revisions.getRevision({ name: `${full}/revisions/nope` }, NO_RETRY));
    expect(err.code).toBe(status.NOT_FOUND);
  });
});

describe('CreateService, recording and writers', () => {
  it('creates a service with its first revision; a second create is ALREADY_EXISTS', async () => {
    const req = {
      parent: PARENT,
      serviceId: 'created1',
      service: { template: { containers: [{ image: 'img:new' }] } },
    };
    const [op] = await services.createService(req, NO_RETRY);
    advance(READY_MS);
    const [svc] = await op.promise();
    expect(svc.name).toBe(`${PARENT}/services/created1`);
    expect(svc.latestReadyRevision).toMatch(/\/revisions\/created1-00001-[a-z]{3}$/);
    expect(svc.trafficStatuses?.[0]).toMatchObject({ percent: 100 });
    expect((await grpcError(services.createService(req, NO_RETRY))).code).toBe(status.ALREADY_EXISTS);
  });

  it('records every call with its request and outcome, and the writer from x-fake-principal', async () => {
    const { name } = seed();
    fake.resetCalls();
    const run = createCloudRun({
      project: 'acme-prod',
      region: 'us-central1',
      endpoint: fake.endpoint,
      pollMs: 5,
      headers: { 'x-fake-principal': 'pr-7@canary-relay' },
    });
    try {
      fake.faults.unavailable('GetService', 1);
      const svc = await run.getService(name);
      await run.updateService(name, svc.etag, { annotations: { a: '1' } });
      expect(fake.calls[0]).toMatchObject({ method: 'GetService', code: status.UNAVAILABLE });
      expect(fake.calls[1]).toMatchObject({
        method: 'GetService',
        code: 0,
        request: { name: `${PARENT}/services/${name}` },
      });
      expect(fake.countBy()).toEqual({ reads: 2, writes: 1, lroPolls: run.counters.lroPolls });
      expect(fake.service(name).lastModifier).toBe('pr-7@canary-relay');
      expect((await run.getService(name)).lastModifier).toBe('pr-7@canary-relay');
    } finally {
      await run.close();
    }
  });

  it('externalWrite bumps generation and etag like another client would', async () => {
    const { name, full } = seed();
    const before = await read(full);
    fake.externalWrite(name, (s) => (s.annotations = { x: 'y' }), 'carol@example.com');
    const after = await read(full);
    expect(String(after.generation)).toBe('2');
    expect(after.etag).not.toBe(before.etag);
    expect(after.lastModifier).toBe('carol@example.com');
    const err = await grpcError(services.updateService({ service: { ...before } }, NO_RETRY));
    expect(err.code).toBe(status.ABORTED);
    expect(err.details).toMatch(/etag mismatch.*carol@example\.com/);
  });
});
