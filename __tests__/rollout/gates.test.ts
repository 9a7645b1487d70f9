// Pause/resume and approval gates: the pure Controls from GitHub facts, the engine holding and
// resuming a rollout on the in-memory Cloud Run, and the reads against the GitHub REST fake.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHub } from '../../src/adapters/github.js';
import { readControls } from '../../src/adapters/github-controls.js';
import { controlsFor, dispatchOf, resetControls } from '../../src/action/controls.js';
import type { Inputs } from '../../src/action/inputs.js';
import { modeForEvent } from '../../src/gitops/events.js';
import { controlsFrom, type LabelEvent, type Review } from '../../src/rollout/controls.js';
import { describeHold, type Controls } from '../../src/rollout/gates.js';
import { parseState, type RolloutState } from '../../src/rollout/state.js';
import { FakeClock, MemoryMap, ScriptedObserver, ScriptedProber, run, type Rig } from '../engine/harness.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { MemoryCloudRun } from '../support/memory-cloudrun.js';
import { makePolicy, MIN, steps } from '../support/policies.js';

const T = 1_700_000_000_000;
const label = (event: LabelEvent['event'], name: string, actor: string, at: number): LabelEvent => ({
  event,
  label: name,
  actor,
  at,
});

describe('controlsFrom', () => {
  const roles = { alice: 'write', bob: 'read', carol: 'maintain', dave: 'triage' };
  it.each<[string, LabelEvent[], Review[], Partial<Controls>]>([
    ['nothing', [], [], { approvals: [] }],
    [
      'pause label on',
      [label('labeled', 'canary-relay:pause', 'dave', T)],
      [],
      { pause: { by: 'dave', via: 'label' } },
    ],
    [
      'pause label added then removed',
      [
        label('labeled', 'canary-relay:pause', 'dave', T),
        label('unlabeled', 'canary-relay:pause', 'alice', T + 1),
      ],
      [],
      { approvals: [] },
    ],
    [
      'a writer approves',
      [],
      [{ user: 'alice', state: 'APPROVED', at: T }],
      { approvals: [{ by: 'alice', via: 'review', at: T }] },
    ],
    [
      'a maintainer approves',
      [],
      [{ user: 'carol', state: 'APPROVED', at: T }],
      { approvals: [{ by: 'carol', via: 'review', at: T }] },
    ],
    ['a reader cannot approve', [], [{ user: 'bob', state: 'APPROVED', at: T }], { approvals: [] }],
    [
      'a later change request withdraws the approval',
      [],
      [
        { user: 'alice', state: 'APPROVED', at: T },
        { user: 'alice', state: 'CHANGES_REQUESTED', at: T + 1 },
      ],
      { approvals: [] },
    ],
    [
      'a comment after an approval keeps it',
      [],
      [
        { user: 'alice', state: 'APPROVED', at: T },
        { user: 'alice', state: 'COMMENTED', at: T + 1 },
      ],
      { approvals: [{ by: 'alice', via: 'review', at: T }] },
    ],
    [
      'approve label by a writer',
      [label('labeled', 'canary-relay:approve', 'alice', T)],
      [],
      { approvals: [{ by: 'alice', via: 'label', at: null }] },
    ],
    [
      'approve label by a triager is ignored',
      [label('labeled', 'canary-relay:approve', 'dave', T)],
      [],
      { approvals: [] },
    ],
  ])('%s', (_what, events, reviews, want) => {
    expect(controlsFrom({ events, reviews, roles })).toEqual({ approvals: [], labelsRead: true, ...want });
  });

  it('dispatch pause, resume and approve', () => {
    const f = { events: [], reviews: [], roles: {} };
    expect(controlsFrom({ ...f, dispatch: { mode: 'pause', actor: 'ops', at: T } }).pause).toEqual({
      by: 'ops',
      via: 'dispatch',
    });
    expect(controlsFrom({ ...f, dispatch: { mode: 'resume', actor: 'ops', at: T } }).resume).toEqual({
      by: 'ops',
    });
    expect(controlsFrom({ ...f, dispatch: { mode: 'approve', actor: 'ops', at: T } }).approvals).toEqual([
      { by: 'ops', via: 'dispatch', at: T },
    ]);
  });
});

