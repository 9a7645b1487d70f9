// Which events each state change means (pure), and the message shapes built from them.
import { notifyTargets, rolloutEvents } from '../../src/notify/events.js';
import { linksFor, signBody, slackEscape, slackMessage, webhookBody } from '../../src/notify/messages.js';
import type { RolloutState } from '../../src/rollout/state.js';
import { makePolicy, makeService } from '../support/policies.js';
import { blockKitProblem } from '../support/receivers.js';

const service = makeService(); // header 5m, then 5/25/50%
const T = 1_700_000_000_000;
const s = (over: Partial<RolloutState>): RolloutState => ({
  v: 1,
  owner: 'pr#42',
  policyDigest: 'd',
  phase: 'Progressing',
  step: 1,
  stepStartedAt: T,
  startedAt: T - 1000,
  stable: 'checkout-00001',
  canary: 'checkout-abc1234',
  image: 'img:v2',
  lastVerdict: 'pass',
  ...over,
});

describe('rolloutEvents', () => {
  it.each<[string, RolloutState | null, RolloutState | null, string[]]>([
    ['a fresh canary', null, s({ phase: 'Initializing', step: 0, lastVerdict: null }), ['started']],
    [
      'after a finished rollout',
      s({ phase: 'Succeeded', canary: null, startedAt: 1 }),
      s({ phase: 'Initializing', step: 0 }),
      ['started'],
    ],
    [
      'ready → header stage (no stage ended)',
      s({ phase: 'Initializing', step: 0 }),
      s({ phase: 'HeaderOnly', step: 0 }),
      [],
    ],
    [
      'step 1 → 2 passed',
      s({ phase: 'HeaderOnly', step: 0 }),
      s({ step: 1, lastVerdict: 'pass' }),
      ['step-passed'],
    ],
    [
      'step 2 → 3 inconclusive',
      s({ step: 1 }),
      s({ step: 2, lastVerdict: 'inconclusive' }),
      ['inconclusive'],
    ],
    [
      'last step baked, waits for merge',
      s({ step: 3 }),
      s({ step: 3, awaitingMerge: true }),
      ['step-passed'],
    ],
    [
      'analysis failed',
      s({ step: 2 }),
      s({ step: 2, phase: 'Failed', lastVerdict: 'fail', reason: 'error-rate' }),
      ['failed'],
    ],
    [
      'rollback',
      s({ phase: 'Succeeded', canary: null }),
      s({ phase: 'Failed', canary: null, reason: 'rolled back to x by y', startedAt: T + 5 }),
      ['rolled-back'],
    ],
    [
      'promoted',
      s({ step: 3, awaitingMerge: true }),
      s({ phase: 'Succeeded', canary: null, stable: 'checkout-abc1234' }),
      ['promoted'],
    ],
    ['paused', s({ step: 2 }), s({ step: 2, paused: { by: 'alice', via: 'label', at: T } }), ['paused']],
    [
      'held inconclusive (on-inconclusive: hold)',
      s({ step: 2 }),
      s({ step: 2, held: 'too few requests' }),
      ['inconclusive'],
    ],
    ['still held (a re-run)', s({ step: 2, held: 'x' }), s({ step: 2, held: 'x' }), []],
    [
      'still paused (a re-run)',
      s({ step: 2, paused: { by: 'alice', via: 'label', at: T } }),
      s({ step: 2, paused: { by: 'alice', via: 'label', at: T } }),
      [],
    ],
    ['a re-written Failed state', s({ phase: 'Failed' }), s({ phase: 'Failed' }), []],
    ['aborted (state cleared)', s({ step: 2 }), null, []],
  ])('%s → %j', (_what, prev, next, events) => {
    expect(rolloutEvents(service, prev, next, T).map((e) => e.event)).toEqual(events);
  });

  it('a passed step names the step that ended, its percent and the verdict', () => {
    const [e] = rolloutEvents(service, s({ step: 1 }), s({ step: 2 }), T);
    expect(e).toMatchObject({
      event: 'step-passed',
      step: 2,
      steps: 4,
      percent: 5,
      verdict: 'pass',
      owner: 'pr#42',
    });
    expect(e.message).toBe('step 2 of 4 passed (pass)');
  });
});

describe('messages', () => {
  const [failed] = rolloutEvents(
    service,
    s({ step: 2 }),
    s({ step: 2, phase: 'Failed', lastVerdict: 'fail', reason: 'error-rate <@U123> & <!channel>' }),
    T,
  );
  const links = linksFor('pr#42', { serverUrl: 'https://github.com', repository: 'acme/shop', runId: '99' });

  it('links to the PR and the run only when the context is well-formed', () => {
    expect(links).toEqual({
      pr: 'https://github.com/acme/shop/pull/42',
      run: 'https://github.com/acme/shop/actions/runs/99',
    });
    expect(linksFor('abc1234', { serverUrl: 'https://github.com', repository: 'acme/shop' })).toEqual({});
    expect(linksFor('pr#1', { serverUrl: 'https://github.com', repository: 'a/b c' })).toEqual({});
  });

  it('the Slack message is valid Block Kit with verdict, service, step and links, and no live mentions', () => {
    const m = slackMessage(failed, links);
    expect(blockKitProblem(m)).toBeNull();
    const text = JSON.stringify(m);
    expect(text).toContain('*Verdict*\\nfail');
    expect(text).toContain('*Service*\\ncheckout');
    expect(text).toContain('*Step*\\n3 of 4 (25%)');
    expect(text).toContain('https://github.com/acme/shop/pull/42');
    expect(text).not.toContain('<@U123>');
    expect(text).toContain('&lt;!channel&gt;');
    expect(slackEscape('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });

  it('the webhook body is signed over its exact bytes', () => {
    const body = webhookBody(failed, links, 'd-1');
    expect(JSON.parse(body)).toMatchObject({
      version: 1,
      delivery: 'd-1',
      event: 'failed',
      service: 'checkout',
      step: 3,
    });
    const sig = signBody('s3cret', body);
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signBody('s3cret', `${body} `)).not.toBe(sig);
    expect(signBody('other', body)).not.toBe(sig);
  });
});

describe('notifyTargets', () => {
  const top = [{ kind: 'slack' as const, urlEnv: 'TOP', events: ['failed' as const] }];
  const own = [{ kind: 'slack' as const, urlEnv: 'OWN', events: ['promoted' as const] }];
  const policy = makePolicy({
    notify: top,
    services: [
      makeService({ name: 'a' }),
      makeService({ name: 'b', notify: own }),
      makeService({ name: 'c', notify: [] }),
    ],
  });
  it.each([
    ['a', top],
    ['b', own],
    ['c', []],
    ['unknown', top],
  ])('%s', (name, want) => {
    expect(notifyTargets(policy, name)).toEqual(want);
  });
});
