// Cold start, side by side in one interleaved run: `node dist/index.js` as the Actions runner runs
// it on a pull request in plan mode (1) until its first request to GITHUB_API_URL and (2) to its
// exit against the GitHub REST fake (the whole plan run), next to a minimal `@actions/core` action
// bundled by ncc the same way; and (3) `canary-relay validate` of the example policy next to
// `node -e 0`, wall time and CPU (user + sys, from bash's `times`), with the floor under it: the
// yaml library alone parsing the same file, bundled the same way, and `canary-relay --version`
// (validate's chunks loaded, nothing run) to split our part into loading and running. Plus bundle sizes.
// Goals: first API call ≤ 1.5× the minimal action; validate ≤ 2.5× the CPU of `node -e 0`.
// Everything talks to 127.0.0.1 only.
// Run alone: npm run bench:start   (BENCH_COLD_RUNS, BENCH_REBUILD=1 to tune)
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, now, percentile, runChild, textTable, type Table } from './util.js';
import { startGitHubFake, type GitHubFake } from '../../__tests__/support/github-fake.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const MINIMAL_SRC = join(HERE, 'fixtures', 'minimal-action', 'index.mjs');
const YAML_FLOOR_SRC = join(HERE, 'fixtures', 'yaml-floor', 'index.mjs');
export const COLD_TARGET = 1.5;
export const VALIDATE_CPU_TARGET = 2.5;
const TOKEN = 'ghs_bench_token';

type Outcome = 'request' | 'exit' | 'timeout';

interface RunResult {
  ms: number;
  /** user + sys CPU ms of the node process (subjects with `cpu`) */
  cpuMs?: number;
  outcome: Outcome;
  code: number | null;
  /** the first request's method and path, or why it exited (the last ::error:: / stderr line) */
  detail: string;
}

interface Subject {
  name: string;
  args: string[];
  /** `request`: stop at the first request to the probe API; `exit`: run to exit against the fake */
  until: 'request' | 'exit';
  /** measure CPU too (runs under bash for its `times`) */
  cpu?: boolean;
  /** the bundle's output directory, for sizes */
  bundleDir?: string;
  results: RunResult[];
}

/** Records the first request of the run in flight; runs are sequential, so no routing is needed. */
class ApiServer {
  private server: Server = createServer();
  private waiting: ((t: number, what: string) => void) | undefined;
  port = 0;
  stray: string[] = [];

