// The action starts light (issue 14 point 6): on a runner, the bundle sends its first API call
// (the check in progress) having loaded only the GitHub libraries; yaml, the policy checks, the
// renderers, git and the Cloud Run clients load after it. A preload records, in the order Node
// loads them, the bundle's chunk files (module hooks post each URL to the main thread), and takes
// the list synchronously when the first HTTP request is created (undici's diagnostics channel) and
// again at exit. What each chunk holds is read from its text, so chunk numbers may change. The
// speed itself is measured by `npm run bench:start`.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { removeDir, tempDir } from '../support/haproxy.js';

const root = process.cwd();
const TOKEN = 'ghs_first_call';

const HOOKS = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`;
const PRELOAD = `
import { register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import dc from 'node:diagnostics_channel';
import { writeSync } from 'node:fs';
const { port1, port2 } = new MessageChannel();
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}), {
  data: { port: port2 }, transferList: [port2],
});
port1.unref();
const loaded = [];
const drain = () => { for (let m; (m = receiveMessageOnPort(port1)); ) loaded.push(m.message); return loaded; };
let first = false;
dc.subscribe('undici:request:create', () => {
  if (first) return;
  first = true;
  writeSync(2, '\\nFIRST-REQUEST ' + JSON.stringify(drain()) + '\\n');
});
process.on('exit', () => writeSync(2, '\\nAT-EXIT ' + JSON.stringify(drain()) + '\\n'));
`;

/** What a chunk of the bundle holds, told by text only that code has. */
const HOLDS: [string, string][] = [
  ['the GitHub client (@octokit/core)', 'CONCATENATED MODULE: ./node_modules/@octokit/core/'],
  ['the yaml library', 'YAMLParseError'],
  ['the policy checks', 'CONCATENATED MODULE: ./src/policy/validate.ts'],
  ['the HAProxy renderer', 'CONCATENATED MODULE: ./src/render/haproxy.ts'],
  ['the diff library', 'CONCATENATED MODULE: ./node_modules/diff/'],
  ['simple-git', 'CONCATENATED MODULE: ./node_modules/simple-git/'],
  ['the run (src/action/run.ts)', 'CONCATENATED MODULE: ./src/action/run.ts'],
  ['the Cloud Run client', 'google.cloud.run.v2'],
];

/** The contents of the bundle's files among `urls`, named by HOLDS. */
function contents(urls: string[]): string[] {
  const dist = join(root, 'dist');
  const texts = urls
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((p) => p.startsWith(dist))
    .map((p) => readFileSync(p, 'utf8'));
  return HOLDS.filter(([, mark]) => texts.some((t) => t.includes(mark))).map(([name]) => name);
}

/** A pull request that changes the example's image, as the runner presents it, in plan mode. */
function runnerEnv(dir: string, api: string): NodeJS.ProcessEnv {
  const ws = join(dir, 'workspace');
  const example = readFileSync(join(root, 'fixtures/policies/valid/example.yaml'), 'utf8');
  execFileSync('mkdir', ['-p', ws]);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
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
    example.replace(/@sha256:[0-9a-f]{64}/, `@sha256:${'b'.repeat(64)}`),
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
        head: { sha: head, ref: 'new-image', repo },
        base: { sha: base, ref: 'main', repo },
        user: { login: 'octocat' },
      },
      repository: repo,
    }),
  );
  const files = ['output', 'summary', 'state', 'env', 'path'].map((f) => join(dir, f));
  for (const f of files) writeFileSync(f, '');
  return {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: api,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: head,
    GITHUB_RUN_ID: '1',
    GITHUB_OUTPUT: files[0],
    GITHUB_STEP_SUMMARY: files[1],
    GITHUB_STATE: files[2],
    GITHUB_ENV: files[3],
    GITHUB_PATH: files[4],
    RUNNER_TEMP: dir,
    INPUT_POLICY: 'traffic-policy.yaml',
    INPUT_MODE: 'plan',
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_WAIT: 'false',
  };
}

function run(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(PRELOAD)}`, join(root, 'dist/index.js')],
      { cwd: env.GITHUB_WORKSPACE, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const listAfter = (stderr: string, tag: string): string[] => {
  const line = stderr.split('\n').find((l) => l.startsWith(`${tag} `));
  return line ? (JSON.parse(line.slice(tag.length + 1)) as string[]) : [];
};

describe('the action sends its first API call before loading the rest of itself', () => {
  let dir: string;
  let github: GitHubFake;
  let result: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = tempDir('cr-first-call-');
    github = await startGitHubFake({ token: TOKEN });
    result = await run(runnerEnv(dir, github.url));
  }, 60_000);

  afterAll(async () => {
    await github?.stop();
    if (dir) removeDir(dir);
  });

  it('runs the plan to the end and reports it (the preload changes nothing)', () => {
    expect(result.stdout).toContain('plan only: nothing applied');
    expect(result.code).toBe(0);
    expect(github.state.checkRuns).toHaveLength(1);
    expect(github.state.checkRuns[0].status).toBe('completed');
  });

  it('the first request is the check in progress, made with the GitHub client alone loaded', () => {
    const first = github.state.requests[0];
    expect(`${first.method} ${first.path}`).toMatch(
      /^GET \/repos\/acme\/shop\/commits\/[0-9a-f]{40}\/check-runs/,
    );
    expect(contents(listAfter(result.stderr, 'FIRST-REQUEST'))).toEqual([
      'the GitHub client (@octokit/core)',
    ]);
  });

  it('loads the rest after it, so the list above could have shown it', () => {
    expect(contents(listAfter(result.stderr, 'AT-EXIT'))).toEqual(
      HOLDS.map(([name]) => name).filter((n) => n !== 'the Cloud Run client'), // plan mode needs no Cloud Run
    );
  });
});
