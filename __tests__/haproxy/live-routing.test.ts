// Live routing through the real HAProxy 2.6 with the rendered config: local HTTPS backends
// stand in for Cloud Run's stable---/canary--- tag URLs and check SNI and Host.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as http from 'node:http';
import * as https from 'node:https';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { backendCounts } from '../../src/adapters/metrics/haproxy-stat.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { cloudRunHost } from '../../src/render/urls.js';
import type { Policy } from '../../src/policy/types.js';
import {
  type Answer,
  type Backend,
  type Pki,
  type RunningHaproxy,
  localFiles,
  loopbackListeners,
  makePki,
  pool,
  removeDir,
  request,
  startBackend,
  startHaproxy,
  tempDir,
  waitFor,
  writeMapFiles,
  exclusivePorts,
} from '../support/haproxy.js';
import { policy, service } from '../render/policies.js';

const SHOP = 'shop.example.com';
const svc = service('checkout');
const STABLE = cloudRunHost(svc, 'stable');
const CANARY = cloudRunHost(svc, 'canary');
const SERVICE = cloudRunHost(svc);

interface Stack {
  haproxy: RunningHaproxy;
  port: number;
  httpPort: number;
  runtime: HaproxyRuntime;
  mapFile: string;
}

let dir: string;
let pki: Pki;
let stable: Backend;
let canary: Backend;
let plain: Backend;
let agent: https.Agent;
const stacks: Stack[] = [];

async function launch(p: Policy, step: number, name: string): Promise<Stack> {
  const files = localFiles(dir, pki, name);
  const ports = await loopbackListeners();
  writeMapFiles(p, step, files.mapFile);
  const cfg = renderHaproxy(p, {
    step,
    offline: true,
    overrides: {
      ...files,
      ...ports.overrides,
      runtimeApi: ports.runtimeApi,
      serverAddress: { [STABLE]: stable.address, [CANARY]: canary.address, [SERVICE]: plain.address },
      checkIntervalMs: 1000, // also the checks' connect timeout (min of inter and timeout connect): not too short under load
    },
  });
  const cfgFile = join(dir, `${name}.cfg`);
  writeFileSync(cfgFile, exclusivePorts(cfg));
  const haproxy = await startHaproxy(cfgFile, ports.port);
  // the unix admin socket for split-at haproxy, the TCP runtime API for the other stack
  const runtime = new HaproxyRuntime(p.splitAt === 'haproxy' ? files.statsSocket : ports.runtimeApi);
  const stack = { haproxy, port: ports.port, httpPort: ports.httpPort, runtime, mapFile: files.mapFile };
  stacks.push(stack);
  return stack;
}

const get = (s: Stack, headers: Record<string, string> = {}, path = '/'): Promise<Answer> =>
  request(agent, s.port, SHOP, { headers, path, ca: pki.caPem });

const bucketOf = (a: Answer): number => {
  const c = a.setCookie.find((x) => x.startsWith('cr_checkout='));
  if (!c) throw new Error(`no sticky cookie in ${JSON.stringify(a.setCookie)}`);
  return Number(/^cr_checkout=([0-9]+);/.exec(c)?.[1]);
};

/** `n` fresh clients (no cookie): their answers. */
const fresh = (s: Stack, n: number) => pool(n, 32, () => get(s));
const share = (answers: Answer[]) => answers.filter((a) => a.backend === 'canary').length / answers.length;

async function serverStatus(s: Stack, backend: string): Promise<string | undefined> {
  const rows = await s.runtime.showStat();
  return rows.find((r) => r.pxname === backend && r.svname !== 'BACKEND' && r.svname !== 'FRONTEND')?.status;
}

beforeAll(async () => {
  dir = tempDir();
  pki = makePki(dir, [SHOP, STABLE, CANARY, SERVICE]);
  stable = await startBackend('stable', STABLE, pki);
  canary = await startBackend('canary', CANARY, pki);
  plain = await startBackend('service', SERVICE, pki);
  agent = new https.Agent({ keepAlive: true, maxSockets: 32 });
});

