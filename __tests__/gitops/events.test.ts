import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modeForEvent, revertedCommit, type EventDecision } from '../../src/gitops/events.js';
import { changedServices } from '../../src/plan/changes.js';
import type { Policy, Service } from '../../src/policy/types.js';
import { makePolicy, makeService, MIN, steps } from '../support/policies.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'fixtures/events', name), 'utf8'));

const BASE = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const HEAD = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';
const MERGE = '9b8e7f1c2d3a4b5c6d7e8f90a1b2c3d4e5f6a7b8';
const REVERT = 'c0ffee5e1a2b3c4d5e6f708192a3b4c5d6e7f809';

function service(name: string, over: Partial<Service> = {}): Service {
  return makeService({
    name,
    hosts: [`${name}.example.com`],
    paths: [],
    image: `us-docker.pkg.dev/acme/apps/${name}:v1`,
    routing: { header: { name: 'X-Canary', value: 'always' }, stickyCookie: `cr_${name}` },
    steps: steps([10], 10 * MIN, 5 * MIN),
    ...over,
  });
}

const policy = (services: Service[], over: Partial<Policy> = {}): Policy =>
  makePolicy({ splitAt: 'haproxy', services, ...over });

describe('modeForEvent with mode auto on real-shaped payloads', () => {
  const cases: [string, string, Partial<EventDecision>][] = [
    ['pull_request', 'pull_request.opened.json', { mode: 'canary', pr: 42, base: BASE, head: HEAD }],
    ['pull_request', 'pull_request.synchronize.json', { mode: 'canary', pr: 42, base: BASE, head: HEAD }],
    ['pull_request', 'pull_request.reopened.json', { mode: 'canary', pr: 42 }],
    ['pull_request', 'pull_request.closed.unmerged.json', { mode: 'abort', pr: 42 }],
    ['pull_request', 'pull_request.closed.merged.json', { mode: 'skip', pr: 42 }],
    ['pull_request', 'pull_request.opened.fork.json', { mode: 'canary', pr: 42, fork: true }],
    ['push', 'push.main.json', { mode: 'promote', base: BASE, head: MERGE }],
    ['push', 'push.main.revert.json', { mode: 'promote', base: MERGE, head: REVERT, revertedSha: MERGE }],
    ['push', 'push.feature.json', { mode: 'skip' }],
    ['workflow_dispatch', 'workflow_dispatch.json', { mode: 'advance', wait: false }],
    ['schedule', 'schedule.json', { mode: 'advance', wait: false }],
    ['pull_request_target', 'pull_request.opened.fork.json', { mode: 'skip' }],
    ['issues', 'schedule.json', { mode: 'skip' }],
  ];
  test.each(cases)('%s %s → %o', (event, file, expected) => {
    const d = modeForEvent(event, fixture(file), { mode: 'auto' });
    expect(d).toMatchObject(expected);
    expect(d.reason.length).toBeGreaterThan(10);
  });

  test('a same-repo PR has no fork flag', () => {
    expect(
      modeForEvent('pull_request', fixture('pull_request.opened.json'), { mode: 'auto' }).fork,
    ).toBeUndefined();
  });

  test('the fork message names the fork and says neutral', () => {
    const d = modeForEvent('pull_request', fixture('pull_request.opened.fork.json'), { mode: 'auto' });
    expect(d.reason).toMatch(/octocat\/shop/);
    expect(d.reason).toMatch(/neutral/);
  });

  test('pull_request_target explains why it is refused', () => {
    const d = modeForEvent('pull_request_target', fixture('pull_request.opened.json'), { mode: 'auto' });
    expect(d.reason).toMatch(/pull_request_target/);
    expect(d.reason).toMatch(/secrets/);
  });

  test('the default branch argument overrides the payload', () => {
    expect(
      modeForEvent('push', fixture('push.feature.json'), { mode: 'auto' }, 'release-checkout').mode,
    ).toBe('promote');
    expect(modeForEvent('push', fixture('push.main.json'), { mode: 'auto' }, 'release-checkout').mode).toBe(
      'skip',
    );
  });

  test('a deleted branch and a tag push are skipped', () => {
    const p = fixture('push.main.json') as Record<string, unknown>;
    expect(modeForEvent('push', { ...p, deleted: true, after: '0'.repeat(40) }, { mode: 'auto' }).mode).toBe(
      'skip',
    );
    expect(modeForEvent('push', { ...p, ref: 'refs/tags/v1' }, { mode: 'auto' }).mode).toBe('skip');
  });

  test('a revert merged through a PR is found among the pushed commits, for the note only', () => {
    const p = fixture('push.main.revert.json') as { commits: { message: string }[]; head_commit: unknown };
    const revert = p.commits[0];
    const merge = {
      id: 'f'.repeat(40),
      message: 'Merge pull request #43 from acme/revert-42-release-checkout',
    };
    const d = modeForEvent('push', { ...p, commits: [revert, merge], head_commit: merge }, { mode: 'auto' });
    // the message names where the note goes; the mode is decided per service from the policy
    expect(d).toMatchObject({ mode: 'promote', revertedSha: MERGE });
  });

  test('a workflow_dispatch with an explicit mode is an operator; a schedule never is', () => {
    expect(
      modeForEvent('workflow_dispatch', fixture('workflow_dispatch.json'), { mode: 'abort' }),
    ).toMatchObject({
      mode: 'abort',
      operator: true,
    });
    expect(modeForEvent('schedule', fixture('schedule.json'), { mode: 'auto' }).operator).toBeUndefined();
  });
});

