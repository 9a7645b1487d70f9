// Semantic checks the schema cannot express, and the injection whitelist on every value that
// reaches the HAProxy config. Runs on raw data even when the schema failed (all errors at
// once), so every check first makes sure the value has the type it expects.
import { isRecord, type Issue } from './issues.js';
import type { PathSeg } from './parse.js';
import { parseDuration, parsePercent, parseRate } from './units.js';
import {
  checkAddress,
  checkAddressOrSocket,
  checkCookieName,
  checkFilePath,
  checkHeaderName,
  checkHeaderValue,
  checkHostname,
  checkHttpUrl,
  checkImage,
  checkPath,
  checkProjectId,
  checkRegion,
  checkRevisionName,
  checkRunUrl,
  checkServiceName,
} from './whitelist.js';

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
  duration(value: unknown, path: PathSeg[], opts: { allowZero?: boolean } = {}): void {
    const ms = parseDuration(value);
    if (ms === 0 && !opts.allowZero)
      this.add(path, `${JSON.stringify(value)} is zero; write a positive duration like 30s`);
  }
}

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
  checkHaproxy(rec(data.haproxy), c);
  const splitAt = data['split-at'] ?? 'haproxy';
  const services = list(data.services);
  services.forEach((s, i) => {
    if (isRecord(s)) checkService(s, ['services', i], { defaults, splitAt }, c);
  });
  checkUniqueNames(services, c);
  checkUniqueRoutes(services, c);
  return c.issues;
}

/** `.nan` and `.inf` are YAML numbers but never meaningful here. */
function checkFiniteNumbers(v: unknown, path: PathSeg[], c: Collector): void {
  if (typeof v === 'number' && !Number.isFinite(v)) c.add(path, `${String(v)} is not a finite number`);
  else if (Array.isArray(v)) v.forEach((x, i) => checkFiniteNumbers(x, [...path, i], c));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) checkFiniteNumbers(x, [...path, k], c);
}

function checkHaproxy(h: Record<string, unknown>, c: Collector): void {
  const at = (...p: PathSeg[]): PathSeg[] => ['haproxy', ...p];
  c.check(h.output, at('output'), checkFilePath);
  list(h.bind).forEach((b, i) => c.check(b, at('bind', i), checkAddress));
  c.check(h.certificate, at('certificate'), checkFilePath);
  c.check(h['http-bind'], at('http-bind'), checkAddress);
  const resolvers = rec(h.resolvers);
  list(resolvers.nameservers).forEach((n, i) => c.check(n, at('resolvers', 'nameservers', i), checkAddress));
  c.duration(resolvers.refresh, at('resolvers', 'refresh'));
  const limits = rec(h.limits);
  const rate = parseRate(limits['rate-per-ip']);
  if (rate && (rate.count === 0 || rate.periodMs === 0)) {
    c.add(at('limits', 'rate-per-ip'), `${String(limits['rate-per-ip'])} allows nothing; write e.g. 200/10s`);
  }
  const timeouts = rec(h.timeouts);
  for (const k of ['connect', 'client', 'server']) c.duration(timeouts[k], at('timeouts', k));
  const apis = h['runtime-api'];
  if (Array.isArray(apis)) {
    apis.forEach((a, i) => c.check(a, at('runtime-api', i), checkAddressOrSocket));
    apis.forEach((a, i) => {
      if (apis.indexOf(a) !== i)
        c.add(at('runtime-api', i), `${String(a)} is listed twice; list each instance once`);
    });
  } else c.check(apis, at('runtime-api'), checkAddressOrSocket);
  c.check(h['stats-socket'], at('stats-socket'), checkFilePath);
  c.check(h['prometheus-bind'], at('prometheus-bind'), checkAddress);
  c.check(h['map-file'], at('map-file'), checkFilePath);
  if (h['ca-file'] !== '@system-ca') c.check(h['ca-file'], at('ca-file'), checkFilePath);
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
  c.check(header.name, at('routing', 'header', 'name'), checkHeaderName);
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
      `"${value}" ends in "z"; Cloud Run reserves paths ending in z (like /healthz); use e.g. /health`,
    );
  }
}

function checkSteps(raw: unknown, path: PathSeg[], hasHeader: boolean, c: Collector): void {
  let previous: { percent: number; index: number } | undefined;
  list(raw).forEach((step, i) => {
    if (!isRecord(step)) return;
    const at = (...p: PathSeg[]): PathSeg[] => [...path, i, ...p];
    c.duration(step.bake, at('bake'), { allowZero: true });
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
  c.duration(a.interval, [...path, 'interval']);
  list(a.metrics).forEach((m, i) => checkMetric(m, [...path, 'metrics', i], source, c));
}

function checkMetric(m: unknown, path: PathSeg[], source: unknown, c: Collector): void {
  if (!isRecord(m)) return;
  const errorRate = m['error-rate'];
  if (isRecord(errorRate)) {
    const pct = parsePercent(errorRate.max);
    if (pct !== undefined && pct > 100) c.add([...path, 'error-rate', 'max'], `${pct}% is above 100%`);
    if (errorRate.max === undefined && errorRate['vs-baseline'] === false) {
      c.add([...path, 'error-rate'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
    }
  }
  const latency = m.latency;
  if (isRecord(latency)) {
    if (source === 'haproxy') {
      c.add(
        [...path, 'latency'],
        'latency is not available from the HAProxy runtime source (it has counters, no histograms); ' +
          'use source: prometheus or cloud-monitoring, or drop this metric',
        { at: 'key' },
      );
    }
    c.duration(latency.max, [...path, 'latency', 'max']);
    if (latency.max === undefined && latency['vs-baseline'] === false) {
      c.add([...path, 'latency'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
    }
  }
  const custom = m.custom;
  if (isRecord(custom)) {
    if (source === 'haproxy') {
      c.add([...path, 'custom'], 'custom queries need source prometheus or cloud-monitoring', { at: 'key' });
    }
    if (custom.min === undefined && custom.max === undefined) {
      c.add([...path, 'custom'], 'judges nothing: set `min` and/or `max`', { at: 'key' });
    }
    if (typeof custom.min === 'number' && typeof custom.max === 'number' && custom.min > custom.max) {
      c.add([...path, 'custom', 'min'], `min ${custom.min} is above max ${custom.max}`);
    }
  }
}

function checkUniqueNames(services: unknown[], c: Collector): void {
  const seen = new Map<string, number>();
  services.forEach((s, i) => {
    const name = rec(s).name;
    if (typeof name !== 'string') return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    else c.add(['services', i, 'name'], `duplicate service name "${name}" (also services[${first}].name)`);
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
      if (paths.length === 0)
        routes.push({ host: h, path: '(every path)', at: ['services', i, 'hosts', hi] });
      paths.forEach((p, pi) => routes.push({ host: h, path: p, at: ['services', i, 'paths', pi] }));
    });
    const reported = new Set<string>();
    for (const r of routes) {
      const key = `${r.host.toLowerCase()} ${r.path}`;
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else if (first !== i && !reported.has(key)) {
        reported.add(key);
        c.add(r.at, `host "${r.host}" with path ${r.path} is already routed to services[${first}]`);
      }
    }
  });
}

export { Collector };
