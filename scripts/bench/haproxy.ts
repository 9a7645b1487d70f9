// Requests/s and p99 through HAProxy with the rendered config vs a minimal hand-written config
// (TLS front, one backend), same loopback HTTPS backends, same run. Target: rendered/minimal >= 0.9.
// Run alone: npx tsx scripts/bench/haproxy.ts   (BENCH_SECONDS, BENCH_CONCURRENCY to tune)
import { readFileSync, writeFileSync } from 'node:fs';
import * as https from 'node:https';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { renderMap } from '../../src/render/map.js';
import { cloudRunHost } from '../../src/render/urls.js';
import { policy, service } from '../../__tests__/render/policies.js';
import {
  freePort,
  localFiles,
  loopbackListeners,
  makePki,
  removeDir,
  startHaproxy,
  tempDir,
  type Pki,
} from '../../__tests__/support/haproxy.js';

export interface BenchRow {
  config: 'minimal' | 'rendered';
  seconds: number;
  concurrency: number;
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** HAProxy CPU time (user+system) per request, µs: robust to other load on a shared box */
  haproxyCpuUsPerReq: number;
  /** rps of this config / rps of the minimal config */
  ratio: number;
}

// The backends run in a worker thread so the load generator has the main thread to itself.
const BACKEND_WORKER = `
const https = require('node:https');
const { parentPort, workerData } = require('node:worker_threads');
const ports = [];
let pending = workerData.names.length;
for (const name of workerData.names) {
  const srv = https.createServer({ cert: workerData.cert, key: workerData.key, keepAliveTimeout: 60000 }, (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ backend: name }));
  });
  srv.listen(0, '127.0.0.1', () => {
    ports.push([name, srv.address().port]);
    if (--pending === 0) parentPort.postMessage(Object.fromEntries(ports));
  });
}
`;

async function startBackends(
  pki: Pki,
  names: string[],
): Promise<{ ports: Record<string, number>; stop: () => Promise<number> }> {
  const worker = new Worker(BACKEND_WORKER, {
    eval: true,
    workerData: { names, cert: pki.leafCert, key: pki.leafKey },
  });
  const ports = await new Promise<Record<string, number>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { ports, stop: () => worker.terminate() };
}

/** user+system CPU seconds a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Closed-loop load: `concurrency` keep-alive clients for `seconds`; latency per request. */
async function load(
  port: number,
  host: string,
  ca: string,
  seconds: number,
  concurrency: number,
  cookie?: string,
) {
  const headers: Record<string, string> = cookie ? { host, cookie } : { host };
  const agent = new https.Agent({ keepAlive: true, maxSockets: concurrency });
  const one = () =>
    new Promise<boolean>((resolve) => {
      const req = https.request(
        { host: '127.0.0.1', port, servername: host, path: '/', agent, ca, headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200));
        },
      );
      req.on('error', () => resolve(false));
      req.end();
    });
  const run = async (until: bigint, lat: number[] | null) => {
    let errors = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (process.hrtime.bigint() < until) {
          const t0 = process.hrtime.bigint();
          const ok = await one();
          if (!ok) errors++;
          lat?.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      }),
    );
    return errors;
  };
  await run(process.hrtime.bigint() + 500_000_000n, null); // warm-up: TLS handshakes, backend connections
  const lat: number[] = [];
  const start = process.hrtime.bigint();
  const errors = await run(start + BigInt(Math.round(seconds * 1e9)), lat);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  lat.sort((a, b) => a - b);
  return {
    requests: lat.length,
    errors,
    rps: lat.length / elapsed,
    p50Ms: quantile(lat, 0.5),
    p99Ms: quantile(lat, 0.99),
    elapsed,
    lat,
  };
}

function minimalConfig(o: { port: number; cert: string; ca: string; host: string; backend: string }): string {
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
    `    server s1 ${o.backend} ssl verify required ca-file ${o.ca} sni str(${o.host})`,
    '',
  ].join('\n');
}

