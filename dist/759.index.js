export const id = 759;
export const ids = [759];
export const modules = {

/***/ 59270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ backendCounts),
/* harmony export */   i: () => (/* binding */ haproxyStatSources)
/* harmony export */ });
const RESPONSE_CLASSES = ['hrsp_1xx', 'hrsp_2xx', 'hrsp_3xx', 'hrsp_4xx', 'hrsp_5xx', 'hrsp_other'];
function num(row, col) {
    const v = row[col];
    if (v === undefined || v.trim() === '')
        return null;
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
}
/** Requests and 5xx of one stats row (a backend or a server). */
function rowCounts(row) {
    // req_tot counts HTTP requests; the response classes add up to it once every request was answered.
    let requests = num(row, 'req_tot');
    if (requests === null) {
        const parts = RESPONSE_CLASSES.map((c) => num(row, c));
        requests = parts.every((p) => p !== null) ? parts.reduce((a, b) => a + b, 0) : null;
    }
    return { requests, errors: num(row, 'hrsp_5xx') };
}
/** Requests and 5xx of one backend from `show stat` rows; null fields when the row or column is absent.
 *  `excludeServer`: a server of that backend whose answers are not the backend's own (the canary
 *  backend's `stable` backup serves bucketed clients while the canary is down: they are stable's). */
function backendCounts(rows, backend, excludeServer) {
    const row = rows.find((r) => r.pxname === backend && r.svname === 'BACKEND');
    if (!row) {
        return { requests: null, errors: null, notes: [`backend ${backend} is not in HAProxy's show stat`] };
    }
    const own = rowCounts(row);
    const other = rows.find((r) => r.pxname === backend && r.svname === excludeServer);
    if (excludeServer === undefined || !other)
        return own;
    const theirs = rowCounts(other);
    const minus = (a, b) => (a === null ? null : Math.max(0, a - (b ?? 0)));
    return { requests: minus(own.requests, theirs.requests), errors: minus(own.errors, theirs.errors) };
}
/**
 * One side read from `show stat`. A snapshot of all rows is shared by both sides when they read at
 * the same `at` (one runtime API call per poll, and both sides from the same instant).
 */
function haproxyStatSources(reader, backends) {
    let cached = null;
    const rowsAt = (at) => {
        if (!cached || cached.at !== at)
            cached = { at, rows: reader.showStat() };
        return cached.rows;
    };
    const side = (backend, label, excludeServer) => ({
        anchor: 'counter-live',
        label,
        async sample(at) {
            return backendCounts(await rowsAt(at), backend, excludeServer);
        },
    });
    return {
        // the canary backend's backup server "stable" answers for the stable revision: not counted
        canary: side(backends.canary, `canary (HAProxy backend ${backends.canary})`, 'stable'),
        stable: side(backends.stable, `stable (HAProxy backend ${backends.stable})`),
    };
}


/***/ }),

