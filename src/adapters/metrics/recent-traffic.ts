// Recent traffic of one service, read from the source of its error-rate metric, for the plan's
// stage-duration forecast (src/analysis/forecast-stage.ts): requests per second to the service and
// the error rate stable shows, over the last hour where the source keeps history.
//   prometheus, split-at haproxy    HAProxy's exporter: rate() over the window of both backends'
//                                   requests; errors of the stable backend
//   prometheus, split-at cloud-run  Cloud Run's request_count in Managed Prometheus, whole service
//   cloud-monitoring                run.googleapis.com/request_count, whole service, by response
//                                   class, one aligned period ending at now − the ingestion delay
//   haproxy                         `show stat` counters since HAProxy started (`show info`
//                                   Uptime_sec): live counters have no history to window
// Nothing here throws: a failed read comes back as { ok: false } naming the source and the failure,
// so the report can say so and the run goes on.
import type { RecentTrafficRead } from '../../analysis/forecast-stage.js';
import type { Policy, Service } from '../../policy/types.js';
import { checkProjectId } from '../../policy/whitelist.js';
import { backendCounts } from './haproxy-stat.js';
import { PrometheusClient, type PromResult } from './prometheus.js';
import { checkPlaceholderValue, haproxyBackendName } from './queries.js';
import type { TimeSeriesLister } from './cloud-monitoring.js';

export const RECENT_WINDOW_MS = 3_600_000;

/** What `show stat` and `show info` need (HaproxyRuntime fits). */
export interface RuntimeReader {
  showStat(): Promise<Record<string, string>[]>;
  command(cmd: string): Promise<string>;
}

