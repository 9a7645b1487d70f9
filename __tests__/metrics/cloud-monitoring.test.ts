// The Cloud Monitoring adapter with the REAL MetricServiceClient talking gRPC to a fake built from
// the library's own protos.
import * as grpc from '@grpc/grpc-js';
import {
  CloudMonitoringError,
  cloudMonitoringSources,
  createMonitoringClient,
  type CloudMonitoringSourceOptions,
  distributionToHistogram,
  monitoringClientOptions,
  REQUEST_COUNT,
  REQUEST_LATENCIES,
  type TimeSeriesLister,
} from '../../src/adapters/metrics/cloud-monitoring.js';
import { createPoller } from '../../src/adapters/metrics/source.js';
import { startMonitoringFake, type MonitoringFake } from '../support/monitoring-fake.js';

let fake: MonitoringFake;
let client: TimeSeriesLister;
const T0 = Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000; // a whole minute, an hour ago
const MIN = 60_000;
const svc = { service_name: 'checkout' };
const CANARY = 'checkout-00002-new';
const STABLE = 'checkout-00001-old';

function seedCount(
  revision: string,
  cls: string,
  perMinute: Record<number, number>,
  extra: Partial<{ service: string; project: string }> = {},
) {
  fake.seed({
    metric: REQUEST_COUNT,
    project: extra.project,
    resource: { ...svc, ...(extra.service ? { service_name: extra.service } : {}), revision_name: revision },
    labels: { response_code_class: cls, response_code: cls === '5xx' ? '500' : '200' },
    points: Object.entries(perMinute).map(([m, n]) => ({ end: T0 + Number(m) * MIN, int64: n })),
  });
}

/** The sources for checkout's canary and stable revisions in acme-prod, from T0. */
const checkoutSources = (over: Partial<CloudMonitoringSourceOptions> = {}) =>
  cloudMonitoringSources({
    client,
    project: 'acme-prod',
    service: 'checkout',
    revisions: { canary: CANARY, stable: STABLE },
    startedAt: T0,
    ...over,
  });

beforeAll(async () => {
  fake = await startMonitoringFake();
  client = createMonitoringClient(fake.endpoint); // http:// → plaintext, no credential lookup
});

afterAll(async () => {
  await (client as unknown as { close?: () => Promise<void> }).close?.();
  await fake?.stop();
});

beforeEach(() => {
  fake.clear();
  // canary: 100 2xx per minute, 5xx 3 then 2; stable: 1000 2xx per minute, 5 5xx in minute 2
  seedCount(CANARY, '2xx', { 0: 999, 1: 100, 2: 100, 3: 100, 4: 100 }); // minute 0 ends at the stage start: not counted
  seedCount(CANARY, '5xx', { 1: 3, 3: 2 });
  seedCount(STABLE, '2xx', { 1: 1000, 2: 1000, 3: 1000, 4: 1000 });
  seedCount(STABLE, '5xx', { 2: 5 });
  seedCount('checkout-00003-other', '5xx', { 1: 50 }); // another revision of the service
  seedCount(CANARY, '5xx', { 1: 70 }, { service: 'cart' }); // another service, same revision name
  seedCount(CANARY, '5xx', { 1: 80 }, { project: 'other-proj' }); // another project
});

