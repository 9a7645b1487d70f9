// Recent traffic for the plan's forecast, read from each source for real: a REAL Prometheus scraping
// a REAL HAProxy exporter, the same HAProxy's runtime API (show stat / show info), and the REAL
// MetricServiceClient against the Cloud Monitoring gRPC fake. Failures come back as one reason.
import * as grpc from '@grpc/grpc-js';
import * as http from 'node:http';
import type * as net from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import {
  createMonitoringClient,
  REQUEST_COUNT,
  type TimeSeriesLister,
} from '../../src/adapters/metrics/cloud-monitoring.js';
import { readRecentTraffic, type RecentTrafficDeps } from '../../src/adapters/metrics/recent-traffic.js';
import type { RecentTrafficRead } from '../../src/analysis/forecast-stage.js';
import { freePort, removeDir, startHaproxy, tempDir, type RunningHaproxy } from '../support/haproxy.js';
import { startMonitoringFake, type MonitoringFake } from '../support/monitoring-fake.js';
import { makeService, MIN } from '../support/policies.js';
import {
  burst,
  exporterConfig,
  get,
  startErrorBackend,
  startPrometheus,
  waitForValue,
  type RunningPrometheus,
  type TestBackend,
} from './support/loopback.js';

let dir: string;
let stable: TestBackend;
let canary: TestBackend;
let haproxy: RunningHaproxy;
let prom: RunningPrometheus;
let fePort: number;
let socket: string;
let gmp: http.Server;
let fake: MonitoringFake;
let monitoring: TimeSeriesLister;
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const sent = { stable: 0, canary: 0 };
let promStarted = 0;
let burstStarted = 0;

beforeAll(async () => {
  dir = tempDir('cr-recent-');
  stable = await startErrorBackend('stable', (n) => n % 20 === 0); // every 20th is a 500: 5%
  canary = await startErrorBackend('canary', (n) => n % 2 === 0); // 50%: must not count as stable's
  fePort = await freePort();
  const promPort = await freePort();
  socket = join(dir, 'admin.sock');
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(
    cfg,
    exporterConfig({
      feBind: `127.0.0.1:${fePort}`,
      promBind: `127.0.0.1:${promPort}`,
      socket,
      stable: stable.address,
      canary: canary.address,
    }),
  );
  haproxy = await startHaproxy(cfg, fePort);
  // Cloud Run's request_count as Managed Prometheus names it, growing with time: 1% 5xx for
  // checkout in acme-prod; another project's and another service's series must not count
  const t0 = Date.now();
  gmp = http.createServer((_req, res) => {
    const t = (Date.now() - t0) / 1000;
    const line = (labels: string, perSecond: number) =>
      `run_googleapis_com:request_count{monitored_resource="cloud_run_revision",${labels}} ${perSecond * t}`;
    res.end(
      [
        '# TYPE run_googleapis_com:request_count counter',
        line(
          'service_name="checkout",project_id="acme-prod",revision_name="checkout-1",response_code_class="2xx"',
          990,
        ),
        line(
          'service_name="checkout",project_id="acme-prod",revision_name="checkout-1",response_code_class="5xx"',
          10,
        ),
        line(
          'service_name="checkout",project_id="other-prod",revision_name="checkout-1",response_code_class="5xx"',
          5000,
        ),
        line(
          'service_name="payments",project_id="acme-prod",revision_name="payments-1",response_code_class="5xx"',
          5000,
        ),
        '',
      ].join('\n'),
    );
  });
  await new Promise<void>((r) => gmp.listen(0, '127.0.0.1', r));
  const gmpTarget = `127.0.0.1:${(gmp.address() as net.AddressInfo).port}`;
  promStarted = Date.now();
  prom = await startPrometheus(dir, [`127.0.0.1:${promPort}`, gmpTarget]);
  await waitForValue(
    prom.url,
    'sum(haproxy_backend_http_requests_total{proxy="checkout_stable"})',
    (v) => v === 0,
  );
  burstStarted = Date.now();
  const s = await burst(400, 8, () => get(agent, fePort));
  const c = await burst(100, 8, () => get(agent, fePort, { 'x-canary': 'always' }));
  expect(s).toEqual({ 200: 380, 500: 20 });
  expect(c).toEqual({ 200: 50, 500: 50 });
  sent.stable = 400;
  sent.canary = 100;
  await waitForValue(
    prom.url,
    'sum(haproxy_backend_http_requests_total{proxy="checkout_canary"})',
    (v) => v >= 100,
  );
  await waitForValue(
    prom.url,
    'sum(haproxy_backend_http_requests_total{proxy="checkout_stable"})',
    (v) => v >= 400,
  );
  fake = await startMonitoringFake();
  monitoring = createMonitoringClient(fake.endpoint);
}, 60_000);

