export const id = 438;
export const ids = [438];
export const modules = {

/***/ 44451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ endpointOptions)
/* harmony export */ });
/* unused harmony export NO_AUTH */
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83033);
/* harmony import */ var _rollout_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34961);
// `cloud-run-endpoint` → options for ServicesClient / RevisionsClient.
//   ''               Google's endpoint, Application Default Credentials (or the given authClient)
//   http://host:port plaintext gRPC to an emulator or fake; no Google credentials are looked up
//   host[:port]      TLS to a private endpoint (https://host[:port] is accepted too)


/**
 * Stands in for a google-auth-library AuthClient when talking plaintext to a fake: gax asks the
 * auth client for its universe domain before it opens a channel, and without one GoogleAuth
 * would go looking for credentials — ending in a probe of the GCE metadata server.
 */
const NO_AUTH = Object.freeze({
    universeDomain: 'googleapis.com',
    getRequestHeaders: async () => new Headers(),
});
const HOST_PORT = /^([A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?)(?::(\d{1,5}))?$/;
function invalid(endpoint, why) {
    return new _rollout_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .CloudRunError */ .D('invalid', `cloud-run-endpoint '${endpoint}' is not valid (${why}): use empty for Google's endpoint, ` +
        'http://host:port for an emulator, or host[:port] for a private TLS endpoint');
}
function hostPort(endpoint, rest, defaultPort) {
    const m = HOST_PORT.exec(rest.replace(/\/+$/, ''));
    if (!m)
        throw invalid(endpoint, 'expected a host name and an optional port');
    const port = m[3] ? Number(m[3]) : defaultPort;
    if (port !== undefined && (port < 1 || port > 65535))
        throw invalid(endpoint, `port ${port} is out of range`);
    return { host: m[1], port };
}
function endpointOptions(endpoint, authClient) {
    const e = (endpoint ?? '').trim();
    if (!e)
        return authClient ? { authClient } : {};
    if (e.startsWith('http://')) {
        const { host, port } = hostPort(e, e.slice('http://'.length), 80);
        return { apiEndpoint: host, port, sslCreds: _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_0__.credentials.createInsecure(), authClient: NO_AUTH };
    }
    const rest = e.startsWith('https://') ? e.slice('https://'.length) : e;
    if (/^[a-z]+:\/\//i.test(rest))
        throw invalid(e, 'only http:// and https:// are understood');
    const { host, port } = hostPort(e, rest, 443);
    return { apiEndpoint: host, port, ...(authClient ? { authClient } : {}) };
}


/***/ }),

/***/ 65438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudMonitoringError: () => (/* binding */ CloudMonitoringError),
/* harmony export */   DEFAULT_INGESTION_DELAY_MS: () => (/* binding */ DEFAULT_INGESTION_DELAY_MS),
/* harmony export */   REQUEST_COUNT: () => (/* binding */ REQUEST_COUNT),
/* harmony export */   REQUEST_LATENCIES: () => (/* binding */ REQUEST_LATENCIES),
/* harmony export */   cloudMonitoringSources: () => (/* binding */ cloudMonitoringSources),
/* harmony export */   createMonitoringClient: () => (/* binding */ createMonitoringClient),
/* harmony export */   distributionToHistogram: () => (/* binding */ distributionToHistogram),
/* harmony export */   monitoringClientOptions: () => (/* binding */ monitoringClientOptions)
/* harmony export */ });
/* harmony import */ var _google_cloud_monitoring__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49308);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83033);
/* harmony import */ var _cloud_run_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44451);
/* harmony import */ var _queries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14510);
// Cloud Run metrics from Cloud Monitoring (`@google-cloud/monitoring`, MetricService.ListTimeSeries):
// run.googleapis.com/request_count by response_code_class and run.googleapis.com/request_latencies
// (a distribution), grouped by resource.labels.revision_name.
//
// Both are DELTA metrics that Cloud Run writes about once a minute and that become visible only after
// an ingestion delay (1–3 minutes). Each read therefore covers [stage start, now − delay], aligned
// as one period (ALIGN_DELTA + REDUCE_SUM), i.e. totals since the stage start, and the poll's time is
// the end of that window, not `now`. Cloud Monitoring needs alignment periods of at least 60 s, so
// nothing is read until the window is that long.




