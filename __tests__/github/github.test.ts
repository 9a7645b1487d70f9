// The GitHub adapter against the REST fake: real Octokit, real plugins, real HTTP on loopback.
import Bottleneck from 'bottleneck';
import { jest } from '@jest/globals';
import {
  annotationsFromErrors,
  createGitHub,
  GitHubAdapterError,
  type CheckAnnotation,
  type GitHubAdapter,
} from '../../src/adapters/github.js';
import type { PolicyError } from '../../src/policy/types.js';
import { noteMarker, renderNote, reportMarker } from '../../src/render/summary.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';

const TOKEN = 'ghs_fake_token';
const SHA = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';
const MARKER = reportMarker('traffic-policy.yaml');

let fake: GitHubFake;
let stdout: string[];
let writeSpy: ReturnType<typeof jest.spyOn>;

// @actions/core writes workflow commands (::add-mask::, ::warning::) to stdout: capture them.
beforeEach(async () => {
  stdout = [];
  writeSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout.push(String(chunk));
    return true;
  });
  fake = await startGitHubFake({
    token: TOKEN,
    pullsForCommit: {
      '9b8e7f1c2d3a4b5c6d7e8f90a1b2c3d4e5f6a7b8': [
        { number: 7, merged: true, merge_commit_sha: 'other' },
        { number: 42, merged: true, merge_commit_sha: '9b8e7f1c2d3a4b5c6d7e8f90a1b2c3d4e5f6a7b8' },
      ],
      aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: [{ number: 51, state: 'open' }],
    },
  });
});

afterEach(async () => {
  writeSpy.mockRestore();
  await fake.stop();
});

/** The production client, minus the 1 s / 3 s spacing between writes and with 10 ms per retry-after second. */
function client(token = TOKEN): GitHubAdapter {
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return createGitHub({
    token,
    baseUrl: fake.url,
    retryAfterBaseValue: 10,
    throttle: { write: group(), notifications: group() },
  });
}

const writes = () => fake.state.requests.filter((r) => r.method !== 'GET');

describe('the token', () => {
  test('is masked before any request', () => {
    client('ghs_secret_value_123');
    expect(stdout.join('')).toContain('::add-mask::ghs_secret_value_123');
  });
  test('a missing token is an auth error that names the input', () => {
    expect(() => createGitHub({ token: '' })).toThrow(/github-token/);
  });
  test('a rejected token (401) is an auth error', async () => {
    const err = await client('ghs_wrong')
      .upsertStickyComment('acme', 'shop', 42, MARKER, 'x')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubAdapterError);
    expect(err).toMatchObject({ kind: 'auth', status: 401 });
    expect((err as Error).message).toMatch(/Bad credentials.*github-token/);
    expect((err as Error).message).not.toContain('ghs_wrong');
  });
});