afterAll(async () => {
  agent?.destroy();
  for (const s of stacks) await s.haproxy.stop();
  await Promise.all([stable, canary, plain].filter(Boolean).map((b) => b.close()));
  if (dir) removeDir(dir);
});

// logging on (the default) or off: without a log the rules skip what only the log reads
// (the side preset to stable, the cookie/bucket label), so both rule sets are proven live
describe.each(['stdout', 'none'] as const)('split-at haproxy, live (log: %s)', (log) => {
  let s: Stack;
  beforeAll(async () => {
    // no per-IP rate limit: every test client shares 127.0.0.1
    const p = policy(
      { haproxy: { ...policy().haproxy, log, limits: { maxConnections: 4000 }, runtimeApi: undefined } },
      [svc],
    );
    s = await launch(p, 1, `split-${log}`);
    await waitFor('both servers UP', async () => (await serverStatus(s, 'checkout_canary')) === 'UP', 20_000);
  });

  it('step 1 (header only): the header goes to canary every time, everyone else to stable', async () => {
    const withHeader = await pool(200, 16, () => get(s, { 'X-Canary': 'always' }));
    expect(withHeader.map((a) => a.backend)).toEqual(Array(200).fill('canary'));
    const without = await fresh(s, 300);
    expect(without.every((a) => a.backend === 'stable')).toBe(true);
    const wrongValue = await pool(50, 16, () => get(s, { 'X-Canary': 'never' }));
    expect(wrongValue.every((a) => a.backend === 'stable')).toBe(true);
    expect(stable.misrouted.concat(canary.misrouted)).toEqual([]);
  });

  it('answers 404 for a host no service serves, and sets HSTS on answers', async () => {
    const other = await get(s, { host: 'other.example.com' });
    expect(other.status).toBe(404);
    expect(other.setCookie).toEqual([]); // no service, no bucket: nothing to keep
    const ok = await new Promise<string | undefined>((resolve, reject) => {
      https
        .get(
          {
            host: '127.0.0.1',
            port: s.port,
            servername: SHOP,
            headers: { host: SHOP },
            ca: pki.caPem,
            agent,
          },
          (res) => {
            res.resume();
            resolve(res.headers['strict-transport-security'] as string | undefined);
          },
        )
        .on('error', reject);
    });
    expect(ok).toBe('max-age=63072000');
  });

  it('at 10% the canary share of 5000 fresh clients is within ±2 points', async () => {
    await s.runtime.setPercent(s.mapFile, 'checkout', 10);
    const answers = await fresh(s, 5000);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const canaryShare = share(answers);
    expect(Math.abs(canaryShare - 0.1)).toBeLessThanOrEqual(0.02);
    // the bucket in the cookie decides: bucket < 10 <=> canary
    for (const a of answers) expect(a.backend === 'canary').toBe(bucketOf(a) < 10);
  });

  it('a client that was canary at 5% stays canary at 25% (sticky cookie)', async () => {
    await s.runtime.setPercent(s.mapFile, 'checkout', 5);
    const first = await fresh(s, 600);
    const canaryClients = first.filter((a) => a.backend === 'canary').map(bucketOf);
    const stableClients = first.filter((a) => a.backend === 'stable').map(bucketOf);
    expect(canaryClients.length).toBeGreaterThan(5);
    await s.runtime.setPercent(s.mapFile, 'checkout', 25);
    const again = (b: number) => get(s, { cookie: `cr_checkout=${b}` });
    const canaryAgain = await pool(canaryClients.length, 16, (i) => again(canaryClients[i]));
    expect(canaryAgain.map((a) => a.backend)).toEqual(canaryClients.map(() => 'canary'));
    expect(canaryAgain.every((a) => a.setCookie.length === 0)).toBe(true); // the bucket is not redrawn
    const stableAgain = await pool(stableClients.length, 16, (i) => again(stableClients[i]));
    stableAgain.forEach((a, i) => expect(a.backend).toBe(stableClients[i] < 25 ? 'canary' : 'stable'));
  });

  it.each(['abc', '100', '-1', '5x', ''])(
    'a tampered bucket cookie %p is redrawn, not trusted',
    async (v) => {
      const a = await get(s, { cookie: `cr_checkout=${v}` });
      expect(a.status).toBe(200);
      const b = bucketOf(a);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(100);
    },
  );

  it('`set map` on the runtime socket changes the share without a reload', async () => {
    const pid = s.haproxy.pid;
    await s.runtime.setPercent(s.mapFile, 'checkout', 0);
    expect(share(await fresh(s, 500))).toBe(0);
    await s.runtime.setPercent(s.mapFile, 'checkout', 50);
    const half = share(await fresh(s, 2000));
    expect(Math.abs(half - 0.5)).toBeLessThanOrEqual(0.05);
    expect(s.haproxy.proc.exitCode).toBeNull();
    expect(s.haproxy.pid).toBe(pid);
    expect(await s.runtime.getPercents(s.mapFile)).toEqual({ checkout: 50 });
  });

  it('with the canary down (health check fails), bucketed clients fall back to stable', async () => {
    await s.runtime.setPercent(s.mapFile, 'checkout', 50);
    expect((await get(s, { cookie: 'cr_checkout=0' })).backend).toBe('canary');
    canary.setHealthy(false);
    try {
      await waitFor('canary DOWN', async () => (await serverStatus(s, 'checkout_canary')) === 'DOWN', 20_000);
      const canaryCount = async () => backendCounts(await s.runtime.showStat(), 'checkout_canary', 'stable');
      const before = await canaryCount();
      const answers = await pool(100, 16, (i) => get(s, { cookie: `cr_checkout=${i % 50}` }));
      expect(answers.map((a) => `${a.status} ${a.backend}`)).toEqual(Array(100).fill('200 stable'));
      // the fallback is served inside the canary backend, by its backup: the metrics do not count it as canary
      expect(await canaryCount()).toEqual(before);
      // the header cohort asked for the canary: it gets 503, never the stable revision
      expect((await get(s, { 'X-Canary': 'always' })).status).toBe(503);
    } finally {
      canary.setHealthy(true);
    }
    await waitFor('canary UP again', async () => (await serverStatus(s, 'checkout_canary')) === 'UP', 20_000);
    expect((await get(s, { cookie: 'cr_checkout=0' })).backend).toBe('canary');
  });
});

