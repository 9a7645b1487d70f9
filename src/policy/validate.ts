// Semantic checks the schema cannot express, and the injection whitelist on every value that
// reaches the HAProxy config. Runs on raw data even when the schema failed (all errors at
// once), so every check first makes sure the value has the type it expects.
import { isRecord, type Issue } from './issues.js';
import type { PathSeg } from './parse.js';
import { checkListeners, checkRuntimeApiAddress } from './listeners.js';
import { checkRunHost } from './cloud-run-host.js';
import { checkCohortHeader, checkPlaceholders, EVERY_PATH, routedPrefix } from './routing.js';
import { formatDuration, parseDuration, parsePercent, parseRate } from './units.js';
import {
  checkAddressOrSocket,
  checkCidr,
  checkListenAddress,
  checkNameserver,
  checkCookieName,
  checkFilePath,
  checkHeaderName,
  checkHeaderValue,
  checkHostname,
  checkHttpUrl,
  checkImage,
  checkLogTarget,
  checkOutputPath,
  checkPath,
  checkProjectId,
  checkRegion,
  checkRevisionName,
  checkRunUrl,
  checkServiceName,
} from './whitelist.js';
import { checkControls } from './validate-controls.js';

type Checker = (v: unknown) => string | null;

class Collector {
  readonly issues: Issue[] = [];
  add(path: PathSeg[], message: string, extra: Partial<Issue> = {}): void {
    this.issues.push({ path, message, ...extra });
  }
  /** Runs a whitelist checker on a string value (non-strings are the schema's business). */
  check(value: unknown, path: PathSeg[], checker: Checker): void {
    if (typeof value !== 'string') return;
    const bad = checker(value);
    if (bad) this.add(path, bad);
  }
  /** A duration within [min, max] ms; the message gives the valid range. */
  duration(value: unknown, path: PathSeg[], [min, max]: readonly [number, number]): void {
    const ms = parseDuration(value);
    if (ms === undefined) return; // not a duration: the schema says so
    const range = `valid: ${formatDuration(min)}–${formatDuration(max)}`;
    if (ms === 0 && min > 0) this.add(path, `${JSON.stringify(value)} is zero; ${range}`);
    else if (ms < min) this.add(path, `${JSON.stringify(value)} is below ${formatDuration(min)}; ${range}`);
    else if (ms > max) this.add(path, `${JSON.stringify(value)} is above ${formatDuration(max)}; ${range}`);
  }
}

const S = 1000;
const M = 60 * S;
const H = 60 * M;
/** Duration bounds [min, max] in ms, one per field (contract: bounds sit with their field). */
export const DURATION_BOUNDS = {
  'resolvers.refresh': [S, H],
  'timeouts.connect': [100, 5 * M],
  'timeouts.client': [S, 24 * H],
  'timeouts.server': [S, 24 * H],
  'rate-per-ip period': [S, H],
  bake: [0, 168 * H],
  interval: [S, 10 * M],
  'latency.max': [1, H],
  'operation-timeout': [30 * S, H],
  'timeouts.tunnel': [S, 24 * H],
  'health.interval': [S, H],
  'health.timeout': [S, 5 * M],
  'health.slowstart': [0, H],
} as const satisfies Record<string, readonly [number, number]>;
/** Requests per period a `rate-per-ip` may allow. */
export const RATE_COUNT_BOUNDS = [1, 1_000_000] as const;

const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function semanticIssues(data: unknown): Issue[] {
  const c = new Collector();
  if (!isRecord(data)) {
    c.add([], 'the policy must be a map with `version: 1` and `services:`');
    return c.issues;
  }
  checkFiniteNumbers(data, [], c);
  const defaults = rec(data.defaults);
  c.check(defaults.project, ['defaults', 'project'], checkProjectId);
  c.check(defaults.region, ['defaults', 'region'], checkRegion);
  c.duration(
    defaults['operation-timeout'],
    ['defaults', 'operation-timeout'],
    DURATION_BOUNDS['operation-timeout'],
  );
  checkHaproxy(rec(data.haproxy), c);
  const splitAt = data['split-at'] ?? 'haproxy';
  const services = list(data.services);
  const hasClientCa = rec(data.haproxy)['client-ca'] !== undefined;
  services.forEach((s, i) => {
    if (isRecord(s)) checkService(s, ['services', i], { defaults, splitAt }, c);
    if (isRecord(s)) checkServiceExtras(s, ['services', i], hasClientCa, c);
  });
  checkUniqueNames(services, c);
  checkStatSource(services, rec(data.haproxy)['runtime-api'], splitAt, c);
  checkUniqueRoutes(services, c);
  checkControls(data, c);
  return c.issues;
}

