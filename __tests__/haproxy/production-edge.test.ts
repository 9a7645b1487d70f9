// Issue 12 through the real HAProxy 2.6 on loopback with real TLS: request logs parsed line by
// line, ID tokens to private services (requests and health checks), client certificates
// (accepted, refused, forged subject stripped), forwarding headers from untrusted and trusted
// clients, the canary header's allow-from, HSTS on HAProxy's own 403/404/429, WebSocket tunnels
// outliving the client/server timeouts, the redirect on IPv6, slow start and the server-state file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as http from 'node:http';
import * as https from 'node:https';
import * as tls from 'node:tls';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HaproxyFleet } from '../../src/adapters/haproxy-fleet.js';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { revisionsMapPath, taggedRevisions } from '../../src/render/revisions.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { parseLogLine, type LogRecord } from '../../src/render/haproxy-log.js';
import { cloudRunHost } from '../../src/render/urls.js';
import type { Policy } from '../../src/policy/types.js';
import {
  type ClientCerts,
  type Pki,
  type RunningHaproxy,
  freePort,
  localFiles,
  makeClientCerts,
  makePki,
  pool,
  removeDir,
  startHaproxy,
  tempDir,
  waitFor,
  writeMapFiles,
} from '../support/haproxy.js';
import { startEchoBackend, type EchoBackend, type Echoed } from '../support/echo-backend.js';
import { policy, service } from '../render/policies.js';

const SHOP = 'shop.example.com';
const ADMIN = 'admin.example.com';
const TOKENS = {
  checkout: 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJjaGVja291dCJ9.c2lnbmF0dXJl',
  admin: 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJhZG1pbiJ9.c2ln',
};
const REVISIONS = { checkout: { stable: 'checkout-00001-sta', canary: 'checkout-00002-can' } };
const ADMIN_STABLE = 'admin-00007-ini';
const checkout = service('checkout', {
  auth: 'id-token',
  clientVerify: 'optional',
  routing: {
    header: { name: 'X-Canary', value: 'always', allowFrom: ['127.0.0.2'] },
    stickyCookie: 'cr_checkout',
  },
});
const admin = service('admin', {
  hosts: [ADMIN],
  auth: 'id-token',
  clientAuthorization: 'pass-through',
  routing: { stickyCookie: 'cr_admin' },
});
const HOSTS = {
  checkoutStable: cloudRunHost(checkout, 'stable'),
  checkoutCanary: cloudRunHost(checkout, 'canary'),
  adminStable: cloudRunHost(admin, 'stable'),
  adminCanary: cloudRunHost(admin, 'canary'),
};

let dir: string;
let pki: Pki;
let certs: ClientCerts;
let p: Policy;
let cfgFile: string;
let files: ReturnType<typeof localFiles>;
let haproxy: RunningHaproxy;
let runtime: HaproxyRuntime;
let port: number;
let port6: number;
let httpPort: number;
const be: Record<keyof typeof HOSTS, EchoBackend> = {} as never;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  echoed?: Echoed;
  body: string;
}