describe('a service without a sticky cookie, live', () => {
  it.each([
    ['beside a service with one', true],
    ['alone (no service has one)', false],
  ])('%s: its clients get no Set-Cookie; a cookie service still sets its own', async (_what, withSticky) => {
    const plain = service('plain', { hosts: ['plain.example.com'], routing: {} });
    const services = withSticky ? [svc, plain] : [plain];
    const p = policy(
      {
        haproxy: {
          ...policy().haproxy,
          log: 'none',
          limits: { maxConnections: 4000 },
          runtimeApi: undefined,
        },
      },
      services,
    );
    const st = await launch(p, 3, `nocookie-${withSticky}`);
    // plain's servers are not reachable here (its answer is HAProxy's 503): the cookie rule runs on any answer
    const answers = await pool(40, 8, () => get(st, { host: 'plain.example.com' }));
    expect(answers.every((a) => a.setCookie.length === 0)).toBe(true);
    if (withSticky) expect((await get(st)).setCookie.some((c) => c.startsWith('cr_checkout='))).toBe(true);
  });
});

describe.each(['stdout', 'none'] as const)('split-at cloud-run, live (log: %s)', (log) => {
  let s: Stack;
  beforeAll(async () => {
    const p = policy(
      {
        splitAt: 'cloud-run',
        haproxy: {
          ...policy().haproxy,
          log,
          limits: { maxConnections: 100, ratePerIp: { count: 30, periodMs: 10_000 } },
        },
      },
      [service('checkout', { routing: { header: { name: 'X-Canary', value: 'always' } } })],
    );
    s = await launch(p, 2, `cloudrun-${log}`);
    await waitFor('servers UP', async () => (await serverStatus(s, 'checkout_service')) === 'UP', 20_000);
  });

  it('sends the header cohort to the canary tag URL and everyone else to the service URL', async () => {
    const a = await pool(10, 4, (i) => get(s, i % 2 === 0 ? { 'X-Canary': 'always' } : {}));
    expect(a.map((x) => x.backend)).toEqual(a.map((_, i) => (i % 2 === 0 ? 'canary' : 'service')));
    expect(a.every((x) => x.setCookie.length === 0)).toBe(true);
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get({ host: '127.0.0.1', port: s.httpPort, path: '/x', headers: { host: SHOP } }, resolve)
        .on('error', reject),
    );
    res.resume();
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(`https://${SHOP}/x`);
  });

  it('answers 429 past the per-IP rate limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await get(s)).status);
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 20).every((x) => x === 200)).toBe(true);
  });
});

