// HAProxy with the rendered config vs a minimal hand-written one (TLS front, one backend), driven
// by wrk (C, its own process) against an origin HAProxy in a third process, for 1, 100 and 1000
// services. The two configs run side by side and are measured in turns (minimal, rendered, ...
// several rounds), so drifting load on the shared machine hits both alike. Reports requests/s,
// HAProxy CPU per request (its own /proc counters: robust to other load) and p99, as ratios.
// Also times `validate --haproxy-check` of 1000 services and an action run's checks (4 steps).
// Run alone: npx tsx scripts/bench/haproxy.ts  (BENCH_SIZES=1,100,1000 BENCH_ROUNDS=3 BENCH_SECONDS=4)
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { checkPolicySteps } from '../../src/adapters/haproxy-check.js';
import { runCli } from '../../src/cli.js';
import { validatePolicyText } from '../../src/policy/index.js';
import type { Policy } from '../../src/policy/types.js';
import { renderHaproxy, renderMapFiles } from '../../src/render/index.js';
import { cloudRunHost } from '../../src/render/urls.js';
import {
  freePort,
  loopbackListeners,
  makePki,
  removeDir,
  startHaproxy,
  tempDir,
  type Pki,
  type RunningHaproxy,
  exclusivePorts,
} from '../../__tests__/support/haproxy.js';
import { generatePolicy } from './policy.js';
import { now } from './util.js';

const run = promisify(execFile);

interface WrkResult {
  requests: number;
  seconds: number;
  errors: number;
  rps: number;
  p99Ms: number;
  cpuSeconds: number;
}

/** user+system CPU seconds a process has used so far (Linux /proc; USER_HZ 100). */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** Parses wrk's summary (with --latency). */
export function parseWrk(text: string): Omit<WrkResult, 'cpuSeconds'> {
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m)/.exec(text);
  const p99 = /^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(text);
  if (!total || !p99) throw new Error(`wrk printed no summary: ${text.slice(0, 300)}`);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const sockErrors = sock ? sock.slice(1).reduce((a, x) => a + Number(x), 0) : 0;
  const requests = Number(total[1]);
  const seconds = (Number(total[2]) * UNIT_MS[total[3]]) / 1000;
  return {
    requests,
    seconds,
    errors: non2xx + sockErrors,
    rps: requests / seconds,
    p99Ms: Number(p99[1]) * UNIT_MS[p99[2]],
  };
}

/** A wrk Lua script that cycles through ready-made requests (hosts, paths, cookies of many services). */
export function wrkScript(requests: string[]): string {
  const lit = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string here (ASCII)
  return [
    'local reqs = {',
    ...requests.map((r) => `  ${lit(r)},`),
    '}',
    'local n = #reqs',
    'local i = 0',
    'request = function()',
    '  i = i % n + 1',
    '  return reqs[i]',
    'end',
    '',
  ].join('\n');
}

/** Requests to the policy's services (`spread`: all of them in turn; else only the first): each
 *  one's host and path, half with a bucket cookie. */
export function requestsFor(policy: Policy, count: number, spread: boolean): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const s = policy.services[spread ? (k * 7919) % policy.services.length : 0];
    const path =
      s.paths.length > 0 ? `${s.paths[k % s.paths.length].replace(/\/$/, '')}/item/${k}` : `/item/${k}`;
    const cookie =
      k % 2 === 0 && s.routing.stickyCookie
        ? `Cookie: a=1; ${s.routing.stickyCookie}=${(k * 37) % 100}\r\n`
        : '';
    out.push(`GET ${path} HTTP/1.1\r\nHost: ${s.hosts[0]}\r\n${cookie}\r\n`);
  }
  return out;
}

export function originConfig(port: number, pem: string): string {
  return [
    'global',
    '    maxconn 4000',
    'defaults',
    '    mode http',
    '    timeout connect 5s',
    '    timeout client 30s',
    '    timeout server 30s',
    'frontend origin',
    `    bind 127.0.0.1:${port} ssl crt ${pem} alpn http/1.1`,
    '    http-request return status 200 content-type application/json string "{\\"ok\\":true}"',
    '',
  ].join('\n');
}

