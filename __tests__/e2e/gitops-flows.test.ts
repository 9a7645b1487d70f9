// END TO END (slow: ~3 min): every GitOps flow of issue 8, `node dist/index.js` run as the runner
// runs it on a real git repository, with payloads carrying every field GitHub sends (merged,
// merge_commit_sha, head.repo, base.repo, commits[], head_commit), against the Cloud Run API fake,
// the GitHub REST fake, real HAProxy and real Prometheus (__tests__/support/world.ts). The tests
// run in order, each from the state the previous one left. CR_E2E_FLOWS_TABLE=1 prints, per run,
// what the action did and the Cloud Run writes it took.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FIXTURE_SHA,
  SERVICE,
  STABLE_REVISION,
  startWorld,
  type ActionRun,
  type World,
} from '../support/world.js';

let world: World;
const table: string[] = [];
const img = (v: string) => `us-docker.pkg.dev/acme/apps/checkout:${v}`;
const revisionOf = (sha: string) => `${SERVICE}-${sha.slice(0, 7)}`;
const writes = () => world.fake.countBy().writes;
const comments = (pr: number) => world.github.state.comments.filter((c) => c.issue_number === pr);
const report = (pr: number) => comments(pr).find((c) => c.body.startsWith('<!-- canary-relay:traffic'))!.body;
const checkOf = (sha: string) => world.github.state.checkRuns.filter((r) => r.head_sha === sha);
const state = () => JSON.parse(world.fake.service(SERVICE).annotations['canary-relay.dev/rollout'] ?? 'null');
const queue = () => JSON.parse(world.fake.service(SERVICE).annotations['canary-relay.dev/queue'] ?? '[]');

beforeAll(async () => {
  world = await startWorld({ headerBakeS: 2, percentBakeS: 6, percent: 50 });
  world.traffic.start();
  writeFileSync(join(world.workspace, 'README.md'), '# shop\n');
  writeFileSync(join(world.workspace, 'traffic-policy.yaml'), world.policyText(img('v1')));
  world.git('add', 'README.md', 'traffic-policy.yaml');
  world.git('commit', '-q', '-m', 'checkout: first release'); // on main, as the world's repository starts
}, 60_000);

afterAll(async () => {
  if (process.env.CR_E2E_FLOWS_TABLE) console.log(table.join('\n'));
  await world?.stop();
});

/** What Cloud Run serves now: revision → percent, and which revision carries each tag. */
function routing() {
  const percent: Record<string, number> = {};
  const tags: Record<string, string> = {};
  for (const t of world.fake.service(SERVICE).trafficStatuses) {
    if (t.revision && t.percent) percent[t.revision] = t.percent;
    if (t.revision && t.tag) tags[t.tag] = t.revision;
  }
  return { percent, tags };
}

/** A commit with this policy text on `branch` (created from `from`, or continued). */
function commitOn(branch: string, text: string, message: string, from?: string): string {
  world.git('checkout', '-q', ...(from ? ['-B', branch, from] : [branch]));
  writeFileSync(join(world.workspace, 'traffic-policy.yaml'), text);
  world.git('add', 'traffic-policy.yaml');
  world.git('commit', '-q', '--allow-empty', '-m', message);
  return world.git('rev-parse', 'HEAD');
}

const main = () => world.git('rev-parse', 'main');

function mergeCommit(branch: string, pr: number): string {
  world.git('checkout', '-q', 'main');
  world.git('merge', '-q', '--no-ff', '-m', `Merge pull request #${pr} from acme/${branch}`, branch);
  return main();
}

function squash(branch: string, title: string): string {
  world.git('checkout', '-q', 'main');
  world.git('merge', '-q', '--squash', branch);
  world.git('commit', '-q', '-m', title);
  return main();
}

/** The push GitHub sends for before..after on main: commits oldest first, head_commit the last. */
function pushOf(before: string, after: string): unknown {
  const log = world.git('log', '--reverse', '--format=%H%x1f%T%x1f%B%x1e', `${before}..${after}`);
  const commits = log
    .split('\x1e')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [id, tree, message] = l.split('\x1f');
      return { id, tree_id: tree, message: message.trim() };
    });
  return world.payload('push.main.json', { [FIXTURE_SHA.base]: before, [FIXTURE_SHA.merge]: after }, (p) => {
    const template = (p.commits as Record<string, unknown>[])[0];
    p.commits = commits.map((c) => ({
      ...template,
      ...c,
      url: `https://github.com/acme/shop/commit/${c.id}`,
    }));
    p.head_commit = { ...template, ...commits[commits.length - 1] };
  });
}