test('counts by revision and response code class, windows ending 180 s early, dated by the data', async () => {
  const sources = checkoutSources();
  const poller = createPoller({ ...sources, startedAt: T0 });

  // 200 s in: the window [T0, T0+20s] is shorter than Cloud Monitoring's 60 s alignment
  expect(await poller.poll(T0 + 200_000)).toBeNull();
  expect(poller.notes.some((n) => /no Cloud Monitoring data yet/.test(n))).toBe(true);
  expect(fake.requests).toHaveLength(0);

  const p1 = await poller.poll(T0 + 300_000); // data up to T0+120s
  expect(p1).toMatchObject({
    t: 120,
    canary: { requests: 203, errors: 3 },
    stable: { requests: 2005, errors: 5 },
  });
  expect(p1?.notes?.some((n) => /reads data up to 180 s before its time \(ingestion delay\)/.test(n))).toBe(
    true,
  );

  const p2 = await poller.poll(T0 + 360_000); // data up to T0+180s: minute 3 only is new
  expect(p2).toMatchObject({
    t: 180,
    canary: { requests: 102, errors: 2 },
    stable: { requests: 1000, errors: 0 },
  });

  // what was asked: one grouped, aligned request per poll, the revisions by one_of, the delayed window
  const req = fake.requests.at(-1) as {
    name: string;
    filter: string;
    interval: { startTime: { seconds: string }; endTime: { seconds: string } };
    aggregation: {
      perSeriesAligner: string;
      crossSeriesReducer: string;
      groupByFields: string[];
      alignmentPeriod: { seconds: string };
    };
  };
  expect(fake.requests).toHaveLength(2);
  expect(req.name).toBe('projects/acme-prod');
  expect(req.filter).toBe(
    `metric.type = "${REQUEST_COUNT}" AND resource.type = "cloud_run_revision" AND resource.labels.service_name = "checkout" AND resource.labels.revision_name = one_of("${CANARY}", "${STABLE}")`,
  );
  expect(Number(req.interval.endTime.seconds) * 1000).toBe(T0 + 180_000);
  expect(Number(req.interval.startTime.seconds) * 1000).toBe(T0);
  expect(req.aggregation).toMatchObject({
    perSeriesAligner: 'ALIGN_DELTA',
    crossSeriesReducer: 'REDUCE_SUM',
    groupByFields: ['resource.labels.revision_name', 'metric.labels.response_code_class'],
    alignmentPeriod: { seconds: '180' },
  });
});

test('a configurable delay moves the window', async () => {
  const sources = checkoutSources({ delayMs: 60_000 });
  const s = await sources.canary.sample(T0 + 300_000); // data up to T0+240s
  expect(s).toMatchObject({ requests: 405, errors: 5, asOf: T0 + 240_000 });
  expect(s.notes?.[0]).toMatch(/up to 60 s before its time/);
});

test('a revision with no series is missing (reported), not zero', async () => {
  const sources = checkoutSources({ revisions: { canary: 'checkout-00009-none', stable: STABLE } });
  const s = await sources.canary.sample(T0 + 300_000);
  expect(s.requests).toBeNull();
  expect(s.errors).toBeNull();
  expect(s.notes?.some((n) => /no request_count series for revision checkout-00009-none/.test(n))).toBe(true);
  expect((await sources.stable.sample(T0 + 300_000)).requests).toBe(2005);
});

test('request_latencies distributions become Histograms per revision', async () => {
  const bounds = [100, 250, 500, 1000];
  const dist = (counts: number[]) => ({ bounds, counts });
  fake.seed({
    metric: REQUEST_LATENCIES,
    resource: { ...svc, revision_name: CANARY },
    points: [
      { end: T0 + MIN, distribution: dist([1, 50, 30, 15, 4]) },
      { end: T0 + 2 * MIN, distribution: dist([0, 40, 40, 20, 0]) },
    ],
  });
  fake.seed({
    metric: REQUEST_LATENCIES,
    resource: { ...svc, revision_name: STABLE },
    points: [{ end: T0 + 2 * MIN, distribution: dist([5, 900, 90, 5, 0]) }],
  });
  const sources = checkoutSources({ latency: true });
  const poller = createPoller({ ...sources, startedAt: T0 });
  const p = await poller.poll(T0 + 300_000);
  expect(p?.canary.latency).toEqual({ bounds, counts: [1, 90, 70, 35, 4] });
  expect(p?.stable.latency).toEqual({ bounds, counts: [5, 900, 90, 5, 0] });
  const latReq = fake.requests.find((r) => String(r.filter).includes(REQUEST_LATENCIES)) as {
    aggregation: { groupByFields: string[] };
  };
  expect(latReq.aggregation.groupByFields).toEqual(['resource.labels.revision_name']);
});

