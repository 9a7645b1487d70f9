// `canary-relay tokens`: ID tokens from a metadata-server fake (google-auth-library's real client,
// pointed at loopback with GCE_METADATA_HOST) into a real HAProxy through its runtime API, in front
// of HTTPS backends that, like a private Cloud Run service, refuse requests without a valid token.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as https from 'node:https';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli.js';
import { runTokens } from '../../src/cli/tokens.js';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { validatePolicyText } from '../../src/policy/index.js';
import type { Policy } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { cloudRunHost } from '../../src/render/urls.js';
import { dueForRefresh, nextRefreshAt, tokenExpiry, tokenTargets } from '../../src/tokens/plan.js';
import {
  type Pki,
  type RunningHaproxy,
  localFiles,
  loopbackListeners,
  makePki,
  removeDir,
  request,
  startHaproxy,
  tempDir,
  waitFor,
  writeMapFiles,
} from '../support/haproxy.js';
import { startEchoBackend, type EchoBackend, type Echoed } from '../support/echo-backend.js';
import { startMetadataFake, type MetadataFake } from '../support/metadata-fake.js';

const SHOP = 'shop.example.com';
const AUDIENCE = 'https://checkout-123456789012.us-central1.run.app';
const POLICY = (cert: string) => `version: 1
defaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }
haproxy:
  certificate: ${cert}
services:
  - name: checkout
    hosts: [${SHOP}]
    image: us-docker.pkg.dev/acme/apps/checkout:v2
    auth: id-token
    routing: { sticky-cookie: cr_checkout }
    analysis: { source: cloud-monitoring }
  - name: web
    hosts: [www.example.com]
    image: us-docker.pkg.dev/acme/apps/web:v2
    routing: { sticky-cookie: cr_web }
    analysis: { source: cloud-monitoring }
`;

