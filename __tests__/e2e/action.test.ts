// END TO END (slow: ~60 s): `node dist/index.js` run as the Actions runner runs it, once per git
// event of a scenario, against the Cloud Run API fake, the GitHub REST fake, real HAProxy and real
// Prometheus with traffic flowing (see __tests__/support/world.ts). The tests run in order: each
// step starts from the state the previous one left, as on a real repository.
//   PR #42 (v2, healthy) → re-run → merge → re-run → revert → re-run → PR #43 (v3, 50% errors vs 12.5%)
//   → PR #44 (invalid policy) → a fork PR → a run without Google credentials
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { waitForValue } from '../metrics/support/loopback.js';
import {
  IMAGES,
  SERVICE,
  STABLE_REVISION,
  startWorld,
  type ActionRun,
  type History,
  type World,
  TOKEN,
  FIXTURE_SHA,
} from '../support/world.js';

let world: World;
let h: History;
const log: string[] = [];

beforeAll(async () => {
  world = await startWorld({ headerBakeS: 3, percentBakeS: 8, percent: 50 });
  h = await world.history();
  world.linkPr(h.pr, 42, false);
  world.linkPr(h.merge, 42, true);
  world.traffic.start();
  // the plan's forecast reads rate() over the last hour: it needs two scrapes with traffic
  await waitForValue(
    world.prom.url,
    'sum(rate(haproxy_backend_http_requests_total{proxy=~"checkout_stable|checkout_canary"}[3600s]))',
    (v) => v > 0,
  );
}, 60_000);

afterAll(async () => {
  await world?.stop();
});

const revisionOf = (sha: string) => `${SERVICE}-${sha.slice(0, 7)}`;
const writes = () => world.fake.countBy().writes;
const comments = (pr: number) => world.github.state.comments.filter((c) => c.issue_number === pr);
const checkRuns = (sha: string) => world.github.state.checkRuns.filter((r) => r.head_sha === sha);

/** What Cloud Run routes now: revision → percent (only revisions with traffic) and the tags. */
function routing(): { percent: Record<string, number>; tags: Record<string, string> } {
  const svc = world.fake.service(SERVICE);
  const percent: Record<string, number> = {};
  const tags: Record<string, string> = {};
  for (const t of svc.trafficStatuses) {
    if (t.revision && t.percent) percent[t.revision] = t.percent;
    if (t.revision && t.tag) tags[t.tag] = t.revision;
  }
  return { percent, tags };
}

/** The canary percent the running HAProxy has for the service (show map on its runtime API). */
async function mapPercent(): Promise<number | undefined> {
  const h = world.policy(IMAGES.v1).haproxy;
  return (await new HaproxyRuntime(h.runtimeApi!).getPercents(h.mapFile))[SERVICE];
}

/** The percent in HAProxy's map file: the runner never writes it (`canary-relay sync` does, on the host). */
function mapFilePercent(): number {
  const map = readFileSync(world.policy(IMAGES.v1).haproxy.mapFile, 'utf8');
  const line = map.split('\n').find((l) => l.startsWith(`${SERVICE} `));
  return Number(line?.split(/\s+/)[1]);
}