const DEFAULT_INGESTION_DELAY_MS = 180_000;
const MIN_ALIGNMENT_S = 60;
const REQUEST_COUNT = 'run.googleapis.com/request_count';
const REQUEST_LATENCIES = 'run.googleapis.com/request_latencies';
/** `monitoring-endpoint` like `cloud-run-endpoint`: '' Google, http://host:port plaintext (no credentials), host[:port] TLS. */
function monitoringClientOptions(endpoint, authClient) {
    try {
        return { ...(0,_cloud_run_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointOptions */ .c)(endpoint, authClient) };
    }
    catch (e) {
        throw new Error(e.message.replace(/cloud-run-endpoint/g, 'monitoring-endpoint'));
    }
}
function createMonitoringClient(endpoint, authClient) {
    const opts = monitoringClientOptions(endpoint, authClient);
    return new _google_cloud_monitoring__WEBPACK_IMPORTED_MODULE_0__/* ["default"].MetricServiceClient */ .Ay.MetricServiceClient(opts);
}
class CloudMonitoringError extends Error {
    grpcCode;
    constructor(message, grpcCode) {
        super(message);
        this.grpcCode = grpcCode;
        this.name = 'CloudMonitoringError';
    }
}
/** Both sides read with one ListTimeSeries per metric and poll time (the results are shared). */
function cloudMonitoringSources(o) {
    const service = (0,_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlaceholderValue */ .Hn)('service', o.service);
    const revs = [
        (0,_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlaceholderValue */ .Hn)('revision', o.revisions.canary),
        (0,_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlaceholderValue */ .Hn)('revision', o.revisions.stable),
    ];
    const delayMs = o.delayMs ?? DEFAULT_INGESTION_DELAY_MS;
    const delayNote = `Cloud Monitoring: each poll reads data up to ${Math.round(delayMs / 1000)} s before its time (ingestion delay), so the stage is judged that much later`;
    let cached = null;
    const read = (at) => {
        if (cached?.at === at)
            return cached.totals;
        const end = Math.floor((at - delayMs) / 1000);
        const window = end - Math.ceil(o.startedAt / 1000);
        const totals = window < MIN_ALIGNMENT_S ? Promise.resolve(null) : fetchTotals(o, service, revs, end, window);
        cached = { at, totals };
        return totals;
    };
    const side = (revision, label) => ({
        anchor: 'since-stage-start',
        label,
        lagMs: delayMs,
        async sample(at) {
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
            const out = {
                requests,
                // the 5xx class has no series until a 5xx happened: with requests seen, none means zero
                errors: requests === null ? null : (t.errors.get(revision) ?? 0),
                asOf: t.end,
                notes: [delayNote],
            };
            if (requests === null) {
                out.notes.push(`no request_count series for revision ${revision} in the window (no traffic, or not ingested yet)`);
            }
            if (o.latency)
                out.latency = t.latency.get(revision) ?? null;
            return out;
        },
    });
    return {
        canary: side(revs[0], `canary (revision ${revs[0]})`),
        stable: side(revs[1], `stable (revision ${revs[1]})`),
    };
}
async function fetchTotals(o, service, revs, endS, windowS) {
    const base = (metric) => [
        `metric.type = "${metric}"`,
        'resource.type = "cloud_run_revision"',
        `resource.labels.service_name = "${service}"`,
        `resource.labels.revision_name = one_of(${revs.map((r) => `"${r}"`).join(', ')})`,
    ].join(' AND ');
    const request = (metric, groupBy) => ({
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
    const totals = { end: endS * 1000, requests: new Map(), errors: new Map(), latency: new Map() };
    for (const ts of counts) {
        const rev = ts.resource?.labels?.revision_name ?? '';
        const n = ts.points.reduce((s, p) => s + num(p.value?.int64Value ?? p.value?.doubleValue), 0);
        totals.requests.set(rev, (totals.requests.get(rev) ?? 0) + n);
        if (ts.metric?.labels?.response_code_class === '5xx')
            totals.errors.set(rev, (totals.errors.get(rev) ?? 0) + n);
    }
    for (const ts of lat) {
        const rev = ts.resource?.labels?.revision_name ?? '';
        let h = null;
        for (const p of ts.points)
            h = addHistograms(h, distributionToHistogram(p.value?.distributionValue));
        totals.latency.set(rev, h);
    }
    return totals;
}
async function list(o, req, metric) {
    try {
        const [series] = (await o.client.listTimeSeries(req, { timeout: o.timeoutMs ?? 30_000 }));
        return (series ?? []).map((s) => ({ ...s, points: s.points ?? [] }));
    }
    catch (e) {
        const err = e;
        const code = typeof err.code === 'number' ? err.code : undefined;
        const name = code !== undefined ? (_grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status[code] ?? String(code)) : 'error';
        throw new CloudMonitoringError(`reading ${metric} for service ${o.service} (revisions ${o.revisions.canary}, ${o.revisions.stable}) ` +
            `from Cloud Monitoring in projects/${o.project}: ${name}: ${err.details ?? err.message}${hint(code)}`, code);
    }
}
function hint(code) {
    switch (code) {
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.PERMISSION_DENIED:
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.UNAUTHENTICATED:
            return '; the workflow identity needs roles/monitoring.viewer on the project';
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.NOT_FOUND:
            return '; check the project id';
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.UNAVAILABLE:
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.DEADLINE_EXCEEDED:
            return '; Cloud Monitoring was unreachable, the next poll tries again';
        default:
            return '';
    }
}
function num(v) {
    if (v === null || v === undefined)
        return 0;
    const n = Number(typeof v === 'object' ? String(v) : v); // int64 arrives as a string (or a Long)
    return Number.isFinite(n) ? n : 0;
}
/**
 * A Cloud Monitoring distribution → Histogram (ms). Bucket 0 is the underflow (< first bound), the
 * last the overflow; `bucketCounts` may be shorter than the buckets (trailing zeros left out).
 */
function distributionToHistogram(d) {
    if (!d?.bucketOptions)
        return null;
    const b = d.bucketOptions;
    let bounds;
    if (b.explicitBuckets) {
        bounds = [...(b.explicitBuckets.bounds ?? [])];
    }
    else if (b.exponentialBuckets) {
        const { numFiniteBuckets = 0, growthFactor = 2, scale = 1 } = b.exponentialBuckets;
        bounds = Array.from({ length: numFiniteBuckets + 1 }, (_, i) => scale * growthFactor ** i);
    }
    else if (b.linearBuckets) {
        const { numFiniteBuckets = 0, width = 1, offset = 0 } = b.linearBuckets;
        bounds = Array.from({ length: numFiniteBuckets + 1 }, (_, i) => offset + width * i);
    }
    else {
        return null;
    }
    const counts = Array.from({ length: bounds.length + 1 }, (_, i) => num(d.bucketCounts?.[i]));
    return { bounds, counts };
}
function addHistograms(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    if (a.bounds.length !== b.bounds.length || a.bounds.some((x, i) => x !== b.bounds[i]))
        return null;
    return { bounds: a.bounds, counts: a.counts.map((c, i) => c + b.counts[i]) };
}


/***/ }),

/***/ 34961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ CloudRunError),
/* harmony export */   k: () => (/* binding */ HaproxyRuntimeError)
/* harmony export */ });
// What the engine needs from the world, as interfaces: the one home of every port. Adapters
// implement them (src/adapters/cloud-run.ts over gRPC, src/adapters/haproxy-runtime.ts over the
// runtime API, src/adapters/metrics/observer.ts, src/adapters/hooks.ts); tests may implement them
// in memory. Pure modules import only these types.
/** Every adapter failure is one of these, with what was being done in the message. */
class CloudRunError extends Error {
    kind;
    grpcCode;
    constructor(kind, message, grpcCode) {
        super(message);
        this.kind = kind;
        this.grpcCode = grpcCode;
        this.name = 'CloudRunError';
    }
}
/** A change some HAProxy instance did not take (after retries): the rollout holds. `instances`
 *  names the ones that disagree; the others were put back where they all were. */
class HaproxyRuntimeError extends Error {
    instances;
    constructor(message, instances) {
        super(message);
        this.instances = instances;
        this.name = 'HaproxyRuntimeError';
    }
}


/***/ })

};