  async start(): Promise<void> {
    this.server.on('request', (req, res) => {
      const t = now();
      const what = `${req.method} ${req.url}`;
      if (this.waiting) this.waiting(t, what);
      else this.stray.push(what);
      this.waiting = undefined;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  expect(cb: (t: number, what: string) => void): void {
    this.waiting = cb;
  }

  clear(): void {
    this.waiting = undefined;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A loopback port with nothing listening: endpoints we must never reach elsewhere point here. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** A one-line reason from a child's output: an ::error:: line, a compiler error, or the last line. */
function reasonFrom(stdout: string, stderr: string): string {
  const lines = `${stdout}\n${stderr}`.split('\n').map((l) => l.trim());
  const error = lines.filter((l) => l.startsWith('::error')).pop();
  const compile = lines.findIndex((l) => /ERROR in |^Error: /.test(l));
  const text =
    error ??
    (compile >= 0
      ? `${lines[compile]} ${lines[compile + 1] ?? ''}`
      : lines.filter((l) => l.length > 0).pop()) ??
    '';
  return text
    .replace(/^::error[^:]*::/, '')
    .split('%0A')[0]
    .slice(0, 200);
}

/** bash's `times`: the last line is the children's user and sys time ("0m0.123s 0m0.020s"). */
function childCpuMs(stdout: string): number | undefined {
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(stdout);
  return m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : undefined;
}

/** One cold start: spawn, wait for the first API request or the exit, always reap the child. */
function runOnce(subject: Subject, env: NodeJS.ProcessEnv, api: ApiServer, cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let first: { t: number; what: string } | undefined;
    let exitAt = 0;
    const [cmd, args] = subject.cpu
      ? ['bash', ['-c', '"$@"; code=$?; times; exit $code', 'bench', process.execPath, ...subject.args]]
      : [process.execPath, subject.args];
    const t0 = now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (subject.until === 'request')
      api.expect((t, what) => {
        first = { t, what };
        // measured: stop it here so nothing it does next can reach anything
        child.kill('SIGKILL');
      });
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', () => (exitAt = now()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      api.clear();
      const cpuMs = subject.cpu ? childCpuMs(stdout) : undefined;
      if (first) resolve({ ms: first.t - t0, outcome: 'request', code, detail: first.what });
      else if (exitAt - t0 >= 30_000)
        resolve({ ms: exitAt - t0, outcome: 'timeout', code, detail: 'killed after 30 s' });
      else resolve({ ms: exitAt - t0, cpuMs, outcome: 'exit', code, detail: reasonFrom(stdout, stderr) });
    });
  });
}

/**
 * The runner's view of a pull request that changes the image: a git workspace with the example
 * policy at the base commit and a new image digest at the head, the event payload, command files.
 */
function runnerEnv(dir: string, apiPort: number, deadPort: number): NodeJS.ProcessEnv {
  const ws = join(dir, 'workspace');
  execFileSync('mkdir', ['-p', ws]);
  const example = readFileSync(join(ROOT, 'fixtures', 'policies', 'valid', 'example.yaml'), 'utf8');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: ws,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  writeFileSync(join(ws, 'traffic-policy.yaml'), example);
  git('add', '-A');
  git('commit', '-q', '-m', 'policy');
  const base = git('rev-parse', 'HEAD');
  writeFileSync(
    join(ws, 'traffic-policy.yaml'),
    example.replace(/@sha256:[0-9a-f]{64}/, `@sha256:${'a'.repeat(64)}`),
  );
  git('commit', '-q', '-am', 'new image');
  const head = git('rev-parse', 'HEAD');
  const repo = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main' };
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 42,
      pull_request: {
        number: 42,
        state: 'open',
        merged: false,
        head: { sha: head, ref: 'new-image', repo },
        base: { sha: base, ref: 'main', repo },
        user: { login: 'octocat' },
      },
      repository: repo,
      sender: { login: 'octocat' },
    }),
  );
  const api = `http://127.0.0.1:${apiPort}`;
  const dead = `http://127.0.0.1:${deadPort}`;
  return {
    PATH: process.env.PATH,
    HOME: dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: api,
    GITHUB_GRAPHQL_URL: `${api}/graphql`,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: head,
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_REF_NAME: '42/merge',
    GITHUB_HEAD_REF: 'new-image',
    GITHUB_BASE_REF: 'main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'canary',
    GITHUB_JOB: 'canary',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_ACTION: 'canary-relay',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    INPUT_POLICY: 'traffic-policy.yaml',
    INPUT_MODE: 'plan',
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_WAIT: 'false',
    // Google endpoints and the metadata server point at a closed loopback port: nothing leaves.
    'INPUT_CLOUD-RUN-ENDPOINT': dead,
    'INPUT_MONITORING-ENDPOINT': dead,
    GCE_METADATA_HOST: `127.0.0.1:${deadPort}`,
    METADATA_SERVER_DETECTION: 'none',
  };
}

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath ?? e.path, e.name)).size;
  }
  return { files, bytes };
}