/** `.nan` and `.inf` are YAML numbers but never meaningful here. */
export function checkFiniteNumbers(v: unknown, path: PathSeg[], c: Collector): void {
  if (typeof v === 'number' && !Number.isFinite(v)) c.add(path, `${String(v)} is not a finite number`);
  else if (Array.isArray(v)) v.forEach((x, i) => checkFiniteNumbers(x, [...path, i], c));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) checkFiniteNumbers(x, [...path, k], c);
}

function checkHaproxy(h: Record<string, unknown>, c: Collector): void {
  const at = (...p: PathSeg[]): PathSeg[] => ['haproxy', ...p];
  c.check(h.output, at('output'), checkOutputPath);
  list(h.bind).forEach((b, i) => c.check(b, at('bind', i), checkListenAddress));
  c.check(h.certificate, at('certificate'), checkFilePath);
  c.check(h['http-bind'], at('http-bind'), checkListenAddress);
  const resolvers = rec(h.resolvers);
  list(resolvers.nameservers).forEach((n, i) =>
    c.check(n, at('resolvers', 'nameservers', i), checkNameserver),
  );
  c.duration(resolvers.refresh, at('resolvers', 'refresh'), DURATION_BOUNDS['resolvers.refresh']);
  checkRate(rec(h.limits)['rate-per-ip'], at('limits', 'rate-per-ip'), c);
  const timeouts = rec(h.timeouts);
  for (const k of ['connect', 'client', 'server'] as const)
    c.duration(timeouts[k], at('timeouts', k), DURATION_BOUNDS[`timeouts.${k}`]);
  // one address, or a fleet's list: each entry is checked as one address
  const runtimeApi = (v: unknown) => checkAddressOrSocket(v) ?? checkRuntimeApiAddress(v as string);
  const apis = h['runtime-api'];
  if (Array.isArray(apis)) {
    apis.forEach((a, i) => c.check(a, at('runtime-api', i), runtimeApi));
    apis.forEach((a, i) => {
      if (apis.indexOf(a) !== i)
        c.add(at('runtime-api', i), `${String(a)} is listed twice; list each instance once`);
    });
  } else c.check(apis, at('runtime-api'), runtimeApi);
  c.check(h['stats-socket'], at('stats-socket'), checkFilePath);
  c.check(h['prometheus-bind'], at('prometheus-bind'), checkListenAddress);
  c.check(h['map-file'], at('map-file'), checkFilePath);
  if (h['ca-file'] !== '@system-ca') c.check(h['ca-file'], at('ca-file'), checkFilePath);
  checkListeners(h, (path, message) => c.add(path, message));
  checkHaproxyExtras(h, c);
}

function checkRate(raw: unknown, path: PathSeg[], c: Collector): void {
  const rate = parseRate(raw);
  if (!rate) return;
  const [cmin, cmax] = RATE_COUNT_BOUNDS;
  const [pmin, pmax] = DURATION_BOUNDS['rate-per-ip period'];
  const range = `valid: ${cmin}–${cmax} requests per ${formatDuration(pmin)}–${formatDuration(pmax)}, e.g. 200/10s`;
  if (rate.count < cmin || rate.count > cmax || rate.periodMs < pmin || rate.periodMs > pmax)
    c.add(path, `${JSON.stringify(raw)} is out of range; ${range}`);
}

