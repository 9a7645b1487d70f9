// A whole canary-relay world on loopback, for the end-to-end test and the demo: a real git
// repository holding the scenario's commits, the Cloud Run API fake (gRPC), the GitHub REST fake,
// real HAProxy running the config rendered from the scenario's own policy (Cloud Run tag hosts
// pointed at local HTTPS backends), real Prometheus scraping HAProxy every second, and a traffic
// generator. `runAction` runs `node dist/index.js` exactly as the Actions runner does (INPUT_*,
// GITHUB_* variables, a webhook payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files).
//
//   const world = await startWorld();
//   const h = await world.history();          // base → PR → merge → revert (+ later PRs)
//   world.traffic.start();
//   const run = await world.runAction({ name: 'pr-42', event: 'pull_request', payload: world.prEvent(...), sha });
//   await world.stop();
//
// The canary and stable backends stand in for the `canary---` and `stable---` tag URLs whatever
// revision Cloud Run says they serve: in this fake world a "bad image" is the canary backend told
// to fail 5% of its requests (setCanary).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as https from 'node:https';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePolicyText } from '../../src/policy/index.js';
import type { Policy } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { cloudRunHost } from '../../src/render/urls.js';
import { startCloudRunFake, type CloudRunFake } from './cloudrun-fake.js';
import { startGitHubFake, type GitHubFake } from './github-fake.js';
import {
  freePort,
  makePki,
  removeDir,
  request,
  startHaproxy,
  tempDir,
  type Pki,
  type RunningHaproxy,
  writeMapFiles,
} from './haproxy.js';
import {
  startErrorBackend,
  startPrometheus,
  waitForValue,
  type RunningPrometheus,
  type TestBackend,
} from '../metrics/support/loopback.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist', 'index.js');
const EVENTS = join(ROOT, 'fixtures', 'events');

export const SERVICE = 'checkout';
export const HOST = 'shop.example.test';
export const TOKEN = 'ghs_fake_token';
export const IMAGES = {
  v1: 'us-docker.pkg.dev/acme/apps/checkout:v1',
  v2: 'us-docker.pkg.dev/acme/apps/checkout:v2',
  v3: 'us-docker.pkg.dev/acme/apps/checkout:v3',
};
/** the seeded stable revision (what serves v1 before the scenario starts) */
export const STABLE_REVISION = `${SERVICE}-00001-abc`;

const every = (k: number) => (n: number) => n % k === 0; // deterministic: exactly 1 in k fails
// A pass needs evidence that the canary is no worse than 1.75× stable: that takes errors on both
// sides, so the healthy pair answers 12.5% errors alike (a noisy but equal canary) and the bad one 50%.
export const BEHAVIOUR = { healthy: every(8), bad: every(2) } as const;