describe('upsertStickyComment', () => {
  test('creates once, then updates in place, then writes nothing when unchanged', async () => {
    const gh = client();
    const first = await gh.upsertStickyComment('acme', 'shop', 42, MARKER, `${MARKER}\nrun 1`);
    const second = await gh.upsertStickyComment('acme', 'shop', 42, MARKER, `${MARKER}\nrun 2`);
    const third = await gh.upsertStickyComment('acme', 'shop', 42, MARKER, `${MARKER}\nrun 2`);
    expect([first.action, second.action, third.action]).toEqual(['created', 'updated', 'unchanged']);
    expect(second.id).toBe(first.id);
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]).toMatchObject({ issue_number: 42, body: `${MARKER}\nrun 2` });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/issues/42/comments',
      `PATCH /repos/acme/shop/issues/comments/${first.id}`,
    ]);
    expect(fake.state.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  test('finds its comment on a later page (Link pagination) among other comments', async () => {
    await fake.stop();
    const others = Array.from({ length: 130 }, (_, i) => ({
      issue_number: 42,
      body: `review ${i}`,
      login: 'octocat',
    }));
    others.splice(120, 0, { issue_number: 42, body: `${MARKER}\nold report`, login: '' });
    fake = await startGitHubFake({ token: TOKEN, comments: others });
    const res = await client().upsertStickyComment('acme', 'shop', 42, MARKER, `${MARKER}\nnew report`);
    expect(res.action).toBe('updated');
    expect(fake.state.comments).toHaveLength(131);
    expect(fake.state.comments.filter((c) => c.body.includes(MARKER))).toEqual([
      expect.objectContaining({ body: `${MARKER}\nnew report` }),
    ]);
    const pages = fake.state.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2']);
  });

  test('one comment per policy file: another marker gets its own comment', async () => {
    const gh = client();
    await gh.upsertStickyComment('acme', 'shop', 42, MARKER, 'report a');
    await gh.upsertStickyComment('acme', 'shop', 42, reportMarker('other/policy.yaml'), 'report b');
    expect(fake.state.comments.map((c) => c.body)).toEqual([
      `${MARKER}\nreport a`,
      `${reportMarker('other/policy.yaml')}\nreport b`,
    ]);
  });

  test('a token without write access is a permission error that says which permission', async () => {
    fake.setCanWrite(false);
    const err = await client()
      .upsertStickyComment('acme', 'shop', 42, MARKER, 'x')
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'permission', status: 403 });
    expect((err as Error).message).toMatch(/Resource not accessible by integration/);
    expect((err as Error).message).toMatch(/pull-requests: write/);
    expect(fake.state.comments).toHaveLength(0);
  });

  test('a 404 on a write is a permission error too (GitHub hides what a token cannot see)', async () => {
    fake.faults.add({ route: 'POST /repos/:owner/:repo/issues/:n/comments', kind: 'not-found' });
    await expect(client().upsertStickyComment('acme', 'shop', 42, MARKER, 'x')).rejects.toMatchObject({
      kind: 'permission',
      status: 404,
    });
  });

  test('a secondary rate limit is retried (logged), and the comment is created once', async () => {
    fake.faults.add({
      route: 'POST /repos/:owner/:repo/issues/:n/comments',
      kind: 'secondary-rate-limit',
      retryAfter: 2,
    });
    const res = await client().upsertStickyComment('acme', 'shop', 42, MARKER, 'x');
    expect(res.action).toBe('created');
    expect(fake.state.comments).toHaveLength(1);
    expect(writes().map((r) => r.status)).toEqual([403, 201]);
    expect(stdout.join('')).toMatch(
      /::warning::GitHub secondary rate limit on POST .*retrying in 2 s \(retry 1 of 2\)/,
    );
  });

  test('a primary rate limit (x-ratelimit-remaining: 0) waits for the reset and retries', async () => {
    fake.faults.add({
      route: 'GET /repos/:owner/:repo/issues/:n/comments',
      kind: 'rate-limit',
      retryAfter: 1,
    });
    const res = await client().upsertStickyComment('acme', 'shop', 42, MARKER, 'x');
    expect(res.action).toBe('created');
    expect(fake.state.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 403',
      'GET 200',
      'POST 201',
    ]);
    expect(stdout.join('')).toMatch(/GitHub primary rate limit/);
  });

  test('a rate limit that persists gives up after 2 retries with the rate-limit kind', async () => {
    fake.faults.add({
      route: 'GET /repos/:owner/:repo/issues/:n/comments',
      kind: 'secondary-rate-limit',
      times: Infinity,
    });
    await expect(client().upsertStickyComment('acme', 'shop', 42, MARKER, 'x')).rejects.toMatchObject({
      kind: 'rate-limit',
    });
    expect(fake.state.requests).toHaveLength(3);
  });
});