/***/ 46308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ PrometheusClient),
/* harmony export */   T4: () => (/* binding */ parsePromValue)
/* harmony export */ });
/* unused harmony export PrometheusError */
// A small client for the Prometheus HTTP API (/api/v1/query, /api/v1/query_range).
// Prometheus answers `{status, data}` or `{status: "error", errorType, error}`; sample values are
// strings ("1", "NaN", "+Inf"). Every failure names the query and the URL so a user can paste the
// query into the Prometheus UI and see the same thing.
class PrometheusError extends Error {
    kind;
    query;
    url;
    errorType;
    constructor(kind, message, query, url, 
    /** Prometheus's errorType (bad_data, execution, timeout, …) when it sent one */
    errorType) {
        super(message);
        this.kind = kind;
        this.query = query;
        this.url = url;
        this.errorType = errorType;
        this.name = 'PrometheusError';
    }
}
/** Prometheus encodes sample values as strings, including the special floats. */
function parsePromValue(s) {
    if (typeof s !== 'string')
        return NaN;
    switch (s) {
        case 'NaN':
            return NaN;
        case '+Inf':
        case 'Inf':
            return Infinity;
        case '-Inf':
            return -Infinity;
    }
    const v = Number(s);
    return s.trim() === '' ? NaN : v;
}
class PrometheusClient {
    opts;
    base;
    timeoutMs;
    fetchFn;
    constructor(opts) {
        this.opts = opts;
        let u;
        try {
            u = new URL(opts.url);
        }
        catch {
            throw new Error(`Prometheus URL "${opts.url}" is not a URL; give one like http://prometheus:9090`);
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:') {
            throw new Error(`Prometheus URL "${opts.url}" must be http:// or https://`);
        }
        this.base = u.toString().replace(/\/+$/, '');
        this.timeoutMs = opts.timeoutMs ?? 10_000;
        this.fetchFn = opts.fetch ?? fetch;
    }
    /** An instant query evaluated at `timeMs` (default: Prometheus's now). */
    async query(expr, timeMs) {
        const params = { query: expr };
        if (timeMs !== undefined)
            params.time = toPromTime(timeMs);
        return this.call('/api/v1/query', expr, params);
    }
    /** A range query; the result is always a matrix. */
    async queryRange(expr, startMs, endMs, stepMs) {
        const params = {
            query: expr,
            start: toPromTime(startMs),
            end: toPromTime(endMs),
            step: `${Math.max(stepMs, 1) / 1000}`,
        };
        const r = await this.call('/api/v1/query_range', expr, params);
        if (r.type !== 'matrix') {
            throw new PrometheusError('response', `expected a matrix, got ${r.type}`, expr, this.base + '/api/v1/query_range');
        }
        return r.series;
    }
    async call(path, expr, params) {
        const url = this.base + path;
        const where = `query ${JSON.stringify(expr)} at ${url}`;
        let res;
        try {
            // POST keeps long queries out of URL length limits; Prometheus accepts both.
            res = await this.fetchFn(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.opts.headers },
                body: new URLSearchParams(params).toString(),
                signal: AbortSignal.timeout(this.timeoutMs),
            });
        }
        catch (e) {
            const err = e;
            if (err.name === 'TimeoutError' || err.name === 'AbortError') {
                throw new PrometheusError('timeout', `Prometheus did not answer within ${this.timeoutMs} ms for ${where}; check the URL and that Prometheus is up`, expr, url);
            }
            const cause = err.cause?.message;
            throw new PrometheusError('network', `cannot reach Prometheus for ${where}: ${err.message}${cause ? ` (${cause})` : ''}`, expr, url);
        }
        const text = await res.text().catch(() => '');
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        if (body?.status === 'error') {
            throw new PrometheusError('query', `Prometheus rejected ${where} (${body.errorType ?? 'error'}): ${body.error ?? 'no message'}`, expr, url, body.errorType);
        }
        if (!res.ok) {
            throw new PrometheusError('http', `Prometheus answered HTTP ${res.status} for ${where}: ${text.slice(0, 200) || res.statusText}`, expr, url);
        }
        if (body?.status !== 'success' || typeof body.data !== 'object' || body.data === null) {
            throw new PrometheusError('response', `Prometheus sent an unexpected answer for ${where}: ${text.slice(0, 200)}`, expr, url);
        }
        return parseData(body.data, expr, url);
    }
}
function toPromTime(ms) {
    return (ms / 1000).toFixed(3);
}
function parseData(data, expr, url) {
    const r = data.result;
    switch (data.resultType) {
        case 'vector':
            return {
                type: 'vector',
                samples: r.map((s) => ({
                    metric: s.metric ?? {},
                    t: s.value[0] * 1000,
                    value: parsePromValue(s.value[1]),
                })),
            };
        case 'matrix':
            return {
                type: 'matrix',
                series: r.map((s) => ({
                    metric: s.metric ?? {},
                    points: (s.values ?? []).map(([t, v]) => ({ t: t * 1000, value: parsePromValue(v) })),
                })),
            };
        case 'scalar': {
            const [t, v] = r;
            return { type: 'scalar', t: t * 1000, value: parsePromValue(v) };
        }
        case 'string': {
            const [t, v] = r;
            return { type: 'string', t: t * 1000, value: v };
        }
        default:
            throw new PrometheusError('response', `unknown resultType ${data.resultType} for query ${expr}`, expr, url);
    }
}


/***/ }),

