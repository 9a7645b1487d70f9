// Per-service features at scale, on the real HAProxy 2.6: with 45 services that all use
// `auth: id-token`, a header cohort with `allow-from` and `client-verify: required` (one more
// service is optional), the frontend stays the same handful of rules (issue 11), and the last
// service, whose name sits on the allow-from ACL's second line, still gets every guarantee:
// its token, no client credentials, the header only from allowed networks, 403 without a
// client certificate.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as https from 'node:https';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy, Service } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { cloudRunHost } from '../../src/render/urls.js';
import {
  type ClientCerts,
  type Pki,
  type RunningHaproxy,
  localFiles,
  loopbackListeners,
  makeClientCerts,
  makePki,
  removeDir,
  startHaproxy,
  tempDir,
  writeMapFiles,
} from '../support/haproxy.js';
import { startEchoBackend, type EchoBackend, type Echoed } from '../support/echo-backend.js';
import { policy, service } from '../render/policies.js';

const N = 45;
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJzdmMtNDQifQ.c2ln';
const name = (i: number) => `svc-${i}`;
const host = (i: number) => `s${i}.example.com`;
const LAST = N - 1;

const services: Service[] = [
  ...Array.from({ length: N }, (_, i) =>
    service(name(i), {
      hosts: [host(i)],
      auth: 'id-token',
      clientVerify: 'required',
      routing: {
        header: { name: 'X-Canary', value: 'always', allowFrom: ['127.0.0.2'] },
        stickyCookie: `cr_${i}`,
      },
    }),
  ),
  service('open', { hosts: ['open.example.com'], clientVerify: 'optional' }),
];
const last = services[LAST];

let dir: string;
let pki: Pki;
let certs: ClientCerts;
let p: Policy;
let cfg: string;
let port: number;
let haproxy: RunningHaproxy;
const be: Record<'stable' | 'canary', EchoBackend> = {} as never;

function call(opts: { headers?: Record<string, string>; from?: string; withCert?: boolean }) {
  return new Promise<{ status: number; echoed?: Echoed; body: string }>((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        servername: host(LAST),
        path: '/',
        localAddress: opts.from ?? '127.0.0.1',
        agent: false,
        ca: pki.caPem,
        ...(opts.withCert ? { cert: certs.good.cert, key: certs.good.key } : {}),
        headers: { host: host(LAST), ...opts.headers },
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
          resolve({ status: res.statusCode ?? 0, echoed, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = tempDir('cr-many-');
  pki = makePki(dir, [host(LAST), cloudRunHost(last, 'stable'), cloudRunHost(last, 'canary')]);
  mkdirSync(join(dir, 'clients'));
  certs = makeClientCerts(join(dir, 'clients'));
  be.stable = await startEchoBackend('stable', cloudRunHost(last, 'stable'), pki, { token: TOKEN });
  be.canary = await startEchoBackend('canary', cloudRunHost(last, 'canary'), pki, { token: TOKEN });
  const listeners = await loopbackListeners();
  port = listeners.port;
  p = policy({ haproxy: { ...policy().haproxy, runtimeApi: undefined, clientCa: certs.caFile } }, services);
  const files = localFiles(dir, pki, 'many');
  writeMapFiles(p, 0, files.mapFile);
  writeFileSync(files.tokenMap, `${last.name} ${TOKEN}\n`);
  cfg = renderHaproxy(p, {
    step: 0,
    offline: true,
    overrides: {
      ...files,
      ...listeners.overrides,
      clientCa: certs.caFile,
      checkIntervalMs: 60_000,
      serverAddress: {
        [cloudRunHost(last, 'stable')]: be.stable.address,
        [cloudRunHost(last, 'canary')]: be.canary.address,
      },
    },
  });
  const cfgFile = join(dir, 'many.cfg');
  writeFileSync(cfgFile, cfg);
  haproxy = await startHaproxy(cfgFile, port);
});

afterAll(async () => {
  await haproxy?.stop();
  await Promise.all(Object.values(be).map((b) => b.close()));
  if (dir) removeDir(dir);
});

describe(`${N} services with auth, allow-from and a required client certificate`, () => {
  it('the frontend names no service; the allow-from ACL holds them all, the last on its second line', () => {
    const frontend = cfg.split('\n\n').find((s) => s.startsWith('frontend cr_main'))!;
    expect(frontend).not.toMatch(/cr_token|Authorization|deny_status 403/);
    const rules = frontend.split('\n').filter((l) => !/^\s+(#|acl )/.test(l));
    expect(rules.filter((l) => /svc-\d/.test(l))).toEqual([]);
    const acl = frontend.split('\n').filter((l) => l.trim().startsWith('acl cr_allow_from_1 '));
    expect(acl).toHaveLength(2);
    expect(acl[1].split(' ')).toContain(last.name);
    expect(frontend.split('\n').filter((l) => l.includes('del-header X-Canary'))).toHaveLength(1);
  });

  it('outside allow-from the header is dropped: stable, with the token and no client Authorization', async () => {
    const r = await call({ withCert: true, headers: { 'x-canary': 'always', authorization: 'Bearer mine' } });
    expect([r.status, r.echoed?.backend]).toEqual([200, 'stable']);
    expect(r.echoed?.headers['x-canary']).toBeUndefined();
    expect(r.echoed?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('from an allowed network the header picks the canary (at 0%)', async () => {
    const r = await call({ withCert: true, from: '127.0.0.2', headers: { 'x-canary': 'always' } });
    expect([r.status, r.echoed?.backend, r.echoed?.headers['x-canary']]).toEqual([200, 'canary', 'always']);
  });

  it('without a client certificate: 403, and nothing reaches Cloud Run', async () => {
    const before = be.stable.total + be.canary.total - be.stable.checks - be.canary.checks;
    const r = await call({});
    expect(r.status).toBe(403);
    expect(be.stable.total + be.canary.total - be.stable.checks - be.canary.checks).toBe(before);
  });
});
