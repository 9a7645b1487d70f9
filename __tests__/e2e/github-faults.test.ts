// END TO END (~1 min): a GitHub API failure never stalls or aborts the rollout (issue 9.5). The
// bundle runs as the runner runs it against the GitHub REST fake with injected faults (404, 422,
// persistent 5xx, persistent secondary rate limit): the rollout happens first, each report part is
// tried on its own, and the exit status and job summary name what could not be published.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SHA, SERVICE, startWorld, type ActionRun, type World } from '../support/world.js';
import type { FaultRule } from '../support/github-fake.js';

let world: World;
let base: string;
const img = (v: string) => `us-docker.pkg.dev/acme/apps/checkout:${v}`;
const revisionOf = (sha: string) => `${SERVICE}-${sha.slice(0, 7)}`;
const checkOf = (sha: string) => world.github.state.checkRuns.filter((r) => r.head_sha === sha);
const comments = (pr: number) => world.github.state.comments.filter((c) => c.issue_number === pr);
const canaryTag = () => world.fake.service(SERVICE).trafficStatuses.find((t) => t.tag === 'canary')?.revision;

beforeAll(async () => {
  world = await startWorld({ headerBakeS: 1, percentBakeS: 2, percent: 50 });
  writeFileSync(join(world.workspace, 'traffic-policy.yaml'), world.policyText(img('v1')));
  world.git('add', 'traffic-policy.yaml');
  world.git('commit', '-q', '-m', 'checkout: first release');
  base = world.git('rev-parse', 'HEAD');
}, 60_000);

afterAll(async () => {
  await world?.stop();
});

afterEach(() => world.github.faults.clear());

function pr(n: number, action: 'opened' | 'closed', head: string): unknown {
  const fixture = action === 'opened' ? 'pull_request.opened.json' : 'pull_request.closed.unmerged.json';
  return world.payload(fixture, { [FIXTURE_SHA.base]: base, [FIXTURE_SHA.head]: head }, (p) => {
    p.number = n;
    (p.pull_request as { number: number }).number = n;
  });
}

async function run(
  n: number,
  action: 'opened' | 'closed',
  head: string,
  faults: FaultRule[],
): Promise<ActionRun> {
  world.github.faults.clear();
  for (const f of faults) world.github.faults.add(f);
  const r = await world.runAction({
    name: `pr-${n}-${action}`,
    event: 'pull_request',
    payload: pr(n, action, head),
    sha: head,
    inputs: { wait: 'false' },
  });
  if (process.env.CR_E2E_DEBUG) console.log(r.stdout);
  return r;
}

const CREATE_CHECK = 'POST /repos/:owner/:repo/check-runs';
const UPDATE_CHECK = 'PATCH /repos/:owner/:repo/check-runs/:id';
const UPDATE_COMMENT = 'PATCH /repos/:owner/:repo/issues/comments/:id';
const CREATE_COMMENT = 'POST /repos/:owner/:repo/issues/:issue/comments';

test.each([
  ['404', 'not-found'],
  ['422', 'validation'],
  ['a persistent 5xx', 'server-error'],
] as const)(
  '%s on every check-run create: the canary is deployed anyway, the comment posted, the summary names the check',
  async (_n, kind) => {
    const n = { 'not-found': 80, validation: 81, 'server-error': 82 }[kind];
    const head = world.branchCommit(base, `b-${n}`, world.policyText(img(`v${n}`)), `checkout: v${n}`);
    const r = await run(n, 'opened', head, [{ route: CREATE_CHECK, kind, times: Infinity }]);
    expect(canaryTag()).toBe(revisionOf(head)); // the rollout ran
    if (kind === 'not-found') {
      // GitHub answers a write the token may not make with 404: a permission warning, as on a fork
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /::warning::check run of [0-9a-f]{12}: creating check run canary-relay: GitHub refused \(404/,
      );
    } else {
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error::.*the rollout ran, but GitHub did not take: check run of/);
    }
    expect(r.summary).toMatch(/#### Not published\n- check run of [0-9a-f]{12}/);
    expect(checkOf(head)).toEqual([]);
    expect(comments(n)[0].body).toContain('**Verdict: running.**');
    // close it: the abort happens and is reported normally once GitHub answers again
    const closed = await run(n, 'closed', head, []);
    expect(closed.code).toBe(0);
    expect(canaryTag()).toBeUndefined();
  },
  120_000,
);

test('a persistent 5xx on the comment: the abort happens, the check is still completed, the step fails naming the comment', async () => {
  const head = world.branchCommit(base, 'b-83', world.policyText(img('v83')), 'checkout: v83');
  expect((await run(83, 'opened', head, [])).code).toBe(0);
  const r = await run(83, 'closed', head, [{ route: UPDATE_COMMENT, kind: 'server-error', times: Infinity }]);
  expect(canaryTag()).toBeUndefined();
  expect(checkOf(head).map((c) => c.status)).toEqual(['completed']);
  expect(r.code).toBe(1);
  expect(r.summary).toMatch(/#### Not published\n- PR #83 comment: /);
}, 60_000);

test('a persistent secondary rate limit on the comment: bounded retries, the check completed, the step fails', async () => {
  const head = world.branchCommit(base, 'b-84', world.policyText(img('v84')), 'checkout: v84');
  const r = await run(84, 'opened', head, [
    { route: CREATE_COMMENT, kind: 'secondary-rate-limit', times: Infinity, retryAfter: 1 },
  ]);
  expect(canaryTag()).toBe(revisionOf(head));
  expect(r.code).toBe(1);
  expect(r.summary).toContain('- PR #84 comment: ');
  expect(r.stdout).toMatch(/secondary rate limit .*giving up/);
  expect(r.ms).toBeLessThan(30_000); // bounded: a few retry-after waits, then on
  expect(checkOf(head).map((c) => c.status)).toEqual(['in_progress']); // the canary bakes on: pending is true
  await run(84, 'closed', head, []);
}, 60_000);

test('a 422 on the final check update: the check is completed with the verdict alone', async () => {
  const head = world.branchCommit(base, 'b-85', world.policyText(img('v85')), 'checkout: v85');
  await run(85, 'opened', head, []);
  // 422 on the in-progress update and on the final one; the short form then goes through
  const r = await run(85, 'closed', head, [{ route: UPDATE_CHECK, kind: 'validation', times: 2 }]);
  expect(r.code).toBe(0);
  expect(checkOf(head).map((c) => [c.status, c.conclusion])).toEqual([['completed', 'neutral']]);
  expect(checkOf(head)[0].output.summary).toMatch(/^\*\*Verdict: skipped\.\*\* checkout: canary .* aborted/);
}, 60_000);