describe('modeForEvent with an explicit mode input', () => {
  test.each(['plan', 'canary', 'promote', 'rollback', 'abort'])('workflow_dispatch mode %s', (mode) => {
    const d = modeForEvent('workflow_dispatch', fixture('workflow_dispatch.json'), { mode });
    expect(d.mode).toBe(mode);
    expect(d.reason).toContain(mode);
  });

  test('an explicit mode overrides a PR event but keeps its shas and fork flag', () => {
    const d = modeForEvent('pull_request', fixture('pull_request.opened.fork.json'), { mode: 'plan' });
    expect(d).toMatchObject({ mode: 'plan', pr: 42, head: HEAD, fork: true });
  });

  test('an unknown mode is an error naming the valid ones', () => {
    expect(() => modeForEvent('schedule', fixture('schedule.json'), { mode: 'deploy' })).toThrow(
      /"deploy" is not a mode; use one of auto, plan, canary, promote, rollback, abort/,
    );
  });
});

describe('revertedCommit', () => {
  test.each([
    [
      'Revert "x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
      '0123456789abcdef0123456789abcdef01234567',
    ],
    ['This reverts commit ABCDEF1.', 'abcdef1'],
    ['checkout: release', undefined],
    [undefined, undefined],
  ])('%j → %s', (msg, sha) => expect(revertedCommit(msg)).toBe(sha));
});

describe('changedServices', () => {
  const base = policy([service('checkout'), service('cart'), service('search')]);
  const cases: [string, Policy | null, Policy, ReturnType<typeof changedServices>][] = [
    ['identical', base, base, { canary: [], routing: [], removed: [], added: [], haproxyChanged: false }],
    [
      'new image',
      base,
      policy([service('checkout', { image: 'x:v2' }), service('cart'), service('search')]),
      { canary: ['checkout'], routing: [], removed: [], added: [], haproxyChanged: false },
    ],
    [
      'revision instead of image',
      base,
      policy([
        service('checkout', { image: undefined, revision: 'checkout-00042-abc' }),
        service('cart'),
        service('search'),
      ]),
      { canary: ['checkout'], routing: [], removed: [], added: [], haproxyChanged: false },
    ],
    [
      'routing only (header, steps, hosts)',
      base,
      policy([
        service('checkout', { routing: { header: { name: 'X-Beta', value: '1' } } }),
        service('cart', { steps: [{ headerOnly: false, percent: 50, bakeMs: 60_000 }] }),
        service('search', { hosts: ['find.example.com'] }),
      ]),
      { canary: [], routing: ['checkout', 'cart', 'search'], removed: [], added: [], haproxyChanged: false },
    ],
    [
      'image and routing together is a canary',
      base,
      policy([service('checkout', { image: 'x:v2', paths: ['/co'] }), service('cart'), service('search')]),
      { canary: ['checkout'], routing: [], removed: [], added: [], haproxyChanged: false },
    ],
    [
      'added and removed',
      base,
      policy([service('checkout'), service('cart'), service('payments')]),
      { canary: [], routing: [], removed: ['search'], added: ['payments'], haproxyChanged: false },
    ],
    [
      'no base policy: everything is added',
      null,
      base,
      { canary: [], routing: [], removed: [], added: ['checkout', 'cart', 'search'], haproxyChanged: false },
    ],
    [
      'haproxy settings only',
      base,
      policy(base.services, { haproxy: { ...base.haproxy, bind: [':8443'] } }),
      { canary: [], routing: [], removed: [], added: [], haproxyChanged: true },
    ],
    [
      'split-at only',
      base,
      policy(base.services, { splitAt: 'cloud-run' }),
      { canary: [], routing: [], removed: [], added: [], haproxyChanged: true },
    ],
  ];
  test.each(cases)('%s', (_name, b, h, expected) => expect(changedServices(b, h)).toEqual(expected));

  test('key order does not count as a change', () => {
    const s = service('checkout');
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as unknown as Service;
    expect(changedServices(policy([s]), policy([reordered])).routing).toEqual([]);
  });
});
