// HAProxy with the rendered config vs a minimal hand-written one (TLS front, one backend), driven
// by wrk (C, its own process) against an origin HAProxy in a third process, for 1, 100 and 1000
// services. The two configs run side by side and are measured in turns (minimal, rendered, ...
// several rounds), so drifting load on the shared machine hits both alike. Reports requests/s,
// HAProxy CPU per request (its own /proc counters: robust to other load) and p99, as ratios.
// The pair is fair: neither logs, rate-limits or sends HSTS; what each of those costs is measured
// apart (rows "+ log", "+ rate limit", "+ HSTS", at the first size, in the same turns).
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
  log?: boolean;
  /** the forwarding headers the rendered config sets (client copies dropped, then XFF/-Proto/-Host) */
  forwarding?: boolean;
}): string {
  return [
    'global',
    '    maxconn 4000',
    ...(o.log ? ['    log stdout format raw local0 info'] : []),
    'defaults',
    '    mode http',
    '    timeout connect 5s',
    '    timeout client 30s',
    '    timeout server 30s',
    'frontend fe',
    `    bind 127.0.0.1:${o.port} ssl crt ${o.cert} alpn h2,http/1.1`,
    ...(o.log ? ['    log global', '    option httplog'] : []),
    ...(o.forwarding
      ? [
          '    option forwardfor',
          '    http-request del-header x-forwarded- -m beg',
          '    http-request del-header Forwarded',
          '    http-request del-header X-Real-IP',
          '    http-request add-header X-Forwarded-Host %[req.hdr(host)]',
          '    http-request add-header X-Forwarded-Proto https',
        ]
      : []),
    '    default_backend be',
    'backend be',
    `    http-request set-header Host ${o.host}`,
    `    server s1 ${o.origin} ssl verify required ca-file ${o.ca} sni str(${o.host})`,
    '',
  ].join('\n');
}

/** The generated policy (scripts/bench/policy.ts) with `n` services, ready to render here: as
 *  generated, with logging (stdout), HSTS and a per-IP rate limit that never triggers (all load
 *  comes from one address), so their stick table and headers still cost what they cost. */
export function benchPolicy(n: number, steps = 3): Policy {
  let text = generatePolicy(n);
  if (steps === 4)
    text = text.replaceAll(
      '{ percent: 25, bake: 10m }]',
      '{ percent: 25, bake: 10m }, { percent: 50, bake: 10m }]',
    );
  const r = validatePolicyText(text, 'traffic-policy.yaml');
  if (!r.ok) throw new Error(`the generated ${n}-service policy is invalid: ${r.errors[0]?.message}`);
  const h = r.policy.haproxy;
  return {
    ...r.policy,
    haproxy: {
      ...h,
      runtimeApi: undefined,
      log: 'stdout',
      limits: { maxConnections: 4000, ratePerIp: { count: 1e9, periodMs: 10_000 } },
    },
  };
}

/** Which of the features the minimal config lacks a rendered config has on. */
export interface Features {
  log?: boolean;
  rateLimit?: boolean;
  hsts?: boolean;
}