describe('path prefixes across services, live', () => {
  // service api has /api and a longer prefix of its own; apiv2 has /api/v2 on the same host: the
  // longest matching prefix wins whichever service it belongs to
  const api = service('api', { paths: ['/api', '/api/internal/reports/daily'], routing: {} });
  const apiv2 = service('apiv2', { paths: ['/api/v2'], routing: {} });
  const web = service('web', { routing: {} });
  const hosts = [api, apiv2, web].map((x) => cloudRunHost(x, 'stable'));
  const backends: Backend[] = [];
  let s: Stack;
  let p: Policy;
  beforeAll(async () => {
    mkdirSync(join(dir, 'prefixes-pki'));
    const extraPki = makePki(join(dir, 'prefixes-pki'), [SHOP, ...hosts]);
    for (const [i, h] of hosts.entries())
      backends.push(await startBackend(['api', 'apiv2', 'web'][i], h, extraPki));
    p = policy({ haproxy: { ...policy().haproxy, limits: { maxConnections: 100 }, runtimeApi: undefined } }, [
      api,
      apiv2,
      web,
    ]);
    const files = localFiles(dir, pki, 'prefixes');
    const ports = await loopbackListeners();
    writeMapFiles(p, 0, files.mapFile);
    const cfg = renderHaproxy(p, {
      step: 0,
      offline: true,
      overrides: {
        ...files,
        ...ports.overrides,
        caFile: extraPki.caFile,
        serverAddress: Object.fromEntries(
          [api, apiv2, web].flatMap((x, i) => [
            [cloudRunHost(x, 'stable'), backends[i].address],
            [cloudRunHost(x, 'canary'), backends[i].address],
          ]),
        ),
        checkIntervalMs: 1000, // also the checks' connect timeout (min of inter and timeout connect): not too short under load
      },
    });
    writeFileSync(join(dir, 'prefixes.cfg'), exclusivePorts(cfg));
    s = {
      haproxy: await startHaproxy(join(dir, 'prefixes.cfg'), ports.port),
      port: ports.port,
      httpPort: ports.httpPort,
      runtime: new HaproxyRuntime(files.statsSocket),
      mapFile: files.mapFile,
    };
    stacks.push(s);
  });
  afterAll(async () => {
    await Promise.all(backends.map((b) => b.close()));
  });

  it.each([
    ['/api/v2/users', 'apiv2'],
    ['/api/v2', 'apiv2'],
    ['/api/v3', 'api'],
    ['/api', 'api'],
    ['/api/internal/reports/daily/1', 'api'],
    ['/apiv2', 'web'],
    ['/', 'web'],
  ])('GET %s reaches %s', async (path, want) => {
    const a = await get(s, {}, path);
    expect(`${a.status} ${a.backend}`).toBe(`200 ${want}`);
  });
});
