export const id = 930;
export const ids = [930];
export const modules = {

/***/ 14733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ I),
/* harmony export */   OD: () => (/* binding */ nameList),
/* harmony export */   Q4: () => (/* binding */ extras),
/* harmony export */   WQ: () => (/* binding */ whole),
/* harmony export */   Wr: () => (/* binding */ healthOf),
/* harmony export */   e9: () => (/* binding */ hTime),
/* harmony export */   kp: () => (/* binding */ serviceWord),
/* harmony export */   sb: () => (/* binding */ must)
/* harmony export */ });
/* harmony import */ var _policy_normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16233);
/* harmony import */ var _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26743);


const I = '    ';
/** The value when `check` accepts it; else throws naming where it was and what is wrong. */
function must(check, value, where) {
    const problem = check(value);
    if (problem)
        throw new Error(`refusing to render HAProxy config: ${where} ${problem}`);
    return value;
}
function whole(value, min, max, where) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new Error(`refusing to render HAProxy config: ${where} ${value} is not a whole number in ${min}..${max}`);
    }
    return value;
}
/** HAProxy time in the largest unit that divides it exactly (`5m`, `90s`, `250ms`). */
function hTime(ms, where) {
    whole(ms, 0, 2 ** 31 - 1, where);
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
    ]) {
        if (ms > 0 && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
/** Issue 12 settings with their defaults applied (policies built in code may omit them). */
function extras(p) {
    const h = p.haproxy;
    const d = _policy_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HAPROXY_EXTRAS */ .EU;
    return {
        log: h.log ?? d.log,
        clientCa: h.clientCa,
        clientVerify: h.clientVerify ?? d.clientVerify,
        trustedProxies: h.trustedProxies ?? [],
        hstsIncludeSubdomains: h.hstsIncludeSubdomains === true,
        serverStateFile: h.serverStateFile ?? d.serverStateFile,
        tokenMap: h.tokenMap ?? d.tokenMap,
        tunnelTimeoutMs: h.tunnelTimeoutMs ?? d.tunnelTimeoutMs,
    };
}
function healthOf(s) {
    const h = s.health;
    const d = _policy_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HEALTH */ .rD;
    return {
        intervalMs: h.intervalMs ?? d.intervalMs,
        timeoutMs: h.timeoutMs ?? d.timeoutMs,
        fall: h.fall ?? d.fall,
        rise: h.rise ?? d.rise,
        slowstartMs: h.slowstartMs ?? d.slowstartMs,
    };
}
/** A service name as it may appear in a rule (an ACL pattern), checked against the whitelist. */
function serviceWord(name) {
    return must(_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkServiceName */ .PV, name, 'service name');
}
/** Names for a comment: the first five, then how many more. */
function nameList(names) {
    return names.length > 5 ? `${names.slice(0, 5).join(' ')} and ${names.length - 5} more` : names.join(' ');
}


/***/ }),

/***/ 14930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FLEET_RUNTIME_API_ENV: () => (/* reexport */ FLEET_RUNTIME_API_ENV),
  MAP_HEADER: () => (/* reexport */ map/* MAP_HEADER */.RL),
  cloudRunHost: () => (/* reexport */ urls/* cloudRunHost */.V),
  cloudRunUrl: () => (/* reexport */ urls/* cloudRunUrl */.q),
  haproxyTime: () => (/* reexport */ haproxyTime),
  renderCloudRunTraffic: () => (/* reexport */ renderCloudRunTraffic),
  renderHaproxy: () => (/* reexport */ renderHaproxy),
  renderMap: () => (/* reexport */ map/* renderMap */.x_),
  renderMapFiles: () => (/* reexport */ render_routes/* renderMapFiles */.At),
  renderPercentMap: () => (/* reexport */ map/* renderPercentMap */.Oc),
  renderRevisionsMap: () => (/* reexport */ revisions/* renderRevisionsMap */.zX),
  renderRoutesMap: () => (/* reexport */ render_routes/* renderRoutesMap */.zE),
  requireRevisionName: () => (/* reexport */ revisions/* requireRevisionName */.cE),
  revisionsMapPath: () => (/* reexport */ revisions/* revisionsMapPath */.A),
  routeKeys: () => (/* reexport */ render_routes/* routeKeys */.E0),
  routesMapPath: () => (/* reexport */ render_routes/* routesMapPath */.Sg),
  taggedRevisions: () => (/* reexport */ revisions/* taggedRevisions */.zt)
});

// EXTERNAL MODULE: ./src/policy/steps.ts
var steps = __webpack_require__(69385);
// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
// EXTERNAL MODULE: ./src/render/routes.ts
var render_routes = __webpack_require__(22872);
// EXTERNAL MODULE: ./src/render/revisions.ts
var revisions = __webpack_require__(84546);
// EXTERNAL MODULE: ./src/render/urls.ts
var urls = __webpack_require__(33060);
// EXTERNAL MODULE: ./src/policy/whitelist.ts
var whitelist = __webpack_require__(26743);
// EXTERNAL MODULE: ./src/render/haproxy-guard.ts
var haproxy_guard = __webpack_require__(14733);
;// CONCATENATED MODULE: ./src/render/haproxy-log.ts



/** HAProxy's `option httplog` format (2.6, without captures), then the rollout fields as key=value. */
const HTTPLOG = '%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %{+Q}r';
const ROLLOUT_FIELDS = {
    svc: 'txn.cr_service',
    side: 'txn.cr_side',
    rev: 'txn.cr_rev',
    assign: 'txn.cr_assign',
    bucket: 'txn.cr_bucket',
    pct: 'txn.cr_percent',
};
const LOG_FORMAT = `${HTTPLOG} ${Object.entries(ROLLOUT_FIELDS)
    .map(([k, v]) => `${k}=%[var(${v})]`)
    .join(' ')}`;
