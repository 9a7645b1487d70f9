/**
 * A Cloud Monitoring MetricService fake: a real gRPC server built from the .proto files that
 * @google-cloud/monitoring ships (build/protos + google-gax's), so the real MetricServiceClient
 * talks to it.
 *
 *   const fake = await startMonitoringFake();
 *   fake.seed({ metric: 'run.googleapis.com/request_count', resource: { revision_name: 'checkout-00002-new', service_name: 'checkout' },
 *               labels: { response_code_class: '5xx' }, points: [{ end: ms, int64: 3 }] });
 *   const client = new MetricServiceClient(fake.clientOptions());
 *
 * ListTimeSeries honours, like the service:
 * - `name` = projects/P (series are seeded per project, default 'acme-prod'); unknown → NOT_FOUND.
 * - `filter`: `key = "v"` and `key = one_of("a", "b")` terms joined by AND, keys metric.type,
 *   resource.type, resource.labels.K, metric.labels.K; anything else → INVALID_ARGUMENT; a filter
 *   without metric.type → INVALID_ARGUMENT.
 * - `interval`: points whose end time is in (startTime, endTime]; endTime required.
 * - `aggregation`: ALIGN_DELTA / ALIGN_SUM with alignmentPeriod ≥ 60 s (else INVALID_ARGUMENT):
 *   aligned points end at endTime, endTime − P, … (each summing the raw points ending in its period);
 *   REDUCE_SUM with groupByFields sums series with equal grouped labels (the output keeps only those).
 *   INT64 values and DISTRIBUTION values (bucket counts added; same bucket options) are supported.
 * - faults: `failNext(code, message, times?)`.
 * Every request is recorded in `requests`.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

export interface SeedPoint {
  /** end of the point's interval (ms); start = end − 60 s unless given */
  end: number;
  start?: number;
  int64?: number;
  /** explicit bucket bounds (ms) and counts (bounds.length + 1 entries) */
  distribution?: { bounds: number[]; counts: number[] };
}

export interface SeedSeries {
  metric: string;
  project?: string;
  resourceType?: string;
  resource: Record<string, string>;
  labels?: Record<string, string>;
  points: SeedPoint[];
}

type Obj = Record<string, unknown>;
type Ts = { seconds?: string | number; nanos?: number } | undefined;

export interface MonitoringFake {
  port: number;
  endpoint: string;
  requests: Obj[];
  seed(s: SeedSeries): void;
  clear(): void;
  failNext(code: grpc.status, message: string, times?: number): void;
  /** MetricServiceClient options: plaintext to the fake, a dummy auth client (no credential lookup) */
  clientOptions(): Record<string, unknown>;
  stop(): Promise<void>;
}

function loadProtos(): protoLoader.PackageDefinition {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@google-cloud/monitoring/package.json'));
  const gaxMain = require.resolve('google-gax', { paths: [pkg] });
  const gaxDir = gaxMain.slice(0, gaxMain.lastIndexOf(`${sep}build${sep}`));
  return protoLoader.loadSync(['google/monitoring/v3/metric_service.proto'], {
    includeDirs: [join(pkg, 'build', 'protos'), join(gaxDir, 'build', 'protos')],
    keepCase: false,
    longs: String,
    enums: String,
    defaults: false,
    arrays: true,
    objects: true,
    oneofs: true,
  });
}

class RpcError extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
  ) {
    super(message);
  }
}

const ms = (t: Ts): number | undefined =>
  t && t.seconds !== undefined ? Number(t.seconds) * 1000 + Math.floor((t.nanos ?? 0) / 1e6) : undefined;
const ts = (m: number) => ({ seconds: String(Math.floor(m / 1000)), nanos: (m % 1000) * 1e6 });

interface Term {
  key: string;
  values: string[];
}

/** The subset of the Monitoring filter language the adapter uses; anything else is refused like the API does. */
export function parseFilter(filter: string): Term[] {
  const terms: Term[] = [];
  for (const raw of filter.split(/\s+AND\s+/)) {
    const part = raw.trim();
    const eq = /^([a-z_.]+[A-Za-z0-9_]*)\s*=\s*"([^"]*)"$/.exec(part);
    const oneOf = /^([a-z_.]+[A-Za-z0-9_]*)\s*=\s*one_of\((.*)\)$/.exec(part);
    if (eq) terms.push({ key: eq[1], values: [eq[2]] });
    else if (oneOf) {
      const vals = [...oneOf[2].matchAll(/"([^"]*)"\s*(,|$)/g)].map((m) => m[1]);
      if (vals.length === 0)
        throw new RpcError(grpc.status.INVALID_ARGUMENT, `Could not parse filter "${filter}"`);
      terms.push({ key: oneOf[1], values: vals });
    } else {
      throw new RpcError(grpc.status.INVALID_ARGUMENT, `Could not parse filter "${filter}" near "${part}"`);
    }
  }
  for (const t of terms) {
    if (!/^(metric\.type|resource\.type|resource\.labels\.\w+|metric\.labels\.\w+)$/.test(t.key)) {
      throw new RpcError(grpc.status.INVALID_ARGUMENT, `Field ${t.key} in the filter is not known`);
    }
  }
  if (!terms.some((t) => t.key === 'metric.type')) {
    throw new RpcError(
      grpc.status.INVALID_ARGUMENT,
      'A filter must specify a metric type (metric.type = "...")',
    );
  }
  return terms;
}