/** Issue 12: log target, client CA, trusted proxies, state and token files, tunnel timeout. */
function checkHaproxyExtras(h: Record<string, unknown>, c: Collector): void {
  const at = (...p: PathSeg[]): PathSeg[] => ['haproxy', ...p];
  c.check(h.log, at('log'), checkLogTarget);
  c.check(h['client-ca'], at('client-ca'), checkFilePath);
  if (h['client-ca'] !== undefined && h.certificate === undefined) {
    c.add(at('client-ca'), 'client certificates need TLS at HAProxy: set `haproxy.certificate` too', {
      at: 'key',
    });
  }
  if (h['client-verify'] !== undefined && h['client-ca'] === undefined) {
    c.add(
      at('client-verify'),
      'verifies nothing without `haproxy.client-ca` (the CA client certificates are checked with)',
      {
        at: 'key',
      },
    );
  }
  list(h['trusted-proxies']).forEach((n, i) => c.check(n, at('trusted-proxies', i), checkCidr));
  c.check(h['server-state-file'], at('server-state-file'), checkFilePath);
  c.check(h['token-map'], at('token-map'), checkFilePath);
  c.duration(rec(h.timeouts).tunnel, at('timeouts', 'tunnel'), DURATION_BOUNDS['timeouts.tunnel']);
}

/** Issue 12: health timing, allow-from networks, client-verify needs a client CA. */
function checkServiceExtras(
  s: Record<string, unknown>,
  path: PathSeg[],
  hasClientCa: boolean,
  c: Collector,
): void {
  const at = (...p: PathSeg[]): PathSeg[] => [...path, ...p];
  const health = rec(s.health);
  c.duration(health.interval, at('health', 'interval'), DURATION_BOUNDS['health.interval']);
  c.duration(health.timeout, at('health', 'timeout'), DURATION_BOUNDS['health.timeout']);
  c.duration(health.slowstart, at('health', 'slowstart'), DURATION_BOUNDS['health.slowstart']);
  const allow = rec(rec(s.routing).header)['allow-from'];
  list(allow).forEach((n, i) => c.check(n, at('routing', 'header', 'allow-from', i), checkCidr));
  if (s['client-verify'] !== undefined && !hasClientCa) {
    c.add(at('client-verify'), 'verifies nothing without `haproxy.client-ca`; set it or remove this key', {
      at: 'key',
    });
  }
}

interface Context {
  defaults: Record<string, unknown>;
  splitAt: unknown;
}

function checkService(s: Record<string, unknown>, path: PathSeg[], ctx: Context, c: Collector): void {
  const at = (...p: PathSeg[]): PathSeg[] => [...path, ...p];
  c.check(s.name, at('name'), checkServiceName);
  c.check(s.project, at('project'), checkProjectId);
  c.check(s.region, at('region'), checkRegion);
  for (const key of ['project', 'region']) {
    if (s[key] === undefined && ctx.defaults[key] === undefined) {
      c.add(at(key), `no ${key}: set \`${key}\` on the service or in \`defaults\``, { locateAt: path });
    }
  }
  const hosts = list(s.hosts);
  hosts.forEach((h, i) => c.check(h, at('hosts', i), checkHostname));
  reportDuplicates(hosts, at('hosts'), 'host', c);
  const paths = list(s.paths);
  paths.forEach((p, i) => c.check(p, at('paths', i), checkPath));
  reportDuplicates(paths, at('paths'), 'path', c);
  checkRelease(s, path, c);
  checkUrl(s, path, ctx, c);
  const routing = rec(s.routing);
  const header = rec(routing.header);
  c.check(
    header.name,
    at('routing', 'header', 'name'),
    (v) => checkHeaderName(v) ?? checkCohortHeader(v as string),
  );
  c.check(header.value, at('routing', 'header', 'value'), checkHeaderValue);
  c.check(routing['sticky-cookie'], at('routing', 'sticky-cookie'), checkCookieName);
  if (ctx.splitAt === 'haproxy' && !isRecord(routing.header) && routing['sticky-cookie'] === undefined) {
    c.add(
      at('routing'),
      'split-at: haproxy needs a way to route the canary: set `routing.sticky-cookie` (and/or `routing.header`)',
      { locateAt: s.routing === undefined ? path : at('routing') },
    );
  }
  for (const block of ['health', 'smoke']) {
    const p = rec(s[block]).path;
    c.check(p, at(block, 'path'), checkPath);
    checkReservedPath(p, at(block, 'path'), c);
  }
  checkSteps(s.steps, at('steps'), isRecord(routing.header), c);
  if (s.analysis !== undefined && !isRecord(s.analysis)) return;
  checkAnalysis(s.analysis, at('analysis'), { splitAt: ctx.splitAt, servicePath: path }, c);
}