/***/ 14510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ checkPlaceholderValue),
/* harmony export */   Pf: () => (/* binding */ haproxyExporterQueries),
/* harmony export */   Xp: () => (/* binding */ haproxyBackendName),
/* harmony export */   gv: () => (/* binding */ fillQuery),
/* harmony export */   pF: () => (/* binding */ cloudRunGmpQueries)
/* harmony export */ });
/* harmony import */ var _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26743);
/* harmony import */ var _policy_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25714);
// Built-in PromQL for the two places canary-relay reads Prometheus-style metrics, and the filling of
// custom queries' placeholders. Every value put into a query passes a whitelist first (no quotes,
// backslashes, braces or spaces can reach PromQL); anything else is an error, never escaped.


const SERVICE_RE = /^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/; // Cloud Run service names
const REVISION_RE = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/; // Cloud Run revision names
const BACKEND_RE = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}$/; // HAProxy proxy names
const WINDOW_RE = /^[1-9][0-9]{0,7}s$/;
const CHECKS = {
    service: { re: SERVICE_RE, valid: 'a Cloud Run service name (lowercase letters, digits, "-", ≤ 49 chars)' },
    revision: {
        re: REVISION_RE,
        valid: 'a Cloud Run revision name (lowercase letters, digits, "-", ≤ 63 chars)',
    },
    backend: { re: BACKEND_RE, valid: 'an HAProxy backend name (letters, digits, "_", ".", ":", "-")' },
    window: { re: WINDOW_RE, valid: 'a whole number of seconds like "90s"' },
};
const POLICY_CHECKS = {
    service: _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkServiceName */ .PV,
    revision: _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkRevisionName */ .vV,
};
/** Throws unless `value` is acceptable for the placeholder `name` (the policy's whitelist, then ours). */
function checkPlaceholderValue(name, value) {
    const c = CHECKS[name];
    const policyProblem = Object.hasOwn(POLICY_CHECKS, name) ? POLICY_CHECKS[name]?.(value) : null;
    if (policyProblem)
        throw new Error(`cannot put a value into a PromQL query as {{${name}}}: ${policyProblem}`);
    if (!c.re.test(value)) {
        throw new Error(`cannot put ${JSON.stringify(value)} into a PromQL query as {{${name}}}: it must be ${c.valid}`);
    }
    return value;
}
/** Fills `{{revision}}`, `{{backend}}`, `{{service}}`, `{{window}}`; unknown or unset placeholders are errors. */
function fillQuery(query, values, what = 'query') {
    return query.replace(/\{\{\s*([A-Za-z_]+)\s*\}\}/g, (_m, name) => {
        // own keys only: "__proto__" or "constructor" are not placeholders
        if (!Object.hasOwn(CHECKS, name)) {
            throw new Error(`${what} uses {{${name}}}; the placeholders are {{revision}}, {{backend}}, {{service}} and {{window}}`);
        }
        const v = values[name];
        if (v === undefined)
            throw new Error(`${what} uses {{${name}}} but this source has no ${name} to put there`);
        return checkPlaceholderValue(name, v);
    });
}
/** A side's HAProxy backend (src/policy/names.ts), the service name checked for a query. */
function haproxyBackendName(service, side) {
    return (0,_policy_names_js__WEBPACK_IMPORTED_MODULE_1__/* .backendName */ .Yd)(checkPlaceholderValue('service', service), side);
}
/**
 * HAProxy's built-in exporter (`http-request use-service prometheus-exporter`): per-backend counters,
 * so the canary and stable backends are counted apart. HAProxy exports no latency histogram (only
 * `haproxy_backend_response_time_average_seconds`, a mean over the last 1024 requests), so latency
 * cannot be judged from this source.
 */