/** A pull_request payload: opened / synchronize / closed (merged or not), with real shas. */
function prOf(
  action: 'opened' | 'synchronize' | 'closed',
  o: { pr: number; base: string; head: string; branch: string; merged?: string },
) {
  const fixture =
    action === 'opened'
      ? 'pull_request.opened.json'
      : action === 'synchronize'
        ? 'pull_request.synchronize.json'
        : o.merged
          ? 'pull_request.closed.merged.json'
          : 'pull_request.closed.unmerged.json';
  return world.payload(
    fixture,
    {
      [FIXTURE_SHA.base]: o.base,
      [FIXTURE_SHA.head]: o.head,
      ...(o.merged ? { [FIXTURE_SHA.merge]: o.merged } : {}),
    },
    (p) => {
      const pull = p.pull_request as Record<string, unknown> & { head: { ref: string } };
      p.number = o.pr;
      pull.number = o.pr;
      pull.head.ref = o.branch;
    },
  );
}

async function act(
  name: string,
  event: string,
  payload: unknown,
  sha: string,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const before = writes();
  const r = await world.runAction({ name, event, payload, sha, inputs });
  const did = r.outputs.report?.split('\n').find((l) => l.startsWith('**Verdict')) ?? r.stdout.slice(-300);
  table.push(`| ${name} | exit ${r.code} | ${writes() - before} writes | ${did.replace(/\|/g, '/')} |`);
  if (process.env.CR_E2E_DEBUG) console.log(`--- ${name}\n${r.stdout}\n${r.stderr}`);
  return r;
}

const schedule = (name: string) => act(name, 'schedule', world.payload('schedule.json', {}), main());
const dispatch = (name: string, mode: string) =>
  act(
    name,
    'workflow_dispatch',
    world.payload('workflow_dispatch.json', {}, (p) => ((p.inputs as { mode: string }).mode = mode)),
    main(),
    {
      mode,
    },
  );

/** Scheduled runs until `done` holds (each tick makes the transitions that are due). */
async function tickUntil(done: () => boolean, name: string, max = 20): Promise<void> {
  for (let i = 0; i < max && !done(); i++) {
    const r = await schedule(`${name}-tick-${i}`);
    expect(r.code).toBe(0);
    if (!done()) await new Promise((res) => setTimeout(res, 1000));
  }
  expect(done()).toBe(true);
}

// ---- A. squash merge promotes ----------------------------------------------------------
let v2: string;
let squashSha: string;
let v2Revision: string;

test('A. a PR canary passes; its squash merge promotes it in one write with a note', async () => {
  const base = main();
  v2 = commitOn('pr-50', world.policyText(img('v2')), 'checkout: v2', base);
  v2Revision = revisionOf(v2);
  const pr = await act(
    'pr-50',
    'pull_request',
    prOf('opened', { pr: 50, base, head: v2, branch: 'pr-50' }),
    v2,
  );
  expect(pr.code).toBe(0);
  expect(pr.outputs.verdict).toBe('pass');
  expect(report(50)).toContain('**checkout** — new release: canary');
  squashSha = squash('pr-50', 'checkout: v2 (#50)');
  world.linkPr(squashSha, 50, true);
  const before = writes();
  const r = await act('squash-50', 'push', pushOf(base, squashSha), squashSha);
  expect(r.code).toBe(0);
  expect(writes() - before).toBe(1);
  expect(routing()).toEqual({ percent: { [v2Revision]: 100 }, tags: { stable: v2Revision } });
  expect(state().previous).toEqual({ revision: STABLE_REVISION, image: img('v1') }); // recorded for a rollback
  expect(r.outputs.report).toContain(
    `**Verdict: pass.** checkout: ${v2Revision} serves 100% (promoted in this run)`,
  );
  expect(comments(50).filter((c) => c.body.includes('canary-relay-note:promote'))).toHaveLength(1);
}, 90_000);

