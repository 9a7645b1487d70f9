// The HAProxy 2.6 configuration for a policy (DESIGN.md "Data paths" and the 2.6 facts).
// Pure and deterministic: same policy + options → same text. Every user value is checked
// against a whitelist again here (defence in depth behind the policy validator): a value that
// fails is refused with an error, never escaped, because escaping rules differ per directive.
import type { Policy, Service } from '../policy/types.js';
import { checkStep, maxStep, percentAt, serviceStep } from './map.js';
import { cloudRunHost } from './urls.js';
import {
  checkAddress,
  checkAddressOrSocket,
  checkCookieName,
  checkFilePath,
  checkHeaderName,
  checkHeaderValue,
  checkHostname,
  checkPath,
  checkServiceName,
} from '../policy/whitelist.js';
import { logBackendVars, logFrontend, logGlobal, logServiceVars } from './haproxy-log.js';
import { clientCertBindOptions, clientCertHeaders, clientCertRequired } from './haproxy-tls.js';
import { canaryAdmission, checkTimeout, serverCheckOptions } from './haproxy-health.js';
import { authBackend, authCheckHeader, authFrontend } from './haproxy-auth.js';
import {
  bindFamilyOptions,
  forwardedHost,
  forwardingHeaders,
  headerAllowFrom,
  headerDefaults,
  hsts,
  redirectBinds,
  serverStateGlobal,
} from './haproxy-headers.js';

export interface RenderOverrides {
  certificate?: string;
  caFile?: string;
  mapFile?: string;
  statsSocket?: string;
  runtimeApi?: string;
  /** Cloud Run host name → ip:port to connect to instead (tests); no DNS then. */
  serverAddress?: Record<string, string>;
  bind?: string[];
  httpBind?: string;
  prometheusBind?: string;
  /** health-check interval in ms (tests shorten it); default: each service's health.interval */
  checkIntervalMs?: number;
  clientCa?: string;
  tokenMap?: string;
  serverStateFile?: string;
}

export interface RenderOptions {
  /** 0 = before the first step (header route present, 0%); K = 1-based step */
  step: number;
  /** servers start with no address (`init-addr none`): no DNS lookup at start */
  offline?: boolean;
  overrides?: RenderOverrides;
  /** Cloud Run revision names per service, for the logs (absent: the tag, stable/canary) */
  revisions?: Record<string, { stable?: string; canary?: string }>;
}

// ---- whitelists -------------------------------------------------------------------------
const RE = {
  hostname:
    /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/,
  generatedHost: /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/,
  serviceName: /^[a-z](?:[a-z0-9-]{0,47}[a-z0-9])?$/,
  headerName: /^[A-Za-z0-9][A-Za-z0-9-]{0,127}$/,
  headerValue: /^[A-Za-z0-9._~:/+=][A-Za-z0-9._~:/+=-]{0,255}$/,
  cookieName: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
  path: /^\/[A-Za-z0-9._~/-]{0,1023}$/,
  file: /^(?:@system-ca|[A-Za-z0-9_./][A-Za-z0-9_./@+-]{0,1023})$/,
  address:
    /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}))?:[0-9]{1,5}$/,
  nameserver:
    /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})):[0-9]{1,5}$/,
  runtimeApi:
    /^(?:\/[A-Za-z0-9_./-]{1,1023}|(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}))?:[0-9]{1,5})$/,
  ipPort: /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]):[0-9]{1,5}$/,
  digest: /^[0-9a-fA-F]{0,128}$/,
};

type Kind = keyof typeof RE;

/** The policy module's checkers (they name the offending character); ours run as well. */
const POLICY_CHECK: Partial<Record<Kind, (v: unknown) => string | null>> = {
  hostname: checkHostname,
  serviceName: checkServiceName,
  headerName: checkHeaderName,
  headerValue: checkHeaderValue,
  cookieName: checkCookieName,
  path: checkPath,
  file: (v) => (v === '@system-ca' ? null : checkFilePath(v)),
  address: checkAddress,
  nameserver: checkAddress,
  runtimeApi: checkAddressOrSocket,
};

