// The HAProxy 2.6 configuration for a policy (docs/ARCHITECTURE.md, "Requests through HAProxy").
// Pure and deterministic: same policy + options → same text. Every user value is checked
// against a whitelist again here (defence in depth behind the policy validator): a value that
// fails is refused with an error, never escaped, because escaping rules differ per directive.
import type { Policy, Service } from '../policy/types.js';
import { checkStep, maxStep, percentAt, serviceStep } from '../policy/steps.js';
import { backendName, generatedByLine, SERVICE_NAME } from '../policy/names.js';
import { routesMapPath } from './routes.js';
import { revisionsMapPath } from './revisions.js';
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
import { hTime, nameList, whole } from './haproxy-guard.js';
import { logBackendVars, logFrontend, logGlobal, logsRequests } from './haproxy-log.js';
import { clientCertBindOptions, clientCertHeaders, clientCertRequired } from './haproxy-tls.js';
import { canaryAdmission, checkTimeout, serverCheckOptions } from './haproxy-health.js';
import { authBackend, authCheckHeader } from './haproxy-auth.js';
import {
  bindFamilyOptions,
  forwardedHost,
  forwardedProto,
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
}

// ---- whitelists -------------------------------------------------------------------------
const RE = {
  hostname:
    /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/,
  generatedHost: /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/,
  serviceName: SERVICE_NAME,
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

/** HAProxy time: the largest unit that divides the value exactly. */
export const haproxyTime = hTime;

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
  // a fleet shares this config: each instance binds its own runtime API, named in its environment
  const fleet = o.runtimeApi === undefined && (h.runtimeApis?.length ?? 0) > 1;
  h.runtimeApis?.forEach((a, i) => safe('runtimeApi', a, `haproxy.runtime-api[${i}]`));
  const runtimeApi = fleet ? FLEET_RUNTIME_API : (o.runtimeApi ?? h.runtimeApi);
  return {
    policy,
    step: opts.step,
    offline: opts.offline === true,
    certificate: certificate === undefined ? undefined : safe('file', certificate, 'haproxy.certificate'),
    caFile: safe('file', o.caFile ?? h.caFile, 'haproxy.ca-file'),
    mapFile: safe('file', o.mapFile ?? h.mapFile, 'haproxy.map-file'),
    statsSocket: safe('file', o.statsSocket ?? h.statsSocket, 'haproxy.stats-socket'),
    runtimeApi:
      runtimeApi === undefined || fleet ? runtimeApi : safe('runtimeApi', runtimeApi, 'haproxy.runtime-api'),
    binds: binds.map((b, i) => safe('address', b, `haproxy.bind[${i}]`)),
    httpBind: safe('address', o.httpBind ?? h.httpBind ?? ':80', 'haproxy.http-bind'),
    prometheusBind: safe('address', o.prometheusBind ?? h.prometheusBind, 'haproxy.prometheus-bind'),
    serverAddress,
    checkIntervalMs: o.checkIntervalMs,
    o,
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
    generatedByLine(p.file, safe('digest', p.digest, 'policy digest')),
    '# Do not edit: change the policy and render again.',
    `# Rendered for step ${ctx.step} of ${maxStep(p)} (0 = header route only); split-at ${p.splitAt}.`,
    `# Canary percents live in ${ctx.mapFile} and change at runtime with "set map", no reload;`,
    `# routes (host + path -> service) live in ${routesMapPath(ctx.mapFile)}; the revision behind`,
    `# each side (for the logs) in ${revisionsMapPath(ctx.mapFile)}, also set at runtime.`,
  ];
}

/** The environment variable each instance of a fleet sets to its own runtime API (see the README). */
export const FLEET_RUNTIME_API_ENV = 'CANARY_RELAY_RUNTIME_API';
const FLEET_RUNTIME_API = `"\${${FLEET_RUNTIME_API_ENV}}"`;

function runtimeSocketLine(addr: string): string {
  if (addr === FLEET_RUNTIME_API) {
    return [
      `${I}# runtime API of this instance (a fleet): ${FLEET_RUNTIME_API_ENV}=ipv4@<its address>:<port> in its environment`,
      `${I}stats socket ${addr} level admin`,
    ].join('\n');
  }
  if (addr.startsWith('/')) return `${I}stats socket ${addr} mode 660 level admin`;
  const family = addr.startsWith('[') ? 'ipv6' : 'ipv4';
  return `${I}stats socket ${family}@${addr} level admin`;
}