// ---- B/C. GitHub's Revert button: a rollback preview, then one write -------------------------
test("B. the Revert button's PR: a rollback preview, no canary, no Cloud Run write, check success", async () => {
  const base = main();
  world.git('checkout', '-q', '-B', 'revert-50-checkout', base);
  world.git('revert', '--no-edit', squashSha);
  const head = world.git('rev-parse', 'HEAD');
  expect(world.git('log', '-1', '--format=%B', head)).toContain(`This reverts commit ${squashSha}`);
  const before = writes();
  const r = await act(
    'pr-51-revert-button',
    'pull_request',
    prOf('opened', { pr: 51, base, head, branch: 'revert-50-checkout' }),
    head,
  );
  expect(r.code).toBe(0);
  expect(writes()).toBe(before);
  expect(world.fake.revisionState(SERVICE, revisionOf(head))).toBe('missing'); // no canary revision
  const body = report(51);
  expect(body).toContain('### canary-relay: rollback preview of');
  expect(body).toContain(`merging this routes checkout 100% back to \`${STABLE_REVISION}\` in one write`);
  expect(body).not.toContain('| step |'); // no stage table for a rollback
  expect(checkOf(head).map((c) => [c.status, c.conclusion])).toEqual([['completed', 'success']]);
}, 60_000);

test('C. its merge rolls back in one write; the note goes on the reverted PR', async () => {
  const base = main();
  const merge = mergeCommit('revert-50-checkout', 51);
  const before = writes();
  const r = await act('merge-51', 'push', pushOf(base, merge), merge);
  expect(r.code).toBe(0);
  expect(writes() - before).toBe(1);
  expect(routing()).toEqual({ percent: { [STABLE_REVISION]: 100 }, tags: { stable: STABLE_REVISION } });
  expect(r.outputs.report).toContain(
    `**checkout** — rollback: back to \`${STABLE_REVISION}\` in one write, no steps`,
  );
  expect(r.outputs.verdict).toBe('pass');
  const note = comments(50).find((c) => c.body.includes('canary-relay-note:rollback'));
  expect(note?.body).toContain(`because commit ${squashSha.slice(0, 12)} was reverted`);
  expect(state().previous).toBeUndefined(); // the promotion is undone
}, 60_000);

// ---- D. a re-land is no rollback --------------------------------------------------------
test('D. a re-land (revert of the revert) pushed to main: a staged canary then promotion, not a rollback', async () => {
  const base = main();
  world.git('checkout', '-q', 'main');
  world.git('revert', '--no-edit', '-m', '1', base); // base is the Revert PR's merge commit
  const reland = main();
  const r = await act('re-land', 'push', pushOf(base, reland), reland);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('checkout: promote — checkout: apply');
  expect(r.outputs.report).toContain(
    'promote through a staged canary (no passed canary of this release to promote)',
  );
  expect(r.outputs.report).toMatch(/\| 2 \| 50% \| pass/); // the stages ran with analysis
  expect(routing().percent).toEqual({ [revisionOf(reland)]: 100 });
}, 90_000);

// ---- E/F. an unrelated "Revert" commit inside a PR ------------------------------------------
/** GitHub's "Rebase and merge": the PR's commits replayed on main, no merge commit. */
function rebase(branch: string): string {
  world.git('checkout', '-q', branch);
  world.git('rebase', '-q', 'main');
  const tip = world.git('rev-parse', 'HEAD');
  world.git('checkout', '-q', 'main');
  world.git('merge', '-q', '--ff-only', tip);
  return main();
}

async function prWithUnrelatedRevert(
  pr: number,
  image: string,
  bad: boolean,
  style: 'merge' | 'rebase' = 'merge',
) {
  const base = main();
  const branch = `pr-${pr}`;
  world.git('checkout', '-q', '-B', branch, base);
  writeFileSync(join(world.workspace, 'README.md'), '# shop\ntypo\n');
  world.git('commit', '-q', '-am', 'docs: typo');
  const typo = world.git('rev-parse', 'HEAD');
  world.git('revert', '--no-edit', typo); // 'Revert "docs: typo"' / "This reverts commit …"
  const head = commitOn(branch, world.policyText(img(image)), `checkout: ${image}`);
  world.setCanary(bad ? 'bad' : 'healthy');
  const r = await act(`pr-${pr}`, 'pull_request', prOf('opened', { pr, base, head, branch }), head);
  world.setCanary('healthy');
  const merge = style === 'merge' ? mergeCommit(branch, pr) : rebase(branch);
  world.linkPr(merge, pr, true);
  const before = { writes: writes(), routing: routing() };
  const m = await act(`merge-${pr}`, 'push', pushOf(base, merge), merge);
  expect(m.stdout).not.toContain('rollback —');
  return { r, m, head, before };
}

