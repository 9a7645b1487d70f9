// Cloud Run metrics from Cloud Monitoring (`@google-cloud/monitoring`, MetricService.ListTimeSeries):
// run.googleapis.com/request_count by response_code_class and run.googleapis.com/request_latencies
// (a distribution), grouped by resource.labels.revision_name.
//
// Both are DELTA metrics that Cloud Run writes about once a minute and that become visible only after
// an ingestion delay (1–3 minutes). Each read therefore covers [stage start, now − delay], aligned
// as one period (ALIGN_DELTA + REDUCE_SUM), i.e. totals since the stage start, and the poll's time is
// the end of that window, not `now`. Cloud Monitoring needs alignment periods of at least 60 s, so
// nothing is read until the window is that long.
import monitoring from '@google-cloud/monitoring';
import { status as grpcStatus } from '@grpc/grpc-js';
import { endpointOptions } from '../cloud-run-endpoint.js';
import type { Histogram } from '../../analysis/types.js';
import { checkPlaceholderValue } from './queries.js';
import type { CumulativeSample } from '../../analysis/counters.js';
import type { MetricSource } from './source.js';

export const DEFAULT_INGESTION_DELAY_MS = 180_000;
const MIN_ALIGNMENT_S = 60;
export const REQUEST_COUNT = 'run.googleapis.com/request_count';
export const REQUEST_LATENCIES = 'run.googleapis.com/request_latencies';