describe('createOrUpdateCheckRun', () => {
  const errors: PolicyError[] = [
    {
      file: 'traffic-policy.yaml',
      line: 14,
      col: 7,
      path: 'services[0].steps[2].percent',
      message: '120 is above 100',
    },
    {
      file: 'traffic-policy.yaml',
      line: 9,
      col: 13,
      path: 'services[0].health.path',
      message: 'ends in "z"',
    },
  ];

  test('annotations land on the policy file at the failing line and column', async () => {
    const res = await client().createOrUpdateCheckRun('acme', 'shop', SHA, {
      status: 'completed',
      conclusion: 'failure',
      title: 'traffic-policy.yaml is invalid',
      summary: '2 errors',
      annotations: annotationsFromErrors(errors),
    });
    expect(res.action).toBe('created');
    const [run] = fake.state.checkRuns;
    expect(run).toMatchObject({
      name: 'canary-relay',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run.output).toMatchObject({
      title: 'traffic-policy.yaml is invalid',
      summary: '2 errors',
      annotations_count: 2,
    });
    expect(run.annotations[0]).toEqual({
      path: 'traffic-policy.yaml',
      start_line: 14,
      end_line: 14,
      start_column: 7,
      end_column: 7,
      annotation_level: 'failure',
      title: 'services[0].steps[2].percent',
      message: 'traffic-policy.yaml:14:7 services[0].steps[2].percent: 120 is above 100',
    });
  });

  test('a re-run for the same sha updates the run instead of creating a second', async () => {
    const gh = client();
    const a = await gh.createOrUpdateCheckRun('acme', 'shop', SHA, {
      status: 'in_progress',
      title: 'canary',
      summary: 'step 1',
    });
    const b = await gh.createOrUpdateCheckRun('acme', 'shop', SHA, {
      status: 'completed',
      conclusion: 'success',
      title: 'canary passed',
      summary: 'all stages passed',
      text: 'details',
    });
    expect(b).toMatchObject({ id: a.id, action: 'updated' });
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(fake.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(fake.state.checkRuns[0].output).toMatchObject({ title: 'canary passed', text: 'details' });
    // another sha gets its own run
    await gh.createOrUpdateCheckRun('acme', 'shop', 'f'.repeat(40), {
      status: 'completed',
      conclusion: 'neutral',
      title: 't',
      summary: 's',
    });
    expect(fake.state.checkRuns.map((r) => r.conclusion)).toEqual(['success', 'neutral']);
  });

  test('more than 50 annotations go in batches of 50 (GitHub answers 422 above that)', async () => {
    const many: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: 'traffic-policy.yaml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure',
      message: `problem ${i}`,
    }));
    await client().createOrUpdateCheckRun('acme', 'shop', SHA, {
      status: 'completed',
      conclusion: 'failure',
      title: 'invalid',
      summary: '120 errors',
      annotations: many,
    });
    const sizes = writes().map(
      (r) => ((r.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length,
    );
    expect(sizes).toEqual([50, 50, 20]);
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(fake.state.checkRuns[0].annotations.map((a) => a.message)).toEqual(many.map((a) => a.message));
    expect(fake.state.checkRuns[0].conclusion).toBe('failure');
  });

  test('the fake itself rejects 51 annotations in one request with 422, like GitHub', async () => {
    const res = await fetch(`${fake.url}/repos/acme/shop/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'x',
        head_sha: SHA,
        output: {
          title: 't',
          summary: 's',
          annotations: Array.from({ length: 51 }, () => ({
            path: 'p',
            start_line: 1,
            end_line: 1,
            annotation_level: 'failure',
            message: 'm',
          })),
        },
      }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ message: 'only 50 annotations can be sent per request' }],
    });
    expect(fake.state.checkRuns).toHaveLength(0);
  });

  test('no checks: write permission is the permission kind', async () => {
    fake.faults.add({ route: 'POST /repos/:owner/:repo/check-runs', kind: 'not-accessible' });
    const err = await client()
      .createOrUpdateCheckRun('acme', 'shop', SHA, {
        status: 'completed',
        conclusion: 'success',
        title: 't',
        summary: 's',
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'permission', status: 403 });
    expect((err as Error).message).toMatch(/checks: write/);
  });
});

describe('notes and the PR of a commit', () => {
  test('findPrForCommit prefers the PR whose merge commit it is', async () => {
    const gh = client();
    expect(await gh.findPrForCommit('acme', 'shop', '9b8e7f1c2d3a4b5c6d7e8f90a1b2c3d4e5f6a7b8')).toBe(42);
    expect(await gh.findPrForCommit('acme', 'shop', 'a'.repeat(40))).toBe(51);
    expect(await gh.findPrForCommit('acme', 'shop', 'b'.repeat(40))).toBeNull();
  });

  test('a note with a marker is posted once however often the run repeats', async () => {
    const gh = client();
    const note = renderNote('promote', {
      policyFile: 'traffic-policy.yaml',
      commit: SHA,
      services: [{ name: 'checkout', target: 'checkout-00042-abc' }],
    });
    const a = await gh.postNote('acme', 'shop', 42, note);
    const b = await gh.postNote('acme', 'shop', 42, note);
    expect([a.action, b.action]).toEqual(['created', 'unchanged']);
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0].body.startsWith(noteMarker('promote', 'traffic-policy.yaml', SHA))).toBe(
      true,
    );
  });

  test('a note without a marker is a plain new comment', async () => {
    const gh = client();
    await gh.postNote('acme', 'shop', 42, 'hello');
    await gh.postNote('acme', 'shop', 42, 'hello');
    expect(fake.state.comments).toHaveLength(2);
  });
});

describe('the fake speaks GitHub REST', () => {
  const get = (path: string, token = TOKEN) =>
    fetch(`${fake.url}${path}`, { headers: { authorization: `token ${token}` } });

  test('GET /repos/{o}/{r} with the default branch; other repos and routes are 404', async () => {
    const repo = await get('/repos/acme/shop');
    expect(repo.status).toBe(200);
    expect(repo.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(await repo.json()).toMatchObject({ full_name: 'acme/shop', default_branch: 'main' });
    expect((await get('/repos/acme/other')).status).toBe(404);
    expect(await (await get('/repos/acme/shop/nothing-here')).json()).toMatchObject({ message: 'Not Found' });
    expect((await get('/repos/acme/shop', 'nope')).status).toBe(401);
  });

  test('comment lists carry Link headers with next and last', async () => {
    await fake.stop();
    fake = await startGitHubFake({
      token: TOKEN,
      comments: Array.from({ length: 5 }, (_, i) => ({ issue_number: 3, body: `c${i}` })),
    });
    const res = await get('/repos/acme/shop/issues/3/comments?per_page=2&page=2');
    expect(((await res.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c2', 'c3']);
    const link = res.headers.get('link') ?? '';
    expect(link).toContain(`<${fake.url}/repos/acme/shop/issues/3/comments?per_page=2&page=3>; rel="next"`);
    expect(link).toContain('page=3>; rel="last"');
    expect(link).toContain('page=1>; rel="prev"');
  });

  test('a completed check run needs a conclusion (422)', async () => {
    const res = await fetch(`${fake.url}/repos/acme/shop/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}` },
      body: JSON.stringify({ name: 'x', head_sha: SHA, status: 'completed' }),
    });
    expect(res.status).toBe(422);
  });
});
