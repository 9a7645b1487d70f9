// Intent per service from the policy's content and the rollout state: the Revert button's PR is a
// rollback preview, a re-land and an unrelated "Revert" commit are not rollbacks, a failed
// revision is never a rollback target, a routing-only merge is no promotion.
import { decideIntents, rollbackTarget, type ServiceFacts } from '../../src/gitops/intent.js';
import type { EventDecision } from '../../src/gitops/events.js';
import type { RolloutState } from '../../src/rollout/state.js';
import type { Policy, Service } from '../../src/policy/types.js';
import { makePolicy, makeService, MIN, steps } from '../support/policies.js';

const img = (v: string) => `us-docker.pkg.dev/acme/apps/checkout:${v}`;
const svc = (image: string, over: Partial<Service> = {}): Service =>
  makeService({ name: 'checkout', image, steps: steps([10], 10 * MIN, 5 * MIN), ...over });
const pol = (s: Service): Policy => makePolicy({ splitAt: 'haproxy', services: [s] });

function state(over: Partial<RolloutState>): RolloutState {
  return {
    v: 1,
    owner: 'abc123',
    policyDigest: 'd',
    phase: 'Succeeded',
    step: 1,
    stepStartedAt: 0,
    startedAt: 0,
    stable: 'checkout-v2rev',
    stableImage: img('v2'),
    canary: null,
    image: img('v2'),
    lastVerdict: 'pass',
    ...over,
  };
}

const promoted = state({ previous: { revision: 'checkout-00001-aaa', image: img('v1') } });
const facts = (s: RolloutState | null, serving: string, servingImage: string): Map<string, ServiceFacts> =>
  new Map([['checkout', { state: s, serving, servingImage, queue: [] }]]);

const pr: EventDecision = { mode: 'canary', pr: 9, base: 'b', head: 'h', reason: 'PR #9 opened' };
const push: EventDecision = {
  mode: 'promote',
  base: 'b',
  head: 'h',
  reason: 'push',
  revertedSha: 'deadbeef',
};

type Row = [string, EventDecision, Service, Service, Map<string, ServiceFacts>, string, RegExp];
const rows: Row[] = [
  [
    'Revert-button PR: rollback preview, no canary',
    pr,
    svc(img('v2')),
    svc(img('v1')),
    facts(promoted, 'checkout-v2rev', img('v2')),
    'plan',
    /100% back to `checkout-00001-aaa` in one write/,
  ],
  [
    'its merge: rollback',
    push,
    svc(img('v2')),
    svc(img('v1')),
    facts(promoted, 'checkout-v2rev', img('v2')),
    'rollback',
    /checkout/,
  ],
  [
    'a new image PR: canary',
    pr,
    svc(img('v2')),
    svc(img('v3')),
    facts(promoted, 'checkout-v2rev', img('v2')),
    'canary',
    /checkout/,
  ],
  [
    'an unrelated "Revert" in a merge of a new image: promote, not rollback',
    push,
    svc(img('v2')),
    svc(img('v3')),
    facts(promoted, 'checkout-v2rev', img('v2')),
    'promote',
    /checkout/,
  ],
  [
    're-land after a rollback (no previous recorded): promote through a canary',
    push,
    svc(img('v1')),
    svc(img('v2')),
    facts(
      state({ phase: 'Failed', stable: 'checkout-00001-aaa', stableImage: img('v1'), image: img('v1') }),
      'checkout-00001-aaa',
      img('v1'),
    ),
    'promote',
    /checkout/,
  ],
  [
    'the previous revision failed: never a rollback target',
    push,
    svc(img('v2')),
    svc(img('v1')),
    facts({ ...promoted, failed: ['checkout-00001-aaa'] }, 'checkout-v2rev', img('v2')),
    'promote',
    /checkout/,
  ],
  [
    'a routing-only merge: nothing to promote',
    push,
    svc(img('v2')),
    svc(img('v2'), { hosts: ['x.example.com'] }),
    facts(promoted, 'checkout-v2rev', img('v2')),
    'none',
    /already serves/,
  ],
  [
    'a routing-only PR: plan',
    pr,
    svc(img('v2')),
    svc(img('v2'), { hosts: ['x.example.com'] }),
    facts(promoted, 'checkout-v2rev', img('v2')),
    'plan',
    /routing change only/,
  ],
  [
    'a push while another PR canaries an image: promote (the machine refuses or takes over)',
    push,
    svc(img('v2')),
    svc(img('v3')),
    facts(
      state({ phase: 'Progressing', owner: 'pr#7', canary: 'checkout-x', image: img('v4') }),
      'checkout-v2rev',
      img('v2'),
    ),
    'promote',
    /checkout/,
  ],
  [
    'no facts (no credentials): a PR falls back to the diff',
    pr,
    svc(img('v2')),
    svc(img('v1')),
    new Map(),
    'canary',
    /checkout/,
  ],
];

test.each(rows)('%s', (_name, d, base, head, f, mode, reason) => {
  const [intent] = decideIntents(d, pol(base), pol(head), f);
  expect(intent.mode).toBe(mode);
  expect(intent.reason).toMatch(reason);
});

describe('abort', () => {
  const closed: EventDecision = { mode: 'abort', pr: 7, head: 'h', reason: 'closed' };
  const canary = state({ phase: 'Progressing', owner: 'pr#7', canary: 'checkout-c', commit: 'h' });
  test('a closed PR aborts its own canary only', () => {
    expect(decideIntents(closed, null, pol(svc(img('v2'))), facts(canary, 's', img('v2')))[0].mode).toBe(
      'abort',
    );
    const other = { ...canary, owner: 'pr#8' };
    expect(decideIntents(closed, null, pol(svc(img('v2'))), facts(other, 's', img('v2')))[0]).toMatchObject({
      mode: 'none',
      reason: expect.stringMatching(/nothing to abort/),
    });
  });
  test('a closed PR that waited for the lock leaves the line', () => {
    const f = new Map([
      [
        'checkout',
        {
          state: canary,
          serving: 's',
          servingImage: img('v2'),
          queue: [{ owner: 'pr#8', commit: 'x', mode: 'canary' as const, behind: 'pr#7', since: 0 }],
        },
      ],
    ]);
    expect(decideIntents({ ...closed, pr: 8 }, null, pol(svc(img('v2'))), f)[0]).toMatchObject({
      mode: 'none',
      dequeue: true,
    });
  });
  test('an operator aborts whoever owns it', () => {
    const op: EventDecision = { mode: 'abort', operator: true, reason: 'dispatch' };
    expect(decideIntents(op, null, pol(svc(img('v2'))), facts(canary, 's', img('v2')))[0].mode).toBe('abort');
  });
});

test('rollbackTarget needs a recorded previous that does not serve now', () => {
  const f = { state: promoted, serving: 'checkout-00001-aaa', servingImage: img('v1'), queue: [] };
  expect(rollbackTarget(svc(img('v1')), f)).toBeNull();
  expect(rollbackTarget(svc(img('v1')), { ...f, serving: 'checkout-v2rev' })).toEqual(promoted.previous);
  expect(rollbackTarget(svc(img('v1')), undefined)).toBeNull();
  // the revision was deleted (or broke) since: no rollback preview, a canary of the image instead
  expect(
    rollbackTarget(svc(img('v1')), { ...f, serving: 'checkout-v2rev', previousReady: false }),
  ).toBeNull();
});