/** ncc-bundles `src` (an .mjs) into `out` as index.js beside a `"type": "module"` package.json. */
async function buildWithNcc(src: string, out: string, what: string): Promise<void> {
  const ncc = join(ROOT, 'node_modules', '.bin', 'ncc');
  const res = await runChild(ncc, ['build', src, '-o', out, '-q'], { cwd: ROOT, timeoutMs: 120_000 });
  if (res.code !== 0) throw new Error(`ncc build of ${what} failed: ${reasonFrom(res.stdout, res.stderr)}`);
  // ncc names the output after the .mjs entry; lay it out like dist/ (index.js + type module)
  copyFileSync(join(out, 'index.mjs'), join(out, 'index.js'));
  rmSync(join(out, 'index.mjs'));
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
}

/**
 * The bundle to measure: BENCH_BUNDLE (a path to an index.js) if set; else dist/index.js; else
 * (missing, or BENCH_REBUILD=1) a fresh build of the working tree by scripts/bundle.mjs.
 */
async function ourBundle(tmp: string, log: (l: string) => void): Promise<{ dir: string; origin: string }> {
  const given = process.env.BENCH_BUNDLE;
  if (given) {
    if (!existsSync(given))
      throw new Error(`BENCH_BUNDLE=${given} does not exist; point it at a bundled index.js`);
    return { dir: dirname(given), origin: `${given} (BENCH_BUNDLE)` };
  }
  const dist = join(ROOT, 'dist');
  if (existsSync(join(dist, 'index.js')) && process.env.BENCH_REBUILD !== '1') {
    return { dir: dist, origin: 'dist/index.js as committed' };
  }
  const out = join(tmp, 'ours');
  log('cold start: building the action bundle from the working tree (scripts/bundle.mjs)...');
  const res = await runChild(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), '--out', out], {
    cwd: ROOT,
    timeoutMs: 180_000,
  });
  if (res.code !== 0 || !existsSync(join(out, 'index.js'))) {
    throw new Error(
      `dist/index.js is missing and scripts/bundle.mjs failed: ${reasonFrom(res.stdout, res.stderr)}`,
    );
  }
  const why = process.env.BENCH_REBUILD === '1' ? 'BENCH_REBUILD=1' : 'dist/index.js is missing';
  return { dir: out, origin: `built from the working tree by scripts/bundle.mjs (${why})` };
}