export function minimalConfig(o: {
  port: number;
  cert: string;
  ca: string;
  host: string;
  origin: string;
}): string {
  return [
    'global',
    '    maxconn 4000',
    'defaults',
    '    mode http',
    '    timeout connect 5s',
    '    timeout client 30s',
    '    timeout server 30s',
    'frontend fe',
    `    bind 127.0.0.1:${o.port} ssl crt ${o.cert} alpn h2,http/1.1`,
    '    default_backend be',
    'backend be',
    `    http-request set-header Host ${o.host}`,
    `    server s1 ${o.origin} ssl verify required ca-file ${o.ca} sni str(${o.host})`,
    '',
  ].join('\n');
}

/** The generated policy (scripts/bench/policy.ts) with `n` services, ready to render here. */
export function benchPolicy(n: number, steps = 3): Policy {
  let text = generatePolicy(n);
  if (steps === 4)
    text = text.replaceAll(
      '{ percent: 25, bake: 10m }]',
      '{ percent: 25, bake: 10m }, { percent: 50, bake: 10m }]',
    );
  const r = validatePolicyText(text, 'traffic-policy.yaml');
  if (!r.ok) throw new Error(`the generated ${n}-service policy is invalid: ${r.errors[0]?.message}`);
  // a rate limit that never triggers (all load comes from one address): its stick-table still costs
  const h = r.policy.haproxy;
  return {
    ...r.policy,
    haproxy: {
      ...h,
      runtimeApi: undefined,
      limits: { maxConnections: 4000, ratePerIp: { count: 1e9, periodMs: 10_000 } },
    },
  };
}

export async function wrk(
  url: string,
  script: string,
  seconds: number,
  connections: number,
  pid: number,
): Promise<WrkResult> {
  const cpu0 = cpuSeconds(pid);
  const { stdout } = await run(
    'wrk',
    ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, url],
    {
      timeout: (seconds + 30) * 1000,
    },
  );
  return { ...parseWrk(stdout), cpuSeconds: cpuSeconds(pid) - cpu0 };
}

/** minimal and rendered: every request to one service; spread: the rendered config, requests over
 *  all services (each service is its own upstream host: as many server connection pools) */
type Workload = 'minimal' | 'rendered' | 'spread';
const WORKLOADS: Workload[] = ['minimal', 'rendered', 'spread'];

