// Pre-/post-step hooks over real HTTP on loopback: the calls a rollout makes, their signed payloads,
// a non-2xx answer failing the step with the answer in the reason, a hanging hook bounded by its
// timeout, and URLs from environment variables masked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHookCaller, oneLine } from '../../src/adapters/hooks.js';
import type { Hook } from '../../src/policy/types.js';
import { MemoryCloudRun } from '../support/memory-cloudrun.js';
import { makePolicy, MIN, steps } from '../support/policies.js';
import { startWebhookReceiver, type Receiver } from '../support/receivers.js';
import { FakeClock, MemoryMap, ScriptedObserver, ScriptedProber, run, type Rig } from './harness.js';

const SECRET = 'hook-secret';
let receiver: Receiver;
const masked: string[] = [];

beforeAll(async () => {
  receiver = await startWebhookReceiver(SECRET);
});
afterAll(async () => receiver.stop());
beforeEach(() => {
  receiver.received.length = 0;
  receiver.script.length = 0;
  masked.length = 0;
});

function rig(hooks: { preStep?: Hook; postStep?: Hook }): Rig {
  const clock = new FakeClock();
  const mem = new MemoryCloudRun({ now: clock.now });
  mem.seed('checkout', 'img:v1');
  return {
    clock,
    cloudRun: mem,
    observer: new ScriptedObserver(),
    map: new MemoryMap(),
    prober: new ScriptedProber(),
    policy: makePolicy({ splitAt: 'cloud-run', service: { steps: steps([10, 50], 5 * MIN), hooks } }),
  };
}

const env = () => ({ HOOK_URL: receiver.url, HOOK_SECRET: SECRET });
const go = (r: Rig) =>
  run(r, 'canary', {
    ports: {
      cloudRun: r.cloudRun,
      observer: r.observer,
      prober: r.prober,
      hooks: createHookCaller({ env: env(), mask: (s) => masked.push(s) }),
    },
  });
const signed = (h: Partial<Hook> = {}): Hook => ({
  urlEnv: 'HOOK_URL',
  secretEnv: 'HOOK_SECRET',
  timeoutMs: 2000,
  ...h,
});

describe('step hooks', () => {
  it('pre-step before each step, post-step after each bake, signed, in order', async () => {
    const r = rig({ preStep: signed(), postStep: signed() });
    const result = await go(r);
    expect(result).toMatchObject({ phase: 'Progressing', step: 1, verdict: 'pass' });
    const calls = receiver.received.map((x) => {
      const b = x.body as { hook: string; step: number; percent: number };
      return `${b.hook}:${b.step}:${b.percent}%:${x.status}`;
    });
    expect(calls).toEqual([
      'pre-step:1:10%:200',
      'post-step:1:10%:200',
      'pre-step:2:50%:200',
      'post-step:2:50%:200',
    ]);
    expect(receiver.received.every((x) => !x.problem)).toBe(true); // every signature verified
    expect(receiver.received[0].body).toMatchObject({
      version: 1,
      service: 'checkout',
      owner: 'pr#42',
      steps: 2,
      canary: 'checkout-abcdef0',
    });
    expect(masked).toEqual(expect.arrayContaining([receiver.url, SECRET]));
  });

  it('a non-2xx pre-step answer fails the step before its traffic moves, with the answer in the reason', async () => {
    receiver.script.push(503);
    const r = rig({ preStep: signed() });
    const result = await go(r);
    expect(result).toMatchObject({ phase: 'Failed', verdict: 'fail', percent: 0 });
    expect(result.state?.reason).toBe('pre-step hook of step 1 failed: $HOOK_URL answered 503: error 503');
    expect(result.state?.step).toBe(0);
    expect(receiver.url).not.toBe(''); // the reason names the variable, never the URL
    expect(result.messages.join('\n')).not.toContain(receiver.url);
  });

  it('a failing post-step hook fails the rollout after the bake', async () => {
    receiver.script.push(200, 200, 200, 500);
    const r = rig({ preStep: signed(), postStep: signed() });
    const result = await go(r);
    expect(result.state?.reason).toBe('post-step hook of step 2 failed: $HOOK_URL answered 500: error 500');
    expect(result.phase).toBe('Failed');
  });

  it('a hook that never answers fails at its timeout', async () => {
    receiver.script.push('hang');
    const r = rig({ preStep: signed({ timeoutMs: 1000 }) });
    const t0 = Date.now();
    const result = await go(r);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(result.state?.reason).toBe('pre-step hook of step 1 failed: $HOOK_URL: no answer within 1000 ms');
  });

  it('an unset variable fails the step and says which', async () => {
    const r = rig({ preStep: signed({ urlEnv: 'NOT_SET' }) });
    const result = await go(r);
    expect(result.state?.reason).toBe(
      'pre-step hook of step 1 failed: environment variable NOT_SET is not set',
    );
    expect(receiver.received).toHaveLength(0);
  });

  it('a variable holding no http(s) URL fails the step without echoing it', async () => {
    const r = rig({ preStep: signed({ urlEnv: 'BAD' }) });
    const result = await run(r, 'canary', {
      ports: {
        cloudRun: r.cloudRun,
        observer: r.observer,
        hooks: createHookCaller({ env: { BAD: 'ftp://token@x' }, mask: () => undefined }),
      },
    });
    expect(result.state?.reason).toBe(
      'pre-step hook of step 1 failed: the value of BAD is not an http(s) URL',
    );
  });

  it('a wrong signature is the receiver refusing (401)', async () => {
    const r = rig({ preStep: { url: receiver.url, secretEnv: 'WRONG', timeoutMs: 2000 } });
    const result = await run(r, 'canary', {
      ports: {
        cloudRun: r.cloudRun,
        observer: r.observer,
        hooks: createHookCaller({ env: { WRONG: 'nope' }, mask: () => undefined }),
      },
    });
    expect(result.state?.reason).toMatch(
      /pre-step hook of step 1 failed: http:\/\/127\.0\.0\.1:\d+\/hook answered 401: bad signature/,
    );
  });

  it('the answer reaches the report as one short line', () => {
    expect(oneLine('line one\nline\ttwo\u0007 <b>')).toBe('line one line two <b>');
    expect(oneLine('x'.repeat(1000))).toHaveLength(300);
  });
});