function global(ctx: Ctx): string[] {
  const h = ctx.policy.haproxy;
  const lines = [
    'global',
    `${I}maxconn ${whole(h.limits.maxConnections, 1, 10_000_000, 'haproxy.limits.max-connections')}`,
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

function describeService(ctx: Ctx, s: Service): string {
  const k = serviceStep(s, ctx.step);
  const step = k === 0 ? 'before the first step' : `step ${k} of ${s.steps.length}`;
  const parts = [
    `hosts ${s.hosts.join(' ')}`,
    s.paths.length > 0 ? `paths ${s.paths.join(' ')}` : 'all paths',
  ];
  if (s.routing.header) parts.push(`header ${s.routing.header.name}: ${s.routing.header.value} -> canary`);
  if (s.routing.stickyCookie) parts.push(`sticky cookie ${s.routing.stickyCookie}`);
  const split = ctx.policy.splitAt === 'haproxy' ? `${percentAt(s, ctx.step)}% canary` : 'Cloud Run splits';
  return `# service ${s.name}: ${parts.join('; ')}; ${step}: ${split}`;
}

/** Every value of a service that reaches the config or the routes map passes the whitelist. */
function checkService(s: Service, i: number): void {
  const where = `services[${i}]`;
  safe('serviceName', s.name, `${where}.name`);
  if (s.hosts.length === 0) throw new Error(`refusing to render HAProxy config: ${where}.hosts is empty`);
  s.hosts.forEach((h, j) => safe('hostname', h, `${where}.hosts[${j}]`));
  s.paths.forEach((p, j) => safe('path', p, `${where}.paths[${j}]`));
  const hdr = s.routing.header;
  if (hdr) {
    safe('headerName', hdr.name, `${where}.routing.header.name`);
    safe('headerValue', hdr.value, `${where}.routing.header.value`);
  }
  if (s.routing.stickyCookie !== undefined)
    safe('cookieName', s.routing.stickyCookie, `${where}.routing.sticky-cookie`);
}

/** Header names in use, lower-cased, each with the spelling it was first given and its services. */
function headerGroups(services: Service[]): { name: string; services: string[] }[] {
  const groups = new Map<string, { name: string; services: string[] }>();
  for (const s of services) {
    const h = s.routing.header;
    if (!h) continue;
    const g = groups.get(h.name.toLowerCase()) ?? { name: h.name, services: [] };
    g.services.push(s.name);
    groups.set(h.name.toLowerCase(), g);
  }
  return [...groups.values()];
}

/** The route lookup chain: key → route (kept in txn.cr_route) → service (txn.cr_service) → its
 *  percent (split-at haproxy), each stored on the way by a `set-var` converter (one rule). */
function lookupChain(ctx: Ctx, key: string, routes: string): string {
  const service = `${key},map_beg(${routes}),set-var(txn.cr_route),field(1,|)`;
  return ctx.policy.splitAt === 'haproxy'
    ? `set-var(txn.cr_percent) ${service},set-var(txn.cr_service),map_str_int(${ctx.mapFile},0)`
    : `set-var(txn.cr_service) ${service}`;
}

/** One lookup in the routes map picks the service; the rules below cost the same for any number
 *  of services, and set the routing variables other features read (the log format among them):
 *  txn.cr_service, txn.cr_side (stable|canary; `service` under split-at cloud-run; unset means
 *  stable when nothing logs), txn.cr_assign (header, and when logging cookie|bucket|none),
 *  txn.cr_bucket (0..99) and txn.cr_percent. Each is set in the frontend and nowhere else, except
 *  that a canary backend whose canary cannot take the request corrects cr_side to stable. Few
 *  rules, few variables: each costs CPU per request. */
function routeLookup(ctx: Ctx): string[] {
  const routes = safe('file', routesMapPath(ctx.mapFile), 'routes map path');
  const missing = '!{ var(txn.cr_route) -m found }';
  const side =
    ctx.policy.splitAt === 'cloud-run'
      ? [`${I}http-request set-var(txn.cr_side) str(service)`]
      : logsRequests(ctx.policy) // the log names the side of every request; otherwise unset reads as stable
        ? [`${I}http-request set-var(txn.cr_side) str(stable)`]
        : [];
  return [
    `${I}# routing: <Host><path>/ -> service, one lookup in ${routes} (the longest prefix wins);`,
    `${I}# "base" is Host + path as sent; a Host with a port or capitals is looked up again, normalised`,
    `${I}http-request ${lookupChain(ctx, 'base,concat(/)', routes)}`,
    `${I}http-request set-var-fmt(txn.cr_key) %[req.hdr(host),lower,field(1,:)]%[path]/ if ${missing}`,
    `${I}http-request ${lookupChain(ctx, 'var(txn.cr_key)', routes)} if ${missing}`,
    // here, not as a default_backend: a request no service routes draws no bucket and gets no cookie
    `${I}http-request return status 404 content-type text/plain string no-route if ${missing}`,
    ...side,
  ];
}

/** "<Cookie header>|<route>" -> the bucket (1-2 digits) of the cookie named in the route's 2nd
 *  field (back-reference \1), or "" (the last alternative) when the client has none. */
const COOKIE_BUCKET = String.raw`'regsub("^(?:(?:.*;)?\s*([^;=\s]+)=([0-9][0-9]?)(?:;.*)?[|][^|]*[|]\1[|][^|]*[|][^|]*|.*)$","\2")'`;
/** Turns a bucket (digits) into the word `w`: the digits trimmed away, `w` appended. */
const word = (w: string) => `ltrim(0123456789),concat(${w})`;

/** Split-at haproxy, after the header cohort: the client's bucket from its sticky cookie, else a
 *  new one (and the cookie). When logging, cr_assign also says which (`ifnotset` leaves it at
 *  `header` for the cohort); otherwise that label would be work nobody reads. */
function bucketing(ctx: Ctx): string[] {
  const fromCookie = `req.fhdr(cookie),concat(|,txn.cr_route,),${COOKIE_BUCKET}`;
  const assign = logsRequests(ctx.policy)
    ? [
        `${I}http-request set-var(txn.cr_assign,ifnotset) ${fromCookie},set-var(txn.cr_bucket,ifnotempty),${word('cookie')}`,
        `${I}http-request set-var(txn.cr_assign,ifnotset) rand(100),set-var(txn.cr_bucket,ifnotset),set-var(txn.cr_new),${word('bucket')}`,
      ]
    : [
        `${I}http-request set-var(txn.cr_bucket,ifnotempty) ${fromCookie}`,
        // the chain stops at a bucket already set, so cr_new marks a bucket drawn now
        `${I}http-request set-var(txn.cr_new) rand(100),set-var(txn.cr_bucket,ifnotset)`,
      ];
  return [
    `${I}# percent split: a bucket 0..99 per client, kept in the service's sticky cookie (read by one regex`,
    `${I}# over "<Cookie header>|<route>"); without one, rand(100) and a Set-Cookie; bucket < percent -> canary`,
    ...assign,
    `${I}http-request set-var(txn.cr_side) str(canary) if { var(txn.cr_assign) -m str header } || { var(txn.cr_bucket),sub(txn.cr_percent) lt 0 }`,
    `${I}http-after-response add-header Set-Cookie "%[var(txn.cr_route),field(2,|)]=%[var(txn.cr_bucket)]; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax" if { var(txn.cr_new) -m found }${
      // a service without a sticky cookie has an empty 2nd route field: no cookie for it
      ctx.policy.services.every((s) => s.routing.stickyCookie)
        ? ''
        : ' !{ var(txn.cr_route),field(2,|) -m len 0 }'
    }`,
  ];
}

/** Header cohort -> canary: one rule per distinct header name (allow-from has already removed
 *  the header from clients outside it); the value each service wants is in its route (fields
 *  3-4), compared with the header in one regex over "<header value>|<route>". */
function headerCohort(ctx: Ctx): string[] {
  const groups = headerGroups(ctx.policy.services);
  const lines: string[] = [];
  if (groups.length > 0)
    lines.push(
      `${I}# header cohort -> canary: one rule per header name; the name and value each service wants are in its route`,
    );
  for (const g of groups) {
    lines.push(
      `${I}# ${g.name}: ${nameList(g.services)}`,
      `${I}http-request set-var(txn.cr_assign) str(header) if { req.hdr(${g.name}),concat(|,txn.cr_route,) -m reg '^(?<v>[^|]*)[|][^|]*[|][^|]*[|]${g.name.toLowerCase()}[|]\\k<v>$' }`,
    );
  }
  if (ctx.policy.splitAt === 'haproxy') return [...lines, ...bucketing(ctx)];
  return [
    ...lines,
    // the log's `assign=none`; without a log nothing reads it
    ...(logsRequests(ctx.policy) ? [`${I}http-request set-var(txn.cr_assign,ifnotset) str(none)`] : []),
    ...(groups.length > 0
      ? [`${I}http-request set-var(txn.cr_side) str(canary) if { var(txn.cr_assign) -m str header }`]
      : []),
  ];
}

/** The backend by name: `<service>_<side>` (a side not set is stable). */
function useBackend(ctx: Ctx): string[] {
  if (ctx.policy.splitAt === 'haproxy')
    return [`${I}use_backend %[var(txn.cr_service)]_%[var(txn.cr_side,stable)]`];
  return [
    `${I}# split-at cloud-run: everyone but the header cohort goes to the service URL, where Cloud Run splits`,
    `${I}use_backend %[var(txn.cr_service)]_canary if { var(txn.cr_side) -m str canary }`,
    `${I}use_backend %[var(txn.cr_service)]_service`,
  ];
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
    ...forwardedHost(p),
  ];
  if (ctx.certificate !== undefined) {
    lines.push(...forwardedProto(p), ...hsts(p), ...clientCertHeaders(p));
  }
  const rate = h.limits.ratePerIp;
  if (rate !== undefined) {
    const period = haproxyTime(rate.periodMs, 'haproxy.limits.rate-per-ip period');
    const count = whole(rate.count, 1, 1_000_000_000, 'haproxy.limits.rate-per-ip');
    lines.push(
      `${I}# rate limit: at most ${count} requests per ${period} per client address`,
      `${I}stick-table type ipv6 size 1m expire ${period} store http_req_rate(${period})`,
      `${I}http-request track-sc0 src`,
      `${I}http-request deny deny_status 429 if { sc_http_req_rate(0) gt ${count} }`,
    );
  }
  p.services.forEach(checkService);
  return [...lines, ...routeLookup(ctx), ...headerAllowFrom(p), ...headerCohort(ctx), ...useBackend(ctx)];
}

function prometheusFrontend(ctx: Ctx): string[] {
  return [
    'frontend cr_prometheus',
    `${I}bind ${ctx.prometheusBind}`,
    `${I}http-request use-service prometheus-exporter if { path /metrics }`,
    `${I}http-request return status 404 if !{ path /metrics }`,
  ];
}

/** A server line; `options` is the health check (`check-sni … check inter …`) or `backup track …`. */
function serverLine(ctx: Ctx, name: string, host: string, options: string): string {
  const override = ctx.serverAddress[host];
  const tls = `ssl verify required ca-file ${ctx.caFile} sni str(${host})`;
  if (override !== undefined) return `${I}server ${name} ${override} ${tls} ${options}`;
  const init = ctx.offline ? 'none' : 'last,libc,none';
  return `${I}server ${name} ${host}:443 ${tls} ${options} resolvers cr_dns resolve-prefer ipv4 init-addr ${init}`;
}

/** The revisions map a backend reads (next to the percent map). */
function revisionsMap(ctx: Ctx): string {
  return safe('file', revisionsMapPath(ctx.mapFile), 'revisions map path');
}

/**
 * The canary backend under split-at haproxy: the canary server, and the stable revision as a
 * backup server tracking `<service>_stable/stable`. The header cohort asked for the canary: 503
 * when it is down. Bucketed clients go to the backup when the canary is down, and, while the
 * canary slow-starts, when its queue is not empty (they would wait; stable can answer now).
 * Host follows the side: the tag URLs differ only in their `<tag>---` prefix.
 */
function canaryFallback(ctx: Ctx, s: Service, name: string, host: string): string[] {
  const stableHost = safe('generatedHost', cloudRunHost(s, 'stable'), `${s.name} Cloud Run host`);
  const rest = host.slice('canary---'.length);
  if (!host.startsWith('canary---') || stableHost !== `stable---${rest}`)
    throw new Error(`refusing to render HAProxy config: ${s.name}'s tag URLs differ in more than the tag`);
  const admission = canaryAdmission(s, name);
  const down = `!{ srv_is_up(${name}/canary) }`;
  const toStable =
    admission === '' ? down : `${down} || !{ var(txn.cr_assign) -m str header } !${admission.trim()}`;
  return [
    `${I}# canary down: the header cohort gets 503, bucketed clients the stable revision (backup server)`,
    ...(admission === ''
      ? []
      : [`${I}# (as they do while the ramping canary, in slow start, would queue them)`]),
    `${I}http-request return status 503 content-type text/plain string canary-down if { var(txn.cr_assign) -m str header } ${down}`,
    `${I}http-request set-var(txn.cr_side) str(stable) if ${toStable}`,
    ...logBackendVars(ctx.policy, revisionsMap(ctx), s, 'canary', true),
    `${I}http-request set-header Host %[var(txn.cr_side)]---${rest}`,
  ];
}

function backend(ctx: Ctx, s: Service, i: number, side: 'stable' | 'canary' | 'service'): string[] {
  const host = safe(
    'generatedHost',
    cloudRunHost(s, side === 'service' ? undefined : side),
    `${s.name} Cloud Run host`,
  );
  const health = safe('path', s.health.path, `${s.name} health.path`);
  const name = backendName(s.name, side);
  const what = side === 'service' ? 'the service URL (Cloud Run splits traffic)' : `the ${side} revision`;
  const lines = [
    `# ${s.name}: ${what} at https://${host}`,
    `backend ${name}`,
    ...clientCertRequired(ctx.policy, i),
  ];
  const fallback = side === 'canary' && ctx.policy.splitAt === 'haproxy';
  if (fallback) lines.push(...canaryFallback(ctx, s, name, host));
  else
    lines.push(
      ...logBackendVars(ctx.policy, revisionsMap(ctx), s, side),
      `${I}http-request set-header Host ${host}`,
    );
  const check = serverCheckOptions(s, side, ctx.policy.haproxy.limits.maxConnections, ctx.checkIntervalMs);
  lines.push(
    ...authBackend(ctx.policy, s, ctx.o.tokenMap),
    ...checkTimeout(s),
    `${I}option httpchk`,
    `${I}http-check send meth GET uri ${health} ver HTTP/1.1 hdr Host ${host}${authCheckHeader(ctx.policy, s, ctx.o.tokenMap)}`,
  );
  // after every http-request rule (HAProxy evaluates use-server later anyway, and warns otherwise)
  if (fallback) lines.push(`${I}use-server stable if { var(txn.cr_side) -m str stable }`);
  lines.push(serverLine(ctx, side, host, `check-sni ${host} ${check}`));
  if (fallback) {
    const stableHost = cloudRunHost(s, 'stable');
    lines.push(serverLine(ctx, 'stable', stableHost, `backup track ${backendName(s.name, 'stable')}/stable`));
  }
  return lines;
}

/** A service's backends, led by the comment that describes the service. */
function backends(ctx: Ctx, s: Service, i: number): string[] {
  const sides =
    ctx.policy.splitAt === 'haproxy' ? (['stable', 'canary'] as const) : (['canary', 'service'] as const);
  return [
    describeService(ctx, s),
    ...sides.flatMap((side, k) => [...(k ? [''] : []), ...backend(ctx, s, i, side)]),
  ];
}

export function renderHaproxy(policy: Policy, opts: RenderOptions): string {
  const ctx = resolveCtx(policy, opts);
  const sections = [
    header(ctx),
    global(ctx),
    resolvers(ctx),
    defaults(ctx),
    httpFrontend(ctx),
    mainFrontend(ctx),
    prometheusFrontend(ctx),
    ...policy.services.map((s, i) => backends(ctx, s, i)),
  ];
  return (
    sections
      .filter((s) => s.length > 0)
      .map((s) => s.join('\n'))
      .join('\n\n') + '\n'
  );
}
