// Failures through the real client: conflicts, validation, injected faults, retries (reads only),
// operation timeouts and failures — each must surface as the right CloudRunError kind, with
// exact call counts (gax's own retries are off).
import { status } from '@grpc/grpc-js';
import { CloudRunError, type ServiceUpdate } from '../../src/rollout/ports.js';
import { startHarness, type Harness } from './harness.js';

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

async function failure(p: Promise<unknown>): Promise<CloudRunError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof CloudRunError)) throw new Error(`expected a CloudRunError, got ${String(err)}`);
  return err;
}

describe('conflicts', () => {
  it('a stale etag is refused by the server (ABORTED) → conflict naming the other writer; nothing changes', async () => {
    const { name } = h.seed();
    const read = await h.run.getService(name);
    h.fake.faults.onNextUpdate(() =>
      h.fake.externalWrite(name, (svc) => (svc.annotations = { other: 'run' }), 'alice@example.com'),
    );
    const err = await failure(h.run.updateService(name, read.etag, { annotations: { mine: '1' } }));
    expect(err.kind).toBe('conflict');
    expect(err.grpcCode).toBe(status.ABORTED);
    expect(err.message).toContain(`updating service ${name} (etag ${read.etag})`);
    expect(err.message).toContain('alice@example.com');
    expect(h.fake.service(name).annotations).toEqual({ other: 'run' });
    expect(h.fake.count('UpdateService')).toBe(1);
  });

  it('an etag older than the latest read is a conflict found by one re-read, without a write', async () => {
    const { name } = h.seed();
    const first = await h.run.getService(name);
    h.fake.externalWrite(name, (svc) => (svc.annotations = { other: 'run' }), 'bob@example.com');
    const fresh = h.adapter(); // no cached read: must read to build the write
    const err = await failure(fresh.updateService(name, first.etag, { annotations: { mine: '1' } }));
    expect(err.kind).toBe('conflict');
    expect(err.message).toContain('bob@example.com');
    expect(fresh.counters).toMatchObject({ reads: 1, writes: 0 });
    expect(h.fake.count('UpdateService')).toBe(0);
  });
});

describe('invalid writes are rejected like the real API and leave the service as it was', () => {
  const cases: [string, (svc: string, stable: string) => ServiceUpdate, number, RegExp][] = [
    [
      'unknown revision in traffic',
      (svc) => ({ traffic: [{ revision: `${svc}-nope`, percent: 100 }] }),
      status.INVALID_ARGUMENT,
      /does not exist/,
    ],
    [
      'duplicate tag',
      (_svc, stable) => ({
        traffic: [
          { revision: stable, percent: 100, tag: 'canary' },
          { latest: true, percent: 0, tag: 'canary' },
        ],
      }),
      status.INVALID_ARGUMENT,
      /tag 'canary' is used more than once/,
    ],
    [
      'percents not adding up to 100',
      (_svc, stable) => ({ traffic: [{ revision: stable, percent: 90 }] }),
      status.INVALID_ARGUMENT,
      /add up to 90/,
    ],
    [
      'revision name without the service prefix',
      () => ({ template: { image: 'img:v2', revisionName: 'other-abc1234' } }),
      status.INVALID_ARGUMENT,
      /<suffix>/,
    ],
    [
      'revision name that already exists with another image',
      (_svc, stable) => ({ template: { image: 'img:v9', revisionName: stable } }),
      status.ALREADY_EXISTS,
      /already exists.*new revision name/,
    ],
  ];

  it.each(cases)('%s', async (_label, update, code, message) => {
    const { name, stable } = h.seed();
    const before = await h.run.getService(name);
    const err = await failure(h.run.updateService(name, before.etag, update(name, stable)));
    expect(err.kind).toBe('invalid');
    expect(err.grpcCode).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(`updating service ${name}`);
    expect(h.fake.service(name).generation).toBe(1);
    expect(h.fake.service(name).etag).toBe(before.etag);
  });

  it('annotations in a reserved namespace are refused before any call', async () => {
    const { name } = h.seed();
    const svc = await h.run.getService(name);
    const err = await failure(
      h.run.updateService(name, svc.etag, { annotations: { 'run.googleapis.com/x': '1' } }),
    );
    expect(err.kind).toBe('invalid');
    expect(h.fake.count('UpdateService')).toBe(0);
  });

  it('a missing service is not-found, naming what was read', async () => {
    const err = await failure(h.run.getService('does-not-exist'));
    expect(err.kind).toBe('not-found');
    expect(err.message).toContain('reading service does-not-exist in acme-prod/us-central1');
    expect(err.message).toContain('traffic-policy.yaml');
  });
});

