// Idempotence, crash-resume, concurrency, faults and one-write rollback, on the in-memory Cloud Run.
import { CloudRunError, type CloudRunPort } from '../../src/rollout/ports.js';
import type { SplitAt } from '../../src/policy/types.js';
import type { RolloutResult } from '../../src/engine/types.js';
import { makePolicy } from '../support/policies.js';
import { MemoryCloudRun, SimulatedCrash } from '../support/memory-cloudrun.js';
import {
  FakeClock,
  frameOf,
  MemoryMap,
  ScriptedObserver,
  ScriptedProber,
  run,
  stateOf,
  type Rig,
} from './harness.js';

const S = 'checkout-00001';
const C = 'checkout-abcdef0';
const MERGE = { owner: 'merge-sha', commit: 'fedcba9876' };

type MemRig = Rig & { mem: MemoryCloudRun };

function rig(splitAt: SplitAt = 'cloud-run', port?: (mem: MemoryCloudRun) => CloudRunPort): MemRig {
  const clock = new FakeClock();
  const mem = new MemoryCloudRun({ now: clock.now });
  mem.seed('checkout', 'img:v1');
  return {
    clock,
    mem,
    cloudRun: port ? port(mem) : mem,
    observer: new ScriptedObserver(),
    map: new MemoryMap(),
    prober: new ScriptedProber(),
    policy: makePolicy({ splitAt }),
  };
}

/** What "the same end state" means: phase, step, revisions and served traffic (not timestamps). */
async function endState(r: MemRig) {
  const snap = await r.mem.getService('checkout');
  const s = stateOf(snap.annotations);
  return {
    frame: frameOf(snap),
    stable: s?.stable,
    canary: s?.canary,
    verdict: s?.lastVerdict,
    map: r.map.percents.checkout ?? 0,
  };
}

/** 100% of served traffic on ready revisions, none on a failed one. */
function expectSafe(r: MemRig): void {
  const served = r.mem.serving('checkout');
  expect(served.filter((t) => t.ready === true).reduce((n, t) => n + t.percent, 0)).toBe(100);
  expect(served.filter((t) => t.ready !== true)).toEqual([]);
}