export async function benchHaproxy(
  opts: { seconds?: number; concurrency?: number; log?: (line: string) => void } = {},
): Promise<BenchRow[]> {
  const seconds = opts.seconds ?? Number(process.env.BENCH_SECONDS ?? 5);
  const concurrency = opts.concurrency ?? Number(process.env.BENCH_CONCURRENCY ?? 32);
  const log = opts.log ?? (() => undefined);
  const svc = service('checkout');
  // a rate limit high enough never to trigger: its stick-table still costs what it costs
  const p = policy(
    {
      haproxy: {
        ...policy().haproxy,
        runtimeApi: undefined,
        limits: { maxConnections: 4000, ratePerIp: { count: 1_000_000_000, periodMs: 10_000 } },
      },
    },
    [svc],
  );
  const [stableHost, canaryHost] = [cloudRunHost(svc, 'stable'), cloudRunHost(svc, 'canary')];
  const dir = tempDir('cr-bench-');
  const pki = makePki(dir, ['shop.example.com', stableHost, canaryHost]);
  const backends = await startBackends(pki, ['stable', 'canary']);
  // ABBA order (minimal, rendered, rendered, minimal), each for half the time, so a drift in
  // machine load (the CI box is shared) hits both configs alike; the halves are summed.
  const runs: { config: BenchRow['config']; r: Awaited<ReturnType<typeof load>>; cpu: number }[] = [];
  try {
    const minPort = await freePort();
    const minimal = minimalConfig({
      port: minPort,
      cert: pki.leafPemFile,
      ca: pki.caFile,
      host: stableHost,
      backend: `127.0.0.1:${backends.ports.stable}`,
    });
    const files = localFiles(dir, pki, 'canary');
    const { port, overrides: listeners } = await loopbackListeners();
    writeFileSync(files.mapFile, renderMap(p, 2).replace('checkout 5', 'checkout 10'));
    const rendered = renderHaproxy(p, {
      step: 2,
      offline: true,
      overrides: {
        ...files,
        ...listeners,
        serverAddress: {
          [stableHost]: `127.0.0.1:${backends.ports.stable}`,
          [canaryHost]: `127.0.0.1:${backends.ports.canary}`,
        },
      },
    });
    const configs = { minimal: { text: minimal, port: minPort }, rendered: { text: rendered, port } };
    for (const config of ['minimal', 'rendered', 'rendered', 'minimal'] as const) {
      const file = join(dir, `${config}.cfg`);
      writeFileSync(file, configs[config].text);
      const h = await startHaproxy(file, configs[config].port);
      try {
        const cpu0 = cpuSeconds(h.pid);
        const r = await load(
          configs[config].port,
          'shop.example.com',
          pki.caPem,
          seconds / 2,
          concurrency,
          process.env.BENCH_COOKIE,
        );
        runs.push({ config, r, cpu: cpuSeconds(h.pid) - cpu0 });
        log(
          `${config}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, ${r.errors} errors`,
        );
      } finally {
        await h.stop();
      }
    }
  } finally {
    await backends.stop();
    removeDir(dir);
  }
  const rows = (['minimal', 'rendered'] as const).map((config) => {
    const mine = runs.filter((x) => x.config === config).map((x) => x.r);
    const cpu = runs.filter((x) => x.config === config).reduce((a, x) => a + x.cpu, 0);
    const requests = mine.reduce((a, r) => a + r.requests, 0);
    const elapsed = mine.reduce((a, r) => a + r.elapsed, 0);
    const lat = mine.flatMap((r) => r.lat).sort((a, b) => a - b);
    return {
      config,
      seconds: elapsed,
      concurrency,
      requests,
      errors: mine.reduce((a, r) => a + r.errors, 0),
      rps: requests / elapsed,
      p50Ms: quantile(lat, 0.5),
      p99Ms: quantile(lat, 0.99),
      haproxyCpuUsPerReq: (cpu * 1e6) / requests,
    };
  });
  const base = rows.find((r) => r.config === 'minimal')?.rps ?? NaN;
  return rows.map((r) => ({ ...r, ratio: r.rps / base }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchHaproxy({ log: (l) => console.log(l) });
  console.table(
    rows.map((r) => ({
      config: r.config,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50Ms.toFixed(2),
      'p99 ms': r.p99Ms.toFixed(2),
      requests: r.requests,
      errors: r.errors,
      'haproxy CPU µs/req': r.haproxyCpuUsPerReq.toFixed(1),
      ratio: r.ratio.toFixed(3),
    })),
  );
  const ratio = rows.find((r) => r.config === 'rendered')?.ratio ?? NaN;
  console.log(
    `rendered/minimal throughput ratio: ${ratio.toFixed(3)} (target >= 0.9) ${ratio >= 0.9 ? 'OK' : 'BELOW TARGET'}`,
  );
}
