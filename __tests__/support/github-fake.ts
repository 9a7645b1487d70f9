// A GitHub REST fake on 127.0.0.1 for the endpoints canary-relay uses, with GitHub's response
// shapes, headers (Link pagination, x-ratelimit-*), validation and errors. Point the action at
// it with GITHUB_API_URL (or the adapter's baseUrl). Every request is recorded.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  author_association: string;
  /** the issue/PR number (not in GitHub's shape; for test assertions) */
  issue_number: number;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface FakeCheckRun {
  id: number;
  node_id: string;
  name: string;
  head_sha: string;
  external_id: string;
  url: string;
  html_url: string;
  details_url: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    annotations_count: number;
    annotations_url: string;
  };
  check_suite: { id: number };
  app: { id: number; slug: string; name: string };
  pull_requests: unknown[];
  /** every annotation received, across create and updates (GitHub appends them) */
  annotations: FakeAnnotation[];
}

export interface RecordedRequest {
  method: string;
  path: string; // without the query
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
  status: number;
}

export type FaultKind =
  | 'bad-credentials'
  | 'not-accessible'
  | 'not-found'
  | 'secondary-rate-limit'
  | 'rate-limit'
  | 'server-error'
  | 'validation';

export interface FaultRule {
  /** "METHOD /path" with :params, e.g. "POST /repos/:owner/:repo/check-runs"; omitted: any */
  route?: string;
  kind: FaultKind;
  /** how many matching requests fail before the rule is spent (default 1; Infinity for always) */
  times?: number;
  /** seconds for retry-after (secondary) or until x-ratelimit-reset (primary); default 1 */
  retryAfter?: number;
}

export interface GitHubFakeOptions {
  /** the only token accepted (default "ghs_fake_token") */
  token?: string;
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** PRs associated with a commit: GET /repos/{o}/{r}/commits/{sha}/pulls */
  pullsForCommit?: Record<
    string,
    { number: number; merged?: boolean; merge_commit_sha?: string; state?: string }[]
  >;
  /** false: every write answers 403 "Resource not accessible by integration" (a read-only token) */
  canWrite?: boolean;
  /** comments already on issues, e.g. other bots' comments to page through */
  comments?: { issue_number: number; body: string; login?: string }[];
}

/** Pause/approval facts (mutable during a test): label events, reviews, repository roles. */
export interface FakeControls {
  events: {
    issue: number;
    event: 'labeled' | 'unlabeled';
    label: string;
    actor: string;
    created_at: string;
  }[];
  reviews: { pr: number; user: string; state: string; submitted_at: string }[];
  /** role_name per login (admin, maintain, write, triage, read); anyone else has none */
  roles: Record<string, string>;
}

export interface GitHubFake {
  url: string;
  controls: FakeControls;
  state: { comments: FakeComment[]; checkRuns: FakeCheckRun[]; requests: RecordedRequest[] };
  faults: { add(rule: FaultRule): void; clear(): void; rules: FaultRule[] };
  /** change write access at runtime (a token without `pull-requests: write`, say) */
  setCanWrite(v: boolean): void;
  stop(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

const notFound = () => new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });

function faultError(rule: FaultRule, now: number): HttpError {
  const after = rule.retryAfter ?? 1;
  switch (rule.kind) {
    case 'bad-credentials':
      return new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    case 'not-accessible':
      return new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: DOCS,
        status: '403',
      });
    case 'not-found':
      return notFound();
    case 'secondary-rate-limit':
      return new HttpError(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you ' +
            'reach out to GitHub Support for help, please include the request ID 0400:1A2B:3C4D:5E6F:7A8B.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': String(after) },
      );
    case 'rate-limit':
      return new HttpError(
        403,
        {
          message: 'API rate limit exceeded for installation ID 12345678.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(now / 1000) + after) },
      );
    case 'server-error':
      return new HttpError(502, { message: 'Server Error' });
    case 'validation':
      return validationFailed('CheckRun', 'output', 'output is invalid (injected fault)');
  }
}

/** Matches "/repos/:owner/:repo/x" against a path; returns the params or null. */
function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const a = path.split('/');
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(a[i]);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
  }
}

function validationFailed(resource: string, field: string, message: string): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', field, message }],
    documentation_url: DOCS,
    status: '422',
  });
}