describe.each(['cloud-run', 'haproxy'] as SplitAt[])('split-at %s', (splitAt) => {
  test('idempotence: running the same mode twice makes no second write', async () => {
    const r = rig(splitAt);
    expect((await run(r, 'canary')).writes).toBe(6);
    const again = await run(r, 'canary');
    expect(again).toMatchObject({ writes: 0, phase: 'Progressing', verdict: 'pass' });
    expect(again.messages.join('\n')).toMatch(/needs the merge/);
    expect((await run(r, 'promote', MERGE)).writes).toBe(1);
    expect((await run(r, 'promote', MERGE)).writes).toBe(0);
    r.policy.services[0].image = 'img:v1';
    expect((await run(r, 'rollback', { owner: 'revert-sha' })).writes).toBe(1);
    expect((await run(r, 'rollback', { owner: 'revert-sha' })).writes).toBe(0);
  });

  test('a PR closed while its canary run waits: the waiting run stops, it never deploys again', async () => {
    const r = rig(splitAt);
    let aborted = false;
    const inner = r.observer;
    // the abort (PR closed) runs while the canary run sleeps between polls
    r.observer = {
      calls: inner.calls,
      observe: async (
        svc: Parameters<typeof inner.observe>[0],
        stage: Parameters<typeof inner.observe>[1],
        now: number,
      ) => {
        if (!aborted && stage.step >= 1) {
          aborted = true;
          expect((await run({ ...r, observer: inner }, 'abort', { owner: 'pr#42' })).writes).toBe(1);
        }
        return inner.observe(svc, stage, now);
      },
    } as unknown as ScriptedObserver;
    const res = await run(r, 'canary');
    expect(aborted).toBe(true);
    expect(res.stopped).toBe('refused');
    expect(res.messages.join('\n')).toMatch(/removed by another run/);
    const snap = await r.mem.getService('checkout');
    expect(stateOf(snap.annotations)).toBeNull();
    expect(frameOf(snap).traffic).toEqual([`${S}:100:stable`]);
  });

  test('idempotence: abort twice', async () => {
    const r = rig(splitAt);
    await run(r, 'canary', { wait: false });
    const first = await run(r, 'abort');
    expect(first).toMatchObject({ writes: 1, phase: 'Aborted' });
    expect(await run(r, 'abort')).toMatchObject({ writes: 0, phase: 'None' });
    expect(r.mem.view('checkout').annotations).toEqual({});
    expect(frameOf(await r.mem.getService('checkout')).traffic).toEqual([`${S}:100:stable`]);
  });

  test('crash-resume: a crash after every write, then a re-run, ends like an uninterrupted run', async () => {
    const ref = rig(splitAt);
    const total = (await run(ref, 'canary')).writes;
    await run(ref, 'promote', MERGE);
    const want = await endState(ref);
    expect(want.frame.phase).toBe('Succeeded');
    for (let n = 1; n <= total; n++) {
      const r = rig(splitAt);
      r.mem.crashAfterWrites(n);
      await expect(run(r, 'canary')).rejects.toBeInstanceOf(SimulatedCrash);
      const resumed = await run(r, 'canary');
      expect(resumed).toMatchObject({ phase: 'Progressing', verdict: 'pass' });
      await run(r, 'promote', MERGE);
      expect(await endState(r)).toEqual(want);
      expect(r.mem.counts.writes).toBe(total + 1); // nothing was written twice
    }
  });

  test('crash-resume: wait:false runs drive the same rollout one due transition at a time', async () => {
    const ref = rig(splitAt);
    await run(ref, 'canary');
    const want = await endState(ref);
    const r = rig(splitAt);
    let runs = 0;
    for (;;) {
      const res = await run(r, 'canary', { wait: false });
      runs += 1;
      if (res.state?.awaitingMerge) break;
      expect(res.verdict).toBe('running');
      await r.clock.sleep(60_000); // the next scheduled run
      expect(runs).toBeLessThan(100);
    }
    expect(await endState(r)).toEqual(want);
  });
});

describe('concurrency', () => {
  test('two PRs start a canary at once: one wins, the other is refused naming it, nothing is lost', async () => {
    const r = rig();
    const other = { ...r, policy: makePolicy({ splitAt: 'cloud-run', service: { image: 'img:v3' } }) };
    const [a, b] = await Promise.all([
      run(r, 'canary', { wait: false }),
      run(other, 'canary', { owner: 'pr#41', commit: '4141414141', wait: false }),
    ]);
    const results = [a, b];
    const won = results.filter((x) => !x.stopped);
    const lost = results.filter((x) => x.stopped);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0].state!.owner;
    expect(lost[0].stopped).toBe('refused');
    expect(lost[0].messages.join('\n')).toMatch(new RegExp(`belongs to ${winner.replace('#', '\\#')}`));
    const s = stateOf(r.mem.view('checkout').annotations)!;
    expect(s.owner).toBe(winner);
    // the winner's write is intact: its canary is the one tagged
    expect(frameOf(await r.mem.getService('checkout')).traffic).toContain(`${s.canary}:0:canary`);
  });

  test('another writer changes the service between read and write: re-read, re-plan, its change kept', async () => {
    const r = rig();
    r.mem.beforeNextWrite(() =>
      r.mem.externalWrite('checkout', (svc) => (svc.annotations['team'] = 'payments')),
    );
    const res = await run(r, 'canary', { wait: false });
    expect(res.stopped).toBeUndefined();
    expect(res.messages.join('\n')).toMatch(
      /stale; service modified by someone@else — reading the service again/,
    );
    const ann = r.mem.view('checkout').annotations;
    expect(ann.team).toBe('payments');
    expect(stateOf(ann)?.phase).toBe('HeaderOnly');
  });

  test('a second conflict stops with a message naming the other writer', async () => {
    const r = rig();
    const takeOver = () =>
      r.mem.externalWrite('checkout', (svc) => {
        svc.annotations['canary-relay.dev/rollout'] = JSON.stringify({
          ...stateOf(svc.annotations),
          v: 1,
          owner: 'pr#77',
          phase: 'Initializing',
          step: 0,
          stepStartedAt: 1,
          startedAt: 1,
          canary: 'checkout-7777777',
          stable: S,
          image: 'img:v7',
          lastVerdict: null,
          policyDigest: 'x',
        });
      });
    r.mem.beforeNextWrite(() => r.mem.externalWrite('checkout', () => undefined));
    r.mem.beforeNextWrite(takeOver);
    await run(r, 'canary', { wait: false, force: true });
    const res = await run(r, 'canary', { wait: false });
    expect(res.stopped).toBe('refused');
    expect(res.messages.join('\n')).toMatch(/belongs to pr#77/);
  });
});