/** `global`: where logs go. stdout/stderr need `format raw` (no syslog header, one line each). */
function logGlobal(p) {
    const target = (0,haproxy_guard/* must */.sb)(whitelist/* checkLogTarget */.wu, (0,haproxy_guard/* extras */.Q4)(p).log, 'haproxy.log');
    if (target === 'none')
        return [];
    if (target === 'stdout' || target === 'stderr')
        return [`${haproxy_guard.I}log ${target} format raw local0 info`];
    const where = target.startsWith('/')
        ? (0,haproxy_guard/* must */.sb)(whitelist/* checkFilePath */.QI, target, 'haproxy.log')
        : (0,haproxy_guard/* must */.sb)(whitelist/* checkAddress */.l_, target, 'haproxy.log');
    return [`${haproxy_guard.I}log ${where} format rfc3164 local0 info`];
}
/** Whether the config logs requests: what only the log reads is computed only then. */
const logsRequests = (p) => (0,haproxy_guard/* extras */.Q4)(p).log !== 'none';
/** The main frontend: log every request in the rollout format. */
function logFrontend(p) {
    if (!logsRequests(p))
        return [];
    return [`${haproxy_guard.I}log global`, `${haproxy_guard.I}option dontlognull`, `${haproxy_guard.I}log-format "${LOG_FORMAT}"`];
}
/** Backend: which revision served, looked up in the revisions map (`<service>_<side>` → revision,
 *  set at runtime as the tags move) so one config serves every rollout; a side the map does not
 *  name logs its tag (stable/canary). A canary backend `withBackup` serves the stable side too
 *  (its backup server): then the stable revision. Under split-at cloud-run the service URL side logs
 *  `service`: Cloud Run picks the revision there. Nothing with `log: none` (no reader). */
function logBackendVars(p, revisionsMap, s, side, withBackup = false) {
    if (!logsRequests(p))
        return [];
    if (side === 'service')
        return [`${haproxy_guard.I}http-request set-var(txn.cr_rev) str(service)`];
    const rev = (x) => {
        const key = (0,names/* backendName */.Yd)(s.name, x);
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key))
            throw new Error(`refusing to render HAProxy config: revisions map key ${JSON.stringify(key)} is not plain`);
        return `${haproxy_guard.I}http-request set-var(txn.cr_rev) str(${key}),map(${revisionsMap},${x})`;
    };
    if (side === 'stable' || !withBackup)
        return [rev(side)];
    return [rev('canary'), `${rev('stable')} if { var(txn.cr_side) -m str stable }`];
}
const LINE = /^(\S+) \[([^\]]+)\] (\S+) ([^/\s]+)\/(\S+) (-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+) (-?\d+) (\d+) \S+ \S+ (\S+) \S+ \S+ "(.*)" svc=(\S+) side=(\S+) rev=(\S+) assign=(\S+) bucket=(\S+) pct=(\S+)$/;
/** One log line in LOG_FORMAT → its fields ("-" = not set → absent); null when it is not one. */
function parseLogLine(line) {
    const m = LINE.exec(line.trim());
    if (!m)
        return null;
    const opt = (v) => (v === '-' ? undefined : v);
    const n = (v) => (v === '-' ? undefined : Number(v));
    const [TR, Tw, Tc, Tr, Ta] = m.slice(6, 11).map(Number);
    return {
        client: m[1],
        acceptDate: m[2],
        frontend: m[3],
        backend: m[4],
        server: m[5],
        timers: { TR, Tw, Tc, Tr, Ta },
        status: Number(m[11]),
        bytes: Number(m[12]),
        terminationState: m[13],
        request: m[14],
        svc: opt(m[15]),
        side: opt(m[16]),
        rev: opt(m[17]),
        assign: opt(m[18]),
        bucket: n(m[19]),
        pct: n(m[20]),
    };
}

;// CONCATENATED MODULE: ./src/render/haproxy-tls.ts


const CLIENT_SUBJECT_HEADER = 'X-Client-Cert-Subject';
const verifyOf = (p, i) => p.services[i].clientVerify ?? (0,haproxy_guard/* extras */.Q4)(p).clientVerify;
/** ` ca-file F verify required|optional`, appended to each TLS bind; '' without a client CA. */
function clientCertBindOptions(p, clientCaOverride) {
    const ca = clientCaOverride ?? (0,haproxy_guard/* extras */.Q4)(p).clientCa;
    if (ca === undefined)
        return '';
    const file = (0,haproxy_guard/* must */.sb)(whitelist/* checkFilePath */.QI, ca, 'haproxy.client-ca');
    const anyOptional = p.services.some((_, i) => verifyOf(p, i) === 'optional');
    return ` ca-file ${file} verify ${anyOptional ? 'optional' : 'required'}`;
}
/** Frontend, before routing: drop client copies of the subject header, set the verified one. */
function clientCertHeaders(p) {
    if ((0,haproxy_guard/* extras */.Q4)(p).clientCa === undefined)
        return [];
    const h = CLIENT_SUBJECT_HEADER;
    return [
        `${haproxy_guard.I}# client certificates: only HAProxy says who the client is`,
        `${haproxy_guard.I}http-request del-header ${h}`,
        `${haproxy_guard.I}http-request set-header ${h} %[ssl_c_s_dn(,0,rfc2253)] if { ssl_c_used } { ssl_c_verify 0 }`,
    ];
}
/** Backend of a service that requires a certificate while others accept clients without one
 *  (else the handshake refuses): 403 without a verified one. In the service's own backends, so
 *  no other request pays for the check. */
