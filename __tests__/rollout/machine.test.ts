// Table-driven tests of the pure stage machine: one transition per row.
import type { Verdict } from '../../src/analysis/types.js';
import type { MachineInput, Observation, Observed } from '../../src/rollout/actions.js';
import { READY_TIMEOUT_MS, transition } from '../../src/rollout/machine.js';
import type { RolloutState } from '../../src/rollout/state.js';
import type { Service } from '../../src/policy/types.js';
import { makeService, MIN } from '../support/policies.js';
import { judgement } from './policy-fixture.js';

const T0 = 1_000_000;
const S = 'checkout-00001';
const C = 'checkout-abcdef0';

/** Cloud Run traffic: `percent` to the canary-tagged `canary`, the rest to the stable-tagged S. */
const split = (percent: number, canary = C) => [
  { revision: S, percent: 100 - percent, tag: 'stable' },
  { revision: canary, percent, tag: 'canary' },
];
const pinned = split(0);
const stableOnly = [{ revision: S, percent: 100, tag: 'stable' }];
const SMOKE = { path: '/health', requests: 20, expectStatus: 200 };

function observed(over: Partial<Observed> = {}): Observed {
  return { traffic: pinned, serving: S, servingImage: 'img:v1', existing: [S, C], ...over };
}

function st(over: Partial<RolloutState> = {}): RolloutState {
  return {
    v: 1,
    owner: 'pr#42',
    policyDigest: 'sha256:test',
    phase: 'HeaderOnly',
    step: 0,
    stepStartedAt: T0,
    startedAt: T0,
    stable: S,
    stableImage: 'img:v1',
    canary: C,
    image: 'img:v2',
    lastVerdict: null,
    origin: 'canary',
    ...over,
  };
}

function input(
  over: Partial<MachineInput> & { obs?: Observation; svc?: Partial<Service> } = {},
): MachineInput {
  const { obs, svc, ...rest } = over;
  return {
    mode: 'canary',
    service: makeService(svc),
    splitAt: 'cloud-run',
    owner: 'pr#42',
    commit: 'abcdef0123',
    policyDigest: 'sha256:test',
    now: T0 + MIN,
    observed: observed(),
    observation: obs ?? {},
    ...rest,
  };
}

const kinds = (t: ReturnType<typeof transition>) => t.actions.map((a) => a.kind);
const traffic = (t: ReturnType<typeof transition>) =>
  t.actions.flatMap((a) => ('targets' in a ? a.targets : 'traffic' in a ? a.traffic : []));
const j = (v: Verdict) => judgement(v);

interface Row {
  name: string;
  state: RolloutState | null;
  in: MachineInput;
  status: 'changed' | 'waiting' | 'done';
  phase?: string | null;
  step?: number;
  actions?: string[];
  traffic?: { revision?: string; percent: number; tag?: string }[];
  message?: RegExp;
  check?: (t: ReturnType<typeof transition>) => void;
}