/** Returns the value when it passes the whitelist; throws naming the field and the offending character. */
function safe(kind: Kind, value: unknown, where: string): string {
  const policyProblem = POLICY_CHECK[kind]?.(value);
  if (policyProblem) throw new Error(`refusing to render HAProxy config: ${where} ${policyProblem}`);
  if (typeof value !== 'string' || !RE[kind].test(value)) {
    const text = typeof value === 'string' ? value : String(value);
    const bad = [...text].find((c) => !/[A-Za-z0-9._~/:+=@-]/.test(c));
    const why = bad === undefined ? 'has the wrong shape' : `contains ${JSON.stringify(bad)}`;
    throw new Error(
      `refusing to render HAProxy config: ${where} ${JSON.stringify(text)} ${why} (not a valid ${kind})`,
    );
  }
  if (kind === 'address' || kind === 'ipPort' || kind === 'nameserver') {
    const port = Number(value.slice(value.lastIndexOf(':') + 1));
    if (port < 1 || port > 65535)
      throw new Error(`refusing to render HAProxy config: ${where} port ${port} is out of range`);
  }
  return value;
}

function int(value: number, min: number, max: number, where: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `refusing to render HAProxy config: ${where} ${value} is not a whole number in ${min}..${max}`,
    );
  }
  return value;
}