test.each([
  {
    code: grpc.status.PERMISSION_DENIED,
    message: 'Permission monitoring.timeSeries.list denied (or the resource may not exist).',
    want: /reading run\.googleapis\.com\/request_count for service checkout \(revisions checkout-00002-new, checkout-00001-old\) from Cloud Monitoring in projects\/acme-prod: PERMISSION_DENIED: Permission monitoring\.timeSeries\.list denied.*roles\/monitoring\.viewer/,
  },
  {
    code: grpc.status.INVALID_ARGUMENT,
    message: 'Field foo is not known',
    want: /INVALID_ARGUMENT: Field foo is not known$/,
  },
])('a gRPC error ($code) is mapped with what was being read', async ({ code, message, want }) => {
  fake.failNext(code, message);
  const sources = checkoutSources();
  const err = (await sources.canary.sample(T0 + 300_000).catch((e: unknown) => e)) as CloudMonitoringError;
  expect(err).toBeInstanceOf(CloudMonitoringError);
  expect(err.grpcCode).toBe(code);
  expect(err.message).toMatch(want);
});

test('an unknown project comes back as NOT_FOUND with a hint', async () => {
  const sources = checkoutSources({ project: 'nope-project' });
  await expect(sources.canary.sample(T0 + 300_000)).rejects.toThrow(
    /projects\/nope-project: NOT_FOUND: .*check the project id/,
  );
});

test('names that are not Cloud Run names are refused before any request', () => {
  expect(() =>
    checkoutSources({ revisions: { canary: 'x") OR metric.type = one_of("y', stable: STABLE } }),
  ).toThrow(/revision/);
});

describe('monitoring-endpoint', () => {
  test.each([
    { endpoint: '', want: {} },
    { endpoint: 'http://127.0.0.1:8085', want: { apiEndpoint: '127.0.0.1', port: 8085 }, insecure: true },
    { endpoint: 'monitoring.internal:8443', want: { apiEndpoint: 'monitoring.internal', port: 8443 } },
    { endpoint: 'monitoring.internal', want: { apiEndpoint: 'monitoring.internal', port: 443 } },
  ])('$endpoint', ({ endpoint, want, insecure }) => {
    const o = monitoringClientOptions(endpoint);
    expect(o).toMatchObject(want);
    expect('sslCreds' in o).toBe(Boolean(insecure));
    expect('authClient' in o).toBe(Boolean(insecure)); // plaintext: a dummy auth client, no lookup
  });

  test('a bad endpoint names monitoring-endpoint', () => {
    expect(() => monitoringClientOptions('ftp://x')).toThrow(/monitoring-endpoint 'ftp:\/\/x' is not valid/);
  });
});

describe('distributionToHistogram', () => {
  test.each([
    {
      name: 'explicit buckets, trailing zeros left out',
      d: { bucketOptions: { explicitBuckets: { bounds: [10, 20] } }, bucketCounts: ['1', '2'] },
      want: { bounds: [10, 20], counts: [1, 2, 0] },
    },
    {
      name: 'exponential buckets',
      d: {
        bucketOptions: { exponentialBuckets: { numFiniteBuckets: 2, growthFactor: 2, scale: 1 } },
        bucketCounts: [0, 1, 2, 3],
      },
      want: { bounds: [1, 2, 4], counts: [0, 1, 2, 3] },
    },
    {
      name: 'linear buckets',
      d: {
        bucketOptions: { linearBuckets: { numFiniteBuckets: 1, width: 5, offset: 10 } },
        bucketCounts: [4, 5, 6],
      },
      want: { bounds: [10, 15], counts: [4, 5, 6] },
    },
    { name: 'no bucket options', d: { count: '3' }, want: null },
  ])('$name', ({ d, want }) => {
    expect(distributionToHistogram(d)).toEqual(want);
  });
});
