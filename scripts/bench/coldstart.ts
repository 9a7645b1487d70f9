// Cold start: `node dist/index.js`, run as the Actions runner runs it, until its first request to
// GITHUB_API_URL (or its exit, when it makes none), next to `node -e 0` and a minimal
// `@actions/core` action bundled by ncc the same way, interleaved in one run. Plus bundle sizes.
// Target: ours within 2× of the minimal action. Everything talks to 127.0.0.1 only.
// Run alone: npx tsx scripts/bench/coldstart.ts   (BENCH_COLD_RUNS, BENCH_REBUILD=1 to tune)
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, median, now, percentile, runChild, textTable, type Table } from './util.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const MINIMAL_SRC = join(HERE, 'fixtures', 'minimal-action', 'index.mjs');
export const COLD_TARGET = 2;

type Outcome = 'request' | 'exit' | 'timeout';

interface RunResult {
  ms: number;
  outcome: Outcome;
  code: number | null;
  /** the first request's method and path, or why it exited (the last ::error:: / stderr line) */
  detail: string;
}

interface Subject {
  name: string;
  args: string[];
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

/** One cold start: spawn, wait for the first API request or the exit, always reap the child. */
function runOnce(subject: Subject, env: NodeJS.ProcessEnv, api: ApiServer, cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let first: { t: number; what: string } | undefined;
    let exitAt = 0;
    const t0 = now();
    const child = spawn(process.execPath, subject.args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      if (first) resolve({ ms: first.t - t0, outcome: 'request', code, detail: first.what });
      else if (exitAt - t0 >= 30_000)
        resolve({ ms: exitAt - t0, outcome: 'timeout', code, detail: 'killed after 30 s' });
      else resolve({ ms: exitAt - t0, outcome: 'exit', code, detail: reasonFrom(stdout, stderr) });
    });
  });
}