/** HAProxy time: the largest unit that divides the value exactly. */
export function haproxyTime(ms: number, where: string): string {
  int(ms, 0, 2 ** 31 - 1, where);
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    if (ms > 0 && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

// ---- resolved inputs --------------------------------------------------------------------
interface Ctx {
  policy: Policy;
  step: number;
  offline: boolean;
  certificate?: string;
  caFile: string;
  mapFile: string;
  statsSocket: string;
  runtimeApi?: string;
  binds: string[];
  httpBind: string;
  prometheusBind: string;
  serverAddress: Record<string, string>;
  checkIntervalMs?: number;
  o: RenderOverrides;
  revisions: Record<string, { stable?: string; canary?: string }>;
}

function resolveCtx(policy: Policy, opts: RenderOptions): Ctx {
  checkStep(policy, opts.step);
  const h = policy.haproxy;
  const o = opts.overrides ?? {};
  if (policy.services.length === 0)
    throw new Error(`refusing to render HAProxy config: ${policy.file} has no services`);
  const binds = o.bind ?? h.bind;
  if (binds.length === 0) throw new Error('refusing to render HAProxy config: haproxy.bind is empty');
  const serverAddress: Record<string, string> = {};
  for (const [host, addr] of Object.entries(o.serverAddress ?? {})) {
    serverAddress[safe('generatedHost', host, 'serverAddress host')] = safe(
      'ipPort',
      addr,
      `serverAddress[${host}]`,
    );
  }
  const certificate = o.certificate ?? h.certificate;
  const runtimeApi = o.runtimeApi ?? h.runtimeApi;
  return {
    policy,
    step: opts.step,
    offline: opts.offline === true,
    certificate: certificate === undefined ? undefined : safe('file', certificate, 'haproxy.certificate'),
    caFile: safe('file', o.caFile ?? h.caFile, 'haproxy.ca-file'),
    mapFile: safe('file', o.mapFile ?? h.mapFile, 'haproxy.map-file'),
    statsSocket: safe('file', o.statsSocket ?? h.statsSocket, 'haproxy.stats-socket'),
    runtimeApi: runtimeApi === undefined ? undefined : safe('runtimeApi', runtimeApi, 'haproxy.runtime-api'),
    binds: binds.map((b, i) => safe('address', b, `haproxy.bind[${i}]`)),
    httpBind: safe('address', o.httpBind ?? h.httpBind ?? ':80', 'haproxy.http-bind'),
    prometheusBind: safe('address', o.prometheusBind ?? h.prometheusBind, 'haproxy.prometheus-bind'),
    serverAddress,
    checkIntervalMs: o.checkIntervalMs,
    o,
    revisions: opts.revisions ?? {},
  };
}

// ---- sections ---------------------------------------------------------------------------
const I = '    ';

function header(ctx: Ctx): string[] {
  const p = ctx.policy;
  if ([...p.file].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\u2028' || c === '\u2029')) {
    throw new Error('refusing to render HAProxy config: the policy file name contains a control character');
  }
  return [
    `# Generated by canary-relay from ${p.file} (sha256 ${safe('digest', p.digest, 'policy digest')}).`,
    '# Do not edit: change the policy and render again.',
    `# Rendered for step ${ctx.step} of ${maxStep(p)} (0 = header route only); split-at ${p.splitAt}.`,
    `# Canary percents live in ${ctx.mapFile} and change at runtime with "set map", no reload.`,
  ];
}

function runtimeSocketLine(addr: string): string {
  if (addr.startsWith('/')) return `${I}stats socket ${addr} mode 660 level admin`;
  const family = addr.startsWith('[') ? 'ipv6' : 'ipv4';
  return `${I}stats socket ${family}@${addr} level admin`;
}

function global(ctx: Ctx): string[] {
  const h = ctx.policy.haproxy;
  const lines = [
    'global',
    `${I}maxconn ${int(h.limits.maxConnections, 1, 10_000_000, 'haproxy.limits.max-connections')}`,
    `${I}stats socket ${ctx.statsSocket} mode 660 level admin`,
  ];
  if (ctx.runtimeApi !== undefined && ctx.runtimeApi !== ctx.statsSocket)
    lines.push(runtimeSocketLine(ctx.runtimeApi));
  lines.push(
    `${I}stats timeout 30s`,
    `${I}ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets`,
    `${I}ssl-default-server-options ssl-min-ver TLSv1.2`,
    ...logGlobal(ctx.policy),
    ...serverStateGlobal(ctx.policy, ctx.o.serverStateFile),
  );
  return lines;
}

function resolvers(ctx: Ctx): string[] {
  const r = ctx.policy.haproxy.resolvers;
  const refresh = haproxyTime(r?.refreshMs ?? 30_000, 'haproxy.resolvers.refresh');
  const servers =
    r === undefined || r.nameservers.length === 0
      ? [`${I}parse-resolv-conf`]
      : r.nameservers.map(
          (ns, i) =>
            `${I}nameserver ns${i + 1} ${safe('nameserver', ns, `haproxy.resolvers.nameservers[${i}]`)}`,
        );
  return [
    '# Cloud Run addresses change: re-resolve every "timeout resolve", keep the last good answer.',
    'resolvers cr_dns',
    ...servers,
    `${I}accepted_payload_size 8192`,
    `${I}resolve_retries 3`,
    `${I}timeout resolve ${refresh}`,
    `${I}timeout retry 1s`,
    `${I}hold valid ${refresh}`,
    `${I}hold obsolete ${refresh}`,
  ];
}

function defaults(ctx: Ctx): string[] {
  const t = ctx.policy.haproxy.timeouts;
  return [
    'defaults',
    `${I}mode http`,
    `${I}maxconn ${ctx.policy.haproxy.limits.maxConnections}`,
    `${I}option forwardfor`,
    `${I}option redispatch`,
    `${I}retries 3`,
    `${I}timeout connect ${haproxyTime(t.connectMs, 'haproxy.timeouts.connect')}`,
    `${I}timeout client ${haproxyTime(t.clientMs, 'haproxy.timeouts.client')}`,
    `${I}timeout server ${haproxyTime(t.serverMs, 'haproxy.timeouts.server')}`,
    `${I}timeout http-request ${haproxyTime(Math.min(t.clientMs, 10_000), 'http-request timeout')}`,
    `${I}timeout queue ${haproxyTime(t.connectMs, 'haproxy.timeouts.connect')}`,
    `${I}timeout check ${haproxyTime(t.connectMs, 'haproxy.timeouts.connect')}`,
    ...headerDefaults(ctx.policy),
  ];
}

function httpFrontend(ctx: Ctx): string[] {
  if (!ctx.policy.haproxy.redirectHttp || ctx.certificate === undefined) return [];
  return [
    'frontend cr_http',
    ...redirectBinds(ctx.binds, ctx.httpBind),
    `${I}http-request redirect scheme https code 301`,
  ];
}

/** One routing rule: a service's host set plus one of its path prefixes (none: every path). */
interface Route {
  service: Service;
  index: number;
  path?: { value: string; j: number };
}

/**
 * Rules in matching order across all services: longest path prefix first (so /api/v2 beats /api
 * whichever service owns them), catch-all services last. The first rule that matches wins.
 */
function routingOrder(services: Service[]): Route[] {
  const routes: Route[] = services.flatMap((service, index) =>
    service.paths.length === 0
      ? [{ service, index }]
      : service.paths.map((value, j) => ({ service, index, path: { value, j } })),
  );
  const len = (r: Route) => (r.path === undefined ? -1 : r.path.value.replace(/\/+$/, '').length);
  const byName = (a: Route, b: Route) =>
    a.service.name < b.service.name ? -1 : a.service.name > b.service.name ? 1 : 0;
  return routes.sort((a, b) => len(b) - len(a) || byName(a, b) || (a.path?.j ?? 0) - (b.path?.j ?? 0));
}

function backendName(service: Service, side: 'stable' | 'canary' | 'service'): string {
  return `${service.name}_${side}`;
}

function describeService(ctx: Ctx, s: Service): string {
  const k = serviceStep(s, ctx.step);
  const step = k === 0 ? 'before the first step' : `step ${k} of ${s.steps.length}`;
  const parts = [
    `hosts ${s.hosts.join(' ')}`,
    s.paths.length > 0 ? `paths ${s.paths.join(' ')}` : 'all paths',
  ];
  if (s.routing.header) parts.push(`header ${s.routing.header.name}: ${s.routing.header.value} -> canary`);
  if (s.routing.stickyCookie) parts.push(`sticky cookie ${s.routing.stickyCookie}`);
  return `# service ${s.name}: ${parts.join('; ')}; ${step}: ${percentAt(s, ctx.step)}% canary`;
}

/** The ACL naming a service's hosts (the port of the Host header is ignored). */
function hostAcl(s: Service, i: number): string {
  const where = `services[${i}]`;
  const name = safe('serviceName', s.name, `${where}.name`);
  if (s.hosts.length === 0) throw new Error(`refusing to render HAProxy config: ${where}.hosts is empty`);
  const hosts = s.hosts.map((h, j) => safe('hostname', h, `${where}.hosts[${j}]`).toLowerCase());
  return `${I}acl cr_host_${name} req.hdr(host),lower,field(1,:) -m str ${hosts.join(' ')}`;
}

/** One rule setting txn.cr_svc when no earlier rule did: host, and the path or anything under it. */
function routeRule(r: Route): string[] {
  const name = r.service.name;
  const set = `${I}http-request set-var(txn.cr_svc) str(${name}) if !{ var(txn.cr_svc) -m found } cr_host_${name}`;
  if (r.path === undefined) return [set];
  const p = safe('path', r.path.value, `services[${r.index}].paths[${r.path.j}]`);
  const acl = `cr_path_${name}_${r.path.j}`;
  const lines = p.endsWith('/') ? [] : [`${I}acl ${acl} path -m str ${p}`];
  lines.push(`${I}acl ${acl} path -m beg ${p.endsWith('/') ? p : `${p}/`}`, `${set} ${acl}`);
  return lines;
}

/** Per-service ACLs: is-this-service, header cohort, and (split-at haproxy) the sticky bucket. */
function serviceRules(ctx: Ctx, s: Service, i: number): string[] {
  const where = `services[${i}]`;
  const name = s.name;
  const lines = [`${I}${describeService(ctx, s)}`, `${I}acl cr_is_${name} var(txn.cr_svc) -m str ${name}`];
  const hdr = s.routing.header;
  if (hdr) {
    const hn = safe('headerName', hdr.name, `${where}.routing.header.name`);
    const hv = safe('headerValue', hdr.value, `${where}.routing.header.value`);
    lines.push(`${I}acl cr_hdr_${name} req.hdr(${hn}) -m str ${hv}`);
  }
  if (ctx.policy.splitAt !== 'haproxy') return lines;
  const cookie = s.routing.stickyCookie;
  if (cookie === undefined) {
    lines.push(`${I}http-request set-var(txn.cr_bucket) rand(100) if cr_is_${name}`);
    return lines;
  }
  const c = safe('cookieName', cookie, `${where}.routing.sticky-cookie`);
  lines.push(
    `${I}acl cr_cookie_${name} req.cook(${c}) -m reg ^[0-9][0-9]?$`,
    `${I}http-request set-var(txn.cr_bucket) req.cook(${c}) if cr_is_${name} cr_cookie_${name}`,
    `${I}http-request set-var(txn.cr_bucket) rand(100) if cr_is_${name} !cr_cookie_${name}`,
    `${I}http-request set-var(txn.cr_new) bool(true) if cr_is_${name} !cr_cookie_${name}`,
    `${I}http-after-response add-header Set-Cookie "${c}=%[var(txn.cr_bucket)]; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax" if cr_is_${name} { var(txn.cr_new) -m bool }`,
  );
  return lines;
}

function useBackends(ctx: Ctx, s: Service): string[] {
  const name = s.name;
  const canary = backendName(s, 'canary');
  const lines: string[] = [];
  if (s.routing.header) lines.push(`${I}use_backend ${canary} if cr_is_${name} cr_hdr_${name}`);
  if (ctx.policy.splitAt === 'cloud-run') {
    lines.push(`${I}use_backend ${backendName(s, 'service')} if cr_is_${name}`);
    return lines;
  }
  // A bucketed client goes to canary only while the canary has a healthy server: else stable.
  lines.push(
    `${I}use_backend ${canary} if cr_is_${name} cr_pick { nbsrv(${canary}) gt 0 }${canaryAdmission(s, canary)}`,
    `${I}use_backend ${backendName(s, 'stable')} if cr_is_${name}`,
  );
  return lines;
}

function mainFrontend(ctx: Ctx): string[] {
  const p = ctx.policy;
  const h = p.haproxy;
  const tls =
    ctx.certificate === undefined
      ? ''
      : ` ssl crt ${ctx.certificate} alpn h2,http/1.1${clientCertBindOptions(p, ctx.o.clientCa)}`;
  const lines = [
    'frontend cr_main',
    ...ctx.binds.map((b) => `${I}bind ${b}${bindFamilyOptions(b, ctx.binds)}${tls}`),
    ...logFrontend(p),
    ...forwardingHeaders(p),
  ];
  if (ctx.certificate !== undefined) {
    lines.push(`${I}http-request set-header X-Forwarded-Proto https`, ...hsts(p), ...clientCertHeaders(p));
  }
  const rate = h.limits.ratePerIp;
  if (rate !== undefined) {
    const period = haproxyTime(rate.periodMs, 'haproxy.limits.rate-per-ip period');
    const count = int(rate.count, 1, 1_000_000_000, 'haproxy.limits.rate-per-ip');
    lines.push(
      `${I}# rate limit: at most ${count} requests per ${period} per client address`,
      `${I}stick-table type ipv6 size 1m expire ${period} store http_req_rate(${period})`,
      `${I}http-request track-sc0 src`,
      `${I}http-request deny deny_status 429 if { sc_http_req_rate(0) gt ${count} }`,
    );
  }
  lines.push(
    `${I}# routing: Host (port ignored) and path prefix pick exactly one service, longest prefix first`,
  );
  p.services.forEach((s, i) => lines.push(hostAcl(s, i)));
  for (const r of routingOrder(p.services)) lines.push(...routeRule(r));
  lines.push(
    `${I}http-request return status 404 content-type text/plain string no-route if !{ var(txn.cr_svc) -m found }`,
  );
  if (p.splitAt === 'haproxy') {
    lines.push(
      `${I}# percent split: a bucket 0..99 per client (kept in the sticky cookie); bucket < map percent -> canary`,
      `${I}http-request set-var(txn.cr_pct) var(txn.cr_svc),map_str_int(${ctx.mapFile},0)`,
      `${I}acl cr_pick var(txn.cr_bucket),sub(txn.cr_pct) lt 0`,
    );
  }
  for (const s of p.services) lines.push(...serviceRules(ctx, s, p.services.indexOf(s)));
  lines.push(
    ...logServiceVars(p),
    ...clientCertRequired(p),
    ...headerAllowFrom(p),
    ...authFrontend(p, ctx.o.tokenMap),
  );
  lines.push(`${I}# backends, per service: header cohort -> canary, then the split`);
  for (const s of p.services) lines.push(...useBackends(ctx, s));
  return lines;
}

function prometheusFrontend(ctx: Ctx): string[] {
  return [
    'frontend cr_prometheus',
    `${I}bind ${ctx.prometheusBind}`,
    `${I}http-request use-service prometheus-exporter if { path /metrics }`,
    `${I}http-request return status 404 if !{ path /metrics }`,
  ];
}

function serverLine(ctx: Ctx, s: Service, name: 'stable' | 'canary' | 'service', host: string): string {
  const override = ctx.serverAddress[host];
  const tls = `ssl verify required ca-file ${ctx.caFile} sni str(${host}) check-sni ${host}`;
  const check = serverCheckOptions(s, name, ctx.policy.haproxy.limits.maxConnections, ctx.checkIntervalMs);
  if (override !== undefined) return `${I}server ${name} ${override} ${tls} ${check}`;
  const init = ctx.offline ? 'none' : 'last,libc,none';
  return `${I}server ${name} ${host}:443 ${tls} ${check} resolvers cr_dns resolve-prefer ipv4 init-addr ${init}`;
}

function backend(ctx: Ctx, s: Service, side: 'stable' | 'canary' | 'service'): string[] {
  const host = safe(
    'generatedHost',
    cloudRunHost(s, side === 'service' ? undefined : side),
    `${s.name} Cloud Run host`,
  );
  const health = safe('path', s.health.path, `${s.name} health.path`);
  const what = side === 'service' ? 'the service URL (Cloud Run splits traffic)' : `the ${side} revision`;
  return [
    `# ${s.name}: ${what} at https://${host}`,
    `backend ${backendName(s, side)}`,
    ...logBackendVars(ctx.policy, s, side, side === 'service' ? undefined : ctx.revisions[s.name]?.[side]),
    ...forwardedHost(),
    `${I}http-request set-header Host ${host}`,
    ...authBackend(s),
    ...checkTimeout(s),
    `${I}option httpchk`,
    `${I}http-check send meth GET uri ${health} ver HTTP/1.1 hdr Host ${host}${authCheckHeader(ctx.policy, s, ctx.o.tokenMap)}`,
    serverLine(ctx, s, side, host),
  ];
}

export function renderHaproxy(policy: Policy, opts: RenderOptions): string {
  const ctx = resolveCtx(policy, opts);
  const sides =
    policy.splitAt === 'haproxy' ? (['stable', 'canary'] as const) : (['canary', 'service'] as const);
  const sections = [
    header(ctx),
    global(ctx),
    resolvers(ctx),
    defaults(ctx),
    httpFrontend(ctx),
    mainFrontend(ctx),
    prometheusFrontend(ctx),
    ...policy.services.flatMap((s) => sides.map((side) => backend(ctx, s, side))),
  ];
  return (
    sections
      .filter((s) => s.length > 0)
      .map((s) => s.join('\n'))
      .join('\n\n') + '\n'
  );
}