function summarise(s: Subject): {
  outcome: string;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  cpuMs?: number;
} {
  const ms = s.results.map((r) => r.ms);
  const counts = new Map<Outcome, number>();
  for (const r of s.results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const label = { request: 'first API request', exit: 'exit', timeout: 'TIMEOUT' } as const;
  const outcome = [...counts]
    .map(([o, c]) => (c === s.results.length ? label[o] : `${label[o]} ${c}/${s.results.length}`))
    .join(', ');
  const cpu = s.results.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
  return {
    outcome,
    medianMs: median(ms),
    p90Ms: percentile(ms, 90),
    minMs: Math.min(...ms),
    ...(cpu.length ? { cpuMs: median(cpu) } : {}),
  };
}

/** A ratio row: ours against its baseline, with the goal when there is one. */
function ratioRow(
  measure: string,
  ours: number,
  baseline: string,
  base: number,
  goal?: number,
): Table['rows'][number] {
  const ratio = ours / base;
  return {
    measure,
    'ours ms': ours,
    baseline,
    'baseline ms': base,
    ratio,
    goal: goal === undefined ? '—' : `≤ ${goal}× → ${ratio <= goal ? 'PASS' : 'FAIL'}`,
  };
}

export async function benchColdStart(
  opts: { runs?: number; log?: (line: string) => void } = {},
): Promise<Table[]> {
  const runs = opts.runs ?? Number(process.env.BENCH_COLD_RUNS ?? 15);
  const log = opts.log ?? (() => undefined);
  const tmp = mkdtempSync(join(tmpdir(), 'cr-bench-cold-'));
  const api = new ApiServer();
  let fake: GitHubFake | undefined;
  try {
    await api.start();
    fake = await startGitHubFake({ token: TOKEN });
    const minimalDir = join(tmp, 'minimal');
    await buildWithNcc(MINIMAL_SRC, minimalDir, 'the minimal action');
    const floorDir = join(tmp, 'yaml-floor');
    await buildWithNcc(YAML_FLOOR_SRC, floorDir, 'the yaml floor');
    const b = await ourBundle(tmp, log);
    const ourIndex = join(b.dir, 'index.js');
    const minimalIndex = join(minimalDir, 'index.js');
    const bare: Subject = { name: 'node -e 0', args: ['-e', '0'], until: 'exit', cpu: true, results: [] };
    const minimal: Subject = {
      name: 'minimal @actions/core action',
      args: [minimalIndex],
      bundleDir: minimalDir,
      until: 'request',
      results: [],
    };
    const minimalRun: Subject = {
      name: 'minimal @actions/core action, whole run',
      args: [minimalIndex],
      until: 'exit',
      results: [],
    };
    const ours: Subject = {
      name: 'canary-relay plan (node dist/index.js)',
      args: [ourIndex],
      bundleDir: b.dir,
      until: 'request',
      results: [],
    };
    const oursRun: Subject = {
      name: 'canary-relay plan, whole run',
      args: [ourIndex],
      until: 'exit',
      results: [],
    };
    const validate: Subject = {
      name: 'canary-relay validate example.yaml',
      args: [ourIndex, 'validate', 'traffic-policy.yaml'],
      until: 'exit',
      cpu: true,
      results: [],
    };
    // the same chunks as validate (the CLI's entry loads them for any command), nothing checked:
    // splits validate's CPU into loading our code and running it
    const loadOnly: Subject = {
      name: "canary-relay --version (validate's code loaded, nothing run)",
      args: [ourIndex, '--version'],
      until: 'exit',
      cpu: true,
      results: [],
    };
    const yamlFloor: Subject = {
      name: 'yaml parse of the same file alone (ncc bundle)',
      args: [join(floorDir, 'index.js'), 'traffic-policy.yaml'],
      until: 'exit',
      cpu: true,
      results: [],
    };
    const subjects = [bare, minimal, minimalRun, ours, oursRun, validate, loadOnly, yamlFloor];
    const probeEnv = runnerEnv(tmp, api.port, await closedPort());
    const fakeEnv = {
      ...probeEnv,
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: fake.url,
      GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    };
    const cwd = probeEnv.GITHUB_WORKSPACE as string;
    const fresh = () => {
      for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH']) {
        writeFileSync(probeEnv[k] as string, '');
      }
    };
    // one uncounted round warms the page cache; then rounds rotate the order so no subject always
    // runs right after another one's teardown
    for (let round = -1; round < runs; round++) {
      for (let k = 0; k < subjects.length; k++) {
        const s = subjects[(k + Math.max(0, round)) % subjects.length];
        fresh();
        const r = await runOnce(s, s.until === 'exit' ? fakeEnv : probeEnv, api, cwd);
        if (round >= 0) s.results.push(r);
      }
    }
    const sum = new Map(subjects.map((s) => [s, summarise(s)] as const));
    const get = (s: Subject) => sum.get(s)!;
    const rows: Table['rows'] = subjects.map((s) => {
      const x = get(s);
      return {
        subject: s.name,
        'measured until': x.outcome,
        runs: s.results.length,
        'median ms': x.medianMs,
        'p90 ms': x.p90Ms,
        'min ms': x.minMs,
        'CPU ms': x.cpuMs ?? '—',
      };
    });
    const firstReq = ours.results.find((r) => r.outcome === 'request');
    const noReq = ours.results.filter((r) => r.outcome !== 'request');
    const runFailed = oursRun.results.find((r) => r.code !== 0);
    const valFailed = validate.results.find((r) => r.code !== 0);
    const floorFailed = yamlFloor.results.find((r) => r.code !== 0);
    const loadFailed = loadOnly.results.find((r) => r.code !== 0);
    const notes: string[] = [
      `${runs} interleaved runs each (one warm-up round not counted), node ${process.version}; ` +
        'env as the runner sets it for a pull_request (synchronize, new image digest) with INPUT_MODE=plan',
      '"first API request": spawn → the first HTTP request reaching GITHUB_API_URL (a probe that answers {}); ' +
        '"exit": spawn → exit, with GITHUB_API_URL on the GitHub REST fake; CPU: user + sys of node (bash `times`)',
      `ours: ${b.origin}`,
      ...(firstReq ? [`ours, first request: ${firstReq.detail}`] : []),
      ...(noReq.length
        ? [
            `ours made no API request in ${noReq.length} runs (code ${noReq[0].code}: ${noReq[0].detail || 'no message'})`,
          ]
        : []),
      `plan run: ${runFailed ? `exit ${runFailed.code}: ${runFailed.detail}` : `exit 0 (${oursRun.results[0]?.detail ?? ''})`}; ` +
        `the fake holds ${fake.state.checkRuns.length} check run(s), ${fake.state.comments.length} comment(s)`,
      `validate: ${valFailed ? `exit ${valFailed.code}: ${valFailed.detail}` : 'exit 0'}; ` +
        `--version: ${loadFailed ? `exit ${loadFailed.code}: ${loadFailed.detail}` : 'exit 0'}`,
      `yaml floor: ${floorFailed ? `exit ${floorFailed.code}: ${floorFailed.detail}` : 'exit 0'} ` +
        '(yaml parseAllDocuments with a LineCounter + toJS, as validate parses; no schema or checks)',
    ];
    const ratios: Table['rows'] = [
      ratioRow(
        'first API call',
        get(ours).medianMs,
        'minimal action, first call',
        get(minimal).medianMs,
        COLD_TARGET,
      ),
      ratioRow(
        'whole plan-mode run',
        get(oursRun).medianMs,
        'minimal action, whole run',
        get(minimalRun).medianMs,
      ),
      ratioRow(
        'validate, CPU',
        get(validate).cpuMs ?? NaN,
        'node -e 0, CPU',
        get(bare).cpuMs ?? NaN,
        VALIDATE_CPU_TARGET,
      ),
      ratioRow('validate, wall', get(validate).medianMs, 'node -e 0, wall', get(bare).medianMs),
      ratioRow(
        "validate's code loaded, nothing run (--version), CPU",
        get(loadOnly).cpuMs ?? NaN,
        'node -e 0, CPU',
        get(bare).cpuMs ?? NaN,
      ),
      ratioRow(
        'floor: yaml parse alone, CPU',
        get(yamlFloor).cpuMs ?? NaN,
        'node -e 0, CPU',
        get(bare).cpuMs ?? NaN,
      ),
    ];
    return [
      {
        title: 'Cold start: ratios',
        rows: ratios,
        notes: ['medians of the runs below; goals from issue 14'],
      },
      { title: 'Cold start: the runs', rows, notes },
      { title: 'Bundle size', rows: sizeRows([ours, minimal]), notes: bundleNotes() },
    ];
  } finally {
    await api.stop();
    await fake?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function sizeRows(subjects: Subject[]): Table['rows'] {
  const minimal = subjects[subjects.length - 1];
  const minIndex = statSync(join(minimal.bundleDir as string, 'index.js')).size;
  return subjects.map((s) => {
    const dir = s.bundleDir as string;
    const index = statSync(join(dir, 'index.js')).size;
    const all = dirBytes(dir);
    return {
      bundle: s.name,
      'index.js KiB': index / 1024,
      '× minimal': index / minIndex,
      files: all.files,
      'all files KiB': all.bytes / 1024,
    };
  });
}

function bundleNotes(): string[] {
  return ['all files: the whole bundle directory (licenses, protos, schema and other assets included)'];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchColdStart({ log: (l) => process.stderr.write(`${l}\n`) })
    .then((tables) => process.stdout.write(tables.map(textTable).join('\n\n') + '\n'))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
