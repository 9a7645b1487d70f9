// The engine against the Cloud Run fake through the real adapter (@google-cloud/run over gRPC),
// with one fake clock shared by the engine, the adapter's polls and the fake's readiness.
import { createCloudRun, type CloudRunAdapter } from '../../src/adapters/cloud-run.js';
import type { SplitAt } from '../../src/policy/types.js';
import { makePolicy } from '../support/policies.js';
import { startCloudRunFake, type CloudRunFake } from '../support/cloudrun-fake.js';
import {
  FakeClock,
  frameOf,
  MemoryMap,
  recording,
  run,
  ScriptedObserver,
  ScriptedProber,
  stateOf,
  type Rig,
} from './harness.js';

const MERGE = { owner: 'merge-sha', commit: 'fedcba9876' };
let fake: CloudRunFake;
const clock = new FakeClock();
const adapters: CloudRunAdapter[] = [];
let n = 0;

beforeAll(async () => {
  fake = await startCloudRunFake({ readyDelayMs: 3000, lroDelayMs: 1000, now: clock.now });
});
afterAll(async () => {
  await Promise.all(adapters.map((a) => a.close()));
  await fake.stop();
});

function adapter(principal = 'engine@test'): CloudRunAdapter {
  const a = createCloudRun({
    project: 'acme-prod',
    region: 'us-central1',
    endpoint: fake.endpoint,
    pollMs: 1000,
    lroTimeoutMs: 60_000,
    retry: { attempts: 4, baseMs: 5, maxMs: 20 },
    headers: { 'x-fake-principal': principal },
    now: clock.now,
    sleep: clock.sleep,
  });
  adapters.push(a);
  return a;
}

function rig(
  splitAt: SplitAt = 'cloud-run',
): Rig & { name: string; stable: string; frames: ReturnType<typeof recording>['frames'] } {
  n += 1;
  const name = `svc${n}`;
  const stable = `${name}-00001-abc`;
  fake.seedService({ name, image: 'img:v1', revision: stable });
  const rec = recording(adapter());
  return {
    name,
    stable,
    frames: rec.frames,
    clock,
    cloudRun: rec.port,
    observer: new ScriptedObserver(),
    map: new MemoryMap(),
    prober: new ScriptedProber(),
    policy: makePolicy({ splitAt, service: { name } }),
  };
}

/** What the fake serves (its own state, not the adapter's view). */
async function served(name: string): Promise<string[]> {
  return frameOf(await adapter().getService(name)).traffic;
}

describe.each(['cloud-run', 'haproxy'] as SplitAt[])('over gRPC, split-at %s', (splitAt) => {
  test('the full phase sequence, checked after every transition', async () => {
    const r = rig(splitAt);
    const S = r.stable;
    const C = `${r.name}-abcdef0`;
    const canary = await run(r, 'canary');
    expect(canary).toMatchObject({ phase: 'Progressing', step: 3, verdict: 'pass' });
    await run(r, 'promote', MERGE);
    const at = (p: number) => (splitAt === 'cloud-run' ? p : 0);
    const split = (p: number) => [`${S}:${100 - at(p)}:stable`, `${C}:${at(p)}:canary`].sort();
    expect(r.frames.map((f) => [f.phase, f.step, f.awaiting, f.traffic])).toEqual([
      ['Initializing', 0, false, split(0)],
      ['HeaderOnly', 0, false, split(0)],
      ['Progressing', 1, false, split(5)],
      ['Progressing', 2, false, split(25)],
      ['Progressing', 3, false, split(50)],
      ['Progressing', 3, true, split(50)],
      ['Succeeded', 3, false, [`${C}:100:stable`]],
    ]);
    expect(await served(r.name)).toEqual([`${C}:100:stable`]);
    expect(fake.revisionState(r.name, C)).toBe('ready');
    if (splitAt === 'haproxy') expect(r.map.history).toEqual([0, 0, 5, 25, 50, 0]);
  });
});