interface SizeRow {
  services: number;
  rounds: number;
  'minimal req/s': number;
  'rendered req/s': number;
  'req/s ratio': number;
  'minimal CPU µs/req': number;
  'rendered CPU µs/req': number;
  'CPU/req ratio': number;
  'minimal p99 ms': number;
  'rendered p99 ms': number;
  'p99 ratio': number;
  'spread req/s': number;
  'spread CPU µs/req': number;
  'spread p99 ms': number;
  errors: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function benchSize(
  n: number,
  ctx: { dir: string; pki: Pki; origin: string; seconds: number; rounds: number; connections: number },
  log: (l: string) => void,
): Promise<SizeRow> {
  const policy = benchPolicy(n);
  const mapFile = join(ctx.dir, `bench-${n}.map`);
  // every service at its 3rd step (25% canary): the bucket and the map lookup run on every request
  for (const f of renderMapFiles(policy, 3, mapFile)) writeFileSync(f.path, f.text);
  const hosts = policy.services.flatMap((s) => [cloudRunHost(s, 'stable'), cloudRunHost(s, 'canary')]);
  const { port, overrides } = await loopbackListeners();
  const rendered = renderHaproxy(policy, {
    step: 3,
    offline: true,
    overrides: {
      ...overrides,
      certificate: ctx.pki.leafPemFile,
      caFile: ctx.pki.caFile,
      mapFile,
      statsSocket: join(ctx.dir, `bench-${n}.sock`),
      serverAddress: Object.fromEntries(hosts.map((h) => [h, ctx.origin])),
      // health checks every 10 min: 2 TLS checks per service per interval are not a per-request cost
      checkIntervalMs: 600_000,
    },
  });
  const minPort = await freePort();
  const files = { rendered: join(ctx.dir, `rendered-${n}.cfg`), minimal: join(ctx.dir, `minimal-${n}.cfg`) };
  writeFileSync(files.rendered, exclusivePorts(rendered));
  writeFileSync(
    files.minimal,
    exclusivePorts(
      minimalConfig({
        port: minPort,
        cert: ctx.pki.leafPemFile,
        ca: ctx.pki.caFile,
        host: hosts[0],
        origin: ctx.origin,
      }),
    ),
  );
  const one = join(ctx.dir, `one-${n}.lua`);
  const all = join(ctx.dir, `spread-${n}.lua`);
  writeFileSync(one, wrkScript(requestsFor(policy, 64, false)));
  writeFileSync(all, wrkScript(requestsFor(policy, Math.min(512, Math.max(64, 2 * n)), true)));
  const procs: Record<'minimal' | 'rendered', RunningHaproxy | undefined> = {
    minimal: undefined,
    rendered: undefined,
  };
  const runs: Record<Workload, WrkResult[]> = { minimal: [], rendered: [], spread: [] };
  try {
    procs.minimal = await startHaproxy(files.minimal, minPort);
    procs.rendered = await startHaproxy(files.rendered, port);
    const url = { minimal: `https://127.0.0.1:${minPort}/`, rendered: `https://127.0.0.1:${port}/` };
    const target = (w: Workload) => (w === 'minimal' ? 'minimal' : 'rendered');
    const scriptOf = (w: Workload) => (w === 'spread' ? all : one);
    for (const c of WORKLOADS)
      await wrk(url[target(c)], scriptOf(c), 1, ctx.connections, procs[target(c)]!.pid); // warm-up
    for (let r = 0; r < ctx.rounds; r++) {
      // the order turns each round: no workload always goes first
      const order = WORKLOADS.map((_, k) => WORKLOADS[(k + r) % WORKLOADS.length]);
      for (const c of order) {
        const w = await wrk(url[target(c)], scriptOf(c), ctx.seconds, ctx.connections, procs[target(c)]!.pid);
        runs[c].push(w);
        log(
          `${n} services, ${c}: ${w.rps.toFixed(0)} req/s, p99 ${w.p99Ms.toFixed(2)} ms, ` +
            `${((w.cpuSeconds * 1e6) / w.requests).toFixed(1)} µs CPU/req, ${w.errors} errors`,
        );
      }
    }
  } finally {
    await procs.minimal?.stop();
    await procs.rendered?.stop();
  }
  const agg = (c: Workload) => {
    const rs = runs[c];
    const requests = rs.reduce((a, w) => a + w.requests, 0);
    return {
      rps: requests / rs.reduce((a, w) => a + w.seconds, 0),
      cpu: (rs.reduce((a, w) => a + w.cpuSeconds, 0) * 1e6) / requests,
      p99: median(rs.map((w) => w.p99Ms)),
      errors: rs.reduce((a, w) => a + w.errors, 0),
    };
  };
  const m = agg('minimal');
  const x = agg('rendered');
  const y = agg('spread');
  return {
    services: n,
    rounds: ctx.rounds,
    'minimal req/s': Math.round(m.rps),
    'rendered req/s': Math.round(x.rps),
    'req/s ratio': x.rps / m.rps,
    'minimal CPU µs/req': m.cpu,
    'rendered CPU µs/req': x.cpu,
    'CPU/req ratio': x.cpu / m.cpu,
    'minimal p99 ms': m.p99,
    'rendered p99 ms': x.p99,
    'p99 ratio': x.p99 / m.p99,
    'spread req/s': Math.round(y.rps),
    'spread CPU µs/req': y.cpu,
    'spread p99 ms': y.p99,
    errors: m.errors + x.errors + y.errors,
  };
}

/** Median wall time of `fn` over `times` runs, in seconds. */
async function timed(times: number, fn: () => Promise<void>): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = now();
    await fn();
    t.push((now() - t0) / 1000);
  }
  return median(t);
}

