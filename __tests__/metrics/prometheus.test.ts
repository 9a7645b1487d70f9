// The Prometheus adapter against a REAL Prometheus (Debian 2.42) scraping a REAL HAProxy exporter
// on loopback, every second.
import * as http from 'node:http';
import { writeFileSync } from 'node:fs';
import type * as net from 'node:net';
import { join } from 'node:path';
import { PrometheusClient, PrometheusError, parsePromValue } from '../../src/adapters/metrics/prometheus.js';
import { prometheusSource } from '../../src/adapters/metrics/prometheus-source.js';
import { cloudRunGmpQueries, fillQuery, haproxyExporterQueries } from '../../src/adapters/metrics/queries.js';
import { createPoller } from '../../src/adapters/metrics/source.js';
import { freePort, removeDir, startHaproxy, tempDir, type RunningHaproxy } from '../support/haproxy.js';
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
let client: PrometheusClient;
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

beforeAll(async () => {
  dir = tempDir('cr-prom-');
  stable = await startErrorBackend('stable', () => false);
  canary = await startErrorBackend('canary', (n) => n % 10 === 0); // exactly every 10th is a 500
  fePort = await freePort();
  const promPort = await freePort();
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(
    cfg,
    exporterConfig({
      feBind: `127.0.0.1:${fePort}`,
      promBind: `127.0.0.1:${promPort}`,
      socket: join(dir, 'admin.sock'),
      stable: stable.address,
      canary: canary.address,
    }),
  );
  haproxy = await startHaproxy(cfg, fePort);
  prom = await startPrometheus(dir, [`127.0.0.1:${promPort}`]);
  client = new PrometheusClient({ url: prom.url, timeoutMs: 5000 });
  // the exporter has been scraped at least once before anything is measured
  await waitForValue(
    prom.url,
    'sum(haproxy_backend_http_requests_total{proxy="checkout_canary"})',
    (v) => v === 0,
  );
});

afterAll(async () => {
  agent.destroy();
  await prom?.stop();
  await haproxy?.stop();
  await stable?.close();
  await canary?.close();
  if (dir) removeDir(dir);
});

test('per-backend increments from the HAProxy exporter are exact (5xx vs total, canary vs stable)', async () => {
  const startedAt = Date.now();
  await new Promise((r) => setTimeout(r, 50)); // no request may race the last scrape before startedAt
  const sent = {
    stable: await burst(300, 8, () => get(agent, fePort)),
    canary: await burst(120, 8, () => get(agent, fePort, { 'x-canary': 'always' })),
  };
  expect(sent.canary).toEqual({ 200: 108, 500: 12 });
  expect(sent.stable).toEqual({ 200: 300 });

  const q = {
    canary: haproxyExporterQueries('checkout_canary'),
    stable: haproxyExporterQueries('checkout_stable'),
  };
  // wait for a scrape that saw all of it
  await waitForValue(prom.url, q.canary.requests, (v) => v >= 120);
  await waitForValue(prom.url, q.stable.requests, (v) => v >= 300);

  const poller = createPoller({
    startedAt,
    canary: prometheusSource({ client, queries: q.canary, label: 'canary', startedAt }),
    stable: prometheusSource({ client, queries: q.stable, label: 'stable', startedAt }),
  });
  const poll = await poller.poll(Date.now());
  expect(poll?.canary).toEqual({ requests: 120, errors: 12 });
  expect(poll?.stable).toEqual({ requests: 300, errors: 0 });
  expect(poll?.notes).toBeUndefined();
});

test('a custom query with {{backend}} is filled from the whitelist and read as a gauge', async () => {
  const startedAt = Date.now() - 60_000;
  const ratio =
    'sum(haproxy_backend_http_responses_total{proxy="{{backend}}",code="2xx"}) / sum(haproxy_backend_http_requests_total{proxy="{{backend}}"})';
  const src = prometheusSource({
    client,
    queries: haproxyExporterQueries('checkout_canary'),
    label: 'canary',
    startedAt,
    placeholders: { backend: 'checkout_canary' },
    custom: [{ name: 'ok_ratio', query: ratio }],
  });
  const sample = await src.sample(Date.now());
  expect(sample.requests).toBeGreaterThanOrEqual(120);
  expect(sample.custom?.ok_ratio).toBeCloseTo(0.9, 5);
});

test('query_range returns one point per step', async () => {
  const end = Date.now();
  // Prometheus has been scraping since before the first test: the whole range has samples
  const series = await client.queryRange(
    'sum(haproxy_backend_http_requests_total{proxy="checkout_stable"})',
    end - 1000,
    end,
    500,
  );
  expect(series).toHaveLength(1);
  expect(series[0].points.map((p) => p.t)).toEqual([end - 1000, end - 500, end]);
  const values = series[0].points.map((p) => p.value);
  expect(values).toEqual([...values].sort((a, b) => a - b)); // a counter over time
  expect(values[2]).toBe(300);
});

test.each([
  { expr: '0/0', check: (v: number) => Number.isNaN(v) },
  { expr: '1/0', check: (v: number) => v === Infinity },
  { expr: '-1/0', check: (v: number) => v === -Infinity },
  { expr: 'scalar(vector(2.5))', check: (v: number) => v === 2.5 },
])('special values come back as numbers: $expr', async ({ expr, check }) => {
  const r = await client.query(expr);
  expect(r.type).toBe('scalar');
  expect(check((r as { value: number }).value)).toBe(true);
});

