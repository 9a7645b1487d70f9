// Long waits (issue 9.6): waiting ticks are not transitions, so a bake far longer than 500 polls
// runs to its end; a waiting run stops before the job's time limit, says so, and leaves a state
// the next run resumes from.
import { FakeClock, MemoryMap, ScriptedObserver, ScriptedProber, run, stateOf, type Rig } from './harness.js';
import { MemoryCloudRun } from '../support/memory-cloudrun.js';
import { makePolicy, MIN, steps } from '../support/policies.js';

const HOUR = 60 * MIN;

function rig(): Rig & { mem: MemoryCloudRun } {
  const clock = new FakeClock();
  const mem = new MemoryCloudRun({ now: clock.now });
  mem.seed('checkout', 'img:v1');
  return {
    clock,
    mem,
    cloudRun: mem,
    observer: new ScriptedObserver(), // 'running' until the bake is over
    map: new MemoryMap(),
    prober: new ScriptedProber(),
    // 1 s polls, a 2 h step: 7,200 waiting ticks
    policy: makePolicy({
      splitAt: 'cloud-run',
      service: { steps: steps([50], 2 * HOUR, MIN), analysis: { intervalMs: 1000 } },
    }),
  };
}

test('a bake of 7,200 polls runs to its end with wait: true (no "stopped after 500 transitions")', async () => {
  const r = rig();
  const res = await run(r, 'canary');
  expect(res.messages.join('\n')).not.toMatch(/transitions/);
  expect(res.stopped).toBeUndefined();
  expect(stateOf((await r.mem.getService('checkout')).annotations)).toMatchObject({
    awaitingMerge: true,
    step: 1,
  });
  expect(r.observer.calls.length).toBeGreaterThan(7000);
}, 60_000);

test('a waiting run stops before the deadline, says so, and the next run resumes from the state', async () => {
  const r = rig();
  const deadline = r.clock.t + 30 * MIN;
  const res = await run(r, 'canary', { deadline });
  expect(res.outOfTime).toBe(true);
  expect(res.stopped).toBeUndefined();
  expect(res.messages.at(-1)).toMatch(
    /stopped waiting: the job's time limit is near .* the next run continues it/,
  );
  expect(r.clock.t).toBeLessThan(deadline);
  const mid = stateOf((await r.mem.getService('checkout')).annotations);
  expect(mid).toMatchObject({ phase: 'Progressing', step: 1 });
  // the next job (no deadline) continues the same rollout to the end
  const next = await run(r, 'canary');
  expect(next.writes).toBeGreaterThan(0);
  expect(stateOf((await r.mem.getService('checkout')).annotations)).toMatchObject({
    awaitingMerge: true,
    startedAt: mid!.startedAt,
  });
}, 60_000);
