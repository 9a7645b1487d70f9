// END TO END (slow: ~60 s): operator controls through `node dist/index.js` as the runner runs it,
// with the GitHub REST fake holding the PR's labels, reviews and permissions:
//   PR #42 with the pause label → held at step 1 → label removed → resumed to a green check → closed
//   PR #44 with `approval: required` on step 2 → held → a reader's review does not count
//   → workflow_dispatch `approve` moves it into step 2 → the PR run finishes it
import {
  IMAGES,
  SERVICE,
  startWorld,
  type ActionRun,
  type History,
  type World,
  FIXTURE_SHA,
} from '../support/world.js';
import { parseState } from '../../src/rollout/state.js';

let world: World;
let h: History;

beforeAll(async () => {
  world = await startWorld({ headerBakeS: 2, percentBakeS: 4, percent: 50 });
  h = await world.history();
  world.linkPr(h.pr, 42, false);
  world.traffic.start();
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const state = () => parseState(world.fake.service(SERVICE).annotations).state;
/** the PR comment with Markdown escapes dropped (user text in it may be escaped) */
const comment = (pr: number) =>
  (world.github.state.comments.find((c) => c.issue_number === pr)?.body ?? '').replace(/\\(.)/g, '$1');
async function run(name: string, o: Omit<Parameters<World['runAction']>[0], 'name'>): Promise<ActionRun> {
  const r = await world.runAction({ name, ...o });
  if (process.env.CR_E2E_DEBUG) console.log(`--- ${name}\n${r.stdout}\n${r.stderr}`);
  return r;
}

describe('pause and resume by label', () => {
  const pr42 = () =>
    run('pr-42', {
      event: 'pull_request',
      payload: world.prEvent({ pr: 42, base: h.base, head: h.pr, branch: 'release-checkout' }),
      sha: h.pr,
    });

  test('the label holds the rollout at step 1 and the PR says who paused it', async () => {
    world.github.controls.events.push({
      issue: 42,
      event: 'labeled',
      label: 'canary-relay:pause',
      actor: 'dave',
      created_at: now(),
    });
    const r = await pr42();
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('running');
    expect(state()?.paused).toMatchObject({ by: 'dave', via: 'label' });
    expect(comment(42)).toContain(
      'checkout is paused at step 1 by dave (label); remove the canary-relay:pause label to continue',
    );
  }, 60_000);

  test('a re-run while labelled stays paused; removing the label resumes it to the merge', async () => {
    const again = await pr42();
    expect(again.outputs.verdict).toBe('running');
    expect(state()?.paused?.by).toBe('dave');
    world.github.controls.events.push({
      issue: 42,
      event: 'unlabeled',
      label: 'canary-relay:pause',
      actor: 'alice',
      created_at: now(),
    });
    const r = await pr42();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/resumed by removal of the canary-relay:pause label after \d+s/);
    expect(r.outputs.verdict).toBe('pass');
    expect(state()).toMatchObject({ awaitingMerge: true });
    expect(state()?.paused).toBeUndefined();
  }, 60_000);

  test('closing the PR aborts it (the lock is free again)', async () => {
    const payload = world.payload(
      'pull_request.closed.unmerged.json',
      { [FIXTURE_SHA.base]: h.base, [FIXTURE_SHA.head]: h.pr },
      (p) => {
        p.number = 42;
        (p.pull_request as { number: number }).number = 42;
      },
    );
    const r = await run('pr-42-closed', { event: 'pull_request', payload, sha: h.pr });
    expect(r.code).toBe(0);
    expect(state()).toBeNull();
  }, 30_000);
});

describe('an approval gate', () => {
  let sha: string;
  const pr44 = () =>
    run('pr-44', {
      event: 'pull_request',
      payload: world.prEvent({ pr: 44, base: h.base, head: sha, branch: 'gated' }),
      sha,
    });

  test('the rollout holds before the gated step and the PR says who may approve', async () => {
    const text = world
      .policyText(IMAGES.v3)
      .replace(/(percent: 50, bake: 4s[^}]*?) \}/, '$1, approval: required }');
    expect(text).toContain('approval: required');
    sha = world.branchCommit(h.base, 'gated', text, 'checkout: v3 behind an approval');
    world.linkPr(sha, 44, false);
    const r = await pr44();
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('running');
    expect(r.outputs.stage).toBe('HeaderOnly/1');
    expect(state()?.gate?.step).toBe(1);
    expect(comment(44)).toContain('checkout holds at step 1: step 2 needs an approval');
  }, 60_000);

  test('an approving review from someone without write access does not count', async () => {
    world.github.controls.roles = { bob: 'read' };
    world.github.controls.reviews.push({ pr: 44, user: 'bob', state: 'APPROVED', submitted_at: now() });
    const r = await pr44();
    expect(r.outputs.stage).toBe('HeaderOnly/1');
    expect(state()?.approved).toBeUndefined();
  }, 60_000);

  test('workflow_dispatch approve moves it into step 2; the next PR run finishes it', async () => {
    const d = await run('dispatch-approve', {
      event: 'workflow_dispatch',
      payload: world.payload('workflow_dispatch.json', {}),
      sha: h.base,
      inputs: { mode: 'approve' },
      env: { GITHUB_ACTOR: 'ops' },
    });
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('step 2 approved by ops (dispatch)');
    expect(state()).toMatchObject({ step: 1, approved: { step: 1, by: 'ops', via: 'dispatch' } });
    expect(state()?.gate).toBeUndefined();
    const r = await pr44();
    expect(r.outputs.verdict).toBe('pass');
    expect(state()).toMatchObject({ awaitingMerge: true });
  }, 90_000);
});