async function run(name: string, o: Omit<Parameters<World['runAction']>[0], 'name'>): Promise<ActionRun> {
  const r = await world.runAction({ name, ...o });
  log.push(`${name}: exit ${r.code} in ${r.ms} ms, verdict ${r.outputs.verdict}`);
  if (process.env.CR_E2E_DEBUG) console.log(`--- ${name}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The outputs every run sets, and the step summary carrying the same report. */
function expectReported(r: ActionRun, verdict: string) {
  expect(r.outputs.verdict).toBe(verdict);
  expect(r.outputs.report).toMatch(/^<!-- canary-relay:traffic-policy\.yaml -->/);
  expect(r.outputs.report).toContain(`**Verdict: ${verdict}.**`);
  expect(r.summary).toContain(r.outputs.report.trim());
  // the token appears only in the command that asks the runner to mask it
  const leaks = r.stdout.split('\n').filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'));
  expect(leaks).toEqual([]);
}

const prRun = () =>
  run('pr-42', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 42, base: h.base, head: h.pr, branch: 'release-checkout' }),
    sha: h.pr,
  });

test('1. PR with a new image, healthy canary: the plan and passing stages on the PR, check success', async () => {
  world.setCanary('healthy');
  const servedBefore = world.backends.canary.served.ok;
  const r = await prRun();
  expect(r.code).toBe(0);
  expectReported(r, 'pass');
  expect(r.outputs.stage).toBe('Progressing/2');
  expect(r.outputs['canary-percent']).toBe('50');
  const cfg = r.outputs['haproxy-config'];
  expect(cfg).toBe(join(world.workspace, 'haproxy', 'haproxy.cfg'));
  expect(readFileSync(cfg, 'utf8')).toContain('backend checkout_canary');

  const mine = comments(42);
  expect(mine).toHaveLength(1);
  const body = mine[0].body;
  expect(body).toBe(r.outputs.report);
  expect(body).toContain('**checkout** — new release: canary');
  expect(body).toContain(`\`${IMAGES.v1}\` → \`${IMAGES.v2}\``);
  expect(body).toContain('`haproxy -c`: valid for steps 0–2.');
  // the plan forecasts each step from the last hour of the error-rate metric's source (Prometheus)
  const promUrl = world.prom.url.replace('://', '\\://').replace(/[.\\]/g, (c) => `\\${c}`);
  // Prometheus here holds minutes, not the hour: the line says over what the rate was taken
  expect(body).toMatch(
    new RegExp(
      `\\nDuration forecast from recent traffic \\(Prometheus at ${promUrl}, last \\d+ (s|min), all the history it has\\):\\n`,
    ),
  );
  expect(body).toMatch(
    /\n- step 1 \(header only\): its traffic share is not known in advance; no forecast\n/,
  );
  expect(body).toMatch(/\n- step 2 \(50%\)(:| needs ≈ [\d.]+ (min|h)) at [\d.]+ req\/s \([\d.]+% errors\)/);
  expect(body).not.toContain('could not read recent traffic');
  expect(body).toMatch(/\| 1 \| header only \| pass \| \d+ s \| \d+ \/ \d+ \|/);
  expect(body).toMatch(/\| 2 \| 50% \| pass \| \d+ s \| [\d,]+ \/ [\d,]+ \|/);
  expect(body).toMatch(/all 2 steps of checkout-\w+ passed; it keeps 50% until the merge promotes it/);
  expect(body).toContain('xychart-beta');
  expect(checkRuns(h.pr).map((c) => c.conclusion)).toEqual(['success']);

  // Cloud Run: the canary revision exists with the new image, tagged, at 0% (HAProxy splits)
  expect(world.fake.revision(SERVICE, revisionOf(h.pr)).image).toBe(IMAGES.v2);
  expect(routing()).toEqual({
    percent: { [STABLE_REVISION]: 100 },
    tags: { canary: revisionOf(h.pr), stable: STABLE_REVISION },
  });
  // HAProxy sends half of the fresh clients to the canary backend, through the map
  expect(await mapPercent()).toBe(50);
  expect(mapFilePercent()).toBe(0);
  expect(world.backends.canary.served.ok - servedBefore).toBeGreaterThan(200);
  expect(r.stdout).toMatch(/judged step 2 \(50%\) at \d+s: pass — error-rate E=/);
  expect(r.stdout).toMatch(/smoke probe: 5\/5 requests to https:\/\/localhost:\d+\/health answered 200/);
}, 60_000);

test('6a. a re-run of the PR: no new comment, no write, the evidence kept', async () => {
  const before = { writes: writes(), body: comments(42)[0].body };
  const r = await prRun();
  expect(r.code).toBe(0);
  expectReported(r, 'pass');
  expect(writes()).toBe(before.writes);
  expect(comments(42)).toHaveLength(1);
  expect(comments(42)[0].body).toBe(before.body); // the stage tables of the run that judged them
  expect(checkRuns(h.pr)).toHaveLength(1);
}, 30_000);

