// Loopback test rig for the metric sources: a real Prometheus scraping a real HAProxy exporter,
// plain-HTTP or HTTPS backends with a chosen error pattern, and a steady client.
import { existsSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type * as net from 'node:net';
import { join } from 'node:path';
import { freePort, spawnService, waitFor, type RunningProcess } from '../../support/processes.js';

export function prometheusBin(): string {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/bin', '/usr/local/bin'])) {
    const p = join(dir, 'prometheus');
    if (dir && existsSync(p)) return p;
  }
  throw new Error('prometheus not found on PATH or in /usr/bin: install it (apt-get install prometheus)');
}

export interface RunningPrometheus extends RunningProcess {
  url: string;
}

/** Start Prometheus scraping `targets` (host:port, path /metrics) every second; waits until ready. */
export async function startPrometheus(dir: string, targets: string[]): Promise<RunningPrometheus> {
  const port = await freePort();
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: haproxy',
      '    metrics_path: /metrics',
      '    static_configs:',
      `      - targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]`,
      '',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${port}`;
  const running = await spawnService(
    prometheusBin(),
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'tsdb')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    {
      what: 'prometheus to be ready',
      ready: () =>
        fetch(`${url}/-/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      timeoutMs: 20_000,
    },
  );
  return { url, ...running };
}

/** Wait until an instant query's single value satisfies `ok` (Prometheus scrapes every second). */
export async function waitForValue(
  url: string,
  query: string,
  ok: (v: number) => boolean,
  timeoutMs = 15_000,
) {
  let last: unknown;
  await waitFor(
    `${query} to settle (last: ${String(last)})`,
    async () => {
      const r = (await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`)).json()) as {
        data: { result: { value: [number, string] }[] };
      };
      last = r.data.result[0]?.value[1];
      return last !== undefined && ok(Number(last));
    },
    timeoutMs,
  );
}

export interface TestBackend {
  name: string;
  port: number;
  address: string;
  served: { ok: number; failed: number };
  /** fail every request whose sequence number n (1-based) satisfies fail(n) */
  setFailure(fail: (n: number) => boolean): void;
  close(): Promise<void>;
}

/** An HTTP (or HTTPS, given cert+key) server answering 200, or 500 when `fail(n)` says so. */
export async function startErrorBackend(
  name: string,
  fail: (n: number) => boolean,
  tls?: { cert: string; key: string },
): Promise<TestBackend> {
  let n = 0;
  let failFn = fail;
  const served = { ok: 0, failed: 0 };
  const handler: http.RequestListener = (req, res) => {
    if (req.url === '/health') {
      res.writeHead(200).end('ok\n');
      return;
    }
    n++;
    if (failFn(n)) {
      served.failed++;
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`${name}: failing on purpose\n`);
    } else {
      served.ok++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ backend: name }));
    }
  };
  const server: http.Server = tls
    ? https.createServer({ cert: tls.cert, key: tls.key, keepAliveTimeout: 30_000 }, handler)
    : http.createServer({ keepAliveTimeout: 30_000 }, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    name,
    port,
    address: `127.0.0.1:${port}`,
    served,
    setFailure(f) {
      failFn = f;
      n = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Plain-HTTP GET through HAProxy with a keep-alive agent; resolves with the status. */
export function get(agent: http.Agent, port: number, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Send `n` requests with at most `concurrency` in flight; returns how many of each status. */
export async function burst(
  n: number,
  concurrency: number,
  send: () => Promise<number>,
): Promise<Record<number, number>> {
  const seen: Record<number, number> = {};
  let left = n;
  const worker = async () => {
    while (left > 0) {
      left--;
      const st = await send();
      seen[st] = (seen[st] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return seen;
}

/** A hand-written HAProxy config: frontend routing by X-Canary, the exporter, admin socket. */
export function exporterConfig(o: {
  feBind: string;
  promBind: string;
  socket: string;
  stable: string;
  canary: string;
  names?: { stable: string; canary: string };
}): string {
  const names = o.names ?? { stable: 'checkout_stable', canary: 'checkout_canary' };
  return [
    'global',
    `  stats socket ${o.socket} level admin`,
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 10s',
    '  timeout server 10s',
    'frontend fe',
    `  bind ${o.feBind}`,
    `  use_backend ${names.canary} if { req.hdr(x-canary) -m str always }`,
    `  default_backend ${names.stable}`,
    'frontend prom',
    `  bind ${o.promBind}`,
    '  http-request use-service prometheus-exporter if { path /metrics }',
    `backend ${names.stable}`,
    `  server s1 ${o.stable}`,
    `backend ${names.canary}`,
    `  server s1 ${o.canary}`,
    '',
  ].join('\n');
}