/** The runner's view: a git workspace holding the example policy, event payload, command files. */
function runnerEnv(dir: string, apiPort: number, deadPort: number): NodeJS.ProcessEnv {
  const ws = join(dir, 'workspace');
  execFileSync('mkdir', ['-p', ws]);
  const example = join(ROOT, 'fixtures', 'policies', 'valid', 'example.yaml');
  if (existsSync(example)) copyFileSync(example, join(ws, 'traffic-policy.yaml'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: ws,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'policy');
  const sha = git('rev-parse', 'HEAD');
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      inputs: { mode: 'plan' },
      ref: 'refs/heads/main',
      repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main' },
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
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
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
    'INPUT_GITHUB-TOKEN': 'x',
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

/** ncc-bundles the minimal action into `out` as index.js beside a `"type": "module"` package.json. */
async function buildMinimal(out: string): Promise<void> {
  const ncc = join(ROOT, 'node_modules', '.bin', 'ncc');
  const res = await runChild(ncc, ['build', MINIMAL_SRC, '-o', out, '-q'], { cwd: ROOT, timeoutMs: 120_000 });
  if (res.code !== 0)
    throw new Error(`ncc build of the minimal action failed: ${reasonFrom(res.stdout, res.stderr)}`);
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

function summarise(s: Subject): { outcome: string; medianMs: number; p90Ms: number; minMs: number } {
  const ms = s.results.map((r) => r.ms);
  const counts = new Map<Outcome, number>();
  for (const r of s.results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const label = { request: 'first API request', exit: 'exit', timeout: 'TIMEOUT' } as const;
  const outcome = [...counts]
    .map(([o, c]) => (c === s.results.length ? label[o] : `${label[o]} ${c}/${s.results.length}`))
    .join(', ');
  return { outcome, medianMs: median(ms), p90Ms: percentile(ms, 90), minMs: Math.min(...ms) };
}

export async function benchColdStart(
  opts: { runs?: number; log?: (line: string) => void } = {},
): Promise<Table[]> {
  const runs = opts.runs ?? Number(process.env.BENCH_COLD_RUNS ?? 15);
  const log = opts.log ?? (() => undefined);
  const tmp = mkdtempSync(join(tmpdir(), 'cr-bench-cold-'));
  const api = new ApiServer();
  try {
    await api.start();
    const minimalDir = join(tmp, 'minimal');
    await buildMinimal(minimalDir);
    let ours: Subject | undefined;
    let oursOrigin = '';
    let oursProblem = '';
    try {
      const b = await ourBundle(tmp, log);
      ours = {
        name: 'canary-relay (node dist/index.js)',
        args: [join(b.dir, 'index.js')],
        bundleDir: b.dir,
        results: [],
      };
      oursOrigin = b.origin;
    } catch (e) {
      oursProblem = e instanceof Error ? e.message : String(e);
    }
    const minimal: Subject = {
      name: 'minimal @actions/core action',
      args: [join(minimalDir, 'index.js')],
      bundleDir: minimalDir,
      results: [],
    };
    const bare: Subject = { name: 'node -e 0', args: ['-e', '0'], results: [] };
    // the CLI's `help` loads the same bundle and exits: the load cost alone, without the action's work
    const load: Subject | undefined = ours && {
      name: 'canary-relay load only (dist/index.js help)',
      args: [ours.args[0], 'help'],
      results: [],
    };
    const subjects = [bare, minimal, ...(ours && load ? [ours, load] : [])];
    const env = runnerEnv(tmp, api.port, await closedPort());
    const cwd = env.GITHUB_WORKSPACE as string;
    const fresh = () => {
      for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH']) {
        writeFileSync(env[k] as string, '');
      }
    };
    // one uncounted round warms the page cache; then rounds rotate the order so no subject always
    // runs right after another one's teardown
    for (let round = -1; round < runs; round++) {
      for (let k = 0; k < subjects.length; k++) {
        const s = subjects[(k + Math.max(0, round)) % subjects.length];
        fresh();
        const r = await runOnce(s, env, api, cwd);
        if (round >= 0) s.results.push(r);
      }
    }
    const min = summarise(minimal);
    const rows: Table['rows'] = subjects.map((s) => {
      const x = summarise(s);
      return {
        subject: s.name,
        'measured until': x.outcome,
        runs: s.results.length,
        'median ms': x.medianMs,
        'p90 ms': x.p90Ms,
        'min ms': x.minMs,
        '× minimal': x.medianMs / min.medianMs,
      };
    });
    const notes: string[] = [
      `${runs} interleaved runs each (one warm-up round not counted), node ${process.version}, ` +
        'env as the runner sets it (INPUT_MODE=plan, GITHUB_EVENT_NAME=workflow_dispatch, GITHUB_API_URL on loopback)',
      '"first API request": spawn → the first HTTP request reaching GITHUB_API_URL; "exit": spawn → process exit',
    ];
    if (ours) {
      const x = summarise(ours);
      const ratio = x.medianMs / min.medianMs;
      notes.push(`ours: ${oursOrigin}`);
      const firstReq = ours.results.find((r) => r.outcome === 'request');
      const firstExit = ours.results.find((r) => r.outcome !== 'request');
      if (firstReq) notes.push(`ours, first request: ${firstReq.detail}`);
      if (firstExit) {
        notes.push(
          `ours made no API request in ${ours.results.filter((r) => r.outcome !== 'request').length} runs; ` +
            `measured to exit (code ${firstExit.code}: ${firstExit.detail || 'no message'})`,
        );
      }
      if (load) {
        const l = summarise(load);
        notes.push(
          `of ours' ${fmt(x.medianMs)} ms, loading the bundle takes ${fmt(l.medianMs)} ms (help → exit); ` +
            `the rest, ${fmt(x.medianMs - l.medianMs)} ms, is the action's own work before its first call`,
        );
      }
      notes.push(
        `target: ours ≤ ${COLD_TARGET}× the minimal action (median): ${fmt(ratio)}× → ` +
          `${ratio <= COLD_TARGET ? 'PASS' : 'FAIL'}${firstReq ? '' : ' (to exit, not to a request)'}`,
      );
    } else {
      notes.push(`ours: not available (${oursProblem})`);
    }
    if (api.stray.length) notes.push(`requests outside a run: ${api.stray.slice(0, 3).join(', ')}`);
    return [
      { title: 'Cold start to the first API call', rows, notes },
      { title: 'Bundle size', rows: sizeRows([...(ours ? [ours] : []), minimal]), notes: bundleNotes(ours) },
    ];
  } finally {
    await api.stop();
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

function bundleNotes(ours: Subject | undefined): string[] {
  return ours
    ? ['all files: the whole bundle directory (licenses, protos, schema and other assets included)']
    : [];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchColdStart({ log: (l) => process.stderr.write(`${l}\n`) })
    .then((tables) => process.stdout.write(tables.map(textTable).join('\n\n') + '\n'))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