/** header 5m, 5% 10m, 25% 10m (approval required), 50% 10m; split-at cloud-run */
function rig(approvalAt?: number): Rig & { mem: MemoryCloudRun } {
  const clock = new FakeClock();
  const mem = new MemoryCloudRun({ now: clock.now });
  mem.seed('checkout', 'img:v1');
  const st = steps([5, 25, 50], 10 * MIN, 5 * MIN);
  if (approvalAt !== undefined) st[approvalAt].approval = 'required';
  return {
    clock,
    mem,
    cloudRun: mem,
    observer: new ScriptedObserver(),
    map: new MemoryMap(),
    prober: new ScriptedProber(),
    policy: makePolicy({ splitAt: 'cloud-run', service: { steps: st } }),
  };
}

async function stateOf(r: Rig): Promise<RolloutState> {
  return parseState((await r.cloudRun.getService('checkout')).annotations).state!;
}
const tick = (r: Rig, controls?: Controls) =>
  run(r, 'canary', { wait: false, ...(controls ? { controls } : {}) });
const none: Controls = { approvals: [], labelsRead: true };

describe('pause and resume', () => {
  it('a label pause holds the stage; removing the label resumes it where it stood', async () => {
    const r = rig();
    await tick(r, none); // deployed, ready, header-only stage begins
    const started = (await stateOf(r)).stepStartedAt;
    r.clock.t += 2 * MIN;
    const paused = await tick(r, { approvals: [], pause: { by: 'dave', via: 'label' } });
    expect(paused.messages.join('\n')).toMatch(/paused at step 1 by dave \(label\)/);
    expect((await stateOf(r)).paused).toEqual({ by: 'dave', via: 'label', at: r.clock.t });
    expect(describeHold('checkout', await stateOf(r))).toBe(
      'checkout is paused at step 1 by dave (label); remove the canary-relay:pause label to continue',
    );
    r.clock.t += 30 * MIN; // far beyond the 5 min bake: still no stage ends
    const held = await tick(r, { approvals: [], pause: { by: 'dave', via: 'label' } });
    expect(held).toMatchObject({ phase: 'HeaderOnly', step: 0 });
    expect(held.messages.join('\n')).toMatch(
      /paused by dave \(label\) 1800s ago at step 1; remove the canary-relay:pause label/,
    );
    // controls that could not be read, or labels that were not, keep a label pause as it is
    expect(await tick(r)).toMatchObject({ phase: 'HeaderOnly', step: 0 });
    expect(await tick(r, { approvals: [] })).toMatchObject({ phase: 'HeaderOnly', step: 0 });
    expect((await stateOf(r)).paused).toBeDefined();
    const resumed = await tick(r, none);
    expect(resumed.messages.join('\n')).toMatch(
      /resumed by removal of the canary-relay:pause label after 1800s; step 1 continues/,
    );
    const s = await stateOf(r);
    expect(s.paused).toBeUndefined();
    expect(s.stepStartedAt).toBe(started + 30 * MIN); // 2 of its 5 minutes had baked
    expect(s.step).toBe(0);
    r.clock.t += 3 * MIN - 1000;
    expect(await tick(r, none)).toMatchObject({ step: 0 });
    r.clock.t += 1000;
    expect(await tick(r, none)).toMatchObject({ phase: 'Progressing', step: 1, percent: 5 });
  });

  it('a dispatch pause needs a dispatch resume', async () => {
    const r = rig();
    await tick(r, none);
    await tick(r, { approvals: [], pause: { by: 'ops', via: 'dispatch' } });
    r.clock.t += 20 * MIN;
    expect(await tick(r, none)).toMatchObject({ step: 0 });
    expect((await stateOf(r)).paused?.by).toBe('ops');
    const resumed = await tick(r, { approvals: [], resume: { by: 'ops2' } });
    expect(resumed.messages.join('\n')).toMatch(/resumed by ops2/);
  });

  it('a failing analysis still fails a paused canary (users are not left on it)', async () => {
    const r = rig();
    await tick(r, none);
    await tick(r, { approvals: [], pause: { by: 'dave', via: 'label' } });
    r.observer.script = { 0: 'fail' };
    const failed = await tick(r, { approvals: [], pause: { by: 'dave', via: 'label' } });
    expect(failed).toMatchObject({ phase: 'Failed', verdict: 'fail', percent: 0 });
  });

  it('the merge lifts a label pause and promotes; a dispatch pause holds the promotion', async () => {
    const r = rig();
    await tick(r, none);
    await tick(r, { approvals: [], pause: { by: 'dave', via: 'label' } });
    const merge = { owner: 'deadbeef0000', commit: 'abcdef0123456789' };
    const promoted = await run(r, 'promote', {
      ...merge,
      controls: { approvals: [], pause: { by: 'dave', via: 'label' } },
    });
    expect(promoted.messages.join('\n')).toMatch(/resumed by the merge \(deadbeef0000\)/);
    expect(promoted.phase).toBe('Succeeded');

    const r2 = rig();
    await tick(r2, none);
    await tick(r2, { approvals: [], pause: { by: 'ops', via: 'dispatch' } });
    const held = await run(r2, 'promote', { ...merge, controls: undefined });
    expect(held).toMatchObject({ phase: 'HeaderOnly' });
    expect(held.messages.join('\n')).toMatch(/paused by ops \(dispatch\).*run the workflow with mode resume/);
  });

  it('abort works while paused', async () => {
    const r = rig();
    await tick(r, none);
    await tick(r, { approvals: [], pause: { by: 'dave', via: 'label' } });
    expect(
      await run(r, 'abort', { controls: { approvals: [], pause: { by: 'dave', via: 'label' } } }),
    ).toMatchObject({
      phase: 'Aborted',
    });
  });
});