type Fault = 'transient' | 'timeout' | 'lro' | 'external' | 'permission' | 'read-unavailable';
const FAULTS: Fault[] = ['transient', 'timeout', 'lro', 'external', 'permission', 'read-unavailable'];

async function untilDone(go: () => Promise<RolloutResult>): Promise<RolloutResult> {
  let res = await go();
  for (let i = 0; i < 2 && res.stopped; i++) res = await go();
  return res;
}

/** Injects `fault` at the k-th write (1-based) of the run. */
function faultyAt(k: number, fault: Fault, mem: MemoryCloudRun): CloudRunPort {
  let writes = 0;
  let failReads = 0;
  return {
    getService: async (s) => {
      if (failReads > 0) {
        failReads -= 1;
        throw new CloudRunError('transient', 'Cloud Run: reading service: injected UNAVAILABLE');
      }
      return mem.getService(s);
    },
    getRevision: (s, r) => mem.getRevision(s, r),
    listRevisions: (s) => mem.listRevisions(s),
    updateService: async (s, etag, u) => {
      writes += 1;
      if (writes !== k) return mem.updateService(s, etag, u);
      switch (fault) {
        case 'transient':
          throw new CloudRunError('transient', 'Cloud Run: updating service: injected UNAVAILABLE');
        case 'permission':
          throw new CloudRunError('permission', 'Cloud Run: updating service: injected PERMISSION_DENIED');
        case 'timeout':
          await mem.updateService(s, etag, u); // the write lands; the operation outlives our wait
          throw new CloudRunError('timeout', 'Cloud Run: updating service: injected operation timeout');
        case 'lro':
          mem.failNextLro('injected: the operation failed');
          return mem.updateService(s, etag, u);
        case 'external':
          mem.externalWrite(s, (svc) => (svc.annotations['touched'] = String(k)));
          return mem.updateService(s, etag, u);
        case 'read-unavailable':
          failReads = 2;
          return mem.updateService(s, etag, u);
      }
    },
  };
}