function clientCertRequired(p, serviceIndex) {
    if ((0,haproxy_guard/* extras */.Q4)(p).clientCa === undefined)
        return [];
    if (!p.services.some((_, i) => verifyOf(p, i) === 'optional'))
        return [];
    if (verifyOf(p, serviceIndex) !== 'required')
        return [];
    return [`${haproxy_guard.I}http-request deny deny_status 403 if !{ ssl_c_used } || !{ ssl_c_verify 0 }`];
}

;// CONCATENATED MODULE: ./src/render/haproxy-health.ts

/** A down server is re-checked this often (or at `interval` when shorter): a canary whose tag
 *  just appeared joins quickly, while checks on a healthy revision stay rare. */
const DOWN_INTERVAL_MS = 5_000;
/** Backend: how long one check may take (longer than a cold start). */
function checkTimeout(s) {
    return [`${haproxy_guard.I}timeout check ${(0,haproxy_guard/* hTime */.e9)((0,haproxy_guard/* healthOf */.Wr)(s).timeoutMs, `${s.name} health.timeout`)}`];
}
/** Server options: check timing, and on the canary a slow start that ramps its connection
 *  limit from 1 to `maxconn` (HAProxy applies slowstart only after a DOWN → UP transition). */
function serverCheckOptions(s, side, maxConn, intervalOverrideMs) {
    const h = (0,haproxy_guard/* healthOf */.Wr)(s);
    const inter = intervalOverrideMs ?? h.intervalMs;
    const where = `${s.name} health`;
    const parts = [
        `check inter ${(0,haproxy_guard/* hTime */.e9)(inter, `${where}.interval`)}`,
        `downinter ${(0,haproxy_guard/* hTime */.e9)(Math.min(inter, DOWN_INTERVAL_MS), `${where}.interval`)}`,
        `fall ${(0,haproxy_guard/* whole */.WQ)(h.fall, 1, 100, `${where}.fall`)}`,
        `rise ${(0,haproxy_guard/* whole */.WQ)(h.rise, 1, 100, `${where}.rise`)}`,
    ];
    if (side === 'canary' && h.slowstartMs > 0)
        parts.push(`slowstart ${(0,haproxy_guard/* hTime */.e9)(h.slowstartMs, `${where}.slowstart`)} maxconn ${(0,haproxy_guard/* whole */.WQ)(maxConn, 1, 10_000_000, 'maxconn')}`);
    return parts.join(' ');
}
/** Extra condition on the bucket → canary rule: while the canary ramps up (slow start), a
 *  request that would wait in its queue goes to stable instead of waiting. '' when off. */
function canaryAdmission(s, canaryBackend) {
    return (0,haproxy_guard/* healthOf */.Wr)(s).slowstartMs > 0 ? ` { queue(${canaryBackend}) eq 0 }` : '';
}

;// CONCATENATED MODULE: ./src/render/haproxy-auth.ts


const passThrough = (s) => (s.clientAuthorization ?? (s.auth === 'id-token' ? 'drop' : 'pass-through')) === 'pass-through';
/** The header our token travels in. */
function tokenHeader(s) {
    return passThrough(s) ? 'X-Serverless-Authorization' : 'Authorization';
}
function tokenMapFile(p, override) {
    return (0,haproxy_guard/* must */.sb)(whitelist/* checkFilePath */.QI, override ?? (0,haproxy_guard/* extras */.Q4)(p).tokenMap, 'haproxy.token-map');
}
/** Backend (each of the service's backends, so no other service's requests pay for it): client
 *  credentials out, our token looked up (503 when there is none yet: Cloud Run would refuse the
 *  request anyway, and this says why) and sent. */
function authBackend(p, s, tokenMapOverride) {
    const lines = passThrough(s) ? [] : [`${haproxy_guard.I}http-request del-header Authorization`];
    if (s.auth !== 'id-token')
        return lines;
    const map = tokenMapFile(p, tokenMapOverride);
    return [
        ...lines,
        `${haproxy_guard.I}http-request del-header X-Serverless-Authorization`,
        `${haproxy_guard.I}http-request set-var(txn.cr_token) str(${s.name}),map(${map})`,
        `${haproxy_guard.I}http-request return status 503 content-type text/plain string "no ID token for ${s.name} yet: run canary-relay tokens" if !{ var(txn.cr_token) -m found }`,
        `${haproxy_guard.I}http-request set-header ${tokenHeader(s)} "Bearer %[var(txn.cr_token)]"`,
    ];
}
/** ` hdr Authorization "Bearer …"` for the health check (private services refuse it otherwise). */
function authCheckHeader(p, s, tokenMapOverride) {
    if (s.auth !== 'id-token')
        return '';
    return ` hdr ${tokenHeader(s)} "Bearer %[str(${s.name}),map(${tokenMapFile(p, tokenMapOverride)})]"`;
}

;// CONCATENATED MODULE: ./src/render/haproxy-headers.ts


/** Headers only a proxy in front of us may set; from anyone else they are lies. */
const FORWARDING_HEADERS = [
    'Forwarded',
    'X-Forwarded-For',
    'X-Forwarded-Host',
    'X-Forwarded-Port',
    'X-Forwarded-Proto',
    'X-Real-IP',
];
/** `global`: where server state is read at start (`init-addr last` uses it). */
function serverStateGlobal(p, fileOverride) {
    const file = (0,haproxy_guard/* must */.sb)(whitelist/* checkFilePath */.QI, fileOverride ?? (0,haproxy_guard/* extras */.Q4)(p).serverStateFile, 'haproxy.server-state-file');
    return [`${haproxy_guard.I}server-state-file ${file}`];
}
/** `defaults`: WebSocket tunnels and the server state. */
function headerDefaults(p) {
    return [
        `${haproxy_guard.I}timeout tunnel ${(0,haproxy_guard/* hTime */.e9)((0,haproxy_guard/* extras */.Q4)(p).tunnelTimeoutMs, 'haproxy.timeouts.tunnel')}`,
        `${haproxy_guard.I}load-server-state-from-file global`,
    ];
}
/** Frontend, first: drop forwarding headers from untrusted clients (every X-Forwarded-* in one
 *  prefix rule: a proxy sets them all, a client none). */
