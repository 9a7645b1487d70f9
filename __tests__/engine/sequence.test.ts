// The full phase sequence on the in-memory Cloud Run, checked after every write, both split-at modes.
import {
  FakeClock,
  MemoryMap,
  ScriptedObserver,
  ScriptedProber,
  recording,
  run,
  type Rig,
} from './harness.js';
import { MemoryCloudRun } from '../support/memory-cloudrun.js';
import { makePolicy } from '../support/policies.js';
import type { SplitAt } from '../../src/policy/types.js';

const S = 'checkout-00001';
const C = 'checkout-abcdef0';

function rig(
  splitAt: SplitAt,
): Rig & { mem: MemoryCloudRun; frames: ReturnType<typeof recording>['frames'] } {
  const clock = new FakeClock();
  const mem = new MemoryCloudRun({ now: clock.now });
  mem.seed('checkout', 'img:v1');
  const rec = recording(mem);
  return {
    clock,
    mem,
    frames: rec.frames,
    cloudRun: rec.port,
    observer: new ScriptedObserver(),
    map: new MemoryMap(),
    prober: new ScriptedProber(),
    policy: makePolicy({ splitAt }),
  };
}

describe('full phase sequence', () => {
  test('split-at cloud-run: canary walks every step, waits for the merge, promote makes it stable', async () => {
    const r = rig('cloud-run');
    const canary = await run(r, 'canary');
    expect(canary).toMatchObject({ phase: 'Progressing', step: 3, percent: 50, verdict: 'pass' });
    const promote = await run(r, 'promote', { owner: 'deadbeef', commit: 'deadbeef00' });
    expect(promote).toMatchObject({ phase: 'Succeeded', verdict: 'pass', writes: 1 });
    expect(r.frames).toEqual([
      { phase: 'Initializing', step: 0, awaiting: false, traffic: [`${S}:100:stable`, `${C}:0:canary`] },
      { phase: 'HeaderOnly', step: 0, awaiting: false, traffic: [`${S}:100:stable`, `${C}:0:canary`] },
      { phase: 'Progressing', step: 1, awaiting: false, traffic: [`${S}:95:stable`, `${C}:5:canary`] },
      { phase: 'Progressing', step: 2, awaiting: false, traffic: [`${S}:75:stable`, `${C}:25:canary`] },
      { phase: 'Progressing', step: 3, awaiting: false, traffic: [`${S}:50:stable`, `${C}:50:canary`] },
      { phase: 'Progressing', step: 3, awaiting: true, traffic: [`${S}:50:stable`, `${C}:50:canary`] },
      { phase: 'Succeeded', step: 3, awaiting: false, traffic: [`${C}:100:stable`] },
    ]);
    expect(r.map.history).toEqual([]);
  });

  test('split-at haproxy: Cloud Run keeps stable 100 / canary 0, the map walks the percents', async () => {
    const r = rig('haproxy');
    await run(r, 'canary');
    await run(r, 'promote', { owner: 'deadbeef', commit: 'deadbeef00' });
    const pinned = [`${S}:100:stable`, `${C}:0:canary`];
    expect(r.frames.map((f) => [f.phase, f.step, f.awaiting, f.traffic])).toEqual([
      ['Initializing', 0, false, pinned],
      ['HeaderOnly', 0, false, pinned],
      ['Progressing', 1, false, pinned],
      ['Progressing', 2, false, pinned],
      ['Progressing', 3, false, pinned],
      ['Progressing', 3, true, pinned],
      ['Succeeded', 3, false, [`${C}:100:stable`]],
    ]);
    expect(r.map.history).toEqual([0, 0, 5, 25, 50, 0]);
  });

  test('split-at haproxy: the revisions map follows the tags through deploy, promote, rollback and abort', async () => {
    const r = rig('haproxy');
    const file = `${r.policy.haproxy.mapFile.replace(/\.map$/, '')}.revisions.map`;
    await run(r, 'canary');
    expect(r.map.revisions).toEqual({ checkout_stable: S, checkout_canary: C });
    await run(r, 'promote', { owner: 'deadbeef', commit: 'deadbeef00' });
    expect(r.map.revisions).toEqual({ checkout_stable: C });
    r.policy.services[0].image = 'img:v1'; // the revert
    expect((await run(r, 'rollback', { owner: 'revert-sha' })).writes).toBe(1);
    expect(r.map.revisions).toEqual({ checkout_stable: S });
    expect(new Set(r.map.revisionFiles)).toEqual(new Set([file]));
    // a new canary, then the PR is closed: the canary tag goes, so does its entry
    const again = rig('haproxy');
    await run(again, 'canary', { wait: false });
    expect(again.map.revisions).toEqual({ checkout_stable: S, checkout_canary: C });
    await run(again, 'abort');
    expect(again.map.revisions).toEqual({ checkout_stable: S });
  });

  test('a revisions map that some instance does not take is reported; the rollout goes on', async () => {
    const r = rig('haproxy');
    r.map.failRevisions = 'setting checkout_stable failed on HAProxy 10.0.0.2:9999: connection refused';
    const res = await run(r, 'canary');
    expect(res).toMatchObject({ phase: 'Progressing', step: 3, percent: 50 });
    expect(res.messages.join('\n')).toContain(
      'checkout: the HAProxy logs may name an old revision: setting checkout_stable failed on HAProxy 10.0.0.2:9999',
    );
    r.map.failRevisions = null;
    await run(r, 'canary'); // the next run sets it (reconciled from the tags at its start)
    expect(r.map.revisions).toEqual({ checkout_stable: S, checkout_canary: C });
  });
});