const mergeRun = () =>
  run('merge', { event: 'push', payload: world.pushEvent({ before: h.base, after: h.merge }), sha: h.merge });

test('2. merge: the canary is promoted to 100% in one write, a note on the PR', async () => {
  const before = writes();
  const r = await mergeRun();
  expect(r.code).toBe(0);
  expectReported(r, 'pass');
  expect(r.outputs.stage).toBe('Succeeded/2');
  expect(r.outputs['canary-percent']).toBe('0');
  expect(writes() - before).toBe(1);
  expect(routing()).toEqual({ percent: { [revisionOf(h.pr)]: 100 }, tags: { stable: revisionOf(h.pr) } });
  expect(await mapPercent()).toBe(0);
  const notes = comments(42).filter((c) => c.body.includes('canary-relay-note:promote'));
  expect(notes).toHaveLength(1);
  expect(notes[0].body).toContain(`**checkout**: 100% on \`${revisionOf(h.pr)}\``);
  expect(checkRuns(h.merge).map((c) => c.conclusion)).toEqual(['success']);
}, 30_000);

test('6b. a re-run of the merge: no write, no second note', async () => {
  const before = { writes: writes(), comments: world.github.state.comments.length };
  const r = await mergeRun();
  expect(r.code).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  expect(writes()).toBe(before.writes);
  expect(world.github.state.comments).toHaveLength(before.comments);
  expect(checkRuns(h.merge)).toHaveLength(1);
}, 30_000);

test('the merged PR closing: skipped, and its report and check are left as they are', async () => {
  const before = {
    writes: writes(),
    bodies: comments(42).map((c) => c.body),
    checks: checkRuns(h.pr).map((c) => c.conclusion),
  };
  const payload = world.payload('pull_request.closed.merged.json', {
    [FIXTURE_SHA.base]: h.base,
    [FIXTURE_SHA.head]: h.pr,
    [FIXTURE_SHA.merge]: h.merge,
  });
  const r = await run('pr-42-closed', { event: 'pull_request', payload, sha: h.merge });
  expect(r.code).toBe(0);
  expect(r.outputs.verdict).toBe('skipped');
  expect(r.stdout).toContain('PR #42 was merged: the push to the base branch promotes it');
  expect(writes()).toBe(before.writes);
  expect(comments(42).map((c) => c.body)).toEqual(before.bodies);
  expect(checkRuns(h.pr).map((c) => c.conclusion)).toEqual(before.checks);
}, 30_000);

const revertRun = () =>
  run('revert', {
    event: 'push',
    payload: world.pushEvent({ before: h.merge, after: h.revert, revert: true }),
    sha: h.revert,
  });

test('3. revert: straight back to the old revision in one write, a note on the reverted PR', async () => {
  const before = writes();
  const r = await revertRun();
  expect(r.code).toBe(0);
  // decided from the policy: v1 served before the promotion of v2 (recorded in the rollout state)
  expect(r.stdout).toContain(
    `checkout: rollback — checkout: the policy brings back ${IMAGES.v1}, which served before the last promotion`,
  );
  expectReported(r, 'pass'); // the old revision serves 100% again: the revert's check is green
  expect(checkRuns(h.revert).map((c) => c.conclusion)).toEqual(['success']);
  expect(r.outputs.stage).toMatch(/^RolledBack\//); // never a pass next to Failed/n
  expect(writes() - before).toBe(1);
  expect(routing()).toEqual({ percent: { [STABLE_REVISION]: 100 }, tags: { stable: STABLE_REVISION } });
  const notes = comments(42).filter((c) => c.body.includes('canary-relay-note:rollback'));
  expect(notes).toHaveLength(1);
  expect(notes[0].body).toContain(`because commit ${h.merge.slice(0, 12)} was reverted`);
  expect(notes[0].body).toContain(`**checkout**: 100% on \`${STABLE_REVISION}\``);
}, 30_000);

test('6c. a re-run of the revert: no write, no second note', async () => {
  const before = { writes: writes(), comments: world.github.state.comments.length };
  const r = await revertRun();
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`checkout already serves ${IMAGES.v1} (${STABLE_REVISION})`);
  expect(writes()).toBe(before.writes);
  expect(world.github.state.comments).toHaveLength(before.comments);
}, 30_000);