function validateAnnotations(list: unknown): FakeAnnotation[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw validationFailed('CheckRun', 'annotations', 'annotations is not an array');
  // GitHub's limit: "only 50 annotations can be sent per request".
  if (list.length > 50)
    throw validationFailed('CheckRun', 'annotations', 'only 50 annotations can be sent per request');
  for (const a of list as FakeAnnotation[]) {
    for (const f of ['path', 'start_line', 'end_line', 'annotation_level', 'message'] as const) {
      if (a[f] === undefined) throw validationFailed('CheckRun', `annotations.${f}`, `${f} wasn't supplied`);
    }
    if (!['notice', 'warning', 'failure'].includes(a.annotation_level)) {
      throw validationFailed(
        'CheckRun',
        'annotation_level',
        `${a.annotation_level} is not a valid annotation_level`,
      );
    }
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      throw validationFailed(
        'CheckRun',
        'start_column',
        'start_column and end_column are only allowed when start_line and end_line are the same',
      );
    }
  }
  return list as FakeAnnotation[];
}

const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
];

export async function startGitHubFake(opts: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const token = opts.token ?? 'ghs_fake_token';
  const owner = opts.owner ?? 'acme';
  const repoName = opts.repo ?? 'shop';
  let canWrite = opts.canWrite ?? true;
  const state: GitHubFake['state'] = { comments: [], checkRuns: [], requests: [] };
  const rules: FaultRule[] = [];
  let nextId = 1000;
  let base = '';
  const iso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const api = (p: string) => `${base}/repos/${owner}/${repoName}${p}`;
  const web = (p: string) => `https://github.com/${owner}/${repoName}${p}`;

  function addComment(issue: number, body: string, user = BOT): FakeComment {
    const id = nextId++;
    const c: FakeComment = {
      id,
      node_id: `IC_kwDO${id}`,
      url: api(`/issues/comments/${id}`),
      html_url: web(`/pull/${issue}#issuecomment-${id}`),
      issue_url: api(`/issues/${issue}`),
      body,
      user,
      created_at: iso(),
      updated_at: iso(),
      author_association: user === BOT ? 'NONE' : 'MEMBER',
      issue_number: issue,
    };
    state.comments.push(c);
    return c;
  }
  for (const c of opts.comments ?? [])
    addComment(c.issue_number, c.body, c.login ? { login: c.login, id: 9, type: 'User' } : BOT);

  const publicComment = ({ issue_number: _n, ...c }: FakeComment) => c;
  const publicRun = ({ annotations: _a, ...r }: FakeCheckRun) => r;

  /** One page of a list, with GitHub's Link header. */
  function page<T>(
    items: T[],
    query: Record<string, string>,
    path: string,
  ): { body: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Math.max(Number(query.per_page) || 30, 1), 100);
    const pageNo = Math.max(Number(query.page) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number) => {
      const q = new URLSearchParams({ ...query, per_page: String(perPage), page: String(n) });
      return `<${base}${path}?${q}>`;
    };
    const rels: string[] = [];
    if (pageNo > 1) rels.push(`${link(pageNo - 1)}; rel="prev"`);
    if (pageNo < last) rels.push(`${link(pageNo + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (pageNo > 1) rels.push(`${link(1)}; rel="first"`);
    return {
      body: items.slice((pageNo - 1) * perPage, pageNo * perPage),
      headers: rels.length ? { link: rels.join(', ') } : {},
    };
  }

  function checkRunFrom(body: Record<string, unknown>, run: FakeCheckRun): void {
    const output = body.output as Record<string, unknown> | undefined;
    if (output) {
      if (typeof output.title !== 'string' || typeof output.summary !== 'string') {
        throw validationFailed('CheckRun', 'output', 'output requires a title and a summary');
      }
      const annotations = validateAnnotations(output.annotations);
      run.output.title = output.title;
      run.output.summary = output.summary;
      run.output.text = typeof output.text === 'string' ? output.text : run.output.text;
      run.annotations.push(...annotations);
      run.output.annotations_count = run.annotations.length;
    }
    if (body.status !== undefined) run.status = body.status as FakeCheckRun['status'];
    if (body.conclusion !== undefined) {
      if (!CONCLUSIONS.includes(String(body.conclusion))) {
        throw validationFailed('CheckRun', 'conclusion', `${body.conclusion} is not a valid conclusion`);
      }
      run.conclusion = body.conclusion as string;
      run.status = 'completed';
    }
    if (run.status === 'completed') {
      if (!run.conclusion)
        throw validationFailed('CheckRun', 'conclusion', 'conclusion is required when status is completed');
      run.completed_at = iso();
    }
    if (typeof body.name === 'string') run.name = body.name;
  }

  type Handler = (
    p: Record<string, string>,
    q: Record<string, string>,
    body: unknown,
    path: string,
  ) => { status: number; body: unknown; headers?: Record<string, string> };
  const writes = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
  const controls: FakeControls = { events: [], reviews: [], roles: {} };
  const user = (login: string) => ({ login, id: 5000 + login.length, type: 'User' });
  const routes: [string, string, Handler][] = [
    [
      'GET',
      '/repos/:owner/:repo/issues/:issue/events',
      (p, q, _b, path) => {
        const list = controls.events
          .filter((e) => e.issue === Number(p.issue))
          .map((e, i) => ({
            id: 9000 + i,
            event: e.event,
            actor: user(e.actor),
            label: { name: e.label, color: 'ededed' },
            created_at: e.created_at,
          }));
        const pg = page(list, q, path);
        return { status: 200, body: pg.body, headers: pg.headers };
      },
    ],
    [
      'GET',
      '/repos/:owner/:repo/pulls/:pr/reviews',
      (p, q, _b, path) => {
        const list = controls.reviews
          .filter((r) => r.pr === Number(p.pr))
          .map((r, i) => ({
            id: 8000 + i,
            user: user(r.user),
            state: r.state,
            submitted_at: r.submitted_at,
            body: '',
          }));
        const pg = page(list, q, path);
        return { status: 200, body: pg.body, headers: pg.headers };
      },
    ],
    [
      'GET',
      '/repos/:owner/:repo/collaborators/:user/permission',
      (p) => {
        const role = controls.roles[p.user] ?? 'none';
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        return { status: 200, body: { permission, role_name: role, user: user(p.user) } };
      },
    ],
    [
      'GET',
      '/repos/:owner/:repo',
      () => ({
        status: 200,
        body: {
          id: 701234567,
          name: repoName,
          full_name: `${owner}/${repoName}`,
          owner: { login: owner, id: 1342004, type: 'Organization' },
          private: false,
          html_url: `https://github.com/${owner}/${repoName}`,
          default_branch: opts.defaultBranch ?? 'main',
          permissions: { admin: false, maintain: false, push: canWrite, triage: canWrite, pull: true },
        },
      }),
    ],
    [
      'GET',
      '/repos/:owner/:repo/issues/:issue/comments',
      (p, q, _b, path) => {
        const mine = state.comments.filter((c) => c.issue_number === Number(p.issue)).map(publicComment);
        const pg = page(mine, q, path);
        return { status: 200, body: pg.body, headers: pg.headers };
      },
    ],
    [
      'POST',
      '/repos/:owner/:repo/issues/:issue/comments',
      (p, _q, b) => {
        const body = (b as { body?: unknown } | undefined)?.body;
        if (typeof body !== 'string' || !body)
          throw validationFailed('IssueComment', 'body', "body wasn't supplied");
        if (body.length > 65536)
          throw validationFailed('IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
        return { status: 201, body: publicComment(addComment(Number(p.issue), body)) };
      },
    ],
    [
      'PATCH',
      '/repos/:owner/:repo/issues/comments/:id',
      (p, _q, b) => {
        const c = state.comments.find((x) => x.id === Number(p.id));
        if (!c) throw notFound();
        const body = (b as { body?: unknown } | undefined)?.body;
        if (typeof body !== 'string' || !body)
          throw validationFailed('IssueComment', 'body', "body wasn't supplied");
        c.body = body;
        c.updated_at = iso();
        return { status: 200, body: publicComment(c) };
      },
    ],
    [
      'POST',
      '/repos/:owner/:repo/check-runs',
      (_p, _q, b) => {
        const body = (b ?? {}) as Record<string, unknown>;
        if (typeof body.name !== 'string') throw validationFailed('CheckRun', 'name', "name wasn't supplied");
        if (typeof body.head_sha !== 'string')
          throw validationFailed('CheckRun', 'head_sha', "head_sha wasn't supplied");
        const id = nextId++;
        const run: FakeCheckRun = {
          id,
          node_id: `CR_kwDO${id}`,
          name: body.name,
          head_sha: body.head_sha,
          external_id: String(body.external_id ?? ''),
          url: api(`/check-runs/${id}`),
          html_url: web(`/runs/${id}`),
          details_url: String(body.details_url ?? web(`/runs/${id}`)),
          status: 'queued',
          conclusion: null,
          started_at: String(body.started_at ?? iso()),
          completed_at: null,
          output: {
            title: null,
            summary: null,
            text: null,
            annotations_count: 0,
            annotations_url: api(`/check-runs/${id}/annotations`),
          },
          check_suite: { id: 5000 + id },
          app: APP,
          pull_requests: [],
          annotations: [],
        };
        checkRunFrom(body, run); // validates before the run exists
        state.checkRuns.push(run);
        return { status: 201, body: publicRun(run) };
      },
    ],
    [
      'PATCH',
      '/repos/:owner/:repo/check-runs/:id',
      (p, _q, b) => {
        const run = state.checkRuns.find((r) => r.id === Number(p.id));
        if (!run) throw notFound();
        // validate on a copy so a 422 leaves the run as it was
        const copy: FakeCheckRun = { ...run, output: { ...run.output }, annotations: [...run.annotations] };
        checkRunFrom((b ?? {}) as Record<string, unknown>, copy);
        Object.assign(run, copy);
        return { status: 200, body: publicRun(run) };
      },
    ],
    [
      'GET',
      '/repos/:owner/:repo/commits/:ref/check-runs',
      (p, q) => {
        const runs = state.checkRuns
          .filter((r) => r.head_sha === p.ref && (!q.check_name || r.name === q.check_name))
          .reverse(); // newest first, as GitHub lists them
        const perPage = Math.min(Number(q.per_page) || 30, 100);
        return {
          status: 200,
          body: { total_count: runs.length, check_runs: runs.slice(0, perPage).map(publicRun) },
        };
      },
    ],
    [
      'GET',
      '/repos/:owner/:repo/commits/:sha/pulls',
      (p) => {
        const prs = opts.pullsForCommit?.[p.sha] ?? [];
        return {
          status: 200,
          body: prs.map((pr) => ({
            url: api(`/pulls/${pr.number}`),
            id: 1934567000 + pr.number,
            number: pr.number,
            state: pr.state ?? (pr.merged ? 'closed' : 'open'),
            html_url: web(`/pull/${pr.number}`),
            merged_at: pr.merged ? iso() : null,
            merge_commit_sha: pr.merge_commit_sha ?? null,
            base: { ref: opts.defaultBranch ?? 'main' },
          })),
        };
      },
    ],
  ];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(u.searchParams);
    const rec: RecordedRequest = {
      method,
      path: u.pathname,
      query,
      authorization: req.headers.authorization,
      body: undefined,
      status: 0,
    };
    state.requests.push(rec);
    const now = Date.now();
    let status = 200;
    let body: unknown;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': `0400:${(nextId++).toString(16).toUpperCase()}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(now / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
    };
    try {
      rec.body = await readJson(req);
      const auth = req.headers.authorization ?? '';
      if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
        throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      }
      const route = routes.find(([m, pat]) => m === method && match(pat, u.pathname));
      if (!route) throw notFound();
      const params = match(route[1], u.pathname)!;
      if (params.owner !== owner || params.repo !== repoName) throw notFound();
      const rule = rules.find(
        (r) => !r.route || (r.route.split(' ')[0] === method && match(r.route.split(' ')[1], u.pathname)),
      );
      if (rule) {
        rule.times = (rule.times ?? 1) - 1;
        if (rule.times <= 0) rules.splice(rules.indexOf(rule), 1);
        throw faultError(rule, now);
      }
      if (writes.has(method) && !canWrite) {
        throw new HttpError(403, {
          message: 'Resource not accessible by integration',
          documentation_url: DOCS,
          status: '403',
        });
      }
      const out = route[2](params, query, rec.body, u.pathname);
      status = out.status;
      body = out.body;
      Object.assign(headers, out.headers ?? {});
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      status = e.status;
      body = e.body;
      Object.assign(headers, e.headers);
    }
    rec.status = status;
    res.writeHead(status, headers);
    res.end(JSON.stringify(body));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake crashed: ${(e as Error).message}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    controls,
    state,
    faults: {
      rules,
      add: (rule) => void rules.push({ ...rule }),
      clear: () => void rules.splice(0, rules.length),
    },
    setCanWrite: (v) => {
      canWrite = v;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