describe('over gRPC', () => {
  test('idempotence: canary, promote and rollback twice make no second write', async () => {
    const r = rig();
    await run(r, 'canary');
    for (const [mode, over] of [
      ['canary', {}],
      ['promote', MERGE],
    ] as const) {
      fake.resetCalls();
      const first = await run(r, mode, over);
      fake.resetCalls();
      const again = await run(r, mode, over);
      expect([mode, again.writes, fake.countBy().writes]).toEqual([mode, 0, 0]);
      expect(first.phase).toBe(again.phase);
    }
    r.policy.services[0].image = 'img:v1';
    await run(r, 'rollback', { owner: 'revert' });
    fake.resetCalls();
    await run(r, 'rollback', { owner: 'revert' });
    expect(fake.countBy()).toEqual({ reads: 1, writes: 0, lroPolls: 0 });
  });

  test('abort twice: the second makes no write', async () => {
    const r = rig();
    await run(r, 'canary', { wait: false });
    expect((await run(r, 'abort')).writes).toBe(1);
    fake.resetCalls();
    expect((await run(r, 'abort')).writes).toBe(0);
    expect(fake.countBy().writes).toBe(0);
    expect(await served(r.name)).toEqual([`${r.stable}:100:stable`]);
  });

  test('crash-resume: a crash after each write, then a re-run, ends like the uninterrupted run', async () => {
    const norm = (name: string, traffic: string[]) => traffic.map((t) => t.replaceAll(name, 'SVC'));
    const ref = rig();
    await run(ref, 'canary');
    const want = norm(ref.name, await served(ref.name));
    for (let k = 1; k <= 6; k++) {
      const r = rig();
      const inner = r.cloudRun;
      let writes = 0;
      const crashing = {
        ...inner,
        updateService: async (...a: Parameters<typeof inner.updateService>) => {
          const snap = await inner.updateService(...a);
          if (++writes === k) throw new Error(`crash after write ${k}`);
          return snap;
        },
      };
      await expect(run({ ...r, cloudRun: crashing }, 'canary')).rejects.toThrow(`crash after write ${k}`);
      const resumed = await run(r, 'canary');
      expect([k, resumed.phase, resumed.state?.awaitingMerge]).toEqual([k, 'Progressing', true]);
      expect(norm(r.name, await served(r.name))).toEqual(want);
      expect(writes + resumed.writes).toBe(6);
    }
  });

  test('rollback from the middle of a canary is 1 read + 1 write', async () => {
    const r = rig();
    r.observer.fallback = 'running';
    await run(r, 'canary', { wait: false });
    clock.t += 5 * 60_000;
    await run(r, 'canary', { wait: false });
    clock.t += 10 * 60_000;
    const mid = await run(r, 'canary', { wait: false });
    expect(mid).toMatchObject({ phase: 'Progressing', step: 2 });
    r.policy.services[0].image = 'img:v1';
    fake.resetCalls();
    await run(r, 'rollback', { owner: 'revert' });
    const c = fake.countBy();
    expect({ reads: c.reads, writes: c.writes }).toEqual({ reads: 1, writes: 1 });
    expect(await served(r.name)).toEqual([`${r.stable}:100:stable`]);
  });

  test("a revision that fails to become ready: Failed with Cloud Run's reason, stable 100%", async () => {
    const r = rig();
    fake.faults.failImage('img:v2', 'Container failed to start and listen on PORT=8080');
    const res = await run(r, 'canary');
    expect(res).toMatchObject({ phase: 'Failed', verdict: 'fail' });
    expect(res.state?.reason).toMatch(/PORT=8080/);
    expect(await served(r.name)).toEqual([`${r.stable}:100:stable`]);
    fake.faults.clear();
  });

  test.each([
    ['UNAVAILABLE on UpdateService', () => fake.faults.unavailable('UpdateService', 1)],
    ['DEADLINE_EXCEEDED on GetService x2', () => fake.faults.deadlineExceeded('GetService', 2)],
    ['a failed operation', () => fake.faults.failNextLro()],
    ['a slow operation (beyond the wait)', () => fake.faults.slowNextLro(120_000)],
  ])('fault: %s — traffic stays on ready revisions; a re-run completes', async (_name, inject) => {
    const r = rig();
    inject();
    const first = await run(r, 'canary');
    if (first.stopped) expect(first.messages.join('\n')).toMatch(/injected|not done after/);
    let res = first;
    for (let i = 0; i < 3 && !res.state?.awaitingMerge; i++) {
      clock.t += 130_000;
      res = await run(r, 'canary');
    }
    expect(res.state?.awaitingMerge).toBe(true);
    for (const t of (await adapter().getService(r.name)).trafficStatuses.filter((x) => x.percent > 0)) {
      expect(fake.revisionState(r.name, t.revision!)).toBe('ready');
    }
    fake.faults.clear();
  });

  test('concurrency: two PRs at once — one wins, the other is refused naming it', async () => {
    const r = rig();
    const other = {
      ...r,
      cloudRun: adapter('other@test'),
      policy: makePolicy({ splitAt: 'cloud-run', service: { name: r.name, image: 'img:v3' } }),
    };
    const results = await Promise.all([
      run(r, 'canary', { wait: false }),
      run(other, 'canary', { owner: 'pr#41', commit: '4141414141', wait: false }),
    ]);
    const owner = stateOf(fake.service(r.name).annotations as Record<string, string>)!.owner;
    const loser = results.find((x) => x.stopped);
    expect(loser?.stopped).toMatch(/refused|conflict/);
    expect(loser?.messages.join('\n')).toContain(owner);
    expect(results.filter((x) => !x.stopped)).toHaveLength(1);
  });
});