async function benchChecks(dir: string): Promise<Record<string, unknown>[]> {
  const file = join(dir, 'policy-1000.yaml');
  writeFileSync(file, generatePolicy(1000));
  const quiet = { out: () => undefined, err: () => undefined };
  const validate = await timed(3, async () => {
    const code = await runCli(['validate', file, '--haproxy-check'], quiet);
    if (code !== 0) throw new Error(`validate --haproxy-check of 1000 services exited ${code}`);
  });
  const four = benchPolicy(1000, 4);
  const action = await timed(3, async () => {
    const r = await checkPolicySteps(four, [0, 1, 2, 3, 4]);
    if (!r.ok) throw new Error(`haproxy -c failed: ${r.checks.find((c) => c.code !== 0)?.output}`);
  });
  return [
    {
      what: 'validate --haproxy-check, 1000 services (3 steps)',
      seconds: validate,
      target: '< 2 s',
      met: validate < 2,
    },
    {
      what: "an action run's checks, 1000 services, 4 steps",
      seconds: action,
      target: '< 3 s',
      met: action < 3,
    },
  ];
}

export async function benchHaproxy(
  opts: { log?: (line: string) => void; sizes?: number[]; rounds?: number; seconds?: number } = {},
): Promise<{ title: string; rows: Record<string, unknown>[]; notes?: string[] }[]> {
  const log = opts.log ?? (() => undefined);
  const sizes = opts.sizes ?? (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number);
  const rounds = opts.rounds ?? Number(process.env.BENCH_ROUNDS ?? 3);
  const seconds = opts.seconds ?? Number(process.env.BENCH_SECONDS ?? 4);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
  await run('wrk', ['--version']).catch((e: NodeJS.ErrnoException & { stdout?: string }) => {
    // wrk --version exits 1 after printing its version; only a missing binary is an error
    if (e.code === 'ENOENT') throw new Error('wrk is not installed: run scripts/ensure-system-deps.sh');
  });
  const dir = tempDir('cr-bench-');
  const rows: SizeRow[] = [];
  let checks: Record<string, unknown>[] = [];
  let origin: RunningHaproxy | undefined;
  try {
    const pki = makePki(dir, ['shop.example.com', '*.us-central1.run.app', '*.europe-west4.run.app']);
    const originPort = await freePort();
    const originCfg = join(dir, 'origin.cfg');
    writeFileSync(originCfg, exclusivePorts(originConfig(originPort, pki.leafPemFile)));
    origin = await startHaproxy(originCfg, originPort);
    for (const n of sizes) {
      rows.push(
        await benchSize(
          n,
          { dir, pki, origin: `127.0.0.1:${originPort}`, seconds, rounds, connections },
          log,
        ),
      );
    }
    await origin.stop();
    origin = undefined;
    checks = await benchChecks(dir);
  } finally {
    await origin?.stop();
    removeDir(dir);
  }
  const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores at the end (the machine is shared)`;
  const met = (r: SizeRow) =>
    r['req/s ratio'] >= 0.9 && r['CPU/req ratio'] <= 1.15 && r['p99 ratio'] <= 1.1 ? 'met' : 'NOT met';
  return [
    {
      title: 'HAProxy: rendered vs minimal config (wrk)',
      rows: rows.map((r) => ({ ...r, targets: met(r) })),
      notes: [
        `wrk -t1 -c${connections}, ${rounds} rounds × ${seconds} s per workload, in turns; origin: a third HAProxy answering 200 over TLS`,
        'minimal and rendered: every request to one service (its host and path; half carry a bucket cookie), every service at 25%: the routing cost alone',
        'spread: the rendered config with requests cycling over all services: each is its own upstream, so HAProxy keeps (and opens) as many server connection pools',
        'targets: req/s ≥ 0.9×, HAProxy CPU per request ≤ 1.15×, p99 ≤ 1.1× the minimal config',
        'the rendered config checks its servers every 10 min here: health checks are not a per-request cost',
        load,
      ],
    },
    {
      title: 'haproxy -c at scale',
      rows: checks,
      notes: [
        'wall time, median of 3, in this process (no CLI start-up); includes validating the policy',
        load,
      ],
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tables = await benchHaproxy({ log: (l) => console.log(l) });
  for (const t of tables) {
    console.log(`\n${t.title}`);
    console.table(t.rows);
    for (const n of t.notes ?? []) console.log(`- ${n}`);
  }
}
