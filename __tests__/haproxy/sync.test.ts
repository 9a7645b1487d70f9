// `canary-relay sync` on the HAProxy host with a real HAProxy 2.6 (master-worker, reloaded with
// SIGUSR2 as systemd's ExecReload does) and the Cloud Run gRPC fake holding the rollout state:
// a runtime-only change is lost on reload; after sync, a reload keeps 25% on the canary.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as https from 'node:https';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli.js';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { validatePolicyText } from '../../src/policy/index.js';
import type { Policy } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { parseLogLine } from '../../src/render/haproxy-log.js';
import { revisionsMapPath } from '../../src/render/revisions.js';
import { REVISION } from '../support/cloudrun-fake-model.js';
import { cloudRunHost } from '../../src/render/urls.js';
import { ROLLOUT_ANNOTATION, serializeState, type RolloutState } from '../../src/rollout/state.js';
import { startCloudRunFake, type CloudRunFake } from '../support/cloudrun-fake.js';
import { spawnService, portOpen } from '../support/processes.js';
import {
  type Answer,
  type Backend,
  type Pki,
  type RunningHaproxy,
  haproxyBin,
  loopbackListeners,
  makePki,
  pool,
  removeDir,
  request,
  startBackend,
  tempDir,
  waitFor,
  writeMapFiles,
  exclusivePorts,
} from '../support/haproxy.js';

const SHOP = 'shop.example.com';
let dir: string;
let pki: Pki;
let fake: CloudRunFake;
let stable: Backend;
let canary: Backend;
let agent: https.Agent;
let haproxy: RunningHaproxy | undefined;
let policyFile: string;
let policy: Policy;
let cfgFile: string;
let port: number;
let mapFile: string;
let socket: string;

const state = (step: number): RolloutState => ({
  v: 1,
  owner: 'pr#7',
  policyDigest: 'x',
  phase: 'Progressing',
  step,
  stepStartedAt: 1,
  startedAt: 1,
  stable: 'checkout-00001-abc',
  canary: 'checkout-abcdef0',
  image: 'us-docker.pkg.dev/acme/apps/checkout:v2',
  lastVerdict: 'pass',
});

const yaml = (services: string[]) => `version: 1
defaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }
haproxy:
  certificate: ${join(dir, 'site.pem')}
  ca-file: ${join(dir, 'ca.pem')}
  map-file: ${join(dir, 'canary.map')}
  stats-socket: ${join(dir, 'admin.sock')}
services:
${services
  .map(
    (name, i) => `  - name: ${name}
    hosts: [${i === 0 ? SHOP : `${name}.example.com`}]
    image: us-docker.pkg.dev/acme/apps/${name}:v2
    routing: { sticky-cookie: cr_${name}, header: { name: X-Canary, value: always } }
    steps: [{ header-only: true, bake: 5m }, { percent: 5, bake: 10m }, { percent: 25, bake: 10m }, { percent: 50, bake: 10m }]
    analysis: { source: cloud-monitoring }`,
  )
  .join('\n')}
`;

async function startHaproxyMW(): Promise<RunningHaproxy> {
  // master-worker, as systemd runs it: SIGUSR2 reloads (new worker, files read again)
  return spawnService(haproxyBin(), ['-W', '-db', '-f', cfgFile], {
    what: `haproxy to listen on ${port}`,
    ready: () => portOpen(port),
    timeoutMs: 10_000,
  });
}

const runtime = () => new HaproxyRuntime(socket, { persistMapFile: false });
const livePercent = async () => (await runtime().getPercents(mapFile)).checkout;
const workerPid = async () => /^Pid: (\d+)$/m.exec(await runtime().command('show info'))?.[1];

/** Both revisions' servers UP in the running worker (its health checks have run). */
async function serversUp(): Promise<void> {
  await waitFor(
    'stable and canary UP',
    async () => {
      const rows = await runtime()
        .showStat()
        .catch(() => []);
      const up = (b: string, s: string) =>
        rows.some((r) => r.pxname === b && r.svname === s && r.status === 'UP');
      return up('checkout_stable', 'stable') && up('checkout_canary', 'canary');
    },
    20_000,
  );
}