function haproxyExporterQueries(backend, excludeServer) {
    const b = checkPlaceholderValue('backend', backend);
    // the canary backend's backup server "stable" answers for the stable revision: subtract it
    const minus = (code) => excludeServer === undefined
        ? ''
        : ` - (sum(haproxy_server_http_responses_total{proxy="${b}",server="${checkPlaceholderValue('backend', excludeServer)}"${code}}) or vector(0))`;
    return {
        anchor: 'counter-history',
        requests: `sum(haproxy_backend_http_requests_total{proxy="${b}"})${minus('')}`,
        errors: `sum(haproxy_backend_http_responses_total{proxy="${b}",code="5xx"})${minus(',code="5xx"')}`,
        errorsAbsentIsZero: false,
        latencyNote: 'HAProxy exports no latency histogram (only a moving average), so latency is not judged from it; use Cloud Run metrics for latency',
    };
}
/**
 * Cloud Run metrics in Google Managed Prometheus. They are DELTA metrics in Cloud Monitoring, read
 * here with increase() over the stage so far ({{window}}), i.e. totals since the stage start. Series
 * only exist once a request of that class was seen, hence errorsAbsentIsZero.
 */
function cloudRunGmpQueries(opts) {
    const s = checkPlaceholderValue('service', opts.service);
    const r = checkPlaceholderValue('revision', opts.revision);
    let sel = `monitored_resource="cloud_run_revision",service_name="${s}",revision_name="${r}"`;
    if (opts.project !== undefined) {
        const problem = (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkProjectId */ .vb)(opts.project);
        if (problem)
            throw new Error(`cannot put the project into a PromQL query: ${problem}`);
        sel += `,project_id="${opts.project}"`;
    }
    return {
        anchor: 'since-stage-start',
        requests: `sum(increase(run_googleapis_com:request_count{${sel}}[{{window}}]))`,
        errors: `sum(increase(run_googleapis_com:request_count{${sel},response_code_class="5xx"}[{{window}}]))`,
        errorsAbsentIsZero: true,
        latencyBuckets: `sum by (le) (increase(run_googleapis_com:request_latencies_bucket{${sel}}[{{window}}]))`,
        latencyNote: 'latency from run.googleapis.com/request_latencies (ms buckets)',
    };
}


/***/ }),

/***/ 4759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RECENT_WINDOW_MS: () => (/* binding */ RECENT_WINDOW_MS),
/* harmony export */   errorRateSource: () => (/* binding */ errorRateSource),
/* harmony export */   readRecentTraffic: () => (/* binding */ readRecentTraffic)
/* harmony export */ });
/* harmony import */ var _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26743);
/* harmony import */ var _haproxy_stat_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59270);
/* harmony import */ var _prometheus_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46308);
/* harmony import */ var _queries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14510);