test('4. PR whose canary answers 4× the errors: failed, stable restored, check failure, the why on the PR', async () => {
  world.setCanary('bad');
  const bad = world.branchCommit(h.revert, 'release-v3', world.policyText(IMAGES.v3), 'checkout: release v3');
  const r = await run('pr-43', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 43, base: h.revert, head: bad, branch: 'release-v3' }),
    sha: bad,
  });
  world.setCanary('healthy');
  expect(r.code).toBe(1); // the step fails, after everything was reported
  expect(r.stdout).toMatch(
    /::error::checkout: canary checkout-\w+ failed: step \d \([^)]*\): analysis failed: error-rate/,
  );
  expectReported(r, 'fail');
  expect(r.outputs['canary-percent']).toBe('0');
  expect(r.outputs.stage).toMatch(/^Failed\//);
  const body = comments(43)[0].body;
  expect(comments(43)).toHaveLength(1);
  expect(body).toMatch(
    /\*\*Verdict: fail\.\*\* checkout: canary checkout-\w+ failed: step \d .*error-rate: failed at/,
  );
  expect(body).toContain(`; ${STABLE_REVISION} serves 100%`);
  expect(body).toMatch(
    /\| error-rate \| [\d.]+% \| [\d.]+% \| [\d,]+ \/ [\d,]+ \| [\d.]+ \/ 100 \| [^|]+ \| [^|]+ \| \*\*fail\*\* \|/,
  );
  expect(checkRuns(bad).map((c) => c.conclusion)).toEqual(['failure']);
  // stable serves everything; the failed canary keeps no tag and no traffic
  expect(routing()).toEqual({ percent: { [STABLE_REVISION]: 100 }, tags: { stable: STABLE_REVISION } });
  expect(await mapPercent()).toBe(0);
}, 60_000);