async function reload(): Promise<void> {
  const before = await workerPid();
  process.kill(haproxy!.pid, 'SIGUSR2');
  await waitFor('the new worker', async () => (await workerPid().catch(() => before)) !== before, 10_000);
  await serversUp();
}

const cli = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const canaryShare = async (n: number) => {
  // a fresh agent: no keep-alive connection left on a worker that a reload retired
  agent.destroy();
  agent = new https.Agent({ keepAlive: true, maxSockets: 32 });
  const answers: Answer[] = await pool(n, 32, () => request(agent, port, SHOP, { ca: pki.caPem }));
  expect(answers.filter((a) => a.status !== 200).map((a) => `${a.status} ${a.body}`)).toEqual([]);
  return answers.filter((a) => a.backend === 'canary').length / n;
};

beforeAll(async () => {
  dir = tempDir();
  const stableHost = 'stable---checkout-123456789012.us-central1.run.app';
  const canaryHost = 'canary---checkout-123456789012.us-central1.run.app';
  pki = makePki(dir, [SHOP, stableHost, canaryHost]);
  stable = await startBackend('stable', stableHost, pki);
  canary = await startBackend('canary', canaryHost, pki);
  agent = new https.Agent({ keepAlive: true, maxSockets: 32 });
  fake = await startCloudRunFake({ projectNumber: '123456789012' });
  fake.seedService({
    name: 'checkout',
    project: 'acme-prod',
    location: 'us-central1',
    annotations: { [ROLLOUT_ANNOTATION]: serializeState(state(2)) }, // step 3 of 4: 25%
    // the tags as the engine leaves them: the backends' hosts (stable---, canary---) name these
    revision: 'checkout-abcdef0',
    revisions: [{ name: 'checkout-00001-abc', image: 'us-docker.pkg.dev/acme/apps/checkout:v1' }],
    traffic: [
      { type: REVISION, revision: 'checkout-00001-abc', percent: 75, tag: 'stable' },
      { type: REVISION, revision: 'checkout-abcdef0', percent: 25, tag: 'canary' },
    ],
  });
  policyFile = join(dir, 'traffic-policy.yaml');
  writeFileSync(policyFile, yaml(['checkout']));
  const r = validatePolicyText(readFileSync(policyFile, 'utf8'), policyFile);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  policy = r.policy;
  expect(cloudRunHost(policy.services[0], 'stable')).toBe(stableHost);
  mapFile = policy.haproxy.mapFile;
  socket = policy.haproxy.statsSocket;
  const ports = await loopbackListeners();
  port = ports.port;
  cfgFile = join(dir, 'haproxy.cfg');
  writeFileSync(
    cfgFile,
    exclusivePorts(
      renderHaproxy(policy, {
        step: 0,
        offline: true,
        overrides: {
          ...ports.overrides,
          serverAddress: { [stableHost]: stable.address, [canaryHost]: canary.address },
          checkIntervalMs: 1000, // also the checks' connect timeout (min of inter and timeout connect): not too short under load
        },
      }),
    ),
  );
  writeMapFiles(policy, 0, mapFile); // the host's files from before the rollout: 0%
  haproxy = await startHaproxyMW();
  await serversUp();
});

afterAll(async () => {
  agent?.destroy();
  await haproxy?.stop();
  await fake?.stop();
  await Promise.all([stable, canary].filter(Boolean).map((b) => b.close()));
  if (dir) removeDir(dir);
});