function reportDuplicates(items: unknown[], path: PathSeg[], what: string, c: Collector): void {
  const seen = new Map<string, number>();
  items.forEach((v, i) => {
    if (typeof v !== 'string') return;
    const k = v.toLowerCase();
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else c.add([...path, i], `${what} ${JSON.stringify(v)} is listed twice (also at index ${first})`);
  });
}

function checkRelease(s: Record<string, unknown>, path: PathSeg[], c: Collector): void {
  c.check(s.image, [...path, 'image'], checkImage);
  c.check(s.revision, [...path, 'revision'], checkRevisionName);
  if (s.image === undefined && s.revision === undefined) {
    c.add(
      [...path, 'image'],
      'set exactly one of `image` (a container image) or `revision` (a revision name)',
      {
        locateAt: path,
      },
    );
  } else if (s.image !== undefined && s.revision !== undefined) {
    c.add([...path, 'revision'], 'set exactly one of `image` or `revision`, not both', { at: 'key' });
  }
}

/** HAProxy needs the Cloud Run host name: the given url, or the deterministic one. */
function checkUrl(s: Record<string, unknown>, path: PathSeg[], ctx: Context, c: Collector): void {
  c.check(s.url, [...path, 'url'], checkRunUrl);
  checkRunHost(s, path, ctx.defaults, (p, m) => c.add(p, m));
  if (
    s.url === undefined &&
    s['project-number'] === undefined &&
    ctx.defaults['project-number'] === undefined
  ) {
    c.add(
      [...path, 'url'],
      "HAProxy needs this service's Cloud Run host name: set `url` (https://SERVICE-HASH-REGION_CODE.a.run.app) " +
        'or `project-number` on the service or in `defaults`',
      { locateAt: path },
    );
  }
}

function checkReservedPath(value: unknown, path: PathSeg[], c: Collector): void {
  if (typeof value === 'string' && value.endsWith('z')) {
    c.add(
      path,
      `${JSON.stringify(value)} ends in "z"; Cloud Run reserves paths ending in z (like /healthz); use e.g. /health`,
    );
  }
}

function checkSteps(raw: unknown, path: PathSeg[], hasHeader: boolean, c: Collector): void {
  let previous: { percent: number; index: number } | undefined;
  list(raw).forEach((step, i) => {
    if (!isRecord(step)) return;
    const at = (...p: PathSeg[]): PathSeg[] => [...path, i, ...p];
    c.duration(step.bake, at('bake'), DURATION_BOUNDS.bake);
    checkMaxBake(step, at('max-bake'), c);
    const headerOnly = step['header-only'] === true;
    if (headerOnly) {
      if (i > 0) c.add(at('header-only'), 'header-only is allowed only as the first step', { at: 'key' });
      if (step.percent !== undefined) {
        c.add(at('percent'), 'a header-only step routes the header cohort only (0%); remove `percent`', {
          at: 'key',
        });
      }
      if (!hasHeader)
        c.add(at('header-only'), 'a header-only step needs `routing.header` on the service', { at: 'key' });
      return;
    }
    if (step.percent === undefined) {
      c.add(at('percent'), 'a step needs `percent: 1–100` (or `header-only: true` as the first step)', {
        locateAt: at(),
      });
      return;
    }
    // an out-of-range percent already has its error; comparing against it would only add noise
    if (typeof step.percent !== 'number' || step.percent < 1 || step.percent > 100) return;
    if (previous && step.percent <= previous.percent) {
      c.add(
        at('percent'),
        `${step.percent} is not above the previous step's ${previous.percent}; percents must strictly increase`,
      );
    }
    previous = { percent: step.percent, index: i };
  });
}

const DAY_MS = 24 * 3_600_000;

/** max-bake: at least the bake (the minimum time), at most a day. */
function checkMaxBake(step: Record<string, unknown>, path: PathSeg[], c: Collector): void {
  const max = parseDuration(step['max-bake']);
  if (max === undefined) return;
  const bake = parseDuration(step.bake);
  if (bake !== undefined && max < bake) {
    c.add(
      path,
      `${String(step['max-bake'])} is shorter than the bake ${String(step.bake)}; max-bake must be at least the bake`,
    );
  } else if (max > DAY_MS) {
    c.add(path, `${String(step['max-bake'])} is above 24h (the longest stage allowed)`);
  } else if (max === 0) {
    c.add(path, `${String(step['max-bake'])} is zero; write a duration at least the bake, like 30m`);
  }
}

