// Delivery to local receivers: Slack's Block Kit checked as Slack would, the webhook's HMAC
// verified, retries with backoff, permanent refusals, unset variables, hanging receivers — and a
// whole rollout whose notifications arrive while a broken receiver never holds it up.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createNotifier, type NotifierOptions } from '../../src/adapters/notify.js';
import { rolloutEvents, type RolloutEvent } from '../../src/notify/events.js';
import type { NotifyTarget } from '../../src/policy/types.js';
import { MemoryCloudRun } from '../support/memory-cloudrun.js';
import { makePolicy } from '../support/policies.js';
import { startSlackReceiver, startWebhookReceiver, type Receiver } from '../support/receivers.js';
import { FakeClock, MemoryMap, ScriptedObserver, ScriptedProber, run } from '../engine/harness.js';
import { makeService } from '../support/policies.js';

const SECRET = 'whsec_0123456789';
let slack: Receiver;
let hook: Receiver;

beforeAll(async () => {
  slack = await startSlackReceiver();
  hook = await startWebhookReceiver(SECRET);
});
afterAll(async () => {
  await slack.stop();
  await hook.stop();
});
beforeEach(() => {
  for (const r of [slack, hook]) {
    r.received.length = 0;
    r.script.length = 0;
  }
});

const ALL: NotifyTarget['events'] = [
  'started',
  'step-passed',
  'failed',
  'rolled-back',
  'promoted',
  'inconclusive',
  'paused',
];
const service = makeService();
const failedEvent: RolloutEvent = rolloutEvents(
  service,
  null,
  {
    v: 1,
    owner: 'pr#42',
    policyDigest: 'd',
    phase: 'Failed',
    step: 2,
    stepStartedAt: 0,
    startedAt: 0,
    stable: 'checkout-00001',
    canary: 'checkout-abc1234',
    image: 'img:v2',
    lastVerdict: 'fail',
    reason: 'error-rate E=250',
  },
  0,
)[0];

function notifier(targets: NotifyTarget[], over: Partial<NotifierOptions> = {}) {
  const masked: string[] = [];
  const logs: string[] = [];
  const sleeps: number[] = [];
  const n = createNotifier({
    targetsFor: () => targets,
    env: { SLACK_URL: slack.url, HOOK_URL: hook.url, HOOK_SECRET: SECRET, WRONG_SECRET: 'nope' },
    links: { serverUrl: 'https://github.com', repository: 'acme/shop', runId: '7' },
    retry: { attempts: 3, baseMs: 1, maxMs: 5 },
    timeoutMs: 2000,
    mask: (s) => masked.push(s),
    log: (l) => logs.push(l),
    sleep: async (ms) => void sleeps.push(ms),
    ...over,
  });
  return { n, masked, logs, sleeps };
}