describe('approval gates', () => {
  /** walks the rollout to the gate before step 3 (25%) */
  async function atGate(): Promise<Rig & { mem: MemoryCloudRun }> {
    const r = rig(2);
    await tick(r, none);
    r.clock.t += 5 * MIN;
    await tick(r, none); // → step 2 (5%)
    r.clock.t += 10 * MIN;
    const t = await tick(r, none);
    expect(t.messages.join('\n')).toMatch(
      /step 3 needs an approval: a PR review approval by someone with write access/,
    );
    return r;
  }

  it('stops before the step and holds the current one until approved', async () => {
    const r = await atGate();
    const s = await stateOf(r);
    expect(s.gate).toEqual({ step: 2, since: r.clock.t });
    expect(describeHold('checkout', s)).toBe(
      'checkout holds at step 2: step 3 needs an approval: a PR review approval by someone with write access, ' +
        'the canary-relay:approve label, or the workflow run with mode approve',
    );
    r.clock.t += 60 * MIN;
    expect(await tick(r, none)).toMatchObject({ phase: 'Progressing', step: 1, percent: 5 });
  });

  it.each<[string, (since: number) => Controls, boolean]>([
    [
      'a review given before the gate was reached does not count',
      (since) => ({ approvals: [{ by: 'alice', via: 'review', at: since - 1 }] }),
      false,
    ],
    [
      'a review given after it does',
      (since) => ({ approvals: [{ by: 'alice', via: 'review', at: since + 1 }] }),
      true,
    ],
    ['the approve label does', () => ({ approvals: [{ by: 'alice', via: 'label', at: null }] }), true],
    [
      'a dispatch approve does',
      (since) => ({ approvals: [{ by: 'ops', via: 'dispatch', at: since + 5 }] }),
      true,
    ],
  ])('%s', async (_what, controls, passes) => {
    const r = await atGate();
    const since = (await stateOf(r)).gate!.since;
    r.clock.t += MIN;
    const t = await tick(r, controls(since));
    if (passes) {
      expect(t).toMatchObject({ step: 2, percent: 25 });
      expect(t.messages.join('\n')).toMatch(/step 3 approved by/);
      expect((await stateOf(r)).approved?.step).toBe(2);
    } else {
      expect(t).toMatchObject({ step: 1, percent: 5 });
    }
  });
});