export interface WorldOptions {
  headerBakeS?: number;
  percentBakeS?: number;
  percent?: number;
  /** requests per second the generator sends through HAProxy */
  rps?: number;
  /** one request in `headerEvery` carries the canary header (the forced cohort) */
  headerEvery?: number;
  /** Cloud Run fake: ms until a new revision is ready */
  readyDelayMs?: number;
  /** a top-level `notify:` block appended to the policy (the demo's receivers) */
  notify?: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export interface RunOptions {
  /** a name for the files of this run (event payload, outputs) */
  name: string;
  event: string;
  payload: unknown;
  /** the commit the runner checked out (GITHUB_SHA; the workspace is at this commit) */
  sha: string;
  /** INPUT_* overrides (names as in action.yml); undefined removes one */
  inputs?: Record<string, string | undefined>;
  env?: Record<string, string | undefined>;
  /** every stdout line of the action as it comes */
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

export interface History {
  base: string;
  pr: string;
  merge: string;
  revert: string;
}

export interface Traffic {
  start(): void;
  stop(): Promise<void>;
  /** statuses seen since the world started, per backend name ('?' when the body named none) */
  seen: Record<string, Record<number, number>>;
}

export interface World {
  dir: string;
  workspace: string;
  pki: Pki;
  fake: CloudRunFake;
  github: GitHubFake;
  prom: RunningPrometheus;
  haproxy: RunningHaproxy;
  backends: { stable: TestBackend; canary: TestBackend };
  haproxyPort: number;
  smokeUrl: string;
  traffic: Traffic;
  /** the policy text with the given image (the same file in every commit but for the image) */
  policyText(image: string): string;
  policy(image: string): Policy;
  /** builds base → PR (new image) → merge → revert in the workspace repository */
  history(): Promise<History>;
  /** a commit on a new branch from `from` with this policy text; returns its sha */
  branchCommit(from: string, branch: string, text: string, message: string): string;
  git(...args: string[]): string;
  setCanary(behaviour: keyof typeof BEHAVIOUR): void;
  /** a real webhook payload from fixtures/events with its shas replaced by this repository's */
  payload(
    fixture: string,
    shas: Record<string, string>,
    patch?: (p: Record<string, unknown>) => void,
  ): unknown;
  prEvent(o: { pr: number; base: string; head: string; fixture?: string; branch?: string }): unknown;
  pushEvent(o: { before: string; after: string; revert?: boolean; pr?: number }): unknown;
  runAction(o: RunOptions): Promise<ActionRun>;
  /** registers the PR a commit belongs to (GitHub's "pull requests of a commit") */
  linkPr(sha: string, pr: number, merged: boolean): void;
  stop(): Promise<void>;
}

// The fixture payloads' shas, replaced by the scenario's real commits.
export const FIXTURE_SHA = {
  base: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  head: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
  merge: '9b8e7f1c2d3a4b5c6d7e8f90a1b2c3d4e5f6a7b8',
  revert: 'c0ffee5e1a2b3c4d5e6f708192a3b4c5d6e7f809',
};

/** An unsigned JWT-shaped stand-in for the ID token HAProxy sends to the private service. */
const DEMO_ID_TOKEN = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(
  JSON.stringify({ aud: 'https://checkout-123456789012.us-central1.run.app', exp: 4102444800 }),
).toString('base64url')}.ZGVtbw`;

function policyYaml(o: {
  dir: string;
  image: string;
  haproxyPort: number;
  runtimePort: number;
  promBind: string;
  promUrl: string;
  headerBakeS: number;
  percentBakeS: number;
  percent: number;
  notify?: string;
}): string {
  return `# canary-relay policy of the end-to-end world (loopback only)
version: 1
defaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }
haproxy:
  output: haproxy/haproxy.cfg
  bind: ["127.0.0.1:${o.haproxyPort}"]
  certificate: ${o.dir}/pki/site.pem
  redirect-http: false
  runtime-api: 127.0.0.1:${o.runtimePort}
  stats-socket: ${o.dir}/haproxy-admin.sock
  prometheus-bind: ${o.promBind}
  map-file: ${o.dir}/canary-relay.map
  ca-file: ${o.dir}/pki/ca.pem
  timeouts: { connect: 2s, client: 10s, server: 10s, tunnel: 1h }
  # HAProxy in production (issue 12): logs, client certificates, trusted proxies, HSTS, state, tokens
  log: stdout
  client-ca: ${o.dir}/pki/ca.pem
  client-verify: optional
  trusted-proxies: [10.0.0.0/8]
  hsts: 63072000
  hsts-include-subdomains: true
  server-state-file: ${o.dir}/haproxy.state
  token-map: ${o.dir}/tokens.map
split-at: haproxy
services:
  - name: ${SERVICE}
    hosts: [${HOST}, localhost]
    image: ${o.image}
    auth: id-token
    routing:
      header: { name: X-Canary, value: always, allow-from: [127.0.0.0/8] }
      sticky-cookie: cr_checkout
    health: { path: /health, interval: 20s, timeout: 15s, fall: 3, rise: 2, slowstart: 10s }
    steps:
      - { header-only: true, bake: ${o.headerBakeS}s }
      - { percent: ${o.percent}, bake: ${o.percentBakeS}s, max-bake: 90s }
    promote: on-merge
    analysis:
      source: prometheus
      prometheus: { url: "${o.promUrl}" }
      interval: 1s
      min-requests: 40
      alpha: 0.01
      metrics:
        - error-rate: { vs-baseline: true }
    smoke: { path: /health, requests: 5, expect-status: 200 }