describe('delivery', () => {
  it('Slack gets a Block Kit message it accepts; the URL is masked, never logged', async () => {
    const { n, masked, logs } = notifier([{ kind: 'slack', urlEnv: 'SLACK_URL', events: ALL }]);
    n.notify(failedEvent);
    const [d] = await n.flush(5000);
    expect(d).toMatchObject({ ok: true, attempts: 1, target: 'slack SLACK_URL', detail: 'HTTP 200' });
    expect(slack.received).toHaveLength(1);
    expect(slack.received[0].problem).toBeUndefined();
    expect(slack.received[0].raw).toContain('https://github.com/acme/shop/pull/42');
    expect(masked).toContain(slack.url);
    expect(logs.join('\n')).not.toContain(slack.url);
  });

  it('the webhook is signed: the receiver verifies the HMAC and gets event and delivery headers', async () => {
    const { n, masked } = notifier([
      { kind: 'webhook', urlEnv: 'HOOK_URL', secretEnv: 'HOOK_SECRET', events: ALL },
    ]);
    n.notify(failedEvent);
    const [d] = await n.flush(5000);
    expect(d.ok).toBe(true);
    const got = hook.received[0];
    expect(got.status).toBe(200);
    expect(got.headers['x-canary-relay-event']).toBe('failed');
    expect(got.headers['x-canary-relay-delivery']).toBe((got.body as { delivery: string }).delivery);
    expect(got.body).toMatchObject({ event: 'failed', service: 'checkout', step: 3, verdict: 'fail' });
    expect(masked).toEqual(expect.arrayContaining([hook.url, SECRET]));
  });

  it('a wrong secret is refused by the receiver (401) and not retried', async () => {
    const { n, logs } = notifier([
      { kind: 'webhook', urlEnv: 'HOOK_URL', secretEnv: 'WRONG_SECRET', events: ALL },
    ]);
    n.notify(failedEvent);
    const [d] = await n.flush(5000);
    expect(d).toMatchObject({ ok: false, attempts: 1 });
    expect(hook.received.map((r) => r.problem)).toEqual(['bad signature']);
    expect(logs[0]).toMatch(
      /could not deliver "failed" for checkout to webhook HOOK_URL after 1 attempt\(s\): HTTP 401: bad signature/,
    );
  });

  it('500 and 429 are retried with backoff until the receiver accepts', async () => {
    slack.script.push(500, 429);
    const { n, sleeps } = notifier([{ kind: 'slack', urlEnv: 'SLACK_URL', events: ALL }]);
    n.notify(failedEvent);
    const [d] = await n.flush(5000);
    expect(d).toMatchObject({ ok: true, attempts: 3 });
    expect(slack.received.map((r) => r.status)).toEqual([500, 429, 200]);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBe(0); // Retry-After: 0 from the 429
  });

  it('gives up after the attempts, and says so', async () => {
    slack.script.push(503, 503, 503);
    const { n, logs } = notifier([{ kind: 'slack', urlEnv: 'SLACK_URL', events: ALL }]);
    n.notify(failedEvent);
    const [d] = await n.flush(5000);
    expect(d).toMatchObject({ ok: false, attempts: 3, detail: 'HTTP 503: error 503' });
    expect(logs).toHaveLength(1);
  });

  it('a variable that holds no http(s) URL is refused without echoing it', async () => {
    const { n, logs } = notifier([{ kind: 'slack', urlEnv: 'SLACK_URL', events: ALL }], {
      env: { SLACK_URL: 'hooks.slack.com/services/T000/B000/SECRETPART' },
    });
    n.notify(failedEvent);
    const [d] = await n.flush(5000);
    expect(d).toMatchObject({
      ok: false,
      attempts: 0,
      detail: 'the value of SLACK_URL is not an http(s) URL',
    });
    expect(logs.join('\n')).not.toContain('SECRETPART');
  });

  it('only the chosen events are sent', async () => {
    const { n } = notifier([{ kind: 'slack', urlEnv: 'SLACK_URL', events: ['promoted'] }]);
    n.notify(failedEvent);
    expect(await n.flush(5000)).toEqual([]);
    expect(slack.received).toHaveLength(0);
  });

  it('an unset variable skips its target with one note', async () => {
    const { n, logs } = notifier([{ kind: 'slack', urlEnv: 'NOT_SET', events: ALL }]);
    n.notify(failedEvent);
    n.notify(failedEvent);
    expect(await n.flush(5000)).toEqual([]);
    expect(logs).toEqual(['notify: environment variable NOT_SET is not set; its target is skipped']);
  });

  it('a receiver that never answers costs at most the attempt timeout; notify() itself never waits', async () => {
    slack.script.push('hang', 'hang');
    const { n } = notifier([{ kind: 'slack', urlEnv: 'SLACK_URL', events: ALL }], {
      timeoutMs: 200,
      retry: { attempts: 2, baseMs: 1, maxMs: 1 },
    });
    const t0 = Date.now();
    n.notify(failedEvent);
    expect(Date.now() - t0).toBeLessThan(50);
    const [d] = await n.flush(5000);
    expect(d).toMatchObject({ ok: false, attempts: 2, detail: 'no answer within 200 ms' });
  });

  it('flush stops waiting at its bound', async () => {
    slack.script.push('hang');
    const { n, logs } = notifier([{ kind: 'slack', urlEnv: 'SLACK_URL', events: ALL }], {
      timeoutMs: 5000,
      retry: { attempts: 1 },
    });
    n.notify(failedEvent);
    const t0 = Date.now();
    expect(await n.flush(100)).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(logs[0]).toMatch(/1 notification\(s\) still in flight after 100 ms; abandoning them/);
    // the request is cut at once, not left to its 5 s timeout (the job can end)
    const t1 = Date.now();
    while (!n.deliveries.length && Date.now() - t1 < 3000) await new Promise((r) => setTimeout(r, 10));
    expect(Date.now() - t1).toBeLessThan(1000);
    expect(n.deliveries[0]).toMatchObject({ ok: false, detail: 'abandoned: the job was ending' });
    await slack.stop().then(async () => (slack = await startSlackReceiver()));
  });
});

describe('a rollout with notifications', () => {
  function rig(targets: NotifyTarget[], env: Record<string, string>) {
    const clock = new FakeClock();
    const mem = new MemoryCloudRun({ now: clock.now });
    mem.seed('checkout', 'img:v1');
    const notify = createNotifier({
      targetsFor: () => targets,
      env,
      links: {},
      retry: { attempts: 2, baseMs: 1, maxMs: 1 },
      timeoutMs: 1000,
      mask: () => undefined,
      log: () => undefined,
    });
    return {
      notify,
      rig: {
        clock,
        cloudRun: mem,
        observer: new ScriptedObserver({ 2: 'fail' }),
        map: new MemoryMap(),
        prober: new ScriptedProber(),
        policy: makePolicy({ splitAt: 'cloud-run' }),
      },
    };
  }

  it('every event reaches the receiver in order, signed', async () => {
    const { notify, rig: r } = rig([{ kind: 'webhook', urlEnv: 'U', secretEnv: 'S', events: ALL }], {
      U: hook.url,
      S: SECRET,
    });
    const result = await run(r, 'canary', {
      ports: {
        cloudRun: r.cloudRun,
        haproxy: r.map,
        prober: r.prober,
        observer: r.observer,
        notifier: notify,
      },
    });
    expect(result.phase).toBe('Failed');
    await notify.flush(5000);
    expect(hook.received.every((x) => x.status === 200)).toBe(true);
    const got = hook.received.map((x) => x.body as { event: string; step: number | null });
    expect(got.map((b) => `${b.event}:${b.step}`)).toEqual([
      'started:null',
      'step-passed:1',
      'step-passed:2',
      'failed:3',
    ]);
  });

  it('a receiver that refuses everything changes nothing in the rollout', async () => {
    hook.script.push(500, 500, 500, 500, 500, 500, 500, 500);
    const { notify, rig: r } = rig([{ kind: 'webhook', urlEnv: 'U', secretEnv: 'S', events: ALL }], {
      U: hook.url,
      S: SECRET,
    });
    const result = await run(r, 'canary', {
      ports: {
        cloudRun: r.cloudRun,
        haproxy: r.map,
        prober: r.prober,
        observer: r.observer,
        notifier: notify,
      },
    });
    expect(result).toMatchObject({ phase: 'Failed', verdict: 'fail' });
    expect(result.stopped).toBeUndefined();
    const deliveries = await notify.flush(5000);
    expect(deliveries.length).toBe(4);
    expect(deliveries.every((d) => !d.ok)).toBe(true);
  });
});