const jwt = (claims: unknown) =>
  `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('token planning (pure)', () => {
  it.each([
    [jwt({ exp: 1_700_000_000 }), 1_700_000_000_000],
    [jwt({ exp: 1, aud: 'x' }), 1000],
  ])('reads exp from %s', (token, ms) => expect(tokenExpiry(token, 't')).toBe(ms));

  it.each([
    ['not a jwt', /not a JWT/],
    [`${jwt({ exp: 1 })}\nset server x/y state maint`, /not a JWT/],
    [`${jwt({ exp: 1 })} extra`, /not a JWT/],
    ['a.b.c', /payload is not JSON/],
    [jwt({ aud: 'no exp' }), /no numeric "exp"/],
    [jwt({ exp: '1' }), /no numeric "exp"/],
  ])('refuses %j', (token, why) => {
    expect(() => tokenExpiry(token, 'checkout')).toThrow(why);
    try {
      tokenExpiry(token, 'checkout');
    } catch (e) {
      expect((e as Error).message).not.toContain(token); // a token never lands in a log
    }
  });

  it('refreshes missing tokens and those within refresh-before of expiry; sleeps until the earliest', () => {
    const held = [
      { service: 'a' },
      { service: 'b', expiresAt: 10_000 },
      { service: 'c', expiresAt: 100_000 },
    ];
    expect(dueForRefresh(held, 5_000, 6_000)).toEqual(['a', 'b']);
    expect(dueForRefresh(held, 5_000, 4_000)).toEqual(['a']);
    expect(nextRefreshAt(held.slice(1), 0, 6_000)).toBe(4_000);
    expect(nextRefreshAt(held.slice(1), 3_900, 6_000)).toBe(4_900); // at least a second away
  });

  it('targets only auth: id-token services, with the service URL as audience', () => {
    const r = validatePolicyText(POLICY('/etc/site.pem'), 'p.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(tokenTargets(r.policy)).toEqual([{ service: 'checkout', audience: AUDIENCE }]);
  });
});

describe('canary-relay tokens against a real HAProxy', () => {
  let dir: string;
  let pki: Pki;
  let meta: MetadataFake;
  let stable: EchoBackend;
  let canary: EchoBackend;
  let haproxy: RunningHaproxy;
  let port: number;
  let files: ReturnType<typeof localFiles>;
  let policyFile: string;
  let agent: https.Agent;
  const issued = () => meta.issued.map((t) => t.token);
  const accept = (t: string) => meta.issued.some((x) => x.token === t && x.audience === AUDIENCE);
  const get = () =>
    request(agent, port, SHOP, { ca: pki.caPem, headers: { authorization: 'Bearer client' } });
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const status = async (backend: string) =>
    (await new HaproxyRuntime(files.statsSocket).showStat()).find(
      (r) => r.pxname === backend && r.svname !== 'BACKEND',
    )?.status;

  beforeAll(async () => {
    dir = tempDir('cr-tokens-');
    meta = await startMetadataFake();
    process.env.GCE_METADATA_HOST = meta.host;
    const p0 = validatePolicyText(POLICY('/x.pem'), 'p.yaml');
    if (!p0.ok) throw new Error('policy');
    const svc = p0.policy.services[0];
    const hosts = { stable: cloudRunHost(svc, 'stable'), canary: cloudRunHost(svc, 'canary') };
    pki = makePki(dir, [SHOP, hosts.stable, hosts.canary]);
    stable = await startEchoBackend('stable', hosts.stable, pki, { accept });
    canary = await startEchoBackend('canary', hosts.canary, pki, { accept });
    policyFile = join(dir, 'traffic-policy.yaml');
    writeFileSync(policyFile, POLICY(pki.leafPemFile));
    const r = validatePolicyText(POLICY(pki.leafPemFile), policyFile);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const p: Policy = r.policy;
    files = localFiles(dir, pki, 'tokens');
    const ports = await loopbackListeners();
    port = ports.port;
    writeMapFiles(p, 1, files.mapFile);
    const cfg = renderHaproxy(p, {
      step: 1,
      offline: true,
      overrides: {
        ...files,
        ...ports.overrides,
        serverAddress: { [hosts.stable]: stable.address, [hosts.canary]: canary.address },
        checkIntervalMs: 300,
      },
    });
    writeFileSync(join(dir, 'tokens.cfg'), cfg);
    haproxy = await startHaproxy(join(dir, 'tokens.cfg'), port);
    agent = new https.Agent({ keepAlive: true });
  }, 30_000);

  afterAll(async () => {
    delete process.env.GCE_METADATA_HOST;
    agent?.destroy();
    await haproxy?.stop();
    await Promise.all([stable?.close(), canary?.close(), meta?.stop()]);
    if (dir) removeDir(dir);
  });

  it('without a token HAProxy answers 503 saying why, and the private backends fail their checks', async () => {
    const a = await get();
    expect([a.status, a.body]).toEqual([503, 'no ID token for checkout yet: run canary-relay tokens']);
    await waitFor(
      'stable DOWN (401 on /health)',
      async () => (await status('checkout_stable')) === 'DOWN',
      10_000,
    );
  });

  it('`tokens --once` fetches a token per audience and sets it live: requests and checks pass', async () => {
    const r = await cli(
      'tokens',
      policyFile,
      '--runtime-api',
      files.statsSocket,
      '--map-file',
      files.tokenMap,
      '--once',
    );
    expect(r.code).toBe(0);
    expect(meta.issued.map((t) => t.audience)).toEqual([AUDIENCE]);
    expect(r.out).toMatch(
      /^checkout: ID token for https:\/\/checkout-123456789012\.us-central1\.run\.app valid until 20\d\d-/,
    );
    expect(r.out + r.err).not.toContain(issued()[0]);
    const file = readFileSync(files.tokenMap, 'utf8');
    expect(file).toContain(`checkout ${issued()[0]}`);
    expect(statSync(files.tokenMap).mode & 0o777).toBe(0o600);
    await waitFor('stable UP', async () => (await status('checkout_stable')) === 'UP', 10_000);
    const a = await get();
    expect(a.status).toBe(200);
    expect(stable.lastCheckHeaders?.authorization).toBe(`Bearer ${issued()[0]}`);
  });

  it("with a fleet (runtime-api list) and no --runtime-api, the token goes to this host's stats-socket", async () => {
    const fleetFile = join(dir, 'fleet-policy.yaml');
    // two instances that do not answer: the default must not be the list's first entry
    writeFileSync(
      fleetFile,
      POLICY(pki.leafPemFile).replace(
        /^haproxy:\n/m,
        `haproxy:\n  stats-socket: ${files.statsSocket}\n  runtime-api: [127.0.0.1:1, 127.0.0.1:2]\n`,
      ),
    );
    const r = await cli('tokens', fleetFile, '--map-file', files.tokenMap, '--once');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain(`and on ${files.statsSocket}`);
    expect(r.out).not.toContain('127.0.0.1:1');
  });

  it('the loop refreshes each token before it expires, without a reload', async () => {
    const pid = haproxy.pid;
    meta.lifetimeS = 12;
    const before = meta.issued.length;
    const controller = new AbortController();
    const lines: string[] = [];
    const loop = runTokens(
      {
        policyFile,
        runtimeApis: [files.statsSocket],
        mapFile: files.tokenMap,
        refreshBeforeMs: 10_000,
        once: false,
        fetch: (await import('../../src/adapters/id-tokens.js')).metadataIdTokens(),
        signal: controller.signal,
      },
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      [{ service: 'checkout', audience: AUDIENCE }],
    );
    try {
      await waitFor('three refreshes', () => meta.issued.length >= before + 3, 15_000);
    } finally {
      controller.abort();
    }
    expect(await loop).toBe(0);
    expect(haproxy.pid).toBe(pid);
    const latest = issued()[meta.issued.length - 1];
    const a = await get();
    expect([a.status, (JSON.parse(a.body) as Echoed).headers.authorization]).toEqual([
      200,
      `Bearer ${latest}`,
    ]);
    expect(readFileSync(files.tokenMap, 'utf8')).toContain(`checkout ${latest}`);
    expect(lines.every((l) => / valid until /.test(l))).toBe(true);
  });

  it('a metadata server failure is reported (exit 1) and the token in force stays', async () => {
    meta.failWith = 500;
    try {
      const r = await cli(
        'tokens',
        policyFile,
        '--runtime-api',
        files.statsSocket,
        '--map-file',
        files.tokenMap,
        '--once',
      );
      expect(r.code).toBe(1);
      expect(r.err).toMatch(
        /^checkout: fetching an ID token for https:\/\/checkout-.* from the metadata server at 127\.0\.0\.1:\d+/,
      );
    } finally {
      meta.failWith = undefined;
    }
    expect((await get()).status).toBe(200);
  });

  it('refuses an answer that is not a JWT before anything reaches HAProxy', async () => {
    const mapBefore = readFileSync(files.tokenMap, 'utf8');
    const lines: string[] = [];
    const code = await runTokens(
      {
        policyFile,
        runtimeApis: [files.statsSocket],
        mapFile: files.tokenMap,
        refreshBeforeMs: 60_000,
        once: true,
        fetch: async () => 'abc\nset server checkout_stable/stable state maint',
      },
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      [{ service: 'checkout', audience: AUDIENCE }],
    );
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/not a JWT/);
    expect(readFileSync(files.tokenMap, 'utf8')).toBe(mapBefore);
    expect(await status('checkout_stable')).toBe('UP');
  });
});