/** The line (1-based) of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('5. an invalid policy: check failure with annotations at the failing lines, nothing applied', async () => {
  const text = world
    .policyText(IMAGES.v3)
    .replace('percent: 50', 'percent: 120')
    .replace('interval: 1s', 'interval: soon');
  const sha = world.branchCommit(h.revert, 'broken', text, 'checkout: broken policy');
  const calls = world.fake.count();
  const r = await run('pr-44', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 44, base: h.revert, head: sha, branch: 'broken' }),
    sha,
  });
  expect(r.code).toBe(1);
  expectReported(r, 'fail');
  expect(world.fake.count()).toBe(calls); // not even a read
  const [check] = checkRuns(sha);
  expect(check.conclusion).toBe('failure');
  const where = check.annotations.map((a) => [a.start_line, a.title]).sort();
  expect(where).toEqual(
    [
      [lineOf(text, 'percent: 120'), 'services[0].steps[1].percent'],
      [lineOf(text, 'interval: soon'), 'services[0].analysis.interval'],
    ].sort(),
  );
  expect(
    check.annotations.every((a) => a.path === 'traffic-policy.yaml' && a.annotation_level === 'failure'),
  ).toBe(true);
  const body = comments(44)[0].body;
  expect(body).toContain('#### Policy errors (2)');
  expect(body).toContain(`traffic-policy.yaml:${lineOf(text, 'percent: 120')}:`);
}, 30_000);

test('5b. a committed symlink leading the output out of the checkout: refused at its line, nothing written', async () => {
  const outside = join(world.dir, 'outside');
  mkdirSync(outside, { recursive: true });
  const text = world
    .policyText(IMAGES.v3)
    .replace('output: haproxy/haproxy.cfg', 'output: rendered/haproxy.cfg');
  expect(text).toContain('output: rendered/haproxy.cfg');
  world.branchCommit(h.revert, 'escape', text, 'checkout: v3');
  symlinkSync(outside, join(world.workspace, 'rendered'));
  world.git('add', 'rendered');
  world.git('commit', '-q', '-m', 'a symlinked folder');
  const sha = world.git('rev-parse', 'HEAD');
  const calls = world.fake.count();
  const r = await run('pr-48', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 48, base: h.revert, head: sha, branch: 'escape' }),
    sha,
  });
  expect(r.code).toBe(1);
  expectReported(r, 'fail');
  expect(world.fake.count()).toBe(calls);
  expect(readdirSync(outside)).toEqual([]);
  const [check] = checkRuns(sha);
  expect(check.annotations.map((a) => [a.start_line, a.title])).toEqual([
    [lineOf(text, 'output: rendered/haproxy.cfg'), 'haproxy.output'],
  ]);
  expect(comments(48)[0].body).toMatch(
    /haproxy\.output: "rendered\/haproxy\.cfg" resolves \(through the symlink rendered -> /,
  );
}, 30_000);

test('a fork PR: plan only, neutral check, no Cloud Run call, no crash', async () => {
  const sha = world.branchCommit(
    h.revert,
    'fork-v3',
    world.policyText(IMAGES.v3),
    'checkout: v3 from a fork',
  );
  const calls = world.fake.count();
  const payload = world.payload(
    'pull_request.opened.fork.json',
    { [FIXTURE_SHA.base]: h.revert, [FIXTURE_SHA.head]: sha },
    (p) => {
      p.number = 45;
      (p.pull_request as { number: number }).number = 45;
    },
  );
  const r = await run('fork', { event: 'pull_request', payload, sha });
  expect(r.code).toBe(0);
  expectReported(r, 'skipped');
  expect(r.outputs.report).toContain('a pull request from a fork gets no credentials');
  expect(world.fake.count()).toBe(calls);
  expect(checkRuns(sha).map((c) => c.conclusion)).toEqual(['neutral']);
  expect(comments(45)[0].body).toContain(`\`${IMAGES.v1}\` → \`${IMAGES.v3}\``); // the plan is there
}, 30_000);

test('a plan whose metrics source does not answer: the plan says so in one line, the run still passes', async () => {
  const dead = 'http://127.0.0.1:1';
  const text = world.policyText(IMAGES.v3).replace(world.prom.url, dead);
  expect(text).toContain(dead);
  const sha = world.branchCommit(h.revert, 'plan-dead-prom', text, 'checkout: v3, metrics elsewhere');
  const calls = world.fake.count();
  const r = await run('plan-dead-prometheus', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 47, base: h.revert, head: sha, branch: 'plan-dead-prom' }),
    sha,
    inputs: { mode: 'plan' },
  });
  expect(r.code).toBe(0);
  expectReported(r, 'pass');
  const body = comments(47)[0].body;
  expect(body).toMatch(
    /\nNo duration forecast: could not read recent traffic from Prometheus at http\\:\/\/127\.0\.0\.1:1, last 60 min: .*(ECONNREFUSED|fetch failed|connect)/,
  );
  expect(body).not.toContain('Duration forecast from');
  expect(world.fake.count()).toBe(calls); // plan only: no Cloud Run call
}, 30_000);

test('wait: false: the canary bakes on from the schedule to a green check; closing the PR unmerged aborts it', async () => {
  const sha = world.branchCommit(
    h.revert,
    'slow',
    world.policyText(IMAGES.v2),
    'checkout: v2, baked by the schedule',
  );
  const opened = await run('pr-47', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 47, base: h.revert, head: sha, branch: 'slow' }),
    sha,
    inputs: { wait: 'false' },
  });
  expect(opened.code).toBe(0);
  expect(opened.outputs.verdict).toBe('running');
  expect(checkRuns(sha).map((c) => [c.status, c.conclusion])).toEqual([['in_progress', null]]);
  expect(routing().tags.canary).toBe(revisionOf(sha));
  expect(routing().percent).toEqual({ [STABLE_REVISION]: 100 });

  // the schedule (on main, where the PR's policy is not) bakes it on, from the PR's own commit,
  // and reports on the PR's check and comment
  const schedule = world.payload('schedule.json', {});
  const mainChecks = JSON.stringify(checkRuns(h.revert));
  const ticks: string[] = [];
  for (let i = 0; i < 20 && checkRuns(sha)[0].status !== 'completed'; i++) {
    const tick = await run(`schedule-${i}`, { event: 'schedule', payload: schedule, sha: h.revert });
    expect(tick.code).toBe(0);
    ticks.push(tick.stdout);
    await new Promise((r) => setTimeout(r, 1500));
  }
  expect(ticks.join('\n')).toContain('continuing the rollout of pr#47');
  expect(checkRuns(sha).map((c) => [c.status, c.conclusion])).toEqual([['completed', 'success']]);
  expect(JSON.stringify(checkRuns(h.revert))).toBe(mainChecks); // nothing reported on main's own commit
  expect(comments(47)).toHaveLength(1);
  expect(comments(47)[0].body).toContain('**Verdict: pass.**');
  expect(routing().tags.canary).toBe(revisionOf(sha)); // waiting for the merge, not deployed again

  const payload = world.payload(
    'pull_request.closed.unmerged.json',
    { [FIXTURE_SHA.base]: h.revert, [FIXTURE_SHA.head]: sha },
    (p) => {
      p.number = 47;
      (p.pull_request as { number: number }).number = 47;
    },
  );
  const before = writes();
  const closed = await run('pr-47-closed', { event: 'pull_request', payload, sha });
  expect(closed.code).toBe(0);
  expect(closed.stdout).toContain(`aborted canary ${revisionOf(sha)}`);
  expect(writes() - before).toBe(1);
  expect(routing()).toEqual({ percent: { [STABLE_REVISION]: 100 }, tags: { stable: STABLE_REVISION } });
  expect(await mapPercent()).toBe(0);
  expect(comments(47)).toHaveLength(1);
  expect(comments(47)[0].body).toContain(
    `checkout: canary ${revisionOf(sha)} aborted (0%, untagged); ${STABLE_REVISION} serves 100%`,
  );
  expect(checkRuns(sha).map((c) => c.status)).toEqual(['completed']);
}, 90_000);

test('no Google credentials and no endpoint: neutral with a clear message, nothing leaves loopback', async () => {
  const sha = world.branchCommit(h.revert, 'no-creds', world.policyText(IMAGES.v3), 'checkout: v3 again');
  const calls = world.fake.count();
  const r = await run('no-credentials', {
    event: 'pull_request',
    payload: world.prEvent({ pr: 46, base: h.revert, head: sha, branch: 'no-creds' }),
    sha,
    inputs: { 'cloud-run-endpoint': '' },
  });
  expect(r.code).toBe(0);
  expectReported(r, 'skipped');
  expect(r.stdout).toContain('::warning::no Google credentials: add google-github-actions/auth');
  expect(r.outputs.report).toContain('no Google credentials');
  expect(world.fake.count()).toBe(calls);
  expect(checkRuns(sha).map((c) => c.conclusion)).toEqual(['neutral']);
  expect(r.ms).toBeLessThan(15_000); // no metadata-server probe waiting on a timeout
}, 30_000);

test('the world: traffic flowed through HAProxy the whole time, split between both backends', () => {
  if (process.env.CR_E2E_DEBUG) console.log(log.join('\n'), JSON.stringify(world.traffic.seen));
  expect(world.traffic.seen['?']?.[0] ?? 0).toBe(0); // no connection errors
  expect(world.backends.stable.served.ok).toBeGreaterThan(1000);
  expect(world.backends.canary.served.ok).toBeGreaterThan(500);
  expect(existsSync(join(world.workspace, '.git'))).toBe(true);
});