/** The part of MetricServiceClient this adapter uses (tests may pass the real client at a fake). */
export interface TimeSeriesLister {
  listTimeSeries(request: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown[]>;
}

/** `monitoring-endpoint` like `cloud-run-endpoint`: '' Google, http://host:port plaintext (no credentials), host[:port] TLS. */
export function monitoringClientOptions(
  endpoint: string | undefined,
  authClient?: unknown,
): Record<string, unknown> {
  try {
    return { ...endpointOptions(endpoint, authClient) };
  } catch (e) {
    throw new Error((e as Error).message.replace(/cloud-run-endpoint/g, 'monitoring-endpoint'));
  }
}

export function createMonitoringClient(endpoint?: string, authClient?: unknown): TimeSeriesLister {
  const opts = monitoringClientOptions(endpoint, authClient) as ConstructorParameters<
    typeof monitoring.MetricServiceClient
  >[0];
  return new monitoring.MetricServiceClient(opts) as unknown as TimeSeriesLister;
}

export class CloudMonitoringError extends Error {
  constructor(
    message: string,
    readonly grpcCode?: number,
  ) {
    super(message);
    this.name = 'CloudMonitoringError';
  }
}

export interface CloudMonitoringSourceOptions {
  client: TimeSeriesLister;
  /** project id whose metrics are read */
  project: string;
  service: string;
  revisions: { canary: string; stable: string };
  startedAt: number;
  /** ingestion delay: the window ends this much before now (default 180 s) */
  delayMs?: number;
  /** read request_latencies too (only when the policy judges latency) */
  latency?: boolean;
  timeoutMs?: number;
}

interface Totals {
  /** data up to here (ms) */
  end: number;
  requests: Map<string, number>;
  errors: Map<string, number>;
  latency: Map<string, Histogram | null>;
}

/** Both sides read with one ListTimeSeries per metric and poll time (the results are shared). */
export function cloudMonitoringSources(o: CloudMonitoringSourceOptions): {
  canary: MetricSource;
  stable: MetricSource;
} {
  const service = checkPlaceholderValue('service', o.service);
  const revs = [
    checkPlaceholderValue('revision', o.revisions.canary),
    checkPlaceholderValue('revision', o.revisions.stable),
  ];
  const delayMs = o.delayMs ?? DEFAULT_INGESTION_DELAY_MS;
  const delayNote = `Cloud Monitoring: each poll reads data up to ${Math.round(delayMs / 1000)} s before its time (ingestion delay), so the stage is judged that much later`;
  let cached: { at: number; totals: Promise<Totals | null> } | null = null;

  const read = (at: number): Promise<Totals | null> => {
    if (cached?.at === at) return cached.totals;
    const end = Math.floor((at - delayMs) / 1000);
    const window = end - Math.ceil(o.startedAt / 1000);
    const totals =
      window < MIN_ALIGNMENT_S ? Promise.resolve(null) : fetchTotals(o, service, revs, end, window);
    cached = { at, totals };
    return totals;
  };

  const side = (revision: string, label: string): MetricSource => ({
    anchor: 'since-stage-start',
    label,
    lagMs: delayMs,
    async sample(at: number): Promise<CumulativeSample> {
      const t = await read(at);
      if (!t) {
        return {
          requests: null,
          errors: null,
          notes: [
            delayNote,
            `no Cloud Monitoring data yet: the window needs ${MIN_ALIGNMENT_S} s after the ingestion delay`,
          ],
        };
      }
      const requests = t.requests.get(revision) ?? null;
      const out: CumulativeSample = {
        requests,
        // the 5xx class has no series until a 5xx happened: with requests seen, none means zero
        errors: requests === null ? null : (t.errors.get(revision) ?? 0),
        asOf: t.end,
        notes: [delayNote],
      };
      if (requests === null) {
        out.notes!.push(
          `no request_count series for revision ${revision} in the window (no traffic, or not ingested yet)`,
        );
      }
      if (o.latency) out.latency = t.latency.get(revision) ?? null;
      return out;
    },
  });
  return {
    canary: side(revs[0], `canary (revision ${revs[0]})`),
    stable: side(revs[1], `stable (revision ${revs[1]})`),
  };
}

async function fetchTotals(
  o: CloudMonitoringSourceOptions,
  service: string,
  revs: string[],
  endS: number,
  windowS: number,
): Promise<Totals> {
  const base = (metric: string) =>
    [
      `metric.type = "${metric}"`,
      'resource.type = "cloud_run_revision"',
      `resource.labels.service_name = "${service}"`,
      `resource.labels.revision_name = one_of(${revs.map((r) => `"${r}"`).join(', ')})`,
    ].join(' AND ');
  const request = (metric: string, groupBy: string[]) => ({
    name: `projects/${o.project}`,
    filter: base(metric),
    interval: { startTime: { seconds: endS - windowS }, endTime: { seconds: endS } },
    aggregation: {
      alignmentPeriod: { seconds: windowS },
      perSeriesAligner: 'ALIGN_DELTA',
      crossSeriesReducer: 'REDUCE_SUM',
      groupByFields: groupBy,
    },
    view: 'FULL',
  });
  const countReq = request(REQUEST_COUNT, [
    'resource.labels.revision_name',
    'metric.labels.response_code_class',
  ]);
  const latReq = request(REQUEST_LATENCIES, ['resource.labels.revision_name']);
  const [counts, lat] = await Promise.all([
    list(o, countReq, REQUEST_COUNT),
    o.latency ? list(o, latReq, REQUEST_LATENCIES) : Promise.resolve([]),
  ]);
  const totals: Totals = { end: endS * 1000, requests: new Map(), errors: new Map(), latency: new Map() };
  for (const ts of counts) {
    const rev = ts.resource?.labels?.revision_name ?? '';
    const n = ts.points.reduce((s, p) => s + num(p.value?.int64Value ?? p.value?.doubleValue), 0);
    totals.requests.set(rev, (totals.requests.get(rev) ?? 0) + n);
    if (ts.metric?.labels?.response_code_class === '5xx')
      totals.errors.set(rev, (totals.errors.get(rev) ?? 0) + n);
  }
  for (const ts of lat) {
    const rev = ts.resource?.labels?.revision_name ?? '';
    let h: Histogram | null = null;
    for (const p of ts.points) h = addHistograms(h, distributionToHistogram(p.value?.distributionValue));
    totals.latency.set(rev, h);
  }
  return totals;
}

interface TimeSeriesLike {
  metric?: { labels?: Record<string, string> };
  resource?: { labels?: Record<string, string> };
  points: { value?: { int64Value?: unknown; doubleValue?: unknown; distributionValue?: DistributionLike } }[];
}

async function list(
  o: CloudMonitoringSourceOptions,
  req: Record<string, unknown>,
  metric: string,
): Promise<TimeSeriesLike[]> {
  try {
    const [series] = (await o.client.listTimeSeries(req, { timeout: o.timeoutMs ?? 30_000 })) as [
      TimeSeriesLike[],
    ];
    return (series ?? []).map((s) => ({ ...s, points: s.points ?? [] }));
  } catch (e) {
    const err = e as Error & { code?: number; details?: string };
    const code = typeof err.code === 'number' ? err.code : undefined;
    const name = code !== undefined ? (grpcStatus[code] ?? String(code)) : 'error';
    throw new CloudMonitoringError(
      `reading ${metric} for service ${o.service} (revisions ${o.revisions.canary}, ${o.revisions.stable}) ` +
        `from Cloud Monitoring in projects/${o.project}: ${name}: ${err.details ?? err.message}${hint(code)}`,
      code,
    );
  }
}

function hint(code: number | undefined): string {
  switch (code) {
    case grpcStatus.PERMISSION_DENIED:
    case grpcStatus.UNAUTHENTICATED:
      return '; the workflow identity needs roles/monitoring.viewer on the project';
    case grpcStatus.NOT_FOUND:
      return '; check the project id';
    case grpcStatus.UNAVAILABLE:
    case grpcStatus.DEADLINE_EXCEEDED:
      return '; Cloud Monitoring was unreachable, the next poll tries again';
    default:
      return '';
  }
}

function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  const n = Number(typeof v === 'object' ? String(v) : v); // int64 arrives as a string (or a Long)
  return Number.isFinite(n) ? n : 0;
}