${o.notify ?? ''}`;
}

/** Parses a GITHUB_OUTPUT file (`name<<DELIM … DELIM` blocks, as @actions/core writes them). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const end = lines.indexOf(m[2], i + 1);
      out[m[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}

function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.com',
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.com',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

function startTraffic(o: { port: number; ca: string; rps: number; headerEvery: number }): Traffic {
  const seen: Traffic['seen'] = {};
  let running: Promise<unknown> | null = null;
  let stopping = false;
  // keep-alive connections, but no cookie jar: every request is a fresh client drawing its bucket
  const agent = new https.Agent({ keepAlive: true, maxSockets: 8 });
  const workers = 4;
  const gapMs = (1000 * workers) / o.rps;
  let i = 0;
  const worker = async () => {
    while (!stopping) {
      const t0 = Date.now();
      const header = ++i % o.headerEvery === 0 ? { 'X-Canary': 'always' } : undefined;
      const a = await request(agent, o.port, HOST, { ca: o.ca, path: '/api', headers: header }).catch(() => ({
        status: 0,
        backend: undefined,
      }));
      const s = (seen[a.backend ?? '?'] ??= {});
      s[a.status] = (s[a.status] ?? 0) + 1;
      const wait = gapMs - (Date.now() - t0);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  };
  return {
    seen,
    start() {
      if (running) return;
      stopping = false;
      running = Promise.all(Array.from({ length: workers }, worker));
    },
    async stop() {
      stopping = true;
      await running;
      running = null;
      agent.destroy();
    },
  };
}

export async function startWorld(opts: WorldOptions = {}): Promise<World> {
  const dir = tempDir('cr-world-');
  const cleanup: (() => Promise<void> | void)[] = [() => removeDir(dir)];
  const stopAll = async () => {
    // take them all first: a run ending while this runs removes its own entry from `cleanup`
    for (const f of cleanup.splice(0).reverse()) await Promise.resolve(f()).catch(() => undefined);
  };
  try {
    return await build(dir, opts, cleanup, stopAll);
  } catch (e) {
    await stopAll();
    throw e;
  }
}

async function build(
  dir: string,
  opts: WorldOptions,
  cleanup: (() => Promise<void> | void)[],
  stopAll: () => Promise<void>,
): Promise<World> {
  const settings = {
    headerBakeS: opts.headerBakeS ?? 3,
    percentBakeS: opts.percentBakeS ?? 8,
    percent: opts.percent ?? 50,
    ...(opts.notify ? { notify: opts.notify } : {}),
  };
  const probe = policyYaml({
    dir,
    image: IMAGES.v1,
    haproxyPort: 1,
    runtimePort: 2,
    promBind: '127.0.0.1:3',
    promUrl: 'http://127.0.0.1:4',
    ...settings,
  });
  const shape = validatePolicyText(probe, 'traffic-policy.yaml');
  if (!shape.ok) throw new Error(`the world's policy is invalid: ${JSON.stringify(shape.errors)}`);
  const svc = shape.policy.services[0];

  mkdirSync(join(dir, 'pki'));
  const pki = makePki(join(dir, 'pki'), [
    HOST,
    'localhost',
    cloudRunHost(svc, 'stable'),
    cloudRunHost(svc, 'canary'),
  ]);
  const tls = { cert: pki.leafCert, key: pki.leafKey };
  const stable = await startErrorBackend('stable', BEHAVIOUR.healthy, tls);
  cleanup.push(() => stable.close());
  const canary = await startErrorBackend('canary', BEHAVIOUR.healthy, tls);
  cleanup.push(() => canary.close());

  const haproxyPort = await freePort();
  const runtimePort = await freePort();
  const promBind = `127.0.0.1:${await freePort()}`;
  const prom = await startPrometheus(dir, [promBind]);
  cleanup.push(() => prom.stop());

  const ports = { dir, haproxyPort, runtimePort, promBind, promUrl: prom.url, ...settings };
  const policyText = (image: string) => policyYaml({ ...ports, image });
  const policy = (image: string): Policy => {
    const r = validatePolicyText(policyText(image), 'traffic-policy.yaml');
    if (!r.ok) throw new Error(`the world's policy is invalid: ${JSON.stringify(r.errors)}`);
    return r.policy;
  };

  // HAProxy from the scenario's policy, with the tag hosts pointed at the local backends
  const p = policy(IMAGES.v1);
  writeMapFiles(p, 0, p.haproxy.mapFile);
  // auth: id-token needs a token in the map; the stand-in backends do not check it (the
  // metadata-server path of `canary-relay tokens` is proven in __tests__/cli/tokens.test.ts)
  writeFileSync(p.haproxy.tokenMap!, `${SERVICE} ${DEMO_ID_TOKEN}\n`, { mode: 0o600 });
  writeFileSync(p.haproxy.serverStateFile!, '1\n'); // no saved state yet (format version 1)
  const cfgFile = join(dir, 'haproxy-world.cfg');
  writeFileSync(
    cfgFile,
    renderHaproxy(p, {
      step: 0,
      offline: true,
      overrides: {
        serverAddress: {
          [cloudRunHost(svc, 'stable')]: stable.address,
          [cloudRunHost(svc, 'canary')]: canary.address,
        },
        checkIntervalMs: 500,
      },
    }),
  );
  const haproxy = await startHaproxy(cfgFile, haproxyPort);
  cleanup.push(() => haproxy.stop());
  await waitForValue(prom.url, 'count(haproxy_backend_http_requests_total)', (v) => v >= 2);

  const fake = await startCloudRunFake({ readyDelayMs: opts.readyDelayMs ?? 300, lroDelayMs: 20 });
  cleanup.push(() => fake.stop());
  fake.seedService({ name: SERVICE, image: IMAGES.v1, revision: STABLE_REVISION });

  const pullsForCommit: Record<string, { number: number; merged?: boolean; merge_commit_sha?: string }[]> =
    {};
  const github = await startGitHubFake({ token: TOKEN, owner: 'acme', repo: 'shop', pullsForCommit });
  cleanup.push(() => github.stop());

  const traffic = startTraffic({
    port: haproxyPort,
    ca: pki.caPem,
    rps: opts.rps ?? 150,
    headerEvery: opts.headerEvery ?? 4,
  });
  cleanup.splice(1, 0, () => traffic.stop()); // stopped before the servers it talks to

  const workspace = join(dir, 'repo');
  mkdirSync(workspace);
  const g = (...args: string[]) => git(workspace, args);
  g('init', '-q', '-b', 'main');
  const policyFile = join(workspace, 'traffic-policy.yaml');
  const commitPolicy = (text: string, message: string) => {
    writeFileSync(policyFile, text);
    g('add', 'traffic-policy.yaml');
    g('commit', '-q', '-m', message);
    return g('rev-parse', 'HEAD');
  };
  const branchCommit = (from: string, branch: string, text: string, message: string) => {
    g('checkout', '-q', '-B', branch, from);
    return commitPolicy(text, message);
  };

  let runNo = 0;
  const world: World = {
    dir,
    workspace,
    pki,
    fake,
    github,
    prom,
    haproxy,
    backends: { stable, canary },
    haproxyPort,
    smokeUrl: `https://localhost:${haproxyPort}`,
    traffic,
    policyText,
    policy,
    git: g,
    branchCommit,
    async history() {
      writeFileSync(join(workspace, 'README.md'), '# shop\n');
      g('add', 'README.md');
      const base = commitPolicy(policyText(IMAGES.v1), 'checkout: first release');
      const pr = branchCommit(
        base,
        'release-checkout',
        policyText(IMAGES.v2),
        'checkout: release 2025.05.21',
      );
      g('checkout', '-q', 'main');
      g('merge', '-q', '--no-ff', '-m', 'Merge pull request #42 from acme/release-checkout', pr);
      const merge = g('rev-parse', 'HEAD');
      g('revert', '--no-edit', '-m', '1', merge);
      const revert = g('rev-parse', 'HEAD');
      return { base, pr, merge, revert };
    },
    setCanary(behaviour) {
      canary.setFailure(BEHAVIOUR[behaviour]);
    },
    payload(fixture, shas, patch) {
      let text = readFileSync(join(EVENTS, fixture), 'utf8');
      for (const [from, to] of Object.entries(shas)) text = text.split(from).join(to);
      const p = JSON.parse(text) as Record<string, unknown>;
      patch?.(p);
      return p;
    },
    prEvent({ pr, base, head, fixture = 'pull_request.opened.json', branch }) {
      return world.payload(fixture, { [FIXTURE_SHA.base]: base, [FIXTURE_SHA.head]: head }, (p) => {
        const pull = p.pull_request as Record<string, unknown> & { head: { ref: string } };
        p.number = pr;
        pull.number = pr;
        if (branch) pull.head.ref = branch;
      });
    },
    pushEvent({ before, after, revert }) {
      const fixture = revert ? 'push.main.revert.json' : 'push.main.json';
      const from = revert ? FIXTURE_SHA.merge : FIXTURE_SHA.base;
      const to = revert ? FIXTURE_SHA.revert : FIXTURE_SHA.merge;
      const headMessage = git(workspace, ['log', '-1', '--format=%B', after]);
      return world.payload(fixture, { [from]: before, [to]: after }, (p) => {
        // the real commit's message (a revert names the real merge commit)
        (p.head_commit as { message: string }).message = headMessage;
        const commits = p.commits as { id: string; message: string }[];
        const last = commits[commits.length - 1];
        if (last) last.message = headMessage;
      });
    },
    linkPr(sha, pr, merged) {
      (pullsForCommit[sha] ??= []).push({ number: pr, merged, ...(merged ? { merge_commit_sha: sha } : {}) });
    },
    async runAction(o) {
      if (!cleanup.length) throw new Error('the world was stopped: no more runs');
      const n = ++runNo;
      const runDir = join(dir, 'runs', `${String(n).padStart(2, '0')}-${o.name}`);
      mkdirSync(runDir, { recursive: true });
      g('checkout', '-q', '--detach', o.sha);
      const eventPath = join(runDir, 'event.json');
      writeFileSync(eventPath, JSON.stringify(o.payload, null, 2));
      const outputFile = join(runDir, 'output');
      const summaryFile = join(runDir, 'summary.md');
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const inputs: Record<string, string | undefined> = {
        policy: 'traffic-policy.yaml',
        mode: 'auto',
        'github-token': TOKEN,
        wait: 'true',
        'dry-run': 'false',
        force: 'false',
        'cloud-run-endpoint': fake.endpoint,
        'monitoring-endpoint': '',
        'smoke-url': world.smokeUrl,
        ...o.inputs,
      };
      const unusedPort = await freePort();
      // a clean environment, as on a runner: nothing from this process (NODE_OPTIONS, GOOGLE_*, GITHUB_*)
      const env: Record<string, string | undefined> = {
        PATH: process.env.PATH,
        HOME: dir,
        LANG: 'C.UTF-8',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: o.event,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA: o.sha,
        GITHUB_REF: o.event === 'push' ? 'refs/heads/main' : 'refs/pull/0/merge',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
        GITHUB_RUN_ID: String(9_000_000 + n),
        GITHUB_RUN_NUMBER: String(n),
        GITHUB_JOB: 'canary',
        GITHUB_WORKFLOW: 'canary-relay',
        GITHUB_ACTOR: 'octocat',
        RUNNER_TEMP: runDir,
        RUNNER_OS: 'Linux',
        NODE_EXTRA_CA_CERTS: pki.caFile,
        // no Google call may leave loopback: the metadata server is an unused local port
        GCE_METADATA_HOST: `127.0.0.1:${unusedPort}`,
        GCE_METADATA_IP: `127.0.0.1:${unusedPort}`,
        METADATA_SERVER_DETECTION: 'none',
        ...o.env,
      };
      for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
      for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
      const started = Date.now();
      const child: ChildProcess = spawn(process.execPath, [DIST], {
        cwd: workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let partial = '';
      child.stdout!.on('data', (d: Buffer) => {
        stdout += d.toString();
        partial += d.toString();
        const lines = partial.split('\n');
        partial = lines.pop() ?? '';
        for (const l of lines) o.onLine?.(l);
      });
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const timeoutMs = o.timeoutMs ?? 90_000;
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const kill = () => void child.kill('SIGKILL');
      cleanup.push(kill);
      const code = await new Promise<number>((res) => child.once('close', (c) => res(c ?? -1)));
      clearTimeout(timer);
      if (cleanup.includes(kill)) cleanup.splice(cleanup.indexOf(kill), 1);
      if (partial) o.onLine?.(partial);
      const run: ActionRun = {
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        ms: Date.now() - started,
      };
      writeFileSync(join(runDir, 'stdout.log'), stdout + (stderr ? `\n--- stderr ---\n${stderr}` : ''));
      if (Date.now() - started >= timeoutMs)
        throw new Error(`the action did not finish in ${timeoutMs} ms:\n${stdout}`);
      return run;
    },
    stop: stopAll,
  };
  return world;
}

/** Builds the bundle when dist/index.js is missing (the demo on a fresh checkout). */
export function ensureBundle(log: (line: string) => void = () => {}): void {
  if (existsSync(DIST)) return;
  log('dist/index.js is missing: building the bundle (npm run bundle, ~30 s)…');
  const r = spawnSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run bundle failed; see its output above');
}