afterAll(async () => {
  agent.destroy();
  await (monitoring as unknown as { close?: () => Promise<void> })?.close?.();
  await fake?.stop();
  await prom?.stop();
  await new Promise((r) => gmp?.close(r));
  await haproxy?.stop();
  await stable?.close();
  await canary?.close();
  if (dir) removeDir(dir);
});

const promService = (url: string, name = 'checkout') =>
  makeService({ name, analysis: { source: 'prometheus', prometheusUrl: url } });
const haproxyDeps = (): RecentTrafficDeps => ({ splitAt: 'haproxy', runtime: new HaproxyRuntime(socket) });

function ok(r: RecentTrafficRead) {
  if (!r.ok) throw new Error(`expected traffic, got: ${r.from}: ${r.error}`);
  return r;
}

describe('prometheus (HAProxy exporter, split-at haproxy)', () => {
  test("both backends' requests per second; stable's error rate alone", async () => {
    const r = ok(await readRecentTraffic(promService(prom.url), { splitAt: 'haproxy' }, Date.now()));
    // Prometheus holds seconds of the hour: the rate is over those, not spread over 60 minutes
    expect(r.from).toMatch(new RegExp(`^Prometheus at ${prom.url}, last \\d+ s, all the history it has$`));
    const upTo = (Date.now() - promStarted) / 1000 + 5; // the oldest sample, found to within 5 s
    const atLeast = Math.max(1, (Date.now() - burstStarted) / 1000 - 5);
    expect(r.traffic.requestsPerSecond).toBeGreaterThanOrEqual(500 / upTo);
    // rate() extrapolates by up to half a scrape interval at each end of the samples
    expect(r.traffic.requestsPerSecond).toBeLessThanOrEqual((2 * 500) / atLeast);
    expect(r.traffic.errorRate).toBeCloseTo(0.05, 6); // 20 of stable's 400; the canary's 50 are not stable's
  });

  test('a service with no series, a Prometheus that is not there, no URL: one reason each', async () => {
    const none = await readRecentTraffic(
      promService(prom.url, 'payments'),
      { splitAt: 'haproxy' },
      Date.now(),
    );
    expect(none).toEqual({
      ok: false,
      from: `Prometheus at ${prom.url}, last 60 min`,
      error: expect.stringMatching(
        /^no data for sum\(rate\(haproxy_backend_http_requests_total\{proxy=~"payments_stable\|payments_canary"\}\[3600s\]\)\)$/,
      ),
    });
    const dead = `http://127.0.0.1:${await freePort()}`;
    const down = await readRecentTraffic(promService(dead), { splitAt: 'haproxy' }, Date.now());
    expect(down.ok).toBe(false);
    expect(down.from).toBe(`Prometheus at ${dead}, last 60 min`);
    expect(!down.ok && down.error).toMatch(/ECONNREFUSED|connect|fetch failed/i);
    const nourl = await readRecentTraffic(promService(''), { splitAt: 'haproxy' }, Date.now());
    expect(nourl).toEqual({
      ok: false,
      from: 'Prometheus, last 60 min',
      error: 'the policy gives no analysis.prometheus.url',
    });
  });
});

describe("prometheus (Cloud Run's request_count in Managed Prometheus, split-at cloud-run)", () => {
  test("the service's requests in its project; its share of 5xx", async () => {
    // rate() needs two scrapes of the series in the window
    const samples =
      'sum(count_over_time(run_googleapis_com:request_count{service_name="checkout",project_id="acme-prod",response_code_class="5xx"}[1h]))';
    await waitForValue(prom.url, samples, (v) => v >= 2);
    const r = ok(await readRecentTraffic(promService(prom.url), { splitAt: 'cloud-run' }, Date.now()));
    expect(r.traffic.errorRate).toBeCloseTo(0.01, 4); // 10 of 1000 a second; other projects and services left out
    // 1000 a second over the seconds Prometheus holds (found to within 5 s, extrapolated at the ends)
    expect(r.traffic.requestsPerSecond).toBeGreaterThan(300);
    expect(r.traffic.requestsPerSecond).toBeLessThan(3000);
    expect(r.from).toMatch(/, last \d+ s, all the history it has$/);
  });
});

