// Why validate refuses what HAProxy accepts (issue 9 point 4): each case is first shown refused
// by validatePolicyText at its line:col, then rendered anyway (policy objects bypass validation)
// and run on the real HAProxy 2.6 to show the harm the refusal prevents.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as http from 'node:http';
import * as https from 'node:https';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePolicyText } from '../../src/policy/index.js';
import { formatPolicyError, type Policy } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { cloudRunHost } from '../../src/render/urls.js';
import {
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
  writeMapFiles,
} from '../support/haproxy.js';
import { policy, service } from '../render/policies.js';

const SHOP = 'shop.example.com';
const svc = service('checkout');
const STABLE = cloudRunHost(svc, 'stable');
const CANARY = cloudRunHost(svc, 'canary');

let dir: string;
let pki: Pki;
let stable: Backend;
let canary: Backend;
let agent: https.Agent;
const running: RunningHaproxy[] = [];

const refusal = (yamlTail: string): string[] => {
  const text = `version: 1
defaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }
${yamlTail}`;
  const r = validatePolicyText(text, 'p.yaml');
  return r.ok ? [] : r.errors.map(formatPolicyError);
};

async function launch(
  p: Policy,
  name: string,
  over: (ports: Awaited<ReturnType<typeof loopbackListeners>>) => object,
) {
  const files = localFiles(dir, pki, name);
  const ports = await loopbackListeners();
  writeMapFiles(p, 0, files.mapFile);
  const cfg = renderHaproxy(p, {
    step: 0,
    offline: true,
    overrides: {
      ...files,
      ...ports.overrides,
      serverAddress: { [STABLE]: stable.address, [CANARY]: canary.address },
      checkIntervalMs: 200,
      ...over(ports),
    },
  });
  const file = join(dir, `${name}.cfg`);
  writeFileSync(file, cfg);
  running.push(await startHaproxy(file, ports.port));
  return ports;
}

beforeAll(async () => {
  dir = tempDir();
  pki = makePki(dir, [SHOP, STABLE, CANARY]);
  stable = await startBackend('stable', STABLE, pki);
  canary = await startBackend('canary', CANARY, pki);
  agent = new https.Agent({ keepAlive: false });
});

afterAll(async () => {
  agent?.destroy();
  for (const h of running) await h.stop();
  await Promise.all([stable, canary].filter(Boolean).map((b) => b.close()));
  if (dir) removeDir(dir);
});

const SERVICE_YAML = (routing: string) => `services:
  - name: checkout
    hosts: [${SHOP}]
    image: us-docker.pkg.dev/acme/apps/checkout:v2
    routing: ${routing}
    analysis: { source: cloud-monitoring }
`;

describe('a cohort header named Host', () => {
  it('is refused at its line:col', () => {
    expect(
      refusal(SERVICE_YAML(`{ header: { name: Host, value: ${SHOP} }, sticky-cookie: cr_checkout }`)),
    ).toEqual([
      expect.stringMatching(
        /^p\.yaml:7:32 services\[0\]\.routing\.header\.name: "Host" is a hop-by-hop, routing or credential header/,
      ),
    ]);
  });

  it('would send every request to the canary at the 0% step on a live HAProxy', async () => {
    const p = policy(
      { haproxy: { ...policy().haproxy, limits: { maxConnections: 4000 }, runtimeApi: undefined } },
      [
        service('checkout', {
          routing: { header: { name: 'Host', value: SHOP }, stickyCookie: 'cr_checkout' },
        }),
      ],
    );
    const { port } = await launch(p, 'host-header', () => ({}));
    const answers = await pool(40, 8, () => request(agent, port, SHOP, { ca: pki.caPem }));
    expect(answers.map((a) => a.backend)).toEqual(Array(40).fill('canary'));
  });
});

describe('bind and http-bind on one port', () => {
  it('is refused at its line:col', () => {
    const yaml = `haproxy:
  certificate: /etc/haproxy/certs/site.pem
  bind: ["127.0.0.1:8443"]
  http-bind: "127.0.0.1:8443"
${SERVICE_YAML('{ sticky-cookie: cr_checkout }')}`;
    expect(refusal(yaml)).toEqual([
      expect.stringMatching(
        /^p\.yaml:6:14 haproxy\.http-bind: "127\.0\.0\.1:8443" takes the same port as haproxy\.bind\[0\]/,
      ),
    ]);
  });

  it('would hand some TLS connections to the plain-HTTP redirect on a live HAProxy', async () => {
    const p = policy({
      haproxy: { ...policy().haproxy, limits: { maxConnections: 4000 }, runtimeApi: undefined },
    });
    const { port } = await launch(p, 'same-port', (ports) => ({ httpBind: ports.overrides.bind[0] }));
    const outcomes = await pool(60, 6, () =>
      request(agent, port, SHOP, { ca: pki.caPem }).then(
        (a) => `${a.status}`,
        () => 'tls-failed',
      ),
    );
    expect(outcomes).toContain('200');
    expect(outcomes).toContain('tls-failed'); // landed on the redirect frontend, which speaks no TLS
  });
});

describe('runtime-api on the Prometheus listener', () => {
  it('is refused at its line:col', () => {
    const yaml = `haproxy:
  prometheus-bind: "127.0.0.1:9101"
  runtime-api: "127.0.0.1:9101"
${SERVICE_YAML('{ sticky-cookie: cr_checkout }')}`;
    expect(refusal(yaml)).toEqual([
      expect.stringMatching(
        /^p\.yaml:5:16 haproxy\.runtime-api: "127\.0\.0\.1:9101" takes the same port as haproxy\.prometheus-bind/,
      ),
    ]);
  });

  it('would make some metric scrapes reach the admin socket on a live HAProxy', async () => {
    const p = policy({ haproxy: { ...policy().haproxy, limits: { maxConnections: 4000 } } });
    const ports = await launch(p, 'prom-api', (pp) => ({ runtimeApi: pp.overrides.prometheusBind }));
    const scrape = () =>
      new Promise<string>((resolve) => {
        const req = http.get(
          { host: '127.0.0.1', port: ports.promPort, path: '/metrics', agent: false },
          (res) => {
            res.resume();
            resolve(String(res.statusCode));
          },
        );
        req.setTimeout(2000, () => req.destroy());
        req.on('error', () => resolve('not-http'));
      });
    const outcomes = await pool(60, 6, scrape);
    expect(outcomes).toContain('200');
    expect(outcomes).toContain('not-http'); // the runtime API answered (or dropped) an HTTP request
  });
});