test('E. a PR with an unrelated revert whose canary failed: its merge is refused, never routed to the failed revision', async () => {
  const { r, m, head, before } = await prWithUnrelatedRevert(53, 'v3', true);
  expect(r.outputs.verdict).toBe('fail');
  expect(state().failed).toContain(revisionOf(head));
  expect(m.code).toBe(1);
  expect(m.outputs.verdict).toBe('fail');
  expect(m.outputs.report).toMatch(new RegExp(`checkout: canary ${revisionOf(head)} failed: step \\d`));
  expect(writes()).toBe(before.writes);
  expect(routing()).toEqual(before.routing);
  expect(routing().percent[revisionOf(head)]).toBeUndefined();
  expect(comments(53).some((c) => c.body.includes('canary-relay-note'))).toBe(false); // no "promoted" note
}, 90_000);

test('F. a PR with an unrelated revert whose canary passed: its rebase-merge promotes it', async () => {
  const { r, m, head } = await prWithUnrelatedRevert(54, 'v4', false, 'rebase');
  expect(r.outputs.verdict).toBe('pass');
  expect(m.code).toBe(0);
  expect(routing().percent).toEqual({ [revisionOf(head)]: 100 });
  expect(comments(54).filter((c) => c.body.includes('canary-relay-note:promote'))).toHaveLength(1);
}, 90_000);

// ---- G. the lock: a gate that opens by itself ---------------------------------------------
test('G. two PRs on one service: the second waits (pending, never neutral) and starts from the schedule; a locked-out push converges', async () => {
  const base = main();
  const a = commitOn('pr-55', world.policyText(img('v5')), 'checkout: v5', base);
  const b = commitOn('pr-56', world.policyText(img('v6')), 'checkout: v6', base);
  const wait = { wait: 'false' };
  expect(
    (await act('pr-55', 'pull_request', prOf('opened', { pr: 55, base, head: a, branch: 'pr-55' }), a, wait))
      .code,
  ).toBe(0);
  const locked = await act(
    'pr-56',
    'pull_request',
    prOf('opened', { pr: 56, base, head: b, branch: 'pr-56' }),
    b,
    wait,
  );
  expect(locked.code).toBe(0);
  expect(checkOf(b).map((c) => [c.status, c.conclusion, c.output.title])).toEqual([
    ['in_progress', null, "waiting for pr#55's canary of checkout"],
  ]);
  expect(queue().map((w: { owner: string }) => w.owner)).toEqual(['pr#56']);
  await schedule('g-tick-locked');
  expect(checkOf(b)[0].status).toBe('in_progress'); // still waiting: pr#55 holds the lock
  // pr#55 closes: the lock frees; the next scheduled run starts pr#56 by itself, no new push
  await act('pr-55-closed', 'pull_request', prOf('closed', { pr: 55, base, head: a, branch: 'pr-55' }), a);
  await schedule('g-tick-start');
  expect(state()).toMatchObject({ owner: 'pr#56', commit: b });
  expect(queue()).toEqual([]);
  expect(routing().tags.canary).toBe(revisionOf(b));
  expect(checkOf(b)[0].output.title).not.toMatch(/waiting for/);

  // a push to main while pr#56 holds the lock: queued, then converged once the lock frees
  const pushBase = main();
  const v7 = commitOn('main', world.policyText(img('v7')), 'checkout: v7 straight to main');
  const pushed = await act('push-v7-locked', 'push', pushOf(pushBase, v7), v7, wait);
  expect(pushed.code).toBe(0);
  expect(checkOf(v7).map((c) => [c.status, c.output.title])).toEqual([
    ['in_progress', "waiting for pr#56's canary of checkout"],
  ]);
  await act('pr-56-closed', 'pull_request', prOf('closed', { pr: 56, base, head: b, branch: 'pr-56' }), b);
  await tickUntil(() => checkOf(v7)[0]?.status === 'completed', 'g-converge');
  expect(checkOf(v7)[0].conclusion).toBe('success');
  expect(routing().percent).toEqual({ [revisionOf(v7)]: 100 });
  expect(state()).toMatchObject({ phase: 'Succeeded', origin: 'promote' });
}, 180_000);