describe('haproxy (show stat counters since HAProxy started)', () => {
  test('requests of both backends over the uptime; stable error rate exact', async () => {
    const rt = new HaproxyRuntime(socket);
    const before = Number(/Uptime_sec:\s*(\d+)/.exec(await rt.command('show info'))?.[1]);
    const svc = makeService({ analysis: { source: 'haproxy' } });
    const r = ok(await readRecentTraffic(svc, haproxyDeps(), Date.now()));
    expect(r.from).toMatch(/^HAProxy show stat, counters since HAProxy started \d+ (s|min) ago$/);
    expect(r.traffic.errorRate).toBe(20 / 400);
    // the uptime read by the adapter is `before` or a second or two later (and at least 1 s)
    const total = sent.stable + sent.canary;
    expect(r.traffic.requestsPerSecond).toBeLessThanOrEqual(total / Math.max(1, before));
    expect(r.traffic.requestsPerSecond).toBeGreaterThanOrEqual(total / (before + 3));
  });

  test('without split-at haproxy or a runtime API, or with a backend HAProxy does not have', async () => {
    const svc = makeService({ analysis: { source: 'haproxy' } });
    const why = 'it needs split-at: haproxy and haproxy.runtime-api in the policy';
    expect(await readRecentTraffic(svc, { splitAt: 'cloud-run' }, Date.now())).toEqual({
      ok: false,
      from: 'HAProxy show stat',
      error: why,
    });
    expect(await readRecentTraffic(svc, { splitAt: 'haproxy' }, Date.now())).toMatchObject({
      ok: false,
      error: why,
    });
    const other = makeService({ name: 'payments', analysis: { source: 'haproxy' } });
    expect(await readRecentTraffic(other, haproxyDeps(), Date.now())).toEqual({
      ok: false,
      from: 'HAProxy show stat',
      error: "backend payments_stable is not in HAProxy's show stat",
    });
    const gone = await readRecentTraffic(
      svc,
      { splitAt: 'haproxy', runtime: new HaproxyRuntime(join(dir, 'nope.sock')) },
      Date.now(),
    );
    expect(gone.ok).toBe(false);
    expect(!gone.ok && gone.error).toMatch(/HAProxy runtime API at .*nope\.sock.*failed/);
  });
});

describe('cloud-monitoring (request_count by response class, the whole service)', () => {
  const NOW = Math.floor(Date.now() / MIN) * MIN;
  const DELAY = 3 * MIN;
  const seed = (revision: string, cls: string, perMinute: number, service = 'checkout') =>
    fake.seed({
      metric: REQUEST_COUNT,
      resource: { service_name: service, revision_name: revision },
      labels: { response_code_class: cls },
      // one point a minute over the hour before now − the delay, and one after it (not yet counted)
      points: Array.from({ length: 61 }, (_, i) => ({
        end: NOW - DELAY - 59 * MIN + i * MIN,
        int64: perMinute,
      })),
    });
  const svc = makeService({ analysis: { source: 'cloud-monitoring' } });

  beforeEach(() => fake.clear());

  test('requests per second over the hour and the share of 5xx', async () => {
    seed('checkout-00001-old', '2xx', 2970);
    seed('checkout-00001-old', '5xx', 30);
    seed('checkout-00002-new', '2xx', 600); // every revision of the service counts
    seed('checkout-00001-old', '2xx', 99_999, 'payments'); // another service does not
    const r = ok(await readRecentTraffic(svc, { splitAt: 'cloud-run', monitoringClient: monitoring }, NOW));
    expect(r.from).toBe('Cloud Monitoring (projects/acme-prod), last 60 min');
    expect(r.traffic.requestsPerSecond).toBeCloseTo((60 * 3600) / 3600, 9);
    expect(r.traffic.errorRate).toBeCloseTo((60 * 30) / (60 * 3600), 9);
    const req = fake.requests.at(-1) as {
      filter: string;
      aggregation: { alignmentPeriod: { seconds: string } };
    };
    expect(req.filter).toContain('resource.labels.service_name = "checkout"');
    expect(Number(req.aggregation.alignmentPeriod.seconds)).toBe(3600);
  });

  test('no series, a refused read, an unknown project: one reason each', async () => {
    const deps = { splitAt: 'cloud-run' as const, monitoringClient: monitoring };
    seed('payments-00001-abc', '2xx', 10, 'payments'); // the project has metrics, checkout none
    expect(await readRecentTraffic(svc, deps, NOW)).toEqual({
      ok: false,
      from: 'Cloud Monitoring (projects/acme-prod), last 60 min',
      error: `no ${REQUEST_COUNT} series for service checkout in the window`,
    });
    fake.failNext(grpc.status.PERMISSION_DENIED, 'monitoring.timeSeries.list denied');
    const denied = await readRecentTraffic(svc, deps, NOW);
    expect(denied).toMatchObject({
      ok: false,
      error: expect.stringContaining('monitoring.timeSeries.list denied'),
    });
    const elsewhere = makeService({ project: 'nobody-here', analysis: { source: 'cloud-monitoring' } });
    const nf = await readRecentTraffic(elsewhere, deps, NOW);
    expect(nf).toMatchObject({ ok: false, from: 'Cloud Monitoring (projects/nobody-here), last 60 min' });
  });
});
