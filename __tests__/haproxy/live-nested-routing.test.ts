// Nested path prefixes across services, on the real HAProxy 2.6: the longest matching prefix
// wins whichever service owns it and in whatever order the policy lists the services
// (fixtures/policies/accepted/nested-prefixes.yaml; issue 9 point 4).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as https from 'node:https';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePolicyText } from '../../src/policy/index.js';
import type { Policy } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { cloudRunHost } from '../../src/render/urls.js';
import {
  type Backend,
  type Pki,
  type RunningHaproxy,
  localFiles,
  loopbackListeners,
  makePki,
  removeDir,
  request,
  startBackend,
  startHaproxy,
  tempDir,
  writeMapFiles,
} from '../support/haproxy.js';

const SHOP = 'shop.example.com';
const FIXTURE = 'fixtures/policies/accepted/nested-prefixes.yaml';

function load(): Policy {
  const r = validatePolicyText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  if (!r.ok) throw new Error(`${FIXTURE} does not validate: ${JSON.stringify(r.errors)}`);
  return r.policy;
}

let dir: string;
let pki: Pki;
let agent: https.Agent;
const backends: Record<string, Backend> = {};
const running: RunningHaproxy[] = [];

/** Renders `p` at step 0 (everyone on stable) with each service's stable URL on a local backend. */
async function launch(p: Policy, name: string): Promise<number> {
  const files = localFiles(dir, pki, name);
  const ports = await loopbackListeners();
  writeMapFiles(p, 0, files.mapFile);
  const serverAddress = Object.fromEntries(
    p.services.map((s) => [cloudRunHost(s, 'stable'), backends[s.name].address]),
  );
  const cfg = renderHaproxy(p, {
    step: 0,
    offline: true,
    overrides: { ...files, ...ports.overrides, serverAddress, checkIntervalMs: 200 },
  });
  const cfgFile = join(dir, `${name}.cfg`);
  writeFileSync(cfgFile, cfg);
  running.push(await startHaproxy(cfgFile, ports.port));
  return ports.port;
}

beforeAll(async () => {
  dir = tempDir();
  const p = load();
  pki = makePki(dir, [SHOP, ...p.services.map((s) => cloudRunHost(s, 'stable'))]);
  for (const s of p.services) backends[s.name] = await startBackend(s.name, cloudRunHost(s, 'stable'), pki);
  agent = new https.Agent({ keepAlive: true, maxSockets: 8 });
});

afterAll(async () => {
  agent?.destroy();
  for (const h of running) await h.stop();
  await Promise.all(Object.values(backends).map((b) => b.close()));
  if (dir) removeDir(dir);
});

const CASES: [string, string][] = [
  ['/api/v2/users', 'apiv2'],
  ['/api/v2', 'apiv2'],
  ['/api/v2/', 'apiv2'],
  ['/api', 'api'],
  ['/api/users', 'api'],
  ['/api/v20', 'api'], // a prefix is a whole path segment: /api/v20 is not under /api/v2
  ['/a-very-long-prefix/x', 'api'],
  ['/apiary', 'web'],
  ['/', 'web'],
  ['/other/api/v2', 'web'],
];

describe.each([
  ['in the fixture order', (p: Policy) => p],
  ['with the services reversed', (p: Policy) => ({ ...p, services: [...p.services].reverse() })],
])('nested prefixes on one host, live, %s', (label, arrange) => {
  let port: number;
  beforeAll(async () => {
    port = await launch(arrange(load()), label.replace(/\W+/g, '-'));
  });

  it.each(CASES)('GET %s reaches %s', async (path, expected) => {
    const a = await request(agent, port, SHOP, { path, ca: pki.caPem });
    expect(`${a.status} ${a.backend}`).toBe(`200 ${expected}`);
  });

  // "base" (Host + path as sent) misses for these; the normalised second lookup finds the route
  it.each(CASES)('GET %s with Host in capitals and with a port reaches %s', async (path, expected) => {
    const headers = { host: `${SHOP.toUpperCase()}:${port}` };
    const a = await request(agent, port, SHOP, { path, ca: pki.caPem, headers });
    expect(`${a.status} ${a.backend}`).toBe(`200 ${expected}`);
  });

  it('no backend saw a wrong SNI or Host', () => {
    expect(Object.values(backends).flatMap((b) => b.misrouted)).toEqual([]);
  });
});