/** One HTTPS request through HAProxy, on a fresh connection (its own source address and client certificate). */
function call(
  opts: {
    host?: string;
    path?: string;
    headers?: Record<string, string>;
    from?: string;
    cert?: { cert: string; key: string };
  } = {},
): Promise<Reply> {
  const host = opts.host ?? SHOP;
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        servername: host,
        path: opts.path ?? '/',
        localAddress: opts.from ?? '127.0.0.1',
        agent: false,
        ca: pki.caPem,
        ...(opts.cert ?? {}),
        headers: { host, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => {
          let echoed: Echoed | undefined;
          try {
            echoed = JSON.parse(body) as Echoed;
          } catch {
            echoed = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, echoed, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const stateOf = async (backend: string) =>
  (await runtime.showStat()).find((r) => r.pxname === backend && r.svname !== 'BACKEND');

async function allUp(): Promise<void> {
  for (const b of ['checkout_stable', 'checkout_canary', 'admin_stable', 'admin_canary'])
    await waitFor(`${b} UP`, async () => (await stateOf(b))?.status === 'UP', 20_000);
}

async function launch(): Promise<void> {
  haproxy = await startHaproxy(cfgFile, port);
  runtime = new HaproxyRuntime(files.statsSocket);
  await allUp();
}

beforeAll(async () => {
  dir = tempDir('cr-edge-');
  pki = makePki(dir, [SHOP, ADMIN, 'nowhere.example.com', ...Object.values(HOSTS)]);
  mkdirSync(join(dir, 'clients'));
  certs = makeClientCerts(join(dir, 'clients'));
  be.checkoutStable = await startEchoBackend('checkout-stable', HOSTS.checkoutStable, pki, {
    token: TOKENS.checkout,
  });
  be.checkoutCanary = await startEchoBackend('checkout-canary', HOSTS.checkoutCanary, pki, {
    token: TOKENS.checkout,
  });
  be.adminStable = await startEchoBackend('admin-stable', HOSTS.adminStable, pki, { token: TOKENS.admin });
  be.adminCanary = await startEchoBackend('admin-canary', HOSTS.adminCanary, pki, { token: TOKENS.admin });
  [port, port6, httpPort] = [await freePort(), await freePort(), await freePort()];
  p = policy(
    {
      haproxy: {
        ...policy().haproxy,
        bind: [`127.0.0.1:${port}`, `[::1]:${port6}`],
        httpBind: `127.0.0.1:${httpPort}`,
        prometheusBind: `127.0.0.1:${await freePort()}`,
        runtimeApi: undefined,
        limits: { maxConnections: 4000, ratePerIp: { count: 60, periodMs: 10_000 } },
        timeouts: { connectMs: 2000, clientMs: 2000, serverMs: 2000 },
        tunnelTimeoutMs: 20_000,
        log: 'stdout',
        clientCa: certs.caFile,
        trustedProxies: ['127.0.0.3'],
        hstsIncludeSubdomains: true,
      },
    },
    [checkout, admin],
  );
  files = localFiles(dir, pki, 'edge');
  // checkout at 5%; the revisions map starts with what the renderer knew: admin's stable only
  writeMapFiles(p, 2, files.mapFile, { admin: { stable: ADMIN_STABLE } });
  writeFileSync(files.tokenMap, `checkout ${TOKENS.checkout}\nadmin ${TOKENS.admin}\n`);
  const cfg = renderHaproxy(p, {
    step: 2,
    offline: true,
    overrides: {
      ...files,
      serverAddress: Object.fromEntries(
        Object.entries(HOSTS).map(([k, h]) => [h, be[k as keyof typeof HOSTS].address]),
      ),
      checkIntervalMs: 500,
    },
  });
  cfgFile = join(dir, 'edge.cfg');
  writeFileSync(cfgFile, cfg);
  await launch();
}, 60_000);

afterAll(async () => {
  await haproxy?.stop();
  await Promise.all(Object.values(be).map((b) => b.close()));
  if (dir) removeDir(dir);
});

describe('private Cloud Run services (auth: id-token)', () => {
  it('sends the service token from the token map; a client Authorization never reaches Cloud Run', async () => {
    const r = await call({
      headers: { authorization: 'Bearer client-token', 'x-serverless-authorization': 'Bearer forged' },
    });
    expect(r.status).toBe(200);
    expect(r.echoed?.headers.authorization).toBe(`Bearer ${TOKENS.checkout}`);
    expect(r.echoed?.headers['x-serverless-authorization']).toBeUndefined();
  });

  it('health checks carry the token too (the private backends are UP)', () => {
    for (const [b, token] of [
      [be.checkoutStable, TOKENS.checkout],
      [be.checkoutCanary, TOKENS.checkout],
      [be.adminStable, TOKENS.admin],
    ] as const) {
      expect(b.checks).toBeGreaterThan(0);
      expect(b.lastCheckHeaders?.authorization ?? b.lastCheckHeaders?.['x-serverless-authorization']).toBe(
        `Bearer ${token}`,
      );
    }
  });

  it('pass-through: the client Authorization reaches the app, the token travels in X-Serverless-Authorization', async () => {
    const r = await call({
      host: ADMIN,
      cert: certs.good,
      headers: { authorization: 'Basic dXNlcjpwdw==', 'x-serverless-authorization': 'Bearer forged' },
    });
    expect(r.status).toBe(200);
    expect(r.echoed?.headers.authorization).toBe('Basic dXNlcjpwdw==');
    expect(r.echoed?.headers['x-serverless-authorization']).toBe(`Bearer ${TOKENS.admin}`);
  });
});

describe('client certificates (haproxy.client-ca)', () => {
  it('a required host refuses a client without a certificate (403, with HSTS)', async () => {
    const r = await call({ host: ADMIN });
    expect(r.status).toBe(403);
    expect(r.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  });

  it('accepts a certificate the client CA signed and passes its verified subject', async () => {
    const r = await call({ host: ADMIN, cert: certs.good, headers: { 'x-client-cert-subject': 'CN=root' } });
    expect(r.status).toBe(200);
    expect(r.echoed?.headers['x-client-cert-subject']).toBe(certs.good.subject);
  });

  it('refuses a certificate from another CA at the TLS handshake', async () => {
    await expect(call({ host: ADMIN, cert: certs.foreign })).rejects.toThrow();
    await expect(call({ host: SHOP, cert: certs.foreign })).rejects.toThrow();
  });

  it('an optional host serves clients without a certificate, and strips a forged subject header', async () => {
    const forged = await call({ headers: { 'x-client-cert-subject': 'CN=admin,O=Acme' } });
    expect(forged.status).toBe(200);
    expect(forged.echoed?.headers['x-client-cert-subject']).toBeUndefined();
    const real = await call({ cert: certs.good, headers: { 'x-client-cert-subject': 'CN=admin,O=Acme' } });
    expect(real.echoed?.headers['x-client-cert-subject']).toBe(certs.good.subject);
  });
});

describe('forwarding headers, allow-from, HSTS', () => {
  const forged = {
    'x-forwarded-for': '6.6.6.6',
    'x-forwarded-host': 'evil.example',
    forwarded: 'for=6.6.6.6',
    'x-real-ip': '6.6.6.6',
  };

  it('drops X-Forwarded-*/Forwarded from an untrusted client; X-Forwarded-Host is the Host it asked for', async () => {
    const r = await call({ headers: forged });
    const h = r.echoed!.headers;
    expect(h['x-forwarded-for']).toBe('127.0.0.1');
    expect(h['x-forwarded-host']).toBe(SHOP);
    expect(h.host).toMatch(/^(stable|canary)---checkout-/);
    expect(h['x-forwarded-proto']).toBe('https');
    expect([h.forwarded, h['x-real-ip']]).toEqual([undefined, undefined]);
  });

  it('keeps them from a trusted proxy (haproxy.trusted-proxies) and appends its address', async () => {
    const r = await call({ headers: forged, from: '127.0.0.3' });
    const h = r.echoed!.headers;
    expect(h['x-forwarded-for']).toBe('6.6.6.6, 127.0.0.3');
    expect(h['x-forwarded-host']).toBe('evil.example');
    expect(h.forwarded).toBe('for=6.6.6.6');
  });

  it('only allow-from networks can pick the canary; elsewhere the header is removed before Cloud Run', async () => {
    const outside = await Promise.all(
      Array.from({ length: 10 }, () => call({ headers: { 'x-canary': 'always', cookie: 'cr_checkout=99' } })),
    );
    expect(outside.map((r) => r.echoed?.backend)).toEqual(Array(10).fill('checkout-stable'));
    expect(outside.every((r) => r.echoed?.headers['x-canary'] === undefined)).toBe(true);
    // behind a trusted proxy the client is the address it appended last to X-Forwarded-For
    const viaProxy = (xff: string) =>
      call({
        headers: { 'x-canary': 'always', 'x-forwarded-for': xff, cookie: 'cr_checkout=99' },
        from: '127.0.0.3',
      });
    expect((await viaProxy('6.6.6.6, 127.0.0.2')).echoed?.backend).toBe('checkout-canary');
    const spoofed = await viaProxy('127.0.0.2, 6.6.6.6');
    expect([spoofed.echoed?.backend, spoofed.echoed?.headers['x-canary']]).toEqual([
      'checkout-stable',
      undefined,
    ]);
    const inside = await call({
      headers: { 'x-canary': 'always', cookie: 'cr_checkout=99' },
      from: '127.0.0.2',
    });
    expect(inside.echoed?.backend).toBe('checkout-canary');
    expect(inside.echoed?.headers['x-canary']).toBe('always');
  });

  it('HAProxy’s own 404 and 429 answers carry HSTS', async () => {
    const r404 = await call({ host: 'nowhere.example.com' });
    expect([r404.status, r404.headers['strict-transport-security']]).toEqual([
      404,
      'max-age=63072000; includeSubDomains',
    ]);
    const burst = await pool(100, 10, (i) => call({ from: '127.0.0.4', path: `/b${i}` }));
    const limited = burst.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(
      limited.every((r) => r.headers['strict-transport-security'] === 'max-age=63072000; includeSubDomains'),
    ).toBe(true);
  });

  it('redirects plain HTTP to HTTPS on IPv6 too (the TLS front binds [::1])', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get({ host: '::1', port: httpPort, path: '/x', headers: { host: SHOP } }, resolve)
        .on('error', reject),
    );
    res.resume();
    expect([res.statusCode, res.headers.location]).toEqual([301, `https://${SHOP}/x`]);
  });
});

describe('request logs', () => {
  const logged = (path: string): LogRecord => {
    const lines = haproxy
      .output()
      .split('\n')
      .filter((l) => l.includes(` /${path} HTTP/`));
    expect(lines).toHaveLength(1);
    const rec = parseLogLine(lines[0]);
    if (!rec) throw new Error(`not a canary-relay log line: ${lines[0]}`);
    return rec;
  };
  const flush = () => new Promise((r) => setTimeout(r, 300));
  beforeAll(allUp); // the burst before may have slowed the health checks on this shared machine

  it('the revisions map is set at runtime (the engine, on every instance): logs name the tag before, the revision after', async () => {
    await call({ path: '/log-before', headers: { 'x-canary': 'always' }, from: '127.0.0.2' });
    await flush();
    expect(logged('log-before')).toMatchObject({ side: 'canary', rev: 'canary' });
    // what the engine does after a deploy: the tags as Cloud Run has them -> every instance, read back
    const traffic = [
      { revision: REVISIONS.checkout.stable, percent: 95, tag: 'stable' },
      { revision: REVISIONS.checkout.canary, percent: 5, tag: 'canary' },
    ];
    const fleet = new HaproxyFleet([files.statsSocket]);
    const changes = await fleet.setRevisions(
      revisionsMapPath(files.mapFile),
      taggedRevisions('checkout', traffic),
    );
    expect(changes).toEqual([
      `checkout_stable (none) -> ${REVISIONS.checkout.stable}`,
      `checkout_canary (none) -> ${REVISIONS.checkout.canary}`,
    ]);
    await expect(
      fleet.setRevisions(revisionsMapPath(files.mapFile), { checkout_canary: 'Bad Name' }),
    ).rejects.toThrow(/not a Cloud Run revision name/);
  });

  it('every request logs service, side, revision, assignment, bucket and percent', async () => {
    const header = await call({ path: '/log-header', headers: { 'x-canary': 'always' }, from: '127.0.0.2' });
    expect(header.echoed?.backend).toBe('checkout-canary');
    const fresh = await call({ path: '/log-fresh' });
    const cookieCanary = await call({ path: '/log-cookie-3', headers: { cookie: 'cr_checkout=3' } });
    const cookieStable = await call({ path: '/log-cookie-42', headers: { cookie: 'cr_checkout=42' } });
    await call({ host: 'nowhere.example.com', path: '/log-404' });
    await flush();
    expect(logged('log-header')).toMatchObject({
      svc: 'checkout',
      side: 'canary',
      rev: 'checkout-00002-can',
      assign: 'header',
      pct: 5,
      status: 200,
      backend: 'checkout_canary',
    });
    const bucket = Number(/cr_checkout=(\d+)/.exec(String(fresh.headers['set-cookie']))?.[1]);
    const side = bucket < 5 ? 'canary' : 'stable';
    expect(logged('log-fresh')).toMatchObject({
      svc: 'checkout',
      side,
      rev: REVISIONS.checkout[side],
      assign: 'bucket',
      bucket,
      pct: 5,
    });
    expect([fresh.status, fresh.echoed?.backend, fresh.body.slice(0, 300)]).toEqual([
      200,
      `checkout-${side}`,
      expect.anything(),
    ]);
    expect(cookieCanary.echoed?.backend).toBe('checkout-canary');
    expect(logged('log-cookie-3')).toMatchObject({ side: 'canary', assign: 'cookie', bucket: 3, pct: 5 });
    expect(logged('log-cookie-42')).toMatchObject({
      side: 'stable',
      assign: 'cookie',
      bucket: 42,
      rev: 'checkout-00001-sta',
    });
    expect([cookieStable.status, cookieStable.echoed?.backend, cookieStable.body.slice(0, 200)]).toEqual([
      200,
      'checkout-stable',
      expect.anything(),
    ]);
    const miss = logged('log-404');
    expect([miss.status, miss.svc, miss.side, miss.backend]).toEqual([404, undefined, undefined, 'cr_main']);
    expect(logged('log-fresh').timers.Ta).toBeGreaterThanOrEqual(0);
  });

  it('a side the map does not name logs its tag; render-time revisions are the initial content', async () => {
    await call({ host: ADMIN, cert: certs.good, path: '/log-admin' });
    await flush();
    const rec = logged('log-admin');
    expect(rec.svc).toBe('admin');
    expect(rec.rev).toBe(rec.side === 'stable' ? ADMIN_STABLE : 'canary');
  });

  it('a promotion moves the stable tag and removes the canary one: the logs follow', async () => {
    const fleet = new HaproxyFleet([files.statsSocket]);
    const promoted = [{ revision: REVISIONS.checkout.canary, percent: 100, tag: 'stable' }];
    await fleet.setRevisions(revisionsMapPath(files.mapFile), taggedRevisions('checkout', promoted));
    await call({ path: '/log-promoted', headers: { cookie: 'cr_checkout=42' } });
    await call({ path: '/log-untagged', headers: { 'x-canary': 'always' }, from: '127.0.0.2' });
    await flush();
    expect(logged('log-promoted')).toMatchObject({ side: 'stable', rev: REVISIONS.checkout.canary });
    expect(logged('log-untagged')).toMatchObject({ side: 'canary', rev: 'canary' });
    // back as the tests below expect
    await fleet.setRevisions(revisionsMapPath(files.mapFile), {
      checkout_stable: REVISIONS.checkout.stable,
      checkout_canary: REVISIONS.checkout.canary,
    });
  });
});

describe('tunnels, slow start and server state', () => {
  it('an upgraded connection (WebSocket) stays open past timeout client/server (timeout tunnel)', async () => {
    const sock = tls.connect({
      host: '127.0.0.1',
      port,
      servername: SHOP,
      ca: pki.caPem,
      ALPNProtocols: ['http/1.1'],
    });
    const got: string[] = [];
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => got.push(d));
    await new Promise((r) => sock.once('secureConnect', r));
    sock.write(`GET /ws HTTP/1.1\r\nHost: ${SHOP}\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n`);
    await waitFor('101', () => got.join('').startsWith('HTTP/1.1 101'), 5000);
    await new Promise((r) => setTimeout(r, 3500)); // idle longer than timeout client/server (2 s)
    got.length = 0;
    sock.write('ping after idle');
    await waitFor('echo', () => got.join('') === 'ping after idle', 5000);
    sock.destroy();
  });

  it('a canary that comes back UP ramps up (slowstart throttles it)', async () => {
    await runtime.command('set server checkout_canary/canary state maint');
    await waitFor(
      'canary MAINT',
      async () => /MAINT/.test((await stateOf('checkout_canary'))?.status ?? ''),
      5000,
    );
    await runtime.command('set server checkout_canary/canary state ready');
    await waitFor('canary UP', async () => (await stateOf('checkout_canary'))?.status === 'UP', 10_000);
    const throttle = Number((await stateOf('checkout_canary'))?.throttle);
    expect(throttle).toBeGreaterThan(0);
    expect(throttle).toBeLessThan(100);
    expect((await stateOf('checkout_stable'))?.throttle).toBe('');
  });

  it('while the canary cannot take a request (its queue is not empty), bucketed clients get stable; the header cohort waits', async () => {
    const onCanary = { cookie: 'cr_checkout=0' }; // bucket 0 < 5%: the canary side
    expect((await call({ path: '/before', headers: onCanary })).echoed?.backend).toBe('checkout-canary');
    // the canary takes one connection at a time, and a tunnel holds it
    await runtime.command('set maxconn server checkout_canary/canary 1');
    const sock = tls.connect({
      host: '127.0.0.1',
      port,
      servername: SHOP,
      ca: pki.caPem,
      ALPNProtocols: ['http/1.1'],
    });
    const got: string[] = [];
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => got.push(d));
    try {
      await new Promise((r) => sock.once('secureConnect', r));
      sock.write(
        `GET /ws HTTP/1.1\r\nHost: ${SHOP}\r\nCookie: cr_checkout=0\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n`,
      );
      await waitFor('101 from the canary', () => got.join('').startsWith('HTTP/1.1 101'), 5000);
      // the header cohort asked for the canary: it queues there (never sent to stable)
      const cohort = call({ path: '/cohort', headers: { 'x-canary': 'always' }, from: '127.0.0.2' });
      await waitFor(
        'one request queued for the canary',
        async () =>
          (await runtime.showStat()).find((r) => r.pxname === 'checkout_canary' && r.svname === 'BACKEND')
            ?.qcur === '1',
        1500,
      );
      const spilled = await call({ path: '/spilled', headers: onCanary });
      expect(spilled.status).toBe(200);
      expect(spilled.echoed?.backend).toBe('checkout-stable');
      sock.destroy(); // the canary is free again: the queued cohort request goes through
      const c = await cohort;
      expect([c.status, c.echoed?.backend]).toEqual([200, 'checkout-canary']);
      expect((await call({ path: '/after', headers: onCanary })).echoed?.backend).toBe('checkout-canary');
    } finally {
      sock.destroy();
      await runtime.command('set maxconn server checkout_canary/canary 4000');
    }
  });

  it('server state written before a reload is read back at start (server-state-file)', async () => {
    await runtime.command('set server admin_canary/canary state maint');
    writeFileSync(files.serverStateFile, await runtime.command('show servers state'));
    await haproxy.stop();
    haproxy = await startHaproxy(cfgFile, port);
    runtime = new HaproxyRuntime(files.statsSocket);
    await waitFor('admin canary state', async () => (await stateOf('admin_canary')) !== undefined, 10_000);
    expect((await stateOf('admin_canary'))?.status).toMatch(/MAINT/);
    await waitFor(
      'checkout canary UP',
      async () => (await stateOf('checkout_canary'))?.status === 'UP',
      10_000,
    );
  });
});