export interface AnalysisContext {
  /** the policy's split-at, when known (an analysis block checked alone has none) */
  splitAt?: unknown;
  /** where a missing analysis block is reported */
  servicePath: PathSeg[];
}

/** Checks an analysis block (or its absence: the defaults need prometheus.url). */
export function checkAnalysis(raw: unknown, path: PathSeg[], ctx: AnalysisContext, c: Collector): void {
  const a = rec(raw);
  const source = a.source ?? 'prometheus';
  const prometheus = rec(a.prometheus);
  c.check(prometheus.url, [...path, 'prometheus', 'url'], checkHttpUrl);
  if (
    source === 'prometheus' &&
    prometheus.url === undefined &&
    (raw === undefined || a.prometheus === undefined)
  ) {
    c.add(
      [...path, 'prometheus', 'url'],
      `source prometheus${a.source === undefined ? ' (the default)' : ''} needs \`prometheus.url\`; set it or ` +
        'choose `source: cloud-monitoring` or `source: haproxy`',
      { locateAt: raw === undefined ? ctx.servicePath : path },
    );
  }
  if (source === 'haproxy' && ctx.splitAt === 'cloud-run') {
    c.add(
      [...path, 'source'],
      'source haproxy cannot tell revisions apart when Cloud Run splits the traffic (split-at: cloud-run); ' +
        'use prometheus or cloud-monitoring',
    );
  }
  c.duration(a.interval, [...path, 'interval'], DURATION_BOUNDS.interval);
  list(a.metrics).forEach((m, i) => checkMetric(m, [...path, 'metrics', i], source, ctx.splitAt, c));
  // a metric that reads Prometheus on its own needs the block's URL too
  list(a.metrics).forEach((m, i) => {
    if (!isRecord(m) || source === 'prometheus' || prometheus.url !== undefined) return;
    const kind = Object.keys(m)[0];
    if (rec(m[kind]).source === 'prometheus') {
      c.add(
        [...path, 'metrics', i, kind, 'source'],
        'source prometheus on this metric needs `prometheus.url` in the analysis block; set it, or use cloud-monitoring',
      );
    }
  });
}

/** The metric's own `source`, else the block's. */
function metricSource(m: Record<string, unknown>, blockSource: unknown): unknown {
  const body = rec(m['error-rate'] ?? m.latency ?? m.custom);
  return body.source ?? blockSource;
}

/** Where latency can come from: HAProxy keeps no histogram, and Prometheus with split-at haproxy
 * reads HAProxy's exporter, which has none either. */
function latencyUnavailable(source: unknown, splitAt: unknown): string | null {
  if (source === 'haproxy') {
    return (
      'latency is not available from source haproxy (HAProxy keeps counters, no latency histogram); ' +
      'set `source: cloud-monitoring` on this metric (Cloud Run request latencies), or drop it'
    );
  }
  if (source === 'prometheus' && splitAt === 'haproxy') {
    return (
      "latency is not available from source prometheus with split-at haproxy (it reads HAProxy's exporter, " +
      'which has no latency histogram); set `source: cloud-monitoring` on this metric, or use split-at cloud-run ' +
      "(Prometheus then reads Cloud Run's request_latencies)"
    );
  }
  return null;
}

const MAX_WARMUP_MS = 30 * 60_000;

function checkJudgeFields(body: Record<string, unknown>, path: PathSeg[], c: Collector): void {
  if (body.absolute === true && body.max === undefined) {
    c.add([...path, 'absolute'], '`absolute: true` applies to the `max` ceiling; set `max` or remove it');
  }
}

