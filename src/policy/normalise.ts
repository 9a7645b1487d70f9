// Validated raw data → the Policy contract (defaults applied, durations in ms, percents 0..100,
// error-rate ceilings as fractions). Runs only on data that passed every check, so it can
// trust types; the `?? default` fall-backs are the documented defaults.
import { isRecord } from './issues.js';
import type {
  Analysis,
  HaproxySettings,
  HealthTuning,
  Metric,
  SourceKind,
  Policy,
  Service,
  Smoke,
  SplitAt,
  Step,
} from './types.js';
import { normaliseHooks, normaliseNotify } from './normalise-controls.js';
import { parseDuration, parsePercent, parseRate } from './units.js';

type Raw = Record<string, unknown>;

const rec = (v: unknown): Raw => (isRecord(v) ? v : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const ms = (v: unknown, fallback: string): number => parseDuration(v ?? fallback) ?? 0;

export const DEFAULT_HAPROXY: HaproxySettings = {
  output: 'haproxy/haproxy.cfg',
  bind: [':443'],
  redirectHttp: true,
  httpBind: ':80',
  limits: { maxConnections: 4000 },
  timeouts: { connectMs: 5_000, clientMs: 30_000, serverMs: 300_000 },
  statsSocket: '/run/haproxy/admin.sock',
  prometheusBind: '127.0.0.1:8405',
  mapFile: '/etc/haproxy/canary-relay.map',
  caFile: '@system-ca',
};

/** Issue 12 settings' defaults (the renderer applies them to policies built without them). */
export const DEFAULT_HAPROXY_EXTRAS = {
  log: 'stdout',
  clientVerify: 'required' as const,
  serverStateFile: '/var/lib/haproxy/canary-relay.state',
  tokenMap: '/etc/haproxy/canary-relay-tokens.map',
  tunnelTimeoutMs: 3_600_000,
};

/** Health checks that tolerate a Cloud Run cold start (README "Health checks and cold starts"). */
export const DEFAULT_HEALTH: HealthTuning = {
  intervalMs: 20_000,
  timeoutMs: 15_000,
  fall: 3,
  rise: 2,
  slowstartMs: 30_000,
};

/** How long one Cloud Run operation may run when the policy does not say (`defaults.operation-timeout`). */
export const DEFAULT_OPERATION_TIMEOUT_MS = 600_000;

export function normalisePolicy(data: Raw, file: string, digest: string): Policy {
  const defaults = rec(data.defaults);
  return {
    version: 1,
    file,
    digest,
    haproxy: normaliseHaproxy(rec(data.haproxy)),
    splitAt: (str(data['split-at']) ?? 'haproxy') as SplitAt,
    services: (data.services as unknown[]).map((s) => normaliseService(rec(s), defaults)),
    operationTimeoutMs: parseDuration(defaults['operation-timeout']) ?? DEFAULT_OPERATION_TIMEOUT_MS,
    ...(Array.isArray(data.notify) ? { notify: normaliseNotify(data.notify) } : {}),
  };
}

function normaliseHaproxy(h: Raw): HaproxySettings {
  const d = DEFAULT_HAPROXY;
  const limits = rec(h.limits);
  const timeouts = rec(h.timeouts);
  const out: HaproxySettings = {
    output: str(h.output) ?? d.output,
    bind: Array.isArray(h.bind) ? [...(h.bind as string[])] : [...d.bind],
    redirectHttp: typeof h['redirect-http'] === 'boolean' ? h['redirect-http'] : d.redirectHttp,
    httpBind: str(h['http-bind']) ?? d.httpBind,
    limits: { maxConnections: num(limits['max-connections']) ?? d.limits.maxConnections },
    timeouts: {
      connectMs: ms(timeouts.connect, '5s'),
      clientMs: ms(timeouts.client, '30s'),
      serverMs: ms(timeouts.server, '300s'),
    },
    statsSocket: str(h['stats-socket']) ?? d.statsSocket,
    prometheusBind: str(h['prometheus-bind']) ?? d.prometheusBind,
    mapFile: str(h['map-file']) ?? d.mapFile,
    caFile: str(h['ca-file']) ?? d.caFile,
  };
  const rate = parseRate(limits['rate-per-ip']);
  if (rate) out.limits.ratePerIp = rate;
  normaliseHaproxyExtras(h, out);
  if (str(h.certificate)) out.certificate = str(h.certificate);
  if (num(h.hsts) !== undefined) out.hstsSeconds = num(h.hsts);
  if (str(h['runtime-api'])) out.runtimeApi = str(h['runtime-api']);
  const fleet = h['runtime-api'];
  if (Array.isArray(fleet) && fleet.length > 0 && fleet.every((a) => typeof a === 'string' && a !== '')) {
    out.runtimeApi = fleet[0] as string;
    out.runtimeApis = [...(fleet as string[])];
  }
  if (isRecord(h.resolvers)) {
    out.resolvers = {
      nameservers: [...(h.resolvers.nameservers as string[])],
      refreshMs: ms(h.resolvers.refresh, '30s'),
    };
  }
  return out;
}

/** Issue 12: logs, client certificates, trusted proxies, HSTS, server state, tokens, tunnels. */
function normaliseHaproxyExtras(h: Raw, out: HaproxySettings): void {
  const e = DEFAULT_HAPROXY_EXTRAS;
  out.log = str(h.log) ?? e.log;
  if (str(h['client-ca'])) out.clientCa = str(h['client-ca']);
  out.clientVerify = (str(h['client-verify']) ?? e.clientVerify) as HaproxySettings['clientVerify'];
  out.trustedProxies = Array.isArray(h['trusted-proxies']) ? [...(h['trusted-proxies'] as string[])] : [];
  out.hstsIncludeSubdomains = h['hsts-include-subdomains'] === true;
  out.serverStateFile = str(h['server-state-file']) ?? e.serverStateFile;
  out.tokenMap = str(h['token-map']) ?? e.tokenMap;
  out.tunnelTimeoutMs = ms(rec(h.timeouts).tunnel, '1h');
}

/** Issue 12: health-check timing, ID-token auth, client certificates, who may send the header. */
function normaliseServiceExtras(s: Raw, out: Service): void {
  const h = rec(s.health);
  const d = DEFAULT_HEALTH;
  out.health = {
    ...out.health,
    intervalMs: ms(h.interval, `${d.intervalMs}ms`),
    timeoutMs: ms(h.timeout, `${d.timeoutMs}ms`),
    fall: num(h.fall) ?? d.fall,
    rise: num(h.rise) ?? d.rise,
    slowstartMs: ms(h.slowstart, `${d.slowstartMs}ms`),
  };
  out.auth = (str(s.auth) ?? 'none') as Service['auth'];
  const clientAuth = str(s['client-authorization']);
  out.clientAuthorization = (clientAuth ??
    (out.auth === 'id-token' ? 'drop' : 'pass-through')) as Service['clientAuthorization'];
  if (str(s['client-verify'])) out.clientVerify = str(s['client-verify']) as Service['clientVerify'];
  const allow = rec(rec(s.routing).header)['allow-from'];
  if (out.routing.header && Array.isArray(allow)) out.routing.header.allowFrom = [...(allow as string[])];
}

/** The default steps (docs/ARCHITECTURE.md, "Policy to traffic"); header-only only with a header. */
export function defaultSteps(hasHeader: boolean): Step[] {
  const percent = [5, 25, 50].map((p) => ({
    headerOnly: false,
    percent: p,
    bakeMs: 600_000,
    maxBakeMs: MAX_BAKE_FACTOR * 600_000,
  }));
  const header = { headerOnly: true, percent: 0, bakeMs: 300_000, maxBakeMs: MAX_BAKE_FACTOR * 300_000 };
  return hasHeader ? [header, ...percent] : percent;
}

function normaliseService(s: Raw, defaults: Raw): Service {
  const routing = rec(s.routing);
  const header = isRecord(routing.header)
    ? { name: routing.header.name as string, value: routing.header.value as string }
    : undefined;
  const out: Service = {
    name: s.name as string,
    project: (str(s.project) ?? str(defaults.project)) as string,
    region: (str(s.region) ?? str(defaults.region)) as string,
    hosts: [...(s.hosts as string[])],
    paths: Array.isArray(s.paths) ? [...(s.paths as string[])] : [],
    routing: {},
    health: { path: str(rec(s.health).path) ?? '/health' },
    steps: Array.isArray(s.steps)
      ? s.steps.map((x) => normaliseStep(rec(x)))
      : defaultSteps(header !== undefined),
    promote: (str(s.promote) ?? 'on-merge') as Service['promote'],
    analysis: normaliseAnalysis(rec(s.analysis)),
  };
  const projectNumber = str(s['project-number']) ?? str(defaults['project-number']);
  if (projectNumber) out.projectNumber = projectNumber;
  if (str(s.image)) out.image = str(s.image);
  if (str(s.revision)) out.revision = str(s.revision);
  if (str(s.url)) out.url = (s.url as string).replace(/\/$/, '');
  if (header) out.routing.header = header;
  if (str(routing['sticky-cookie'])) out.routing.stickyCookie = str(routing['sticky-cookie']);
  if (isRecord(s.smoke)) out.smoke = normaliseSmoke(s.smoke);
  normaliseServiceExtras(s, out);
  if (Array.isArray(s.notify)) out.notify = normaliseNotify(s.notify);
  if (isRecord(s.hooks)) out.hooks = normaliseHooks(s.hooks);
  return out;
}

/** max-bake when a step gives none: three bakes, long enough for a healthy canary at modest traffic. */
export const MAX_BAKE_FACTOR = 3;

function normaliseStep(x: Raw): Step {
  const headerOnly = x['header-only'] === true;
  const bakeMs = ms(x.bake, '0s');
  const maxBakeMs = parseDuration(x['max-bake']) ?? MAX_BAKE_FACTOR * bakeMs;
  const step: Step = { headerOnly, percent: headerOnly ? 0 : (x.percent as number), bakeMs, maxBakeMs };
  if (x.approval === 'required') step.approval = 'required';
  return step;
}

function normaliseSmoke(x: Raw): Smoke {
  return {
    path: x.path as string,
    requests: num(x.requests) ?? 20,
    expectStatus: num(x['expect-status']) ?? 200,
  };
}

export const DEFAULT_METRICS: Metric[] = [{ kind: 'error-rate', max: 0.01, vsBaseline: true }];

export function normaliseAnalysis(a: Raw): Analysis {
  const out: Analysis = {
    source: (str(a.source) ?? 'prometheus') as Analysis['source'],
    intervalMs: ms(a.interval, '30s'),
    minRequests: num(a['min-requests']) ?? 200,
    alpha: num(a.alpha) ?? 0.01,
    metrics: Array.isArray(a.metrics)
      ? a.metrics.map((m) => normaliseMetric(rec(m)))
      : DEFAULT_METRICS.map((m) => ({ ...m })),
  };
  const url = str(rec(a.prometheus).url);
  if (url) out.prometheusUrl = url;
  out.onInconclusive = (str(a['on-inconclusive']) ?? 'hold') as Analysis['onInconclusive'];
  if (num(a['pass-alpha']) !== undefined) out.passAlpha = num(a['pass-alpha']);
  return out;
}

/** The judge's per-metric fields, shared by error-rate and latency. */
function judgeFields(x: Raw): { tolerance?: number; absolute?: boolean; source?: SourceKind } {
  const out: { tolerance?: number; absolute?: boolean; source?: SourceKind } = {};
  if (num(x.tolerance) !== undefined) out.tolerance = num(x.tolerance);
  if (typeof x.absolute === 'boolean') out.absolute = x.absolute;
  if (str(x.source)) out.source = str(x.source) as SourceKind;
  return out;
}

function normaliseMetric(m: Raw): Metric {
  if (isRecord(m['error-rate'])) {
    const e = m['error-rate'];
    const pct = parsePercent(e.max);
    const out: Metric = { kind: 'error-rate', vsBaseline: e['vs-baseline'] !== false, ...judgeFields(e) };
    if (pct !== undefined) out.max = pct / 100;
    return out;
  }
  if (isRecord(m.latency)) {
    const l = m.latency;
    const out: Metric = {
      kind: 'latency',
      quantile: num(l.quantile) ?? 0.95,
      vsBaseline: l['vs-baseline'] !== false,
      ...judgeFields(l),
    };
    const max = parseDuration(l.max);
    if (max !== undefined) out.maxMs = max;
    const warmup = parseDuration(l.warmup);
    if (warmup !== undefined) out.warmupMs = warmup;
    return out;
  }
  const c = rec(m.custom);
  const out: Metric = { kind: 'custom', name: c.name as string, query: c.query as string };
  if (num(c.min) !== undefined) out.min = num(c.min);
  if (num(c.max) !== undefined) out.max = num(c.max);
  if (str(c.source)) out.source = str(c.source) as SourceKind;
  return out;
}