// ---- H. same-image synchronize, schedule, merge -------------------------------------------
test("H. same-image synchronize: the state follows the PR head; the merge completes the head's check", async () => {
  const base = main();
  const first = commitOn('pr-57', world.policyText(img('v8')), 'checkout: v8', base);
  await act('pr-57', 'pull_request', prOf('opened', { pr: 57, base, head: first, branch: 'pr-57' }), first, {
    wait: 'false',
  });
  world.git('checkout', '-q', 'pr-57');
  writeFileSync(join(world.workspace, 'README.md'), '# shop (v8)\n');
  world.git('commit', '-q', '-am', 'docs: v8 notes');
  const second = world.git('rev-parse', 'HEAD');
  const sync = await act(
    'pr-57-sync',
    'pull_request',
    prOf('synchronize', { pr: 57, base, head: second, branch: 'pr-57' }),
    second,
    {
      wait: 'false',
    },
  );
  expect(sync.code).toBe(0);
  expect(state()).toMatchObject({ owner: 'pr#57', commit: second });
  const oldCheck = JSON.stringify(checkOf(first));
  await schedule('h-tick');
  expect(JSON.stringify(checkOf(first))).toBe(oldCheck); // the schedule reports on the new head
  expect(checkOf(second)).toHaveLength(1);
  const merge = mergeCommit('pr-57', 57);
  world.linkPr(merge, 57, true);
  const r = await act('merge-57', 'push', pushOf(base, merge), merge);
  expect(r.code).toBe(0);
  expect(routing().percent).toEqual({ [revisionOf(first)]: 100 });
  expect(checkOf(second).map((c) => [c.status, c.conclusion])).toEqual([['completed', 'success']]);
}, 120_000);

// ---- K. routing-only PRs -----------------------------------------------------------------
const routingOnly = (image: string) =>
  world
    .policyText(img(image))
    .replace(
      'hosts: [shop.example.test, localhost]',
      'hosts: [shop.example.test, localhost, www.example.test]',
    );

test('K. a routing-only PR: plan, no write; merged: nothing promoted; another closed: nothing aborted', async () => {
  const base = main();
  const head = commitOn('pr-60', routingOnly('v8'), 'checkout: a new host', base);
  const before = writes();
  const r = await act('pr-60', 'pull_request', prOf('opened', { pr: 60, base, head, branch: 'pr-60' }), head);
  expect(r.outputs.verdict).toBe('pass');
  expect(r.outputs.report).toContain('routing change: plan only');
  const merge = mergeCommit('pr-60', 60);
  world.linkPr(merge, 60, true);
  const m = await act('merge-60', 'push', pushOf(base, merge), merge);
  expect(m.outputs.report).toContain(`**Verdict: pass.** checkout already serves ${img('v8')}`);
  expect(m.outputs.report).not.toMatch(/promoted/);
  expect(comments(60).some((c) => c.body.includes('canary-relay-note'))).toBe(false);
  const other = commitOn(
    'pr-61',
    routingOnly('v8').replace('www.example.test', 'm.example.test'),
    'checkout: m host',
    main(),
  );
  await act(
    'pr-61',
    'pull_request',
    prOf('opened', { pr: 61, base: main(), head: other, branch: 'pr-61' }),
    other,
  );
  const c = await act(
    'pr-61-closed',
    'pull_request',
    prOf('closed', { pr: 61, base: main(), head: other, branch: 'pr-61' }),
    other,
  );
  expect(c.outputs.report).toContain('nothing to abort');
  expect(c.outputs.report).not.toMatch(/aborted/);
  expect(writes()).toBe(before);
}, 90_000);

