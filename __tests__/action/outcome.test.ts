// Every report sentence comes from the rollout state after the run (issue 8 point 7).
import { conclude, describeRun, stageOf, type ServiceRun } from '../../src/action/outcome.js';
import type { RolloutResult } from '../../src/engine/types.js';
import type { RolloutState } from '../../src/rollout/state.js';
import { renderReport } from '../../src/render/summary.js';
import { makePolicy, MIN, steps } from '../support/policies.js';

const policy = makePolicy({ service: { name: 'checkout', steps: steps([10, 50], 10 * MIN, 5 * MIN) } });

function st(over: Partial<RolloutState>): RolloutState {
  return {
    v: 1,
    owner: 'pr#7',
    policyDigest: 'd',
    phase: 'Progressing',
    step: 1,
    stepStartedAt: 0,
    startedAt: 0,
    stable: 'checkout-old',
    stableImage: 'img:v1',
    canary: 'checkout-new',
    image: 'img:v2',
    lastVerdict: null,
    ...over,
  };
}

function run(
  mode: ServiceRun['mode'],
  state: RolloutState | null,
  over: Partial<RolloutResult> = {},
  extra: Partial<ServiceRun> = {},
): ServiceRun {
  const result: RolloutResult = {
    service: 'checkout',
    mode,
    phase: state?.phase ?? 'None',
    step: state?.step ?? 0,
    percent: 0,
    verdict: 'skipped',
    judgements: [],
    writes: 1,
    messages: ['the machine said so'],
    state,
    ...over,
  };
  return { service: 'checkout', mode, result, ...extra };
}

const rows: [string, ServiceRun, string, RegExp][] = [
  [
    'promoted',
    run('promote', st({ phase: 'Succeeded', stable: 'checkout-new', canary: null })),
    'pass',
    /^checkout: checkout-new serves 100% \(promoted in this run\)$/,
  ],
  [
    'already promoted (no write): no "promoted in this run"',
    run('promote', st({ phase: 'Succeeded', stable: 'checkout-new', canary: null }), { writes: 0 }),
    'pass',
    /^checkout: checkout-new serves 100%$/,
  ],
  [
    'a merge of a failed canary: not "promoted"',
    run('promote', st({ phase: 'Failed', reason: 'step 2 (10%): analysis failed' }), { writes: 0 }),
    'fail',
    /canary checkout-new failed: step 2 \(10%\): analysis failed; checkout-old serves 100%/,
  ],
  [
    'a rollback',
    run(
      'rollback',
      st({
        phase: 'Failed',
        canary: null,
        stable: 'checkout-old',
        reason: 'rolled back to checkout-old by abc',
      }),
    ),
    'pass',
    /rolled back: checkout-old serves 100%/,
  ],
  [
    'baking',
    run('canary', st({ phase: 'Progressing', step: 1 })),
    'running',
    /checkout-new at step 2 of 3 \(10%\); checkout-old serves the rest; the next run continues/,
  ],
  [
    'header only',
    run('canary', st({ phase: 'HeaderOnly', step: 0 })),
    'running',
    /checkout-new at step 1 of 3 \(header only\)/,
  ],
  [
    'awaiting the merge',
    run('canary', st({ awaitingMerge: true, step: 2, lastVerdict: 'pass' })),
    'pass',
    /all 3 steps of checkout-new passed; it keeps 50% until the merge promotes it/,
  ],
  [
    'aborted',
    run('abort', st({ phase: 'Aborted' })),
    'skipped',
    /canary checkout-new aborted \(0%, untagged\); checkout-old serves 100%/,
  ],
  [
    'locked out',
    run('canary', st({}), { stopped: 'refused' }, { waitingFor: 'pr#7' }),
    'running',
    /^checkout: waiting for pr#7's canary of checkout; it starts by itself when that ends$/,
  ],
  [
    'stopped by an error',
    run('canary', st({}), { stopped: 'error' }, { error: 'checkout: Cloud Run: UNAVAILABLE' }),
    'fail',
    /^checkout: stopped: Cloud Run: UNAVAILABLE$/,
  ],
  [
    'paused by a label: who and how to go on',
    run('canary', st({ paused: { by: 'dave', via: 'label', at: 0 } }), { writes: 0 }),
    'running',
    /^checkout is paused at step 2 by dave \(label\); remove the canary-relay:pause label to continue; checkout-new keeps 10%, checkout-old serves the rest$/,
  ],
  [
    'paused by a dispatch while the canary gets ready',
    run('canary', st({ phase: 'Initializing', step: 0, paused: { by: 'ops', via: 'dispatch', at: 0 } })),
    'running',
    /^checkout is paused at step 1 by ops \(dispatch\); run the workflow with mode resume to continue; checkout-new stays at 0%, checkout-old serves the rest$/,
  ],
  [
    'at an approval gate',
    run('canary', st({ gate: { step: 2, since: 0 } })),
    'running',
    /^checkout holds at step 2: step 3 needs an approval: .*mode approve; checkout-new keeps 10%, checkout-old serves the rest$/,
  ],
  [
    'failed while paused: the failure, not the pause',
    run(
      'canary',
      st({ phase: 'Failed', reason: 'error-rate E=159', paused: { by: 'dave', via: 'label', at: 0 } }),
    ),
    'fail',
    /^checkout: canary checkout-new failed: error-rate E=159; checkout-old serves 100%$/,
  ],
];

test.each(rows)('%s', (_n, r, verdict, line) => {
  const d = describeRun(r, policy);
  expect(d.verdict).toBe(verdict);
  expect(d.line).toMatch(line);
});

test('the worst verdict wins; settled services add their reason', () => {
  const c = conclude(
    [rows[0][1], rows[2][1]],
    [{ service: 'cart', mode: 'none', reason: 'cart already serves img:v3 (cart-1)' }],
    policy,
  );
  expect(c.verdict).toBe('fail');
  expect(c.next).toContain('cart already serves img:v3 (cart-1)');
  expect(
    conclude(
      [],
      [{ service: 'checkout', mode: 'plan', reason: 'checkout: same release; routing change only' }],
      policy,
    ).verdict,
  ).toBe('pass');
});

test('the stage output names a rollback, never "Failed" next to a pass', () => {
  expect(stageOf(rows[3][1].result)).toBe('RolledBack/2');
  expect(stageOf(rows[2][1].result)).toBe('Failed/2');
  expect(stageOf(undefined)).toBe('none');
});

test('a login in the hold sentence reaches the report headline escaped (mdText)', () => {
  const by = 'evil[bot]](https://x.test) <b>@team</b>';
  const c = conclude([run('canary', st({ paused: { by, via: 'dispatch', at: 0 } }))], [], policy);
  expect(c.next).toContain(`by ${by} (dispatch)`); // the sentence is plain text …
  const body = renderReport({
    policyFile: 'traffic-policy.yaml',
    mode: 'advance',
    plan: [],
    haproxyDiff: '',
    stages: [],
    verdict: c.verdict,
    next: c.next,
  });
  const headline = body.split('\n').find((l) => l.startsWith('**Verdict'))!;
  // … and the report escapes it: no link, no tag, no mention
  expect(headline).toContain('evil\\[bot\\]\\](https\\://x.test) \\<b\\>\\@team\\</b\\>');
  expect(headline).not.toContain('](https://');
});