/** The bench policy with only `f` on: all off is the fair pair of the minimal config. */
export function featurePolicy(n: number, f: Features = {}): Policy {
  const p = benchPolicy(n);
  const h = p.haproxy;
  return {
    ...p,
    haproxy: {
      ...h,
      log: f.log ? 'stdout' : 'none',
      hstsSeconds: f.hsts ? h.hstsSeconds : undefined,
      limits: f.rateLimit ? h.limits : { maxConnections: h.limits.maxConnections },
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

/** A config under test: the minimal one (optionally logging like `option httplog`) or the
 *  rendered one with some features on. */
interface Target {
  minimal?: { log: boolean; forwarding?: boolean };
  features?: Features;
}

/** A measured workload: a config, and requests to one service or (spread) to all of them. */
interface Workload {
  name: string;
  target: string;
  spread?: boolean;
}

/** The ratio rows: the fair pair (no logging, rate limit or HSTS on either side) and spread. */
const TARGETS: Record<string, Target> = {
  minimal: { minimal: { log: false } },
  rendered: { features: {} },
  // its own process: the idle connections to hundreds of upstreams that spread leaves behind
  // (and HAProxy's purging of them) must not be billed to the rendered rows
  'rendered (spread)': { features: {} },
};
const RATIO_WORKLOADS: Workload[] = [
  { name: 'minimal', target: 'minimal' },
  { name: 'rendered', target: 'rendered' },
  { name: 'spread', target: 'rendered (spread)', spread: true },
];
/** The price of each feature, measured at the first size only (it does not depend on it). */
const FEATURE_TARGETS: Record<string, Target> = {
  'minimal + forwarding headers': { minimal: { log: false, forwarding: true } },
  'minimal + log': { minimal: { log: true } },
  'rendered + log': { features: { log: true } },
  'rendered + rate limit': { features: { rateLimit: true } },
  'rendered + HSTS': { features: { hsts: true } },
  'rendered, all three': { features: { log: true, rateLimit: true, hsts: true } },
};
const FEATURE_WORKLOADS: Workload[] = Object.keys(FEATURE_TARGETS).map((t) => ({ name: t, target: t }));

interface Agg {
  rps: number;
  cpu: number;
  p99: number;
  errors: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function aggregate(rs: WrkResult[]): Agg {
  const requests = rs.reduce((a, w) => a + w.requests, 0);
  return {
    rps: requests / rs.reduce((a, w) => a + w.seconds, 0),
    cpu: (rs.reduce((a, w) => a + w.cpuSeconds, 0) * 1e6) / requests,
    p99: median(rs.map((w) => w.p99Ms)),
    errors: rs.reduce((a, w) => a + w.errors, 0),
  };
}

interface SizeCtx {
  dir: string;
  pki: Pki;
  origin: string;
  seconds: number;
  rounds: number;
  connections: number;
}

/** Writes and starts one HAProxy per target (stdout, where `log stdout` writes, to /dev/null). */
async function startTargets(
  n: number,
  targets: Record<string, Target>,
  ctx: SizeCtx,
  procs: Map<string, { url: string; proc: RunningHaproxy }>,
): Promise<void> {
  const mapFile = join(ctx.dir, `bench-${n}.map`);
  const base = benchPolicy(n);
  // every service at its 3rd step (25% canary): the bucket and the map lookup run on every request
  for (const f of renderMapFiles(base, 3, mapFile)) writeFileSync(f.path, f.text);
  const hosts = base.services.flatMap((s) => [cloudRunHost(s, 'stable'), cloudRunHost(s, 'canary')]);
  for (const [name, t] of Object.entries(targets)) {
    const file = join(ctx.dir, `${name.replace(/\W+/g, '-')}-${n}.cfg`);
    let port: number;
    if (t.minimal) {
      port = await freePort();
      const cfg = minimalConfig({
        port,
        cert: ctx.pki.leafPemFile,
        ca: ctx.pki.caFile,
        host: hosts[0],
        origin: ctx.origin,
        log: t.minimal.log,
        forwarding: t.minimal.forwarding,
      });
      writeFileSync(file, exclusivePorts(cfg));
    } else {
      const l = await loopbackListeners();
      port = l.port;
      const cfg = renderHaproxy(featurePolicy(n, t.features), {
        step: 3,
        offline: true,
        overrides: {
          ...l.overrides,
          certificate: ctx.pki.leafPemFile,
          caFile: ctx.pki.caFile,
          mapFile,
          statsSocket: join(ctx.dir, `${name.replace(/\W+/g, '-')}-${n}.sock`),
          serverAddress: Object.fromEntries(hosts.map((h) => [h, ctx.origin])),
          // health checks every 10 min: 2 TLS checks per service per interval are not a per-request cost
          checkIntervalMs: 600_000,
        },
      });
      writeFileSync(file, exclusivePorts(cfg));
    }
    procs.set(name, {
      url: `https://127.0.0.1:${port}/`,
      proc: await startHaproxy(file, port, { stdout: 'ignore' }),
    });
  }
}

/** Runs `workloads` in turns (`rounds` times, the order turning each round) on fresh processes. */
async function benchSize(
  n: number,
  workloads: Workload[],
  targets: Record<string, Target>,
  ctx: SizeCtx,
  log: (l: string) => void,
): Promise<Map<string, Agg>> {
  const policy = benchPolicy(n);
  const one = join(ctx.dir, `one-${n}.lua`);
  const all = join(ctx.dir, `spread-${n}.lua`);
  writeFileSync(one, wrkScript(requestsFor(policy, 64, false)));
  writeFileSync(all, wrkScript(requestsFor(policy, Math.min(512, Math.max(64, 2 * n)), true)));
  const procs = new Map<string, { url: string; proc: RunningHaproxy }>();
  const runs = new Map<string, WrkResult[]>(workloads.map((w) => [w.name, []]));
  try {
    await startTargets(n, targets, ctx, procs);
    const go = (w: Workload, seconds: number) => {
      const p = procs.get(w.target)!;
      return wrk(p.url, w.spread ? all : one, seconds, ctx.connections, p.proc.pid);
    };
    for (const w of workloads) await go(w, 1); // warm-up
    for (let r = 0; r < ctx.rounds; r++) {
      const order = workloads.map((_, k) => workloads[(k + r) % workloads.length]);
      for (const w of order) {
        const res = await go(w, ctx.seconds);
        runs.get(w.name)!.push(res);
        log(
          `${n} services, ${w.name}: ${res.rps.toFixed(0)} req/s, p99 ${res.p99Ms.toFixed(2)} ms, ` +
            `${((res.cpuSeconds * 1e6) / res.requests).toFixed(1)} µs CPU/req, ${res.errors} errors`,
        );
      }
    }
  } finally {
    for (const p of procs.values()) await p.proc.stop();
  }
  return new Map([...runs].map(([k, v]) => [k, aggregate(v)]));
}

function ratioRow(n: number, rounds: number, r: Map<string, Agg>): Record<string, unknown> {
  const m = r.get('minimal')!;
  const x = r.get('rendered')!;
  const y = r.get('spread')!;
  const row = {
    services: n,
    rounds,
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
  const met = row['req/s ratio'] >= 0.9 && row['CPU/req ratio'] <= 1.15 && row['p99 ratio'] <= 1.1;
  return { ...row, targets: met ? 'met' : 'NOT met' };
}

/** One row per feature: its CPU per request over the fair rendered config (measured in the same
 *  turns); the minimal config's rows over the minimal config, and the rendered config's ratio to
 *  the minimal one that does the same (logs alike, or sets the same forwarding headers). */
function featureRows(r: Map<string, Agg>): Record<string, unknown>[] {
  const fair = r.get('rendered')!;
  const base = (name: string) => (name.startsWith('minimal') ? 'minimal' : 'rendered');
  const pairs: Record<string, [string, string]> = {
    'minimal + forwarding headers': ['rendered', 'minimal + forwarding headers'],
    'rendered + log': ['rendered + log', 'minimal + log'],
  };
  return FEATURE_WORKLOADS.map((w) => {
    const a = r.get(w.name)!;
    const pair = pairs[w.name];
    return {
      config: w.name,
      'req/s': Math.round(a.rps),
      'CPU µs/req': a.cpu,
      'Δ µs/req': a.cpu - (base(w.name) === 'minimal' ? r.get('minimal')! : fair).cpu,
      against: base(w.name),
      'pair CPU/req ratio': pair
        ? `${pair[0]} / ${pair[1]}: ${(r.get(pair[0])!.cpu / r.get(pair[1])!.cpu).toFixed(2)}`
        : '',
      'p99 ms': a.p99,
      errors: a.errors,
    };
  });
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
  const rows: Record<string, unknown>[] = [];
  let features: Record<string, unknown>[] = [];
  let checks: Record<string, unknown>[] = [];
  let origin: RunningHaproxy | undefined;
  try {
    const pki = makePki(dir, ['shop.example.com', '*.us-central1.run.app', '*.europe-west4.run.app']);
    const originPort = await freePort();
    const originCfg = join(dir, 'origin.cfg');
    writeFileSync(originCfg, exclusivePorts(originConfig(originPort, pki.leafPemFile)));
    origin = await startHaproxy(originCfg, originPort);
    const ctx = { dir, pki, origin: `127.0.0.1:${originPort}`, seconds, rounds, connections };
    for (const [i, n] of sizes.entries()) {
      // the feature rows ride along with the first size, in the same turns
      const first = i === 0;
      const r = await benchSize(
        n,
        first ? [...RATIO_WORKLOADS, ...FEATURE_WORKLOADS] : RATIO_WORKLOADS,
        first ? { ...TARGETS, ...FEATURE_TARGETS } : TARGETS,
        ctx,
        log,
      );
      rows.push(ratioRow(n, rounds, r));
      if (first) features = featureRows(r).map((f) => ({ services: n, ...f }));
    }
    await origin.stop();
    origin = undefined;
    checks = await benchChecks(dir);
  } finally {
    await origin?.stop();
    removeDir(dir);
  }
  const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores at the end (the machine is shared)`;
  return [
    {
      title: 'HAProxy: rendered vs minimal config (wrk)',
      rows,
      notes: [
        `wrk -t1 -c${connections}, ${rounds} rounds × ${seconds} s per workload, in turns; origin: a third HAProxy answering 200 over TLS`,
        'a fair pair: neither config logs, rate-limits or sends HSTS (the rows below price those); the rendered one adds X-Forwarded-For/-Proto/-Host, which the minimal one does not',
        'minimal and rendered: every request to one service (its host and path; half carry a bucket cookie, half get a Set-Cookie), every service at 25%: the routing cost alone',
        'spread: the rendered config (a process of its own) with requests cycling over all services: each is its own upstream, so HAProxy keeps (and opens) as many server connection pools',
        'targets: req/s ≥ 0.9×, HAProxy CPU per request ≤ 1.15×, p99 ≤ 1.1× the minimal config',
        'HAProxy stdout goes to /dev/null; the rendered config checks its servers every 10 min here: health checks are not a per-request cost',
        load,
      ],
    },
    {
      title: 'HAProxy: the price of each feature the minimal config lacks (same turns as the first size)',
      rows: features,
      notes: [
        'Δ µs/req: over the fair rendered config (the minimal rows: over the minimal config); pair: the rendered config over a minimal one doing the same',
        'forwarding headers: client X-Forwarded-*/Forwarded/X-Real-IP dropped, then X-Forwarded-For (option forwardfor), -Proto and -Host set, as the rendered config always does',
        'log: one line per request to stdout (here /dev/null; a pipe read by a log collector costs more); minimal + log uses option httplog, the rendered config the rollout format (httplog + 6 variables)',
        'rate limit: a per-IP stick table that never triggers; HSTS: one response header',
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