test("a bad query is an error carrying Prometheus's message, the query and the URL", async () => {
  const bad = 'sum(haproxy_backend_http_requests_total{proxy="x"}';
  const err = (await client.query(bad).catch((e: unknown) => e)) as PrometheusError;
  expect(err).toBeInstanceOf(PrometheusError);
  expect(err.kind).toBe('query');
  expect(err.errorType).toBe('bad_data');
  expect(err.message).toContain('parse error');
  expect(err.message).toContain(JSON.stringify(bad));
  expect(err.message).toContain(`${prom.url}/api/v1/query`);
});

test('unreachable and silent servers: network and timeout errors name the URL', async () => {
  const closedPort = await freePort();
  const unreachable = new PrometheusClient({ url: `http://127.0.0.1:${closedPort}`, timeoutMs: 2000 });
  const e1 = (await unreachable.query('up').catch((e: unknown) => e)) as PrometheusError;
  expect(e1.kind).toBe('network');
  expect(e1.message).toContain(`127.0.0.1:${closedPort}/api/v1/query`);

  const silent = http.createServer(() => undefined); // accepts, never answers
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  try {
    const port = (silent.address() as net.AddressInfo).port;
    const slow = new PrometheusClient({ url: `http://127.0.0.1:${port}`, timeoutMs: 300 });
    const e2 = (await slow.query('up').catch((e: unknown) => e)) as PrometheusError;
    expect(e2.kind).toBe('timeout');
    expect(e2.message).toMatch(/did not answer within 300 ms for query "up"/);
  } finally {
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
  }
});

test('a non-Prometheus answer (HTML 404) is an http error, not a crash', async () => {
  const other = http.createServer((_q, s) =>
    s.writeHead(404, { 'content-type': 'text/html' }).end('<h1>nope</h1>'),
  );
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  try {
    const port = (other.address() as net.AddressInfo).port;
    const e = (await new PrometheusClient({ url: `http://127.0.0.1:${port}/prefix` })
      .query('up')
      .catch((x: unknown) => x)) as PrometheusError;
    expect(e.kind).toBe('http');
    expect(e.message).toContain(`http://127.0.0.1:${port}/prefix/api/v1/query`);
    expect(e.message).toContain('HTTP 404');
  } finally {
    await new Promise((r) => other.close(r));
  }
});

describe('query building (no Prometheus needed)', () => {
  test.each([
    ['NaN', NaN],
    ['+Inf', Infinity],
    ['-Inf', -Infinity],
    ['12.5', 12.5],
    ['', NaN],
  ])('parsePromValue(%j)', (s, want) => {
    expect(parsePromValue(s)).toEqual(want);
  });

  test('Cloud Run GMP queries select the revision and read totals over the stage so far', () => {
    const q = cloudRunGmpQueries({
      service: 'checkout',
      revision: 'checkout-00042-abc',
      project: 'acme-prod',
    });
    expect(q.anchor).toBe('since-stage-start');
    expect(fillQuery(q.errors, { window: '95s' })).toBe(
      'sum(increase(run_googleapis_com:request_count{monitored_resource="cloud_run_revision",service_name="checkout",revision_name="checkout-00042-abc",project_id="acme-prod",response_code_class="5xx"}[95s]))',
    );
    expect(q.latencyBuckets).toMatch(
      /^sum by \(le\) \(increase\(run_googleapis_com:request_latencies_bucket\{/,
    );
  });

  test.each([
    {
      what: 'a quote in a revision',
      f: () => cloudRunGmpQueries({ service: 'checkout', revision: 'x"} or vector(1) #' }),
    },
    { what: 'a brace in a backend', f: () => haproxyExporterQueries('checkout}') },
    { what: 'a newline in a service', f: () => fillQuery('x{s="{{service}}"}', { service: 'a\nb' }) },
    { what: 'an unknown placeholder', f: () => fillQuery('x{s="{{tenant}}"}', { service: 'a' }) },
    // names inherited from Object.prototype are not placeholders (they once hit a TypeError)
    ...['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((name) => ({
      what: `the inherited name {{${name}}}`,
      f: () => fillQuery(`x{s="{{${name}}}"}`, { service: 'a' }),
    })),
    { what: 'a placeholder with no value', f: () => fillQuery('x{r="{{revision}}"}', { service: 'a' }) },
  ])('refuses $what', ({ f }) => {
    expect(f).toThrow(/PromQL query|placeholders are|no revision/);
    expect(f).not.toThrow(TypeError);
  });

  test('custom query placeholders are checked when the source is made', () => {
    expect(() =>
      prometheusSource({
        client: new PrometheusClient({ url: 'http://127.0.0.1:9' }),
        queries: haproxyExporterQueries('checkout_canary'),
        label: 'canary',
        startedAt: 0,
        placeholders: { revision: 'Bad"Rev' },
        custom: [{ name: 'x', query: 'up{rev="{{revision}}"}' }],
      }),
    ).toThrow(/revision/);
  });
});