export interface DistributionLike {
  count?: unknown;
  bucketOptions?: {
    explicitBuckets?: { bounds?: number[] };
    exponentialBuckets?: { numFiniteBuckets?: number; growthFactor?: number; scale?: number };
    linearBuckets?: { numFiniteBuckets?: number; width?: number; offset?: number };
  };
  bucketCounts?: unknown[];
}

/**
 * A Cloud Monitoring distribution → Histogram (ms). Bucket 0 is the underflow (< first bound), the
 * last the overflow; `bucketCounts` may be shorter than the buckets (trailing zeros left out).
 */
export function distributionToHistogram(d: DistributionLike | undefined): Histogram | null {
  if (!d?.bucketOptions) return null;
  const b = d.bucketOptions;
  let bounds: number[];
  if (b.explicitBuckets) {
    bounds = [...(b.explicitBuckets.bounds ?? [])];
  } else if (b.exponentialBuckets) {
    const { numFiniteBuckets = 0, growthFactor = 2, scale = 1 } = b.exponentialBuckets;
    bounds = Array.from({ length: numFiniteBuckets + 1 }, (_, i) => scale * growthFactor ** i);
  } else if (b.linearBuckets) {
    const { numFiniteBuckets = 0, width = 1, offset = 0 } = b.linearBuckets;
    bounds = Array.from({ length: numFiniteBuckets + 1 }, (_, i) => offset + width * i);
  } else {
    return null;
  }
  const counts = Array.from({ length: bounds.length + 1 }, (_, i) => num(d.bucketCounts?.[i]));
  return { bounds, counts };
}

function addHistograms(a: Histogram | null, b: Histogram | null): Histogram | null {
  if (!a) return b;
  if (!b) return a;
  if (a.bounds.length !== b.bounds.length || a.bounds.some((x, i) => x !== b.bounds[i])) return null;
  return { bounds: a.bounds, counts: a.counts.map((c, i) => c + b.counts[i]) };
}