// ---- I/J. the operator's brake ------------------------------------------------------------
test("I. dispatch abort during another PR's canary: no force needed; the PR's comment and check say so", async () => {
  const base = main();
  const head = commitOn('pr-58', world.policyText(img('v9')), 'checkout: v9', base);
  await act('pr-58', 'pull_request', prOf('opened', { pr: 58, base, head, branch: 'pr-58' }), head, {
    wait: 'false',
  });
  const before = writes();
  const r = await dispatch('dispatch-abort', 'abort');
  expect(r.code).toBe(0);
  expect(writes() - before).toBe(1);
  expect(routing().tags.canary).toBeUndefined();
  expect(report(58)).toMatch(/checkout: aborted by an operator, run \d+/);
  expect(checkOf(head).map((c) => [c.conclusion, c.output.title])).toEqual([
    ['cancelled', expect.stringMatching(/^aborted by an operator, run \d+$/)],
  ]);
}, 60_000);

test('J. dispatch rollback during a canary, then after a promotion: back to what served before it', async () => {
  const base = main();
  const head = commitOn('pr-59', world.policyText(img('v10')), 'checkout: v10', base);
  await act('pr-59', 'pull_request', prOf('opened', { pr: 59, base, head, branch: 'pr-59' }), head, {
    wait: 'false',
  });
  const serving = Object.keys(routing().percent)[0];
  const during = await dispatch('dispatch-rollback-canary', 'rollback');
  expect(during.code).toBe(0);
  expect(routing()).toEqual({ percent: { [serving]: 100 }, tags: { stable: serving } });
  expect(checkOf(head)[0]).toMatchObject({ conclusion: 'cancelled' });

  // the rollback left no promotion to undo: a second one changes nothing
  const before = writes();
  const again = await dispatch('dispatch-rollback-again', 'rollback');
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`already rolled back to ${serving}`);
  expect(writes()).toBe(before);
}, 90_000);

test('J2. dispatch rollback right after a promotion goes to the revision that served before it', async () => {
  const base = main();
  const servingBefore = Object.keys(routing().percent)[0];
  const head = commitOn('pr-62', world.policyText(img('v11')), 'checkout: v11', base);
  await act('pr-62', 'pull_request', prOf('opened', { pr: 62, base, head, branch: 'pr-62' }), head);
  const merge = mergeCommit('pr-62', 62);
  await act('merge-62', 'push', pushOf(base, merge), merge);
  expect(routing().percent).toEqual({ [revisionOf(head)]: 100 });
  const before = writes();
  const r = await dispatch('dispatch-rollback-after-promotion', 'rollback');
  expect(r.code).toBe(0);
  expect(writes() - before).toBe(1);
  expect(routing()).toEqual({ percent: { [servingBefore]: 100 }, tags: { stable: servingBefore } });
  expect(state().failed ?? []).not.toContain(revisionOf(head)); // nothing marked failed
  expect(r.outputs.report).toContain(`rollback: back to \`${servingBefore}\``);
}, 90_000);

// ---- L. a fork PR as the README workflow runs it ------------------------------------------
test('L. a fork PR under the README workflow: auth skipped (no credentials), read-only token: a plan, exit 0, nothing deployed', async () => {
  const base = main();
  const head = commitOn('fork-63', world.policyText(img('v12')), 'checkout: v12 from a fork', base);
  const payload = world.payload(
    'pull_request.opened.fork.json',
    { [FIXTURE_SHA.base]: base, [FIXTURE_SHA.head]: head },
    (p) => {
      p.number = 63;
      (p.pull_request as { number: number }).number = 63;
    },
  );
  const calls = world.fake.count();
  world.github.setCanWrite(false); // a fork's token
  try {
    // the auth step's `if:` skipped it: no Google credentials, the default endpoint
    const r = await act('fork-63', 'pull_request', payload, head, { 'cloud-run-endpoint': '' });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('skipped');
    expect(r.outputs.report).toContain(
      'a pull request from a fork gets no credentials: plan only, no canary',
    );
    expect(r.stdout).toMatch(/::warning::PR #63 comment: .*GitHub refused \(403/);
    expect(r.summary).toContain('#### Not published');
    expect(world.fake.count()).toBe(calls); // not even a read
  } finally {
    world.github.setCanWrite(true);
  }
}, 60_000);

test('the world: no failed revision ever served, traffic kept flowing', () => {
  if (process.env.CR_E2E_DEBUG) console.log(JSON.stringify(world.traffic.seen));
  expect(world.traffic.seen['?']?.[0] ?? 0).toBe(0);
});