function forwardingHeaders(p) {
    const trusted = (0,haproxy_guard/* extras */.Q4)(p).trustedProxies.map((c, i) => (0,haproxy_guard/* must */.sb)(whitelist/* checkCidr */.tC, c, `haproxy.trusted-proxies[${i}]`));
    const lines = [];
    if (trusted.length > 0)
        lines.push(`${haproxy_guard.I}acl cr_trusted_proxy src ${trusted.join(' ')}`);
    const unless = trusted.length > 0 ? ' if !cr_trusted_proxy' : '';
    lines.push(`${haproxy_guard.I}http-request del-header x-forwarded- -m beg${unless}`);
    for (const h of FORWARDING_HEADERS.filter((x) => !x.startsWith('X-Forwarded-')))
        lines.push(`${haproxy_guard.I}http-request del-header ${h}${unless}`);
    return lines;
}
/** HSTS on every HTTPS answer, HAProxy's own 404/429 included (`http-after-response`). */
function hsts(p) {
    const age = p.haproxy.hstsSeconds;
    if (age === undefined || age <= 0)
        return [];
    const value = `max-age=${(0,haproxy_guard/* whole */.WQ)(age, 1, 2 ** 31 - 1, 'haproxy.hsts')}${(0,haproxy_guard/* extras */.Q4)(p).hstsIncludeSubdomains ? '; includeSubDomains' : ''}`;
    return [`${haproxy_guard.I}http-after-response set-header Strict-Transport-Security "${value}"`];
}
/** Frontend, on the TLS front: the scheme the client used (added: a client's copy is gone by now,
 *  unless a trusted proxy sent it, whose value we overwrite, as we terminate TLS). */
function forwardedProto(p) {
    const verb = (0,haproxy_guard/* extras */.Q4)(p).trustedProxies.length === 0 ? 'add-header' : 'set-header';
    return [`${haproxy_guard.I}http-request ${verb} X-Forwarded-Proto https`];
}
/** Frontend (before any backend rewrites Host): the Host the client asked for. Without trusted
 *  proxies every client X-Forwarded-Host is gone by now, so it is simply added. */
function forwardedHost(p) {
    if ((0,haproxy_guard/* extras */.Q4)(p).trustedProxies.length === 0)
        return [`${haproxy_guard.I}http-request add-header X-Forwarded-Host %[req.hdr(host)]`];
    return [
        `${haproxy_guard.I}http-request set-header X-Forwarded-Host %[req.hdr(host)] unless { req.hdr(x-forwarded-host) -m found }`,
    ];
}
/** Service names per `acl` line: HAProxy reads at most 64 words on a line. */
const NAMES_PER_ACL_LINE = 40;
/** Frontend, once the service is known: the canary header from outside `allow-from` is removed,
 *  so it neither picks the canary nor reaches Cloud Run. The client is the connection's source,
 *  or, behind a trusted proxy, the address that proxy appended last to X-Forwarded-For. Services
 *  that share a header name and its allow-from share one rule (their names in an ACL, looked up
 *  in a tree), and a request without the header stops at its first test: the cost per request
 *  does not grow with the number of services. */
function headerAllowFrom(p) {
    const groups = new Map();
    p.services.forEach((s, i) => {
        const h = s.routing.header;
        if (!h?.allowFrom)
            return;
        const where = `services[${i}].routing.header`;
        const name = (0,haproxy_guard/* must */.sb)(whitelist/* checkHeaderName */.FS, h.name, `${where}.name`);
        const nets = h.allowFrom.map((c, j) => (0,haproxy_guard/* must */.sb)(whitelist/* checkCidr */.tC, c, `${where}.allow-from[${j}]`)).join(' ');
        const key = `${name.toLowerCase()} ${nets}`;
        const g = groups.get(key) ?? { name, nets, services: [] };
        g.services.push((0,haproxy_guard/* serviceWord */.kp)(s.name));
        groups.set(key, g);
    });
    const behindProxy = (0,haproxy_guard/* extras */.Q4)(p).trustedProxies.length > 0;
    return [...groups.values()].flatMap((g, k) => {
        const acl = `cr_allow_from_${k + 1}`;
        const lines = [`${haproxy_guard.I}# ${g.name} from outside ${g.nets} is dropped for: ${(0,haproxy_guard/* nameList */.OD)(g.services)}`];
        for (let i = 0; i < g.services.length; i += NAMES_PER_ACL_LINE)
            lines.push(`${haproxy_guard.I}acl ${acl} var(txn.cr_service) -m str ${g.services.slice(i, i + NAMES_PER_ACL_LINE).join(' ')}`);
        const del = `${haproxy_guard.I}http-request del-header ${g.name} if { req.hdr(${g.name}) -m found } ${acl}`;
        if (!behindProxy)
            return [...lines, `${del} !{ src ${g.nets} }`];
        return [
            ...lines,
            `${del} !cr_trusted_proxy !{ src ${g.nets} }`,
            `${del} cr_trusted_proxy !{ req.hdr_ip(x-forwarded-for,-1) ${g.nets} }`,
        ];
    });
}
/** The plain-HTTP redirect's binds: `http-bind`, plus one on each IPv6 address the TLS front binds. */
function redirectBinds(tlsBinds, httpBind) {
    const port = (0,haproxy_guard/* must */.sb)(whitelist/* checkAddress */.l_, httpBind, 'haproxy.http-bind').slice(httpBind.lastIndexOf(':') + 1);
    const v6 = tlsBinds
        .map((b) => /^(\[[0-9A-Fa-f:.]+\]):\d+$/.exec(b)?.[1])
        .filter((h) => h !== undefined)
        .map((h) => `${h}:${port}`);
    return [...new Set([httpBind, ...v6])].map((b) => `${haproxy_guard.I}bind ${b}${bindFamilyOptions(b, [httpBind, ...v6])}`);
}
/** ` v6only` for `[::]` when an IPv4 wildcard of the same port is bound too (else EADDRINUSE). */
function bindFamilyOptions(bind, all) {
    const m = /^\[::\]:(\d+)$/.exec(bind);
    if (!m)
        return '';
    return all.some((b) => b === `:${m[1]}` || b === `0.0.0.0:${m[1]}`) ? ' v6only' : '';
}