function field(s: SeedSeries, key: string): string | undefined {
  if (key === 'metric.type') return s.metric;
  if (key === 'resource.type') return s.resourceType ?? 'cloud_run_revision';
  if (key.startsWith('resource.labels.')) return s.resource[key.slice('resource.labels.'.length)];
  if (key.startsWith('metric.labels.')) return s.labels?.[key.slice('metric.labels.'.length)];
  return undefined;
}

type Value = { int64: number } | { dist: { bounds: number[]; counts: number[] } };

function addValue(a: Value | undefined, b: Value): Value {
  if (!a)
    return 'int64' in b
      ? { int64: b.int64 }
      : { dist: { bounds: b.dist.bounds, counts: [...b.dist.counts] } };
  if ('int64' in a && 'int64' in b) return { int64: a.int64 + b.int64 };
  if ('dist' in a && 'dist' in b) {
    if (a.dist.bounds.join() !== b.dist.bounds.join()) {
      throw new RpcError(
        grpc.status.INVALID_ARGUMENT,
        'Cannot reduce distributions with different bucket options',
      );
    }
    return { dist: { bounds: a.dist.bounds, counts: a.dist.counts.map((c, i) => c + b.dist.counts[i]) } };
  }
  throw new RpcError(grpc.status.INVALID_ARGUMENT, 'Cannot reduce series of different value types');
}

function valueProto(v: Value): Obj {
  if ('int64' in v) return { int64Value: String(v.int64) };
  const count = v.dist.counts.reduce((s, c) => s + c, 0);
  return {
    distributionValue: {
      count: String(count),
      bucketOptions: { explicitBuckets: { bounds: v.dist.bounds } },
      bucketCounts: trimTrailingZeros(v.dist.counts).map(String),
    },
  };
}

function trimTrailingZeros(c: number[]): number[] {
  let n = c.length;
  while (n > 0 && c[n - 1] === 0) n--;
  return c.slice(0, n);
}

const pointValue = (p: SeedPoint): Value =>
  p.distribution
    ? { dist: { bounds: p.distribution.bounds, counts: p.distribution.counts } }
    : { int64: p.int64 ?? 0 };

interface OutSeries {
  metric: { type: string; labels: Record<string, string> };
  resource: { type: string; labels: Record<string, string> };
  points: { start: number; end: number; value: Value }[];
}