const RECENT_WINDOW_MS = 3_600_000;
const minutes = (ms) => `${Math.round(ms / 60_000)} min`;
const hours = (s) => s < 120 ? `${Math.round(s)} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;
/** The source the error-rate metric is read from (its own `source`, else the block's). */
function errorRateSource(service) {
    const m = service.analysis.metrics.find((x) => x.kind === 'error-rate');
    return m?.source ?? service.analysis.source;
}
async function readRecentTraffic(service, deps, now) {
    const source = errorRateSource(service);
    const windowMs = deps.windowMs ?? RECENT_WINDOW_MS;
    let from = source;
    try {
        switch (source) {
            case 'prometheus': {
                const url = service.analysis.prometheusUrl;
                from = `Prometheus${url ? ` at ${url}` : ''}, last ${minutes(windowMs)}`;
                if (!url)
                    return { ok: false, from, error: 'the policy gives no analysis.prometheus.url' };
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
    }
    catch (e) {
        return { ok: false, from, error: e.message };
    }
}
/** One finite number from an instant query; null when there is none (no series, NaN, a matrix). */
function one(r) {
    let v = null;
    if (r.type === 'scalar')
        v = r.value;
    else if (r.type === 'vector' && r.samples.length > 0)
        v = r.samples.reduce((s, x) => s + x.value, 0);
    return v !== null && Number.isFinite(v) && v >= 0 ? v : null;
}
async function fromPrometheus(service, deps, url, now, windowMs, from) {
    const client = new _prometheus_js__WEBPACK_IMPORTED_MODULE_1__/* .PrometheusClient */ .Sx({ url, timeoutMs: deps.timeoutMs, headers: deps.prometheusHeaders });
    const windowS = Math.round(windowMs / 1000);
    const w = `${windowS}s`;
    let all; // the service's request counters
    let stable; // stable's requests and its 5xx
    let stable5xx;
    if (deps.splitAt === 'haproxy') {
        const st = (0,_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .haproxyBackendName */ .Xp)(service.name, 'stable');
        all = `haproxy_backend_http_requests_total{proxy=~"${st}|${(0,_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .haproxyBackendName */ .Xp)(service.name, 'canary')}"}`;
        stable = `haproxy_backend_http_requests_total{proxy="${st}"}`;
        stable5xx = `haproxy_backend_http_responses_total{proxy="${st}",code="5xx"}`;
    }
    else {
        const s = (0,_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPlaceholderValue */ .Hn)('service', service.name);
        const problem = (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkProjectId */ .vb)(service.project);
        if (problem)
            return { ok: false, from, error: `cannot put the project into a PromQL query: ${problem}` };
        const sel = `monitored_resource="cloud_run_revision",service_name="${s}",project_id="${service.project}"`;
        all = `run_googleapis_com:request_count{${sel}}`;
        stable = all; // Cloud Run's whole service: which revision is stable is not known to a plan
        stable5xx = `run_googleapis_com:request_count{${sel},response_code_class="5xx"}`;
    }
    const rate = (sel) => `sum(rate(${sel}[${w}]))`;
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
    if (perWindow === null)
        return { ok: false, from, error: `no data for ${rate(all)}` };
    const base = one(stableReq) ?? 0;
    // Cloud Run's 5xx series exists only once a 5xx happened: absent with requests seen is none
    const errRate = one(err) ?? (deps.splitAt === 'haproxy' ? null : 0);
    if (errRate === null)
        return { ok: false, from, error: `no data for ${rate(stable5xx)}` };
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
async function fromMonitoring(service, deps, now, windowMs, from) {
    // loaded here: the gRPC client and its protos only when this source is used
    const cm = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(308), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 65438));
    const client = deps.monitoringClient ?? cm.createMonitoringClient(deps.monitoringEndpoint);
    const s = (0,_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPlaceholderValue */ .Hn)('service', service.name);
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
    let series;
    try {
        [series] = (await client.listTimeSeries(request, { timeout: deps.timeoutMs ?? 10_000 }));
    }
    catch (e) {
        const err = e;
        throw new Error(`reading ${cm.REQUEST_COUNT}: ${err.details ?? err.message}`);
    }
    finally {
        // a client made here is closed here (its gRPC channel would keep the process alive)
        if (!deps.monitoringClient)
            await client.close?.().catch(() => { });
    }
    let requests = 0;
    let errors = 0;
    for (const ts of series ?? []) {
        const n = (ts.points ?? []).reduce((a, p) => a + Number(p.value?.int64Value ?? p.value?.doubleValue ?? 0), 0);
        requests += n;
        if (ts.metric?.labels?.response_code_class === '5xx')
            errors += n;
    }
    if (!(series ?? []).length)
        return { ok: false, from, error: `no ${cm.REQUEST_COUNT} series for service ${s} in the window` };
    return {
        ok: true,
        from,
        traffic: { requestsPerSecond: requests / windowS, errorRate: requests > 0 ? errors / requests : 0 },
    };
}
async function fromHaproxy(service, deps, from) {
    if (deps.splitAt !== 'haproxy' || !deps.runtime)
        return { ok: false, from, error: 'it needs split-at: haproxy and haproxy.runtime-api in the policy' };
    const [rows, info] = await Promise.all([deps.runtime.showStat(), deps.runtime.command('show info')]);
    const uptime = Number(/^Uptime_sec:\s*(\d+)/m.exec(info)?.[1]);
    if (!(uptime > 0))
        return { ok: false, from, error: 'show info gave no Uptime_sec' };
    const stable = (0,_haproxy_stat_js__WEBPACK_IMPORTED_MODULE_3__/* .backendCounts */ .X)(rows, (0,_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .haproxyBackendName */ .Xp)(service.name, 'stable'));
    // all of the canary backend's requests are the service's, its backup server's included
    const canary = (0,_haproxy_stat_js__WEBPACK_IMPORTED_MODULE_3__/* .backendCounts */ .X)(rows, (0,_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .haproxyBackendName */ .Xp)(service.name, 'canary'));
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


/***/ })

};