;// CONCATENATED MODULE: ./src/render/haproxy.ts












// ---- whitelists -------------------------------------------------------------------------
const RE = {
    hostname: /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/,
    generatedHost: /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/,
    serviceName: names/* SERVICE_NAME */.OX,
    headerName: /^[A-Za-z0-9][A-Za-z0-9-]{0,127}$/,
    headerValue: /^[A-Za-z0-9._~:/+=][A-Za-z0-9._~:/+=-]{0,255}$/,
    cookieName: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
    path: /^\/[A-Za-z0-9._~/-]{0,1023}$/,
    file: /^(?:@system-ca|[A-Za-z0-9_./][A-Za-z0-9_./@+-]{0,1023})$/,
    address: /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}))?:[0-9]{1,5}$/,
    nameserver: /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})):[0-9]{1,5}$/,
    runtimeApi: /^(?:\/[A-Za-z0-9_./-]{1,1023}|(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}))?:[0-9]{1,5})$/,
    ipPort: /^(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|\[[0-9A-Fa-f:.]{2,45}\]):[0-9]{1,5}$/,
    digest: /^[0-9a-fA-F]{0,128}$/,
};
/** The policy module's checkers (they name the offending character); ours run as well. */
const POLICY_CHECK = {
    hostname: whitelist/* checkHostname */.yr,
    serviceName: whitelist/* checkServiceName */.PV,
    headerName: whitelist/* checkHeaderName */.FS,
    headerValue: whitelist/* checkHeaderValue */.BB,
    cookieName: whitelist/* checkCookieName */.Iw,
    path: whitelist/* checkPath */.Cg,
    file: (v) => (v === '@system-ca' ? null : (0,whitelist/* checkFilePath */.QI)(v)),
    address: whitelist/* checkAddress */.l_,
    nameserver: whitelist/* checkAddress */.l_,
    runtimeApi: whitelist/* checkAddressOrSocket */.hm,
};
/** Returns the value when it passes the whitelist; throws naming the field and the offending character. */
function safe(kind, value, where) {
    const policyProblem = POLICY_CHECK[kind]?.(value);
    if (policyProblem)
        throw new Error(`refusing to render HAProxy config: ${where} ${policyProblem}`);
    if (typeof value !== 'string' || !RE[kind].test(value)) {
        const text = typeof value === 'string' ? value : String(value);
        const bad = [...text].find((c) => !/[A-Za-z0-9._~/:+=@-]/.test(c));
        const why = bad === undefined ? 'has the wrong shape' : `contains ${JSON.stringify(bad)}`;
        throw new Error(`refusing to render HAProxy config: ${where} ${JSON.stringify(text)} ${why} (not a valid ${kind})`);
    }
    if (kind === 'address' || kind === 'ipPort' || kind === 'nameserver') {
        const port = Number(value.slice(value.lastIndexOf(':') + 1));
        if (port < 1 || port > 65535)
            throw new Error(`refusing to render HAProxy config: ${where} port ${port} is out of range`);
    }
    return value;
}
/** HAProxy time: the largest unit that divides the value exactly. */
const haproxyTime = haproxy_guard/* hTime */.e9;
function resolveCtx(policy, opts) {
    (0,steps/* checkStep */.bn)(policy, opts.step);
    const h = policy.haproxy;
    const o = opts.overrides ?? {};
    if (policy.services.length === 0)
        throw new Error(`refusing to render HAProxy config: ${policy.file} has no services`);
    const binds = o.bind ?? h.bind;
    if (binds.length === 0)
        throw new Error('refusing to render HAProxy config: haproxy.bind is empty');
    const serverAddress = {};
    for (const [host, addr] of Object.entries(o.serverAddress ?? {})) {
        serverAddress[safe('generatedHost', host, 'serverAddress host')] = safe('ipPort', addr, `serverAddress[${host}]`);
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
        runtimeApi: runtimeApi === undefined || fleet ? runtimeApi : safe('runtimeApi', runtimeApi, 'haproxy.runtime-api'),
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
function header(ctx) {
    const p = ctx.policy;
    if ([...p.file].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\u2028' || c === '\u2029')) {
        throw new Error('refusing to render HAProxy config: the policy file name contains a control character');
    }
    return [
        (0,names/* generatedByLine */.jV)(p.file, safe('digest', p.digest, 'policy digest')),
        '# Do not edit: change the policy and render again.',
        `# Rendered for step ${ctx.step} of ${(0,steps/* maxStep */.Zb)(p)} (0 = header route only); split-at ${p.splitAt}.`,
        `# Canary percents live in ${ctx.mapFile} and change at runtime with "set map", no reload;`,
        `# routes (host + path -> service) live in ${(0,render_routes/* routesMapPath */.Sg)(ctx.mapFile)}; the revision behind`,
        `# each side (for the logs) in ${(0,revisions/* revisionsMapPath */.A)(ctx.mapFile)}, also set at runtime.`,
    ];
}
/** The environment variable each instance of a fleet sets to its own runtime API (see the README). */
const FLEET_RUNTIME_API_ENV = 'CANARY_RELAY_RUNTIME_API';
const FLEET_RUNTIME_API = `"\${${FLEET_RUNTIME_API_ENV}}"`;
function runtimeSocketLine(addr) {
    if (addr === FLEET_RUNTIME_API) {
        return [
            `${I}# runtime API of this instance (a fleet): ${FLEET_RUNTIME_API_ENV}=ipv4@<its address>:<port> in its environment`,
            `${I}stats socket ${addr} level admin`,
        ].join('\n');
    }
    if (addr.startsWith('/'))
        return `${I}stats socket ${addr} mode 660 level admin`;
    const family = addr.startsWith('[') ? 'ipv6' : 'ipv4';
    return `${I}stats socket ${family}@${addr} level admin`;
}
function global(ctx) {
    const h = ctx.policy.haproxy;
    const lines = [
        'global',
        `${I}maxconn ${(0,haproxy_guard/* whole */.WQ)(h.limits.maxConnections, 1, 10_000_000, 'haproxy.limits.max-connections')}`,
        `${I}stats socket ${ctx.statsSocket} mode 660 level admin`,
    ];
    if (ctx.runtimeApi !== undefined && ctx.runtimeApi !== ctx.statsSocket)
        lines.push(runtimeSocketLine(ctx.runtimeApi));
    lines.push(`${I}stats timeout 30s`, `${I}ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets`, `${I}ssl-default-server-options ssl-min-ver TLSv1.2`, ...logGlobal(ctx.policy), ...serverStateGlobal(ctx.policy, ctx.o.serverStateFile));
    return lines;
}
function resolvers(ctx) {
    const r = ctx.policy.haproxy.resolvers;
    const refresh = haproxyTime(r?.refreshMs ?? 30_000, 'haproxy.resolvers.refresh');
    const servers = r === undefined || r.nameservers.length === 0
        ? [`${I}parse-resolv-conf`]
        : r.nameservers.map((ns, i) => `${I}nameserver ns${i + 1} ${safe('nameserver', ns, `haproxy.resolvers.nameservers[${i}]`)}`);
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
function defaults(ctx) {
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
function httpFrontend(ctx) {
    if (!ctx.policy.haproxy.redirectHttp || ctx.certificate === undefined)
        return [];
    return [
        'frontend cr_http',
        ...redirectBinds(ctx.binds, ctx.httpBind),
        `${I}http-request redirect scheme https code 301`,
    ];
}
function describeService(ctx, s) {
    const k = (0,steps/* serviceStep */.Sj)(s, ctx.step);
    const step = k === 0 ? 'before the first step' : `step ${k} of ${s.steps.length}`;
    const parts = [
        `hosts ${s.hosts.join(' ')}`,
        s.paths.length > 0 ? `paths ${s.paths.join(' ')}` : 'all paths',
    ];
    if (s.routing.header)
        parts.push(`header ${s.routing.header.name}: ${s.routing.header.value} -> canary`);
    if (s.routing.stickyCookie)
        parts.push(`sticky cookie ${s.routing.stickyCookie}`);
    const split = ctx.policy.splitAt === 'haproxy' ? `${(0,steps/* percentAt */.r6)(s, ctx.step)}% canary` : 'Cloud Run splits';
    return `# service ${s.name}: ${parts.join('; ')}; ${step}: ${split}`;
}
/** Every value of a service that reaches the config or the routes map passes the whitelist. */
function checkService(s, i) {
    const where = `services[${i}]`;
    safe('serviceName', s.name, `${where}.name`);
    if (s.hosts.length === 0)
        throw new Error(`refusing to render HAProxy config: ${where}.hosts is empty`);
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
function headerGroups(services) {
    const groups = new Map();
    for (const s of services) {
        const h = s.routing.header;
        if (!h)
            continue;
        const g = groups.get(h.name.toLowerCase()) ?? { name: h.name, services: [] };
        g.services.push(s.name);
        groups.set(h.name.toLowerCase(), g);
    }
    return [...groups.values()];
}
/** The route lookup chain: key → route (kept in txn.cr_route) → service (txn.cr_service) → its
 *  percent (split-at haproxy), each stored on the way by a `set-var` converter (one rule). */
function lookupChain(ctx, key, routes) {
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
function routeLookup(ctx) {
    const routes = safe('file', (0,render_routes/* routesMapPath */.Sg)(ctx.mapFile), 'routes map path');
    const missing = '!{ var(txn.cr_route) -m found }';
    const side = ctx.policy.splitAt === 'cloud-run'
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
const COOKIE_BUCKET = String.raw `'regsub("^(?:(?:.*;)?\s*([^;=\s]+)=([0-9][0-9]?)(?:;.*)?[|][^|]*[|]\1[|][^|]*[|][^|]*|.*)$","\2")'`;
/** Turns a bucket (digits) into the word `w`: the digits trimmed away, `w` appended. */
const word = (w) => `ltrim(0123456789),concat(${w})`;
/** Split-at haproxy, after the header cohort: the client's bucket from its sticky cookie, else a
 *  new one (and the cookie). When logging, cr_assign also says which (`ifnotset` leaves it at
 *  `header` for the cohort); otherwise that label would be work nobody reads. */
function bucketing(ctx) {
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
            : ' !{ var(txn.cr_route),field(2,|) -m len 0 }'}`,
    ];
}
/** Header cohort -> canary: one rule per distinct header name (allow-from has already removed
 *  the header from clients outside it); the value each service wants is in its route (fields
 *  3-4), compared with the header in one regex over "<header value>|<route>". */
function headerCohort(ctx) {
    const groups = headerGroups(ctx.policy.services);
    const lines = [];
    if (groups.length > 0)
        lines.push(`${I}# header cohort -> canary: one rule per header name; the name and value each service wants are in its route`);
    for (const g of groups) {
        lines.push(`${I}# ${g.name}: ${(0,haproxy_guard/* nameList */.OD)(g.services)}`, `${I}http-request set-var(txn.cr_assign) str(header) if { req.hdr(${g.name}),concat(|,txn.cr_route,) -m reg '^(?<v>[^|]*)[|][^|]*[|][^|]*[|]${g.name.toLowerCase()}[|]\\k<v>$' }`);
    }
    if (ctx.policy.splitAt === 'haproxy')
        return [...lines, ...bucketing(ctx)];
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
function useBackend(ctx) {
    if (ctx.policy.splitAt === 'haproxy')
        return [`${I}use_backend %[var(txn.cr_service)]_%[var(txn.cr_side,stable)]`];
    return [
        `${I}# split-at cloud-run: everyone but the header cohort goes to the service URL, where Cloud Run splits`,
        `${I}use_backend %[var(txn.cr_service)]_canary if { var(txn.cr_side) -m str canary }`,
        `${I}use_backend %[var(txn.cr_service)]_service`,
    ];
}
function mainFrontend(ctx) {
    const p = ctx.policy;
    const h = p.haproxy;
    const tls = ctx.certificate === undefined
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
        const count = (0,haproxy_guard/* whole */.WQ)(rate.count, 1, 1_000_000_000, 'haproxy.limits.rate-per-ip');
        lines.push(`${I}# rate limit: at most ${count} requests per ${period} per client address`, `${I}stick-table type ipv6 size 1m expire ${period} store http_req_rate(${period})`, `${I}http-request track-sc0 src`, `${I}http-request deny deny_status 429 if { sc_http_req_rate(0) gt ${count} }`);
    }
    p.services.forEach(checkService);
    return [...lines, ...routeLookup(ctx), ...headerAllowFrom(p), ...headerCohort(ctx), ...useBackend(ctx)];
}
function prometheusFrontend(ctx) {
    return [
        'frontend cr_prometheus',
        `${I}bind ${ctx.prometheusBind}`,
        `${I}http-request use-service prometheus-exporter if { path /metrics }`,
        `${I}http-request return status 404 if !{ path /metrics }`,
    ];
}
/** A server line; `options` is the health check (`check-sni … check inter …`) or `backup track …`. */
function serverLine(ctx, name, host, options) {
    const override = ctx.serverAddress[host];
    const tls = `ssl verify required ca-file ${ctx.caFile} sni str(${host})`;
    if (override !== undefined)
        return `${I}server ${name} ${override} ${tls} ${options}`;
    const init = ctx.offline ? 'none' : 'last,libc,none';
    return `${I}server ${name} ${host}:443 ${tls} ${options} resolvers cr_dns resolve-prefer ipv4 init-addr ${init}`;
}
/** The revisions map a backend reads (next to the percent map). */
function revisionsMap(ctx) {
    return safe('file', (0,revisions/* revisionsMapPath */.A)(ctx.mapFile), 'revisions map path');
}
/**
 * The canary backend under split-at haproxy: the canary server, and the stable revision as a
 * backup server tracking `<service>_stable/stable`. The header cohort asked for the canary: 503
 * when it is down. Bucketed clients go to the backup when the canary is down, and, while the
 * canary slow-starts, when its queue is not empty (they would wait; stable can answer now).
 * Host follows the side: the tag URLs differ only in their `<tag>---` prefix.
 */
function canaryFallback(ctx, s, name, host) {
    const stableHost = safe('generatedHost', (0,urls/* cloudRunHost */.V)(s, 'stable'), `${s.name} Cloud Run host`);
    const rest = host.slice('canary---'.length);
    if (!host.startsWith('canary---') || stableHost !== `stable---${rest}`)
        throw new Error(`refusing to render HAProxy config: ${s.name}'s tag URLs differ in more than the tag`);
    const admission = canaryAdmission(s, name);
    const down = `!{ srv_is_up(${name}/canary) }`;
    const toStable = admission === '' ? down : `${down} || !{ var(txn.cr_assign) -m str header } !${admission.trim()}`;
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
function backend(ctx, s, i, side) {
    const host = safe('generatedHost', (0,urls/* cloudRunHost */.V)(s, side === 'service' ? undefined : side), `${s.name} Cloud Run host`);
    const health = safe('path', s.health.path, `${s.name} health.path`);
    const name = (0,names/* backendName */.Yd)(s.name, side);
    const what = side === 'service' ? 'the service URL (Cloud Run splits traffic)' : `the ${side} revision`;
    const lines = [
        `# ${s.name}: ${what} at https://${host}`,
        `backend ${name}`,
        ...clientCertRequired(ctx.policy, i),
    ];
    const fallback = side === 'canary' && ctx.policy.splitAt === 'haproxy';
    if (fallback)
        lines.push(...canaryFallback(ctx, s, name, host));
    else
        lines.push(...logBackendVars(ctx.policy, revisionsMap(ctx), s, side), `${I}http-request set-header Host ${host}`);
    const check = serverCheckOptions(s, side, ctx.policy.haproxy.limits.maxConnections, ctx.checkIntervalMs);
    lines.push(...authBackend(ctx.policy, s, ctx.o.tokenMap), ...checkTimeout(s), `${I}option httpchk`, `${I}http-check send meth GET uri ${health} ver HTTP/1.1 hdr Host ${host}${authCheckHeader(ctx.policy, s, ctx.o.tokenMap)}`);
    // after every http-request rule (HAProxy evaluates use-server later anyway, and warns otherwise)
    if (fallback)
        lines.push(`${I}use-server stable if { var(txn.cr_side) -m str stable }`);
    lines.push(serverLine(ctx, side, host, `check-sni ${host} ${check}`));
    if (fallback) {
        const stableHost = (0,urls/* cloudRunHost */.V)(s, 'stable');
        lines.push(serverLine(ctx, 'stable', stableHost, `backup track ${(0,names/* backendName */.Yd)(s.name, 'stable')}/stable`));
    }
    return lines;
}
/** A service's backends, led by the comment that describes the service. */
function backends(ctx, s, i) {
    const sides = ctx.policy.splitAt === 'haproxy' ? ['stable', 'canary'] : ['canary', 'service'];
    return [
        describeService(ctx, s),
        ...sides.flatMap((side, k) => [...(k ? [''] : []), ...backend(ctx, s, i, side)]),
    ];
}
function renderHaproxy(policy, opts) {
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
    return (sections
        .filter((s) => s.length > 0)
        .map((s) => s.join('\n'))
        .join('\n\n') + '\n');
}

// EXTERNAL MODULE: ./src/render/map.ts
var map = __webpack_require__(2290);
;// CONCATENATED MODULE: ./src/render/cloudrun.ts


function renderCloudRunTraffic(policy, step, revisions) {
    (0,steps/* checkStep */.bn)(policy, step);
    const out = {};
    for (const service of policy.services) {
        const pair = revisions[service.name];
        if (pair === undefined) {
            throw new Error(`rendering Cloud Run traffic: no stable/canary revision names given for ${service.name}`);
        }
        for (const [side, name] of Object.entries(pair)) {
            if (typeof name !== 'string' || !names/* REVISION_NAME */.ix.test(name)) {
                throw new Error(`rendering Cloud Run traffic for ${service.name}: ${side} revision "${name}" is not a revision name`);
            }
        }
        const canaryPercent = policy.splitAt === 'cloud-run' ? (0,steps/* percentAt */.r6)(service, step) : 0;
        out[service.name] = [
            { revision: pair.stable, percent: 100 - canaryPercent, tag: names/* STABLE_TAG */.PZ },
            { revision: pair.canary, percent: canaryPercent, tag: names/* CANARY_TAG */.eV },
        ];
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/index.ts
// The pure renderers: HAProxy config, map file, Cloud Run traffic targets, Cloud Run URLs.








/***/ }),

/***/ 33060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ cloudRunHost),
/* harmony export */   q: () => (/* binding */ cloudRunUrl)
/* harmony export */ });
/* harmony import */ var _policy_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25714);
// Cloud Run's deterministic host names, so `render` works offline.
//   service URL: https://SERVICE-PROJECT_NUMBER.REGION.run.app
//   tag URL:     https://TAG---SERVICE-PROJECT_NUMBER.REGION.run.app
// or, when the service gives its `url` (https://SERVICE-HASH-REGION_CODE.a.run.app),
//   tag URL:     https://TAG---SERVICE-HASH-REGION_CODE.a.run.app
// (a `url` of the first form is accepted too: its tag form is TAG---<same host>)

const PROJECT_NUMBER = /^[0-9]{1,20}$/;
const REGION = /^[a-z]+(?:-[a-z]+)*[0-9]+$/;
const TAG = /^[a-z](?:[a-z0-9-]{0,44}[a-z0-9])?$/;
// https://SERVICE-HASH-REGION_CODE.a.run.app or https://SERVICE-PROJECT_NUMBER.REGION.run.app
const SERVICE_URL = /^https:\/\/((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.a\.run\.app|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.[a-z]+(?:-[a-z]+)*[0-9]+\.run\.app)\/?$/;
/** Host name (no scheme) of a service or of one of its tags. Throws when neither `url` nor
 *  `projectNumber` is known, because HAProxy cannot route to a revision without it. */
function cloudRunHost(service, tag) {
    if (!_policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_NAME */ .OX.test(service.name)) {
        throw new Error(`cannot build a Cloud Run URL: service name "${service.name}" is not a valid Cloud Run name`);
    }
    if (tag !== undefined && !TAG.test(tag)) {
        throw new Error(`cannot build a Cloud Run tag URL for ${service.name}: tag "${tag}" is not a valid tag`);
    }
    const tagged = (host) => (tag === undefined ? host : (0,_policy_names_js__WEBPACK_IMPORTED_MODULE_0__/* .tagHost */ .LR)(tag, host));
    if (service.url !== undefined) {
        const m = SERVICE_URL.exec(service.url);
        if (!m || !m[1].startsWith(`${service.name}-`)) {
            throw new Error(`services ${service.name}: url "${service.url}" is not of the form https://${service.name}-HASH-REGION_CODE.a.run.app ` +
                `or https://${service.name}-PROJECT_NUMBER.REGION.run.app`);
        }
        return tagged(m[1]);
    }
    if (service.projectNumber === undefined) {
        throw new Error(`services ${service.name}: cannot name its Cloud Run host: set defaults.project-number (or the service's project-number) or the service's url`);
    }
    if (!PROJECT_NUMBER.test(service.projectNumber)) {
        throw new Error(`services ${service.name}: project-number "${service.projectNumber}" is not all digits`);
    }
    if (!REGION.test(service.region)) {
        throw new Error(`services ${service.name}: region "${service.region}" is not a Cloud Run region like us-central1`);
    }
    return tagged(`${service.name}-${service.projectNumber}.${service.region}.run.app`);
}
/** https URL of a service or of one of its tags. */
function cloudRunUrl(service, tag) {
    return `https://${cloudRunHost(service, tag)}`;
}


/***/ })

};
