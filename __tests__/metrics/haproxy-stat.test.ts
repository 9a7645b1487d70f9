// The `show stat` source against a REAL HAProxy on loopback, through the real runtime API client.
import * as http from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { backendCounts, haproxyStatSources } from '../../src/adapters/metrics/haproxy-stat.js';
import { createPoller } from '../../src/adapters/metrics/source.js';
import { freePort, removeDir, startHaproxy, tempDir, type RunningHaproxy } from '../support/haproxy.js';
import { burst, exporterConfig, get, startErrorBackend, type TestBackend } from './support/loopback.js';

let dir: string;
let cfg: string;
let stable: TestBackend;
let canary: TestBackend;
let haproxy: RunningHaproxy;
let fePort: number;
let runtime: HaproxyRuntime;
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

beforeAll(async () => {
  dir = tempDir('cr-stat-');
  stable = await startErrorBackend('stable', (n) => n % 50 === 0);
  canary = await startErrorBackend('canary', (n) => n % 4 === 0);
  fePort = await freePort();
  cfg = join(dir, 'haproxy.cfg');
  const socket = join(dir, 'admin.sock');
  writeFileSync(
    cfg,
    exporterConfig({
      feBind: `127.0.0.1:${fePort}`,
      promBind: `127.0.0.1:${await freePort()}`,
      socket,
      stable: stable.address,
      canary: canary.address,
    }),
  );
  haproxy = await startHaproxy(cfg, fePort);
  runtime = new HaproxyRuntime(socket);
});

afterAll(async () => {
  agent.destroy();
  await haproxy?.stop();
  await stable?.close();
  await canary?.close();
  if (dir) removeDir(dir);
});

const sendBoth = async (nStable: number, nCanary: number) => {
  await burst(nStable, 6, () => get(agent, fePort));
  await burst(nCanary, 6, () => get(agent, fePort, { 'x-canary': 'always' }));
};

test('increments per backend between polls: hrsp_5xx as errors, req_tot as requests', async () => {
  await sendBoth(10, 10); // traffic before the stage is not counted
  const sources = haproxyStatSources(runtime, { canary: 'checkout_canary', stable: 'checkout_stable' });
  const poller = createPoller({ ...sources, startedAt: Date.now() });
  expect(await poller.poll(Date.now())).toBeNull(); // baseline
  stable.setFailure((n) => n % 50 === 0);
  canary.setFailure((n) => n % 4 === 0);
  await sendBoth(200, 40);
  const p1 = await poller.poll(Date.now());
  expect(p1?.canary).toEqual({ requests: 40, errors: 10 });
  expect(p1?.stable).toEqual({ requests: 200, errors: 4 });
  await sendBoth(0, 8);
  const p2 = await poller.poll(Date.now());
  expect(p2?.canary).toEqual({ requests: 8, errors: 2 });
  expect(p2?.stable).toEqual({ requests: 0, errors: 0 });
});

test('an HAProxy restart is seen as a counter reset and reported, counting from zero', async () => {
  const sources = haproxyStatSources(runtime, { canary: 'checkout_canary', stable: 'checkout_stable' });
  const poller = createPoller({ ...sources, startedAt: Date.now() });
  await sendBoth(30, 30);
  await poller.poll(Date.now()); // baseline with 30+ on each side
  await haproxy.stop();
  haproxy = await startHaproxy(cfg, fePort);
  stable.setFailure(() => false);
  canary.setFailure((n) => n <= 3);
  await sendBoth(5, 6);
  const p = await poller.poll(Date.now());
  expect(p?.canary).toEqual({ requests: 6, errors: 3 });
  expect(p?.stable).toEqual({ requests: 5, errors: 0 });
  expect(
    p?.notes?.some((n) =>
      /canary \(HAProxy backend checkout_canary\) requests counter reset \(\d+ → 6\)/.test(n),
    ),
  ).toBe(true);
});

test('a backend absent from show stat is missing, not zero', async () => {
  const sources = haproxyStatSources(runtime, { canary: 'checkout_canary', stable: 'no_such_backend' });
  const s = await sources.stable.sample(Date.now());
  expect(s).toEqual({
    requests: null,
    errors: null,
    notes: ["backend no_such_backend is not in HAProxy's show stat"],
  });
});

test.each<{ name: string; row: Record<string, string>; want: object }>([
  {
    name: 'req_tot preferred',
    row: { req_tot: '12', hrsp_5xx: '2', hrsp_2xx: '9' },
    want: { requests: 12, errors: 2 },
  },
  {
    name: 'response classes summed when req_tot is empty',
    row: {
      req_tot: '',
      hrsp_1xx: '0',
      hrsp_2xx: '7',
      hrsp_3xx: '1',
      hrsp_4xx: '1',
      hrsp_5xx: '2',
      hrsp_other: '0',
    },
    want: { requests: 11, errors: 2 },
  },
  { name: 'no counters at all', row: { req_tot: '' }, want: { requests: null, errors: null } },
])('backendCounts: $name', ({ row, want }) => {
  expect(backendCounts([{ pxname: 'b', svname: 'BACKEND', ...row }], 'b')).toEqual(want);
});