describe('canary-relay sync on the HAProxy host', () => {
  it('without sync, a runtime-only change is lost on reload (what sync is for)', async () => {
    await runtime().setPercent(mapFile, 'checkout', 25);
    expect(await livePercent()).toBe(25);
    await reload();
    expect(await livePercent()).toBe(0);
  });

  it('sync writes the files from the Cloud Run state and applies them; a reload keeps 25%', async () => {
    const r = await cli('sync', policyFile, '--cloud-run-endpoint', fake.endpoint);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`wrote ${mapFile} (checkout 25%)`);
    expect(r.out).toContain('checkout: 0% -> 25% in the running HAProxy');
    expect(readFileSync(mapFile, 'utf8')).toMatch(/^checkout 25$/m);
    expect(await livePercent()).toBe(25);
    expect(Math.abs((await canaryShare(2000)) - 0.25)).toBeLessThanOrEqual(0.04);
    await reload();
    expect(await livePercent()).toBe(25);
    expect(Math.abs((await canaryShare(2000)) - 0.25)).toBeLessThanOrEqual(0.04);
  });

  it('sync writes and applies the revisions map: after a reload the logs name both revisions', async () => {
    const revFile = revisionsMapPath(mapFile);
    expect(readFileSync(revFile, 'utf8')).toMatch(
      /^checkout_stable checkout-00001-abc\ncheckout_canary checkout-abcdef0$/m,
    );
    expect(await runtime().getEntries(revFile)).toEqual({
      checkout_stable: 'checkout-00001-abc',
      checkout_canary: 'checkout-abcdef0',
    });
    // the previous test's reload started from the files sync wrote; one more, then read the logs
    await reload();
    for (const [path, bucket] of [
      ['/rev-canary', 3],
      ['/rev-stable', 42],
    ] as const) {
      const a = await request(agent, port, SHOP, {
        path,
        headers: { cookie: `cr_checkout=${bucket}` },
        ca: pki.caPem,
      });
      expect(a.status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 300));
    const rec = (path: string) =>
      haproxy!
        .output()
        .split('\n')
        .filter((l) => l.includes(` ${path} HTTP/`))
        .map(parseLogLine);
    expect(rec('/rev-canary')).toEqual([
      expect.objectContaining({ side: 'canary', rev: 'checkout-abcdef0', pct: 25 }),
    ]);
    expect(rec('/rev-stable')).toEqual([
      expect.objectContaining({ side: 'stable', rev: 'checkout-00001-abc' }),
    ]);
  });

  it('a promotion seen by sync moves the stable entry and drops the canary one, live and in the file', async () => {
    fake.externalWrite('checkout', (svc) => {
      svc.traffic = [{ type: REVISION, revision: 'checkout-abcdef0', percent: 100, tag: 'stable' }];
    });
    const r = await cli('sync', policyFile, '--cloud-run-endpoint', fake.endpoint);
    expect(r.code).toBe(0);
    expect(r.out).toContain('checkout_stable checkout-00001-abc -> checkout-abcdef0 in the running HAProxy');
    expect(r.out).toContain('checkout_canary checkout-abcdef0 -> (none) in the running HAProxy');
    const revFile = revisionsMapPath(mapFile);
    expect(await runtime().getEntries(revFile)).toEqual({ checkout_stable: 'checkout-abcdef0' });
    expect(readFileSync(revFile, 'utf8')).not.toMatch(/checkout_canary/);
    fake.externalWrite('checkout', (svc) => {
      svc.traffic = [
        { type: REVISION, revision: 'checkout-00001-abc', percent: 75, tag: 'stable' },
        { type: REVISION, revision: 'checkout-abcdef0', percent: 25, tag: 'canary' },
      ];
    });
  });

  it('before HAProxy starts (ExecStartPre), sync writes the files it starts from', async () => {
    await haproxy?.stop();
    haproxy = undefined;
    fake.externalWrite('checkout', (svc) => {
      svc.annotations[ROLLOUT_ANNOTATION] = serializeState(state(3)); // 50%
    });
    const r = await cli('sync', policyFile, '--cloud-run-endpoint', fake.endpoint);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`HAProxy is not running at ${socket}: it reads the files when it starts`);
    haproxy = await startHaproxyMW();
    await serversUp();
    expect(await livePercent()).toBe(50);
  });

  it('a service it cannot read leaves every file and the running HAProxy as they were', async () => {
    const two = join(dir, 'two.yaml');
    writeFileSync(two, yaml(['checkout', 'missing']));
    const before = readFileSync(mapFile, 'utf8');
    const r = await cli('sync', two, '--cloud-run-endpoint', fake.endpoint);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing: reading its rollout state from Cloud Run failed/);
    expect(r.err).toContain(`nothing written: ${mapFile} and the running HAProxy keep what they have`);
    expect(readFileSync(mapFile, 'utf8')).toBe(before);
    expect(await livePercent()).toBe(50);
  });
});