describe('faults', () => {
  test.each(FAULTS.flatMap((f) => [1, 2, 3, 4, 5, 6, 7].map((k) => [f, k] as const)))(
    '%s at write %d: 100%% of traffic stays on ready revisions and the message says what failed',
    async (fault, k) => {
      const r = rig('cloud-run', (mem) => faultyAt(k, fault, mem));
      const first = await run(r, 'canary');
      expectSafe(r);
      if (first.stopped) expect(first.messages.join('\n')).toMatch(/injected/);
      // the next runs (the scheduled re-runs) finish the job
      const second = await untilDone(() => run(r, 'canary'));
      expectSafe(r);
      expect(second.state?.awaitingMerge).toBe(true);
      await untilDone(() => run(r, 'promote', MERGE));
      expectSafe(r);
      expect(r.mem.serving('checkout')).toEqual([{ revision: C, percent: 100, ready: true }]);
    },
  );

  test("a revision that fails to become ready fails the canary with Cloud Run's reason, stable keeps 100%", async () => {
    const r = rig();
    r.mem.failImage('img:v2', 'Container failed to start and listen on PORT=8080');
    const res = await run(r, 'canary');
    expect(res).toMatchObject({ phase: 'Failed', verdict: 'fail' });
    expect(res.messages.join('\n')).toMatch(/failed to become ready: .*PORT=8080/);
    expectSafe(r);
    expect(r.mem.serving('checkout')).toEqual([{ revision: S, percent: 100, ready: true }]);
    expect(r.mem.view('checkout').traffic.some((t) => t.tag === 'canary')).toBe(false);
  });

  test('a fail verdict at 25% restores stable at once (cloud-run: traffic; haproxy: map 0)', async () => {
    for (const splitAt of ['cloud-run', 'haproxy'] as SplitAt[]) {
      const r = rig(splitAt);
      r.observer.script = { 2: 'fail' };
      const res = await run(r, 'canary');
      expect(res).toMatchObject({ phase: 'Failed', verdict: 'fail', step: 2 });
      expect(res.messages.join('\n')).toMatch(/step 3 \(25%\): analysis failed: error-rate/);
      expect(r.mem.serving('checkout')).toEqual([{ revision: S, percent: 100, ready: true }]);
      expect(r.map.percents.checkout ?? 0).toBe(0);
    }
  });

  test('a failed smoke probe fails the canary with what it saw', async () => {
    const r = rig();
    r.policy.services[0].smoke = { path: '/health', requests: 20, expectStatus: 200 };
    r.prober.statuses = [...Array(17).fill(200), 503, 503, 503];
    const res = await run(r, 'canary');
    expect(res).toMatchObject({ phase: 'Failed', verdict: 'fail' });
    expect(res.messages.join('\n')).toMatch(
      /smoke probe of checkout-abcdef0 failed: 17\/20 requests to https:\/\/canary---checkout-123456789012.us-central1.run.app\/health answered 200 \(saw 200×17, 503×3\)/,
    );
    expect(r.mem.serving('checkout')).toEqual([{ revision: S, percent: 100, ready: true }]);
  });
});

describe('rollback is one read and one write from any phase', () => {
  const phases = [1, 2, 3, 4, 5, 6];
  test.each(phases)('after write %d of the canary', async (n) => {
    const r = rig('haproxy');
    r.mem.crashAfterWrites(n);
    await expect(run(r, 'canary')).rejects.toBeInstanceOf(SimulatedCrash);
    r.policy.services[0].image = 'img:v1';
    const before = { ...r.mem.counts };
    const res = await run(r, 'rollback', { owner: 'revert-sha' });
    expect({ reads: r.mem.counts.reads - before.reads, writes: r.mem.counts.writes - before.writes }).toEqual(
      { reads: 1, writes: 1 },
    );
    expect(res.messages.join('\n')).toMatch(`rolled back to ${S}`);
    expect(frameOf(await r.mem.getService('checkout')).traffic).toEqual([`${S}:100:stable`]);
    expect(r.map.percents.checkout).toBe(0);
  });

  test('after the promotion (the revert of the merge): back to the previous stable', async () => {
    const r = rig();
    await run(r, 'canary');
    await run(r, 'promote', MERGE);
    r.policy.services[0].image = 'img:v1';
    const before = { ...r.mem.counts };
    await run(r, 'rollback', { owner: 'revert-sha' });
    expect({ reads: r.mem.counts.reads - before.reads, writes: r.mem.counts.writes - before.writes }).toEqual(
      { reads: 1, writes: 1 },
    );
    expect(r.mem.serving('checkout')).toEqual([{ revision: S, percent: 100, ready: true }]);
  });

  test('after a failed canary', async () => {
    const r = rig();
    r.observer.script = { 1: 'fail' };
    await run(r, 'canary');
    r.policy.services[0].image = 'img:v1';
    const before = { ...r.mem.counts };
    const res = await run(r, 'rollback', { owner: 'revert-sha' });
    expect(r.mem.counts.reads - before.reads).toBe(1);
    expect(r.mem.counts.writes - before.writes).toBe(1);
    expect(res.state).toMatchObject({ phase: 'Failed', canary: null, stable: S });
  });
});