function listTimeSeries(series: SeedSeries[], req: Obj): Obj[] {
  const project = /^projects\/([^/]+)$/.exec(String(req.name ?? ''))?.[1];
  if (!project)
    throw new RpcError(grpc.status.INVALID_ARGUMENT, `Invalid resource name "${String(req.name)}"`);
  if (!series.some((s) => (s.project ?? 'acme-prod') === project)) {
    throw new RpcError(grpc.status.NOT_FOUND, `Project ${project} not found or has no metrics`);
  }
  const terms = parseFilter(String(req.filter ?? ''));
  const interval = (req.interval ?? {}) as { startTime?: Ts; endTime?: Ts };
  const end = ms(interval.endTime);
  if (end === undefined) throw new RpcError(grpc.status.INVALID_ARGUMENT, 'interval.endTime is required');
  const start = ms(interval.startTime) ?? end;
  const matching = series.filter(
    (s) =>
      (s.project ?? 'acme-prod') === project &&
      terms.every((t) => t.values.includes(field(s, t.key) ?? '\u0000')),
  );
  let out: OutSeries[] = matching.map((s) => ({
    metric: { type: s.metric, labels: { ...s.labels } },
    resource: { type: s.resourceType ?? 'cloud_run_revision', labels: { ...s.resource } },
    points: s.points
      .filter((p) => p.end > start && p.end <= end)
      .map((p) => ({ start: p.start ?? p.end - 60_000, end: p.end, value: pointValue(p) })),
  }));

  const agg = req.aggregation as
    | {
        alignmentPeriod?: Ts;
        perSeriesAligner?: string;
        crossSeriesReducer?: string;
        groupByFields?: string[];
      }
    | undefined;
  const aligner = agg?.perSeriesAligner ?? 'ALIGN_NONE';
  if (aligner !== 'ALIGN_NONE') {
    if (aligner !== 'ALIGN_DELTA' && aligner !== 'ALIGN_SUM') {
      throw new RpcError(grpc.status.UNIMPLEMENTED, `the fake does not implement ${aligner}`);
    }
    const period = ms(agg?.alignmentPeriod) ?? 0;
    if (period < 60_000) {
      throw new RpcError(grpc.status.INVALID_ARGUMENT, 'The alignment period must be at least 60 seconds');
    }
    out = out.map((s) => {
      const aligned = new Map<number, Value>();
      for (const p of s.points) {
        const k = Math.floor((end - p.end) / period); // the aligned period (end − (k+1)P, end − kP]
        aligned.set(k, addValue(aligned.get(k), p.value));
      }
      return {
        ...s,
        points: [...aligned.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([k, value]) => ({ start: end - (k + 1) * period, end: end - k * period, value })),
      };
    });
  }
  const reducer = agg?.crossSeriesReducer ?? 'REDUCE_NONE';
  if (reducer !== 'REDUCE_NONE') {
    if (aligner === 'ALIGN_NONE')
      throw new RpcError(grpc.status.INVALID_ARGUMENT, 'A reducer needs an aligner');
    if (reducer !== 'REDUCE_SUM')
      throw new RpcError(grpc.status.UNIMPLEMENTED, `the fake does not implement ${reducer}`);
    const groupBy = agg?.groupByFields ?? [];
    const groups = new Map<string, OutSeries>();
    for (const s of out) {
      const get = (f: string) =>
        f.startsWith('resource.labels.')
          ? s.resource.labels[f.slice(16)]
          : s.metric.labels[f.replace(/^metric\.labels\./, '')];
      const key = JSON.stringify(groupBy.map(get));
      const g = groups.get(key) ?? {
        metric: { type: s.metric.type, labels: {} as Record<string, string> },
        resource: { type: s.resource.type, labels: {} as Record<string, string> },
        points: [],
      };
      for (const f of groupBy) {
        const v = get(f);
        if (v === undefined) continue;
        if (f.startsWith('resource.labels.')) g.resource.labels[f.slice(16)] = v;
        else g.metric.labels[f.replace(/^metric\.labels\./, '')] = v;
      }
      for (const p of s.points) {
        const same = g.points.find((q) => q.end === p.end);
        if (same) same.value = addValue(same.value, p.value);
        else g.points.push({ ...p });
      }
      groups.set(key, g);
    }
    out = [...groups.values()];
  }
  return out
    .filter((s) => s.points.length > 0)
    .map((s) => ({
      metric: s.metric,
      resource: s.resource,
      metricKind: 'DELTA',
      valueType: s.points.some((p) => 'dist' in p.value) ? 'DISTRIBUTION' : 'INT64',
      // newest first, like the service
      points: [...s.points]
        .sort((a, b) => b.end - a.end)
        .map((p) => ({
          interval: { startTime: ts(p.start), endTime: ts(p.end) },
          value: valueProto(p.value),
        })),
    }));
}

/** Stands in for google-auth-library: gax asks it for headers and the universe domain. */
const FAKE_AUTH = Object.freeze({
  universeDomain: 'googleapis.com',
  getRequestHeaders: async () => new Headers(),
});

export async function startMonitoringFake(): Promise<MonitoringFake> {
  const defs = grpc.loadPackageDefinition(loadProtos()) as unknown as {
    google: { monitoring: { v3: { MetricService: { service: grpc.ServiceDefinition } } } };
  };
  const series: SeedSeries[] = [];
  const requests: Obj[] = [];
  const faults: { code: grpc.status; message: string; times: number }[] = [];
  const server = new grpc.Server();
  server.addService(defs.google.monitoring.v3.MetricService.service, {
    ListTimeSeries: (call: grpc.ServerUnaryCall<Obj, Obj>, cb: grpc.sendUnaryData<Obj>) => {
      requests.push(call.request);
      const f = faults[0];
      if (f) {
        if (--f.times <= 0) faults.shift();
        cb({ code: f.code, details: f.message });
        return;
      }
      try {
        cb(null, { timeSeries: listTimeSeries(series, call.request), nextPageToken: '' });
      } catch (e) {
        if (e instanceof RpcError) cb({ code: e.code, details: e.message });
        else cb({ code: grpc.status.INTERNAL, details: (e as Error).message });
      }
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    seed: (s) => series.push(s),
    clear: () => {
      series.length = 0;
      requests.length = 0;
      faults.length = 0;
    },
    failNext: (code, message, times = 1) => faults.push({ code, message, times }),
    clientOptions: () => ({
      apiEndpoint: '127.0.0.1',
      port,
      sslCreds: grpc.credentials.createInsecure(),
      authClient: FAKE_AUTH,
    }),
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