describe('injected faults', () => {
  it('UNAVAILABLE ×2 on GetService: the read is retried and succeeds; counters show it', async () => {
    const { name } = h.seed();
    h.fake.faults.unavailable('GetService', 2);
    const svc = await h.run.getService(name);
    expect(svc.name).toBe(name);
    expect(h.fake.count('GetService')).toBe(3);
    expect(h.run.counters).toEqual({ reads: 3, writes: 0, lroPolls: 0, retries: 2 });
  });

  it('DEADLINE_EXCEEDED on every attempt: gives up after the configured attempts as transient', async () => {
    const { name } = h.seed();
    h.fake.faults.deadlineExceeded('GetRevision', 10);
    const err = await failure(h.run.getRevision(name, `${name}-00001-abc`));
    expect(err.kind).toBe('transient');
    expect(err.grpcCode).toBe(status.DEADLINE_EXCEEDED);
    expect(h.fake.count('GetRevision')).toBe(4);
    expect(h.run.counters.retries).toBe(3);
  });

  it.each([
    [status.PERMISSION_DENIED, 'permission', /roles\/run.developer/],
    [status.UNAUTHENTICATED, 'permission', /roles\/run.developer/],
    [status.RESOURCE_EXHAUSTED, 'transient', /re-run/],
    [status.INTERNAL, 'failed', /INTERNAL/],
  ])('code %i on a read → %s (retried only when transient)', async (code, kind, hint) => {
    const { name } = h.seed();
    h.fake.faults.failNext('ListRevisions', code, 10);
    const err = await failure(h.run.listRevisions(name));
    expect(err.kind).toBe(kind);
    expect(err.message).toMatch(hint);
    expect(h.fake.count('ListRevisions')).toBe(kind === 'transient' ? 4 : 1);
  });

  it('UNAVAILABLE on UpdateService is not retried: one write, transient error, service unchanged', async () => {
    const { name } = h.seed();
    const svc = await h.run.getService(name);
    h.fake.faults.unavailable('UpdateService', 1);
    const err = await failure(h.run.updateService(name, svc.etag, { annotations: { a: '1' } }));
    expect(err.kind).toBe('transient');
    expect(err.message).toContain(`updating service ${name} (etag ${svc.etag})`);
    expect(h.fake.count('UpdateService')).toBe(1);
    expect(h.run.counters).toMatchObject({ writes: 1, retries: 0 });
    expect(h.fake.service(name).generation).toBe(1);
  });

  it('UNAVAILABLE on an operation poll: the poll is repeated and the write completes', async () => {
    const { name } = h.seed();
    const svc = await h.run.getService(name);
    h.fake.faults.unavailable('GetOperation', 1);
    const out = await h.run.updateService(name, svc.etag, { annotations: { a: '1' } });
    expect(out.annotations).toEqual({ a: '1' });
    expect(h.run.counters.lroPolls).toBe(h.fake.count('GetOperation'));
    expect(h.run.counters.lroPolls).toBeGreaterThanOrEqual(2);
    expect(h.run.counters.retries).toBe(1);
  });

  it('a slow operation beyond lroTimeoutMs → timeout naming the operation', async () => {
    const { name } = h.seed();
    const run = h.adapter({ lroTimeoutMs: 150, lroTimeoutWhy: 'the job time limit nears' });
    const svc = await run.getService(name);
    h.fake.faults.slowNextLro(5000);
    const started = Date.now();
    const err = await failure(run.updateService(name, svc.etag, { annotations: { a: '1' } }));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(err.kind).toBe('timeout');
    const [opName] = [...h.fake.store.operations.values()]
      .filter((o) => o.service.endsWith(`/${name}`))
      .map((o) => o.name);
    expect(err.message).toContain(`operation ${opName}`);
    expect(err.message).toContain(`updating service ${name}`);
    expect(err.message).toContain('was not done after 150 ms (the bound: the job time limit nears)');
    expect(run.counters.lroPolls).toBe(h.fake.count('GetOperation'));
  });

  it('an operation that ends with an error → failed, with the operation and its message', async () => {
    const { name } = h.seed();
    const svc = await h.run.getService(name);
    h.fake.faults.failNextLro('Revision limit reached for this service');
    const err = await failure(h.run.updateService(name, svc.etag, { annotations: { a: '1' } }));
    expect(err.kind).toBe('failed');
    expect(err.grpcCode).toBe(status.INTERNAL);
    expect(err.message).toMatch(
      /operation projects\/acme-prod\/locations\/us-central1\/operations\/\S+ failed/,
    );
    expect(err.message).toContain('Revision limit reached for this service');
  });
});