export interface RecentTrafficDeps {
  splitAt: Policy['splitAt'];
  /** source haproxy: the runtime API of (one instance of) the fleet */
  runtime?: RuntimeReader;
  /** source cloud-monitoring: a client, or the endpoint to make one for */
  monitoringClient?: TimeSeriesLister;
  monitoringEndpoint?: string;
  /** Cloud Monitoring ingestion delay (default 180 s): the window ends that much before now */
  monitoringDelayMs?: number;
  prometheusHeaders?: Record<string, string>;
  timeoutMs?: number;
  /** default one hour */
  windowMs?: number;
}

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
const hours = (s: number) =>
  s < 120 ? `${Math.round(s)} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;

/** The source the error-rate metric is read from (its own `source`, else the block's). */
export function errorRateSource(service: Service): Service['analysis']['source'] {
  const m = service.analysis.metrics.find((x) => x.kind === 'error-rate');
  return m?.source ?? service.analysis.source;
}

export async function readRecentTraffic(
  service: Service,
  deps: RecentTrafficDeps,
  now: number,
): Promise<RecentTrafficRead> {
  const source = errorRateSource(service);
  const windowMs = deps.windowMs ?? RECENT_WINDOW_MS;
  let from: string = source;
  try {
    switch (source) {
      case 'prometheus': {
        const url = service.analysis.prometheusUrl;
        from = `Prometheus${url ? ` at ${url}` : ''}, last ${minutes(windowMs)}`;
        if (!url) return { ok: false, from, error: 'the policy gives no analysis.prometheus.url' };
        return await fromPrometheus(service, deps, url, now, windowMs, from);
      }
      case 'cloud-monitoring': {
        from = `Cloud Monitoring (projects/${service.project}), last ${minutes(windowMs)}`;
        return await fromMonitoring(service, deps, now, windowMs, from);
      }
      case 'haproxy': {
        from = 'HAProxy show stat';
        return await fromHaproxy(service, deps, from);
      }
    }
  } catch (e) {
    return { ok: false, from, error: (e as Error).message };
  }
}

/** One finite number from an instant query; null when there is none (no series, NaN, a matrix). */
function one(r: PromResult): number | null {
  let v: number | null = null;
  if (r.type === 'scalar') v = r.value;
  else if (r.type === 'vector' && r.samples.length > 0) v = r.samples.reduce((s, x) => s + x.value, 0);
  return v !== null && Number.isFinite(v) && v >= 0 ? v : null;
}

async function fromPrometheus(
  service: Service,
  deps: RecentTrafficDeps,
  url: string,
  now: number,
  windowMs: number,
  from: string,
): Promise<RecentTrafficRead> {
  const client = new PrometheusClient({ url, timeoutMs: deps.timeoutMs, headers: deps.prometheusHeaders });
  const windowS = Math.round(windowMs / 1000);
  const w = `${windowS}s`;
  let all: string; // the service's request counters
  let stable: string; // stable's requests and its 5xx
  let stable5xx: string;
  if (deps.splitAt === 'haproxy') {
    const st = haproxyBackendName(service.name, 'stable');
    all = `haproxy_backend_http_requests_total{proxy=~"${st}|${haproxyBackendName(service.name, 'canary')}"}`;
    stable = `haproxy_backend_http_requests_total{proxy="${st}"}`;
    stable5xx = `haproxy_backend_http_responses_total{proxy="${st}",code="5xx"}`;
  } else {
    const s = checkPlaceholderValue('service', service.name);
    const problem = checkProjectId(service.project);
    if (problem) return { ok: false, from, error: `cannot put the project into a PromQL query: ${problem}` };
    const sel = `monitored_resource="cloud_run_revision",service_name="${s}",project_id="${service.project}"`;
    all = `run_googleapis_com:request_count{${sel}}`;
    stable = all; // Cloud Run's whole service: which revision is stable is not known to a plan
    stable5xx = `run_googleapis_com:request_count{${sel},response_code_class="5xx"}`;
  }
  const rate = (sel: string) => `sum(rate(${sel}[${w}]))`;
  // rate() spreads what it saw over the whole window; the first point of a range query over the
  // window (15 s steps at most) says how much of it Prometheus holds, so a shorter history is not
  // read as slow traffic
  const stepMs = Math.max(1000, Math.ceil(windowMs / 240));
  const [[req, stableReq, err], history] = await Promise.all([
    Promise.all([rate(all), rate(stable), rate(stable5xx)].map((q) => client.query(q, now))),
    // without it the rate stands over the whole window (as Prometheus computed it)
    client.queryRange(`sum(${all})`, now - windowMs, now, stepMs).catch(() => []),
  ]);
  const perWindow = one(req);
  if (perWindow === null) return { ok: false, from, error: `no data for ${rate(all)}` };
  const base = one(stableReq) ?? 0;
  // Cloud Run's 5xx series exists only once a 5xx happened: absent with requests seen is none
  const errRate = one(err) ?? (deps.splitAt === 'haproxy' ? null : 0);
  if (errRate === null) return { ok: false, from, error: `no data for ${rate(stable5xx)}` };
  const firstAt = history[0]?.points[0]?.t;
  const held = firstAt === undefined ? windowS : Math.min(windowS, Math.max(1, (now - firstAt) / 1000));
  const shorter = held < windowS - 60;
  return {
    ok: true,
    from: shorter ? from.replace(/last \d+ min$/, `last ${hours(held)}, all the history it has`) : from,
    traffic: {
      requestsPerSecond: (perWindow * windowS) / held,
      errorRate: base > 0 ? errRate / base : 0,
    },
  };
}

async function fromMonitoring(
  service: Service,
  deps: RecentTrafficDeps,
  now: number,
  windowMs: number,
  from: string,
): Promise<RecentTrafficRead> {
  // loaded here: the gRPC client and its protos only when this source is used
  const cm = await import('./cloud-monitoring.js');
  const client = deps.monitoringClient ?? cm.createMonitoringClient(deps.monitoringEndpoint);
  const s = checkPlaceholderValue('service', service.name);
  const windowS = Math.round(windowMs / 1000);
  const endS = Math.floor((now - (deps.monitoringDelayMs ?? cm.DEFAULT_INGESTION_DELAY_MS)) / 1000);
  const request = {
    name: `projects/${service.project}`,
    filter: [
      `metric.type = "${cm.REQUEST_COUNT}"`,
      'resource.type = "cloud_run_revision"',
      `resource.labels.service_name = "${s}"`,
    ].join(' AND '),
    interval: { startTime: { seconds: endS - windowS }, endTime: { seconds: endS } },
    aggregation: {
      alignmentPeriod: { seconds: windowS },
      perSeriesAligner: 'ALIGN_DELTA',
      crossSeriesReducer: 'REDUCE_SUM',
      groupByFields: ['metric.labels.response_code_class'],
    },
    view: 'FULL',
  };
  type Series = {
    metric?: { labels?: Record<string, string> };
    points?: { value?: Record<string, unknown> }[];
  };
  let series: Series[];
  try {
    [series] = (await client.listTimeSeries(request, { timeout: deps.timeoutMs ?? 10_000 })) as [Series[]];
  } catch (e) {
    const err = e as Error & { details?: string };
    throw new Error(`reading ${cm.REQUEST_COUNT}: ${err.details ?? err.message}`);
  } finally {
    // a client made here is closed here (its gRPC channel would keep the process alive)
    if (!deps.monitoringClient) await (client as { close?: () => Promise<void> }).close?.().catch(() => {});
  }
  let requests = 0;
  let errors = 0;
  for (const ts of series ?? []) {
    const n = (ts.points ?? []).reduce(
      (a, p) => a + Number(p.value?.int64Value ?? p.value?.doubleValue ?? 0),
      0,
    );
    requests += n;
    if (ts.metric?.labels?.response_code_class === '5xx') errors += n;
  }
  if (!(series ?? []).length)
    return { ok: false, from, error: `no ${cm.REQUEST_COUNT} series for service ${s} in the window` };
  return {
    ok: true,
    from,
    traffic: { requestsPerSecond: requests / windowS, errorRate: requests > 0 ? errors / requests : 0 },
  };
}

async function fromHaproxy(
  service: Service,
  deps: RecentTrafficDeps,
  from: string,
): Promise<RecentTrafficRead> {
  if (deps.splitAt !== 'haproxy' || !deps.runtime)
    return { ok: false, from, error: 'it needs split-at: haproxy and haproxy.runtime-api in the policy' };
  const [rows, info] = await Promise.all([deps.runtime.showStat(), deps.runtime.command('show info')]);
  const uptime = Number(/^Uptime_sec:\s*(\d+)/m.exec(info)?.[1]);
  if (!(uptime > 0)) return { ok: false, from, error: 'show info gave no Uptime_sec' };
  const stable = backendCounts(rows, haproxyBackendName(service.name, 'stable'));
  // all of the canary backend's requests are the service's, its backup server's included
  const canary = backendCounts(rows, haproxyBackendName(service.name, 'canary'));
  if (stable.requests === null || stable.errors === null)
    return { ok: false, from, error: stable.notes?.[0] ?? 'the stable backend has no request counters' };
  const requests = stable.requests + (canary.requests ?? 0);
  return {
    ok: true,
    from: `${from}, counters since HAProxy started ${hours(uptime)} ago`,
    traffic: {
      requestsPerSecond: requests / uptime,
      errorRate: stable.requests > 0 ? stable.errors / stable.requests : 0,
    },
  };
}