const rows: Row[] = [
  {
    name: 'no state: deploy the image as <service>-<sha7> at 0%, stable pinned, one write',
    state: null,
    in: input({ observed: observed({ traffic: [{ revision: S, percent: 100 }], existing: [S] }) }),
    status: 'changed',
    phase: 'Initializing',
    actions: ['deployCanary', 'writeState', 'report'],
    traffic: pinned,
    check: (t) => expect(t.actions[0]).toMatchObject({ image: 'img:v2', revisionName: C }),
  },
  {
    name: 'no state, policy names a revision: only the tag',
    state: null,
    in: input({
      svc: { image: undefined, revision: 'checkout-00007' },
      observed: observed({ traffic: [{ revision: S, percent: 100 }], existing: [S, 'checkout-00007'] }),
    }),
    status: 'changed',
    phase: 'Initializing',
    actions: ['tagCanary', 'writeState', 'report'],
    traffic: split(0, 'checkout-00007'),
  },
  {
    name: 'a manual split is kept: stable keeps its own percent',
    state: null,
    in: input({
      observed: observed({
        traffic: [
          { revision: S, percent: 90 },
          { revision: 'checkout-00000', percent: 10 },
        ],
        existing: [S],
      }),
    }),
    status: 'changed',
    traffic: [
      { revision: S, percent: 90, tag: 'stable' },
      { revision: 'checkout-00000', percent: 10 },
      { revision: C, percent: 0, tag: 'canary' },
    ],
  },
  {
    name: 'the image already serves: nothing to canary',
    state: null,
    in: input({ observed: observed({ servingImage: 'img:v2' }) }),
    status: 'done',
    message: /already serves img:v2/,
  },
  {
    name: 'another PR owns the active canary: refused, naming it',
    state: st({ owner: 'pr#41', image: 'img:other', canary: 'checkout-1111111' }),
    in: input(),
    status: 'done',
    actions: [],
    message: /checkout-1111111 .*belongs to pr#41.*force/,
    check: (t) => expect(t.refused).toBe(true),
  },
  {
    name: 'force takes the foreign canary over (redeploys our image)',
    state: st({
      owner: 'pr#41',
      image: 'img:other',
      canary: 'checkout-1111111',
      phase: 'Progressing',
      step: 2,
    }),
    in: input({
      force: true,
      observed: observed({
        traffic: split(25, 'checkout-1111111'),
        existing: [S, 'checkout-1111111'],
      }),
    }),
    status: 'changed',
    phase: 'Initializing',
    traffic: pinned,
    check: (t) => expect(t.state?.owner).toBe('pr#42'),
  },
  {
    name: 'same PR, new commit: the old canary is dropped, the new one deployed at 0%',
    state: st({ phase: 'Progressing', step: 1, image: 'img:old', canary: 'checkout-0000aaa' }),
    in: input({
      observed: observed({
        traffic: split(5, 'checkout-0000aaa'),
        existing: [S, 'checkout-0000aaa'],
      }),
    }),
    status: 'changed',
    phase: 'Initializing',
    actions: ['deployCanary', 'writeState', 'report'],
    traffic: pinned,
  },
  {
    name: 'Initializing, revision still reconciling: wait',
    state: st({ phase: 'Initializing' }),
    in: input({ obs: { canaryReady: null } }),
    status: 'waiting',
    message: /waiting for revision/,
  },
  {
    name: "Initializing, revision failed: Failed with Cloud Run's reason, stable 100%, canary tag removed",
    state: st({ phase: 'Initializing' }),
    in: input({ obs: { canaryReady: false, readyReason: 'Container failed to start on PORT=8080' } }),
    status: 'changed',
    phase: 'Failed',
    actions: ['restoreStable', 'writeState', 'report'],
    traffic: stableOnly,
    check: (t) => expect(t.state?.reason).toMatch(/Container failed to start on PORT=8080/),
  },
  {
    name: 'Initializing for too long: Failed',
    state: st({ phase: 'Initializing' }),
    in: input({ now: T0 + READY_TIMEOUT_MS + 1, obs: { canaryReady: null } }),
    status: 'changed',
    phase: 'Failed',
    check: (t) => expect(t.state?.reason).toMatch(/not ready after 10 min/),
  },
  {
    name: 'Initializing, ready: HeaderOnly (0%)',
    state: st({ phase: 'Initializing' }),
    in: input({ obs: { canaryReady: true } }),
    status: 'changed',
    phase: 'HeaderOnly',
    step: 0,
    actions: ['setTraffic', 'writeState', 'report'],
    traffic: pinned,
  },
  {
    name: 'HeaderOnly bake running: wait',
    state: st(),
    in: input({ obs: { judgement: j('running') } }),
    status: 'waiting',
    message: /baking, 240s of its minimum left/,
  },
  {
    name: 'a fail verdict restores stable at once, with the metric in the reason',
    state: st({ phase: 'Progressing', step: 2 }),
    in: input({
      obs: { judgement: j('fail') },
      observed: observed({ traffic: split(25) }),
    }),
    status: 'changed',
    phase: 'Failed',
    traffic: stableOnly,
    check: (t) =>
      expect(t.state?.reason).toMatch(/step 3 \(25%\): analysis failed: error-rate: canary errors 4.0%/),
  },
  {
    name: 'the judge passes after the bake: next step at 5%',
    state: st(),
    in: input({ now: T0 + 5 * MIN, obs: { judgement: j('pass') } }),
    status: 'changed',
    phase: 'Progressing',
    step: 1,
    traffic: split(5),
    check: (t) => expect(t.state).toMatchObject({ lastVerdict: 'pass', stepStartedAt: T0 + 5 * MIN }),
  },
  {
    name: 'the judge passes early: next step before the bake ends',
    state: st(),
    in: input({ obs: { judgement: j('pass') } }),
    status: 'changed',
    step: 1,
  },
  {
    name: 'bake over, judge still undecided: waits for evidence until max-bake (no pass by time)',
    state: st(),
    in: input({ now: T0 + 6 * MIN, obs: { judgement: j('running') } }),
    status: 'waiting',
    message: /undecided, waiting for evidence \(540s to max-bake\)/,
  },
  {
    name: 'inconclusive, on-inconclusive hold (default): keeps the traffic, records what is missing',
    state: st(),
    in: input({ now: T0 + 15 * MIN, obs: { judgement: j('inconclusive') } }),
    status: 'changed',
    phase: 'HeaderOnly',
    step: 0,
    actions: ['writeState', 'report'],
    check: (t) => {
      expect(t.state?.held).toMatch(/step 1 \(header only\) inconclusive after 15 min: error-rate: /);
      expect(t.actions[1]).toMatchObject({
        message: expect.stringMatching(/^held: .*merge to promote it anyway/),
      });
    },
  },
  {
    name: 'held again on a re-run: nothing written',
    state: st({ held: 'step 1 (header only) inconclusive after 15 min: error-rate: too few errors' }),
    in: input({ now: T0 + 20 * MIN, obs: { judgement: j('inconclusive') } }),
    status: 'done',
    message: /^held: /,
  },
  {
    name: 'a held canary that later shows a regression fails',
    state: st({ held: 'step 1 (header only) inconclusive after 15 min: error-rate: too few errors' }),
    in: input({ now: T0 + 25 * MIN, obs: { judgement: j('fail') } }),
    status: 'changed',
    phase: 'Failed',
    check: (t) => expect(t.state?.held).toBeUndefined(),
  },
  {
    name: 'inconclusive with on-inconclusive rollback: stable gets everything back',
    state: st({ phase: 'Progressing', step: 1 }),
    in: input({
      now: T0 + 30 * MIN,
      svc: { analysis: { ...makeService().analysis, onInconclusive: 'rollback' } },
      obs: { judgement: j('inconclusive') },
      observed: observed({ traffic: split(5) }),
    }),
    status: 'changed',
    phase: 'Failed',
    traffic: stableOnly,
    check: (t) => expect(t.state?.reason).toMatch(/step 2 \(5%\) inconclusive after 30 min/),
  },
  {
    name: 'the merge of a held canary promotes it, recorded as a human decision',
    state: st({
      phase: 'Progressing',
      step: 1,
      held: 'step 2 (5%) inconclusive after 30 min: error-rate: x',
    }),
    in: input({ mode: 'promote', owner: 'deadbeef', commit: 'deadbeef', obs: {} }),
    status: 'changed',
    phase: 'Succeeded',
    check: (t) => {
      expect(t.state?.promotedWhileHeld).toMatch(/inconclusive after 30 min/);
      expect(t.actions.at(-1)).toMatchObject({
        message: expect.stringMatching(/by the merge, a human decision/),
      });
    },
  },
  {
    name: 'smoke configured, first percent step due: probe first (no state change)',
    state: st(),
    in: input({
      now: T0 + 5 * MIN,
      svc: { smoke: SMOKE },
      obs: { judgement: j('pass') },
    }),
    status: 'changed',
    actions: ['smokeProbe'],
    check: (t) => expect(t.state?.phase).toBe('HeaderOnly'),
  },
  {
    name: 'smoke failed: the canary fails with what it saw',
    state: st(),
    in: input({
      now: T0 + 5 * MIN,
      svc: { smoke: SMOKE },
      obs: { judgement: j('pass'), smoke: { ok: false, detail: '17/20 answered 200 (saw 503×3)' } },
    }),
    status: 'changed',
    phase: 'Failed',
    check: (t) =>
      expect(t.state?.reason).toMatch(
        /smoke probe of checkout-abcdef0 failed: 17\/20 answered 200 \(saw 503×3\)/,
      ),
  },
  {
    name: 'smoke passed: first percent step, smoked recorded',
    state: st(),
    in: input({
      now: T0 + 5 * MIN,
      svc: { smoke: SMOKE },
      obs: { judgement: j('pass'), smoke: { ok: true, detail: 'ok' } },
    }),
    status: 'changed',
    phase: 'Progressing',
    step: 1,
    check: (t) => expect(t.state?.smoked).toBe(true),
  },
  {
    name: 'last step passed, PR canary: waits for the merge (phase stays Progressing)',
    state: st({ phase: 'Progressing', step: 3 }),
    in: input({ obs: { judgement: j('pass') } }),
    status: 'changed',
    phase: 'Progressing',
    step: 3,
    actions: ['writeState', 'report'],
    check: (t) => expect(t.state?.awaitingMerge).toBe(true),
  },
  {
    name: 'waiting for the merge: canary mode does nothing',
    state: st({ phase: 'Progressing', step: 3, awaitingMerge: true, lastVerdict: 'pass' }),
    in: input(),
    status: 'done',
    message: /needs the merge/,
  },
  {
    name: 'promote: auto promotes after the last step',
    state: st({ phase: 'Progressing', step: 3 }),
    in: input({
      svc: { promote: 'auto' },
      obs: { judgement: j('pass') },
      observed: observed({ traffic: split(50) }),
    }),
    status: 'changed',
    phase: 'Succeeded',
    traffic: [{ revision: C, percent: 100, tag: 'stable' }],
  },
  {
    name: 'promote on-merge from mid-canary: 100% at once, previous stable remembered',
    state: st({ phase: 'Progressing', step: 1 }),
    in: input({ mode: 'promote', owner: 'deadbeef', commit: 'deadbeef' }),
    status: 'changed',
    phase: 'Succeeded',
    actions: ['setTraffic', 'writeState', 'report'],
    traffic: [{ revision: C, percent: 100, tag: 'stable' }],
    check: (t) =>
      expect(t.state).toMatchObject({
        stable: C,
        canary: null,
        previous: { revision: S, image: 'img:v1' },
        owner: 'deadbeef',
      }),
  },
  {
    name: 'promote gradual: the next step is walked as Promoting',
    state: st({ phase: 'Progressing', step: 1 }),
    in: input({
      mode: 'promote',
      owner: 'deadbeef',
      commit: 'deadbeef',
      svc: { promote: 'gradual' },
      now: T0 + 10 * MIN,
      obs: { judgement: j('pass') },
    }),
    status: 'changed',
    phase: 'Promoting',
    step: 2,
  },
  {
    name: 'promote of an already promoted canary: nothing',
    state: st({ phase: 'Succeeded', stable: C, canary: null, stableImage: 'img:v2' }),
    in: input({ mode: 'promote' }),
    status: 'done',
    message: /already promoted/,
  },
  {
    name: 'promote of a failed canary: refuses with the reason',
    state: st({ phase: 'Failed', reason: 'step 2 (5%): analysis failed' }),
    in: input({ mode: 'promote' }),
    status: 'done',
    message: /not promoting: .*analysis failed/,
  },
  {
    name: 'rollback: 100% to the restore revision, canary tag removed, one write',
    state: st({ phase: 'Progressing', step: 2 }),
    in: input({
      mode: 'rollback',
      owner: 'revert1',
      svc: { image: 'img:v1' },
      observed: observed({ restore: { revision: S, image: 'img:v1' } }),
    }),
    status: 'changed',
    phase: 'Failed',
    actions: ['restoreStable', 'writeState', 'report'],
    traffic: stableOnly,
    check: (t) =>
      expect(t.state).toMatchObject({ canary: null, stable: S, reason: `rolled back to ${S} by revert1` }),
  },
  {
    name: 'rollback already done: nothing',
    state: st({ phase: 'Failed', canary: null, stable: S, reason: 'rolled back' }),
    in: input({
      mode: 'rollback',
      svc: { image: 'img:v1' },
      observed: observed({
        traffic: stableOnly,
        restore: { revision: S, image: 'img:v1' },
      }),
    }),
    status: 'done',
    message: /already rolled back/,
  },
  {
    name: 'rollback with no revision serving the image: an error that says so',
    state: null,
    in: input({ mode: 'rollback', svc: { image: 'img:v0' }, observed: observed({ restore: null }) }),
    status: 'done',
    message: /no earlier revision to go back to .*none serving img:v0/,
    check: (t) => expect(t.error).toBe(true),
  },
  {
    name: 'abort own canary: 0% and untagged, state cleared, stable untouched',
    state: st({ phase: 'Progressing', step: 2 }),
    in: input({
      mode: 'abort',
      observed: observed({ traffic: split(25) }),
    }),
    status: 'changed',
    phase: 'Aborted',
    actions: ['setTraffic', 'clearState', 'report'],
    traffic: stableOnly,
  },
  {
    name: "abort another PR's canary: refused",
    state: st({ owner: 'pr#41' }),
    in: input({ mode: 'abort' }),
    status: 'done',
    message: /belongs to pr#41/,
  },
  {
    name: "an operator's abort of another PR's canary: done, the reason names the operator",
    state: st({ owner: 'pr#41', phase: 'Progressing', step: 1 }),
    in: input({
      mode: 'abort',
      operator: true,
      actor: 'an operator, run 12',
      observed: observed({ traffic: split(5) }),
    }),
    status: 'changed',
    phase: 'Aborted',
    traffic: stableOnly,
    check: (t) => expect(t.state?.reason).toBe('aborted by an operator, run 12'),
  },
  {
    name: 'a failing canary is recorded as failed',
    state: st({ phase: 'Progressing', step: 1, failed: ['checkout-old'] }),
    in: input({ obs: { judgement: j('fail') } }),
    status: 'changed',
    phase: 'Failed',
    check: (t) => expect(t.state?.failed).toEqual(['checkout-old', C]),
  },
  {
    name: 'rollback to a revision that failed: refused without force',
    state: st({ phase: 'Succeeded', canary: null, failed: [S] }),
    in: input({
      mode: 'rollback',
      svc: { image: 'img:v1' },
      observed: observed({ restore: { revision: S, image: 'img:v1' } }),
    }),
    status: 'done',
    message: /failed before .*set force/,
    check: (t) => expect(t.error).toBe(true),
  },
  {
    name: 'rollback to a revision that failed: done with force',
    state: st({ phase: 'Succeeded', canary: null, failed: [S] }),
    in: input({
      mode: 'rollback',
      force: true,
      svc: { image: 'img:v1' },
      observed: observed({ restore: { revision: S, image: 'img:v1' } }),
    }),
    status: 'changed',
    phase: 'Failed',
  },
  {
    name: 'a rollback clears what served before the promotion (a re-land is no rollback)',
    state: st({
      phase: 'Succeeded',
      canary: null,
      stable: 'checkout-v2',
      previous: { revision: S, image: 'img:v1' },
    }),
    in: input({
      mode: 'rollback',
      svc: { image: 'img:v1' },
      observed: observed({ restore: { revision: S, image: 'img:v1' } }),
    }),
    status: 'changed',
    check: (t) => expect(t.state?.previous).toBeUndefined(),
  },
  {
    name: 'a canary of a revision that failed before: refused without force',
    state: st({ phase: 'Aborted', failed: [C] }),
    in: input({}),
    status: 'done',
    message: /failed before/,
  },
  {
    name: 'same-image synchronize: the rollout follows the new head in one state write',
    state: st({ phase: 'Progressing', step: 1, commit: 'oldsha0000000' }),
    in: input({ commit: 'abcdef0newhead' }),
    status: 'changed',
    actions: ['writeState', 'report'],
    check: (t) => expect(t.state).toMatchObject({ commit: 'abcdef0newhead', step: 1, phase: 'Progressing' }),
  },
  {
    name: 'abort with no canary: nothing',
    state: null,
    in: input({ mode: 'abort' }),
    status: 'done',
    message: /no canary to abort/,
  },
  {
    name: 'haproxy: a step writes the state first, then sets the map',
    state: st(),
    in: input({ splitAt: 'haproxy', now: T0 + 5 * MIN, obs: { judgement: j('pass') } }),
    status: 'changed',
    step: 1,
    actions: ['writeState', 'setMap', 'report'],
    check: (t) => expect(t.actions[1]).toEqual({ kind: 'setMap', percent: 5 }),
  },
  {
    name: 'haproxy: a failure sets the map to 0 before restoring stable',
    state: st({ phase: 'Progressing', step: 1 }),
    in: input({ splitAt: 'haproxy', obs: { judgement: j('fail') } }),
    status: 'changed',
    phase: 'Failed',
    actions: ['setMap', 'restoreStable', 'writeState', 'report'],
  },
];

describe('transition', () => {
  test.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const t = transition(row.state, row.in);
    expect(t.status).toBe(row.status);
    if (row.phase !== undefined) expect(t.state?.phase ?? null).toBe(row.phase);
    if (row.step !== undefined) expect(t.state?.step).toBe(row.step);
    if (row.actions) expect(kinds(t)).toEqual(row.actions);
    if (row.traffic) expect(traffic(t)).toEqual(row.traffic);
    if (row.message) expect(t.message).toMatch(row.message);
    row.check?.(t);
  });

  test('is pure: the same input gives the same output and the input is not changed', () => {
    const state = st({ phase: 'Progressing', step: 1 });
    const before = JSON.stringify(state);
    const i = input({ now: T0 + 10 * MIN, obs: { judgement: j('running') } });
    expect(transition(state, i)).toEqual(transition(state, i));
    expect(JSON.stringify(state)).toBe(before);
  });
});