describe('GitHub reads (REST fake)', () => {
  let gh: GitHubFake;
  beforeAll(async () => {
    gh = await startGitHubFake();
  });
  afterAll(async () => gh.stop());
  const client = () => createGitHub({ token: 'ghs_fake_token', baseUrl: gh.url, retryAfterBaseValue: 1 });

  it('approval by review from a writer, label pause with its author, and a reader ignored', async () => {
    gh.controls.roles = { alice: 'write', bob: 'read', dave: 'triage' };
    gh.controls.reviews.push(
      { pr: 42, user: 'alice', state: 'APPROVED', submitted_at: '2026-01-05T12:00:00Z' },
      { pr: 42, user: 'bob', state: 'APPROVED', submitted_at: '2026-01-05T12:01:00Z' },
      { pr: 7, user: 'alice', state: 'APPROVED', submitted_at: '2026-01-05T12:00:00Z' },
    );
    gh.controls.events.push({
      issue: 42,
      event: 'labeled',
      label: 'canary-relay:pause',
      actor: 'dave',
      created_at: '2026-01-05T12:02:00Z',
    });
    const c = await readControls(client(), 'acme', 'shop', 42);
    expect(c).toEqual({
      approvals: [{ by: 'alice', via: 'review', at: Date.parse('2026-01-05T12:00:00Z') }],
      pause: { by: 'dave', via: 'label' },
      labelsRead: true,
    });
    // permissions were asked only for approvers
    const asked = gh.state.requests
      .filter((q) => q.path.includes('/collaborators/'))
      .map((q) => q.path.split('/')[5]);
    expect(asked.sort()).toEqual(['alice', 'bob']);
  });

  it('approval by label and by dispatch', async () => {
    gh.controls.events.push({
      issue: 43,
      event: 'labeled',
      label: 'canary-relay:approve',
      actor: 'alice',
      created_at: '2026-01-05T12:00:00Z',
    });
    const c = await readControls(client(), 'acme', 'shop', 43, { mode: 'approve', actor: 'ops', at: T });
    expect(c.approvals).toEqual([
      { by: 'alice', via: 'label', at: null },
      { by: 'ops', via: 'dispatch', at: T },
    ]);
  });

  it('a token that may not read says which permission it needs', async () => {
    gh.faults.add({ route: 'GET /repos/:owner/:repo/issues/:issue/events', kind: 'not-accessible' });
    await expect(readControls(client(), 'acme', 'shop', 42)).rejects.toThrow(
      /listing the events of #42: .*needs `pull-requests: read` and `issues: read`/,
    );
  });
});

describe('the action reads controls once per PR and takes a dispatch', () => {
  let gh: GitHubFake;
  beforeAll(async () => {
    gh = await startGitHubFake();
  });
  afterAll(async () => gh.stop());
  afterEach(() => resetControls());
  const inputs = { mode: 'canary', githubToken: 'ghs_fake_token' } as Inputs;
  const env = () => ({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: gh.url, GITHUB_ACTOR: 'ops' });

  it.each([
    ['pause', 'advance', 'pause'],
    ['resume', 'advance', 'resume'],
    ['approve', 'advance', 'approve'],
    ['canary', 'canary', undefined],
    ['status', 'skip', undefined],
  ])('mode %s runs as %s carrying the signal %s', (mode, runs, signal) => {
    const d = modeForEvent('workflow_dispatch', {}, { mode });
    expect(d.mode).toBe(runs);
    expect(d.signal).toBe(signal);
    expect(dispatchOf(d.signal, env(), T)).toEqual(
      signal ? { mode: signal, actor: 'ops', at: T } : undefined,
    );
  });

  it('a dispatch approve joins the PR review approvals; the reads happen once per PR', async () => {
    gh.controls.roles = { alice: 'admin' };
    gh.controls.reviews.push({
      pr: 50,
      user: 'alice',
      state: 'APPROVED',
      submitted_at: '2026-01-05T12:00:00Z',
    });
    const approve = dispatchOf('approve', env(), T);
    const a = await controlsFor(inputs, env(), 50, approve);
    const b = await controlsFor(inputs, env(), 50, approve);
    expect(b).toBe(a);
    expect(a?.approvals).toEqual([
      { by: 'alice', via: 'review', at: Date.parse('2026-01-05T12:00:00Z') },
      { by: 'ops', via: 'dispatch', at: T },
    ]);
    expect(gh.state.requests.filter((q) => q.path.endsWith('/issues/50/events'))).toHaveLength(1);
  });

  it('a rollout owned by a commit gets only the dispatch, with labels unknown', async () => {
    expect(await controlsFor(inputs, env(), undefined, dispatchOf('resume', env(), T))).toEqual({
      approvals: [],
      resume: { by: 'ops' },
      labelsRead: false,
    });
    expect(await controlsFor(inputs, env(), undefined)).toBeUndefined();
  });

  it('a failed read is "not known", never an error', async () => {
    gh.faults.add({ route: 'GET /repos/:owner/:repo/pulls/:pr/reviews', kind: 'server-error', times: 10 });
    expect(await controlsFor(inputs, env(), 51)).toBeUndefined();
    gh.faults.clear();
  });
});