function checkMetric(
  m: unknown,
  path: PathSeg[],
  blockSource: unknown,
  splitAt: unknown,
  c: Collector,
): void {
  if (!isRecord(m)) return;
  const source = metricSource(m, blockSource);
  const own = rec(m['error-rate'] ?? m.latency ?? m.custom).source;
  const kind = Object.keys(m)[0];
  if (own === 'haproxy' && splitAt === 'cloud-run') {
    c.add(
      [...path, kind, 'source'],
      'source haproxy cannot tell revisions apart when Cloud Run splits the traffic (split-at: cloud-run); ' +
        'use prometheus or cloud-monitoring',
    );
  }
  const errorRate = m['error-rate'];
  if (isRecord(errorRate)) {
    const pct = parsePercent(errorRate.max);
    if (pct !== undefined && pct > 100) c.add([...path, 'error-rate', 'max'], `${pct}% is above 100%`);
    if (errorRate.max === undefined && errorRate['vs-baseline'] === false) {
      c.add([...path, 'error-rate'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
    }
    checkJudgeFields(errorRate, [...path, 'error-rate'], c);
  }
  const latency = m.latency;
  if (isRecord(latency)) {
    const unavailable = latencyUnavailable(source, splitAt);
    if (unavailable) c.add([...path, 'latency'], unavailable, { at: 'key' });
    const warmup = parseDuration(latency.warmup);
    if (warmup !== undefined && warmup > MAX_WARMUP_MS) {
      c.add(
        [...path, 'latency', 'warmup'],
        `${String(latency.warmup)} is above 30m (the longest warm-up allowed)`,
      );
    }
    c.duration(latency.max, [...path, 'latency', 'max'], DURATION_BOUNDS['latency.max']);
    checkJudgeFields(latency, [...path, 'latency'], c);
    if (latency.max === undefined && latency['vs-baseline'] === false) {
      c.add([...path, 'latency'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
    }
  }
  const custom = m.custom;
  if (isRecord(custom)) {
    if (source === 'haproxy') {
      c.add([...path, 'custom'], 'custom queries need source prometheus or cloud-monitoring', { at: 'key' });
    }
    if (typeof custom.query === 'string')
      checkPlaceholders(custom.query, [...path, 'custom', 'query'], (p, m) => c.add(p, m));
    if (custom.min === undefined && custom.max === undefined) {
      c.add([...path, 'custom'], 'judges nothing: set `min` and/or `max`', { at: 'key' });
    }
    if (typeof custom.min === 'number' && typeof custom.max === 'number' && custom.min > custom.max) {
      c.add([...path, 'custom', 'min'], `min ${custom.min} is above max ${custom.max}`);
    }
  }
}

/** The haproxy source reads `show stat` through the runtime API: the run refuses it without one. */
function checkStatSource(services: unknown[], runtimeApi: unknown, splitAt: unknown, c: Collector): void {
  if (runtimeApi !== undefined || splitAt === 'cloud-run') return; // cloud-run: refused on its own
  services.forEach((s, i) => {
    if (rec(rec(s).analysis).source !== 'haproxy') return;
    c.add(
      ['services', i, 'analysis', 'source'],
      'source haproxy reads the counters through the runtime API: set `haproxy.runtime-api` ' +
        '(a unix socket or a private address), or use source prometheus or cloud-monitoring',
    );
  });
}

function checkUniqueNames(services: unknown[], c: Collector): void {
  const seen = new Map<string, number>();
  services.forEach((s, i) => {
    const name = rec(s).name;
    if (typeof name !== 'string') return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    else
      c.add(
        ['services', i, 'name'],
        `duplicate service name ${JSON.stringify(name)} (also services[${first}].name)`,
      );
  });
}

/** Two services may not claim the same host + path prefix (HAProxy would route to the first). */
function checkUniqueRoutes(services: unknown[], c: Collector): void {
  const owner = new Map<string, number>();
  services.forEach((raw, i) => {
    const s = rec(raw);
    const paths = list(s.paths).filter((p): p is string => typeof p === 'string');
    const routes: { host: string; path: string; at: PathSeg[] }[] = [];
    list(s.hosts).forEach((h, hi) => {
      if (typeof h !== 'string') return;
      if (paths.length === 0) routes.push({ host: h, path: EVERY_PATH, at: ['services', i, 'hosts', hi] });
      paths.forEach((p, pi) =>
        routes.push({ host: h, path: routedPrefix(p), at: ['services', i, 'paths', pi] }),
      );
    });
    const reported = new Set<string>();
    for (const r of routes) {
      const key = `${r.host.toLowerCase()} ${r.path}`;
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else if (first !== i && !reported.has(key)) {
        reported.add(key);
        const what =
          r.path === EVERY_PATH ? 'every path' : `path prefix ${r.path} (with or without a trailing /)`;
        c.add(r.at, `host ${JSON.stringify(r.host)} with ${what} is already routed to services[${first}]`);
      }
    }
  });
}

export { Collector };
