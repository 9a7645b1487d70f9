export const id = 277;
export const ids = [277];
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

/***/ 93511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ createCloudRun)
});

// EXTERNAL MODULE: ./node_modules/@google-cloud/run/build/src/index.js
var src = __webpack_require__(89475);
// EXTERNAL MODULE: ./src/rollout/ports.ts
var ports = __webpack_require__(34961);
;// CONCATENATED MODULE: ./src/adapters/cloud-run-errors.ts
// gRPC failures from the Cloud Run Admin API → CloudRunError, with what was being done and
// what to fix. The kind decides what the engine may do next (re-read on conflict, retry a read
// on transient, stop otherwise).

// grpc status codes (numbers are part of the gRPC spec; no need to load grpc-js for them)
const Code = {
    CANCELLED: 1,
    UNKNOWN: 2,
    INVALID_ARGUMENT: 3,
    DEADLINE_EXCEEDED: 4,
    NOT_FOUND: 5,
    ALREADY_EXISTS: 6,
    PERMISSION_DENIED: 7,
    RESOURCE_EXHAUSTED: 8,
    FAILED_PRECONDITION: 9,
    ABORTED: 10,
    INTERNAL: 13,
    UNAVAILABLE: 14,
    UNAUTHENTICATED: 16,
};
const TRANSIENT = [Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.RESOURCE_EXHAUSTED];
const HINTS = {
    conflict: 'another writer changed the service since it was read; read it again and re-plan (or re-run the workflow)',
    'not-found': 'check the project, region and service name in traffic-policy.yaml; the service must exist before canary-relay manages it',
    invalid: 'Cloud Run rejected the request; fix what the message names',
    transient: 'Cloud Run is temporarily unavailable or overloaded; re-run the workflow',
    permission: 'grant the workflow identity roles/run.developer on the service and roles/iam.serviceAccountUser on its runtime service account',
    failed: 'see the message above; the service keeps serving what it served before',
    timeout: 'the write was accepted and may still complete; re-run to read the service again',
};
function grpcCodeOf(err) {
    const code = err?.code;
    return typeof code === 'number' ? code : undefined;
}
function isTransient(err) {
    const code = grpcCodeOf(err);
    return code !== undefined && TRANSIENT.includes(code);
}
/** The error's own text without gRPC's "14 UNAVAILABLE: " prefix. */
function detailsOf(err) {
    const e = err;
    if (typeof e?.details === 'string' && e.details)
        return e.details;
    const message = typeof e?.message === 'string' ? e.message : String(err);
    return message.replace(/^\d+ [A-Z_]+: /, '');
}
function kindOf(code, details) {
    switch (code) {
        case Code.ABORTED:
            return 'conflict';
        case Code.FAILED_PRECONDITION:
            return /etag/i.test(details) ? 'conflict' : 'failed';
        case Code.NOT_FOUND:
            return 'not-found';
        case Code.INVALID_ARGUMENT:
        case Code.ALREADY_EXISTS:
            return 'invalid';
        case Code.UNAVAILABLE:
        case Code.DEADLINE_EXCEEDED:
        case Code.RESOURCE_EXHAUSTED:
            return 'transient';
        case Code.PERMISSION_DENIED:
        case Code.UNAUTHENTICATED:
            return 'permission';
        default:
            return 'failed';
    }
}
/** Wraps any failure of a Cloud Run call; `doing` reads like "updating service checkout (etag …)". */
function toCloudRunError(err, doing) {
    if (err instanceof ports/* CloudRunError */.D)
        return err;
    const code = grpcCodeOf(err);
    const details = detailsOf(err);
    const kind = kindOf(code, details);
    const hint = code === Code.ALREADY_EXISTS
        ? 'revision names are unique per service: use a new revision name (a new commit) or deploy by `revision:`'
        : HINTS[kind];
    return new ports/* CloudRunError */.D(kind, `Cloud Run: ${doing} failed: ${details}. ${hint}.`, code);
}
/** A long-running operation that ended with an error status. */
function lroFailed(doing, operation, status) {
    return new ports/* CloudRunError */.D('failed', `Cloud Run: ${doing}: operation ${operation} failed: ${status.message ?? 'no message'}. ${HINTS.failed}.`, status.code);
}

// EXTERNAL MODULE: ./src/adapters/cloud-run-endpoint.ts
var cloud_run_endpoint = __webpack_require__(44451);
;// CONCATENATED MODULE: ./src/adapters/cloud-run-map.ts
const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
const LATEST_NUM = 1;
/** Annotation namespaces the v2 API reserves and rejects on write. */
const RESERVED_ANNOTATION = /^(run\.googleapis\.com|cloud\.googleapis\.com|serving\.knative\.dev|autoscaling\.knative\.dev)\//;
function shortName(name) {
    if (!name)
        return '';
    return name.slice(name.lastIndexOf('/') + 1);
}
function cloud_run_map_int(value) {
    if (value === null || value === undefined || value === '')
        return 0;
    return Number(typeof value === 'object' ? String(value) : value);
}
function isLatest(type) {
    return type === LATEST || type === LATEST_NUM;
}
function isoTime(ts) {
    if (!ts || ts.seconds === undefined || ts.seconds === null)
        return undefined;
    return new Date(cloud_run_map_int(ts.seconds) * 1000 + Math.floor((ts.nanos ?? 0) / 1e6)).toISOString();
}
function fromTraffic(t) {
    const out = { percent: t.percent ?? 0 };
    if (isLatest(t.type))
        out.latest = true;
    // a LATEST status names the revision it resolved to; a LATEST spec target has none
    if (t.revision)
        out.revision = t.revision;
    if (t.tag)
        out.tag = t.tag;
    const uri = t.uri;
    if (uri)
        out.uri = uri;
    return out;
}
function toTrafficProto(t) {
    const out = t.latest
        ? { type: LATEST, percent: t.percent }
        : { type: REVISION, revision: t.revision, percent: t.percent };
    if (t.tag)
        out.tag = t.tag;
    return out;
}
function imageOfTemplate(template) {
    return template?.containers?.[0]?.image ?? '';
}
function toServiceSnapshot(s) {
    const terminal = s.terminalCondition;
    const snapshot = {
        name: shortName(s.name),
        etag: s.etag ?? '',
        generation: cloud_run_map_int(s.generation),
        image: imageOfTemplate(s.template),
        annotations: { ...(s.annotations ?? {}) },
        traffic: (s.traffic ?? []).map((t) => {
            const { uri: _uri, ...target } = fromTraffic(t);
            return target;
        }),
        trafficStatuses: (s.trafficStatuses ?? []).map(fromTraffic),
        latestReadyRevision: shortName(s.latestReadyRevision) || null,
        latestCreatedRevision: shortName(s.latestCreatedRevision) || null,
        uri: s.uri ?? '',
        lastModifier: s.lastModifier || undefined,
        reconciling: Boolean(s.reconciling),
    };
    if (terminal && conditionState(terminal.state) === 'failed')
        snapshot.failure = terminal.message || 'failed';
    return snapshot;
}
function conditionState(state) {
    if (state === 'CONDITION_SUCCEEDED' || state === 4)
        return 'ready';
    if (state === 'CONDITION_FAILED' || state === 3)
        return 'failed';
    return 'pending';
}
function toRevisionSnapshot(r) {
    const ready = (r.conditions ?? []).find((c) => c.type === 'Ready');
    const state = ready ? conditionState(ready.state) : 'pending';
    const out = {
        name: shortName(r.name),
        image: r.containers?.[0]?.image ?? '',
        ready: state === 'ready' ? true : state === 'failed' ? false : null,
    };
    if (state === 'failed')
        out.reason = ready?.message || String(ready?.revisionReason ?? ready?.reason ?? 'failed');
    const created = isoTime(r.createTime);
    if (created)
        out.createTime = created;
    return out;
}
/** The fields a write may set: everything mutable from the read, nothing output-only. */
function writableFields(base) {
    return {
        name: base.name,
        description: base.description,
        labels: base.labels,
        annotations: base.annotations,
        client: base.client,
        clientVersion: base.clientVersion,
        ingress: base.ingress,
        launchStage: base.launchStage,
        binaryAuthorization: base.binaryAuthorization,
        template: base.template,
        traffic: base.traffic,
        scaling: base.scaling,
        invokerIamDisabled: base.invokerIamDisabled,
        defaultUriDisabled: base.defaultUriDisabled,
        customAudiences: base.customAudiences,
    };
}
/** The UpdateService body: the service as read, with the update applied, and the mask of what changed. */
function buildUpdate(base, etag, update) {
    const service = { ...writableFields(base), etag };
    const paths = [];
    if (update.template) {
        const containers = [...(base.template?.containers ?? [])];
        containers[0] = { ...(containers[0] ?? {}), image: update.template.image };
        service.template = { ...(base.template ?? {}), revision: update.template.revisionName, containers };
        paths.push('template');
    }
    if (update.traffic) {
        service.traffic = update.traffic.map(toTrafficProto);
        paths.push('traffic');
    }
    if (update.annotations) {
        const merged = { ...(base.annotations ?? {}) };
        for (const [key, value] of Object.entries(update.annotations)) {
            if (value === null)
                delete merged[key];
            else
                merged[key] = value;
        }
        service.annotations = merged;
        paths.push('annotations');
    }
    return { service, updateMask: { paths } };
}

// EXTERNAL MODULE: ./src/adapters/retry.ts
var retry = __webpack_require__(16378);
;// CONCATENATED MODULE: ./src/adapters/cloud-run.ts
// CloudRunPort over the real Admin API v2 client (@google-cloud/run, gRPC).
//
// Retries: gax's own retries are switched off on every call (`retry: null` in the call
// options, which also reach the operation polls through the Operation's saved call settings),
// so each RPC the adapter counts is exactly one RPC on the wire. The adapter retries reads
// itself, with backoff, on UNAVAILABLE / DEADLINE_EXCEEDED / RESOURCE_EXHAUSTED; a write is
// sent once — a write failing transiently surfaces as CloudRunError('transient') and the engine
// decides (it re-reads first, so the etag protects against double application).
// Operations are polled by the adapter (one GetOperation per pollMs) until done or lroTimeoutMs.






function createCloudRun(opts) {
    const clientOpts = (0,cloud_run_endpoint/* endpointOptions */.c)(opts.endpoint, opts.authClient);
    const services = new src/* ServicesClient */.WF(clientOpts);
    const revisions = new src/* RevisionsClient */.Uy(clientOpts);
    const sleep = opts.sleep ?? retry/* realSleep */.uk;
    const now = opts.now ?? Date.now;
    const pollMs = opts.pollMs ?? 2000;
    const lroTimeoutMs = opts.lroTimeoutMs ?? 600_000;
    const rpcTimeoutMs = opts.rpcTimeoutMs ?? 30_000;
    const counters = { reads: 0, writes: 0, lroPolls: 0, retries: 0 };
    /** the last service read per name: the base of the next write with the same etag */
    const lastRead = new Map();
    const parent = `projects/${opts.project}/locations/${opts.region}`;
    const serviceName = (s) => `${parent}/services/${s}`;
    const revisionName = (s, r) => `${serviceName(s)}/revisions/${r}`;
    // gax mutates call options (headers), so every call gets its own copy
    const call = () => ({
        retry: null,
        timeout: rpcTimeoutMs,
        ...(opts.headers ? { otherArgs: { headers: { ...opts.headers } } } : {}),
    });
    async function read(doing, fn) {
        try {
            return await (0,retry/* withRetry */.bD)(() => {
                counters.reads += 1;
                return fn();
            }, isTransient, opts.retry ?? {}, { sleep, onRetry: () => (counters.retries += 1) });
        }
        catch (err) {
            throw toCloudRunError(err, doing);
        }
    }
    async function readService(service) {
        const [svc] = await read(`reading service ${service} in ${opts.project}/${opts.region}`, () => services.getService({ name: serviceName(service) }, call()));
        lastRead.set(service, svc);
        return svc;
    }
    async function getRevision(service, revision) {
        const [rev] = await read(`reading revision ${revision} of service ${service}`, () => revisions.getRevision({ name: revisionName(service, revision) }, call()));
        return toRevisionSnapshot(rev);
    }
    /** Polls the operation until it is done; errors say which operation and what it was for. */
    async function awaitOperation(op, doing) {
        const deadline = now() + lroTimeoutMs;
        while (!op.latestResponse.done) {
            if (now() >= deadline) {
                throw new ports/* CloudRunError */.D('timeout', `Cloud Run: ${doing}: operation ${op.name} was not done after ${lroTimeoutMs} ms` +
                    `${opts.lroTimeoutWhy ? ` (the bound: ${opts.lroTimeoutWhy})` : ''}. ` +
                    'The write was accepted and may still complete; re-run to read the service again.');
            }
            await sleep(Math.min(pollMs, Math.max(0, deadline - now())));
            counters.lroPolls += 1;
            try {
                await op.getOperation();
            }
            catch (err) {
                if (op.latestResponse.done)
                    break; // the operation itself failed; reported below
                if (!isTransient(err))
                    throw toCloudRunError(err, `${doing}: polling operation ${op.name}`);
                counters.retries += 1; // polling is a read: try again at the next tick
            }
        }
        const error = op.latestResponse.error;
        if (error && (error.code ?? 0) !== 0)
            throw lroFailed(doing, op.name, error);
        return op.result;
    }
    /** The service as read with `etag`: the cached read, or one fresh read that must match. */
    async function baseFor(service, etag) {
        const cached = lastRead.get(service);
        if (cached?.etag === etag)
            return cached;
        const fresh = await readService(service);
        if (fresh.etag !== etag) {
            const who = fresh.lastModifier ? ` by ${fresh.lastModifier}` : '';
            throw new ports/* CloudRunError */.D('conflict', `Cloud Run: updating service ${service} (etag ${etag}): the service was changed${who} since it was read ` +
                `(now etag ${fresh.etag}); read it again and re-plan.`);
        }
        return fresh;
    }
    async function updateService(service, etag, update) {
        const doing = `updating service ${service} (etag ${etag})`;
        const reserved = Object.keys(update.annotations ?? {}).filter((k) => RESERVED_ANNOTATION.test(k));
        if (reserved.length) {
            throw new ports/* CloudRunError */.D('invalid', `Cloud Run: ${doing}: annotation ${reserved.join(', ')} is in a namespace the v2 API reserves; use another prefix.`);
        }
        const base = await baseFor(service, etag);
        const request = buildUpdate(base, etag, update);
        let op;
        try {
            counters.writes += 1;
            [op] = (await services.updateService(request, call()));
        }
        catch (err) {
            throw toCloudRunError(err, doing);
        }
        const result = await awaitOperation(op, doing);
        lastRead.set(service, result);
        return toServiceSnapshot(result);
    }
    async function waitForRevision(service, revision, timeoutMs) {
        const deadline = now() + timeoutMs;
        for (;;) {
            const rev = await getRevision(service, revision);
            if (rev.ready !== null)
                return rev;
            if (now() >= deadline) {
                throw new ports/* CloudRunError */.D('timeout', `Cloud Run: waiting for revision ${revision} of service ${service}: still not ready after ${timeoutMs} ms; ` +
                    'check the revision in the Cloud Run console (logs) and re-run.');
            }
            await sleep(Math.min(pollMs, Math.max(0, deadline - now())));
        }
    }
    return {
        counters,
        getService: async (service) => toServiceSnapshot(await readService(service)),
        getRevision,
        listRevisions: async (service) => {
            const [list] = await read(`listing revisions of service ${service}`, () => revisions.listRevisions({ parent: serviceName(service) }, call()));
            return list.map(toRevisionSnapshot);
        },
        updateService,
        waitForRevision,
        listServices: async () => {
            const [list] = await read(`listing the services in ${opts.project}/${opts.region}`, () => services.listServices({ parent }, call()));
            return list.map(toServiceSnapshot);
        },
        close: async () => {
            await Promise.all([services.close(), revisions.close()]);
        },
    };
}


/***/ }),

/***/ 79771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ writeTextAtomic),
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// File reads and writes for the CLI and the action, with errors that name the file.


async function readText(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(e);
        throw new Error(`reading ${what} ${path}: ${why}`);
    }
}
/** Write atomically (temp file + rename) so a reader never sees half a config. */
async function writeTextAtomic(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path) || '.', { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
}


/***/ }),

/***/ 33240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ checkPolicySteps)
/* harmony export */ });
/* unused harmony exports haproxyBinary, placeholderPem, runHaproxyCheck, checkPolicyConfig */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14930);
// Runs the real `haproxy -c` on a rendered config. Files the config names that exist only on the
// production host (certificate, CA, map) are replaced by local stand-ins so the check works on any
// machine; the check is about the configuration's syntax and semantics, not those files.







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
function haproxyBinary() {
    return process.env.HAPROXY_BIN || 'haproxy';
}
/** A throwaway self-signed certificate+key PEM, for checks where the real one is not here. */
async function placeholderPem(dir) {
    const key = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'placeholder.key');
    const crt = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'placeholder.crt');
    await run('openssl', [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=canary-relay-check',
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        crt,
    ]).catch((e) => {
        throw new Error(`making a placeholder certificate for haproxy -c with openssl: ${e.message}; install openssl`);
    });
    const pem = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'placeholder.pem');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(pem, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(crt, 'utf8')) + (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(key, 'utf8')));
    return pem;
}
async function runHaproxyCheck(configPath) {
    try {
        // a fleet's config binds the runtime API named in the environment: a local stand-in here
        const env = { ...process.env, [_render_index_js__WEBPACK_IMPORTED_MODULE_6__/* .FLEET_RUNTIME_API_ENV */ .fA]: configPath.replace(/[^/]*$/, 'runtime.sock') };
        const { stdout, stderr } = await run(haproxyBinary(), ['-c', '-f', configPath], { env });
        return { code: 0, output: (stdout + stderr).trim() };
    }
    catch (e) {
        const err = e;
        if (err.code === 'ENOENT') {
            throw new Error('running haproxy -c: haproxy is not installed; install it (apt-get install haproxy) or set HAPROXY_BIN');
        }
        return {
            code: typeof err.code === 'number' ? err.code : 1,
            output: `${err.stdout ?? ''}${err.stderr ?? ''}`.trim(),
        };
    }
}
/** A config's meaning without its comments: steps whose configs are equal up to comments differ
 *  only in the percent map's contents (renderMap checks those), so one `haproxy -c` covers them. */
function withoutComments(config) {
    return config
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('#'))
        .join('\n');
}
/** Above this many services, `ca-file @system-ca` is checked on its own (see checkPolicySteps). */
const SYSTEM_CA_MAX_SERVICES = 20;
/** Run `fn` over `items` with at most `limit` in flight. */
async function inParallel(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/**
 * Render `policy` offline at each of `steps` with local stand-ins and check it with the real
 * haproxy: one temporary folder and at most one placeholder certificate per call, one `haproxy -c`
 * per distinct config (in parallel), and the folder is removed whatever happens.
 */
async function checkPolicySteps(policy, steps) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'canary-relay-check-'));
    try {
        const notes = [];
        const h = policy.haproxy;
        let certificate = h.certificate;
        let caFile = h.caFile;
        if (certificate && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(certificate)) {
            certificate = await placeholderPem(dir);
            notes.push(`certificate ${h.certificate} is not on this machine; checked with a placeholder`);
        }
        if (caFile !== '@system-ca' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(caFile)) {
            caFile = certificate ?? (await placeholderPem(dir));
            notes.push(`ca-file ${h.caFile} is not on this machine; checked with a placeholder`);
        }
        // HAProxy 2.6 loads the system store for every server (~0.4 ms each): a large config is checked
        // with a one-certificate stand-in, and @system-ca itself in a one-service config beside it
        const systemCaAlone = caFile === '@system-ca' && policy.services.length > SYSTEM_CA_MAX_SERVICES;
        if (systemCaAlone) {
            caFile = certificate ?? (await placeholderPem(dir));
            notes.push(`ca-file @system-ca checked in a one-service config; the ${policy.services.length}-service config with a one-certificate stand-in`);
        }
        const standIns = await issue12StandIns(policy, dir, certificate, notes);
        const groups = new Map();
        for (const step of steps) {
            const stepDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `step-${step}`);
            const mapFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(stepDir, 'canary.map');
            const config = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderHaproxy */ .w6)(policy, {
                step,
                offline: true,
                overrides: { certificate, caFile, mapFile, statsSocket: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(stepDir, 'admin.sock'), ...standIns },
            });
            const key = withoutComments(config.replaceAll(stepDir, 'STEP'));
            const group = groups.get(key);
            if (group) {
                group.steps.push(step);
                continue;
            }
            groups.set(key, { steps: [step], config, configPath: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(stepDir, 'haproxy.cfg') });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(stepDir);
            for (const f of (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMapFiles */ .At)(policy, step, mapFile))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(f.path, f.text);
        }
        if (systemCaAlone) {
            const one = { ...policy, services: [policy.services[0]] };
            const oneDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'system-ca');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(oneDir);
            const mapFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(oneDir, 'canary.map');
            for (const f of (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMapFiles */ .At)(one, steps[0], mapFile))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(f.path, f.text);
            const config = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderHaproxy */ .w6)(one, {
                step: steps[0],
                offline: true,
                overrides: {
                    certificate,
                    caFile: '@system-ca',
                    mapFile,
                    statsSocket: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(oneDir, 'admin.sock'),
                    ...standIns,
                },
            });
            groups.set('@system-ca', {
                steps: [steps[0]],
                config,
                configPath: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(oneDir, 'haproxy.cfg'),
                what: 'ca-file @system-ca (one service)',
            });
        }
        const checks = await inParallel([...groups.values()], Math.max(1, (0,node_os__WEBPACK_IMPORTED_MODULE_3__.availableParallelism)()), async (g) => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(g.configPath, g.config);
            return {
                steps: g.steps,
                ...(g.what ? { what: g.what } : {}),
                ...(await runHaproxyCheck(g.configPath)),
            };
        });
        return { ok: checks.every((c) => c.code === 0), checks, notes };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    }
}
/** Stand-ins for the client CA, the token map and the server-state file (issue 12). */
async function issue12StandIns(policy, dir, certificate, notes) {
    const h = policy.haproxy;
    const tokenMap = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'tokens.map');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tokenMap, '', { mode: 0o600 });
    const serverStateFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'server.state');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(serverStateFile, '1\n'); // an empty state file of format version 1
    let clientCa = h.clientCa;
    if (clientCa !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(clientCa)) {
        clientCa = certificate ?? (await placeholderPem(dir));
        notes.push(`client-ca ${h.clientCa} is not on this machine; checked with a placeholder`);
    }
    return { clientCa, tokenMap, serverStateFile };
}
/** Render `policy` at `step` offline with local stand-ins and check it with the real haproxy. */
async function checkPolicyConfig(policy, step) {
    const r = await checkPolicySteps(policy, [step]);
    const c = r.checks[0];
    return { ok: r.ok, code: c.code, output: c.output, notes: r.notes };
}


/***/ }),

/***/ 98648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wl: () => (/* binding */ HaproxyRuntime)
/* harmony export */ });
/* unused harmony exports parseCsv, rewriteMapFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
// HAProxy runtime API client (stats socket, `level admin`): TCP `host:port` or a unix socket path.
// One connection per command (non-interactive mode: HAProxy answers and closes).
// setPercent also rewrites the map file on disk, atomically, so a reload keeps the runtime value.



const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const VALUE = /^[A-Za-z0-9._:/-]{1,256}$/;
const MAP_FILE = /^[A-Za-z0-9_./][A-Za-z0-9_./@+-]{0,1023}$/;
class HaproxyRuntime {
    address;
    timeoutMs;
    persist;
    constructor(address, opts = {}) {
        this.address = address;
        this.timeoutMs = opts.timeoutMs ?? 5000;
        this.persist = opts.persistMapFile ?? true;
    }
    /** Send one runtime API command; resolves with HAProxy's whole answer. */
    command(cmd) {
        if (/[\r\n;]/.test(cmd)) {
            return Promise.reject(new Error(`HAProxy runtime API: refusing a command with a newline or ';': ${JSON.stringify(cmd)}`));
        }
        return new Promise((resolve, reject) => {
            const sock = this.connect();
            let out = '';
            const fail = (e) => {
                sock.destroy();
                reject(new Error(`HAProxy runtime API at ${this.address}: "${cmd}" failed: ${e.message}`));
            };
            sock.setTimeout(this.timeoutMs, () => fail(new Error(`no answer within ${this.timeoutMs} ms`)));
            sock.setEncoding('utf8');
            sock.on('connect', () => sock.write(`${cmd}\n`));
            sock.on('data', (d) => (out += d));
            sock.on('error', fail);
            sock.on('end', () => {
                sock.destroy();
                resolve(out);
            });
        });
    }
    connect() {
        if (this.address.startsWith('/'))
            return node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ path: this.address });
        const i = this.address.lastIndexOf(':');
        const host = this.address.slice(0, i).replace(/^\[|\]$/g, '') || '127.0.0.1';
        return node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ host, port: Number(this.address.slice(i + 1)) });
    }
    /** `show stat` parsed by column name (pxname, svname, status, req_tot, hrsp_5xx, ...). */
    async showStat() {
        return parseCsv(await this.command('show stat'), 'show stat');
    }
    /** `show servers state` parsed by column name (be_name, srv_name, srv_op_state, ...). */
    async showServersState() {
        const text = await this.command('show servers state');
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        const head = lines.find((l) => l.startsWith('#'));
        if (!head)
            throw new Error(`HAProxy runtime API at ${this.address}: "show servers state" gave no header: ${text.trim()}`);
        const cols = head.replace(/^#\s*/, '').split(/\s+/);
        return lines
            .filter((l) => !l.startsWith('#') && /\s/.test(l))
            .map((l) => Object.fromEntries(l
            .trim()
            .split(/\s+/)
            .map((v, j) => [cols[j] ?? `col${j}`, v])));
    }
    async showMap(mapFile) {
        checkMapFile(mapFile);
        const text = await this.command(`show map ${mapFile}`);
        const entries = [];
        for (const line of text.split('\n')) {
            if (line.trim() === '')
                continue;
            const m = /^(0x[0-9a-fA-F]+)\s+(\S+)\s+(.*)$/.exec(line);
            if (!m)
                throw new Error(`HAProxy runtime API at ${this.address}: show map ${mapFile}: ${text.trim()}`);
            entries.push({ id: m[1], key: m[2], value: m[3].trim() });
        }
        return entries;
    }
    /** Set a map entry at runtime (`set map`, or `add map` when the key is new). Memory only. */
    async setMap(mapFile, key, value) {
        checkMapFile(mapFile);
        if (!KEY.test(key))
            throw new Error(`HAProxy runtime API: map key ${JSON.stringify(key)} is not a plain name`);
        if (!VALUE.test(value))
            throw new Error(`HAProxy runtime API: map value ${JSON.stringify(value)} is not plain`);
        const present = (await this.showMap(mapFile)).some((e) => e.key === key);
        const verb = present ? 'set' : 'add';
        const answer = (await this.command(`${verb} map ${mapFile} ${key} ${value}`)).trim();
        if (answer !== '') {
            throw new Error(`HAProxy runtime API at ${this.address}: ${verb} map ${mapFile} ${key} ${value}: ${answer}`);
        }
    }
    async setPercent(mapFile, service, percent) {
        if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
            throw new Error(`setting the canary percent of ${service}: ${percent} is not a whole number 0..100`);
        }
        await this.setMap(mapFile, service, String(percent));
        if (this.persist) {
            try {
                await rewriteMapFile(mapFile, service, String(percent));
            }
            catch (e) {
                throw new Error(`set ${service} to ${percent}% at runtime, but rewriting ${mapFile} failed (a reload would lose it): ${e.message}`);
            }
        }
    }
    /** Sets each entry of `want` that differs (null: delete it, the config's fallback applies), on
     *  disk too unless memory only, then reads the map back. Returns what changed ("key a -> b"). */
    async setEntries(mapFile, want) {
        const live = await this.getEntries(mapFile);
        const changes = [];
        for (const [key, value] of Object.entries(want)) {
            if ((live[key] ?? null) === value)
                continue;
            if (value === null)
                await this.delMap(mapFile, key);
            else
                await this.setMap(mapFile, key, value);
            if (this.persist)
                await rewriteMapFile(mapFile, key, value);
            changes.push(`${key} ${live[key] ?? '(none)'} -> ${value ?? '(none)'}`);
        }
        const after = await this.getEntries(mapFile);
        const off = Object.entries(want).filter(([k, v]) => (after[k] ?? null) !== v);
        if (off.length > 0)
            throw new Error(`show map ${mapFile} reads ${off.map(([k]) => `${k} ${after[k] ?? 'nothing'}`).join(', ')} after the change`);
        return changes;
    }
    /** The map as key → value (the last entry wins, as HAProxy's lookup of a duplicated key does not
     *  matter here: canary-relay never adds one twice). */
    async getEntries(mapFile) {
        return Object.fromEntries((await this.showMap(mapFile)).map((e) => [e.key, e.value]));
    }
    /** Deletes a key at runtime (`del map`); nothing to do when it is absent. Memory only. */
    async delMap(mapFile, key) {
        checkMapFile(mapFile);
        if (!KEY.test(key))
            throw new Error(`HAProxy runtime API: map key ${JSON.stringify(key)} is not a plain name`);
        const answer = (await this.command(`del map ${mapFile} ${key}`)).trim();
        if (answer !== '' && !/not found/i.test(answer))
            throw new Error(`HAProxy runtime API at ${this.address}: del map ${mapFile} ${key}: ${answer}`);
    }
    async getPercents(mapFile) {
        const out = {};
        for (const e of await this.showMap(mapFile)) {
            const n = Number(e.value);
            if (!Number.isInteger(n))
                throw new Error(`map ${mapFile}: ${e.key} has a non-integer percent "${e.value}"`);
            out[e.key] = n;
        }
        return out;
    }
}
function checkMapFile(mapFile) {
    if (!MAP_FILE.test(mapFile))
        throw new Error(`HAProxy runtime API: map file ${JSON.stringify(mapFile)} is not a plain path`);
}
/** Parse HAProxy CSV (`# col,col,...` header); empty trailing column dropped. */
function parseCsv(text, what) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0 || !lines[0].startsWith('# ')) {
        throw new Error(`HAProxy runtime API: ${what} did not answer CSV: ${text.trim().slice(0, 200)}`);
    }
    const cols = lines[0].slice(2).split(',');
    return lines.slice(1).map((l) => {
        const vals = l.split(',');
        const row = {};
        cols.forEach((c, i) => {
            if (c !== '')
                row[c] = vals[i] ?? '';
        });
        return row;
    });
}
/** Replace (or append) `key value` in a map file, or drop the key when `value` is null; write to a
 *  temp file and rename (atomic). */
async function rewriteMapFile(mapFile, key, value) {
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(mapFile, 'utf8');
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    const lines = text.split('\n').filter((l, i, all) => !(l === '' && i === all.length - 1));
    let found = false;
    const next = lines.flatMap((l) => {
        const m = /^\s*(\S+)\s/.exec(l);
        if (!l.trimStart().startsWith('#') && m && m[1] === key) {
            found = true;
            return value === null ? [] : [`${key} ${value}`];
        }
        return [l];
    });
    if (!found && value !== null)
        next.push(`${key} ${value}`);
    const tmp = `${mapFile}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, next.join('\n') + '\n', { mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, mapFile);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}


/***/ }),

/***/ 67171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ validatePolicyInWorkspace)
/* harmony export */ });
/* unused harmony export outputProblem */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46671);
/* harmony import */ var _render_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66607);
// Where the rendered files would really land: `haproxy.output` (and the map written next to it)
// resolved in the workspace with every symlink followed, so a committed symlink cannot carry a
// write out of the checkout or into git's own files. The CLI's validate and the action call
// validatePolicyInWorkspace before anything is written.




const MAX_LINKS = 40; // as Linux's path resolution
/** `rel` inside `root` with symlinks followed component by component (missing parts kept as written). */
async function resolveFollowingLinks(root, rel) {
    const links = [];
    const rest = rel.split('/').filter((s) => s !== '' && s !== '.');
    let current = root;
    while (rest.length > 0) {
        const seg = rest.shift();
        if (seg === '..') {
            current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
            continue;
        }
        const next = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, seg);
        let isLink;
        try {
            isLink = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(next)).isSymbolicLink();
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
            return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(next, ...rest), links };
        }
        if (!isLink) {
            current = next;
            continue;
        }
        if (links.length >= MAX_LINKS)
            throw new Error(`more than ${MAX_LINKS} symlinks (a loop?) at ${next}`);
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(next);
        links.push(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, next) || next} -> ${target}`);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target))
            current = node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
        rest.unshift(...target.split('/').filter((s) => s !== '' && s !== '.'));
    }
    return { path: current, links };
}
/** Null when `output` lands inside the workspace and outside .git, else what is wrong. */
async function outputProblem(workspace, output) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace);
    for (const file of (0,_render_output_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFiles */ .L)(output)) {
        let r;
        try {
            r = await resolveFollowingLinks(root, file);
        }
        catch (e) {
            return `${JSON.stringify(file)} cannot be resolved in the workspace: ${e.message}`;
        }
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, r.path);
        const via = r.links.length ? ` (through the symlink ${r.links.join(', ')})` : '';
        const what = file === output ? JSON.stringify(output) : `the map file ${JSON.stringify(file)} written next to it`;
        if (inside === '' || inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
            return (`${what} resolves${via} to ${r.path}, outside the workspace ${root}; ` +
                'write a path inside the repository that no symlink leads out of');
        }
        if (inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)[0].toLowerCase() === '.git') {
            return `${what} resolves${via} to ${r.path}, inside .git; the rendered config must not overwrite git's files`;
        }
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(r.path).catch(() => null);
        if (stat?.isDirectory())
            return `${what} resolves${via} to the directory ${r.path}; name a file`;
    }
    return null;
}
/** validatePolicyText, then where the outputs would land (I/O); positions point at `haproxy.output`. */
async function validatePolicyInWorkspace(text, file, workspace) {
    const r = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePolicyText */ .Op)(text, file);
    if (!r.ok)
        return r;
    const problem = await outputProblem(workspace, r.policy.haproxy.output);
    if (problem === null)
        return r;
    return { ok: false, errors: [(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .policyErrorAt */ .qL)(text, file, ['haproxy', 'output'], problem)] };
}


/***/ }),

/***/ 16378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
// Retry with exponential backoff and jitter, for idempotent calls only: the caller decides
// which errors are worth another attempt (for Cloud Run: UNAVAILABLE, DEADLINE_EXCEEDED,
// RESOURCE_EXHAUSTED). Writes are never wrapped in this — a repeated write could apply twice.
/** The delay before retry number `retry` (1-based): half fixed, half jitter, capped. */
function backoffDelay(retry, policy, random = Math.random) {
    const base = policy.baseMs ?? 250;
    const max = policy.maxMs ?? 5000;
    const ceiling = Math.min(max, base * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
async function withRetry(fn, retryable, policy, hooks) {
    const attempts = Math.max(1, policy.attempts ?? 4);
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (attempt >= attempts || !retryable(err))
                throw err;
            hooks.onRetry?.(attempt, err);
            await hooks.sleep(backoffDelay(attempt, policy, hooks.random));
        }
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 59184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ attributionPollLogBet),
/* harmony export */   Mm: () => (/* binding */ createMirrorTest),
/* harmony export */   Sn: () => (/* binding */ DEFAULT_PASS_RATIO),
/* harmony export */   V7: () => (/* binding */ createRateTest),
/* harmony export */   Vx: () => (/* binding */ pFromLog),
/* harmony export */   Zz: () => (/* binding */ DEFAULT_LATENCY_TOLERANCE),
/* harmony export */   fp: () => (/* binding */ createFailTest),
/* harmony export */   h9: () => (/* binding */ logMixture),
/* harmony export */   m3: () => (/* binding */ eFromLog)
/* harmony export */ });
/* unused harmony exports RATIO_GRID, geometricGrid, attributionLogLR, createAttributionTest, MIRROR_GRID */
// Anytime-valid e-processes for "is the canary worse than stable?" (see DESIGN.md, Analysis).
//
// Attribution test (two samples): given that a poll saw m = x + y events (errors, or requests
// slower than a threshold), x on the canary and y on stable, and the canary's share of requests
// w, the chance that an event came from the canary is θ(r) = r·w / (r·w + 1 − w) where r is the
// canary/stable event-rate ratio. Per poll the log-likelihood ratio of r_k against r0 is
//   x·ln(θ(r_k)/θ(r0)) + y·ln((1−θ(r_k))/(1−θ(r0)))  =  x·ln(r_k/r0) − m·ln((1 + w(r_k−1)) / (1 + w(r0−1)))
// (the right-hand form is the same number, computed without 0/0 when w is near 0 or 1).
// Each L_k is a test martingale under r = r0 and a supermartingale for every r ≤ r0 when r_k > r0
// (monotone likelihood ratio), also when w changes from poll to poll. Binomial rather than Poisson
// counts make the conditional law hypergeometric, which is smaller in convex order than the
// binomial, so E[e^{L_k}] ≤ 1 still holds. The mixture E = Σ π_k e^{L_k} is then an e-process and
// by Ville's inequality P(sup_t E_t ≥ 1/α) ≤ α: failing when E ≥ 1/α is valid at every poll.
//
// The mirror test swaps the roles: null r ≥ rMax, alternatives below rMax; E ≥ 1/α is evidence
// that the canary is less than rMax times worse: the only way a metric passes.
//
// Clumped events (a retry storm, a sticky client hitting the same bug five times) break the
// per-event product above: one clump of k errors counts as k independent pieces of evidence. The
// judge therefore bets once per poll, on the poll's canary fraction y = x/m (unit 'poll', the
// default). Each clump lands on the canary with chance θ(r) whatever its size, so E[y | m, past]
// = θ(r) for any clumping inside a poll; a bet g(y) linear in y with (1 − θ0)·g(0) + θ0·g(1) = 1 then
// has E[g] ≤ 1 under the null for every such law (a linear g is the only shape for which this holds
// for all laws on [0, 1] with that mean: the worst law is the two-point one). The bet is anchored
// where the alternative is least likely: g equals the likelihood ratio of m independent events
// when they all fall on the side the alternative disfavours (y = 0 for the fail test, y = 1 for
// the mirror), so with one event per poll it is exactly the likelihood ratio, and with independent
// events it loses little while m per poll is small (see README, "How the judge decides").
/** The default alternative grid: 13 ratios, geometric from 1.25 to 16. */
const RATIO_GRID = geometricGrid(1.25, 16, 13);
/** Ratio the mirror test must rule out before an error-rate metric passes (its `tolerance`). */
const DEFAULT_PASS_RATIO = 1.75;
/** The same for latency: the ratio of requests slower than stable's median / p90. */
const DEFAULT_LATENCY_TOLERANCE = 1.5;
/** Largest log E reported as a finite number (e^690 ≈ 1e299, far past any threshold). */
const MAX_LOG_E = 690;
function geometricGrid(from, to, points) {
    if (points === 1)
        return [from];
    const step = Math.pow(to / from, 1 / (points - 1));
    return Array.from({ length: points }, (_, i) => from * Math.pow(step, i));
}
/** log Σ π_k e^{L_k}, computed so that large L neither overflows nor loses the small terms. */
function logMixture(logLR, weights) {
    let max = -Infinity;
    for (const l of logLR)
        if (l > max)
            max = l;
    if (max === -Infinity)
        return -Infinity;
    // Dividing by Σ π (1 up to rounding) keeps E exactly 1 when every L is 0 (no evidence at all).
    let sum = 0;
    let total = 0;
    for (let i = 0; i < logLR.length; i++) {
        sum += weights[i] * Math.exp(logLR[i] - max);
        total += weights[i];
    }
    return max + Math.log(sum / total);
}
/** An e-value as a finite number for reports (JSON has no Infinity). */
function eFromLog(logE) {
    return Math.exp(Math.min(logE, MAX_LOG_E));
}
/** The anytime-valid p-value min(1, 1/E). */
function pFromLog(logE) {
    return Math.min(1, Math.exp(-logE));
}
/**
 * Per-poll log bet for ratio r against r0, valid for any clumping of the poll's m = x + y events:
 * linear in y = x/m, equal to the m-event likelihood ratio at the end the alternative disfavours.
 */
function attributionPollLogBet(x, y, w, r, r0) {
    const m = x + y;
    if (m === 0)
        return 0;
    const t0 = (r0 * w) / (r0 * w + 1 - w);
    const t1 = (r * w) / (r * w + 1 - w);
    let g0; // bet's value when every event is on stable
    let g1; // … when every event is on the canary
    if (r > r0) {
        g0 = Math.exp(m * (Math.log1p(-t1) - Math.log1p(-t0)));
        g1 = (1 - (1 - t0) * g0) / t0;
    }
    else {
        g1 = Math.exp(m * (Math.log(t1) - Math.log(t0)));
        g0 = (1 - t0 * g1) / (1 - t0);
    }
    const frac = x / m;
    const g = g0 + (g1 - g0) * frac;
    return g > 0 ? Math.log(g) : -Infinity;
}
/** Per-poll log-likelihood ratio of ratio r against r0 for the conditional binomial. */
function attributionLogLR(x, y, w, r, r0) {
    const m = x + y;
    if (m === 0)
        return 0;
    return x * Math.log(r / r0) - m * (Math.log1p(w * (r - 1)) - Math.log1p(w * (r0 - 1)));
}
/** Mixture e-process for the rate ratio by error attribution. */
function createAttributionTest(options = {}) {
    const r0 = options.r0 ?? 1;
    const ratios = options.ratios ?? RATIO_GRID;
    const weights = options.weights ?? ratios.map(() => 1 / ratios.length);
    const logLR = ratios.map(() => 0);
    const step = options.unit === 'event' ? attributionLogLR : attributionPollLogBet;
    return {
        update(x, y, w) {
            // A poll where one side had no requests (w = 0 or 1) says nothing about attribution.
            if (x + y === 0 || !(w > 0 && w < 1))
                return;
            for (let k = 0; k < ratios.length; k++)
                logLR[k] += step(x, y, w, ratios[k], r0);
        },
        logE: () => logMixture(logLR, weights),
        r0,
        ratios,
        weights,
        logLRs: () => logLR,
    };
}
/** The fail test: null r ≤ r0, alternatives r0·grid. */
function createFailTest(r0 = 1) {
    return createAttributionTest({ r0, ratios: RATIO_GRID.map((g) => r0 * g) });
}
/**
 * The mirror's alternatives, as divisors of the tolerance: 1.75 and 2.2 (for the default 1.75:
 * ratios 1.0 and 0.8). A pass needs evidence for a canary about as good as stable; alternatives
 * nearer the tolerance or far below 1 only dilute the mixture (measured: README, "How the judge
 * decides").
 */
const MIRROR_GRID = [1.75, 2.2];
/** The mirror (pass) test: null r ≥ rMax, alternatives rMax / MIRROR_GRID. */
function createMirrorTest(rMax = DEFAULT_PASS_RATIO) {
    return createAttributionTest({ r0: rMax, ratios: MIRROR_GRID.map((g) => rMax / g) });
}
/**
 * One-sample test on the canary alone (absolute ceilings): null "event probability ≤ p0" (direction
 * 'above', alternatives with odds p0-odds × grid) or "≥ p0" (direction 'below', the mirror). Grid on
 * the odds keeps every alternative inside (0, 1) whatever p0 is.
 */
function createRateTest(limit, direction) {
    // A limit of exactly 0 or 1 would make every likelihood ratio 0/0; nudge it inside.
    const p0 = Math.min(Math.max(limit, 1e-9), 1 - 1e-9);
    const odds0 = p0 / (1 - p0);
    const alts = RATIO_GRID.map((g) => {
        const odds = direction === 'above' ? odds0 * g : odds0 / g;
        return odds / (1 + odds);
    });
    const weights = alts.map(() => 1 / alts.length);
    const logLR = alts.map(() => 0);
    return {
        update(x, n) {
            if (n <= 0)
                return;
            const ok = n - Math.min(x, n);
            const bad = Math.min(x, n);
            for (let k = 0; k < alts.length; k++) {
                const p = alts[k];
                logLR[k] += bad * Math.log(p / p0) + ok * (Math.log1p(-p) - Math.log1p(-p0));
            }
        },
        logE: () => logMixture(logLR, weights),
    };
}


/***/ }),

/***/ 62561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   _Z: () => (/* binding */ estimateRatio),
/* harmony export */   bX: () => (/* binding */ attributionShare)
/* harmony export */ });
/* unused harmony exports incompleteBeta, betaQuantile, clopperPearson, ratioForCanaryEvents */
// Ratio estimate and interval for the report.
//
// Given the events, the canary's share of them is the natural statistic: x of m events on the
// canary. An exact Clopper–Pearson interval [θL, θU] for that share is mapped to the rate ratio
// r by solving Σ_k m_k·θ(r; w_k) = m·θ, with θ(r; w) = r·w / (r·w + 1 − w) and one term per poll.
// With a constant split this is exactly θ⁻¹ of the Clopper–Pearson bounds; with a split that changes
// between polls it is the same mapping applied to the expected canary events (the point estimate
// solves the same equation with the observed x, which is the conditional maximum-likelihood
// equation). The interval is a fixed-sample 95% interval, shown for reading, not used to decide.
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2))
        return (Math.exp(logFront) * betaContinuedFraction(a, b, x)) / a;
    return 1 - (Math.exp(logFront) * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** Quantile of Beta(a, b) by bisection (the CDF is monotone; 100 halvings reach double precision). */
function betaQuantile(p, a, b) {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
        const mid = (lo + hi) / 2;
        if (incompleteBeta(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Exact (Clopper–Pearson) interval for a binomial proportion x/n at the given level. */
function clopperPearson(x, n, level = 0.95) {
    const tail = (1 - level) / 2;
    const lower = x === 0 ? 0 : betaQuantile(tail, x, n - x + 1);
    const upper = x === n ? 1 : betaQuantile(1 - tail, x + 1, n - x);
    return [lower, upper];
}
/** θ(r; w): the chance an event came from the canary at rate ratio r and canary share w. */
function attributionShare(r, w) {
    return (r * w) / (r * w + 1 - w);
}
/** Expected canary events Σ m_k θ(r; w_k). */
function expectedCanaryEvents(r, parts) {
    let sum = 0;
    for (const p of parts)
        sum += p.m * attributionShare(r, p.w);
    return sum;
}
/** The ratio r at which the expected canary events equal `target` (0 or Infinity at the ends). */
function ratioForCanaryEvents(target, parts) {
    const total = parts.reduce((s, p) => s + p.m, 0);
    if (target <= 0)
        return 0;
    if (target >= total)
        return Infinity;
    let lo = Math.log(1e-9);
    let hi = Math.log(1e9);
    if (expectedCanaryEvents(Math.exp(lo), parts) >= target)
        return 0;
    if (expectedCanaryEvents(Math.exp(hi), parts) <= target)
        return Infinity;
    for (let i = 0; i < 80; i++) {
        const mid = (lo + hi) / 2;
        if (expectedCanaryEvents(Math.exp(mid), parts) < target)
            lo = mid;
        else
            hi = mid;
    }
    return Math.exp((lo + hi) / 2);
}
/**
 * Ratio estimate and 95% interval from the per-poll attribution parts and the canary's events x.
 * The point estimate stays finite when all events sit on one side; the interval's upper end is
 * Infinity when every event was on the canary (JSON shows it as null).
 */
function estimateRatio(x, parts, level = 0.95) {
    const used = parts.filter((p) => p.m > 0 && p.w > 0 && p.w < 1);
    const m = used.reduce((s, p) => s + p.m, 0);
    if (m === 0)
        return null;
    // One pseudo-event split as the null expects (w̄ to the canary) keeps the estimate finite and
    // pulls it towards 1 when there are few events, rather than towards an even split.
    const wBar = used.reduce((s, p) => s + p.m * p.w, 0) / m;
    const shrunk = (m * (x + wBar)) / (m + 1);
    const [lower, upper] = clopperPearson(x, m, level);
    return {
        ratio: ratioForCanaryEvents(shrunk, used),
        interval: [ratioForCanaryEvents(m * lower, used), ratioForCanaryEvents(m * upper, used)],
    };
}


/***/ }),

/***/ 15377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P1: () => (/* binding */ DEFAULT_PASS_ALPHA),
  s_: () => (/* binding */ judgeStage)
});

// UNUSED EXPORTS: DEFAULT_MAX_BAKE_FACTOR, createJudge

// EXTERNAL MODULE: ./src/analysis/evalue.ts
var evalue = __webpack_require__(59184);
;// CONCATENATED MODULE: ./src/analysis/metric.ts
/** Compact number formatting for reason strings. */
function fmt(x, digits = 3) {
    if (x === null || Number.isNaN(x))
        return 'n/a';
    if (x === Infinity)
        return '∞';
    if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3))
        return x.toExponential(2);
    return String(Number(x.toPrecision(digits)));
}
function pct(x) {
    return x === null ? 'n/a' : `${fmt(x * 100)}%`;
}
/**
 * "E = 3.2 (fails at 100)" style summary of an e-value against its threshold; with both a vs-stable
 * test and a ceiling, E is their average and both parts are named so the reader sees which one moved.
 */
function eText(logE, alpha, parts) {
    const e = (l) => fmt(Math.exp(Math.min(l, 690)));
    const split = parts ? ` = mean of vs-stable ${e(parts.vsStable)} and ceiling ${e(parts.ceiling)}` : '';
    return `E${split} = ${e(logE)} (fails at ${fmt(1 / alpha)})`;
}

;// CONCATENATED MODULE: ./src/analysis/ceilings.ts


const CUSTOM_BREACHES_TO_FAIL = 2;
/** A one-sample ceiling "event probability ≤ limit" with its mirror test. */
function createCeiling(limit, what) {
    const fail = (0,evalue/* createRateTest */.V7)(limit, 'above');
    const mirror = (0,evalue/* createRateTest */.V7)(limit, 'below');
    return {
        limit,
        what,
        fail,
        mirror,
        update(events, trials) {
            fail.update(events, trials);
            mirror.update(events, trials);
        },
    };
}
/** The custom-metric rule: bounds on the canary's reported value, debounced over polls. */
function createCustomTester(metric) {
    let last = null;
    let lastStable = null;
    let seen = 0;
    let streak = 0;
    let failure = null;
    let canaryRequests = 0;
    let stableRequests = 0;
    const breach = (v) => {
        if (metric.min !== undefined && v < metric.min)
            return `${fmt(v)} is below the minimum ${fmt(metric.min)}`;
        if (metric.max !== undefined && v > metric.max)
            return `${fmt(v)} is above the maximum ${fmt(metric.max)}`;
        return null;
    };
    return {
        label: `custom ${metric.name}`,
        statistical: false,
        add(poll) {
            canaryRequests += poll.canary.requests;
            stableRequests += poll.stable.requests;
            const s = poll.stable.custom?.[metric.name];
            if (typeof s === 'number' && Number.isFinite(s))
                lastStable = s;
            const v = poll.canary.custom?.[metric.name];
            if (typeof v !== 'number' || !Number.isFinite(v))
                return; // missing: neither a breach nor a pass
            last = v;
            seen++;
            const b = breach(v);
            streak = b ? streak + 1 : 0;
            if (b && streak >= CUSTOM_BREACHES_TO_FAIL && !failure) {
                failure = `canary ${metric.name} ${b} on ${streak} consecutive polls`;
            }
        },
        failLogE: () => 0,
        mirrorPassed: () => false, // no evidence model: passes by its rule at the end of the bake
        blocked: () => null,
        missing: () => (seen === 0 ? `no value reported for ${metric.name}` : ''),
        ruleFailure: () => failure,
        enoughTraffic: () => seen > 0,
        evidence(ctx) {
            const bounds = [
                metric.min !== undefined ? `min ${fmt(metric.min)}` : '',
                metric.max !== undefined ? `max ${fmt(metric.max)}` : '',
            ]
                .filter(Boolean)
                .join(', ');
            const detail = failure ??
                (seen === 0
                    ? `no value reported for ${metric.name}`
                    : `canary ${metric.name} ${fmt(last)} (${bounds}); ${seen} values seen`);
            return {
                metric: `custom ${metric.name}`,
                verdict: ctx.verdict,
                canaryValue: last,
                stableValue: lastStable,
                canaryRequests,
                stableRequests,
                canaryEvents: 0,
                stableEvents: 0,
                e: 1,
                pValue: 1,
                ratio: null,
                ratioInterval: null,
                reason: ctx.verdictNote ? `${ctx.verdictNote}: ${detail}` : detail,
            };
        },
    };
}

// EXTERNAL MODULE: ./src/analysis/interval.ts
var interval = __webpack_require__(62561);
// EXTERNAL MODULE: ./src/analysis/power.ts
var power = __webpack_require__(6215);
;// CONCATENATED MODULE: ./src/analysis/error-rate.ts





function createErrorRateTester(metric, defaultTolerance) {
    const tolerance = metric.tolerance ?? defaultTolerance ?? evalue/* DEFAULT_PASS_RATIO */.Sn;
    const absolute = metric.absolute === true;
    const ceiling = metric.max !== undefined ? createCeiling(metric.max, 'error rate') : null;
    // the vs-stable test also serves a non-absolute ceiling ("worse than stable" half)
    const relative = metric.vsBaseline || (ceiling && !absolute)
        ? { fail: (0,evalue/* createFailTest */.fp)(1), mirror: (0,evalue/* createMirrorTest */.Mm)(tolerance) }
        : null;
    const parts = [];
    const totals = { canaryRequests: 0, stableRequests: 0, canaryErrors: 0, stableErrors: 0, attributedX: 0 };
    let comparedPolls = 0;
    const failLogE = () => {
        const rel = relative ? relative.fail.logE() : 0;
        if (!ceiling)
            return metric.vsBaseline ? rel : 0;
        const ceil = ceiling.fail.logE();
        if (!absolute)
            return metric.vsBaseline ? rel : Math.min(ceil, rel);
        if (!metric.vsBaseline)
            return ceil;
        return (0,evalue/* logMixture */.h9)([rel, ceil], [0.5, 0.5]);
    };
    const estimate = () => (relative ? (0,interval/* estimateRatio */._Z)(totals.attributedX, parts) : null);
    const forecastPolls = (alpha) => {
        if (!relative || !metric.vsBaseline || comparedPolls === 0)
            return undefined;
        const events = parts.reduce((s, p) => s + p.m, 0);
        const share = parts.reduce((s, p) => s + p.w, 0) / parts.length;
        return (0,power/* pollsToPass */.h)({
            test: relative.mirror,
            threshold: Math.log(1 / alpha),
            eventsPerPoll: events / comparedPolls,
            share,
            ratio: estimate()?.ratio ?? 1,
        });
    };
    const tester = {
        label: 'error-rate',
        statistical: metric.vsBaseline || ceiling !== null,
        add(poll) {
            const c = poll.canary;
            const s = poll.stable;
            totals.canaryRequests += c.requests;
            totals.stableRequests += s.requests;
            totals.canaryErrors += c.errors;
            totals.stableErrors += s.errors;
            const n = c.requests + s.requests;
            const w = n > 0 ? c.requests / n : 0;
            if (relative && w > 0 && w < 1) {
                relative.fail.update(c.errors, s.errors, w);
                relative.mirror.update(c.errors, s.errors, w);
                parts.push({ m: c.errors + s.errors, w });
                totals.attributedX += c.errors;
                comparedPolls++;
            }
            ceiling?.update(c.errors, c.requests);
        },
        failLogE,
        mirrorPassed(alpha) {
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline && relative && relative.mirror.logE() < threshold)
                return false;
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold)
                return false;
            return metric.vsBaseline || ceiling !== null;
        },
        blocked: () => null,
        ruleFailure: () => null,
        enoughTraffic(minRequests) {
            if (totals.canaryRequests < minRequests)
                return false;
            return !relative || totals.stableRequests >= minRequests;
        },
        missing(alpha, minRequests) {
            const lacks = [];
            if (totals.canaryRequests < minRequests || (relative && totals.stableRequests < minRequests)) {
                lacks.push(`fewer than ${minRequests} requests on a side (canary ${totals.canaryRequests}, stable ${totals.stableRequests})`);
            }
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline && relative && relative.mirror.logE() < threshold) {
                const none = totals.canaryErrors + totals.stableErrors === 0;
                lacks.push(none
                    ? `no errors on either side yet, so nothing shows the canary below ${fmt(tolerance)}× stable's error rate`
                    : `no evidence yet that the canary's error rate is below ${fmt(tolerance)}× stable's ` +
                        `(pass E ${fmt((0,evalue/* eFromLog */.m3)(relative.mirror.logE()))}, needs ${fmt(1 / alpha)})`);
            }
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) {
                lacks.push(`no evidence yet that the canary is below the ${pct(ceiling.limit)} ceiling`);
            }
            return lacks.join('; ');
        },
        evidence(ctx) {
            const canaryValue = totals.canaryRequests > 0 ? totals.canaryErrors / totals.canaryRequests : null;
            const stableValue = totals.stableRequests > 0 ? totals.stableErrors / totals.stableRequests : null;
            const est = estimate();
            const logE = failLogE();
            const out = {
                metric: 'error-rate',
                verdict: ctx.verdict,
                canaryValue,
                stableValue,
                canaryRequests: totals.canaryRequests,
                stableRequests: totals.stableRequests,
                canaryEvents: totals.canaryErrors,
                stableEvents: totals.stableErrors,
                e: (0,evalue/* eFromLog */.m3)(logE),
                pValue: (0,evalue/* pFromLog */.Vx)(logE),
                ratio: est ? est.ratio : null,
                ratioInterval: est ? est.interval : null,
                alpha: ctx.alpha,
                reason: reason(ctx, logE, canaryValue, stableValue, est),
            };
            if (metric.vsBaseline && relative) {
                out.tolerance = tolerance;
                out.passE = (0,evalue/* eFromLog */.m3)(relative.mirror.logE());
            }
            if (ctx.verdict === 'running' || ctx.verdict === 'inconclusive') {
                const lacks = tester.missing(ctx.passAlpha ?? ctx.alpha, ctx.minRequests);
                if (lacks)
                    out.missing = lacks;
                const polls = forecastPolls(ctx.passAlpha ?? ctx.alpha);
                if (polls !== undefined && ctx.intervalSeconds)
                    out.secondsToPass = polls === null ? null : Math.round(polls * ctx.intervalSeconds);
            }
            return out;
        },
    };
    return tester;
    function reason(ctx, logE, canaryValue, stableValue, est) {
        const values = `canary ${pct(canaryValue)} vs stable ${pct(stableValue)} errors`;
        const ratio = est
            ? `, ratio ${fmt(est.ratio)} (95% CI ${fmt(est.interval[0])}–${fmt(est.interval[1])})`
            : '';
        let ceil = '';
        if (metric.max !== undefined) {
            const shared = !absolute &&
                canaryValue !== null &&
                stableValue !== null &&
                canaryValue > metric.max &&
                stableValue > metric.max;
            ceil = shared
                ? `, both sides above the ${pct(metric.max)} ceiling (a shared incident: the ceiling fails the canary only when it is also worse than stable)`
                : `, ceiling ${pct(metric.max)}${absolute ? ' (absolute)' : ''}`;
        }
        const parts = relative && ceiling && absolute && metric.vsBaseline
            ? { vsStable: relative.fail.logE(), ceiling: ceiling.fail.logE() }
            : undefined;
        const head = `${values}${ratio}${ceil}; ${eText(logE, ctx.alpha, parts)}`;
        return ctx.verdictNote ? `${ctx.verdictNote}: ${head}` : head;
    }
}

;// CONCATENATED MODULE: ./src/analysis/latency.ts





const REFERENCE_QUANTILES = [0.5, 0.9, 0.99];
/** Stable requests needed to set thresholds in-stage when no reference histogram was given. */
const REFERENCE_MIN_REQUESTS = 100;
function histogramTotal(h) {
    let n = 0;
    for (const c of h.counts)
        n += c;
    return n;
}
/** Requests slower than τ ms: buckets whose lower edge is ≥ τ. */
function countAbove(h, tau) {
    let n = 0;
    for (let i = 1; i < h.counts.length; i++)
        if (h.bounds[i - 1] >= tau)
            n += h.counts[i];
    return n;
}
/** The bucket bound at or above the q-quantile (null when it lies in the +Inf bucket or no data). */
function quantileBound(h, q) {
    const total = histogramTotal(h);
    if (total === 0)
        return null;
    let cum = 0;
    for (let i = 0; i < h.bounds.length; i++) {
        cum += h.counts[i];
        if (cum >= q * total)
            return h.bounds[i];
    }
    return null;
}
/** Thresholds from a reference histogram, one per reference quantile, without duplicates. */
function thresholdsFrom(reference) {
    return [...new Set(taggedThresholds(reference).map((t) => t.tau))];
}
/** Each threshold with the lowest reference quantile that gave it. */
function taggedThresholds(reference) {
    const out = [];
    for (const q of REFERENCE_QUANTILES) {
        const tau = quantileBound(reference, q);
        if (tau !== null && !out.some((t) => t.tau === tau))
            out.push({ tau, q });
    }
    return out;
}
/** Cloud Run cold starts: a new instance's first requests are slow for tens of seconds. */
const DEFAULT_WARMUP_MS = 60_000;
/** Reference quantiles whose thresholds a pass must clear (median and p90). */
const PASS_QUANTILES = new Set([0.5, 0.9]);
/**
 * The q-quantile by linear interpolation inside its bucket (the first bucket starts at 0 ms). In
 * the +Inf bucket the last finite bound is returned: the true value is at least that.
 */
function estimateQuantile(h, q) {
    const total = histogramTotal(h);
    if (total === 0)
        return null;
    const target = q * total;
    let cum = 0;
    for (let i = 0; i < h.counts.length; i++) {
        const before = cum;
        cum += h.counts[i];
        if (cum >= target && h.counts[i] > 0) {
            if (i >= h.bounds.length)
                return h.bounds[h.bounds.length - 1] ?? null;
            const lower = i === 0 ? 0 : h.bounds[i - 1];
            return lower + (h.bounds[i] - lower) * ((target - before) / h.counts[i]);
        }
    }
    return h.bounds[h.bounds.length - 1] ?? null;
}
function sameBounds(a, b) {
    return a.bounds.length === b.bounds.length && a.bounds.every((x, i) => x === b.bounds[i]);
}
function addInto(acc, h) {
    if (!acc)
        return { bounds: [...h.bounds], counts: [...h.counts] };
    for (let i = 0; i < acc.counts.length; i++)
        acc.counts[i] += h.counts[i];
    return acc;
}
function createLatencyTester(metric, stableReference, defaultTolerance = evalue/* DEFAULT_LATENCY_TOLERANCE */.Zz) {
    const label = `latency p${fmt(metric.quantile * 100)}`;
    const tolerance = metric.tolerance ?? defaultTolerance;
    const absolute = metric.absolute === true;
    const warmupS = (metric.warmupMs ?? DEFAULT_WARMUP_MS) / 1000;
    const ceiling = metric.maxMs !== undefined
        ? createCeiling(1 - metric.quantile, `latency above ${metric.maxMs} ms`)
        : null;
    const relativeWanted = metric.vsBaseline || (ceiling !== null && !absolute);
    let tests = null;
    let bootstrap = null;
    let canaryHist = null;
    let stableHist = null;
    const cold = {
        canary: null,
        stable: null,
        until: null,
    };
    let lastT = 0;
    let blockedReason = null;
    let comparedPolls = 0;
    const startTests = (reference, notes, source) => {
        const tagged = taggedThresholds(reference);
        tests = tagged.map(({ tau, q }) => ({
            tau,
            q,
            fail: (0,evalue/* createFailTest */.fp)(1),
            mirror: (0,evalue/* createMirrorTest */.Mm)(tolerance),
            parts: [],
            x: 0,
            y: 0,
        }));
        if (tagged.length === 0) {
            const top = reference.bounds[reference.bounds.length - 1];
            blockedReason =
                `stable's median, p90 and p99 (${source}) all lie above the largest bucket bound (${top} ms), ` +
                    `so no request can be counted as slower than them: latency cannot be compared`;
            notes.push(`latency: ${blockedReason}`);
            return;
        }
        notes.push(`latency thresholds ${tagged.map((t) => `${t.tau} ms`).join(', ')} from ${source}`);
    };
    const relativeLogE = () => {
        if (!relativeWanted || !tests || tests.length === 0)
            return null;
        return (0,evalue/* logMixture */.h9)(tests.map((t) => t.fail.logE()), tests.map(() => 1 / tests.length));
    };
    const failLogE = () => {
        const rel = relativeLogE();
        if (!ceiling)
            return metric.vsBaseline && rel !== null ? rel : 0;
        const ceil = ceiling.fail.logE();
        if (!absolute) {
            if (rel === null)
                return 0;
            return metric.vsBaseline ? rel : Math.min(ceil, rel);
        }
        if (!metric.vsBaseline || rel === null)
            return ceil;
        return (0,evalue/* logMixture */.h9)([rel, ceil], [0.5, 0.5]);
    };
    /** The threshold whose test carries the most evidence, for the ratio shown in the report. */
    const leading = () => tests && tests.length > 0 ? tests.reduce((a, b) => (b.fail.logE() > a.fail.logE() ? b : a)) : null;
    const passTests = () => (tests ?? []).filter((t) => PASS_QUANTILES.has(t.q));
    const compatible = (h, acc) => !acc || sameBounds(acc, h);
    const tester = {
        label,
        statistical: metric.vsBaseline || ceiling !== null,
        add(poll, notes) {
            const from = lastT;
            lastT = Math.max(lastT, poll.t);
            const c = poll.canary.latency;
            const s = poll.stable.latency;
            // Polls that set the thresholds are not tested against them (they still count for the ceiling).
            let settingThresholds = false;
            if (relativeWanted && !tests) {
                if (stableReference)
                    startTests(stableReference, notes, "stable's histogram before the stage");
                else if (s) {
                    settingThresholds = true;
                    bootstrap = addInto(bootstrap, s);
                    if (histogramTotal(bootstrap) >= REFERENCE_MIN_REQUESTS) {
                        startTests(bootstrap, notes, `stable's first ${histogramTotal(bootstrap)} requests of this stage`);
                    }
                }
            }
            if (!c || !s)
                return;
            const nc = histogramTotal(c);
            const ns = histogramTotal(s);
            // warm-up: from the start of the window in which the canary first had traffic
            if (cold.until === null && nc > 0)
                cold.until = from + warmupS;
            if (cold.until === null || from < cold.until) {
                if (nc > 0 && (!cold.canary || sameBounds(cold.canary, c)))
                    cold.canary = addInto(cold.canary, c);
                if (ns > 0 && (!cold.stable || sameBounds(cold.stable, s)))
                    cold.stable = addInto(cold.stable, s);
                return;
            }
            if (!sameBounds(c, s) || !compatible(c, canaryHist) || !compatible(s, stableHist)) {
                if (!blockedReason) {
                    const was = canaryHist ? `[${canaryHist.bounds.join(', ')}]` : 'the first layout';
                    blockedReason = sameBounds(c, s)
                        ? `the histogram bucket layout changed at t=${poll.t}s (from ${was} to [${c.bounds.join(', ')}] ms); ` +
                            'later polls cannot be compared with the earlier ones or the thresholds'
                        : `at t=${poll.t}s canary and stable report different bucket layouts ` +
                            `([${c.bounds.join(', ')}] vs [${s.bounds.join(', ')}] ms), so their counts cannot be compared`;
                    notes.push(`t=${poll.t}s: latency: ${blockedReason}; such polls are skipped`);
                }
                return;
            }
            canaryHist = addInto(canaryHist, c);
            stableHist = addInto(stableHist, s);
            if (ceiling && metric.maxMs !== undefined)
                ceiling.update(countAbove(c, metric.maxMs), nc);
            if (!tests || settingThresholds || nc + ns === 0)
                return;
            const w = nc / (nc + ns);
            if (!(w > 0 && w < 1))
                return;
            comparedPolls++;
            for (const t of tests) {
                const x = countAbove(c, t.tau);
                const y = countAbove(s, t.tau);
                t.fail.update(x, y, w);
                t.mirror.update(x, y, w);
                t.parts.push({ m: x + y, w });
                t.x += x;
                t.y += y;
            }
        },
        failLogE,
        mirrorPassed(alpha) {
            if (blockedReason)
                return false;
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline) {
                const need = passTests();
                if (need.length === 0 || need.some((t) => t.mirror.logE() < threshold))
                    return false;
            }
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold)
                return false;
            return metric.vsBaseline || ceiling !== null;
        },
        blocked: () => blockedReason,
        ruleFailure: () => null,
        enoughTraffic(minRequests) {
            const nc = canaryHist ? histogramTotal(canaryHist) : 0;
            const ns = stableHist ? histogramTotal(stableHist) : 0;
            return nc >= minRequests && (!metric.vsBaseline || ns >= minRequests);
        },
        missing(alpha, minRequests) {
            if (blockedReason)
                return blockedReason;
            const lacks = [];
            const nc = canaryHist ? histogramTotal(canaryHist) : 0;
            const ns = stableHist ? histogramTotal(stableHist) : 0;
            if (cold.until === null)
                lacks.push('the canary has had no latency data yet');
            else if (lastT < cold.until)
                lacks.push(`the canary is warming up until t=${cold.until}s (latency not judged before)`);
            if (nc < minRequests || (metric.vsBaseline && ns < minRequests)) {
                lacks.push(`fewer than ${minRequests} warm requests on a side (canary ${nc}, stable ${ns})`);
            }
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline && !tests)
                lacks.push(`stable has not yet had ${REFERENCE_MIN_REQUESTS} requests to set thresholds`);
            for (const t of metric.vsBaseline ? passTests() : []) {
                if (t.mirror.logE() >= threshold)
                    continue;
                lacks.push(t.x + t.y === 0
                    ? `no request slower than ${t.tau} ms yet (stable's ${t.q === 0.5 ? 'median' : 'p90'}), so nothing shows the canary no slower there`
                    : `no evidence yet that the canary's share slower than ${t.tau} ms is below ${fmt(tolerance)}× stable's ` +
                        `(pass E ${fmt((0,evalue/* eFromLog */.m3)(t.mirror.logE()))}, needs ${fmt(1 / alpha)})`);
            }
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) {
                lacks.push(`no evidence yet that the canary's p${fmt(metric.quantile * 100)} is below ${metric.maxMs} ms`);
            }
            return lacks.join('; ');
        },
        evidence(ctx) {
            const lead = leading();
            const est = lead ? (0,interval/* estimateRatio */._Z)(lead.x, lead.parts) : null;
            const canaryValue = canaryHist ? estimateQuantile(canaryHist, metric.quantile) : null;
            const stableValue = stableHist ? estimateQuantile(stableHist, metric.quantile) : null;
            const logE = failLogE();
            const parts = [
                `canary ${fmt(canaryValue)} ms vs stable ${fmt(stableValue)} ms at p${fmt(metric.quantile * 100)}`,
            ];
            if (lead && est) {
                parts.push(`slower than ${lead.tau} ms: ${lead.x} canary vs ${lead.y} stable, ratio ${fmt(est.ratio)} ` +
                    `(95% CI ${fmt(est.interval[0])}–${fmt(est.interval[1])})`);
            }
            else if (blockedReason)
                parts.push(blockedReason);
            else if (metric.vsBaseline)
                parts.push(`stable has not yet had ${REFERENCE_MIN_REQUESTS} requests to set thresholds`);
            if (metric.maxMs !== undefined)
                parts.push(`ceiling ${metric.maxMs} ms${absolute ? ' (absolute)' : ''}`);
            const rel = relativeLogE();
            const split = rel !== null && ceiling && absolute && metric.vsBaseline
                ? { vsStable: rel, ceiling: ceiling.fail.logE() }
                : undefined;
            const detail = `${parts.join(', ')}; ${eText(logE, ctx.alpha, split)}`;
            const out = {
                metric: label,
                verdict: ctx.verdict,
                canaryValue,
                stableValue,
                canaryRequests: canaryHist ? histogramTotal(canaryHist) : 0,
                stableRequests: stableHist ? histogramTotal(stableHist) : 0,
                canaryEvents: lead ? lead.x : 0,
                stableEvents: lead ? lead.y : 0,
                e: (0,evalue/* eFromLog */.m3)(logE),
                pValue: (0,evalue/* pFromLog */.Vx)(logE),
                ratio: est ? est.ratio : null,
                ratioInterval: est ? est.interval : null,
                alpha: ctx.alpha,
                reason: ctx.verdictNote ? `${ctx.verdictNote}: ${detail}` : detail,
            };
            const need = passTests();
            if (metric.vsBaseline && need.length > 0) {
                out.tolerance = tolerance;
                out.passE = Math.min(...need.map((t) => (0,evalue/* eFromLog */.m3)(t.mirror.logE())));
            }
            if (cold.canary && cold.until !== null) {
                out.coldStart = {
                    seconds: Math.round(Math.min(cold.until, lastT)),
                    canaryMs: estimateQuantile(cold.canary, metric.quantile),
                    stableMs: cold.stable ? estimateQuantile(cold.stable, metric.quantile) : null,
                    requests: histogramTotal(cold.canary),
                };
            }
            if (ctx.verdict === 'running' || ctx.verdict === 'inconclusive') {
                const lacks = tester.missing(ctx.passAlpha ?? ctx.alpha, ctx.minRequests);
                if (lacks)
                    out.missing = lacks;
                if (metric.vsBaseline &&
                    need.length > 0 &&
                    comparedPolls > 0 &&
                    ctx.intervalSeconds &&
                    !blockedReason) {
                    // the slowest of the thresholds a pass needs decides
                    let worst = 0;
                    for (const t of need) {
                        const events = t.parts.reduce((a, p) => a + p.m, 0);
                        const share = t.parts.reduce((a, p) => a + p.w, 0) / Math.max(1, t.parts.length);
                        const polls = (0,power/* pollsToPass */.h)({
                            test: t.mirror,
                            threshold: Math.log(1 / (ctx.passAlpha ?? ctx.alpha)),
                            eventsPerPoll: events / comparedPolls,
                            share,
                            ratio: (0,interval/* estimateRatio */._Z)(t.x, t.parts)?.ratio ?? 1,
                        });
                        worst = polls === null || worst === null ? null : Math.max(worst, polls);
                    }
                    out.secondsToPass = worst === null ? null : Math.round(worst * ctx.intervalSeconds);
                }
            }
            return out;
        },
    };
    return tester;
}

;// CONCATENATED MODULE: ./src/analysis/judge.ts



/** The mirror tests' level when the policy sets no `pass-alpha`. */
const DEFAULT_PASS_ALPHA = 0.01;
/** max-bake when none is given: three bakes. */
const DEFAULT_MAX_BAKE_FACTOR = 3;
function createJudge(analysis, opts) {
    const bake = opts.bakeSeconds;
    const maxBake = Math.max(bake, opts.maxBakeSeconds ?? DEFAULT_MAX_BAKE_FACTOR * bake);
    const metrics = analysis.metrics.map((m) => ({
        tester: m.kind === 'error-rate'
            ? createErrorRateTester(m, opts.passRatio)
            : m.kind === 'latency'
                ? createLatencyTester(m, opts.stableReference)
                : createCustomTester(m),
        verdict: 'running',
        at: null,
    }));
    const tested = metrics.filter((m) => m.tester.statistical).length;
    const alphaM = analysis.alpha / Math.max(1, tested);
    const failThreshold = Math.log(1 / alphaM);
    // a stage passes only when every metric shows itself safe, so each mirror test may use the whole
    // wrong-pass budget: a stage with one metric ≥ its tolerance passes with chance ≤ passAlpha
    const passAlpha = analysis.passAlpha ?? DEFAULT_PASS_ALPHA;
    const intervalSeconds = analysis.intervalMs / 1000;
    const notes = [];
    const series = [];
    const errorMetric = metrics.findIndex((m) => m.tester.label === 'error-rate');
    const latencyMetric = analysis.metrics.find((m) => m.kind === 'latency');
    let verdict = 'running';
    let decidedAt = null;
    let lastT = null;
    const ignored = { count: 0 };
    const metricAlpha = (m) => (m.tester.statistical ? alphaM : analysis.alpha);
    function decide(v, t) {
        verdict = v;
        decidedAt = t;
        return v;
    }
    /** A metric whose rule, not evidence, passes it (custom, or any in a no-fail gate) at the bake. */
    const rulePasses = (m) => opts.gate === 'no-fail' || (!m.tester.statistical && m.tester.enoughTraffic(analysis.minRequests));
    function passIfDue(t) {
        if (t < bake)
            return null;
        for (const m of metrics) {
            if (m.verdict !== 'running' || !rulePasses(m))
                continue;
            m.verdict = 'pass';
            m.at = t;
            m.note =
                opts.gate === 'no-fail'
                    ? `bake time over at ${t}s with no fail in the header cohort (a header-only stage is not a statistical gate)`
                    : `bake time over at ${t}s with every value within bounds`;
        }
        if (metrics.length > 0 && metrics.every((m) => m.verdict === 'pass'))
            return decide('pass', t);
        return null;
    }
    function endOfMaxBake(t) {
        for (const m of metrics) {
            if (m.verdict === 'fail' || m.verdict === 'pass')
                continue;
            m.verdict = 'inconclusive';
            m.at = t;
            const lacks = m.tester.missing(passAlpha, analysis.minRequests);
            m.note =
                `undecided at max-bake (${fmtTime(maxBake)}): the canary is neither shown worse than stable nor shown safe` +
                    (lacks ? `; ${lacks}` : '');
        }
        return decide('inconclusive', t);
    }
    function judgeMetrics(t) {
        for (const m of metrics) {
            if (m.verdict === 'fail')
                continue;
            const rule = m.tester.ruleFailure();
            if (rule || (m.tester.statistical && m.tester.failLogE() >= failThreshold)) {
                m.verdict = 'fail';
                m.at = t;
                m.note = rule ?? `failed at ${t}s`;
            }
            else if (m.verdict === 'running' &&
                m.tester.statistical &&
                m.tester.mirrorPassed(passAlpha) &&
                m.tester.enoughTraffic(analysis.minRequests)) {
                m.verdict = 'pass';
                m.at = t;
                m.note = `shown safe at ${t}s: the canary is shown less than its tolerance worse than stable`;
            }
        }
        if (metrics.some((m) => m.verdict === 'fail'))
            return decide('fail', t);
        if (verdict === 'inconclusive')
            return verdict; // held: only a fail changes it
        const passed = passIfDue(t);
        if (passed)
            return passed;
        if (t >= maxBake)
            return endOfMaxBake(t);
        return 'running';
    }
    function add(raw) {
        if (verdict === 'pass' || verdict === 'fail') {
            ignored.count++;
            ignored.last = raw.t;
            ignored.first ??= raw.t;
            return verdict;
        }
        if (lastT !== null && raw.t < lastT)
            notes.push(`t=${raw.t}s: poll out of order (after t=${lastT}s)`);
        const poll = {
            t: raw.t,
            canary: sanitize(raw.canary, 'canary', raw.t),
            stable: sanitize(raw.stable, 'stable', raw.t),
        };
        for (const n of raw.notes ?? [])
            notes.push(`t=${raw.t}s: ${n}`);
        lastT = Math.max(lastT ?? raw.t, raw.t);
        for (const m of metrics)
            m.tester.add(poll, notes);
        if (opts.series !== false)
            series.push(seriesPoint(poll));
        return judgeMetrics(poll.t);
    }
    function sanitize(side, name, t) {
        const requests = Number.isFinite(side.requests) && side.requests > 0 ? side.requests : 0;
        let errors = Number.isFinite(side.errors) && side.errors > 0 ? side.errors : 0;
        if (requests !== side.requests || errors !== side.errors) {
            notes.push(`t=${t}s: ${name} counts ${side.requests}/${side.errors} are not usable increments; taken as ${requests}/${errors}`);
        }
        if (errors > requests) {
            notes.push(`t=${t}s: ${name} reports ${errors} errors for ${requests} requests; errors capped at requests`);
            errors = requests;
        }
        return { ...side, requests, errors };
    }
    function seriesPoint(poll) {
        const rate = (s) => (s.requests > 0 ? s.errors / s.requests : null);
        const point = {
            t: poll.t,
            canaryErrorRate: rate(poll.canary),
            stableErrorRate: rate(poll.stable),
        };
        if (errorMetric >= 0)
            point.errorRateE = Math.exp(Math.min(metrics[errorMetric].tester.failLogE(), 690));
        if (latencyMetric && latencyMetric.kind === 'latency') {
            const q = latencyMetric.quantile;
            point.canaryLatencyMs = poll.canary.latency ? estimateQuantile(poll.canary.latency, q) : null;
            point.stableLatencyMs = poll.stable.latency ? estimateQuantile(poll.stable.latency, q) : null;
        }
        return point;
    }
    return {
        add,
        tick(now) {
            if (verdict !== 'running')
                return verdict;
            const passed = passIfDue(now);
            if (passed)
                return passed;
            if (now >= maxBake)
                return endOfMaxBake(now);
            return verdict;
        },
        get verdict() {
            return verdict;
        },
        get decidedAt() {
            return decidedAt;
        },
        failLogE: (i) => metrics[i].tester.failLogE(),
        judgement() {
            return {
                verdict,
                decidedAt,
                metrics: metrics.map((m) => {
                    const ctx = {
                        verdict: m.verdict,
                        alpha: metricAlpha(m),
                        minRequests: analysis.minRequests,
                        t: lastT,
                        verdictNote: m.note ?? (verdict === 'running' ? 'running' : undefined),
                        intervalSeconds,
                        passAlpha,
                    };
                    return m.tester.evidence(ctx);
                }),
                series,
                notes: ignored.count
                    ? [
                        ...notes,
                        `${ignored.count} poll${ignored.count === 1 ? '' : 's'} after the decision at ${decidedAt}s ignored ` +
                            `(t=${ignored.first}s–${ignored.last}s)`,
                    ]
                    : [...notes],
            };
        },
    };
}
/** Judge a stage from all its polls so far (sorted by t). */
function judgeStage(analysis, polls, opts) {
    const judge = createJudge(analysis, opts);
    for (const p of [...polls].sort((a, b) => a.t - b.t))
        judge.add(p);
    if (opts.now !== undefined)
        judge.tick(opts.now);
    return judge.judgement();
}
function fmtTime(seconds) {
    return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds}s`;
}


/***/ }),

/***/ 6215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ pollsToPass)
/* harmony export */ });
/* unused harmony export growthPerPoll */
/* harmony import */ var _evalue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59184);
/* harmony import */ var _interval_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62561);
// How long a pass will take: a power estimate for the mirror test at the current traffic (pure).
//
// Each alternative k of the mirror mixture grows its log bet by G_k per poll on average, where
// G_k = E[ln g_k(x, m − x)] with m ~ Poisson(m̄) events per poll and x ~ Binomial(m, θ(r̂; w̄)).
// The mixture's log E is at least ln π_k + L_k, so alternative k alone carries the test over
// ln(1/α) after about (ln(1/α) − ln π_k − L_k) / G_k more polls; the forecast is the smallest of
// these. r̂ is the ratio seen so far (shrunk towards 1 when there are few events): a forecast says
// "at the traffic and the ratio seen so far", never more.


/** Largest m summed over exactly; above it the poll is taken at its mean (the sum is then flat). */
const EXACT_EVENTS = 60;
function poissonPmf(m, mean) {
    return Math.exp(-mean + m * Math.log(mean) - (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(m + 1));
}
function binomialPmf(x, m, p) {
    if (p <= 0)
        return x === 0 ? 1 : 0;
    if (p >= 1)
        return x === m ? 1 : 0;
    return Math.exp((0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(m + 1) - (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(x + 1) - (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(m - x + 1) + x * Math.log(p) + (m - x) * Math.log1p(-p));
}
/** Expected log bet per poll of the alternative r against r0 when the true ratio is `ratio`. */
function growthPerPoll(r, r0, eventsPerPoll, share, ratio) {
    const theta = (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .attributionShare */ .bX)(ratio, share);
    const ms = [];
    if (eventsPerPoll > EXACT_EVENTS)
        ms.push([Math.round(eventsPerPoll), 1]);
    else {
        const top = Math.ceil(eventsPerPoll + 8 * Math.sqrt(eventsPerPoll) + 10);
        for (let m = 1; m <= top; m++)
            ms.push([m, poissonPmf(m, eventsPerPoll)]);
    }
    let g = 0;
    for (const [m, pm] of ms) {
        if (pm < 1e-12)
            continue;
        let inner = 0;
        for (let x = 0; x <= m; x++) {
            const px = binomialPmf(x, m, theta);
            if (px < 1e-14)
                continue;
            inner += px * (0,_evalue_js__WEBPACK_IMPORTED_MODULE_0__/* .attributionPollLogBet */ .Gh)(x, m - x, share, r, r0);
        }
        g += pm * inner;
    }
    return g;
}
/** Expected polls until the mirror passes; null when it would not (no events, or the ratio ≥ r0). */
function pollsToPass(input) {
    const { test, threshold, eventsPerPoll, share, ratio } = input;
    if (!(eventsPerPoll > 0) || !(share > 0 && share < 1) || !(ratio < test.r0))
        return null;
    const logs = test.logLRs();
    let best = null;
    test.ratios.forEach((r, k) => {
        const need = threshold - Math.log(test.weights[k]) - logs[k];
        if (need <= 0) {
            best = 0;
            return;
        }
        const g = growthPerPoll(r, test.r0, eventsPerPoll, share, ratio);
        if (g > 0 && (best === null || need / g < best))
            best = need / g;
    });
    return best;
}


/***/ }),

/***/ 17277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: USAGE, isCliCommand, revisionNames

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/render/index.ts + 7 modules
var render = __webpack_require__(14930);
// EXTERNAL MODULE: ./src/plan/plan.ts + 1 modules
var plan = __webpack_require__(60020);
// EXTERNAL MODULE: ./src/render/summary.ts + 1 modules
var summary = __webpack_require__(57277);
;// CONCATENATED MODULE: ./src/plan/format.ts

const stageText = (rows) => rows.length ? rows.map((r) => `${r.label} (bake ${(0,summary/* formatDuration */.a3)(r.bakeMs)})`).join(' → ') : '—';
const WHAT = {
    added: 'new service: canary of the first release',
    removed: 'removed from the policy: no longer routed by HAProxy (Cloud Run is left as it is)',
    release: 'new release: canary',
    routing: 'routing change only: plan and haproxy -c, no canary',
    unchanged: 'unchanged',
};
function serviceLines(s) {
    const lines = [`service ${s.name}: ${WHAT[s.change]}`];
    if (s.change === 'unchanged')
        return lines;
    lines.push(`  release: ${s.release.before ?? '—'} → ${s.release.after ?? '—'}`);
    if (s.changedFields.length)
        lines.push(`  changed: ${s.changedFields.join(', ')}`);
    lines.push(`  steps before: ${stageText(s.stages.before)}`);
    lines.push(`  steps after:  ${stageText(s.stages.after)}`);
    return lines;
}
function formatPlan(plan) {
    const out = [`plan for ${plan.policyFile}`, ''];
    for (const s of plan.services)
        out.push(...serviceLines(s), '');
    out.push(plan.haproxyDiff ? `HAProxy config diff:\n${plan.haproxyDiff}` : 'HAProxy config: no change');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/analysis/judge.ts + 4 modules
var judge = __webpack_require__(15377);
// EXTERNAL MODULE: ./src/policy/index.ts + 11 modules
var policy = __webpack_require__(46671);
;// CONCATENATED MODULE: ./src/analysis/replay-analysis.ts
// The replay line's `analysis` block → the normalised Analysis, through the policy validator so a
// replay accepts exactly what a policy file accepts (same defaults, same messages).

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `at` is "file:line"; the validator's own positions (always 1:1 for plain data) are dropped. */
function convertAnalysisBlock(raw, at) {
    if (raw === undefined)
        return { ok: false, errors: [`${at}: analysis: missing; give the policy's analysis block`] };
    // The polls are given, so where they came from does not matter: without `source` or `prometheus`
    // the block is checked as a Cloud Monitoring one, which needs no URL and allows every metric.
    const sourceless = isObj(raw) && raw.source === undefined && raw.prometheus === undefined;
    const result = (0,policy/* validateAnalysisBlock */.UW)(sourceless ? { ...raw, source: 'cloud-monitoring' } : raw, at);
    if (result.ok)
        return result;
    return { ok: false, errors: result.errors.map((e) => `${at}: ${e.path}: ${e.message}`) };
}

;// CONCATENATED MODULE: ./src/analysis/replay.ts


/** A problem in one field of one input line. */
class FieldError extends Error {
    field;
    constructor(field, message) {
        super(message);
        this.field = field;
    }
}
/** Everything wrong with one input line, each message starting with file:line. */
class ReplayLineError extends Error {
    messages;
    constructor(messages) {
        super(messages.join('\n'));
        this.messages = messages;
    }
}
const replay_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v) => (v === undefined ? 'nothing' : JSON.stringify(v));
function count(v, field) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new FieldError(field, `expected a non-negative number (an increment since the last poll), got ${show(v)}`);
    }
    return v;
}
function histogram(v, field) {
    if (!replay_isObj(v))
        throw new FieldError(field, `expected {"bounds": [ms…], "counts": [n…]}, got ${show(v)}`);
    const { bounds, counts } = v;
    if (!Array.isArray(bounds) || bounds.length === 0) {
        throw new FieldError(`${field}.bounds`, `expected a non-empty array of bucket upper bounds in ms, got ${show(bounds)}`);
    }
    bounds.forEach((b, i) => {
        if (typeof b !== 'number' || !Number.isFinite(b) || (i > 0 && b <= bounds[i - 1])) {
            throw new FieldError(`${field}.bounds[${i}]`, `expected finite bounds in ascending order, got ${show(b)}`);
        }
    });
    if (!Array.isArray(counts) || counts.length !== bounds.length + 1) {
        throw new FieldError(`${field}.counts`, `expected ${bounds.length + 1} counts (one per bound plus the +Inf bucket), got ${Array.isArray(counts) ? counts.length : show(counts)}`);
    }
    return { bounds: bounds, counts: counts.map((c, i) => count(c, `${field}.counts[${i}]`)) };
}
function side(v, field) {
    if (!replay_isObj(v))
        throw new FieldError(field, `expected {"requests": n, "errors": n}, got ${show(v)}`);
    const requests = count(v.requests, `${field}.requests`);
    const errors = count(v.errors ?? 0, `${field}.errors`);
    if (errors > requests)
        throw new FieldError(`${field}.errors`, `${errors} errors exceed ${requests} requests`);
    const out = { requests, errors };
    if (v.latency !== undefined)
        out.latency = histogram(v.latency, `${field}.latency`);
    if (v.custom !== undefined) {
        if (!replay_isObj(v.custom))
            throw new FieldError(`${field}.custom`, `expected {"name": number}, got ${show(v.custom)}`);
        out.custom = {};
        for (const [k, x] of Object.entries(v.custom)) {
            if (typeof x !== 'number' || !Number.isFinite(x)) {
                throw new FieldError(`${field}.custom.${k}`, `expected a number, got ${show(x)}`);
            }
            out.custom[k] = x;
        }
    }
    return out;
}
function poll(v, field) {
    if (!replay_isObj(v))
        throw new FieldError(field, `expected {"t": s, "canary": {…}, "stable": {…}}, got ${show(v)}`);
    const t = v.t;
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) {
        throw new FieldError(`${field}.t`, `expected seconds since the stage started, got ${show(t)}`);
    }
    const out = {
        t,
        canary: side(v.canary, `${field}.canary`),
        stable: side(v.stable, `${field}.stable`),
    };
    if (v.notes !== undefined) {
        if (!Array.isArray(v.notes) || v.notes.some((n) => typeof n !== 'string')) {
            throw new FieldError(`${field}.notes`, `expected an array of strings, got ${show(v.notes)}`);
        }
        out.notes = v.notes;
    }
    return out;
}
/** Parses one JSON line into a stream; throws a ReplayLineError naming the line and field. */
function parseReplayLine(text, file, line, defaults) {
    const at = `${file}:${line}`;
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new ReplayLineError([
            `${at}: not valid JSON (${e.message}); each line must be one JSON object`,
        ]);
    }
    try {
        if (!replay_isObj(raw))
            throw new FieldError('(line)', `expected a JSON object, got ${show(raw)}`);
        const known = new Set(['analysis', 'bake', 'max-bake', 'polls', 'name', 'reference', 'now']);
        for (const k of Object.keys(raw)) {
            if (!known.has(k))
                throw new FieldError(k, `unknown field; expected one of ${[...known].join(', ')}`);
        }
        if (defaults && raw.analysis !== undefined) {
            throw new FieldError('analysis', `both this line and ${defaults.from} give an analysis block; remove one (--policy judges with the policy's)`);
        }
        const analysis = defaults
            ? { ok: true, analysis: defaults.analysis }
            : convertAnalysisBlock(raw.analysis, at);
        if (!analysis.ok)
            throw new ReplayLineError(analysis.errors);
        const bake = raw.bake ?? defaults?.bake;
        if (typeof bake !== 'number' || !Number.isFinite(bake) || bake <= 0) {
            throw new FieldError('bake', `expected the stage's bake time in seconds (> 0), got ${show(bake)}`);
        }
        const maxBake = raw['max-bake'] ?? (raw.bake === undefined ? defaults?.maxBake : undefined);
        if (maxBake !== undefined &&
            (typeof maxBake !== 'number' || !Number.isFinite(maxBake) || maxBake < bake)) {
            throw new FieldError('max-bake', `expected the stage's longest time in seconds (≥ bake ${bake}), got ${show(maxBake)}`);
        }
        if (!Array.isArray(raw.polls))
            throw new FieldError('polls', `expected an array of polls, got ${show(raw.polls)}`);
        const stream = {
            analysis: analysis.analysis,
            bake,
            polls: raw.polls.map((p, i) => poll(p, `polls[${i}]`)),
        };
        if (maxBake !== undefined)
            stream.maxBake = maxBake;
        if (raw.name !== undefined) {
            if (typeof raw.name !== 'string')
                throw new FieldError('name', `expected a string, got ${show(raw.name)}`);
            stream.name = raw.name;
        }
        if (raw.reference !== undefined)
            stream.reference = histogram(raw.reference, 'reference');
        if (raw.now !== undefined) {
            if (typeof raw.now !== 'number' || !Number.isFinite(raw.now)) {
                throw new FieldError('now', `expected seconds since the stage started, got ${show(raw.now)}`);
            }
            stream.now = raw.now;
        }
        return stream;
    }
    catch (e) {
        if (e instanceof FieldError)
            throw new ReplayLineError([`${at}: ${e.field}: ${e.message}`]);
        throw e;
    }
}
/** Judges one parsed stream. */
function replayStream(stream, line) {
    const j = (0,judge/* judgeStage */.s_)(stream.analysis, stream.polls, {
        bakeSeconds: stream.bake,
        maxBakeSeconds: stream.maxBake,
        now: stream.now,
        stableReference: stream.reference,
    });
    const out = {
        line,
        ...(stream.name !== undefined ? { name: stream.name } : {}),
        verdict: j.verdict,
        decidedAt: j.decidedAt,
        metrics: j.metrics,
        notes: j.notes,
    };
    if (j.verdict === 'running') {
        out.notes.push(`the polls end at ${stream.polls.at(-1)?.t ?? 0}s, before a decision and before max-bake ` +
            `(${stream.maxBake ?? 3 * stream.bake}s; the bake, ${stream.bake}s, is the stage's minimum)`);
    }
    return out;
}
/** Replays every line of a JSON Lines file; blank lines are skipped, bad lines reported and skipped. */
function runReplay(text, file, defaults) {
    const lines = [];
    const errors = [];
    text.split(/\r?\n/).forEach((content, i) => {
        if (content.trim() === '')
            return;
        try {
            lines.push(replayStream(parseReplayLine(content, file, i + 1, defaults), i + 1));
        }
        catch (e) {
            if (e instanceof ReplayLineError)
                errors.push(...e.messages);
            else
                throw e; // a bug in the judge, not in the input
        }
    });
    if (lines.length === 0 && errors.length === 0)
        errors.push(`${file}: no streams (the file has no JSON lines)`);
    return { lines, errors };
}

;// CONCATENATED MODULE: ./src/cli/analyze-policy.ts
/** The service's analysis block and step K's bake times (1-based, default 1), or a usage message. */
function replayDefaults(policy, service, step) {
    const svc = policy.services.find((s) => s.name === service);
    if (!svc) {
        const names = policy.services.map((s) => s.name).join(', ');
        return `--service ${service}: ${policy.file} has no such service (it has ${names})`;
    }
    const k = step === undefined ? 1 : Number(step);
    if (!Number.isInteger(k) || k < 1 || k > svc.steps.length) {
        return `--step ${step}: expected an integer from 1 to ${svc.steps.length} (the steps of ${service})`;
    }
    const s = svc.steps[k - 1];
    return {
        analysis: svc.analysis,
        bake: s.bakeMs / 1000,
        maxBake: s.maxBakeMs !== undefined ? s.maxBakeMs / 1000 : undefined,
        from: `${policy.file} service ${service} step ${k}`,
    };
}

// EXTERNAL MODULE: ./src/analysis/evalue.ts
var evalue = __webpack_require__(59184);
// EXTERNAL MODULE: ./src/analysis/power.ts
var power = __webpack_require__(6215);
;// CONCATENATED MODULE: ./src/analysis/forecast-stage.ts



const minutes = (s) => s < 5400 ? `${Math.max(1, Math.round(s / 60))} min` : `${Number((s / 3600).toFixed(1))} h`;
function label(step, k) {
    return `step ${k + 1} (${step.headerOnly ? 'header only' : `${step.percent}%`})`;
}
function predictStages(service, traffic) {
    const a = service.analysis;
    const metric = a.metrics.find((m) => m.kind === 'error-rate' && m.vsBaseline);
    const alpha = a.passAlpha ?? judge/* DEFAULT_PASS_ALPHA */.P1;
    const interval = a.intervalMs / 1000;
    const rate = `${Number(traffic.requestsPerSecond.toPrecision(3))} req/s (${Number((traffic.errorRate * 100).toPrecision(2))}% errors)`;
    return service.steps.map((step, k) => {
        const bake = step.bakeMs / 1000;
        const maxBake = (step.maxBakeMs ?? 3 * step.bakeMs) / 1000;
        const head = `${label(step, k)}`;
        if (!metric || metric.kind !== 'error-rate')
            return { step: k + 1, seconds: null, text: `${head}: no error-rate comparison to forecast` };
        if (step.headerOnly || step.percent >= 100) {
            return {
                step: k + 1,
                seconds: null,
                text: `${head}: its traffic share is not known in advance; no forecast`,
            };
        }
        const tolerance = metric.tolerance ?? evalue/* DEFAULT_PASS_RATIO */.Sn;
        const polls = (0,power/* pollsToPass */.h)({
            test: (0,evalue/* createMirrorTest */.Mm)(tolerance),
            threshold: Math.log(1 / alpha),
            eventsPerPoll: traffic.requestsPerSecond * traffic.errorRate * interval,
            share: step.percent / 100,
            ratio: 1,
        });
        if (polls === null) {
            return {
                step: k + 1,
                seconds: null,
                text: `${head}: at ${rate} there are no errors to compare; it cannot pass and will be inconclusive at its max-bake (${minutes(maxBake)})`,
            };
        }
        const seconds = Math.max(bake, Math.round(polls * interval));
        const over = seconds > maxBake
            ? ` — longer than its max-bake (${minutes(maxBake)}): expect inconclusive unless traffic grows`
            : '';
        return {
            step: k + 1,
            seconds,
            text: `${head} needs ≈ ${minutes(seconds)} at ${rate} to show < ${tolerance}×; its bake is ${minutes(bake)}${over}`,
        };
    });
}

// EXTERNAL MODULE: ./src/adapters/files.ts
var files = __webpack_require__(79771);
// EXTERNAL MODULE: ./src/adapters/haproxy-check.ts
var haproxy_check = __webpack_require__(33240);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./node_modules/google-auth-library/build/src/index.js
var src = __webpack_require__(492);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/adapters/haproxy-runtime.ts
var haproxy_runtime = __webpack_require__(98648);
;// CONCATENATED MODULE: ./src/adapters/id-tokens.ts
// ID tokens from the metadata server (the host's service account) via google-auth-library, and
// their delivery to HAProxy: `set map` / `add map` on every runtime API given, plus the token map
// file rewritten atomically with mode 0600 so a reload starts with valid tokens.
// The metadata server is GCE_METADATA_HOST when set (tests: a fake on loopback), else Google's.




/** google-auth-library's Compute client: GET …/service-accounts/default/identity?audience=A&format=full. */
function metadataIdTokens() {
    const client = new src.Compute();
    return async (audience) => {
        try {
            return await client.fetchIdToken(audience);
        }
        catch (e) {
            throw new Error(`fetching an ID token for ${audience} from the metadata server${process.env.GCE_METADATA_HOST ? ` at ${process.env.GCE_METADATA_HOST}` : ''}: ${e.message}`);
        }
    };
}
const KEY = /^[a-z][a-z0-9-]{0,62}$/;
const TOKEN = /^[A-Za-z0-9_.-]{1,8192}$/;
/** Put `service → token` into the map on each runtime API (add when new). Never logs the token. */
async function setTokenAtRuntime(address, mapFile, service, token) {
    if (!KEY.test(service) || !TOKEN.test(token))
        throw new Error(`refusing to send a token for ${JSON.stringify(service)}: unexpected characters`);
    const rt = new haproxy_runtime/* HaproxyRuntime */.Wl(address, { persistMapFile: false });
    const present = (await rt.showMap(mapFile)).some((e) => e.key === service);
    const verb = present ? 'set' : 'add';
    let answer;
    try {
        answer = (await rt.command(`${verb} map ${mapFile} ${service} ${token}`)).trim();
    }
    catch {
        // the runtime client's message quotes the command, which holds the token: say it without
        throw new Error(`HAProxy runtime API at ${address}: ${verb} map ${mapFile} ${service} <token> got no answer`);
    }
    if (answer !== '')
        throw new Error(`HAProxy runtime API at ${address}: ${verb} map ${mapFile} ${service} <token>: ${answer}`);
}
/** Rewrite the token map file with every held token (services in order), 0600, atomically. */
async function writeTokenMapFile(mapFile, tokens) {
    let previous = '';
    try {
        previous = await (0,promises_.readFile)(mapFile, 'utf8');
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    // keep entries of services this run does not manage (another policy may share the file)
    const kept = previous.split('\n').filter((l) => {
        const key = /^\s*(\S+)/.exec(l)?.[1];
        return key !== undefined && !key.startsWith('#') && !tokens.has(key);
    });
    const lines = [
        '# canary-relay: Google ID token per private service (<service> <token>); written by canary-relay tokens',
        ...kept,
        ...[...tokens].map(([k, v]) => `${k} ${v}`),
    ];
    const tmp = `${mapFile}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(tmp, lines.join('\n') + '\n', { mode: 0o600 });
        await (0,promises_.chmod)(tmp, 0o600);
        await (0,promises_.rename)(tmp, mapFile);
    }
    catch (e) {
        await (0,promises_.unlink)(tmp).catch(() => undefined);
        throw new Error(`writing the token map ${mapFile}: ${e.message}`);
    }
}

// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(42233);
// EXTERNAL MODULE: ./src/render/urls.ts
var urls = __webpack_require__(33060);
;// CONCATENATED MODULE: ./src/tokens/plan.ts

/** Refresh this long before expiry by default (Google ID tokens live 1 h). */
const DEFAULT_REFRESH_BEFORE_MS = 10 * 60_000;
/** After a failed fetch, try again this soon (the held token may still be valid). */
const RETRY_MS = 30_000;
function tokenTargets(policy) {
    return policy.services
        .filter((s) => s.auth === 'id-token')
        .map((s) => ({ service: s.name, audience: (0,urls/* cloudRunUrl */.q)(s) }));
}
const JWT = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]{1,4096}\.[A-Za-z0-9_-]{0,2048}$/;
/** The token's expiry (ms) from its `exp` claim; throws (without echoing the token) when the text
 *  is not a JWT made of base64url parts or has no numeric exp. */
function tokenExpiry(token, what) {
    if (!JWT.test(token)) {
        throw new Error(`${what}: the metadata server answered something that is not a JWT (three base64url parts); refusing to put it into HAProxy`);
    }
    let claims;
    try {
        claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    }
    catch {
        throw new Error(`${what}: the ID token's payload is not JSON`);
    }
    const exp = claims?.exp;
    if (typeof exp !== 'number' || !Number.isFinite(exp))
        throw new Error(`${what}: the ID token has no numeric "exp" claim`);
    return exp * 1000;
}
/** Services whose token is missing or expires within `refreshBeforeMs` of `now`. */
function dueForRefresh(held, now, refreshBeforeMs) {
    return held
        .filter((h) => h.expiresAt === undefined || h.expiresAt - refreshBeforeMs <= now)
        .map((h) => h.service);
}
/** When the next refresh is due (ms since epoch), at least `minMs` from now (no busy loop). */
function nextRefreshAt(held, now, refreshBeforeMs, minMs = 1000) {
    const due = held.map((h) => (h.expiresAt === undefined ? now : h.expiresAt - refreshBeforeMs));
    return Math.max(now + minMs, Math.min(...due, now + 3_600_000));
}

// EXTERNAL MODULE: ./src/policy/normalise.ts + 1 modules
var normalise = __webpack_require__(16233);
;// CONCATENATED MODULE: ./src/cli/tokens.ts
// `canary-relay tokens <policy>`: keeps the ID tokens of the policy's private services
// (`auth: id-token`) fresh in HAProxy. Fetches one token per audience from the metadata server,
// sets it on every runtime API given (`set map`, no reload) and rewrites the token map file, then
// sleeps until the earliest token is `--refresh-before` from expiry. `--once`: one round, then exit.








const TOKENS_USAGE = '  tokens <policy> [--runtime-api ADDR]... [--map-file F] [--refresh-before 10m] [--once]\n' +
    '                                         keep ID tokens of auth: id-token services fresh in HAProxy';
const sleep = (ms, signal) => new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
});
/** The refresh loop; resolves with the exit code (0, or 1 when `once` and a token failed). */
async function runTokens(o, io, targets) {
    const now = o.now ?? Date.now;
    const held = new Map();
    const state = targets.map((t) => ({ service: t.service }));
    const retryAt = new Map();
    for (;;) {
        let failed = 0;
        const due = dueForRefresh(state, now(), o.refreshBeforeMs).filter((s) => (retryAt.get(s) ?? 0) <= now());
        for (const service of due) {
            const t = targets.find((x) => x.service === service);
            const entry = state.find((x) => x.service === service);
            try {
                const token = await o.fetch(t.audience);
                const expiresAt = tokenExpiry(token, `${service} (audience ${t.audience})`);
                for (const api of o.runtimeApis)
                    await setTokenAtRuntime(api, o.mapFile, service, token);
                held.set(service, token);
                await writeTokenMapFile(o.mapFile, held);
                entry.expiresAt = expiresAt;
                retryAt.delete(service);
                io.out(`${service}: ID token for ${t.audience} valid until ${new Date(expiresAt).toISOString()}; set in ${o.mapFile}${o.runtimeApis.length ? ` and on ${o.runtimeApis.join(', ')}` : ''}`);
            }
            catch (e) {
                failed++;
                retryAt.set(service, now() + RETRY_MS);
                io.err(`${service}: ${e.message}${o.once ? '' : `; retrying in ${RETRY_MS / 1000} s`}`);
            }
        }
        if (o.once || o.signal?.aborted)
            return failed > 0 ? 1 : 0;
        const retries = [...retryAt.values()];
        const wake = Math.min(nextRefreshAt(state, now(), o.refreshBeforeMs), ...retries);
        await sleep(Math.max(1000, wake - now()), o.signal);
        if (o.signal?.aborted)
            return 0;
    }
}
/** The CLI entry: parse, load the policy, run until SIGINT/SIGTERM (or once). */
async function tokensCommand(argv, io, usage) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                'runtime-api': { type: 'string', multiple: true },
                'map-file': { type: 'string' },
                'refresh-before': { type: 'string', default: '10m' },
                once: { type: 'boolean' },
            },
        });
    }
    catch (e) {
        throw usage(e.message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1)
        throw usage('tokens takes one policy file');
    const refreshBeforeMs = (0,units/* parseDuration */.E9)(values['refresh-before']);
    if (refreshBeforeMs === undefined || refreshBeforeMs < 10_000 || refreshBeforeMs >= 3_600_000)
        throw usage(`--refresh-before ${values['refresh-before']}: expected a duration from 10s to below 1h (ID tokens live 1 h), e.g. 10m`);
    const result = (0,policy/* validatePolicyText */.Op)(await (0,files/* readText */.y)(positionals[0], 'policy'), positionals[0]);
    if (!result.ok) {
        for (const e of result.errors)
            io.err((0,types/* formatPolicyError */.i)(e));
        return 1;
    }
    const p = result.policy;
    const targets = tokenTargets(p);
    if (targets.length === 0) {
        io.out(`${p.file}: no service has auth: id-token; nothing to do`);
        return 0;
    }
    // runs on the HAProxy host whose token map it writes: with a fleet (a runtime-api list) that
    // host's own admin socket, not the list's first instance
    const fleet = (p.haproxy.runtimeApis?.length ?? 0) > 1;
    const apis = values['runtime-api'] ?? [
        fleet ? p.haproxy.statsSocket : (p.haproxy.runtimeApi ?? p.haproxy.statsSocket),
    ];
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
        return await runTokens({
            policyFile: positionals[0],
            runtimeApis: apis,
            mapFile: values['map-file'] ?? p.haproxy.tokenMap ?? normalise/* DEFAULT_HAPROXY_EXTRAS */.EU.tokenMap,
            refreshBeforeMs: refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS,
            once: values.once === true,
            fetch: metadataIdTokens(),
            signal: controller.signal,
        }, io, targets);
    }
    finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
    }
}

// EXTERNAL MODULE: ./src/adapters/cloud-run.ts + 2 modules
var cloud_run = __webpack_require__(93511);
// EXTERNAL MODULE: ./src/policy/whitelist.ts
var whitelist = __webpack_require__(26743);
// EXTERNAL MODULE: ./src/render/status.ts
var render_status = __webpack_require__(46020);
// EXTERNAL MODULE: ./src/status/collect.ts + 1 modules
var collect = __webpack_require__(7844);
// EXTERNAL MODULE: ./src/adapters/output-path.ts
var output_path = __webpack_require__(67171);
;// CONCATENATED MODULE: ./src/cli/common.ts
// What every CLI command shares: the output streams, usage errors, argument parsing, policy loading.





class UsageError extends Error {
}
function parse(argv, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw new UsageError(e.message);
    }
}
/**
 * Reads and validates a policy; reports errors and returns null when invalid. With a workspace,
 * also where `haproxy.output` would land there (symlinks followed), as the action checks it.
 */
async function loadPolicy(path, io, workspace) {
    const text = await (0,files/* readText */.y)(path, 'policy');
    const result = workspace === undefined
        ? (0,policy/* validatePolicyText */.Op)(text, path)
        : await (0,output_path/* validatePolicyInWorkspace */.V)(text, path, workspace);
    if (result.ok)
        return result.policy;
    for (const e of result.errors)
        io.err((0,types/* formatPolicyError */.i)(e));
    io.err(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${path}; nothing rendered or applied`);
    return null;
}

;// CONCATENATED MODULE: ./src/cli/status.ts
// `canary-relay status`: every service's rollout as a table (or JSON), read from Cloud Run and,
// when the policy names a runtime API, from the HAProxy map.






function checked(flag, value, check) {
    if (value === undefined)
        return undefined;
    const bad = check(String(value));
    if (bad)
        throw new UsageError(`${flag} ${String(value)}: ${bad}`);
    return String(value);
}
async function status_status(argv, io) {
    const { values, positionals } = parse(argv, {
        policy: { type: 'string' },
        project: { type: 'string' },
        region: { type: 'string' },
        json: { type: 'boolean' },
        'cloud-run-endpoint': { type: 'string', default: process.env.CLOUD_RUN_ENDPOINT ?? '' },
        'runtime-api': { type: 'string' },
        'no-color': { type: 'boolean' },
    });
    if (positionals.length)
        throw new UsageError(`status takes no positional arguments (got ${positionals[0]})`);
    const project = checked('--project', values.project, whitelist/* checkProjectId */.vb);
    const region = checked('--region', values.region, whitelist/* checkRegion */.vK);
    const runtimeApi = checked('--runtime-api', values['runtime-api'], whitelist/* checkAddressOrSocket */.hm);
    if (!values.policy && (!project || !region))
        throw new UsageError('status needs --policy FILE, or --project and --region');
    const policy = typeof values.policy === 'string' ? await loadPolicy(values.policy, io) : undefined;
    if (policy === null)
        return 1;
    const clients = new Map();
    const address = runtimeApi ?? policy?.haproxy.runtimeApi;
    try {
        const report = await (0,collect/* collectStatus */.h)({
            ...(policy ? { policy } : {}),
            ...(project ? { project } : {}),
            ...(region ? { region } : {}),
            now: Date.now(),
            sources: {
                cloudRun: (p, r) => {
                    const key = `${p}/${r}`;
                    if (!clients.has(key)) {
                        const endpoint = String(values['cloud-run-endpoint']);
                        clients.set(key, (0,cloud_run/* createCloudRun */.X)({ project: p, region: r, endpoint, rpcTimeoutMs: 15_000 }));
                    }
                    return clients.get(key);
                },
                ...(address
                    ? { haproxy: new haproxy_runtime/* HaproxyRuntime */.Wl(address, { timeoutMs: 3000, persistMapFile: false }) }
                    : {}),
            },
        });
        if (values.json)
            io.out((0,render_status/* renderStatusJson */.vx)(report.rows, Date.now()));
        else {
            const color = io.tty === true && !process.env.NO_COLOR && !values['no-color'];
            io.out((0,render_status/* renderStatusTable */.dK)(report.rows, { color }));
            for (const n of report.notes)
                io.err(`note: ${n}`);
        }
        return report.rows.some((r) => r.error || r.disagreements.length) ? 1 : 0;
    }
    finally {
        await Promise.all([...clients.values()].map((c) => c.close()));
    }
}

// EXTERNAL MODULE: ./src/engine/run.ts + 4 modules
var run = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/rollout/state.ts
var state = __webpack_require__(49988);
;// CONCATENATED MODULE: ./src/cli/sync.ts
// `canary-relay sync`, run on the HAProxy host (systemd ExecStartPre/ExecReload and a timer; see
// the README): reads each service's rollout state from Cloud Run with the host's own credentials,
// writes the percent, routes and revisions maps the config reads, and applies the percents and
// revisions to the running HAProxy (read back). A reload then starts from the files and keeps the
// split, and its log lines keep naming the revisions that serve.







/** Each service's canary percent from its rollout state on Cloud Run; errors name the service. */
async function readPercents(policy, endpoint) {
    const clients = new Map();
    const percents = {};
    const revisions = {};
    const errors = [];
    try {
        for (const s of policy.services) {
            const key = `${s.project}/${s.region}`;
            if (!clients.has(key))
                clients.set(key, (0,cloud_run/* createCloudRun */.X)({ project: s.project, region: s.region, endpoint }));
            try {
                const snap = await clients.get(key).getService(s.name);
                const parsed = (0,state/* parseState */.Bu)(snap.annotations);
                if (parsed.problem)
                    throw new Error(parsed.problem);
                percents[s.name] = policy.splitAt === 'haproxy' ? (0,run/* statePercent */.Pw)(s, parsed.state, 'haproxy') : 0;
                // the revision each tag (the backends' hosts) points to, whitelisted before HAProxy sees it
                for (const [key, rev] of Object.entries((0,render/* taggedRevisions */.zt)(s.name, snap.traffic)))
                    revisions[key] =
                        rev === null ? null : (0,render/* checkRevisionName */.vV)(rev, `${s.name}: the revision tagged ${key}`);
            }
            catch (e) {
                errors.push(`${s.name}: reading its rollout state from Cloud Run failed: ${e.message}`);
            }
        }
    }
    finally {
        await Promise.all([...clients.values()].map((c) => c.close()));
    }
    return { percents, revisions, errors };
}
/** The per-service shape renderRevisionsMap takes, from `<service>_<side>` entries. */
function bySide(policy, revisions) {
    return Object.fromEntries(policy.services.map((s) => [
        s.name,
        {
            stable: revisions[(0,render/* revisionKey */.d7)(s.name, 'stable')],
            canary: revisions[(0,render/* revisionKey */.d7)(s.name, 'canary')],
        },
    ]));
}
/** Sets every percent that differs in the running HAProxy and reads them back; false when it is
 *  not running (the files are what it will start from). */
async function apply(runtime, mapFile, percents, io) {
    let live;
    try {
        live = await runtime.getPercents(mapFile);
    }
    catch (e) {
        if (/ECONNREFUSED|ENOENT/.test(e.message))
            return false;
        throw e;
    }
    for (const [service, want] of Object.entries(percents)) {
        if (live[service] === want)
            continue;
        await runtime.setPercent(mapFile, service, want);
        io.out(`${service}: ${live[service] ?? 'no'}% -> ${want}% in the running HAProxy`);
    }
    const after = await runtime.getPercents(mapFile);
    const off = Object.entries(percents).filter(([s, p]) => after[s] !== p);
    if (off.length > 0) {
        throw new Error(`show map ${mapFile} reads ${off.map(([s]) => `${s} ${after[s] ?? 'nothing'}`).join(', ')} after the change`);
    }
    return true;
}
async function sync(argv, io) {
    const { values, positionals } = parse(argv, {
        'map-file': { type: 'string' },
        'runtime-api': { type: 'string' },
        'no-apply': { type: 'boolean' },
        'cloud-run-endpoint': { type: 'string', default: '' },
    });
    if (positionals.length !== 1)
        throw new UsageError('sync takes one policy file');
    const policy = await loadPolicy(positionals[0], io);
    if (!policy)
        return 1;
    const mapFile = values['map-file'] ?? policy.haproxy.mapFile;
    const { percents, revisions, errors } = await readPercents(policy, String(values['cloud-run-endpoint']));
    if (errors.length > 0) {
        // a service left out would be written as 0%: a reload would then reset its split
        for (const e of errors)
            io.err(e);
        io.err(`nothing written: ${mapFile} and the running HAProxy keep what they have`);
        return 1;
    }
    await (0,files/* writeTextAtomic */.Q)(mapFile, (0,render/* renderPercentMap */.vR)(policy, percents));
    await (0,files/* writeTextAtomic */.Q)((0,render/* routesMapPath */.Sg)(mapFile), (0,render/* renderRoutesMap */.zE)(policy));
    const revFile = (0,render/* revisionsMapPath */.A)(mapFile);
    await (0,files/* writeTextAtomic */.Q)(revFile, (0,render/* renderRevisionsMap */.zX)(policy, bySide(policy, revisions)));
    const summary = Object.entries(percents)
        .map(([s, p]) => `${s} ${p}%`)
        .join(', ');
    io.out(`wrote ${mapFile} (${summary}), ${(0,render/* routesMapPath */.Sg)(mapFile)} and ${revFile}`);
    if (values['no-apply'])
        return 0;
    const address = values['runtime-api'] ?? policy.haproxy.statsSocket;
    // memory only: the files were just written above
    const runtime = new haproxy_runtime/* HaproxyRuntime */.Wl(address, { persistMapFile: false });
    if (!(await apply(runtime, mapFile, percents, io))) {
        io.out(`HAProxy is not running at ${address}: it reads the files when it starts`);
        return 0;
    }
    for (const c of await runtime.setEntries(revFile, revisions))
        io.out(`${c} in the running HAProxy`);
    io.out(`the running HAProxy at ${address} has the same percents and revisions (read back)`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The local commands: validate, render, plan, analyze, status. Same bundle as the action.
// Exit codes: 0 ok, 1 invalid input (or a failed check), 2 usage.













const USAGE = `usage: canary-relay <command> [options]

commands:
  validate <policy> [--haproxy-check] [--workspace DIR]
                                         check a policy; errors as file:line:col path: message
                                         (haproxy.output must resolve inside DIR, default: cwd)
  render <policy> --out <dir> [--step K] [--offline] [--commit SHA] [--stable SERVICE=REVISION]...
                                         write haproxy.cfg, canary.map, canary.routes.map,
                                         cloudrun-traffic.json
                                         (K: 0 = before the first step, 1.. = that step)
  plan --base <policy> --head <policy> [--traffic RPS/ERR%]
                                         what would change, service by service, and the config diff;
                                         with --traffic (e.g. 50/0.5%), how long each stage should take
  analyze --polls <file.jsonl> [--policy <policy> --service NAME [--step K]]
                                         judge recorded polls offline; one JSON line per stream
                                         (with a policy: its service's analysis block and step K's
                                         bake / max-bake, K = 1.. (default 1), where a line gives none)
${TOKENS_USAGE}
  status [--policy FILE | --project P --region R] [--json] [--cloud-run-endpoint URL] [--runtime-api ADDR]
                                         every service's rollout: phase, step, percent, revisions, owner,
                                         stage age, verdict, time left (exit 1: unreadable or disagreeing)
  sync <policy> [--map-file F] [--runtime-api ADDR] [--no-apply] [--cloud-run-endpoint E]
                                         on the HAProxy host: write the map files from the rollout
                                         state on Cloud Run, apply them to the running HAProxy

exit codes: 0 ok, 1 invalid or failed, 2 usage`;
const stepCount = (p) => Math.max(0, ...p.services.map((s) => s.steps.length));
async function validate(argv, io) {
    const { values, positionals } = parse(argv, {
        'haproxy-check': { type: 'boolean' },
        workspace: { type: 'string' },
    });
    if (positionals.length !== 1)
        throw new UsageError('validate takes one policy file');
    const workspace = String(values.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd()));
    const policy = await loadPolicy(positionals[0], io, workspace);
    if (!policy)
        return 1;
    io.out(`${policy.file}: valid (${policy.services.length} service${policy.services.length === 1 ? '' : 's'})`);
    if (!values['haproxy-check'])
        return 0;
    const r = await (0,haproxy_check/* checkPolicySteps */.Ed)(policy, Array.from({ length: stepCount(policy) + 1 }, (_, k) => k));
    for (const c of r.checks) {
        // steps whose configs differ only in comments and map contents share one check
        const which = c.what ??
            (c.steps.length === 1 ? `step ${c.steps[0]}` : `steps ${c.steps[0]}-${c.steps[c.steps.length - 1]}`);
        io.out(`haproxy -c ${which}: ${c.code === 0 ? 'valid' : `INVALID (exit ${c.code})`}`);
        if (c.code !== 0)
            io.err(c.output);
    }
    r.notes.forEach((n) => io.out(`  note: ${n}`));
    return r.ok ? 0 : 1;
}
function stableNames(list) {
    const out = {};
    for (const item of list ?? []) {
        const m = /^([a-z][a-z0-9-]*)=([a-z][a-z0-9-]*)$/.exec(item);
        if (!m)
            throw new UsageError(`--stable ${item}: expected SERVICE=REVISION (lowercase letters, digits, -)`);
        out[m[1]] = m[2];
    }
    return out;
}
/** Revision names for the traffic JSON: the canary from the commit, stable as given or a placeholder. */
function revisionNames(policy, commit, stable) {
    const short = commit.slice(0, 7).toLowerCase();
    return Object.fromEntries(policy.services.map((s) => [
        s.name,
        { stable: stable[s.name] ?? `${s.name}-stable`, canary: s.revision ?? `${s.name}-${short}` },
    ]));
}
async function cli_render(argv, io) {
    const { values, positionals } = parse(argv, {
        out: { type: 'string' },
        step: { type: 'string', default: '0' },
        offline: { type: 'boolean' },
        commit: { type: 'string', default: process.env.GITHUB_SHA || '0000000' },
        stable: { type: 'string', multiple: true },
    });
    if (positionals.length !== 1)
        throw new UsageError('render takes one policy file');
    if (typeof values.out !== 'string')
        throw new UsageError('render needs --out <dir>');
    if (!/^[0-9a-f]{7,40}$/i.test(String(values.commit)))
        throw new UsageError(`--commit ${values.commit}: expected a hex commit sha`);
    const stable = stableNames(values.stable);
    const policy = await loadPolicy(positionals[0], io);
    if (!policy)
        return 1;
    const step = Number(values.step);
    const max = stepCount(policy);
    if (!Number.isInteger(step) || step < 0 || step > max) {
        throw new UsageError(`--step ${values.step}: expected an integer from 0 to ${max} (0 = before the first step)`);
    }
    const out = values.out;
    const traffic = (0,render/* renderCloudRunTraffic */.Oc)(policy, step, revisionNames(policy, String(values.commit), stable));
    // the revisions map starts with what is known now (--stable, the policy's `revision:` for the
    // canary); the engine and `sync` keep it current as the tags move
    const revisions = Object.fromEntries(policy.services.map((s) => [s.name, { stable: stable[s.name], canary: s.revision }]));
    await (0,files/* writeTextAtomic */.Q)((0,external_node_path_.join)(out, 'haproxy.cfg'), (0,render/* renderHaproxy */.w6)(policy, { step, offline: Boolean(values.offline) }));
    for (const f of (0,render/* renderMapFiles */.At)(policy, step, (0,external_node_path_.join)(out, 'canary.map'), revisions))
        await (0,files/* writeTextAtomic */.Q)(f.path, f.text);
    await (0,files/* writeTextAtomic */.Q)((0,external_node_path_.join)(out, 'cloudrun-traffic.json'), `${JSON.stringify(traffic, null, 2)}\n`);
    io.out(`wrote ${(0,external_node_path_.join)(out, 'haproxy.cfg')}, ${(0,external_node_path_.join)(out, 'canary.map')}, ${(0,external_node_path_.join)(out, 'canary.routes.map')}, ${(0,external_node_path_.join)(out, 'canary.revisions.map')}, ${(0,external_node_path_.join)(out, 'cloudrun-traffic.json')} (step ${step})`);
    return 0;
}
async function cli_plan(argv, io) {
    const { values } = parse(argv, {
        base: { type: 'string' },
        head: { type: 'string' },
        traffic: { type: 'string' },
    });
    if (typeof values.base !== 'string' || typeof values.head !== 'string') {
        throw new UsageError('plan needs --base <policy> and --head <policy>');
    }
    const traffic = typeof values.traffic === 'string' ? parseTraffic(values.traffic) : undefined;
    if (traffic === null)
        throw new UsageError(`--traffic ${values.traffic}: expected RPS/ERR%, e.g. 50/0.5%`);
    const base = await loadPolicy(values.base, io);
    const head = await loadPolicy(values.head, io);
    if (!base || !head)
        return 1;
    const p = (0,plan/* buildPlan */.G)(base, head, (0,render/* renderHaproxy */.w6)(base, { step: 0 }), (0,render/* renderHaproxy */.w6)(head, { step: 0 }));
    io.out(formatPlan(p));
    if (traffic) {
        for (const s of p.services.filter((x) => x.change === 'release' || x.change === 'added')) {
            const svc = head.services.find((h) => h.name === s.name);
            if (!svc)
                continue;
            io.out(`\nforecast for ${s.name} (a healthy canary at ${values.traffic}):`);
            for (const f of predictStages(svc, traffic))
                io.out(`  ${f.text}`);
        }
    }
    return 0;
}
/** "50/0.5%" → 50 requests/s with 0.5% errors; null when malformed. */
function parseTraffic(text) {
    const m = /^([0-9]+(?:\.[0-9]+)?)\/([0-9]+(?:\.[0-9]+)?)%$/.exec(text);
    if (!m)
        return null;
    const rps = Number(m[1]);
    const err = Number(m[2]) / 100;
    return rps > 0 && err >= 0 && err < 1 ? { requestsPerSecond: rps, errorRate: err } : null;
}
async function analyze(argv, io) {
    const { values } = parse(argv, {
        polls: { type: 'string' },
        policy: { type: 'string' },
        service: { type: 'string' },
        step: { type: 'string' },
    });
    if (typeof values.polls !== 'string')
        throw new UsageError('analyze needs --polls <file.jsonl>');
    let defaults;
    if (values.policy !== undefined || values.service !== undefined || values.step !== undefined) {
        if (typeof values.policy !== 'string' || typeof values.service !== 'string') {
            throw new UsageError('analyze: --policy <file> and --service NAME go together (--step K is optional)');
        }
        const policy = await loadPolicy(values.policy, io);
        if (!policy)
            return 1;
        const found = replayDefaults(policy, values.service, typeof values.step === 'string' ? values.step : undefined);
        if (typeof found === 'string')
            throw new UsageError(found);
        defaults = found;
    }
    const result = runReplay(await (0,files/* readText */.y)(values.polls, 'polls'), values.polls, defaults);
    for (const line of result.lines)
        io.out(JSON.stringify(line));
    for (const e of result.errors)
        io.err(e);
    return result.errors.length ? 1 : 0;
}
const tokens = (argv, io) => tokensCommand(argv, io, (m) => new UsageError(m));
const COMMANDS = {
    validate,
    render: cli_render,
    plan: cli_plan,
    analyze,
    tokens,
    status: status_status,
    sync: sync,
};
function isCliCommand(word) {
    return word !== undefined && (word in COMMANDS || ['help', '--help', '-h', '--version'].includes(word));
}
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    if (command === '--version') {
        io.out('canary-relay 0.1.0');
        return 0;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
        io.out(USAGE);
        return 0;
    }
    const fn = COMMANDS[command];
    try {
        if (!fn)
            throw new UsageError(`unknown command "${command}"`);
        return await fn(rest, io);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.err(`canary-relay: ${e.message}\n\n${USAGE}`);
            return 2;
        }
        io.err(`canary-relay ${command}: ${e.message}`);
        return 1;
    }
}


/***/ }),

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p1: () => (/* binding */ runRollout),
  Pw: () => (/* binding */ statePercent)
});

// UNUSED EXPORTS: findService

// EXTERNAL MODULE: ./src/rollout/machine.ts + 2 modules
var machine = __webpack_require__(91479);
// EXTERNAL MODULE: ./src/rollout/ports.ts
var ports = __webpack_require__(34961);
// EXTERNAL MODULE: ./src/rollout/state.ts
var rollout_state = __webpack_require__(49988);
// EXTERNAL MODULE: ./src/render/revisions.ts
var revisions = __webpack_require__(84546);
// EXTERNAL MODULE: ./src/rollout/traffic.ts
var rollout_traffic = __webpack_require__(94200);
;// CONCATENATED MODULE: ./src/engine/apply.ts
// Folds one transition's actions into at most one Cloud Run write plus HAProxy map changes,
// leaving out whatever already is as desired (so a re-run writes nothing).


const CLOUD_RUN = [
    'deployCanary',
    'tagCanary',
    'setTraffic',
    'restoreStable',
    'writeState',
    'clearState',
];
function planWrite(snap, t) {
    const plan = { update: null, mapBefore: [], mapAfter: [], reports: [], smoke: false };
    let traffic;
    let template;
    let annotation;
    let cloudRunSeen = false;
    for (const a of t.actions) {
        if (CLOUD_RUN.includes(a.kind))
            cloudRunSeen = true;
        switch (a.kind) {
            case 'deployCanary':
                template = { image: a.image, revisionName: a.revisionName };
                traffic = a.traffic;
                break;
            case 'tagCanary':
                traffic = a.traffic;
                break;
            case 'setTraffic':
                traffic = a.targets;
                break;
            case 'restoreStable':
                traffic = a.targets;
                break;
            case 'writeState':
                annotation = t.state ? (0,rollout_state/* serializeState */.sU)(t.state) : null;
                break;
            case 'clearState':
                annotation = null;
                break;
            case 'setMap':
                (cloudRunSeen ? plan.mapAfter : plan.mapBefore).push(a.percent);
                break;
            case 'smokeProbe':
                plan.smoke = true;
                break;
            case 'report':
                plan.reports.push(a.message);
                break;
        }
    }
    const update = {};
    if (template)
        update.template = template;
    if (traffic &&
        (template || !(0,rollout_traffic/* trafficEqual */.Nx)(snap.traffic, traffic) || !(0,rollout_traffic/* trafficEqual */.Nx)(snap.trafficStatuses, traffic))) {
        update.traffic = traffic;
    }
    if (annotation !== undefined && (snap.annotations[rollout_state/* ROLLOUT_ANNOTATION */.A] ?? null) !== annotation) {
        update.annotations = { [rollout_state/* ROLLOUT_ANNOTATION */.A]: annotation };
    }
    if (update.template || update.traffic || update.annotations)
        plan.update = update;
    return plan;
}
/** A write accepted but not served (its operation failed): spec and status disagree. */
function servingLags(snap) {
    return !(0,rollout_traffic/* trafficEqual */.Nx)(snap.traffic, snap.trafficStatuses);
}

;// CONCATENATED MODULE: ./src/engine/observe.ts
// Gathers what the stage machine needs from the ports: facts about the service (Observed)
// and this tick's observation (readiness, judgement). Reads only what the phase needs.




async function observeService(port, snap, state, mode, service, operator = false) {
    const traffic = (0,rollout_traffic/* resolveTraffic */.gx)(snap.traffic, snap.latestReadyRevision);
    const serving = (0,rollout_traffic/* servingRevision */.qJ)(traffic);
    const existing = new Set();
    for (const t of [...traffic, ...(0,rollout_traffic/* resolveTraffic */.gx)(snap.trafficStatuses, snap.latestReadyRevision)]) {
        if (t.revision)
            existing.add(t.revision);
    }
    if (snap.latestCreatedRevision)
        existing.add(snap.latestCreatedRevision);
    if (snap.latestReadyRevision)
        existing.add(snap.latestReadyRevision);
    const observed = { traffic, serving, servingImage: null, existing: [...existing] };
    if (mode === 'rollback') {
        observed.restore = await findRestore(port, snap, state, service, operator);
    }
    else if ((mode === 'canary' || mode === 'promote') && (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase))) {
        // a fresh start may follow: know what stable serves (also kept in the state for a later rollback)
        observed.servingImage = await imageOf(port, snap, state, serving);
    }
    return observed;
}
async function imageOf(port, snap, state, revision) {
    if (!revision)
        return null;
    // the template made the latest revision: no extra read needed
    if (revision === snap.latestCreatedRevision)
        return snap.image;
    if (state?.stable === revision && state.stableImage)
        return state.stableImage;
    try {
        return (await port.getRevision(snap.name, revision)).image;
    }
    catch (err) {
        if (err instanceof ports/* CloudRunError */.D && err.kind === 'not-found')
            return null;
        throw err;
    }
}
/**
 * A rollback's target: what served before the last promotion when the policy names it (or an
 * operator asks), the stable of a canary under way, else the ready revision serving the policy's
 * release (an older state without `previous`). Never a revision recorded as failed.
 */
async function findRestore(port, snap, state, service, operator) {
    const prev = state?.previous;
    const named = (c) => service.image ? c.image === service.image : c.revision === service.revision;
    if (prev && named(prev))
        return prev;
    if (state && !(0,rollout_state/* isTerminal */.Hd)(state.phase) && state.stable)
        return { revision: state.stable, image: state.stableImage ?? null };
    if (operator) {
        if (prev)
            return prev;
        // a rollback already done (no promotion left to undo): re-running it changes nothing
        return state?.phase === 'Failed' && state.canary === null && state.stable
            ? { revision: state.stable, image: state.stableImage ?? null }
            : null;
    }
    if (!service.image)
        return service.revision ? { revision: service.revision, image: null } : null;
    const image = service.image;
    const failed = new Set(state?.failed ?? []);
    if (state?.stable && state.stableImage === image)
        return { revision: state.stable, image };
    const revisions = (await port.listRevisions(snap.name)).filter((r) => r.image === image && r.ready === true && !failed.has(r.name));
    revisions.sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''));
    return revisions[0] ? { revision: revisions[0].name, image } : null;
}
/** Readiness while Initializing, a judgement while a stage bakes; nothing otherwise. */
async function observeStage(state, ctx) {
    if (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase) || !state.canary)
        return {};
    const mine = state.owner === ctx.owner || ctx.force || ctx.mode === 'promote';
    if (!mine || ctx.mode === 'rollback' || ctx.mode === 'abort')
        return {};
    if (state.phase === 'Initializing') {
        try {
            const rev = await ctx.port.getRevision(ctx.service.name, state.canary);
            return { canaryReady: rev.ready, readyReason: rev.reason };
        }
        catch (err) {
            if (err instanceof ports/* CloudRunError */.D && err.kind === 'not-found') {
                return {
                    canaryReady: false,
                    readyReason: `revision ${state.canary} does not exist (${err.message})`,
                };
            }
            throw err;
        }
    }
    if (!(0,rollout_state/* isBaking */.d9)(state))
        return {};
    const jumps = ctx.mode === 'promote' && ctx.service.promote !== 'gradual' && state.origin !== 'promote';
    if (jumps)
        return {};
    const percent = (0,machine/* stepPercent */.wz)(ctx.service, state.step);
    const judgement = await ctx.observer.observe(ctx.service, { step: state.step, percent, startedAt: state.stepStartedAt, canary: state.canary, stable: state.stable }, ctx.now);
    ctx.judgements.set(state.step, { step: state.step, percent, judgement });
    return { judgement };
}

;// CONCATENATED MODULE: ./src/engine/smoke.ts
// The smoke probe before the first percent step: the policy's requests to the canary, every
// answer must carry the expected status. The detail says what was seen, for the failure message.

async function runSmoke(prober, service, snap, state, baseUrl) {
    const smoke = service.smoke;
    if (!smoke)
        return { ok: true, detail: 'no smoke probe configured' };
    if (!prober)
        return { ok: false, detail: 'the policy asks for a smoke probe but no prober is available' };
    const base = baseUrl ?? snap.trafficStatuses.find((t) => t.tag === rollout_traffic/* CANARY_TAG */.eV && t.uri)?.uri;
    if (!base)
        return { ok: false, detail: `no URL for the ${rollout_traffic/* CANARY_TAG */.eV} tag of ${state.canary} to probe` };
    const url = base.replace(/\/$/, '') + smoke.path;
    let statuses;
    try {
        statuses = await prober.probe(url, {
            requests: smoke.requests,
            ...(baseUrl && service.routing.header ? { header: service.routing.header } : {}),
        });
    }
    catch (err) {
        return { ok: false, detail: `probing ${url}: ${err.message}` };
    }
    const good = statuses.filter((s) => s === smoke.expectStatus).length;
    const seen = new Map();
    for (const s of statuses)
        seen.set(s, (seen.get(s) ?? 0) + 1);
    const summary = [...seen].map(([s, n]) => `${s}×${n}`).join(', ') || 'no answers';
    const ok = statuses.length >= smoke.requests && good === statuses.length;
    return {
        ok,
        detail: `${good}/${smoke.requests} requests to ${url} answered ${smoke.expectStatus} (saw ${summary})`,
    };
}

// EXTERNAL MODULE: ./src/rollout/gates.ts
var gates = __webpack_require__(34549);
;// CONCATENATED MODULE: ./src/engine/hooks.ts


async function runHook(port, service, state, a) {
    const spec = a.hook === 'pre-step' ? service.hooks?.preStep : service.hooks?.postStep;
    if (!spec)
        return { ok: true, detail: 'no hook configured' };
    if (!port)
        return { ok: false, detail: 'the policy has step hooks but this run has no HTTP client for them' };
    return port.call(spec, (0,gates/* hookPayload */.Yf)(service, state, a.hook, a.step, (0,machine/* stepPercent */.wz)(service, a.step)));
}

// EXTERNAL MODULE: ./src/notify/events.ts
var notify_events = __webpack_require__(55368);
;// CONCATENATED MODULE: ./src/engine/run.ts
// The executor: reads the service, asks the stage machine for one transition, applies its
// actions through the ports (one Cloud Run write per transition, with the etag it read), and
// repeats. No I/O of its own: ports, a clock and a sleep are injected.









/** Safety net: no rollout makes more changes than this in one run (waiting ticks do not count). */
const MAX_TRANSITIONS = 500;
/** A transiently failed write is re-read and re-planned this many times. */
const WRITE_RETRIES = 3;
const BACKOFF_MS = 1000;
function findService(policy, name) {
    const service = policy.services.find((s) => s.name === name);
    if (!service) {
        const names = policy.services.map((s) => s.name).join(', ');
        throw new Error(`${policy.file}: no service named "${name}" (services: ${names || 'none'})`);
    }
    return service;
}
class Run {
    opts;
    service;
    messages = [];
    judgements = new Map();
    writes = 0;
    outOfTime = false;
    state = null;
    constructor(opts) {
        this.opts = opts;
        this.service = findService(opts.policy, opts.serviceName);
    }
    say(line) {
        this.messages.push(line);
        this.opts.log?.(line);
    }
    read() {
        return this.opts.ports.cloudRun.getService(this.service.name);
    }
    async execute() {
        let snap;
        try {
            snap = await this.read();
        }
        catch (err) {
            return this.stop('error', err);
        }
        let conflicts = 0;
        let retries = 0;
        let lroFailures = 0;
        let repaired = false;
        let mapChecked = false;
        let changed = false;
        for (let i = 0; i < MAX_TRANSITIONS;) {
            const parsed = (0,rollout_state/* parseState */.Bu)(snap.annotations);
            if (parsed.problem && !this.opts.force) {
                this.say(`${this.service.name}: ${parsed.problem}; set force to overwrite it`);
                return this.result('refused');
            }
            if (!parsed.state && this.state && !(0,rollout_state/* isTerminal */.Hd)(this.state.phase)) {
                // an abort (PR closed) removed the state while this run waited: never deploy again
                this.say(`${this.service.name}: the rollout was removed by another run (aborted?) while this one waited; stopping`);
                this.state = null;
                return this.result('refused');
            }
            // an abort clears the annotation: keep reporting the Aborted state it ended in
            this.state = parsed.state ?? (this.state?.phase === 'Aborted' ? this.state : null);
            try {
                if (!mapChecked) {
                    await this.reconcileMap(parsed.state);
                    await this.syncRevisions(snap);
                    mapChecked = true;
                }
                const t = await this.plan(snap, parsed.state);
                if (t.status !== 'changed') {
                    // a wait tick is logged, not kept; a hold after this run's own changes repeats their report
                    const keep = t.status === 'done' ? t.refused || t.error || !changed : !this.opts.wait;
                    if (t.message) {
                        if (keep)
                            this.say(t.message);
                        else
                            this.opts.log?.(t.message);
                    }
                    // an accepted write whose operation failed: send the spec again, once
                    if (!repaired && parsed.state && parsed.state.phase !== 'Initializing' && servingLags(snap)) {
                        repaired = true;
                        this.say(`${this.service.name}: serving traffic differs from the spec (a failed operation?); re-applying it`);
                        snap = await this.write(snap, { traffic: snap.traffic });
                        continue;
                    }
                    if (t.status === 'waiting' && this.opts.wait) {
                        if (this.pastDeadline())
                            return this.result();
                        await this.opts.clock.sleep(this.service.analysis.intervalMs);
                        snap = await this.read();
                        continue;
                    }
                    return this.result(t.refused ? 'refused' : t.error ? 'error' : undefined);
                }
                snap = await this.apply(snap, t);
                const events = (0,notify_events/* rolloutEvents */.t)(this.service, this.state, t.state, this.opts.clock.now());
                for (const e of events)
                    this.opts.ports.notifier?.notify(e);
                this.state = t.state;
                changed = true;
                i += 1;
                conflicts = 0; // a write went through: a later conflict is a new one
            }
            catch (err) {
                if (err instanceof ports/* HaproxyRuntimeError */.k)
                    return this.hold(err);
                if (!(err instanceof ports/* CloudRunError */.D))
                    throw err; // a crash: the next run resumes from the annotation
                const again = await this.recover(err, { conflicts, retries, lroFailures });
                if (!again)
                    return this.stop(err.kind === 'conflict' ? 'conflict' : 'error', err);
                if (err.kind === 'conflict')
                    conflicts += 1;
                else if (err.kind === 'failed')
                    lroFailures += 1;
                else
                    retries += 1;
                snap = again;
            }
        }
        this.say(`${this.service.name}: stopped after ${MAX_TRANSITIONS} transitions; re-run to continue`);
        return this.result('error');
    }
    /** The next wait would end after the job's time limit: stop here, the state stays resumable. */
    pastDeadline() {
        const { deadline, clock } = this.opts;
        if (deadline === undefined || clock.now() + this.service.analysis.intervalMs < deadline)
            return false;
        this.outOfTime = true;
        this.say(`${this.service.name}: stopped waiting: the job's time limit is near (wait: true runs until ` +
            `job-timeout-minutes); the rollout stays as it is and the next run continues it`);
        return true;
    }
    /** Re-read after a write error when it is worth another plan; null means stop. */
    async recover(err, seen) {
        const retryable = (err.kind === 'conflict' && seen.conflicts < 1) ||
            ((err.kind === 'transient' || err.kind === 'timeout') && seen.retries < WRITE_RETRIES) ||
            (err.kind === 'failed' && seen.lroFailures < 1);
        if (!retryable) {
            if (err.kind === 'conflict')
                await this.nameOtherWriter();
            return null;
        }
        this.say(`${this.service.name}: ${err.message} — reading the service again and re-planning`);
        if (err.kind === 'transient' || err.kind === 'timeout') {
            await this.opts.clock.sleep(BACKOFF_MS * 2 ** seen.retries);
        }
        try {
            return await this.read();
        }
        catch {
            return null;
        }
    }
    async nameOtherWriter() {
        try {
            const { state } = (0,rollout_state/* parseState */.Bu)((await this.read()).annotations);
            if (state) {
                const who = state.owner === this.opts.owner ? `another run of ${state.owner}` : state.owner;
                this.say(`${this.service.name}: the service keeps changing under this run; the rollout is now driven by ${who} ` +
                    `(phase ${state.phase}); re-run when it is done, or set force to take over`);
            }
        }
        catch {
            // the conflict message itself is reported by stop()
        }
    }
    async plan(snap, state) {
        const { opts, service } = this;
        const now = opts.clock.now();
        const observed = await observeService(opts.ports.cloudRun, snap, state, opts.mode, service, opts.operator);
        const observation = await observeStage(state, {
            port: opts.ports.cloudRun,
            observer: opts.ports.observer,
            service,
            mode: opts.mode,
            owner: opts.owner,
            force: opts.force ?? false,
            now,
            judgements: this.judgements,
        });
        const input = {
            mode: opts.mode,
            service,
            splitAt: opts.policy.splitAt,
            owner: opts.owner,
            commit: opts.commit,
            policyDigest: opts.policy.digest,
            force: opts.force,
            operator: opts.operator,
            actor: opts.actor,
            now,
            observed,
            observation,
            controls: opts.controls,
        };
        let t = (0,machine/* transition */.kY)(state, input);
        // probes the machine asks for (hooks, smoke) run here; their answers go into the observation
        for (let i = 0; i < 4 && state; i++) {
            const a = t.actions.find((x) => x.kind === 'smokeProbe' || x.kind === 'callHook');
            if (!a)
                return t;
            if (a.kind === 'callHook') {
                const answer = await runHook(opts.ports.hooks, service, state, a);
                observation.hooks = { ...observation.hooks, [`${a.hook}:${a.step}`]: answer };
                this.say(`${service.name}: ${a.hook} hook of step ${a.step + 1}: ${answer.detail}`);
            }
            else {
                observation.smoke = await runSmoke(opts.ports.prober, service, snap, state, opts.smokeUrl);
                this.say(`${service.name}: smoke probe: ${observation.smoke.detail}`);
            }
            t = (0,machine/* transition */.kY)(state, input);
        }
        return t;
    }
    async apply(snap, t) {
        const plan = planWrite(snap, t);
        for (const p of plan.mapBefore)
            await this.setMap(p);
        const next = plan.update ? await this.write(snap, plan.update) : snap;
        try {
            for (const p of plan.mapAfter)
                await this.setMap(p);
        }
        catch (err) {
            // the instances are back where they all were: so is the state, and the rollout holds there
            if (err instanceof ports/* HaproxyRuntimeError */.k && plan.update?.annotations)
                await this.restoreState(snap, next);
            throw err;
        }
        if (plan.update)
            await this.syncRevisions(next);
        for (const r of plan.reports)
            this.say(`${this.service.name}: ${r}`);
        return next;
    }
    async write(snap, update) {
        const next = await this.opts.ports.cloudRun.updateService(this.service.name, snap.etag, update);
        this.writes += 1;
        return next;
    }
    async setMap(percent) {
        const h = this.opts.ports.haproxy;
        const mapFile = this.opts.policy.haproxy.mapFile;
        if (!h) {
            this.say(`${this.service.name}: no HAProxy runtime API configured; set ${mapFile} to ${percent}% yourself`);
            return;
        }
        await h.setPercent(mapFile, this.service.name, percent);
    }
    /** A crash between the state write and `set map` leaves the map behind: bring it to the state. */
    async reconcileMap(state) {
        const h = this.opts.ports.haproxy;
        if (!h || this.opts.policy.splitAt !== 'haproxy')
            return;
        const want = statePercent(this.service, state, 'haproxy');
        const have = (await h.getPercents(this.opts.policy.haproxy.mapFile))[this.service.name];
        if (have !== want) {
            this.say(`${this.service.name}: HAProxy map says ${have === undefined ? 'nothing (or its instances disagree)' : `${have}%`}, the rollout state ${want}%; fixing the map`);
            await h.setPercent(this.opts.policy.haproxy.mapFile, this.service.name, want);
        }
    }
    /** The revisions map follows the Cloud Run tags (deploy, promote, rollback, abort move them), so
     *  log lines name the revision that served. A failure is reported, not held on: it only touches
     *  the logs, and the next run (or `canary-relay sync`) sets it again. */
    async syncRevisions(snap) {
        const h = this.opts.ports.haproxy;
        if (!h?.setRevisions)
            return;
        const file = (0,revisions/* revisionsMapPath */.A)(this.opts.policy.haproxy.mapFile);
        try {
            const changes = await h.setRevisions(file, (0,revisions/* taggedRevisions */.zt)(this.service.name, snap.traffic));
            if (changes.length > 0)
                this.opts.log?.(`${this.service.name}: ${file}: ${changes.join(', ')}`);
        }
        catch (err) {
            this.say(`${this.service.name}: the HAProxy logs may name an old revision: ${err.message}; ` +
                `re-run or run canary-relay sync on the HAProxy hosts`);
        }
    }
    /** Writes back the rollout state `before` had (with the etag of our own write: still our lock). */
    async restoreState(before, now) {
        const previous = before.annotations[rollout_state/* ROLLOUT_ANNOTATION */.A] ?? null;
        await this.write(now, { annotations: { [rollout_state/* ROLLOUT_ANNOTATION */.A]: previous } });
    }
    /** Some HAProxy instance did not take a change: stop here, at the step every instance has. */
    hold(err) {
        const at = this.state
            ? `step ${this.state.step} (${statePercent(this.service, this.state, 'haproxy')}%)`
            : 'its start';
        this.say(`${this.service.name}: the rollout holds at ${at}: ${err.message}; ` +
            `bring ${err.instances.join(', ')} back and re-run`);
        return this.result('error');
    }
    stop(kind, err) {
        this.say(`${this.service.name}: ${kind === 'conflict' ? 'write conflict' : 'stopped'}: ${err.message}`);
        return this.result(kind);
    }
    result(stopped) {
        const s = this.state;
        return {
            service: this.service.name,
            mode: this.opts.mode,
            phase: s?.phase ?? 'None',
            step: s?.step ?? 0,
            percent: statePercent(this.service, s, 'cloud-run'),
            verdict: verdictOf(this.opts.mode, s, stopped),
            judgements: [...this.judgements.values()].sort((a, b) => a.step - b.step),
            writes: this.writes,
            messages: this.messages,
            ...(stopped ? { stopped } : {}),
            ...(this.outOfTime ? { outOfTime: true } : {}),
            state: s,
        };
    }
}
/** The canary's share of traffic a state means (for HAProxy's map, or Cloud Run's split). */
function statePercent(service, state, _splitAt) {
    if (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase) || state.phase === 'Initializing')
        return 0;
    return (0,machine/* stepPercent */.wz)(service, state.step);
}
function verdictOf(mode, s, stopped) {
    if (mode === 'rollback' || mode === 'abort' || !s)
        return 'skipped';
    if (s.phase === 'Failed')
        return s.canary === null ? 'skipped' : 'fail';
    if (s.held)
        return 'inconclusive';
    if (s.phase === 'Succeeded' || s.awaitingMerge)
        return s.lastVerdict === 'inconclusive' ? 'inconclusive' : 'pass';
    if (stopped === 'refused')
        return 'skipped';
    return (0,rollout_state/* isBaking */.d9)(s) || s.phase === 'Initializing' ? 'running' : 'skipped';
}
async function runRollout(opts) {
    return new Run(opts).execute();
}


/***/ }),

/***/ 55368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ notifyTargets),
/* harmony export */   t: () => (/* binding */ rolloutEvents)
/* harmony export */ });
/* harmony import */ var _rollout_machine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91479);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49988);


const sameRollout = (a, b) => a.startedAt === b.startedAt && a.canary === b.canary;
function rolloutEvents(service, prev, next, now) {
    if (!next)
        return [];
    const base = (event, step, message) => ({
        event,
        service: service.name,
        owner: next.owner,
        step: step === null ? null : step + 1,
        steps: service.steps.length,
        percent: step === null ? 0 : (0,_rollout_machine_js__WEBPACK_IMPORTED_MODULE_0__/* .stepPercent */ .wz)(service, step),
        canary: next.canary ?? prev?.canary ?? null,
        stable: next.stable,
        verdict: next.lastVerdict,
        message,
        at: now,
    });
    const fresh = !prev || (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_1__/* .isTerminal */ .Hd)(prev.phase) || !sameRollout(prev, next);
    if (next.phase === 'Failed' && (prev?.phase !== 'Failed' || !sameRollout(prev, next))) {
        if (next.canary === null)
            return [base('rolled-back', null, next.reason ?? `rolled back to ${next.stable}`)];
        return [base('failed', next.step, `canary ${next.canary} failed: ${next.reason ?? 'see the report'}`)];
    }
    if (next.phase === 'Succeeded' && prev?.phase !== 'Succeeded')
        return [base('promoted', null, `promoted ${next.stable} to 100%`)];
    if (next.phase === 'Initializing' && fresh)
        return [base('started', null, `canary ${next.canary} deployed at 0% (stable ${next.stable})`)];
    if (!prev || fresh)
        return [];
    const out = [];
    if (next.paused && !prev.paused)
        out.push(base('paused', next.step, `paused at step ${next.step + 1} by ${next.paused.by}`));
    // on-inconclusive: hold keeps the stage and waits for a person: they are told once, when it holds
    if (next.held && !prev.held)
        out.push(base('inconclusive', next.step, `step ${next.step + 1} of ${service.steps.length} held, inconclusive: ${next.held}; merge to promote it anyway or close the PR to abort`));
    // a stage ended: the rollout moved to a later step, or every step has baked
    const ended = prev.phase !== 'Initializing' &&
        (next.step > prev.step || (next.awaitingMerge === true && !prev.awaitingMerge));
    if (ended) {
        const inconclusive = next.lastVerdict === 'inconclusive';
        const what = `step ${prev.step + 1} of ${service.steps.length}`;
        out.push({
            ...base(inconclusive ? 'inconclusive' : 'step-passed', prev.step, ''),
            message: inconclusive
                ? `${what} ended inconclusive (too little traffic to judge); the rollout went on`
                : `${what} passed (${next.lastVerdict ?? 'skipped'})`,
        });
    }
    return out;
}
/** A service's targets: its own `notify` when it has one (even empty: opted out), else the policy's. */
function notifyTargets(policy, service) {
    return policy.services.find((s) => s.name === service)?.notify ?? policy.notify ?? [];
}


/***/ }),

/***/ 60020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan),
  l: () => (/* binding */ releaseOf)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./src/plan/changes.ts
// Fields that name the release; everything else about a service is "routing" for the plan.
const releaseKey = (s) => `${s.image ?? ''}\u0000${s.revision ?? ''}`;
function settingsKey(s) {
    const rest = { ...s };
    delete rest.image;
    delete rest.revision;
    return stableJson(rest);
}
/** JSON with sorted keys, so two equal policies compare equal whatever their key order. */
function stableJson(v) {
    if (Array.isArray(v))
        return `[${v.map(stableJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const entries = Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}
/**
 * What changed from the base policy (null: the file is new) to the head policy, by service name.
 * A new service is `added`, not `canary`: it has no stable revision to compare against.
 */
function changedServices(base, head) {
    const before = new Map((base?.services ?? []).map((s) => [s.name, s]));
    const after = new Map(head.services.map((s) => [s.name, s]));
    const out = { canary: [], routing: [], removed: [], added: [], haproxyChanged: false };
    for (const [name, h] of after) {
        const b = before.get(name);
        if (!b)
            out.added.push(name);
        else if (releaseKey(b) !== releaseKey(h))
            out.canary.push(name);
        else if (settingsKey(b) !== settingsKey(h))
            out.routing.push(name);
    }
    for (const name of before.keys())
        if (!after.has(name))
            out.removed.push(name);
    out.haproxyChanged =
        base !== null && (stableJson(base.haproxy) !== stableJson(head.haproxy) || base.splitAt !== head.splitAt);
    return out;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// Pure: what a change from the base policy to the head policy would do, service by service.


function releaseOf(s) {
    return s.image ?? `revision ${s.revision}`;
}
function stagesOf(s) {
    return s.steps.map((st, i) => ({
        step: i + 1,
        label: st.headerOnly ? 'header only' : `${st.percent}%`,
        bakeMs: st.bakeMs,
    }));
}
/** Keys whose JSON differs, to explain a change (one level deep is enough). */
function diffFields(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}
function classify(name, c) {
    if (c.added.includes(name))
        return 'added';
    if (c.removed.includes(name))
        return 'removed';
    if (c.canary.includes(name))
        return 'release';
    return c.routing.includes(name) ? 'routing' : 'unchanged';
}
function servicePlan(name, c, base, head) {
    return {
        name,
        change: classify(name, c),
        release: { before: base ? releaseOf(base) : null, after: head ? releaseOf(head) : null },
        stages: { before: base ? stagesOf(base) : [], after: head ? stagesOf(head) : [] },
        changedFields: base && head ? diffFields(base, head) : [],
    };
}
/**
 * `baseConfig`/`headConfig` are the rendered HAProxy configs (the caller renders; the plan
 * only compares), so the plan stays a function of its inputs.
 */
function buildPlan(base, head, baseConfig, headConfig) {
    const byName = (p) => new Map((p?.services ?? []).map((s) => [s.name, s]));
    const b = byName(base);
    const h = byName(head);
    const names = [...new Set([...h.keys(), ...b.keys()])];
    const changes = changedServices(base, head);
    const services = names.map((n) => servicePlan(n, changes, b.get(n), h.get(n)));
    // the provenance line names the policy's digest, which every change moves: not a config change
    const provenance = /^# Generated by canary-relay from .*\n/m;
    baseConfig = baseConfig.replace(provenance, '');
    headConfig = headConfig.replace(provenance, '');
    const haproxyDiff = baseConfig === headConfig
        ? ''
        : (0,create/* createTwoFilesPatch */.ss)(`a/${head.haproxy.output}`, `b/${head.haproxy.output}`, baseConfig, headConfig, '', '', {
            context: 3,
        });
    return {
        policyFile: head.file,
        services,
        haproxyDiff,
        canary: services.some((s) => s.change === 'release' || s.change === 'added'),
    };
}


/***/ }),

/***/ 46671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qL: () => (/* binding */ policyErrorAt),
  UW: () => (/* binding */ validateAnalysisBlock),
  Op: () => (/* binding */ validatePolicyText)
});

// UNUSED EXPORTS: MAX_ALIASES, MAX_POLICY_BYTES, checkAddress, checkAddressOrSocket, checkCookieName, checkFilePath, checkHeaderName, checkHeaderValue, checkHostname, checkHttpUrl, checkImage, checkListenAddress, checkNameserver, checkPath, checkPort, checkProjectId, checkRegion, checkRevisionName, checkRunUrl, checkRuntimeApiAddress, checkServiceName, describeChar, formatDuration, formatPath, formatPolicyError, parseDuration, parseListen, parsePercent, parseRate, policyDigest, policySchema, sameSocket

// NAMESPACE OBJECT: ./src/policy/schema-validators.generated.js
var schema_validators_generated_namespaceObject = {};
__webpack_require__.r(schema_validators_generated_namespaceObject);
__webpack_require__.d(schema_validators_generated_namespaceObject, {
  analysis: () => (analysis),
  policy: () => (policy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/policy/issues.ts
var policy_issues = __webpack_require__(32348);
// EXTERNAL MODULE: ./src/policy/normalise.ts + 1 modules
var normalise = __webpack_require__(16233);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
;// CONCATENATED MODULE: ./src/policy/depth.ts
// How deep a policy's text nests, found without parsing it: the YAML parser recurses, so a deep
// enough input would overflow its stack before any error could name a position.
/** A policy nests about 7 levels deep; far deeper input only exists to exhaust the parser's stack. */
const MAX_DEPTH = 32;
/**
 * Offset where nesting first exceeds MAX_DEPTH, found without parsing (the parser recurses, so a
 * deep enough input would overflow its stack): block indentation levels, `- ` entries opened on
 * one line, and flow brackets outside quotes and comments. It may count a level too many inside a
 * block scalar, never too few for plain structure.
 */
function tooDeep(text) {
    const indents = [];
    let flow = 0;
    let quote = null;
    let offset = 0;
    for (const line of text.split('\n')) {
        const start = offset;
        offset += line.length + 1;
        let i = 0;
        if (quote === null && flow === 0) {
            const indent = /^ */.exec(line)[0].length;
            if (indent === line.length || line[indent] === '#')
                continue;
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            i = indent;
            if (indents.length > MAX_DEPTH)
                return start + i;
            while (/^[-?] /.test(line.slice(i))) {
                indents.push(i);
                if (indents.length > MAX_DEPTH)
                    return start + i;
                i += 2;
                while (line[i] === ' ')
                    i++;
            }
        }
        for (; i < line.length; i++) {
            const ch = line[i];
            if (quote === '"') {
                if (ch === '\\')
                    i++;
                else if (ch === '"')
                    quote = null;
            }
            else if (quote === "'") {
                if (ch === "'" && line[i + 1] === "'")
                    i++;
                else if (ch === "'")
                    quote = null;
            }
            else if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
                break;
            }
            else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]))) {
                quote = ch;
            }
            else if (ch === '[' || ch === '{') {
                flow++;
                if (indents.length + flow > MAX_DEPTH)
                    return start + i;
            }
            else if ((ch === ']' || ch === '}') && flow > 0) {
                flow--;
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/parse.ts
// YAML → plain data, keeping the document so any path can be mapped back to line:col.
// Only plain data is accepted: one document, no tags, no directives, unique keys, scalar keys,
// and at most a few aliases that do not nest (so an alias bomb cannot expand).




const MAX_POLICY_BYTES = 1024 * 1024;
/** Enough to share a steps list or an analysis block between services; far too few for a bomb. */
const MAX_ALIASES = 10;
/** `services[0].steps[2].percent`; odd keys are quoted: `services[0]["a b"]`. */
function formatPath(path) {
    if (path.length === 0)
        return '(root)';
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z0-9_-]+$/.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
function parsePolicyYaml(text, file) {
    // the YAML library's messages quote the source: no raw control character may pass into a message
    const err = (line, col, path, message) => ({
        file,
        line,
        col,
        path,
        message: (0,markdown/* visible */.RK)(message),
    });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_POLICY_BYTES) {
        const mib = (bytes / MAX_POLICY_BYTES).toFixed(2);
        return {
            ok: false,
            errors: [err(1, 1, '(file)', `is ${bytes} bytes (${mib} MiB); a policy file may be at most 1 MiB`)],
        };
    }
    // YAML 1.2 reads a lone CR as a line break; the parser only knows LF and CRLF (same lines, same columns)
    text = text.replace(/\r(?!\n)/g, '\n');
    const deep = tooDeep(text);
    if (deep !== undefined) {
        const lines = text.slice(0, deep).split('\n');
        return {
            ok: false,
            errors: [
                err(lines.length, lines[lines.length - 1].length + 1, '(yaml)', `nesting deeper than ${MAX_DEPTH} levels starts here; a policy needs fewer than 10: flatten the value`),
            ],
        };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const pos = (offset) => lineCounter.linePos(offset);
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
        return {
            ok: false,
            errors: [err(1, 1, '(root)', 'the policy is empty; it needs at least `version: 1` and `services:`')],
        };
    }
    const errors = [];
    if (docs.length > 1) {
        const p = pos(docs[1].range[0]);
        errors.push(err(p.line, p.col, '(root)', 'a second YAML document starts here; a policy file holds exactly one (remove "---")'));
    }
    const doc = docs[0];
    for (const e of doc.errors) {
        const p = pos(e.pos[0]);
        errors.push(err(p.line, p.col, '(yaml)', `YAML syntax error: ${e.message.split('\n')[0]}`));
    }
    if (errors.length > 0)
        return { ok: false, errors };
    errors.push(...checkDirectives(text, doc, pos, err));
    errors.push(...checkPlainData(text, doc, pos, err));
    if (errors.length > 0)
        return { ok: false, errors };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 * MAX_ALIASES });
    }
    catch (e) {
        // the checks above should leave nothing for toJS to refuse; if it does, say so with a position
        return { ok: false, errors: [err(1, 1, '(yaml)', `cannot read the YAML: ${e.message}`)] };
    }
    return { ok: true, parsed: { data, locate: (path, at = 'value') => pos(offsetOf(doc, path, at)) } };
}
/** %YAML and %TAG change how the rest of the file is read; a policy needs neither. */
function checkDirectives(text, doc, pos, err) {
    const explicitTags = Object.keys(doc.directives.tags).filter((t) => t !== '!!' && t !== '!');
    if (!doc.directives.yaml.explicit && explicitTags.length === 0)
        return [];
    const m = /^%/m.exec(text);
    const p = pos(m ? m.index : 0);
    return [err(p.line, p.col, '(yaml)', 'YAML directives (%YAML, %TAG) are not allowed; delete the line')];
}
/** Tags, duplicate or complex keys, and aliases beyond the small allowance. */
function checkPlainData(text, doc, pos, err) {
    const errors = [];
    const at = (offset, message) => {
        const p = pos(offset);
        errors.push(err(p.line, p.col, '(yaml)', message));
    };
    // Count first: past the limit a single error says why, without judging every alias.
    let aliases = 0;
    let firstOver;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            aliases++;
            if (aliases === MAX_ALIASES + 1)
                firstOver = node;
        },
    });
    if (firstOver) {
        at(firstOver.range?.[0] ?? 0, `more than ${MAX_ALIASES} YAML aliases (*name) (${aliases} in all); aliases are limited to refuse ` +
            'alias bombs ("billion laughs"); write the values out');
    }
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if (firstOver)
                return;
            const target = node.resolve(doc);
            if (!target) {
                at(node.range?.[0] ?? 0, `alias *${JSON.stringify(node.source).slice(1, -1)} has no anchor (&name) before it; define the ` +
                    'anchor first, or quote the value if "*" was meant as text');
            }
            else if (containsAlias(target)) {
                at(node.range?.[0] ?? 0, `alias *${node.source} points at a node that itself contains aliases; nested aliases are ` +
                    'refused (they can expand exponentially); write the values out');
            }
        },
        Node(_key, node) {
            if (((0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.tag) {
                const start = node.range?.[0] ?? 0;
                const bang = text.lastIndexOf('!', start);
                at(bang >= 0 && start - bang < 200 ? bang : start, 'YAML tags (like !!str or !custom) are not allowed; write a plain value (quote it to make it a string)');
            }
            if ((0,dist/* isMap */.jh)(node))
                checkKeys(node.items, at);
        },
    });
    return errors;
}
function checkKeys(items, at) {
    const seen = new Map();
    for (const pair of items) {
        if (!(0,dist/* isPair */.tO)(pair))
            continue;
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key) || key.value === null || typeof key.value === 'object') {
            const start = key?.range?.[0] ?? 0;
            at(start, 'keys must be plain words (a list, map, alias or empty key is not allowed here)');
            continue;
        }
        const name = String(key.value);
        const start = key.range?.[0] ?? 0;
        const first = seen.get(name);
        if (first !== undefined)
            at(start, `duplicate key ${JSON.stringify(name)}; each key may appear once in a map`);
        else
            seen.set(name, start);
    }
}
function containsAlias(node) {
    let found = false;
    (0,dist/* visit */.YR)(node, {
        Alias() {
            found = true;
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
/** Walks the document along `path`; stops at the deepest node that exists. */
function offsetOf(doc, path, at) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                return offset;
            const keyNode = pair.key;
            if (last && at === 'key')
                return keyNode.range?.[0] ?? offset;
            const value = pair.value;
            // `key:` with nothing after it: point at the key
            if (!value ||
                !value.range ||
                ((0,dist/* isScalar */.jn)(value) && value.value === null && value.range[0] === value.range[1])) {
                return keyNode.range?.[0] ?? offset;
            }
            node = value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number' && seg < node.items.length) {
            node = node.items[seg];
        }
        else {
            return offset;
        }
        offset = node?.range?.[0] ?? offset;
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/policy/traffic-policy.schema.json
const traffic_policy_schema_namespaceObject = {};
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/policy/suggest.ts
// "Did you mean …?" for unknown keys and enum values.

/** Folds the differences people make most: case, `_` vs `-`, camelCase vs kebab-case. */
function fold(word) {
    return word.toLowerCase().replace(/[-_\s]/g, '');
}
/**
 * The candidate closest to `word`, or undefined when none is close enough to be a plausible
 * typo (a suggestion that is far off confuses more than it helps).
 */
function suggest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        if (fold(c) === fold(word))
            return c;
        const d = (0,mod/* distance */.Io)(word.toLowerCase(), c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const limit = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= limit ? best : undefined;
}

;// CONCATENATED MODULE: ./src/policy/schema-validators.generated.js
// GENERATED by scripts/schema-validators.mjs from traffic-policy.schema.json: do not edit.
const policy = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/canary-relay/canary-relay/traffic-policy.schema.json","title":"canary-relay traffic policy","description":"The traffic policy (traffic-policy.yaml): which Cloud Run services sit behind HAProxy, how their canaries are staged and how each stage is judged.","type":"object","additionalProperties":false,"required":["version","services"],"patternProperties":{"^x-":{"description":"Ignored: a place for YAML anchors shared by several services (`x-steps: &standard [...]`)."}},"properties":{"version":{"description":"Policy format version; always 1.","const":1},"defaults":{"description":"Values every service inherits unless it sets its own.","type":"object","additionalProperties":false,"properties":{"project":{"$ref":"#/definitions/project"},"region":{"$ref":"#/definitions/region"},"project-number":{"$ref":"#/definitions/projectNumber"},"operation-timeout":{"description":"How long one Cloud Run operation (a deploy or a traffic write) may run before the run stops and says so (30s–1h; default 10m). Never past the job's own limit (`job-timeout-minutes`).","$ref":"#/definitions/duration"}}},"haproxy":{"description":"How the HAProxy configuration is rendered.","type":"object","additionalProperties":false,"properties":{"output":{"description":"Where the rendered configuration is written (and its map beside it): a path relative to the repository that resolves, symlinks followed, inside it and outside `.git`.","type":"string","default":"haproxy/haproxy.cfg","pattern":"^[A-Za-z0-9._/-]+$","patternErrorMessage":"a file path may contain only A-Z a-z 0-9 and - . _ /"},"bind":{"description":"Addresses the TLS frontend listens on (`:443`, `127.0.0.1:8443`, `[::]:443`).","type":"array","default":[":443"],"minItems":1,"maxItems":16,"items":{"$ref":"#/definitions/address"}},"certificate":{"description":"PEM file (certificate and key) HAProxy terminates TLS with.","$ref":"#/definitions/filePath"},"redirect-http":{"description":"Listen on `http-bind` and redirect plain HTTP to HTTPS.","type":"boolean","default":true},"http-bind":{"description":"Where the plain-HTTP redirect listens.","default":":80","$ref":"#/definitions/address"},"hsts":{"description":"Strict-Transport-Security max-age in seconds (integer, 0–63072000, i.e. up to two years); omitted: no HSTS header.","type":"integer","minimum":0,"maximum":63072000},"resolvers":{"description":"DNS servers HAProxy re-resolves Cloud Run host names with; omitted: parse-resolv-conf.","type":"object","additionalProperties":false,"required":["nameservers"],"properties":{"nameservers":{"description":"Name servers as `ip:port` (1–8).","type":"array","minItems":1,"maxItems":8,"items":{"$ref":"#/definitions/address"}},"refresh":{"description":"How often names are re-resolved (`timeout resolve`; 1s–1h).","default":"30s","$ref":"#/definitions/duration"}}},"limits":{"description":"Connection and request limits.","type":"object","additionalProperties":false,"properties":{"max-connections":{"description":"Global `maxconn` (1–1000000).","type":"integer","minimum":1,"maximum":1000000,"default":4000},"rate-per-ip":{"description":"Requests allowed per client IP per period, like `200/10s` (1–1000000 requests per 1s–1h); omitted: no limit.","type":"string","pattern":"^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$","patternErrorMessage":"write COUNT/DURATION, e.g. 200/10s"}}},"timeouts":{"description":"HAProxy timeouts.","type":"object","additionalProperties":false,"properties":{"connect":{"description":"`timeout connect` (100ms–5m).","default":"5s","$ref":"#/definitions/duration"},"client":{"description":"`timeout client` (1s–24h).","default":"30s","$ref":"#/definitions/duration"},"server":{"description":"`timeout server` (1s–24h).","default":"300s","$ref":"#/definitions/duration"},"tunnel":{"description":"`timeout tunnel`: how long an upgraded connection (WebSocket) may stay idle; at most 24h.","default":"1h","$ref":"#/definitions/duration"}}},"runtime-api":{"description":"Address (`host:port`) or socket path of an HAProxy runtime API that stage changes are sent to without a reload; a list for a fleet (every instance gets every change, read back). It is an unauthenticated admin socket: a unix socket, or one private address behind a firewall; a wildcard address (`:9999`, `0.0.0.0:9999`, `[::]:9999`) is refused, in a list for each entry.","type":["string","array"],"pattern":"^[A-Za-z0-9._:/\\[\\]-]+$","patternErrorMessage":"write host:port or /path/to.sock","minItems":1,"maxItems":64,"items":{"$ref":"#/definitions/runtimeApi"}},"stats-socket":{"description":"Path of the admin stats socket in the rendered config.","default":"/run/haproxy/admin.sock","$ref":"#/definitions/filePath"},"prometheus-bind":{"description":"Loopback address of HAProxy's Prometheus exporter.","default":"127.0.0.1:8405","$ref":"#/definitions/address"},"map-file":{"description":"Map file holding each service's canary percent.","default":"/etc/haproxy/canary-relay.map","$ref":"#/definitions/filePath"},"ca-file":{"description":"CA bundle HAProxy verifies Cloud Run's certificates with: `@system-ca` or a file path.","type":"string","default":"@system-ca","pattern":"^(@system-ca|[A-Za-z0-9._/-]+)$","patternErrorMessage":"write @system-ca or a file path (A-Z a-z 0-9 and - . _ /)"},"log":{"description":"Where HAProxy logs each request (httplog fields plus service, side, revision, assignment, bucket, percent): `stdout` or `stderr` (containers), a syslog address `host:port` (UDP) or socket (`/dev/log`), or `none`.","type":"string","default":"stdout","pattern":"^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$","patternErrorMessage":"write stdout, stderr, none, a syslog address host:port or a socket path like /dev/log"},"client-ca":{"description":"CA bundle client certificates are verified with (mTLS at the frontend); omitted: no client certificates asked for.","$ref":"#/definitions/filePath"},"client-verify":{"description":"With `client-ca`: `required` (no verified certificate, no request) or `optional` (a certificate is verified when sent); a service's `client-verify` overrides it for its hosts.","type":"string","enum":["required","optional"],"default":"required"},"trusted-proxies":{"description":"Networks (CIDR) whose X-Forwarded-* headers are kept; from anyone else they are removed before Cloud Run.","type":"array","items":{"$ref":"#/definitions/cidr"}},"hsts-include-subdomains":{"description":"Add `includeSubDomains` to the Strict-Transport-Security header.","type":"boolean","default":false},"server-state-file":{"description":"File HAProxy reads server state (addresses, health) from at start, so `init-addr last` has a state to read; write it with `show servers state` before a reload.","default":"/var/lib/haproxy/canary-relay.state","$ref":"#/definitions/filePath"},"token-map":{"description":"Map file holding each private service's ID token (`auth: id-token`), kept fresh by `canary-relay tokens`.","default":"/etc/haproxy/canary-relay-tokens.map","$ref":"#/definitions/filePath"}}},"split-at":{"description":"Which layer applies canary percentages: `haproxy` (sticky bucket cookie, map file) or `cloud-run` (Cloud Run traffic split).","type":"string","enum":["haproxy","cloud-run"],"default":"haproxy"},"services":{"description":"The Cloud Run services behind HAProxy, each with its canary plan.","type":"array","minItems":1,"items":{"$ref":"#/definitions/service"}},"notify":{"description":"Where rollout events go: Slack incoming webhooks and HMAC-signed JSON webhooks. URLs and secrets come from environment variables named here, never from the policy. A service's own `notify` replaces this list for that service.","$ref":"#/definitions/notify"}},"definitions":{"project":{"description":"Google Cloud project ID.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a project ID may contain only a-z 0-9 and -"},"region":{"description":"Cloud Run region, e.g. `us-central1`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"write a region such as us-central1"},"projectNumber":{"description":"Google Cloud project number (digits, as a quoted string); used for the deterministic `*.run.app` URLs.","type":"string","pattern":"^[0-9]{1,20}$","patternErrorMessage":"a project number has only digits, e.g. \"123456789012\""},"duration":{"description":"A duration like `500ms`, `30s`, `10m`, `1h` or `1h30m`.","type":"string","minLength":1,"pattern":"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$","patternErrorMessage":"write a duration like 500ms, 30s, 10m, 1h or 1h30m"},"address":{"description":"An address `host:port`, `:port`, `ip:port` or `[ipv6]:port`.","type":"string","pattern":"^[A-Za-z0-9.:\\[\\]-]+$","patternErrorMessage":"write host:port, :port or [ipv6]:port"},"runtimeApi":{"description":"An HAProxy runtime API: `host:port` or a socket path.","type":"string","pattern":"^[A-Za-z0-9._:/\\[\\]-]+$","patternErrorMessage":"write host:port or /path/to.sock"},"filePath":{"description":"A file path (A-Z a-z 0-9 and - . _ /).","type":"string","pattern":"^[A-Za-z0-9._/-]+$","patternErrorMessage":"a file path may contain only A-Z a-z 0-9 and - . _ /"},"path":{"description":"A URL path starting with `/` (A-Z a-z 0-9 and - . _ ~ /).","type":"string","pattern":"^[A-Za-z0-9._~/-]+$","patternErrorMessage":"a path may contain only A-Z a-z 0-9 and - . _ ~ /"},"service":{"description":"One Cloud Run service and how its releases are rolled out.","type":"object","additionalProperties":false,"required":["name","hosts"],"properties":{"name":{"description":"Cloud Run service name: lowercase letters, digits and hyphens, starting with a letter, at most 49 characters.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a service name may contain only a-z 0-9 and -"},"project":{"description":"Google Cloud project ID; default: `defaults.project`.","$ref":"#/definitions/project"},"region":{"description":"Cloud Run region; default: `defaults.region`.","$ref":"#/definitions/region"},"project-number":{"description":"Project number for the deterministic URL; default: `defaults.project-number`.","$ref":"#/definitions/projectNumber"},"hosts":{"description":"Host names HAProxy routes to this service (1–50).","type":"array","minItems":1,"maxItems":50,"items":{"description":"A host name such as `shop.example.com`.","type":"string","pattern":"^[A-Za-z0-9.-]+$","patternErrorMessage":"a hostname may contain only A-Z a-z 0-9 and - ."}},"paths":{"description":"Path prefixes routed to this service (at most 50); omitted: every path of its hosts. The longest matching prefix of all services on a host wins.","type":"array","maxItems":50,"items":{"$ref":"#/definitions/path"}},"image":{"description":"Desired container image (`REGISTRY/PATH[:TAG][@sha256:DIGEST]`); changing it starts a canary. Exactly one of `image` and `revision`.","type":"string","pattern":"^[A-Za-z0-9._/:@-]+$","patternErrorMessage":"an image may contain only a-z 0-9 and - . _ / : @"},"revision":{"description":"Desired existing Cloud Run revision by name. Exactly one of `image` and `revision`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a revision name may contain only a-z 0-9 and -"},"url":{"description":"The service's URL, `https://SERVICE-HASH-REGION_CODE.a.run.app` or `https://SERVICE-PROJECT_NUMBER.REGION.run.app`; omitted: the deterministic URL from `project-number`.","type":"string"},"routing":{"description":"How requests are pinned to the canary.","type":"object","additionalProperties":false,"properties":{"header":{"description":"Requests carrying this header and value always go to the canary.","type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"description":"Header name (A-Z a-z 0-9 and -), e.g. `X-Canary`; not a hop-by-hop, routing or credential header (`Host`, `Connection`, `Cookie`, `X-Forwarded-For`, ...).","type":"string","pattern":"^[A-Za-z0-9-]+$","patternErrorMessage":"a header name may contain only A-Z a-z 0-9 and -"},"value":{"description":"Header value (A-Z a-z 0-9 and - . _ ~ : / = +).","type":"string","pattern":"^[A-Za-z0-9._~:/=+-]+$","patternErrorMessage":"a header value may contain only A-Z a-z 0-9 and - . _ ~ : / = +"},"allow-from":{"description":"Only clients from these networks (CIDR) may pick the canary with the header; from anywhere else the header is removed before routing and before Cloud Run. The client is the connection source, or behind a `trusted-proxies` proxy the last X-Forwarded-For address. Omitted: anyone may.","type":"array","minItems":1,"items":{"$ref":"#/definitions/cidr"}}}},"sticky-cookie":{"description":"Cookie that keeps a client's bucket across stages (A-Z a-z 0-9 and _ -).","type":"string","pattern":"^[A-Za-z0-9_-]+$","patternErrorMessage":"a cookie name may contain only A-Z a-z 0-9 and _ -"}}},"health":{"description":"Health check HAProxy sends to each revision.","type":"object","additionalProperties":false,"properties":{"path":{"description":"Health check path; must not end in `z` (Cloud Run reserves those).","default":"/health","$ref":"#/definitions/path"},"interval":{"description":"Time between health checks, at most 1h (a down server is checked every 5s or `interval` if shorter).","default":"20s","$ref":"#/definitions/duration"},"timeout":{"description":"How long a check may take, at most 5m; longer than a Cloud Run cold start.","default":"15s","$ref":"#/definitions/duration"},"fall":{"description":"Failed checks in a row before a revision leaves the rotation.","type":"integer","minimum":1,"maximum":100,"default":3},"rise":{"description":"Passed checks in a row before it comes back.","type":"integer","minimum":1,"maximum":100,"default":2},"slowstart":{"description":"After the canary comes up, its concurrent connections ramp up over this time; bucketed requests that would queue go to stable meanwhile. `0s`: off; at most 1h.","default":"30s","$ref":"#/definitions/duration"}}},"steps":{"description":"Canary stages in order (1–20); default: header-only 5m (when `routing.header` is set), then 5%, 25%, 50% for 10m each.","type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/definitions/step"}},"promote":{"description":"When the canary becomes 100%: `on-merge` (when the PR merges), `gradual` (remaining steps after the merge) or `auto` (as soon as the last step passes).","type":"string","enum":["on-merge","gradual","auto"],"default":"on-merge"},"analysis":{"$ref":"#/definitions/analysis"},"smoke":{"description":"Requests sent to the canary before its first step.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Path requested; must not end in `z`.","$ref":"#/definitions/path"},"requests":{"description":"How many requests (1–1000).","type":"integer","minimum":1,"maximum":1000,"default":20},"expect-status":{"description":"HTTP status every request must return (100–599).","type":"integer","minimum":100,"maximum":599,"default":200}}},"auth":{"description":"How HAProxy authenticates to Cloud Run: `none` (a public service) or `id-token` (a Google ID token for the service URL from `haproxy.token-map`, kept fresh by `canary-relay tokens`).","type":"string","enum":["none","id-token"],"default":"none"},"client-authorization":{"description":"A client's Authorization header: `drop` (never reaches Cloud Run) or `pass-through` (with `auth: id-token` the token then goes in X-Serverless-Authorization). Default: `drop` with `auth: id-token`, else `pass-through`.","type":"string","enum":["drop","pass-through"]},"client-verify":{"description":"Overrides `haproxy.client-verify` for this service's hosts.","type":"string","enum":["required","optional"]},"notify":{"description":"This service's notification targets; replaces the top-level `notify`.","$ref":"#/definitions/notify"},"hooks":{"description":"HTTP calls around each step: `pre-step` before its traffic shifts, `post-step` after its bake passed.","type":"object","additionalProperties":false,"properties":{"pre-step":{"$ref":"#/definitions/hook"},"post-step":{"$ref":"#/definitions/hook"}}}}},"step":{"description":"One canary stage: `header-only: true` (first step only) or a `percent`, baked for `bake`.","type":"object","additionalProperties":false,"required":["bake"],"properties":{"header-only":{"description":"Only the header cohort reaches the canary (0%); allowed as the first step only.","type":"boolean"},"percent":{"description":"Canary share of traffic, an integer 1–100, strictly increasing from step to step.","type":"integer","minimum":1,"maximum":100},"bake":{"description":"The stage's minimum time (0s–168h): it passes no earlier, however strong the evidence (a fail stops it at any time).","$ref":"#/definitions/duration"},"max-bake":{"description":"The stage's longest time (default 3 × `bake`): a stage still undecided then is inconclusive and `analysis.on-inconclusive` decides. At least `bake`, at most 24h.","$ref":"#/definitions/duration"},"approval":{"description":"`required`: the rollout stops before this step until a person approves (PR review by someone with write access, label `canary-relay:approve`, or workflow_dispatch `approve`).","type":"string","enum":["required","none"],"default":"none"}}},"analysis":{"description":"How each stage is judged, canary against stable.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Where metrics come from: `prometheus`, `cloud-monitoring` or `haproxy` (HAProxy runtime counters; no latency).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"],"default":"prometheus"},"prometheus":{"description":"The Prometheus server (required when `source: prometheus`).","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Base URL of the Prometheus HTTP API, e.g. `http://prometheus.internal:9090`.","type":"string"}}},"interval":{"description":"Time between metric polls (1s–10m).","default":"30s","$ref":"#/definitions/duration"},"min-requests":{"description":"Requests each side needs before a stage can pass (1–1000000); a bake that ends with fewer is inconclusive. Strong enough evidence fails a canary with fewer.","type":"integer","minimum":1,"maximum":1000000,"default":200},"alpha":{"description":"False-failure budget of the sequential test, 0.0001–0.5, split across metrics.","type":"number","minimum":0.0001,"maximum":0.5,"default":0.01},"pass-alpha":{"description":"Wrong-pass budget: the chance that a stage passes although a metric is at least its `tolerance` worse, in (0, 0.5]. Not split across metrics (a pass needs every metric's evidence).","type":"number","exclusiveMinimum":0,"maximum":0.5,"default":0.01},"metrics":{"description":"What is judged (1–10 metrics); default: `[{ error-rate: { max: 1%, vs-baseline: true } }]`.","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/definitions/metric"}},"on-inconclusive":{"description":"What an inconclusive stage does: `hold` keeps its traffic and waits for a human (a merge still promotes, recorded as a human decision); `rollback` sends all traffic back to stable.","type":"string","enum":["hold","rollback"],"default":"hold"}}},"metric":{"description":"One metric: exactly one of `error-rate`, `latency` or `custom`.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"error-rate":{"description":"Share of 5xx responses.","type":"object","additionalProperties":false,"properties":{"max":{"description":"Absolute ceiling, a percentage like `1%`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?%$","patternErrorMessage":"write a percentage like 1% or 0.5%"},"vs-baseline":{"description":"Fail when the canary's error rate is significantly above stable's.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's error rate is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.75},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too (a shared incident). Default: the ceiling fails the canary only when it is also worse than stable.","type":"boolean","default":false},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"latency":{"description":"Response time.","type":"object","additionalProperties":false,"properties":{"quantile":{"description":"Quantile the `max` ceiling applies to, in (0, 1).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"default":0.95},"max":{"description":"Absolute ceiling for the quantile, a duration like `800ms` (1ms–1h).","$ref":"#/definitions/duration"},"vs-baseline":{"description":"Fail when the canary is significantly slower than stable.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's share of requests slower than stable's median and p90 is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.5},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too. Default: only when the canary is also slower than stable.","type":"boolean","default":false},"warmup":{"description":"Latency is judged only after the canary has had traffic this long in a stage (cold starts); the cold-start latency is reported on its own line. At most 30m.","default":"60s","$ref":"#/definitions/duration"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"custom":{"description":"A Prometheus query with bounds; the placeholders `{{service}}`, `{{revision}}`, `{{backend}}` and `{{window}}` are filled in, any other `{{...}}` is an error.","type":"object","additionalProperties":false,"required":["name","query"],"properties":{"name":{"description":"Name shown in the summary (A-Z a-z 0-9 and _ : -).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_:-]*$","patternErrorMessage":"start with a letter or _, then A-Z a-z 0-9 and _ : -"},"query":{"description":"The query; its value for the canary is compared with `min` / `max`.","type":"string","minLength":1},"min":{"description":"Lowest acceptable value.","type":"number"},"max":{"description":"Highest acceptable value.","type":"number"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}}}},"cidr":{"description":"A network in CIDR form (`10.0.0.0/8`, `2001:db8::/32`) or one address.","type":"string","pattern":"^[0-9A-Fa-f.:/]+$","patternErrorMessage":"write a CIDR such as 10.0.0.0/8 or 2001:db8::/32"},"envName":{"description":"The name of an environment variable (set it from a secret in the workflow).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,127}$","patternErrorMessage":"name an environment variable (letters, digits and _), e.g. SLACK_WEBHOOK_URL; never the URL or secret itself"},"notify":{"description":"Notification targets (at most 10).","type":"array","maxItems":10,"items":{"$ref":"#/definitions/notifyTarget"}},"notifyTarget":{"description":"One target: exactly one of `slack` or `webhook`, and the events it gets.","type":"object","additionalProperties":false,"properties":{"slack":{"description":"A Slack incoming webhook; the message uses Block Kit (verdict, service, step, links to the PR and the run).","type":"object","additionalProperties":false,"required":["webhook-url-env"],"properties":{"webhook-url-env":{"description":"Environment variable holding the webhook URL (https://hooks.slack.com/services/…).","$ref":"#/definitions/envName"}}},"webhook":{"description":"A JSON POST signed with HMAC-SHA256 of the body in `X-Canary-Relay-Signature-256: sha256=<hex>`.","type":"object","additionalProperties":false,"required":["url-env","secret-env"],"properties":{"url-env":{"description":"Environment variable holding the URL (http or https).","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding the HMAC key.","$ref":"#/definitions/envName"}}},"events":{"description":"Events sent to this target (default: all).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["started","step-passed","failed","rolled-back","promoted","inconclusive","paused"]}}}},"hook":{"description":"An HTTP POST (JSON body, signed like a webhook when `secret-env` is set); a non-2xx answer or a timeout fails the step.","type":"object","additionalProperties":false,"properties":{"url":{"description":"The URL (http or https); or use `url-env`.","type":"string","minLength":1},"url-env":{"description":"Environment variable holding the URL, when it carries a token.","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding an HMAC key: the body is signed as for webhooks.","$ref":"#/definitions/envName"},"timeout":{"description":"How long to wait for the answer, 1s to 10m.","$ref":"#/definitions/duration","default":"30s"}}}}};const schema12 = {"description":"Google Cloud project ID.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a project ID may contain only a-z 0-9 and -"};const schema13 = {"description":"Cloud Run region, e.g. `us-central1`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"write a region such as us-central1"};const schema14 = {"description":"Google Cloud project number (digits, as a quoted string); used for the deterministic `*.run.app` URLs.","type":"string","pattern":"^[0-9]{1,20}$","patternErrorMessage":"a project number has only digits, e.g. \"123456789012\""};const schema15 = {"description":"A duration like `500ms`, `30s`, `10m`, `1h` or `1h30m`.","type":"string","minLength":1,"pattern":"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$","patternErrorMessage":"write a duration like 500ms, 30s, 10m, 1h or 1h30m"};const schema16 = {"description":"An address `host:port`, `:port`, `ip:port` or `[ipv6]:port`.","type":"string","pattern":"^[A-Za-z0-9.:\\[\\]-]+$","patternErrorMessage":"write host:port, :port or [ipv6]:port"};const schema17 = {"description":"A file path (A-Z a-z 0-9 and - . _ /).","type":"string","pattern":"^[A-Za-z0-9._/-]+$","patternErrorMessage":"a file path may contain only A-Z a-z 0-9 and - . _ /"};const schema25 = {"description":"An HAProxy runtime API: `host:port` or a socket path.","type":"string","pattern":"^[A-Za-z0-9._:/\\[\\]-]+$","patternErrorMessage":"write host:port or /path/to.sock"};const schema30 = {"description":"A network in CIDR form (`10.0.0.0/8`, `2001:db8::/32`) or one address.","type":"string","pattern":"^[0-9A-Fa-f.:/]+$","patternErrorMessage":"write a CIDR such as 10.0.0.0/8 or 2001:db8::/32"};const pattern0 = new RegExp("^x-", "u");const pattern1 = new RegExp("^[a-z0-9-]+$", "u");const pattern3 = new RegExp("^[0-9]{1,20}$", "u");const pattern4 = new RegExp("^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$", "u");const pattern5 = new RegExp("^[A-Za-z0-9._/-]+$", "u");const pattern6 = new RegExp("^[A-Za-z0-9.:\\[\\]-]+$", "u");const pattern11 = new RegExp("^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$", "u");const pattern16 = new RegExp("^[A-Za-z0-9._:/\\[\\]-]+$", "u");const pattern21 = new RegExp("^(@system-ca|[A-Za-z0-9._/-]+)$", "u");const pattern22 = new RegExp("^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$", "u");const pattern24 = new RegExp("^[0-9A-Fa-f.:/]+$", "u");const func2 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});const func3 = Object.prototype.hasOwnProperty;const schema33 = {"description":"One Cloud Run service and how its releases are rolled out.","type":"object","additionalProperties":false,"required":["name","hosts"],"properties":{"name":{"description":"Cloud Run service name: lowercase letters, digits and hyphens, starting with a letter, at most 49 characters.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a service name may contain only a-z 0-9 and -"},"project":{"description":"Google Cloud project ID; default: `defaults.project`.","$ref":"#/definitions/project"},"region":{"description":"Cloud Run region; default: `defaults.region`.","$ref":"#/definitions/region"},"project-number":{"description":"Project number for the deterministic URL; default: `defaults.project-number`.","$ref":"#/definitions/projectNumber"},"hosts":{"description":"Host names HAProxy routes to this service (1–50).","type":"array","minItems":1,"maxItems":50,"items":{"description":"A host name such as `shop.example.com`.","type":"string","pattern":"^[A-Za-z0-9.-]+$","patternErrorMessage":"a hostname may contain only A-Z a-z 0-9 and - ."}},"paths":{"description":"Path prefixes routed to this service (at most 50); omitted: every path of its hosts. The longest matching prefix of all services on a host wins.","type":"array","maxItems":50,"items":{"$ref":"#/definitions/path"}},"image":{"description":"Desired container image (`REGISTRY/PATH[:TAG][@sha256:DIGEST]`); changing it starts a canary. Exactly one of `image` and `revision`.","type":"string","pattern":"^[A-Za-z0-9._/:@-]+$","patternErrorMessage":"an image may contain only a-z 0-9 and - . _ / : @"},"revision":{"description":"Desired existing Cloud Run revision by name. Exactly one of `image` and `revision`.","type":"string","pattern":"^[a-z0-9-]+$","patternErrorMessage":"a revision name may contain only a-z 0-9 and -"},"url":{"description":"The service's URL, `https://SERVICE-HASH-REGION_CODE.a.run.app` or `https://SERVICE-PROJECT_NUMBER.REGION.run.app`; omitted: the deterministic URL from `project-number`.","type":"string"},"routing":{"description":"How requests are pinned to the canary.","type":"object","additionalProperties":false,"properties":{"header":{"description":"Requests carrying this header and value always go to the canary.","type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"description":"Header name (A-Z a-z 0-9 and -), e.g. `X-Canary`; not a hop-by-hop, routing or credential header (`Host`, `Connection`, `Cookie`, `X-Forwarded-For`, ...).","type":"string","pattern":"^[A-Za-z0-9-]+$","patternErrorMessage":"a header name may contain only A-Z a-z 0-9 and -"},"value":{"description":"Header value (A-Z a-z 0-9 and - . _ ~ : / = +).","type":"string","pattern":"^[A-Za-z0-9._~:/=+-]+$","patternErrorMessage":"a header value may contain only A-Z a-z 0-9 and - . _ ~ : / = +"},"allow-from":{"description":"Only clients from these networks (CIDR) may pick the canary with the header; from anywhere else the header is removed before routing and before Cloud Run. The client is the connection source, or behind a `trusted-proxies` proxy the last X-Forwarded-For address. Omitted: anyone may.","type":"array","minItems":1,"items":{"$ref":"#/definitions/cidr"}}}},"sticky-cookie":{"description":"Cookie that keeps a client's bucket across stages (A-Z a-z 0-9 and _ -).","type":"string","pattern":"^[A-Za-z0-9_-]+$","patternErrorMessage":"a cookie name may contain only A-Z a-z 0-9 and _ -"}}},"health":{"description":"Health check HAProxy sends to each revision.","type":"object","additionalProperties":false,"properties":{"path":{"description":"Health check path; must not end in `z` (Cloud Run reserves those).","default":"/health","$ref":"#/definitions/path"},"interval":{"description":"Time between health checks, at most 1h (a down server is checked every 5s or `interval` if shorter).","default":"20s","$ref":"#/definitions/duration"},"timeout":{"description":"How long a check may take, at most 5m; longer than a Cloud Run cold start.","default":"15s","$ref":"#/definitions/duration"},"fall":{"description":"Failed checks in a row before a revision leaves the rotation.","type":"integer","minimum":1,"maximum":100,"default":3},"rise":{"description":"Passed checks in a row before it comes back.","type":"integer","minimum":1,"maximum":100,"default":2},"slowstart":{"description":"After the canary comes up, its concurrent connections ramp up over this time; bucketed requests that would queue go to stable meanwhile. `0s`: off; at most 1h.","default":"30s","$ref":"#/definitions/duration"}}},"steps":{"description":"Canary stages in order (1–20); default: header-only 5m (when `routing.header` is set), then 5%, 25%, 50% for 10m each.","type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/definitions/step"}},"promote":{"description":"When the canary becomes 100%: `on-merge` (when the PR merges), `gradual` (remaining steps after the merge) or `auto` (as soon as the last step passes).","type":"string","enum":["on-merge","gradual","auto"],"default":"on-merge"},"analysis":{"$ref":"#/definitions/analysis"},"smoke":{"description":"Requests sent to the canary before its first step.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"description":"Path requested; must not end in `z`.","$ref":"#/definitions/path"},"requests":{"description":"How many requests (1–1000).","type":"integer","minimum":1,"maximum":1000,"default":20},"expect-status":{"description":"HTTP status every request must return (100–599).","type":"integer","minimum":100,"maximum":599,"default":200}}},"auth":{"description":"How HAProxy authenticates to Cloud Run: `none` (a public service) or `id-token` (a Google ID token for the service URL from `haproxy.token-map`, kept fresh by `canary-relay tokens`).","type":"string","enum":["none","id-token"],"default":"none"},"client-authorization":{"description":"A client's Authorization header: `drop` (never reaches Cloud Run) or `pass-through` (with `auth: id-token` the token then goes in X-Serverless-Authorization). Default: `drop` with `auth: id-token`, else `pass-through`.","type":"string","enum":["drop","pass-through"]},"client-verify":{"description":"Overrides `haproxy.client-verify` for this service's hosts.","type":"string","enum":["required","optional"]},"notify":{"description":"This service's notification targets; replaces the top-level `notify`.","$ref":"#/definitions/notify"},"hooks":{"description":"HTTP calls around each step: `pre-step` before its traffic shifts, `post-step` after its bake passed.","type":"object","additionalProperties":false,"properties":{"pre-step":{"$ref":"#/definitions/hook"},"post-step":{"$ref":"#/definitions/hook"}}}}};const schema37 = {"description":"A URL path starting with `/` (A-Z a-z 0-9 and - . _ ~ /).","type":"string","pattern":"^[A-Za-z0-9._~/-]+$","patternErrorMessage":"a path may contain only A-Z a-z 0-9 and - . _ ~ /"};const pattern31 = new RegExp("^[A-Za-z0-9.-]+$", "u");const pattern32 = new RegExp("^[A-Za-z0-9._~/-]+$", "u");const pattern33 = new RegExp("^[A-Za-z0-9._/:@-]+$", "u");const pattern35 = new RegExp("^[A-Za-z0-9-]+$", "u");const pattern36 = new RegExp("^[A-Za-z0-9._~:/=+-]+$", "u");const pattern38 = new RegExp("^[A-Za-z0-9_-]+$", "u");const schema43 = {"description":"One canary stage: `header-only: true` (first step only) or a `percent`, baked for `bake`.","type":"object","additionalProperties":false,"required":["bake"],"properties":{"header-only":{"description":"Only the header cohort reaches the canary (0%); allowed as the first step only.","type":"boolean"},"percent":{"description":"Canary share of traffic, an integer 1–100, strictly increasing from step to step.","type":"integer","minimum":1,"maximum":100},"bake":{"description":"The stage's minimum time (0s–168h): it passes no earlier, however strong the evidence (a fail stops it at any time).","$ref":"#/definitions/duration"},"max-bake":{"description":"The stage's longest time (default 3 × `bake`): a stage still undecided then is inconclusive and `analysis.on-inconclusive` decides. At least `bake`, at most 24h.","$ref":"#/definitions/duration"},"approval":{"description":"`required`: the rollout stops before this step until a person approves (PR review by someone with write access, label `canary-relay:approve`, or workflow_dispatch `approve`).","type":"string","enum":["required","none"],"default":"none"}}};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.bake === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bake"},message:"must have required property '"+"bake"+"'",schema:schema43.required,parentSchema:schema43,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "header-only") || (key0 === "percent")) || (key0 === "bake")) || (key0 === "max-bake")) || (key0 === "approval"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data["header-only"] !== undefined){let data0 = data["header-only"];if(typeof data0 !== "boolean"){const err2 = {instancePath:instancePath+"/header-only",schemaPath:"#/properties/header-only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties["header-only"].type,parentSchema:schema43.properties["header-only"],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.percent !== undefined){let data1 = data.percent;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err3 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.percent.type,parentSchema:schema43.properties.percent,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 100 || isNaN(data1)){const err4 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema43.properties.percent,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1 < 1 || isNaN(data1)){const err5 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.properties.percent,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.bake !== undefined){let data2 = data.bake;if(typeof data2 === "string"){if(func2(data2) < 1){const err6 = {instancePath:instancePath+"/bake",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!pattern4.test(data2)){const err7 = {instancePath:instancePath+"/bake",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/bake",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data["max-bake"] !== undefined){let data3 = data["max-bake"];if(typeof data3 === "string"){if(func2(data3) < 1){const err9 = {instancePath:instancePath+"/max-bake",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(!pattern4.test(data3)){const err10 = {instancePath:instancePath+"/max-bake",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/max-bake",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.approval !== undefined){let data4 = data.approval;if(typeof data4 !== "string"){const err12 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.approval.type,parentSchema:schema43.properties.approval,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!((data4 === "required") || (data4 === "none"))){const err13 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/enum",keyword:"enum",params:{allowedValues: schema43.properties.approval.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.approval.enum,parentSchema:schema43.properties.approval,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate12.errors = vErrors;return errors === 0;}const schema46 = {"description":"How each stage is judged, canary against stable.","type":"object","additionalProperties":false,"properties":{"source":{"description":"Where metrics come from: `prometheus`, `cloud-monitoring` or `haproxy` (HAProxy runtime counters; no latency).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"],"default":"prometheus"},"prometheus":{"description":"The Prometheus server (required when `source: prometheus`).","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Base URL of the Prometheus HTTP API, e.g. `http://prometheus.internal:9090`.","type":"string"}}},"interval":{"description":"Time between metric polls (1s–10m).","default":"30s","$ref":"#/definitions/duration"},"min-requests":{"description":"Requests each side needs before a stage can pass (1–1000000); a bake that ends with fewer is inconclusive. Strong enough evidence fails a canary with fewer.","type":"integer","minimum":1,"maximum":1000000,"default":200},"alpha":{"description":"False-failure budget of the sequential test, 0.0001–0.5, split across metrics.","type":"number","minimum":0.0001,"maximum":0.5,"default":0.01},"pass-alpha":{"description":"Wrong-pass budget: the chance that a stage passes although a metric is at least its `tolerance` worse, in (0, 0.5]. Not split across metrics (a pass needs every metric's evidence).","type":"number","exclusiveMinimum":0,"maximum":0.5,"default":0.01},"metrics":{"description":"What is judged (1–10 metrics); default: `[{ error-rate: { max: 1%, vs-baseline: true } }]`.","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/definitions/metric"}},"on-inconclusive":{"description":"What an inconclusive stage does: `hold` keeps its traffic and waits for a human (a merge still promotes, recorded as a human decision); `rollback` sends all traffic back to stable.","type":"string","enum":["hold","rollback"],"default":"hold"}}};const schema48 = {"description":"One metric: exactly one of `error-rate`, `latency` or `custom`.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"error-rate":{"description":"Share of 5xx responses.","type":"object","additionalProperties":false,"properties":{"max":{"description":"Absolute ceiling, a percentage like `1%`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?%$","patternErrorMessage":"write a percentage like 1% or 0.5%"},"vs-baseline":{"description":"Fail when the canary's error rate is significantly above stable's.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's error rate is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.75},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too (a shared incident). Default: the ceiling fails the canary only when it is also worse than stable.","type":"boolean","default":false},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"latency":{"description":"Response time.","type":"object","additionalProperties":false,"properties":{"quantile":{"description":"Quantile the `max` ceiling applies to, in (0, 1).","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"default":0.95},"max":{"description":"Absolute ceiling for the quantile, a duration like `800ms` (1ms–1h).","$ref":"#/definitions/duration"},"vs-baseline":{"description":"Fail when the canary is significantly slower than stable.","type":"boolean","default":true},"tolerance":{"description":"Pass needs evidence that the canary's share of requests slower than stable's median and p90 is below `tolerance` × stable's (a ratio > 1, at most 100).","type":"number","exclusiveMinimum":1,"maximum":100,"default":1.5},"absolute":{"description":"`max` fails the canary on its own, even when stable is above it too. Default: only when the canary is also slower than stable.","type":"boolean","default":false},"warmup":{"description":"Latency is judged only after the canary has had traffic this long in a stage (cold starts); the cold-start latency is reported on its own line. At most 30m.","default":"60s","$ref":"#/definitions/duration"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}},"custom":{"description":"A Prometheus query with bounds; the placeholders `{{service}}`, `{{revision}}`, `{{backend}}` and `{{window}}` are filled in, any other `{{...}}` is an error.","type":"object","additionalProperties":false,"required":["name","query"],"properties":{"name":{"description":"Name shown in the summary (A-Z a-z 0-9 and _ : -).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_:-]*$","patternErrorMessage":"start with a letter or _, then A-Z a-z 0-9 and _ : -"},"query":{"description":"The query; its value for the canary is compared with `min` / `max`.","type":"string","minLength":1},"min":{"description":"Lowest acceptable value.","type":"number"},"max":{"description":"Highest acceptable value.","type":"number"},"source":{"description":"Read this metric from another source than the block's `source` (e.g. error rate from `haproxy`, latency from `cloud-monitoring`).","type":"string","enum":["prometheus","cloud-monitoring","haproxy"]}}}}};const pattern46 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");const pattern49 = new RegExp("^[A-Za-z_][A-Za-z0-9_:-]*$", "u");function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length > 1){const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema48,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(Object.keys(data).length < 1){const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema48,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "error-rate") || (key0 === "latency")) || (key0 === "custom"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data["error-rate"] !== undefined){let data0 = data["error-rate"];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(((((key1 === "max") || (key1 === "vs-baseline")) || (key1 === "tolerance")) || (key1 === "absolute")) || (key1 === "source"))){const err3 = {instancePath:instancePath+"/error-rate",schemaPath:"#/properties/error-rate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties["error-rate"],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.max !== undefined){let data1 = data0.max;if(typeof data1 === "string"){if(!pattern46.test(data1)){const err4 = {instancePath:instancePath+"/error-rate/max",schemaPath:"#/properties/error-rate/properties/max/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?%$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?%$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?%$",parentSchema:schema48.properties["error-rate"].properties.max,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/error-rate/max",schemaPath:"#/properties/error-rate/properties/max/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties["error-rate"].properties.max.type,parentSchema:schema48.properties["error-rate"].properties.max,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0["vs-baseline"] !== undefined){let data2 = data0["vs-baseline"];if(typeof data2 !== "boolean"){const err6 = {instancePath:instancePath+"/error-rate/vs-baseline",schemaPath:"#/properties/error-rate/properties/vs-baseline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["error-rate"].properties["vs-baseline"].type,parentSchema:schema48.properties["error-rate"].properties["vs-baseline"],data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.tolerance !== undefined){let data3 = data0.tolerance;if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100 || isNaN(data3)){const err7 = {instancePath:instancePath+"/error-rate/tolerance",schemaPath:"#/properties/error-rate/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties["error-rate"].properties.tolerance,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3 <= 1 || isNaN(data3)){const err8 = {instancePath:instancePath+"/error-rate/tolerance",schemaPath:"#/properties/error-rate/properties/tolerance/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:schema48.properties["error-rate"].properties.tolerance,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/error-rate/tolerance",schemaPath:"#/properties/error-rate/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties["error-rate"].properties.tolerance.type,parentSchema:schema48.properties["error-rate"].properties.tolerance,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.absolute !== undefined){let data4 = data0.absolute;if(typeof data4 !== "boolean"){const err10 = {instancePath:instancePath+"/error-rate/absolute",schemaPath:"#/properties/error-rate/properties/absolute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["error-rate"].properties.absolute.type,parentSchema:schema48.properties["error-rate"].properties.absolute,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data0.source !== undefined){let data5 = data0.source;if(typeof data5 !== "string"){const err11 = {instancePath:instancePath+"/error-rate/source",schemaPath:"#/properties/error-rate/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties["error-rate"].properties.source.type,parentSchema:schema48.properties["error-rate"].properties.source,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!(((data5 === "prometheus") || (data5 === "cloud-monitoring")) || (data5 === "haproxy"))){const err12 = {instancePath:instancePath+"/error-rate/source",schemaPath:"#/properties/error-rate/properties/source/enum",keyword:"enum",params:{allowedValues: schema48.properties["error-rate"].properties.source.enum},message:"must be equal to one of the allowed values",schema:schema48.properties["error-rate"].properties.source.enum,parentSchema:schema48.properties["error-rate"].properties.source,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/error-rate",schemaPath:"#/properties/error-rate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties["error-rate"].type,parentSchema:schema48.properties["error-rate"],data:data0};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.latency !== undefined){let data6 = data.latency;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!(((((((key2 === "quantile") || (key2 === "max")) || (key2 === "vs-baseline")) || (key2 === "tolerance")) || (key2 === "absolute")) || (key2 === "warmup")) || (key2 === "source"))){const err14 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.latency,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data6.quantile !== undefined){let data7 = data6.quantile;if((typeof data7 == "number") && (isFinite(data7))){if(data7 >= 1 || isNaN(data7)){const err15 = {instancePath:instancePath+"/latency/quantile",schemaPath:"#/properties/latency/properties/quantile/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema48.properties.latency.properties.quantile,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data7 <= 0 || isNaN(data7)){const err16 = {instancePath:instancePath+"/latency/quantile",schemaPath:"#/properties/latency/properties/quantile/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema48.properties.latency.properties.quantile,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/latency/quantile",schemaPath:"#/properties/latency/properties/quantile/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.latency.properties.quantile.type,parentSchema:schema48.properties.latency.properties.quantile,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.max !== undefined){let data8 = data6.max;if(typeof data8 === "string"){if(func2(data8) < 1){const err18 = {instancePath:instancePath+"/latency/max",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!pattern4.test(data8)){const err19 = {instancePath:instancePath+"/latency/max",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/latency/max",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data6["vs-baseline"] !== undefined){let data9 = data6["vs-baseline"];if(typeof data9 !== "boolean"){const err21 = {instancePath:instancePath+"/latency/vs-baseline",schemaPath:"#/properties/latency/properties/vs-baseline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.latency.properties["vs-baseline"].type,parentSchema:schema48.properties.latency.properties["vs-baseline"],data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data6.tolerance !== undefined){let data10 = data6.tolerance;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 100 || isNaN(data10)){const err22 = {instancePath:instancePath+"/latency/tolerance",schemaPath:"#/properties/latency/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties.latency.properties.tolerance,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data10 <= 1 || isNaN(data10)){const err23 = {instancePath:instancePath+"/latency/tolerance",schemaPath:"#/properties/latency/properties/tolerance/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:schema48.properties.latency.properties.tolerance,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/latency/tolerance",schemaPath:"#/properties/latency/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.latency.properties.tolerance.type,parentSchema:schema48.properties.latency.properties.tolerance,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data6.absolute !== undefined){let data11 = data6.absolute;if(typeof data11 !== "boolean"){const err25 = {instancePath:instancePath+"/latency/absolute",schemaPath:"#/properties/latency/properties/absolute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.latency.properties.absolute.type,parentSchema:schema48.properties.latency.properties.absolute,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data6.warmup !== undefined){let data12 = data6.warmup;if(typeof data12 === "string"){if(func2(data12) < 1){const err26 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(!pattern4.test(data12)){const err27 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data6.source !== undefined){let data13 = data6.source;if(typeof data13 !== "string"){const err29 = {instancePath:instancePath+"/latency/source",schemaPath:"#/properties/latency/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.latency.properties.source.type,parentSchema:schema48.properties.latency.properties.source,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(!(((data13 === "prometheus") || (data13 === "cloud-monitoring")) || (data13 === "haproxy"))){const err30 = {instancePath:instancePath+"/latency/source",schemaPath:"#/properties/latency/properties/source/enum",keyword:"enum",params:{allowedValues: schema48.properties.latency.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.latency.properties.source.enum,parentSchema:schema48.properties.latency.properties.source,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.latency.type,parentSchema:schema48.properties.latency,data:data6};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.custom !== undefined){let data14 = data.custom;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.name === undefined){const err32 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.properties.custom.required,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data14.query === undefined){const err33 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'",schema:schema48.properties.custom.required,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}for(const key3 in data14){if(!(((((key3 === "name") || (key3 === "query")) || (key3 === "min")) || (key3 === "max")) || (key3 === "source"))){const err34 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data14.name !== undefined){let data15 = data14.name;if(typeof data15 === "string"){if(!pattern49.test(data15)){const err35 = {instancePath:instancePath+"/custom/name",schemaPath:"#/properties/custom/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_:-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_:-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_:-]*$",parentSchema:schema48.properties.custom.properties.name,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/custom/name",schemaPath:"#/properties/custom/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.custom.properties.name.type,parentSchema:schema48.properties.custom.properties.name,data:data15};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data14.query !== undefined){let data16 = data14.query;if(typeof data16 === "string"){if(func2(data16) < 1){const err37 = {instancePath:instancePath+"/custom/query",schemaPath:"#/properties/custom/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.custom.properties.query,data:data16};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/custom/query",schemaPath:"#/properties/custom/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.custom.properties.query.type,parentSchema:schema48.properties.custom.properties.query,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data14.min !== undefined){let data17 = data14.min;if(!((typeof data17 == "number") && (isFinite(data17)))){const err39 = {instancePath:instancePath+"/custom/min",schemaPath:"#/properties/custom/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.custom.properties.min.type,parentSchema:schema48.properties.custom.properties.min,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data14.max !== undefined){let data18 = data14.max;if(!((typeof data18 == "number") && (isFinite(data18)))){const err40 = {instancePath:instancePath+"/custom/max",schemaPath:"#/properties/custom/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties.custom.properties.max.type,parentSchema:schema48.properties.custom.properties.max,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data14.source !== undefined){let data19 = data14.source;if(typeof data19 !== "string"){const err41 = {instancePath:instancePath+"/custom/source",schemaPath:"#/properties/custom/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.custom.properties.source.type,parentSchema:schema48.properties.custom.properties.source,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(!(((data19 === "prometheus") || (data19 === "cloud-monitoring")) || (data19 === "haproxy"))){const err42 = {instancePath:instancePath+"/custom/source",schemaPath:"#/properties/custom/properties/source/enum",keyword:"enum",params:{allowedValues: schema48.properties.custom.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.custom.properties.source.enum,parentSchema:schema48.properties.custom.properties.source,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.custom.type,parentSchema:schema48.properties.custom,data:data14};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}validate15.errors = vErrors;return errors === 0;}function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "source") || (key0 === "prometheus")) || (key0 === "interval")) || (key0 === "min-requests")) || (key0 === "alpha")) || (key0 === "pass-alpha")) || (key0 === "metrics")) || (key0 === "on-inconclusive"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.source !== undefined){let data0 = data.source;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.source.type,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!(((data0 === "prometheus") || (data0 === "cloud-monitoring")) || (data0 === "haproxy"))){const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema46.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.source.enum,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.prometheus !== undefined){let data1 = data.prometheus;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.url === undefined){const err3 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema46.properties.prometheus.required,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(key1 === "url")){const err4 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.url !== undefined){let data2 = data1.url;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/prometheus/url",schemaPath:"#/properties/prometheus/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.prometheus.properties.url.type,parentSchema:schema46.properties.prometheus.properties.url,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.prometheus.type,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.interval !== undefined){let data3 = data.interval;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern4.test(data3)){const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data["min-requests"] !== undefined){let data4 = data["min-requests"];if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err10 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties["min-requests"].type,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 1000000 || isNaN(data4)){const err11 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data4 < 1 || isNaN(data4)){const err12 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.alpha !== undefined){let data5 = data.alpha;if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 0.5 || isNaN(data5)){const err13 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data5 < 0.0001 || isNaN(data5)){const err14 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.0001},message:"must be >= 0.0001",schema:0.0001,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties.alpha.type,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data["pass-alpha"] !== undefined){let data6 = data["pass-alpha"];if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 0.5 || isNaN(data6)){const err16 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data6 <= 0 || isNaN(data6)){const err17 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties["pass-alpha"].type,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.metrics !== undefined){let data7 = data.metrics;if(Array.isArray(data7)){if(data7.length > 10){const err19 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.length < 1){const err20 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len0 = data7.length;for(let i0=0; i0<len0; i0++){if(!(validate15(data7[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.metrics.type,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["on-inconclusive"] !== undefined){let data9 = data["on-inconclusive"];if(typeof data9 !== "string"){const err22 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties["on-inconclusive"].type,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(!((data9 === "hold") || (data9 === "rollback"))){const err23 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/enum",keyword:"enum",params:{allowedValues: schema46.properties["on-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema46.properties["on-inconclusive"].enum,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate14.errors = vErrors;return errors === 0;}const schema52 = {"description":"Notification targets (at most 10).","type":"array","maxItems":10,"items":{"$ref":"#/definitions/notifyTarget"}};const schema53 = {"description":"One target: exactly one of `slack` or `webhook`, and the events it gets.","type":"object","additionalProperties":false,"properties":{"slack":{"description":"A Slack incoming webhook; the message uses Block Kit (verdict, service, step, links to the PR and the run).","type":"object","additionalProperties":false,"required":["webhook-url-env"],"properties":{"webhook-url-env":{"description":"Environment variable holding the webhook URL (https://hooks.slack.com/services/…).","$ref":"#/definitions/envName"}}},"webhook":{"description":"A JSON POST signed with HMAC-SHA256 of the body in `X-Canary-Relay-Signature-256: sha256=<hex>`.","type":"object","additionalProperties":false,"required":["url-env","secret-env"],"properties":{"url-env":{"description":"Environment variable holding the URL (http or https).","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding the HMAC key.","$ref":"#/definitions/envName"}}},"events":{"description":"Events sent to this target (default: all).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["started","step-passed","failed","rolled-back","promoted","inconclusive","paused"]}}}};const schema54 = {"description":"The name of an environment variable (set it from a secret in the workflow).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,127}$","patternErrorMessage":"name an environment variable (letters, digits and _), e.g. SLACK_WEBHOOK_URL; never the URL or secret itself"};const pattern51 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "slack") || (key0 === "webhook")) || (key0 === "events"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.slack !== undefined){let data0 = data.slack;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0["webhook-url-env"] === undefined){const err1 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/required",keyword:"required",params:{missingProperty: "webhook-url-env"},message:"must have required property '"+"webhook-url-env"+"'",schema:schema53.properties.slack.required,parentSchema:schema53.properties.slack,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data0){if(!(key1 === "webhook-url-env")){const err2 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.slack,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0["webhook-url-env"] !== undefined){let data1 = data0["webhook-url-env"];if(typeof data1 === "string"){if(!pattern51.test(data1)){const err3 = {instancePath:instancePath+"/slack/webhook-url-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/slack/webhook-url-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.slack.type,parentSchema:schema53.properties.slack,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.webhook !== undefined){let data2 = data.webhook;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2["url-env"] === undefined){const err6 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/required",keyword:"required",params:{missingProperty: "url-env"},message:"must have required property '"+"url-env"+"'",schema:schema53.properties.webhook.required,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data2["secret-env"] === undefined){const err7 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/required",keyword:"required",params:{missingProperty: "secret-env"},message:"must have required property '"+"secret-env"+"'",schema:schema53.properties.webhook.required,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key2 in data2){if(!((key2 === "url-env") || (key2 === "secret-env"))){const err8 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data2["url-env"] !== undefined){let data3 = data2["url-env"];if(typeof data3 === "string"){if(!pattern51.test(data3)){const err9 = {instancePath:instancePath+"/webhook/url-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/webhook/url-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2["secret-env"] !== undefined){let data4 = data2["secret-env"];if(typeof data4 === "string"){if(!pattern51.test(data4)){const err11 = {instancePath:instancePath+"/webhook/secret-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/webhook/secret-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/webhook",schemaPath:"#/properties/webhook/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.webhook.type,parentSchema:schema53.properties.webhook,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.events !== undefined){let data5 = data.events;if(Array.isArray(data5)){if(data5.length < 1){const err14 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53.properties.events,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 !== "string"){const err15 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.events.items.type,parentSchema:schema53.properties.events.items,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!(((((((data6 === "started") || (data6 === "step-passed")) || (data6 === "failed")) || (data6 === "rolled-back")) || (data6 === "promoted")) || (data6 === "inconclusive")) || (data6 === "paused"))){const err16 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/enum",keyword:"enum",params:{allowedValues: schema53.properties.events.items.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.events.items.enum,parentSchema:schema53.properties.events.items,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err17 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema53.properties.events,data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices0[item0] = i1;}}}else {const err18 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.events.type,parentSchema:schema53.properties.events,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate19.errors = vErrors;return errors === 0;}function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length > 10){const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema52,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate19(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.type,parentSchema:schema52,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate18.errors = vErrors;return errors === 0;}const schema57 = {"description":"An HTTP POST (JSON body, signed like a webhook when `secret-env` is set); a non-2xx answer or a timeout fails the step.","type":"object","additionalProperties":false,"properties":{"url":{"description":"The URL (http or https); or use `url-env`.","type":"string","minLength":1},"url-env":{"description":"Environment variable holding the URL, when it carries a token.","$ref":"#/definitions/envName"},"secret-env":{"description":"Environment variable holding an HMAC key: the body is signed as for webhooks.","$ref":"#/definitions/envName"},"timeout":{"description":"How long to wait for the answer, 1s to 10m.","$ref":"#/definitions/duration","default":"30s"}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "url") || (key0 === "url-env")) || (key0 === "secret-env")) || (key0 === "timeout"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.url !== undefined){let data0 = data.url;if(typeof data0 === "string"){if(func2(data0) < 1){const err1 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.url,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.url.type,parentSchema:schema57.properties.url,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data["url-env"] !== undefined){let data1 = data["url-env"];if(typeof data1 === "string"){if(!pattern51.test(data1)){const err3 = {instancePath:instancePath+"/url-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/url-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data["secret-env"] !== undefined){let data2 = data["secret-env"];if(typeof data2 === "string"){if(!pattern51.test(data2)){const err5 = {instancePath:instancePath+"/secret-env",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]{0,127}$",parentSchema:schema54,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/secret-env",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.timeout !== undefined){let data3 = data.timeout;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern4.test(data3)){const err8 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.hosts === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hosts"},message:"must have required property '"+"hosts"+"'",schema:schema33.required,parentSchema:schema33,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func3.call(schema33.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!pattern1.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema33.properties.name,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.project !== undefined){let data1 = data.project;if(typeof data1 === "string"){if(!pattern1.test(data1)){const err5 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.region !== undefined){let data2 = data.region;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err7 = {instancePath:instancePath+"/region",schemaPath:"#/definitions/region/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema13,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/region",schemaPath:"#/definitions/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data["project-number"] !== undefined){let data3 = data["project-number"];if(typeof data3 === "string"){if(!pattern3.test(data3)){const err9 = {instancePath:instancePath+"/project-number",schemaPath:"#/definitions/projectNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema14,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/project-number",schemaPath:"#/definitions/projectNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.hosts !== undefined){let data4 = data.hosts;if(Array.isArray(data4)){if(data4.length > 50){const err11 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema33.properties.hosts,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data4.length < 1){const err12 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.hosts,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern31.test(data5)){const err13 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.-]+$"+"\"",schema:"^[A-Za-z0-9.-]+$",parentSchema:schema33.properties.hosts.items,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.hosts.items.type,parentSchema:schema33.properties.hosts.items,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.hosts.type,parentSchema:schema33.properties.hosts,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.paths !== undefined){let data6 = data.paths;if(Array.isArray(data6)){if(data6.length > 50){const err16 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema33.properties.paths,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(typeof data7 === "string"){if(!pattern32.test(data7)){const err17 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~/-]+$"+"\"",schema:"^[A-Za-z0-9._~/-]+$",parentSchema:schema37,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.paths.type,parentSchema:schema33.properties.paths,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.image !== undefined){let data8 = data.image;if(typeof data8 === "string"){if(!pattern33.test(data8)){const err20 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/:@-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/:@-]+$"+"\"",schema:"^[A-Za-z0-9._/:@-]+$",parentSchema:schema33.properties.image,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.image.type,parentSchema:schema33.properties.image,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.revision !== undefined){let data9 = data.revision;if(typeof data9 === "string"){if(!pattern1.test(data9)){const err22 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema33.properties.revision,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.revision.type,parentSchema:schema33.properties.revision,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.url !== undefined){let data10 = data.url;if(typeof data10 !== "string"){const err24 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.url.type,parentSchema:schema33.properties.url,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.routing !== undefined){let data11 = data.routing;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){if(!((key1 === "header") || (key1 === "sticky-cookie"))){const err25 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.routing,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data11.header !== undefined){let data12 = data11.header;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.name === undefined){const err26 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.properties.routing.properties.header.required,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data12.value === undefined){const err27 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema33.properties.routing.properties.header.required,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}for(const key2 in data12){if(!(((key2 === "name") || (key2 === "value")) || (key2 === "allow-from"))){const err28 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data12.name !== undefined){let data13 = data12.name;if(typeof data13 === "string"){if(!pattern35.test(data13)){const err29 = {instancePath:instancePath+"/routing/header/name",schemaPath:"#/properties/routing/properties/header/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema33.properties.routing.properties.header.properties.name,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/routing/header/name",schemaPath:"#/properties/routing/properties/header/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.routing.properties.header.properties.name.type,parentSchema:schema33.properties.routing.properties.header.properties.name,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data12.value !== undefined){let data14 = data12.value;if(typeof data14 === "string"){if(!pattern36.test(data14)){const err31 = {instancePath:instancePath+"/routing/header/value",schemaPath:"#/properties/routing/properties/header/properties/value/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~:/=+-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~:/=+-]+$"+"\"",schema:"^[A-Za-z0-9._~:/=+-]+$",parentSchema:schema33.properties.routing.properties.header.properties.value,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/routing/header/value",schemaPath:"#/properties/routing/properties/header/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.routing.properties.header.properties.value.type,parentSchema:schema33.properties.routing.properties.header.properties.value,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data12["allow-from"] !== undefined){let data15 = data12["allow-from"];if(Array.isArray(data15)){if(data15.length < 1){const err33 = {instancePath:instancePath+"/routing/header/allow-from",schemaPath:"#/properties/routing/properties/header/properties/allow-from/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.routing.properties.header.properties["allow-from"],data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}const len2 = data15.length;for(let i2=0; i2<len2; i2++){let data16 = data15[i2];if(typeof data16 === "string"){if(!pattern24.test(data16)){const err34 = {instancePath:instancePath+"/routing/header/allow-from/" + i2,schemaPath:"#/definitions/cidr/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f.:/]+$"},message:"must match pattern \""+"^[0-9A-Fa-f.:/]+$"+"\"",schema:"^[0-9A-Fa-f.:/]+$",parentSchema:schema30,data:data16};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/routing/header/allow-from/" + i2,schemaPath:"#/definitions/cidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/routing/header/allow-from",schemaPath:"#/properties/routing/properties/header/properties/allow-from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.routing.properties.header.properties["allow-from"].type,parentSchema:schema33.properties.routing.properties.header.properties["allow-from"],data:data15};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/routing/header",schemaPath:"#/properties/routing/properties/header/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.routing.properties.header.type,parentSchema:schema33.properties.routing.properties.header,data:data12};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data11["sticky-cookie"] !== undefined){let data17 = data11["sticky-cookie"];if(typeof data17 === "string"){if(!pattern38.test(data17)){const err38 = {instancePath:instancePath+"/routing/sticky-cookie",schemaPath:"#/properties/routing/properties/sticky-cookie/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema33.properties.routing.properties["sticky-cookie"],data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/routing/sticky-cookie",schemaPath:"#/properties/routing/properties/sticky-cookie/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.routing.properties["sticky-cookie"].type,parentSchema:schema33.properties.routing.properties["sticky-cookie"],data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.routing.type,parentSchema:schema33.properties.routing,data:data11};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.health !== undefined){let data18 = data.health;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key3 in data18){if(!((((((key3 === "path") || (key3 === "interval")) || (key3 === "timeout")) || (key3 === "fall")) || (key3 === "rise")) || (key3 === "slowstart"))){const err41 = {instancePath:instancePath+"/health",schemaPath:"#/properties/health/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.health,data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data18.path !== undefined){let data19 = data18.path;if(typeof data19 === "string"){if(!pattern32.test(data19)){const err42 = {instancePath:instancePath+"/health/path",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~/-]+$"+"\"",schema:"^[A-Za-z0-9._~/-]+$",parentSchema:schema37,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/health/path",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data18.interval !== undefined){let data20 = data18.interval;if(typeof data20 === "string"){if(func2(data20) < 1){const err44 = {instancePath:instancePath+"/health/interval",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data20};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!pattern4.test(data20)){const err45 = {instancePath:instancePath+"/health/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data20};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/health/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data18.timeout !== undefined){let data21 = data18.timeout;if(typeof data21 === "string"){if(func2(data21) < 1){const err47 = {instancePath:instancePath+"/health/timeout",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(!pattern4.test(data21)){const err48 = {instancePath:instancePath+"/health/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data21};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/health/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data21};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data18.fall !== undefined){let data22 = data18.fall;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err50 = {instancePath:instancePath+"/health/fall",schemaPath:"#/properties/health/properties/fall/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.health.properties.fall.type,parentSchema:schema33.properties.health.properties.fall,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 > 100 || isNaN(data22)){const err51 = {instancePath:instancePath+"/health/fall",schemaPath:"#/properties/health/properties/fall/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema33.properties.health.properties.fall,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data22 < 1 || isNaN(data22)){const err52 = {instancePath:instancePath+"/health/fall",schemaPath:"#/properties/health/properties/fall/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.health.properties.fall,data:data22};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data18.rise !== undefined){let data23 = data18.rise;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err53 = {instancePath:instancePath+"/health/rise",schemaPath:"#/properties/health/properties/rise/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.health.properties.rise.type,parentSchema:schema33.properties.health.properties.rise,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 100 || isNaN(data23)){const err54 = {instancePath:instancePath+"/health/rise",schemaPath:"#/properties/health/properties/rise/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema33.properties.health.properties.rise,data:data23};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data23 < 1 || isNaN(data23)){const err55 = {instancePath:instancePath+"/health/rise",schemaPath:"#/properties/health/properties/rise/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.health.properties.rise,data:data23};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}if(data18.slowstart !== undefined){let data24 = data18.slowstart;if(typeof data24 === "string"){if(func2(data24) < 1){const err56 = {instancePath:instancePath+"/health/slowstart",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!pattern4.test(data24)){const err57 = {instancePath:instancePath+"/health/slowstart",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/health/slowstart",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/health",schemaPath:"#/properties/health/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.health.type,parentSchema:schema33.properties.health,data:data18};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.steps !== undefined){let data25 = data.steps;if(Array.isArray(data25)){if(data25.length > 20){const err60 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema33.properties.steps,data:data25};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data25.length < 1){const err61 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.steps,data:data25};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}const len3 = data25.length;for(let i3=0; i3<len3; i3++){if(!(validate12(data25[i3], {instancePath:instancePath+"/steps/" + i3,parentData:data25,parentDataProperty:i3,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err62 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.steps.type,parentSchema:schema33.properties.steps,data:data25};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.promote !== undefined){let data27 = data.promote;if(typeof data27 !== "string"){const err63 = {instancePath:instancePath+"/promote",schemaPath:"#/properties/promote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.promote.type,parentSchema:schema33.properties.promote,data:data27};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(!(((data27 === "on-merge") || (data27 === "gradual")) || (data27 === "auto"))){const err64 = {instancePath:instancePath+"/promote",schemaPath:"#/properties/promote/enum",keyword:"enum",params:{allowedValues: schema33.properties.promote.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.promote.enum,parentSchema:schema33.properties.promote,data:data27};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data.analysis !== undefined){if(!(validate14(data.analysis, {instancePath:instancePath+"/analysis",parentData:data,parentDataProperty:"analysis",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}if(data.smoke !== undefined){let data29 = data.smoke;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.path === undefined){const err65 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema33.properties.smoke.required,parentSchema:schema33.properties.smoke,data:data29};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}for(const key4 in data29){if(!(((key4 === "path") || (key4 === "requests")) || (key4 === "expect-status"))){const err66 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.smoke,data:data29};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data29.path !== undefined){let data30 = data29.path;if(typeof data30 === "string"){if(!pattern32.test(data30)){const err67 = {instancePath:instancePath+"/smoke/path",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~/-]+$"+"\"",schema:"^[A-Za-z0-9._~/-]+$",parentSchema:schema37,data:data30};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/smoke/path",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data30};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data29.requests !== undefined){let data31 = data29.requests;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err69 = {instancePath:instancePath+"/smoke/requests",schemaPath:"#/properties/smoke/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.smoke.properties.requests.type,parentSchema:schema33.properties.smoke.properties.requests,data:data31};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 > 1000 || isNaN(data31)){const err70 = {instancePath:instancePath+"/smoke/requests",schemaPath:"#/properties/smoke/properties/requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema33.properties.smoke.properties.requests,data:data31};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data31 < 1 || isNaN(data31)){const err71 = {instancePath:instancePath+"/smoke/requests",schemaPath:"#/properties/smoke/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.smoke.properties.requests,data:data31};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}if(data29["expect-status"] !== undefined){let data32 = data29["expect-status"];if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err72 = {instancePath:instancePath+"/smoke/expect-status",schemaPath:"#/properties/smoke/properties/expect-status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.smoke.properties["expect-status"].type,parentSchema:schema33.properties.smoke.properties["expect-status"],data:data32};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 599 || isNaN(data32)){const err73 = {instancePath:instancePath+"/smoke/expect-status",schemaPath:"#/properties/smoke/properties/expect-status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema33.properties.smoke.properties["expect-status"],data:data32};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data32 < 100 || isNaN(data32)){const err74 = {instancePath:instancePath+"/smoke/expect-status",schemaPath:"#/properties/smoke/properties/expect-status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema33.properties.smoke.properties["expect-status"],data:data32};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}}else {const err75 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.smoke.type,parentSchema:schema33.properties.smoke,data:data29};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.auth !== undefined){let data33 = data.auth;if(typeof data33 !== "string"){const err76 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.auth.type,parentSchema:schema33.properties.auth,data:data33};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(!((data33 === "none") || (data33 === "id-token"))){const err77 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/enum",keyword:"enum",params:{allowedValues: schema33.properties.auth.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.auth.enum,parentSchema:schema33.properties.auth,data:data33};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data["client-authorization"] !== undefined){let data34 = data["client-authorization"];if(typeof data34 !== "string"){const err78 = {instancePath:instancePath+"/client-authorization",schemaPath:"#/properties/client-authorization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties["client-authorization"].type,parentSchema:schema33.properties["client-authorization"],data:data34};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(!((data34 === "drop") || (data34 === "pass-through"))){const err79 = {instancePath:instancePath+"/client-authorization",schemaPath:"#/properties/client-authorization/enum",keyword:"enum",params:{allowedValues: schema33.properties["client-authorization"].enum},message:"must be equal to one of the allowed values",schema:schema33.properties["client-authorization"].enum,parentSchema:schema33.properties["client-authorization"],data:data34};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data["client-verify"] !== undefined){let data35 = data["client-verify"];if(typeof data35 !== "string"){const err80 = {instancePath:instancePath+"/client-verify",schemaPath:"#/properties/client-verify/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties["client-verify"].type,parentSchema:schema33.properties["client-verify"],data:data35};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(!((data35 === "required") || (data35 === "optional"))){const err81 = {instancePath:instancePath+"/client-verify",schemaPath:"#/properties/client-verify/enum",keyword:"enum",params:{allowedValues: schema33.properties["client-verify"].enum},message:"must be equal to one of the allowed values",schema:schema33.properties["client-verify"].enum,parentSchema:schema33.properties["client-verify"],data:data35};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.notify !== undefined){if(!(validate18(data.notify, {instancePath:instancePath+"/notify",parentData:data,parentDataProperty:"notify",rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}if(data.hooks !== undefined){let data37 = data.hooks;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key5 in data37){if(!((key5 === "pre-step") || (key5 === "post-step"))){const err82 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.hooks,data:data37};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data37["pre-step"] !== undefined){if(!(validate22(data37["pre-step"], {instancePath:instancePath+"/hooks/pre-step",parentData:data37,parentDataProperty:"pre-step",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data37["post-step"] !== undefined){if(!(validate22(data37["post-step"], {instancePath:instancePath+"/hooks/post-step",parentData:data37,parentDataProperty:"post-step",rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err83 = {instancePath:instancePath+"/hooks",schemaPath:"#/properties/hooks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.hooks.type,parentSchema:schema33.properties.hooks,data:data37};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}validate11.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/canary-relay/canary-relay/traffic-policy.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.services === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((((key0 === "version") || (key0 === "defaults")) || (key0 === "haproxy")) || (key0 === "split-at")) || (key0 === "services")) || (key0 === "notify")) || (pattern0.test(key0)))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!((((key1 === "project") || (key1 === "region")) || (key1 === "project-number")) || (key1 === "operation-timeout"))){const err4 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.project !== undefined){let data2 = data1.project;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err5 = {instancePath:instancePath+"/defaults/project",schemaPath:"#/definitions/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/defaults/project",schemaPath:"#/definitions/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.region !== undefined){let data3 = data1.region;if(typeof data3 === "string"){if(!pattern1.test(data3)){const err7 = {instancePath:instancePath+"/defaults/region",schemaPath:"#/definitions/region/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+$",parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/defaults/region",schemaPath:"#/definitions/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1["project-number"] !== undefined){let data4 = data1["project-number"];if(typeof data4 === "string"){if(!pattern3.test(data4)){const err9 = {instancePath:instancePath+"/defaults/project-number",schemaPath:"#/definitions/projectNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema14,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/defaults/project-number",schemaPath:"#/definitions/projectNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1["operation-timeout"] !== undefined){let data5 = data1["operation-timeout"];if(typeof data5 === "string"){if(func2(data5) < 1){const err11 = {instancePath:instancePath+"/defaults/operation-timeout",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!pattern4.test(data5)){const err12 = {instancePath:instancePath+"/defaults/operation-timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/defaults/operation-timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data1};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.haproxy !== undefined){let data6 = data.haproxy;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!(func3.call(schema11.properties.haproxy.properties, key2))){const err15 = {instancePath:instancePath+"/haproxy",schemaPath:"#/properties/haproxy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.output !== undefined){let data7 = data6.output;if(typeof data7 === "string"){if(!pattern5.test(data7)){const err16 = {instancePath:instancePath+"/haproxy/output",schemaPath:"#/properties/haproxy/properties/output/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema11.properties.haproxy.properties.output,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/haproxy/output",schemaPath:"#/properties/haproxy/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties.output.type,parentSchema:schema11.properties.haproxy.properties.output,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.bind !== undefined){let data8 = data6.bind;if(Array.isArray(data8)){if(data8.length > 16){const err18 = {instancePath:instancePath+"/haproxy/bind",schemaPath:"#/properties/haproxy/properties/bind/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items",schema:16,parentSchema:schema11.properties.haproxy.properties.bind,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data8.length < 1){const err19 = {instancePath:instancePath+"/haproxy/bind",schemaPath:"#/properties/haproxy/properties/bind/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.haproxy.properties.bind,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(typeof data9 === "string"){if(!pattern6.test(data9)){const err20 = {instancePath:instancePath+"/haproxy/bind/" + i0,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/haproxy/bind/" + i0,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/haproxy/bind",schemaPath:"#/properties/haproxy/properties/bind/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.haproxy.properties.bind.type,parentSchema:schema11.properties.haproxy.properties.bind,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data6.certificate !== undefined){let data10 = data6.certificate;if(typeof data10 === "string"){if(!pattern5.test(data10)){const err23 = {instancePath:instancePath+"/haproxy/certificate",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/haproxy/certificate",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data6["redirect-http"] !== undefined){let data11 = data6["redirect-http"];if(typeof data11 !== "boolean"){const err25 = {instancePath:instancePath+"/haproxy/redirect-http",schemaPath:"#/properties/haproxy/properties/redirect-http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.haproxy.properties["redirect-http"].type,parentSchema:schema11.properties.haproxy.properties["redirect-http"],data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data6["http-bind"] !== undefined){let data12 = data6["http-bind"];if(typeof data12 === "string"){if(!pattern6.test(data12)){const err26 = {instancePath:instancePath+"/haproxy/http-bind",schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/haproxy/http-bind",schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data6.hsts !== undefined){let data13 = data6.hsts;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err28 = {instancePath:instancePath+"/haproxy/hsts",schemaPath:"#/properties/haproxy/properties/hsts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.haproxy.properties.hsts.type,parentSchema:schema11.properties.haproxy.properties.hsts,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 > 63072000 || isNaN(data13)){const err29 = {instancePath:instancePath+"/haproxy/hsts",schemaPath:"#/properties/haproxy/properties/hsts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 63072000},message:"must be <= 63072000",schema:63072000,parentSchema:schema11.properties.haproxy.properties.hsts,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13 < 0 || isNaN(data13)){const err30 = {instancePath:instancePath+"/haproxy/hsts",schemaPath:"#/properties/haproxy/properties/hsts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.haproxy.properties.hsts,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data6.resolvers !== undefined){let data14 = data6.resolvers;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.nameservers === undefined){const err31 = {instancePath:instancePath+"/haproxy/resolvers",schemaPath:"#/properties/haproxy/properties/resolvers/required",keyword:"required",params:{missingProperty: "nameservers"},message:"must have required property '"+"nameservers"+"'",schema:schema11.properties.haproxy.properties.resolvers.required,parentSchema:schema11.properties.haproxy.properties.resolvers,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key3 in data14){if(!((key3 === "nameservers") || (key3 === "refresh"))){const err32 = {instancePath:instancePath+"/haproxy/resolvers",schemaPath:"#/properties/haproxy/properties/resolvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy.properties.resolvers,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data14.nameservers !== undefined){let data15 = data14.nameservers;if(Array.isArray(data15)){if(data15.length > 8){const err33 = {instancePath:instancePath+"/haproxy/resolvers/nameservers",schemaPath:"#/properties/haproxy/properties/resolvers/properties/nameservers/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items",schema:8,parentSchema:schema11.properties.haproxy.properties.resolvers.properties.nameservers,data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data15.length < 1){const err34 = {instancePath:instancePath+"/haproxy/resolvers/nameservers",schemaPath:"#/properties/haproxy/properties/resolvers/properties/nameservers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.haproxy.properties.resolvers.properties.nameservers,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if(typeof data16 === "string"){if(!pattern6.test(data16)){const err35 = {instancePath:instancePath+"/haproxy/resolvers/nameservers/" + i1,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/haproxy/resolvers/nameservers/" + i1,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/haproxy/resolvers/nameservers",schemaPath:"#/properties/haproxy/properties/resolvers/properties/nameservers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.haproxy.properties.resolvers.properties.nameservers.type,parentSchema:schema11.properties.haproxy.properties.resolvers.properties.nameservers,data:data15};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data14.refresh !== undefined){let data17 = data14.refresh;if(typeof data17 === "string"){if(func2(data17) < 1){const err38 = {instancePath:instancePath+"/haproxy/resolvers/refresh",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(!pattern4.test(data17)){const err39 = {instancePath:instancePath+"/haproxy/resolvers/refresh",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/haproxy/resolvers/refresh",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data17};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/haproxy/resolvers",schemaPath:"#/properties/haproxy/properties/resolvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.properties.resolvers.type,parentSchema:schema11.properties.haproxy.properties.resolvers,data:data14};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data6.limits !== undefined){let data18 = data6.limits;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key4 in data18){if(!((key4 === "max-connections") || (key4 === "rate-per-ip"))){const err42 = {instancePath:instancePath+"/haproxy/limits",schemaPath:"#/properties/haproxy/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy.properties.limits,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data18["max-connections"] !== undefined){let data19 = data18["max-connections"];if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err43 = {instancePath:instancePath+"/haproxy/limits/max-connections",schemaPath:"#/properties/haproxy/properties/limits/properties/max-connections/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.haproxy.properties.limits.properties["max-connections"].type,parentSchema:schema11.properties.haproxy.properties.limits.properties["max-connections"],data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 1000000 || isNaN(data19)){const err44 = {instancePath:instancePath+"/haproxy/limits/max-connections",schemaPath:"#/properties/haproxy/properties/limits/properties/max-connections/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.haproxy.properties.limits.properties["max-connections"],data:data19};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data19 < 1 || isNaN(data19)){const err45 = {instancePath:instancePath+"/haproxy/limits/max-connections",schemaPath:"#/properties/haproxy/properties/limits/properties/max-connections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.haproxy.properties.limits.properties["max-connections"],data:data19};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data18["rate-per-ip"] !== undefined){let data20 = data18["rate-per-ip"];if(typeof data20 === "string"){if(!pattern11.test(data20)){const err46 = {instancePath:instancePath+"/haproxy/limits/rate-per-ip",schemaPath:"#/properties/haproxy/properties/limits/properties/rate-per-ip/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^[0-9]+/([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema11.properties.haproxy.properties.limits.properties["rate-per-ip"],data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/haproxy/limits/rate-per-ip",schemaPath:"#/properties/haproxy/properties/limits/properties/rate-per-ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties.limits.properties["rate-per-ip"].type,parentSchema:schema11.properties.haproxy.properties.limits.properties["rate-per-ip"],data:data20};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/haproxy/limits",schemaPath:"#/properties/haproxy/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.properties.limits.type,parentSchema:schema11.properties.haproxy.properties.limits,data:data18};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data6.timeouts !== undefined){let data21 = data6.timeouts;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key5 in data21){if(!((((key5 === "connect") || (key5 === "client")) || (key5 === "server")) || (key5 === "tunnel"))){const err49 = {instancePath:instancePath+"/haproxy/timeouts",schemaPath:"#/properties/haproxy/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.haproxy.properties.timeouts,data:data21};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data21.connect !== undefined){let data22 = data21.connect;if(typeof data22 === "string"){if(func2(data22) < 1){const err50 = {instancePath:instancePath+"/haproxy/timeouts/connect",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(!pattern4.test(data22)){const err51 = {instancePath:instancePath+"/haproxy/timeouts/connect",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/haproxy/timeouts/connect",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data22};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data21.client !== undefined){let data23 = data21.client;if(typeof data23 === "string"){if(func2(data23) < 1){const err53 = {instancePath:instancePath+"/haproxy/timeouts/client",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(!pattern4.test(data23)){const err54 = {instancePath:instancePath+"/haproxy/timeouts/client",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data23};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/haproxy/timeouts/client",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data23};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data21.server !== undefined){let data24 = data21.server;if(typeof data24 === "string"){if(func2(data24) < 1){const err56 = {instancePath:instancePath+"/haproxy/timeouts/server",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!pattern4.test(data24)){const err57 = {instancePath:instancePath+"/haproxy/timeouts/server",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/haproxy/timeouts/server",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data24};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data21.tunnel !== undefined){let data25 = data21.tunnel;if(typeof data25 === "string"){if(func2(data25) < 1){const err59 = {instancePath:instancePath+"/haproxy/timeouts/tunnel",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data25};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(!pattern4.test(data25)){const err60 = {instancePath:instancePath+"/haproxy/timeouts/tunnel",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data25};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/haproxy/timeouts/tunnel",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data25};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/haproxy/timeouts",schemaPath:"#/properties/haproxy/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.properties.timeouts.type,parentSchema:schema11.properties.haproxy.properties.timeouts,data:data21};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data6["runtime-api"] !== undefined){let data26 = data6["runtime-api"];if((typeof data26 !== "string") && (!(Array.isArray(data26)))){const err63 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/type",keyword:"type",params:{type: schema11.properties.haproxy.properties["runtime-api"].type},message:"must be string,array",schema:schema11.properties.haproxy.properties["runtime-api"].type,parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(typeof data26 === "string"){if(!pattern16.test(data26)){const err64 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:/\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9._:/\\[\\]-]+$",parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(Array.isArray(data26)){if(data26.length > 64){const err65 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data26.length < 1){const err66 = {instancePath:instancePath+"/haproxy/runtime-api",schemaPath:"#/properties/haproxy/properties/runtime-api/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.haproxy.properties["runtime-api"],data:data26};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}const len2 = data26.length;for(let i2=0; i2<len2; i2++){let data27 = data26[i2];if(typeof data27 === "string"){if(!pattern16.test(data27)){const err67 = {instancePath:instancePath+"/haproxy/runtime-api/" + i2,schemaPath:"#/definitions/runtimeApi/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:/\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:/\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9._:/\\[\\]-]+$",parentSchema:schema25,data:data27};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/haproxy/runtime-api/" + i2,schemaPath:"#/definitions/runtimeApi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data27};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}}if(data6["stats-socket"] !== undefined){let data28 = data6["stats-socket"];if(typeof data28 === "string"){if(!pattern5.test(data28)){const err69 = {instancePath:instancePath+"/haproxy/stats-socket",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data28};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/haproxy/stats-socket",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data28};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data6["prometheus-bind"] !== undefined){let data29 = data6["prometheus-bind"];if(typeof data29 === "string"){if(!pattern6.test(data29)){const err71 = {instancePath:instancePath+"/haproxy/prometheus-bind",schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:\\[\\]-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:\\[\\]-]+$"+"\"",schema:"^[A-Za-z0-9.:\\[\\]-]+$",parentSchema:schema16,data:data29};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/haproxy/prometheus-bind",schemaPath:"#/definitions/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data29};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data6["map-file"] !== undefined){let data30 = data6["map-file"];if(typeof data30 === "string"){if(!pattern5.test(data30)){const err73 = {instancePath:instancePath+"/haproxy/map-file",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data30};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}else {const err74 = {instancePath:instancePath+"/haproxy/map-file",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data30};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data6["ca-file"] !== undefined){let data31 = data6["ca-file"];if(typeof data31 === "string"){if(!pattern21.test(data31)){const err75 = {instancePath:instancePath+"/haproxy/ca-file",schemaPath:"#/properties/haproxy/properties/ca-file/pattern",keyword:"pattern",params:{pattern: "^(@system-ca|[A-Za-z0-9._/-]+)$"},message:"must match pattern \""+"^(@system-ca|[A-Za-z0-9._/-]+)$"+"\"",schema:"^(@system-ca|[A-Za-z0-9._/-]+)$",parentSchema:schema11.properties.haproxy.properties["ca-file"],data:data31};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}else {const err76 = {instancePath:instancePath+"/haproxy/ca-file",schemaPath:"#/properties/haproxy/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties["ca-file"].type,parentSchema:schema11.properties.haproxy.properties["ca-file"],data:data31};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data6.log !== undefined){let data32 = data6.log;if(typeof data32 === "string"){if(!pattern22.test(data32)){const err77 = {instancePath:instancePath+"/haproxy/log",schemaPath:"#/properties/haproxy/properties/log/pattern",keyword:"pattern",params:{pattern: "^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$"},message:"must match pattern \""+"^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$"+"\"",schema:"^(stdout|stderr|none|[A-Za-z0-9._/:\\[\\]-]+)$",parentSchema:schema11.properties.haproxy.properties.log,data:data32};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/haproxy/log",schemaPath:"#/properties/haproxy/properties/log/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties.log.type,parentSchema:schema11.properties.haproxy.properties.log,data:data32};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data6["client-ca"] !== undefined){let data33 = data6["client-ca"];if(typeof data33 === "string"){if(!pattern5.test(data33)){const err79 = {instancePath:instancePath+"/haproxy/client-ca",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data33};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/haproxy/client-ca",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data33};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data6["client-verify"] !== undefined){let data34 = data6["client-verify"];if(typeof data34 !== "string"){const err81 = {instancePath:instancePath+"/haproxy/client-verify",schemaPath:"#/properties/haproxy/properties/client-verify/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.haproxy.properties["client-verify"].type,parentSchema:schema11.properties.haproxy.properties["client-verify"],data:data34};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(!((data34 === "required") || (data34 === "optional"))){const err82 = {instancePath:instancePath+"/haproxy/client-verify",schemaPath:"#/properties/haproxy/properties/client-verify/enum",keyword:"enum",params:{allowedValues: schema11.properties.haproxy.properties["client-verify"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.haproxy.properties["client-verify"].enum,parentSchema:schema11.properties.haproxy.properties["client-verify"],data:data34};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data6["trusted-proxies"] !== undefined){let data35 = data6["trusted-proxies"];if(Array.isArray(data35)){const len3 = data35.length;for(let i3=0; i3<len3; i3++){let data36 = data35[i3];if(typeof data36 === "string"){if(!pattern24.test(data36)){const err83 = {instancePath:instancePath+"/haproxy/trusted-proxies/" + i3,schemaPath:"#/definitions/cidr/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f.:/]+$"},message:"must match pattern \""+"^[0-9A-Fa-f.:/]+$"+"\"",schema:"^[0-9A-Fa-f.:/]+$",parentSchema:schema30,data:data36};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/haproxy/trusted-proxies/" + i3,schemaPath:"#/definitions/cidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data36};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/haproxy/trusted-proxies",schemaPath:"#/properties/haproxy/properties/trusted-proxies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.haproxy.properties["trusted-proxies"].type,parentSchema:schema11.properties.haproxy.properties["trusted-proxies"],data:data35};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data6["hsts-include-subdomains"] !== undefined){let data37 = data6["hsts-include-subdomains"];if(typeof data37 !== "boolean"){const err86 = {instancePath:instancePath+"/haproxy/hsts-include-subdomains",schemaPath:"#/properties/haproxy/properties/hsts-include-subdomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.haproxy.properties["hsts-include-subdomains"].type,parentSchema:schema11.properties.haproxy.properties["hsts-include-subdomains"],data:data37};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data6["server-state-file"] !== undefined){let data38 = data6["server-state-file"];if(typeof data38 === "string"){if(!pattern5.test(data38)){const err87 = {instancePath:instancePath+"/haproxy/server-state-file",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data38};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}else {const err88 = {instancePath:instancePath+"/haproxy/server-state-file",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data38};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data6["token-map"] !== undefined){let data39 = data6["token-map"];if(typeof data39 === "string"){if(!pattern5.test(data39)){const err89 = {instancePath:instancePath+"/haproxy/token-map",schemaPath:"#/definitions/filePath/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema17,data:data39};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/haproxy/token-map",schemaPath:"#/definitions/filePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data39};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/haproxy",schemaPath:"#/properties/haproxy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.haproxy.type,parentSchema:schema11.properties.haproxy,data:data6};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data["split-at"] !== undefined){let data40 = data["split-at"];if(typeof data40 !== "string"){const err92 = {instancePath:instancePath+"/split-at",schemaPath:"#/properties/split-at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["split-at"].type,parentSchema:schema11.properties["split-at"],data:data40};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if(!((data40 === "haproxy") || (data40 === "cloud-run"))){const err93 = {instancePath:instancePath+"/split-at",schemaPath:"#/properties/split-at/enum",keyword:"enum",params:{allowedValues: schema11.properties["split-at"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["split-at"].enum,parentSchema:schema11.properties["split-at"],data:data40};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data.services !== undefined){let data41 = data.services;if(Array.isArray(data41)){if(data41.length < 1){const err94 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.services,data:data41};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}const len4 = data41.length;for(let i4=0; i4<len4; i4++){if(!(validate11(data41[i4], {instancePath:instancePath+"/services/" + i4,parentData:data41,parentDataProperty:i4,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err95 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.services.type,parentSchema:schema11.properties.services,data:data41};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data.notify !== undefined){if(!(validate18(data.notify, {instancePath:instancePath+"/notify",parentData:data,parentDataProperty:"notify",rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}}else {const err96 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}validate10.errors = vErrors;return errors === 0;}const analysis = validate27;function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "source") || (key0 === "prometheus")) || (key0 === "interval")) || (key0 === "min-requests")) || (key0 === "alpha")) || (key0 === "pass-alpha")) || (key0 === "metrics")) || (key0 === "on-inconclusive"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.source !== undefined){let data0 = data.source;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.source.type,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!(((data0 === "prometheus") || (data0 === "cloud-monitoring")) || (data0 === "haproxy"))){const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema46.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.source.enum,parentSchema:schema46.properties.source,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.prometheus !== undefined){let data1 = data.prometheus;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.url === undefined){const err3 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema46.properties.prometheus.required,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(key1 === "url")){const err4 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.url !== undefined){let data2 = data1.url;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/prometheus/url",schemaPath:"#/properties/prometheus/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.prometheus.properties.url.type,parentSchema:schema46.properties.prometheus.properties.url,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.prometheus.type,parentSchema:schema46.properties.prometheus,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.interval !== undefined){let data3 = data.interval;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern4.test(data3)){const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"},message:"must match pattern \""+"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$"+"\"",schema:"^([0-9]+h)?([0-9]+m(?!s))?([0-9]+s)?([0-9]+ms)?$",parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data["min-requests"] !== undefined){let data4 = data["min-requests"];if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err10 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties["min-requests"].type,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 1000000 || isNaN(data4)){const err11 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data4 < 1 || isNaN(data4)){const err12 = {instancePath:instancePath+"/min-requests",schemaPath:"#/properties/min-requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema46.properties["min-requests"],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.alpha !== undefined){let data5 = data.alpha;if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 0.5 || isNaN(data5)){const err13 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data5 < 0.0001 || isNaN(data5)){const err14 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.0001},message:"must be >= 0.0001",schema:0.0001,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties.alpha.type,parentSchema:schema46.properties.alpha,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data["pass-alpha"] !== undefined){let data6 = data["pass-alpha"];if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 0.5 || isNaN(data6)){const err16 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data6 <= 0 || isNaN(data6)){const err17 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/pass-alpha",schemaPath:"#/properties/pass-alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties["pass-alpha"].type,parentSchema:schema46.properties["pass-alpha"],data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.metrics !== undefined){let data7 = data.metrics;if(Array.isArray(data7)){if(data7.length > 10){const err19 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.length < 1){const err20 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len0 = data7.length;for(let i0=0; i0<len0; i0++){if(!(validate15(data7[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.metrics.type,parentSchema:schema46.properties.metrics,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["on-inconclusive"] !== undefined){let data9 = data["on-inconclusive"];if(typeof data9 !== "string"){const err22 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties["on-inconclusive"].type,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(!((data9 === "hold") || (data9 === "rollback"))){const err23 = {instancePath:instancePath+"/on-inconclusive",schemaPath:"#/properties/on-inconclusive/enum",keyword:"enum",params:{allowedValues: schema46.properties["on-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema46.properties["on-inconclusive"].enum,parentSchema:schema46.properties["on-inconclusive"],data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate27.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/policy/schema.ts



// Compiled from the schema at bundle time (scripts/schema-validators.mjs); a test fails when stale.

const policySchema = (/* unused pure expression or super */ null && (schemaJson));
const validators = () => schema_validators_generated_namespaceObject;
function schemaIssues(data) {
    return run(validators().policy, data, []);
}
/** Validates a bare `analysis:` block; paths are prefixed with `prefix`. */
function analysisSchemaIssues(data, prefix) {
    return run(validators().analysis, data, prefix);
}
function run(validate, data, prefix) {
    if (validate(data))
        return [];
    return (validate.errors ?? []).map((e) => toIssue(e, data, prefix));
}
/** JSON pointer → path segments; array indices become numbers (the data says which are). */
function pointerToPath(pointer, data) {
    if (pointer === '')
        return [];
    const out = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            out.push(Number(seg));
            node = node[Number(seg)];
        }
        else {
            out.push(seg);
            node = (0,policy_issues/* isRecord */.u)(node) ? node[seg] : undefined;
        }
    }
    return out;
}
const TYPE_NAMES = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a map',
    null: 'empty',
};
/** `; valid: 1–100`, `; valid: above 0 and below 1`: the field's whole range, for bound errors. */
function range(schema) {
    const n = (k) => (typeof schema[k] === 'number' ? String(schema[k]) : undefined);
    const lo = n('minimum') ?? (n('exclusiveMinimum') && `above ${n('exclusiveMinimum')}`);
    const hi = n('maximum') ?? (n('exclusiveMaximum') && `below ${n('exclusiveMaximum')}`);
    if (lo && hi)
        return lo.startsWith('above') || hi.startsWith('below')
            ? `; valid: ${lo} and ${hi}`
            : `; valid: ${lo}–${hi}`;
    if (lo)
        return `; valid: ${lo.startsWith('above') ? lo : `${lo} or more`}`;
    if (hi)
        return `; valid: ${hi.startsWith('below') ? hi : `${hi} or less`}`;
    return '';
}
function toIssue(e, root, prefix) {
    const path = [...prefix, ...pointerToPath(e.instancePath, root)];
    const data = e.data;
    const parent = (e.parentSchema ?? {});
    const p = e.params;
    const base = { path, keyword: e.keyword };
    // YAML's .nan / .inf: one clear message (the semantic check says the same, so it dedupes)
    if (typeof data === 'number' && !Number.isFinite(data))
        return { ...base, message: `${data} is not a finite number` };
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(p.additionalProperty);
            const known = Object.keys(parent.properties ?? {});
            const guess = suggest(key, known);
            const hint = key === '<<'
                ? 'YAML merge keys are not supported; use an alias for a whole value (steps: *standard); '
                : guess
                    ? `did you mean "${guess}"? `
                    : '';
            const extension = path.length === 0 ? ' (or an x- key, which is ignored)' : '';
            return {
                ...base,
                path: [...path, key],
                at: 'key',
                message: `unknown key ${JSON.stringify(key)}; ${hint}valid keys here: ${known.join(', ')}${extension}`,
            };
        }
        case 'required': {
            const key = String(p.missingProperty);
            return { ...base, path: [...path, key], locateAt: path, message: `missing required key "${key}"` };
        }
        case 'type': {
            const want = String(p.type)
                .split(',')
                .map((t) => TYPE_NAMES[t] ?? t)
                .join(' or ');
            // "quote it" only when the quoted value would be valid; else the value's own syntax hint
            const scalar = typeof data === 'number' || typeof data === 'boolean';
            const pattern = typeof parent.pattern === 'string' ? new RegExp(parent.pattern, 'u') : undefined;
            const hint = p.type === 'string' && scalar && (!pattern || pattern.test(String(data)))
                ? `; quote it: "${String(data)}"`
                : typeof parent.patternErrorMessage === 'string'
                    ? `; ${parent.patternErrorMessage}`
                    : '';
            return { ...base, message: `must be ${want}, got ${(0,policy_issues/* describeValue */.b)(data)}${hint}` };
        }
        case 'enum': {
            const allowed = p.allowedValues.map(String);
            const guess = typeof data === 'string' ? suggest(data, allowed) : undefined;
            const hint = guess ? `; did you mean "${guess}"?` : '';
            return { ...base, message: `${(0,policy_issues/* describeValue */.b)(data)} is not one of ${allowed.join(', ')}${hint}` };
        }
        case 'const':
            return {
                ...base,
                message: `must be ${JSON.stringify(p.allowedValue)}, got ${(0,policy_issues/* describeValue */.b)(data)}${path.join('.') === 'version' ? ' (version 1 is the only policy format)' : ''}`,
            };
        case 'maximum':
            return {
                ...base,
                message: `${String(data)} is above ${String(p.limit)} (the largest allowed)${range(parent)}`,
            };
        case 'minimum':
            return {
                ...base,
                message: `${String(data)} is below ${String(p.limit)} (the smallest allowed)${range(parent)}`,
            };
        case 'exclusiveMaximum':
            return { ...base, message: `${String(data)} must be below ${String(p.limit)}${range(parent)}` };
        case 'exclusiveMinimum':
            return { ...base, message: `${String(data)} must be above ${String(p.limit)}${range(parent)}` };
        case 'minItems':
            return { ...base, message: `must list at least ${String(p.limit)} item(s)` };
        case 'maxItems': {
            const n = Array.isArray(data) ? data.length : '?';
            const lo = typeof parent.minItems === 'number' ? `${parent.minItems}–` : 'at most ';
            return { ...base, message: `lists ${n} items; valid: ${lo}${String(p.limit)}` };
        }
        case 'minLength':
            return { ...base, message: 'must not be empty' };
        case 'pattern': {
            const why = typeof parent.patternErrorMessage === 'string'
                ? parent.patternErrorMessage
                : `match ${String(p.pattern)}`;
            return { ...base, message: `${JSON.stringify(data)} is not valid: ${why}` };
        }
        case 'minProperties':
        case 'maxProperties': {
            const known = Object.keys(parent.properties ?? {});
            return { ...base, message: `must hold exactly one of ${known.join(', ')}` };
        }
        default:
            return { ...base, message: e.message ?? `fails the schema rule "${e.keyword}"` };
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/policy/listeners.ts
// Where the rendered HAProxy listens: each listener's address on its own (is the runtime API
// on every interface?) and the listeners together (do two of them claim the same port?).
// Pure: addresses are compared as written, nothing is resolved.



/** `host:port`, `:port` or `[v6]:port` → its parts; undefined for a socket path or a malformed value. */
function parseListen(addr) {
    const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(addr);
    if (!m)
        return undefined;
    const host = (m[1] ?? m[2]).toLowerCase();
    const port = Number(m[3]);
    const wildcard = host === '' || ((0,external_node_net_.isIPv4)(host) && host === '0.0.0.0') || ((0,external_node_net_.isIPv6)(host) && /^[0:]+$/.test(host));
    return { host, port, wildcard };
}
/** Loopback names and addresses: one machine's own interface, never the network. */
const isLoopback = (host) => host === 'localhost' || host === '::1' || /^127\./.test(host);
/**
 * The runtime API (`level admin`, no authentication) must not listen on every interface. Takes ONE
 * address, so a list of runtime APIs checks each entry with it. Null when acceptable.
 */
function checkRuntimeApiAddress(addr) {
    if (addr.startsWith('/'))
        return null; // a unix socket: file permissions guard it
    const l = parseListen(addr);
    if (!l || !l.wildcard)
        return null;
    return (`${JSON.stringify(addr)} listens on every interface: the runtime API is an unauthenticated admin ` +
        'socket. Use a unix socket (/run/haproxy/runtime.sock, with the runner on the same host) or one ' +
        'private address behind a firewall that admits only the runner (e.g. 10.0.0.5:9999); see the ' +
        'README section "The runtime API safely"');
}
/** Two listeners collide when they share a port and an address (or one listens on all). */
function sameSocket(a, b) {
    if (a.port !== b.port)
        return false;
    if (a.wildcard || b.wildcard)
        return true;
    if (a.host === b.host)
        return true;
    return isLoopback(a.host) && isLoopback(b.host) && (a.host === 'localhost' || b.host === 'localhost');
}
/**
 * Every socket the rendered config listens on, with its field; defaults as normalise applies them.
 * Two of them on one address and port split connections between unrelated frontends (HAProxy sets
 * SO_REUSEPORT, so `haproxy -c` and even the start succeed).
 */
function checkListeners(h, report) {
    const found = [];
    const add = (path, v, fallback) => {
        const addr = typeof v === 'string' ? v : v === undefined ? fallback : undefined;
        if (addr !== undefined)
            found.push({ path, addr, written: v !== undefined });
    };
    const d = normalise/* DEFAULT_HAPROXY */.Mh;
    const binds = Array.isArray(h.bind) ? h.bind : d.bind;
    binds.forEach((b, i) => add(['haproxy', 'bind', i], b));
    if (h.certificate !== undefined && h['redirect-http'] !== false)
        add(['haproxy', 'http-bind'], h['http-bind'], d.httpBind);
    add(['haproxy', 'prometheus-bind'], h['prometheus-bind'], d.prometheusBind);
    const apis = h['runtime-api'];
    if (Array.isArray(apis))
        apis.forEach((a, i) => add(['haproxy', 'runtime-api', i], a));
    else
        add(['haproxy', 'runtime-api'], apis);
    const parsed = found.map((f) => ({ ...f, l: parseListen(f.addr) }));
    parsed.forEach((b, j) => {
        if (!b.l)
            return;
        // binds of one frontend may overlap (":443" with "[::]:443" is the usual dual stack); only a
        // repeat is wrong there. Across frontends any overlap splits traffic.
        // a fleet's runtime APIs are one per instance (its own host): they clash with the listeners
        // every instance has, not with each other (a repeated entry is reported on its own)
        const clash = (x) => x.l !== undefined &&
            !(x.path[1] === 'runtime-api' && b.path[1] === 'runtime-api') &&
            (x.path[1] === 'bind' && b.path[1] === 'bind'
                ? x.l.host === b.l.host && x.l.port === b.l.port
                : sameSocket(x.l, b.l));
        const a = parsed.slice(0, j).find(clash);
        if (!a)
            return;
        // point at a value the user wrote: the later one unless only the earlier one was written
        const [here, other] = b.written || !a.written ? [b, a] : [a, b];
        report(here.path, `${JSON.stringify(here.addr)} takes the same port as ${formatPath(other.path)} (${JSON.stringify(other.addr)}` +
            `${other.written ? '' : ', the default'}); two listeners on one port split the connections between ` +
            'them: give each its own port');
    });
}

// EXTERNAL MODULE: ./src/policy/whitelist.ts
var whitelist = __webpack_require__(26743);
;// CONCATENATED MODULE: ./src/policy/cloud-run-host.ts

/** Cloud Run tags the revisions `canary---HOST-LABEL`; a DNS label holds at most 63 characters. */
const MAX_LABEL = 63;
const TAG_PREFIX = 'canary---';
/** The url must be this service's own, and its tag host label must fit in one DNS label. */
function checkRunHost(s, path, defaults, add) {
    if (typeof s.name !== 'string' || (0,whitelist/* checkServiceName */.PV)(s.name))
        return;
    const name = s.name;
    if (typeof s.url === 'string') {
        if ((0,whitelist/* checkRunUrl */.hI)(s.url))
            return;
        const label = s.url.replace(/^https:\/\//, '').split('.')[0];
        if (!label.startsWith(`${name}-`)) {
            add([...path, 'url'], `${JSON.stringify(s.url)} is not the URL of service ${JSON.stringify(name)}: its host must start with "${name}-" ` +
                `(https://${name}-HASH-REGION_CODE.a.run.app or https://${name}-PROJECT_NUMBER.REGION.run.app)`);
            return;
        }
        if (TAG_PREFIX.length + label.length > MAX_LABEL)
            add([...path, 'url'], tagTooLong(`${TAG_PREFIX}${label}`));
        return;
    }
    const number = s['project-number'] ?? defaults['project-number'];
    if (typeof number !== 'string' || !/^[0-9]{1,20}$/.test(number))
        return;
    const label = `${TAG_PREFIX}${name}-${number}`;
    if (label.length > MAX_LABEL) {
        const most = MAX_LABEL - TAG_PREFIX.length - 1 - number.length;
        add([...path, 'name'], `${tagTooLong(label)}; with project number ${number} a service name may have at most ${most} characters`);
    }
}
const tagTooLong = (label) => `the canary tag host label "${label}" is ${label.length} characters long; DNS labels hold at most ${MAX_LABEL}, ` +
    'so the canary revision could not be reached';

;// CONCATENATED MODULE: ./src/policy/routing.ts
/** Headers every request carries or that proxies rewrite: a cohort on them is not a cohort. */
const RESERVED_HEADERS = new Set([
    'host',
    'connection',
    'keep-alive',
    'proxy-connection',
    'transfer-encoding',
    'te',
    'trailer',
    'upgrade',
    'content-length',
    'expect',
    'cookie',
    'set-cookie',
    'forwarded',
    'via',
    'x-forwarded-for',
    'x-forwarded-proto',
    'x-forwarded-host',
    'x-forwarded-port',
    'x-real-ip',
    'proxy-authorization',
    'authorization',
]);
function checkCohortHeader(name) {
    if (!RESERVED_HEADERS.has(name.toLowerCase()))
        return null;
    return (`${JSON.stringify(name)} is a hop-by-hop, routing or credential header that ordinary requests carry or ` +
        'proxies rewrite, so the cohort would not be chosen by you; use a header of your own, e.g. X-Canary');
}
const EVERY_PATH = '(every path)';
/** What HAProxy routes for a path: `/api` and `/api/` both claim /api/…; `/` claims every path. */
const routedPrefix = (p) => p.replace(/\/+$/, '') || EVERY_PATH;
/** The placeholders the metrics adapter fills in (src/adapters/metrics/queries.ts fillQuery). */
const QUERY_PLACEHOLDERS = ['service', 'revision', 'backend', 'window'];
function checkPlaceholders(query, path, add) {
    for (const m of query.matchAll(/\{\{(.*?)\}\}/gs)) {
        const name = m[1].trim();
        if (QUERY_PLACEHOLDERS.includes(name))
            continue;
        add(path, `${JSON.stringify(m[0])} is not a placeholder; the query may use ${QUERY_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
        return;
    }
}

// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(42233);
;// CONCATENATED MODULE: ./src/policy/validate-controls.ts
// Checks on `notify` and `hooks` the schema cannot express: one kind per target, one URL source
// per hook, hook URLs that are plain http(s) without credentials, timeouts within bounds.


/** Hook timeouts: long enough for a load-test trigger, short enough never to stall a rollout. */
const HOOK_TIMEOUT_MS = { min: 1_000, max: 600_000 };
function checkControls(data, c) {
    checkNotify(data.notify, ['notify'], c);
    const services = Array.isArray(data.services) ? data.services : [];
    services.forEach((s, i) => {
        if (!(0,policy_issues/* isRecord */.u)(s))
            return;
        checkNotify(s.notify, ['services', i, 'notify'], c);
        if (!(0,policy_issues/* isRecord */.u)(s.hooks))
            return;
        for (const name of ['pre-step', 'post-step']) {
            const h = s.hooks[name];
            if ((0,policy_issues/* isRecord */.u)(h))
                checkHook(h, ['services', i, 'hooks', name], c);
        }
    });
}
function checkNotify(raw, path, c) {
    if (!Array.isArray(raw))
        return;
    raw.forEach((t, i) => {
        if (!(0,policy_issues/* isRecord */.u)(t))
            return;
        const kinds = ['slack', 'webhook'].filter((k) => t[k] !== undefined);
        if (kinds.length !== 1)
            c.add([...path, i], `a notify entry needs exactly one of \`slack\` or \`webhook\` (got ${kinds.length || 'none'})`);
    });
}
/** A URL a hook may call: http(s), a host, no user:password (use url-env for tokens). */
function checkHookUrl(value) {
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(value))
        return `${JSON.stringify(value)} contains whitespace or a control character`;
    let u;
    try {
        u = new URL(value);
    }
    catch {
        return `${JSON.stringify(value)} is not a URL; write e.g. https://loadtest.internal/start`;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return `${JSON.stringify(value)} is not http(s)`;
    if (u.username || u.password)
        return 'a URL with credentials would sit in the repository; put it in a secret and name it with `url-env`';
    return null;
}
function checkHook(h, path, c) {
    const sources = ['url', 'url-env'].filter((k) => h[k] !== undefined);
    if (sources.length !== 1)
        c.add(path, `a hook needs exactly one of \`url\` or \`url-env\` (got ${sources.length ? 'both' : 'none'})`);
    if (typeof h.url === 'string') {
        const bad = checkHookUrl(h.url);
        if (bad)
            c.add([...path, 'url'], bad);
    }
    const ms = (0,units/* parseDuration */.E9)(h.timeout);
    if (ms !== undefined && (ms < HOOK_TIMEOUT_MS.min || ms > HOOK_TIMEOUT_MS.max))
        c.add([...path, 'timeout'], `${String(h.timeout)} is outside 1s to 10m`);
}

;// CONCATENATED MODULE: ./src/policy/validate.ts
// Semantic checks the schema cannot express, and the injection whitelist on every value that
// reaches the HAProxy config. Runs on raw data even when the schema failed (all errors at
// once), so every check first makes sure the value has the type it expects.







class Collector {
    issues = [];
    add(path, message, extra = {}) {
        this.issues.push({ path, message, ...extra });
    }
    /** Runs a whitelist checker on a string value (non-strings are the schema's business). */
    check(value, path, checker) {
        if (typeof value !== 'string')
            return;
        const bad = checker(value);
        if (bad)
            this.add(path, bad);
    }
    /** A duration within [min, max] ms; the message gives the valid range. */
    duration(value, path, [min, max]) {
        const ms = (0,units/* parseDuration */.E9)(value);
        if (ms === undefined)
            return; // not a duration: the schema says so
        const range = `valid: ${(0,units/* formatDuration */.a3)(min)}–${(0,units/* formatDuration */.a3)(max)}`;
        if (ms === 0 && min > 0)
            this.add(path, `${JSON.stringify(value)} is zero; ${range}`);
        else if (ms < min)
            this.add(path, `${JSON.stringify(value)} is below ${(0,units/* formatDuration */.a3)(min)}; ${range}`);
        else if (ms > max)
            this.add(path, `${JSON.stringify(value)} is above ${(0,units/* formatDuration */.a3)(max)}; ${range}`);
    }
}
const S = 1000;
const M = 60 * S;
const H = 60 * M;
/** Duration bounds [min, max] in ms, one per field (contract: bounds sit with their field). */
const DURATION_BOUNDS = {
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
};
/** Requests per period a `rate-per-ip` may allow. */
const RATE_COUNT_BOUNDS = [1, 1_000_000];
const rec = (v) => ((0,policy_issues/* isRecord */.u)(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
function semanticIssues(data) {
    const c = new Collector();
    if (!(0,policy_issues/* isRecord */.u)(data)) {
        c.add([], 'the policy must be a map with `version: 1` and `services:`');
        return c.issues;
    }
    checkFiniteNumbers(data, [], c);
    const defaults = rec(data.defaults);
    c.check(defaults.project, ['defaults', 'project'], whitelist/* checkProjectId */.vb);
    c.check(defaults.region, ['defaults', 'region'], whitelist/* checkRegion */.vK);
    c.duration(defaults['operation-timeout'], ['defaults', 'operation-timeout'], DURATION_BOUNDS['operation-timeout']);
    checkHaproxy(rec(data.haproxy), c);
    const splitAt = data['split-at'] ?? 'haproxy';
    const services = list(data.services);
    const hasClientCa = rec(data.haproxy)['client-ca'] !== undefined;
    services.forEach((s, i) => {
        if ((0,policy_issues/* isRecord */.u)(s))
            checkService(s, ['services', i], { defaults, splitAt }, c);
        if ((0,policy_issues/* isRecord */.u)(s))
            checkServiceExtras(s, ['services', i], hasClientCa, c);
    });
    checkUniqueNames(services, c);
    checkStatSource(services, rec(data.haproxy)['runtime-api'], splitAt, c);
    checkUniqueRoutes(services, c);
    checkControls(data, c);
    return c.issues;
}
/** `.nan` and `.inf` are YAML numbers but never meaningful here. */
function checkFiniteNumbers(v, path, c) {
    if (typeof v === 'number' && !Number.isFinite(v))
        c.add(path, `${String(v)} is not a finite number`);
    else if (Array.isArray(v))
        v.forEach((x, i) => checkFiniteNumbers(x, [...path, i], c));
    else if ((0,policy_issues/* isRecord */.u)(v))
        for (const [k, x] of Object.entries(v))
            checkFiniteNumbers(x, [...path, k], c);
}
function checkHaproxy(h, c) {
    const at = (...p) => ['haproxy', ...p];
    c.check(h.output, at('output'), whitelist/* checkOutputPath */.$b);
    list(h.bind).forEach((b, i) => c.check(b, at('bind', i), whitelist/* checkListenAddress */.Qr));
    c.check(h.certificate, at('certificate'), whitelist/* checkFilePath */.QI);
    c.check(h['http-bind'], at('http-bind'), whitelist/* checkListenAddress */.Qr);
    const resolvers = rec(h.resolvers);
    list(resolvers.nameservers).forEach((n, i) => c.check(n, at('resolvers', 'nameservers', i), whitelist/* checkNameserver */.VP));
    c.duration(resolvers.refresh, at('resolvers', 'refresh'), DURATION_BOUNDS['resolvers.refresh']);
    checkRate(rec(h.limits)['rate-per-ip'], at('limits', 'rate-per-ip'), c);
    const timeouts = rec(h.timeouts);
    for (const k of ['connect', 'client', 'server'])
        c.duration(timeouts[k], at('timeouts', k), DURATION_BOUNDS[`timeouts.${k}`]);
    // one address, or a fleet's list: each entry is checked as one address
    const runtimeApi = (v) => (0,whitelist/* checkAddressOrSocket */.hm)(v) ?? checkRuntimeApiAddress(v);
    const apis = h['runtime-api'];
    if (Array.isArray(apis)) {
        apis.forEach((a, i) => c.check(a, at('runtime-api', i), runtimeApi));
        apis.forEach((a, i) => {
            if (apis.indexOf(a) !== i)
                c.add(at('runtime-api', i), `${String(a)} is listed twice; list each instance once`);
        });
    }
    else
        c.check(apis, at('runtime-api'), runtimeApi);
    c.check(h['stats-socket'], at('stats-socket'), whitelist/* checkFilePath */.QI);
    c.check(h['prometheus-bind'], at('prometheus-bind'), whitelist/* checkListenAddress */.Qr);
    c.check(h['map-file'], at('map-file'), whitelist/* checkFilePath */.QI);
    if (h['ca-file'] !== '@system-ca')
        c.check(h['ca-file'], at('ca-file'), whitelist/* checkFilePath */.QI);
    checkListeners(h, (path, message) => c.add(path, message));
    checkHaproxyExtras(h, c);
}
function checkRate(raw, path, c) {
    const rate = (0,units/* parseRate */.WN)(raw);
    if (!rate)
        return;
    const [cmin, cmax] = RATE_COUNT_BOUNDS;
    const [pmin, pmax] = DURATION_BOUNDS['rate-per-ip period'];
    const range = `valid: ${cmin}–${cmax} requests per ${(0,units/* formatDuration */.a3)(pmin)}–${(0,units/* formatDuration */.a3)(pmax)}, e.g. 200/10s`;
    if (rate.count < cmin || rate.count > cmax || rate.periodMs < pmin || rate.periodMs > pmax)
        c.add(path, `${JSON.stringify(raw)} is out of range; ${range}`);
}
/** Issue 12: log target, client CA, trusted proxies, state and token files, tunnel timeout. */
function checkHaproxyExtras(h, c) {
    const at = (...p) => ['haproxy', ...p];
    c.check(h.log, at('log'), whitelist/* checkLogTarget */.wu);
    c.check(h['client-ca'], at('client-ca'), whitelist/* checkFilePath */.QI);
    if (h['client-ca'] !== undefined && h.certificate === undefined) {
        c.add(at('client-ca'), 'client certificates need TLS at HAProxy: set `haproxy.certificate` too', {
            at: 'key',
        });
    }
    if (h['client-verify'] !== undefined && h['client-ca'] === undefined) {
        c.add(at('client-verify'), 'verifies nothing without `haproxy.client-ca` (the CA client certificates are checked with)', {
            at: 'key',
        });
    }
    list(h['trusted-proxies']).forEach((n, i) => c.check(n, at('trusted-proxies', i), whitelist/* checkCidr */.tC));
    c.check(h['server-state-file'], at('server-state-file'), whitelist/* checkFilePath */.QI);
    c.check(h['token-map'], at('token-map'), whitelist/* checkFilePath */.QI);
    c.duration(rec(h.timeouts).tunnel, at('timeouts', 'tunnel'), DURATION_BOUNDS['timeouts.tunnel']);
}
/** Issue 12: health timing, allow-from networks, client-verify needs a client CA. */
function checkServiceExtras(s, path, hasClientCa, c) {
    const at = (...p) => [...path, ...p];
    const health = rec(s.health);
    c.duration(health.interval, at('health', 'interval'), DURATION_BOUNDS['health.interval']);
    c.duration(health.timeout, at('health', 'timeout'), DURATION_BOUNDS['health.timeout']);
    c.duration(health.slowstart, at('health', 'slowstart'), DURATION_BOUNDS['health.slowstart']);
    const allow = rec(rec(s.routing).header)['allow-from'];
    list(allow).forEach((n, i) => c.check(n, at('routing', 'header', 'allow-from', i), whitelist/* checkCidr */.tC));
    if (s['client-verify'] !== undefined && !hasClientCa) {
        c.add(at('client-verify'), 'verifies nothing without `haproxy.client-ca`; set it or remove this key', {
            at: 'key',
        });
    }
}
function checkService(s, path, ctx, c) {
    const at = (...p) => [...path, ...p];
    c.check(s.name, at('name'), whitelist/* checkServiceName */.PV);
    c.check(s.project, at('project'), whitelist/* checkProjectId */.vb);
    c.check(s.region, at('region'), whitelist/* checkRegion */.vK);
    for (const key of ['project', 'region']) {
        if (s[key] === undefined && ctx.defaults[key] === undefined) {
            c.add(at(key), `no ${key}: set \`${key}\` on the service or in \`defaults\``, { locateAt: path });
        }
    }
    const hosts = list(s.hosts);
    hosts.forEach((h, i) => c.check(h, at('hosts', i), whitelist/* checkHostname */.yr));
    reportDuplicates(hosts, at('hosts'), 'host', c);
    const paths = list(s.paths);
    paths.forEach((p, i) => c.check(p, at('paths', i), whitelist/* checkPath */.Cg));
    reportDuplicates(paths, at('paths'), 'path', c);
    checkRelease(s, path, c);
    checkUrl(s, path, ctx, c);
    const routing = rec(s.routing);
    const header = rec(routing.header);
    c.check(header.name, at('routing', 'header', 'name'), (v) => (0,whitelist/* checkHeaderName */.FS)(v) ?? checkCohortHeader(v));
    c.check(header.value, at('routing', 'header', 'value'), whitelist/* checkHeaderValue */.BB);
    c.check(routing['sticky-cookie'], at('routing', 'sticky-cookie'), whitelist/* checkCookieName */.Iw);
    if (ctx.splitAt === 'haproxy' && !(0,policy_issues/* isRecord */.u)(routing.header) && routing['sticky-cookie'] === undefined) {
        c.add(at('routing'), 'split-at: haproxy needs a way to route the canary: set `routing.sticky-cookie` (and/or `routing.header`)', { locateAt: s.routing === undefined ? path : at('routing') });
    }
    for (const block of ['health', 'smoke']) {
        const p = rec(s[block]).path;
        c.check(p, at(block, 'path'), whitelist/* checkPath */.Cg);
        checkReservedPath(p, at(block, 'path'), c);
    }
    checkSteps(s.steps, at('steps'), (0,policy_issues/* isRecord */.u)(routing.header), c);
    if (s.analysis !== undefined && !(0,policy_issues/* isRecord */.u)(s.analysis))
        return;
    checkAnalysis(s.analysis, at('analysis'), { splitAt: ctx.splitAt, servicePath: path }, c);
}
function reportDuplicates(items, path, what, c) {
    const seen = new Map();
    items.forEach((v, i) => {
        if (typeof v !== 'string')
            return;
        const k = v.toLowerCase();
        const first = seen.get(k);
        if (first === undefined)
            seen.set(k, i);
        else
            c.add([...path, i], `${what} ${JSON.stringify(v)} is listed twice (also at index ${first})`);
    });
}
function checkRelease(s, path, c) {
    c.check(s.image, [...path, 'image'], whitelist/* checkImage */.cd);
    c.check(s.revision, [...path, 'revision'], whitelist/* checkRevisionName */.vV);
    if (s.image === undefined && s.revision === undefined) {
        c.add([...path, 'image'], 'set exactly one of `image` (a container image) or `revision` (a revision name)', {
            locateAt: path,
        });
    }
    else if (s.image !== undefined && s.revision !== undefined) {
        c.add([...path, 'revision'], 'set exactly one of `image` or `revision`, not both', { at: 'key' });
    }
}
/** HAProxy needs the Cloud Run host name: the given url, or the deterministic one. */
function checkUrl(s, path, ctx, c) {
    c.check(s.url, [...path, 'url'], whitelist/* checkRunUrl */.hI);
    checkRunHost(s, path, ctx.defaults, (p, m) => c.add(p, m));
    if (s.url === undefined &&
        s['project-number'] === undefined &&
        ctx.defaults['project-number'] === undefined) {
        c.add([...path, 'url'], "HAProxy needs this service's Cloud Run host name: set `url` (https://SERVICE-HASH-REGION_CODE.a.run.app) " +
            'or `project-number` on the service or in `defaults`', { locateAt: path });
    }
}
function checkReservedPath(value, path, c) {
    if (typeof value === 'string' && value.endsWith('z')) {
        c.add(path, `${JSON.stringify(value)} ends in "z"; Cloud Run reserves paths ending in z (like /healthz); use e.g. /health`);
    }
}
function checkSteps(raw, path, hasHeader, c) {
    let previous;
    list(raw).forEach((step, i) => {
        if (!(0,policy_issues/* isRecord */.u)(step))
            return;
        const at = (...p) => [...path, i, ...p];
        c.duration(step.bake, at('bake'), DURATION_BOUNDS.bake);
        checkMaxBake(step, at('max-bake'), c);
        const headerOnly = step['header-only'] === true;
        if (headerOnly) {
            if (i > 0)
                c.add(at('header-only'), 'header-only is allowed only as the first step', { at: 'key' });
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
        if (typeof step.percent !== 'number' || step.percent < 1 || step.percent > 100)
            return;
        if (previous && step.percent <= previous.percent) {
            c.add(at('percent'), `${step.percent} is not above the previous step's ${previous.percent}; percents must strictly increase`);
        }
        previous = { percent: step.percent, index: i };
    });
}
const DAY_MS = 24 * 3_600_000;
/** max-bake: at least the bake (the minimum time), at most a day. */
function checkMaxBake(step, path, c) {
    const max = (0,units/* parseDuration */.E9)(step['max-bake']);
    if (max === undefined)
        return;
    const bake = (0,units/* parseDuration */.E9)(step.bake);
    if (bake !== undefined && max < bake) {
        c.add(path, `${String(step['max-bake'])} is shorter than the bake ${String(step.bake)}; max-bake must be at least the bake`);
    }
    else if (max > DAY_MS) {
        c.add(path, `${String(step['max-bake'])} is above 24h (the longest stage allowed)`);
    }
    else if (max === 0) {
        c.add(path, `${String(step['max-bake'])} is zero; write a duration at least the bake, like 30m`);
    }
}
/** Checks an analysis block (or its absence: the defaults need prometheus.url). */
function checkAnalysis(raw, path, ctx, c) {
    const a = rec(raw);
    const source = a.source ?? 'prometheus';
    const prometheus = rec(a.prometheus);
    c.check(prometheus.url, [...path, 'prometheus', 'url'], whitelist/* checkHttpUrl */.Om);
    if (source === 'prometheus' &&
        prometheus.url === undefined &&
        (raw === undefined || a.prometheus === undefined)) {
        c.add([...path, 'prometheus', 'url'], `source prometheus${a.source === undefined ? ' (the default)' : ''} needs \`prometheus.url\`; set it or ` +
            'choose `source: cloud-monitoring` or `source: haproxy`', { locateAt: raw === undefined ? ctx.servicePath : path });
    }
    if (source === 'haproxy' && ctx.splitAt === 'cloud-run') {
        c.add([...path, 'source'], 'source haproxy cannot tell revisions apart when Cloud Run splits the traffic (split-at: cloud-run); ' +
            'use prometheus or cloud-monitoring');
    }
    c.duration(a.interval, [...path, 'interval'], DURATION_BOUNDS.interval);
    list(a.metrics).forEach((m, i) => checkMetric(m, [...path, 'metrics', i], source, ctx.splitAt, c));
    // a metric that reads Prometheus on its own needs the block's URL too
    list(a.metrics).forEach((m, i) => {
        if (!(0,policy_issues/* isRecord */.u)(m) || source === 'prometheus' || prometheus.url !== undefined)
            return;
        const kind = Object.keys(m)[0];
        if (rec(m[kind]).source === 'prometheus') {
            c.add([...path, 'metrics', i, kind, 'source'], 'source prometheus on this metric needs `prometheus.url` in the analysis block; set it, or use cloud-monitoring');
        }
    });
}
/** The metric's own `source`, else the block's. */
function metricSource(m, blockSource) {
    const body = rec(m['error-rate'] ?? m.latency ?? m.custom);
    return body.source ?? blockSource;
}
/** Where latency can come from: HAProxy keeps no histogram, and Prometheus with split-at haproxy
 * reads HAProxy's exporter, which has none either. */
function latencyUnavailable(source, splitAt) {
    if (source === 'haproxy') {
        return ('latency is not available from source haproxy (HAProxy keeps counters, no latency histogram); ' +
            'set `source: cloud-monitoring` on this metric (Cloud Run request latencies), or drop it');
    }
    if (source === 'prometheus' && splitAt === 'haproxy') {
        return ("latency is not available from source prometheus with split-at haproxy (it reads HAProxy's exporter, " +
            'which has no latency histogram); set `source: cloud-monitoring` on this metric, or use split-at cloud-run ' +
            "(Prometheus then reads Cloud Run's request_latencies)");
    }
    return null;
}
const MAX_WARMUP_MS = 30 * 60_000;
function checkJudgeFields(body, path, c) {
    if (body.absolute === true && body.max === undefined) {
        c.add([...path, 'absolute'], '`absolute: true` applies to the `max` ceiling; set `max` or remove it');
    }
}
function checkMetric(m, path, blockSource, splitAt, c) {
    if (!(0,policy_issues/* isRecord */.u)(m))
        return;
    const source = metricSource(m, blockSource);
    const own = rec(m['error-rate'] ?? m.latency ?? m.custom).source;
    const kind = Object.keys(m)[0];
    if (own === 'haproxy' && splitAt === 'cloud-run') {
        c.add([...path, kind, 'source'], 'source haproxy cannot tell revisions apart when Cloud Run splits the traffic (split-at: cloud-run); ' +
            'use prometheus or cloud-monitoring');
    }
    const errorRate = m['error-rate'];
    if ((0,policy_issues/* isRecord */.u)(errorRate)) {
        const pct = (0,units/* parsePercent */.lo)(errorRate.max);
        if (pct !== undefined && pct > 100)
            c.add([...path, 'error-rate', 'max'], `${pct}% is above 100%`);
        if (errorRate.max === undefined && errorRate['vs-baseline'] === false) {
            c.add([...path, 'error-rate'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
        }
        checkJudgeFields(errorRate, [...path, 'error-rate'], c);
    }
    const latency = m.latency;
    if ((0,policy_issues/* isRecord */.u)(latency)) {
        const unavailable = latencyUnavailable(source, splitAt);
        if (unavailable)
            c.add([...path, 'latency'], unavailable, { at: 'key' });
        const warmup = (0,units/* parseDuration */.E9)(latency.warmup);
        if (warmup !== undefined && warmup > MAX_WARMUP_MS) {
            c.add([...path, 'latency', 'warmup'], `${String(latency.warmup)} is above 30m (the longest warm-up allowed)`);
        }
        c.duration(latency.max, [...path, 'latency', 'max'], DURATION_BOUNDS['latency.max']);
        checkJudgeFields(latency, [...path, 'latency'], c);
        if (latency.max === undefined && latency['vs-baseline'] === false) {
            c.add([...path, 'latency'], 'judges nothing: set `max` or leave `vs-baseline` true', { at: 'key' });
        }
    }
    const custom = m.custom;
    if ((0,policy_issues/* isRecord */.u)(custom)) {
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
function checkStatSource(services, runtimeApi, splitAt, c) {
    if (runtimeApi !== undefined || splitAt === 'cloud-run')
        return; // cloud-run: refused on its own
    services.forEach((s, i) => {
        if (rec(rec(s).analysis).source !== 'haproxy')
            return;
        c.add(['services', i, 'analysis', 'source'], 'source haproxy reads the counters through the runtime API: set `haproxy.runtime-api` ' +
            '(a unix socket or a private address), or use source prometheus or cloud-monitoring');
    });
}
function checkUniqueNames(services, c) {
    const seen = new Map();
    services.forEach((s, i) => {
        const name = rec(s).name;
        if (typeof name !== 'string')
            return;
        const first = seen.get(name);
        if (first === undefined)
            seen.set(name, i);
        else
            c.add(['services', i, 'name'], `duplicate service name ${JSON.stringify(name)} (also services[${first}].name)`);
    });
}
/** Two services may not claim the same host + path prefix (HAProxy would route to the first). */
function checkUniqueRoutes(services, c) {
    const owner = new Map();
    services.forEach((raw, i) => {
        const s = rec(raw);
        const paths = list(s.paths).filter((p) => typeof p === 'string');
        const routes = [];
        list(s.hosts).forEach((h, hi) => {
            if (typeof h !== 'string')
                return;
            if (paths.length === 0)
                routes.push({ host: h, path: EVERY_PATH, at: ['services', i, 'hosts', hi] });
            paths.forEach((p, pi) => routes.push({ host: h, path: routedPrefix(p), at: ['services', i, 'paths', pi] }));
        });
        const reported = new Set();
        for (const r of routes) {
            const key = `${r.host.toLowerCase()} ${r.path}`;
            const first = owner.get(key);
            if (first === undefined)
                owner.set(key, i);
            else if (first !== i && !reported.has(key)) {
                reported.add(key);
                const what = r.path === EVERY_PATH ? 'every path' : `path prefix ${r.path} (with or without a trailing /)`;
                c.add(r.at, `host ${JSON.stringify(r.host)} with ${what} is already routed to services[${first}]`);
            }
        }
    });
}


;// CONCATENATED MODULE: ./src/policy/index.ts
// The policy module's public API: text → Policy or every error at once, with positions.













/** sha256 hex of the policy text, for the rollout annotation and the config header. */
function policyDigest(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The whole pipeline: parse (plain YAML only), schema, semantic + whitelist checks, normalise. */
function validatePolicyText(text, file) {
    try {
        return validateUnguarded(text, file);
    }
    catch (e) {
        // the depth check in parse should make this unreachable; a stack overflow still gets a position
        if (!(e instanceof RangeError))
            throw e;
        const message = `the policy is nested too deeply to read (${e.message}); flatten it`;
        return { ok: false, errors: [{ file, line: 1, col: 1, path: '(yaml)', message }] };
    }
}
/** An error found after validation (e.g. by an adapter), placed at `path` in the policy text. */
function policyErrorAt(text, file, path, message) {
    const parsed = parsePolicyYaml(text, file);
    const locate = parsed.ok ? parsed.parsed.locate : () => ({ line: 1, col: 1 });
    return toError({ path, message }, file, locate);
}
function validateUnguarded(text, file) {
    const parsed = parsePolicyYaml(text, file);
    if (!parsed.ok)
        return { ok: false, errors: sortErrors(parsed.errors) };
    const { data, locate } = parsed.parsed;
    const issues = mergeIssues((0,policy_issues/* isRecord */.u)(data) ? schemaIssues(data) : [], semanticIssues(data));
    if (issues.length > 0) {
        return { ok: false, errors: sortErrors(issues.map((i) => toError(i, file, locate))) };
    }
    return { ok: true, policy: (0,normalise/* normalisePolicy */.Rn)(data, file, policyDigest(text)) };
}
/**
 * Validates and normalises an `analysis:` block given as plain data (the offline replay CLI).
 * There are no positions, so every error is at 1:1; paths start at `analysis`.
 */
function validateAnalysisBlock(raw, file) {
    const prefix = ['analysis'];
    const c = new Collector();
    if (raw !== undefined)
        policy_checkFiniteNumbers(raw, c);
    checkAnalysis(raw, prefix, { servicePath: prefix }, c);
    const schema = raw === undefined ? [] : analysisSchemaIssues(raw, prefix);
    const issues = mergeIssues(schema, c.issues);
    if (issues.length > 0) {
        return {
            ok: false,
            errors: sortErrors(issues.map((i) => toError(i, file, () => ({ line: 1, col: 1 })))),
        };
    }
    return { ok: true, analysis: (0,normalise/* normaliseAnalysis */.JZ)((0,policy_issues/* isRecord */.u)(raw) ? raw : {}) };
}
function policy_checkFiniteNumbers(raw, c) {
    const walk = (v, path) => {
        if (typeof v === 'number' && !Number.isFinite(v))
            c.add(path, `${String(v)} is not a finite number`);
        else if (Array.isArray(v))
            v.forEach((x, i) => walk(x, [...path, i]));
        else if ((0,policy_issues/* isRecord */.u)(v))
            for (const [k, x] of Object.entries(v))
                walk(x, [...path, k]);
    };
    walk(raw, ['analysis']);
}
/**
 * A whitelist message names the offending character; the schema's pattern error for the same
 * value only repeats it less precisely, so it is dropped. Exact duplicates are dropped too.
 */
function mergeIssues(schema, semantic) {
    const semanticPaths = new Set(semantic.map((i) => formatPath(i.path)));
    const kept = schema.filter((i) => !(i.keyword === 'pattern' && semanticPaths.has(formatPath(i.path))));
    const seen = new Set();
    return [...kept, ...semantic].filter((i) => {
        const key = `${formatPath(i.path)}\n${i.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function toError(issue, file, locate) {
    const pos = issue.locateAt ? locate(issue.locateAt) : locate(issue.path, issue.at);
    // no message may carry a raw control character or line break into a log line or a report
    return {
        file,
        line: pos.line,
        col: pos.col,
        path: (0,markdown/* visible */.RK)(formatPath(issue.path)),
        message: (0,markdown/* visible */.RK)(issue.message),
    };
}
function sortErrors(errors) {
    return [...errors].sort((a, b) => a.line - b.line || a.col - b.col || a.path.localeCompare(b.path) || a.message.localeCompare(b.message));
}


/***/ }),

/***/ 32348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ describeValue),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** How a value reads in a message: `the string "x"`, `the number 5`, `a list`. */
function describeValue(v) {
    if (v === null || v === undefined)
        return 'nothing (null)';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a map';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v)}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    return String(v);
}


/***/ }),

/***/ 16233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mh: () => (/* binding */ DEFAULT_HAPROXY),
  EU: () => (/* binding */ DEFAULT_HAPROXY_EXTRAS),
  rD: () => (/* binding */ DEFAULT_HEALTH),
  Ri: () => (/* binding */ DEFAULT_OPERATION_TIMEOUT_MS),
  JZ: () => (/* binding */ normaliseAnalysis),
  Rn: () => (/* binding */ normalisePolicy)
});

// UNUSED EXPORTS: DEFAULT_METRICS, MAX_BAKE_FACTOR, defaultSteps

// EXTERNAL MODULE: ./src/policy/issues.ts
var issues = __webpack_require__(32348);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(42233);
;// CONCATENATED MODULE: ./src/policy/normalise-controls.ts
// Validated `notify` and `hooks` blocks → their resolved form (events default to all).



const DEFAULT_HOOK_TIMEOUT_MS = 30_000;
function normaliseNotify(list) {
    return list.filter(issues/* isRecord */.u).map((t) => {
        const events = Array.isArray(t.events) ? t.events : [...types/* NOTIFY_EVENTS */.y];
        if ((0,issues/* isRecord */.u)(t.slack))
            return { kind: 'slack', urlEnv: t.slack['webhook-url-env'], events };
        const w = (0,issues/* isRecord */.u)(t.webhook) ? t.webhook : {};
        return { kind: 'webhook', urlEnv: w['url-env'], secretEnv: w['secret-env'], events };
    });
}
function normaliseHook(h) {
    const out = { timeoutMs: (0,units/* parseDuration */.E9)(h.timeout) ?? DEFAULT_HOOK_TIMEOUT_MS };
    if (typeof h.url === 'string')
        out.url = h.url;
    if (typeof h['url-env'] === 'string')
        out.urlEnv = h['url-env'];
    if (typeof h['secret-env'] === 'string')
        out.secretEnv = h['secret-env'];
    return out;
}
function normaliseHooks(h) {
    const out = {};
    if ((0,issues/* isRecord */.u)(h['pre-step']))
        out.preStep = normaliseHook(h['pre-step']);
    if ((0,issues/* isRecord */.u)(h['post-step']))
        out.postStep = normaliseHook(h['post-step']);
    return out;
}

;// CONCATENATED MODULE: ./src/policy/normalise.ts
// Validated raw data → the Policy contract (defaults applied, durations in ms, percents 0..100,
// error-rate ceilings as fractions). Runs only on data that passed every check, so it can
// trust types; the `?? default` fall-backs are the documented defaults.



const rec = (v) => ((0,issues/* isRecord */.u)(v) ? v : {});
const str = (v) => (typeof v === 'string' ? v : undefined);
const num = (v) => (typeof v === 'number' ? v : undefined);
const ms = (v, fallback) => (0,units/* parseDuration */.E9)(v ?? fallback) ?? 0;
const DEFAULT_HAPROXY = {
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
const DEFAULT_HAPROXY_EXTRAS = {
    log: 'stdout',
    clientVerify: 'required',
    serverStateFile: '/var/lib/haproxy/canary-relay.state',
    tokenMap: '/etc/haproxy/canary-relay-tokens.map',
    tunnelTimeoutMs: 3_600_000,
};
/** Health checks that tolerate a Cloud Run cold start (README "Health checks and cold starts"). */
const DEFAULT_HEALTH = {
    intervalMs: 20_000,
    timeoutMs: 15_000,
    fall: 3,
    rise: 2,
    slowstartMs: 30_000,
};
/** How long one Cloud Run operation may run when the policy does not say (`defaults.operation-timeout`). */
const DEFAULT_OPERATION_TIMEOUT_MS = 600_000;
function normalisePolicy(data, file, digest) {
    const defaults = rec(data.defaults);
    return {
        version: 1,
        file,
        digest,
        haproxy: normaliseHaproxy(rec(data.haproxy)),
        splitAt: (str(data['split-at']) ?? 'haproxy'),
        services: data.services.map((s) => normaliseService(rec(s), defaults)),
        operationTimeoutMs: (0,units/* parseDuration */.E9)(defaults['operation-timeout']) ?? DEFAULT_OPERATION_TIMEOUT_MS,
        ...(Array.isArray(data.notify) ? { notify: normaliseNotify(data.notify) } : {}),
    };
}
function normaliseHaproxy(h) {
    const d = DEFAULT_HAPROXY;
    const limits = rec(h.limits);
    const timeouts = rec(h.timeouts);
    const out = {
        output: str(h.output) ?? d.output,
        bind: Array.isArray(h.bind) ? [...h.bind] : [...d.bind],
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
    const rate = (0,units/* parseRate */.WN)(limits['rate-per-ip']);
    if (rate)
        out.limits.ratePerIp = rate;
    normaliseHaproxyExtras(h, out);
    if (str(h.certificate))
        out.certificate = str(h.certificate);
    if (num(h.hsts) !== undefined)
        out.hstsSeconds = num(h.hsts);
    if (str(h['runtime-api']))
        out.runtimeApi = str(h['runtime-api']);
    const fleet = h['runtime-api'];
    if (Array.isArray(fleet) && fleet.length > 0 && fleet.every((a) => typeof a === 'string' && a !== '')) {
        out.runtimeApi = fleet[0];
        out.runtimeApis = [...fleet];
    }
    if ((0,issues/* isRecord */.u)(h.resolvers)) {
        out.resolvers = {
            nameservers: [...h.resolvers.nameservers],
            refreshMs: ms(h.resolvers.refresh, '30s'),
        };
    }
    return out;
}
/** Issue 12: logs, client certificates, trusted proxies, HSTS, server state, tokens, tunnels. */
function normaliseHaproxyExtras(h, out) {
    const e = DEFAULT_HAPROXY_EXTRAS;
    out.log = str(h.log) ?? e.log;
    if (str(h['client-ca']))
        out.clientCa = str(h['client-ca']);
    out.clientVerify = (str(h['client-verify']) ?? e.clientVerify);
    out.trustedProxies = Array.isArray(h['trusted-proxies']) ? [...h['trusted-proxies']] : [];
    out.hstsIncludeSubdomains = h['hsts-include-subdomains'] === true;
    out.serverStateFile = str(h['server-state-file']) ?? e.serverStateFile;
    out.tokenMap = str(h['token-map']) ?? e.tokenMap;
    out.tunnelTimeoutMs = ms(rec(h.timeouts).tunnel, '1h');
}
/** Issue 12: health-check timing, ID-token auth, client certificates, who may send the header. */
function normaliseServiceExtras(s, out) {
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
    out.auth = (str(s.auth) ?? 'none');
    const clientAuth = str(s['client-authorization']);
    out.clientAuthorization = (clientAuth ??
        (out.auth === 'id-token' ? 'drop' : 'pass-through'));
    if (str(s['client-verify']))
        out.clientVerify = str(s['client-verify']);
    const allow = rec(rec(s.routing).header)['allow-from'];
    if (out.routing.header && Array.isArray(allow))
        out.routing.header.allowFrom = [...allow];
}
/** DESIGN's four steps; the header-only one only when there is a header to route by. */
function defaultSteps(hasHeader) {
    const percent = [5, 25, 50].map((p) => ({
        headerOnly: false,
        percent: p,
        bakeMs: 600_000,
        maxBakeMs: MAX_BAKE_FACTOR * 600_000,
    }));
    const header = { headerOnly: true, percent: 0, bakeMs: 300_000, maxBakeMs: MAX_BAKE_FACTOR * 300_000 };
    return hasHeader ? [header, ...percent] : percent;
}
function normaliseService(s, defaults) {
    const routing = rec(s.routing);
    const header = (0,issues/* isRecord */.u)(routing.header)
        ? { name: routing.header.name, value: routing.header.value }
        : undefined;
    const out = {
        name: s.name,
        project: (str(s.project) ?? str(defaults.project)),
        region: (str(s.region) ?? str(defaults.region)),
        hosts: [...s.hosts],
        paths: Array.isArray(s.paths) ? [...s.paths] : [],
        routing: {},
        health: { path: str(rec(s.health).path) ?? '/health' },
        steps: Array.isArray(s.steps)
            ? s.steps.map((x) => normaliseStep(rec(x)))
            : defaultSteps(header !== undefined),
        promote: (str(s.promote) ?? 'on-merge'),
        analysis: normaliseAnalysis(rec(s.analysis)),
    };
    const projectNumber = str(s['project-number']) ?? str(defaults['project-number']);
    if (projectNumber)
        out.projectNumber = projectNumber;
    if (str(s.image))
        out.image = str(s.image);
    if (str(s.revision))
        out.revision = str(s.revision);
    if (str(s.url))
        out.url = s.url.replace(/\/$/, '');
    if (header)
        out.routing.header = header;
    if (str(routing['sticky-cookie']))
        out.routing.stickyCookie = str(routing['sticky-cookie']);
    if ((0,issues/* isRecord */.u)(s.smoke))
        out.smoke = normaliseSmoke(s.smoke);
    normaliseServiceExtras(s, out);
    if (Array.isArray(s.notify))
        out.notify = normaliseNotify(s.notify);
    if ((0,issues/* isRecord */.u)(s.hooks))
        out.hooks = normaliseHooks(s.hooks);
    return out;
}
/** max-bake when a step gives none: three bakes, long enough for a healthy canary at modest traffic. */
const MAX_BAKE_FACTOR = 3;
function normaliseStep(x) {
    const headerOnly = x['header-only'] === true;
    const bakeMs = ms(x.bake, '0s');
    const maxBakeMs = (0,units/* parseDuration */.E9)(x['max-bake']) ?? MAX_BAKE_FACTOR * bakeMs;
    const step = { headerOnly, percent: headerOnly ? 0 : x.percent, bakeMs, maxBakeMs };
    if (x.approval === 'required')
        step.approval = 'required';
    return step;
}
function normaliseSmoke(x) {
    return {
        path: x.path,
        requests: num(x.requests) ?? 20,
        expectStatus: num(x['expect-status']) ?? 200,
    };
}
const DEFAULT_METRICS = [{ kind: 'error-rate', max: 0.01, vsBaseline: true }];
function normaliseAnalysis(a) {
    const out = {
        source: (str(a.source) ?? 'prometheus'),
        intervalMs: ms(a.interval, '30s'),
        minRequests: num(a['min-requests']) ?? 200,
        alpha: num(a.alpha) ?? 0.01,
        metrics: Array.isArray(a.metrics)
            ? a.metrics.map((m) => normaliseMetric(rec(m)))
            : DEFAULT_METRICS.map((m) => ({ ...m })),
    };
    const url = str(rec(a.prometheus).url);
    if (url)
        out.prometheusUrl = url;
    out.onInconclusive = (str(a['on-inconclusive']) ?? 'hold');
    if (num(a['pass-alpha']) !== undefined)
        out.passAlpha = num(a['pass-alpha']);
    return out;
}
/** The judge's per-metric fields, shared by error-rate and latency. */
function judgeFields(x) {
    const out = {};
    if (num(x.tolerance) !== undefined)
        out.tolerance = num(x.tolerance);
    if (typeof x.absolute === 'boolean')
        out.absolute = x.absolute;
    if (str(x.source))
        out.source = str(x.source);
    return out;
}
function normaliseMetric(m) {
    if ((0,issues/* isRecord */.u)(m['error-rate'])) {
        const e = m['error-rate'];
        const pct = (0,units/* parsePercent */.lo)(e.max);
        const out = { kind: 'error-rate', vsBaseline: e['vs-baseline'] !== false, ...judgeFields(e) };
        if (pct !== undefined)
            out.max = pct / 100;
        return out;
    }
    if ((0,issues/* isRecord */.u)(m.latency)) {
        const l = m.latency;
        const out = {
            kind: 'latency',
            quantile: num(l.quantile) ?? 0.95,
            vsBaseline: l['vs-baseline'] !== false,
            ...judgeFields(l),
        };
        const max = (0,units/* parseDuration */.E9)(l.max);
        if (max !== undefined)
            out.maxMs = max;
        const warmup = (0,units/* parseDuration */.E9)(l.warmup);
        if (warmup !== undefined)
            out.warmupMs = warmup;
        return out;
    }
    const c = rec(m.custom);
    const out = { kind: 'custom', name: c.name, query: c.query };
    if (num(c.min) !== undefined)
        out.min = num(c.min);
    if (num(c.max) !== undefined)
        out.max = num(c.max);
    if (str(c.source))
        out.source = str(c.source);
    return out;
}


/***/ }),

/***/ 63943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ formatPolicyError),
/* harmony export */   y: () => (/* binding */ NOTIFY_EVENTS)
/* harmony export */ });
// The validated, normalised policy: what every other module consumes.
// The YAML contract lives in traffic-policy.schema.json; this is its resolved form
// (defaults applied, durations in milliseconds, percentages as fractions where noted).
function formatPolicyError(e) {
    return `${e.file}:${e.line}:${e.col} ${e.path}: ${e.message}`;
}
// Operator controls (notifications, hooks): URLs and secrets are environment variable names.
const NOTIFY_EVENTS = [
    'started',
    'step-passed',
    'failed',
    'rolled-back',
    'promoted',
    'inconclusive',
    'paused',
];


/***/ }),

/***/ 42233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   WN: () => (/* binding */ parseRate),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
// The policy's value syntaxes: durations (`1h30m`, `500ms`), percentages (`1%`), rates (`200/10s`).
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
/** Milliseconds, or undefined when `text` is not a duration. */
function parseDuration(text) {
    if (typeof text !== 'string' || text === '')
        return undefined;
    const m = DURATION.exec(text);
    if (!m)
        return undefined;
    const [h, min, s, ms] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    return ((h * 60 + min) * 60 + s) * 1000 + ms;
}
/** `1%` → 1 (percent, not fraction); undefined when not a percentage. */
function parsePercent(text) {
    if (typeof text !== 'string' || !/^\d+(\.\d+)?%$/.test(text))
        return undefined;
    return Number(text.slice(0, -1));
}
/** `200/10s` → { count: 200, periodMs: 10000 }. */
function parseRate(text) {
    if (typeof text !== 'string')
        return undefined;
    const slash = text.indexOf('/');
    if (slash <= 0 || !/^\d+$/.test(text.slice(0, slash)))
        return undefined;
    const periodMs = parseDuration(text.slice(slash + 1));
    return periodMs === undefined ? undefined : { count: Number(text.slice(0, slash)), periodMs };
}
/** `1h30m`, `10m`, `500ms`: the shortest policy duration for `ms` (inverse of parseDuration). */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
        ['ms', 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
    }
    return parts.join('');
}


/***/ }),

/***/ 26743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ checkOutputPath),
/* harmony export */   BB: () => (/* binding */ checkHeaderValue),
/* harmony export */   Cg: () => (/* binding */ checkPath),
/* harmony export */   FS: () => (/* binding */ checkHeaderName),
/* harmony export */   Iw: () => (/* binding */ checkCookieName),
/* harmony export */   Om: () => (/* binding */ checkHttpUrl),
/* harmony export */   PV: () => (/* binding */ checkServiceName),
/* harmony export */   QI: () => (/* binding */ checkFilePath),
/* harmony export */   Qr: () => (/* binding */ checkListenAddress),
/* harmony export */   VP: () => (/* binding */ checkNameserver),
/* harmony export */   cd: () => (/* binding */ checkImage),
/* harmony export */   hI: () => (/* binding */ checkRunUrl),
/* harmony export */   hm: () => (/* binding */ checkAddressOrSocket),
/* harmony export */   l_: () => (/* binding */ checkAddress),
/* harmony export */   tC: () => (/* binding */ checkCidr),
/* harmony export */   vK: () => (/* binding */ checkRegion),
/* harmony export */   vV: () => (/* binding */ checkRevisionName),
/* harmony export */   vb: () => (/* binding */ checkProjectId),
/* harmony export */   wu: () => (/* binding */ checkLogTarget),
/* harmony export */   yr: () => (/* binding */ checkHostname)
/* harmony export */ });
/* unused harmony exports describeChar, checkPort */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
// Injection whitelist: every user value that reaches the HAProxy config (or a Cloud Run
// resource name) must consist of a small allowed character set. A newline, `#`, a space,
// `$VAR`, `%[`, quotes, backslashes or a leading `-` change what an HAProxy config line
// means, so anything outside the set is rejected, naming the offending character. We never
// escape: an escaped value is one we would have to prove safe in every HAProxy context.
//
// Every checker returns null when the value is acceptable, else a message that says what is
// wrong and what would be valid.


/** Names for characters that are invisible or easily confused in a message. */
const CHAR_NAMES = {
    0x00: 'NUL',
    0x09: 'a tab',
    0x0a: 'a newline',
    0x0d: 'a carriage return',
    0x20: 'a space',
    0x7f: 'DEL',
};
/** Common non-ASCII look-alikes of ASCII letters (Cyrillic, Greek), for a clearer message. */
const LOOK_ALIKES = {
    0x0430: 'a',
    0x0435: 'e',
    0x043e: 'o',
    0x0440: 'p',
    0x0441: 'c',
    0x0443: 'y',
    0x0445: 'x',
    0x0456: 'i',
    0x0458: 'j',
    0x0455: 's',
    0x0410: 'A',
    0x0412: 'B',
    0x0415: 'E',
    0x041a: 'K',
    0x041c: 'M',
    0x041d: 'H',
    0x041e: 'O',
    0x0420: 'P',
    0x0421: 'C',
    0x0422: 'T',
    0x0425: 'X',
    0x03bf: 'o',
    0x03b1: 'a',
    0x039f: 'O',
    0x0391: 'A',
    0x2010: '-',
    0x2011: '-',
    0x2013: '-',
    0x2212: '-',
    0xff0e: '.',
    0x2215: '/',
};
/** `"#" (U+0023)`, `a newline (U+000A)`, `"а" (U+0430, non-ASCII, looks like "a")`. */
function describeChar(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const named = CHAR_NAMES[cp];
    if (named)
        return `${named} (${code})`;
    if (cp < 0x20 || (cp >= 0x80 && cp < 0xa0))
        return `a control character (${code})`;
    if (cp > 0x7e) {
        const like = LOOK_ALIKES[cp];
        return `"${ch}" (${code}, non-ASCII${like ? `, looks like "${like}"` : ''})`;
    }
    return `"${ch}" (${code})`;
}
const ALNUM = /^[A-Za-z0-9]$/;
function allowedBy(extra) {
    return (ch) => ALNUM.test(ch) || extra.includes(ch);
}
/** Shared first pass: empty, too long, leading "-", first character outside the set. */
function checkChars(value, rule) {
    if (typeof value !== 'string')
        return `must be a string (${rule.what})`;
    if (value.length === 0)
        return `must not be empty; expected ${rule.what}`;
    let pos = 0;
    for (const ch of value) {
        pos++;
        if (!rule.ok(ch)) {
            return `contains ${describeChar(ch)} at position ${pos}; ${rule.what} may contain only ${rule.allowed}`;
        }
    }
    if (value.startsWith('-')) {
        return `starts with "-", which HAProxy would read as an option; ${rule.what} must not start with "-"`;
    }
    if (value.length > rule.maxLength) {
        return `is ${value.length} characters long; ${rule.what} may be at most ${rule.maxLength}`;
    }
    return null;
}
const HOSTNAME = {
    what: 'a hostname',
    allowed: 'A-Z a-z 0-9 and - .',
    ok: allowedBy('-.'),
    maxLength: 253,
};
/** A DNS name: labels of 1–63 letters/digits/hyphens, no label starting or ending with "-". */
function checkHostname(value) {
    const bad = checkChars(value, HOSTNAME);
    if (bad)
        return bad;
    const v = value;
    const labels = v.split('.');
    for (const label of labels) {
        if (label.length === 0)
            return `"${v}" has an empty label (".." or a leading/trailing "."); write e.g. shop.example.com`;
        if (label.length > 63)
            return `label "${label}" is ${label.length} characters long; at most 63`;
        if (label.startsWith('-') || label.endsWith('-')) {
            return `label "${label}" starts or ends with "-"; hostname labels begin and end with a letter or digit`;
        }
    }
    return null;
}
const HEADER_NAME = {
    what: 'a header name',
    allowed: 'A-Z a-z 0-9 and -',
    ok: allowedBy('-'),
    maxLength: 64,
};
function checkHeaderName(value) {
    const bad = checkChars(value, HEADER_NAME);
    if (bad)
        return bad;
    if (!/^[A-Za-z]/.test(value))
        return `"${value}" must start with a letter, e.g. X-Canary`;
    return null;
}
const HEADER_VALUE = {
    what: 'a header value',
    allowed: 'A-Z a-z 0-9 and - . _ ~ : / = +',
    ok: allowedBy('-._~:/=+'),
    maxLength: 256,
};
function checkHeaderValue(value) {
    return checkChars(value, HEADER_VALUE);
}
const PATH = {
    what: 'a path',
    allowed: 'A-Z a-z 0-9 and - . _ ~ /',
    ok: allowedBy('-._~/'),
    maxLength: 1024,
};
/** An URL path prefix such as /checkout or /api/v1/. */
function checkPath(value) {
    const bad = checkChars(value, PATH);
    if (bad)
        return bad;
    if (!value.startsWith('/'))
        return `"${value}" must start with "/", e.g. /checkout`;
    return null;
}
const COOKIE_NAME = {
    what: 'a cookie name',
    allowed: 'A-Z a-z 0-9 and _ -',
    ok: allowedBy('_-'),
    maxLength: 64,
};
function checkCookieName(value) {
    return checkChars(value, COOKIE_NAME);
}
const FILE_PATH = {
    what: 'a file path',
    allowed: 'A-Z a-z 0-9 and - . _ /',
    ok: allowedBy('-._/'),
    maxLength: 1024,
};
/** A file path (absolute, or relative to the repository); no ".." segments. */
function checkFilePath(value) {
    const bad = checkChars(value, FILE_PATH);
    if (bad)
        return bad;
    const v = value;
    if (v.split('/').includes('..'))
        return `"${v}" contains a ".." segment; write the path without ".."`;
    if (v.endsWith('/'))
        return `"${v}" ends with "/"; name a file, not a directory`;
    return null;
}
/** `output` is written inside the checkout: relative, and never into git's own files. */
function checkOutputPath(value) {
    const bad = checkFilePath(value);
    if (bad)
        return bad;
    const v = value;
    if (v.startsWith('/'))
        return `${JSON.stringify(v)} is absolute; write a path relative to the repository, e.g. haproxy/haproxy.cfg`;
    const segments = v.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0)
        return `${JSON.stringify(v)} names no file; write e.g. haproxy/haproxy.cfg`;
    if (segments.some((s) => s.toLowerCase() === '.git'))
        return `${JSON.stringify(v)} is inside .git; the rendered config must not overwrite git's files: write e.g. haproxy/haproxy.cfg`;
    return null;
}
const ADDRESS = {
    what: 'an address',
    allowed: 'A-Z a-z 0-9 and - . : [ ]',
    ok: allowedBy('-.:[]'),
    maxLength: 300,
};
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function checkPort(port) {
    if (!/^\d{1,5}$/.test(port))
        return `port "${port}" is not a number; write e.g. :443`;
    const n = Number(port);
    if (n < 1 || n > 65535)
        return `port ${n} is outside 1–65535`;
    return null;
}
/** `host:port`, `:port`, `ipv4:port` or `[ipv6]:port`. */
function checkAddress(value) {
    const bad = checkChars(value, ADDRESS);
    if (bad)
        return bad;
    const v = value;
    const usage = 'write host:port, :port, 10.0.0.2:53 or [::1]:8443';
    const v6 = /^\[([0-9A-Fa-f:.]+)\]:([^:]*)$/.exec(v);
    if (v6 && !(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(v6[1]))
        return `"${v6[1]}" is not an IPv6 address; ${usage}`;
    if (v6)
        return checkPort(v6[2]);
    if (v.includes('[') || v.includes(']'))
        return `"${v}" is not a valid address; ${usage}`;
    const colon = v.lastIndexOf(':');
    if (colon < 0)
        return `"${v}" has no port; ${usage}`;
    const host = v.slice(0, colon);
    if (host.includes(':'))
        return `"${v}": an IPv6 address must be in brackets, e.g. [::1]:8443`;
    // digits and dots only is meant as an IPv4 address (libc would also read "0" or "127.1" as one)
    if (/^[0-9.]+$/.test(host) && !IPV4.test(host))
        return `"${host}" is not an IPv4 address (four numbers 0–255, like 10.0.0.2); ${usage}`;
    if (host !== '' && !IPV4.test(host)) {
        const hostBad = checkHostname(host);
        if (hostBad)
            return `host part: ${hostBad}`;
    }
    return checkPort(v.slice(colon + 1));
}
/** The host part of a checked address (`[v6]` unbracketed); '' for `:port`. */
const hostOf = (v) => v.slice(0, v.lastIndexOf(':')).replace(/^\[|\]$/g, '');
/**
 * Where HAProxy listens: an IP address, `localhost` or `:port`. A host name would be resolved when
 * HAProxy starts (and by `haproxy -c` on the runner, where it may not resolve at all).
 */
function checkListenAddress(value) {
    const bad = checkAddress(value);
    if (bad)
        return bad;
    const host = hostOf(value);
    if (host === '' || host === 'localhost' || IPV4.test(host) || (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(host))
        return null;
    return (`"${host}" is a host name; HAProxy listens on an address: write an IP address, localhost or ` +
        `:port (all interfaces), e.g. 10.0.0.5${value.slice(value.lastIndexOf(':'))}`);
}
/** A name server: a host (IP address or name) and a port; `:53` names no server. */
function checkNameserver(value) {
    const bad = checkAddress(value);
    if (bad)
        return bad;
    if (hostOf(value) === '')
        return `"${value}" names no server; write ip:port, e.g. 10.0.0.2:53`;
    return null;
}
/** An address for a socket that may also be a Unix socket path: `/run/x.sock` or `host:port`. */
function checkAddressOrSocket(value) {
    if (typeof value === 'string' && value.startsWith('/'))
        return checkFilePath(value);
    return checkListenAddress(value);
}
const LOWER_NAME = {
    what: 'a Cloud Run name',
    allowed: 'a-z 0-9 and -',
    ok: (ch) => /^[a-z0-9-]$/.test(ch),
    maxLength: 63,
};
/** Cloud Run service: lowercase letters, digits, hyphens; starts with a letter; ≤ 49 chars. */
function checkServiceName(value) {
    const bad = checkChars(value, { ...LOWER_NAME, what: 'a Cloud Run service name', maxLength: 49 });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z]/.test(v))
        return `"${v}" must start with a lowercase letter (Cloud Run service names do)`;
    if (v.endsWith('-'))
        return `"${v}" must not end with "-" (Cloud Run service names do not)`;
    return null;
}
/** Cloud Run revision: same alphabet as services, up to 63 characters. */
function checkRevisionName(value) {
    const bad = checkChars(value, { ...LOWER_NAME, what: 'a Cloud Run revision name' });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z]/.test(v))
        return `"${v}" must start with a lowercase letter, e.g. checkout-00042-abc`;
    if (v.endsWith('-'))
        return `"${v}" must not end with "-"`;
    return null;
}
const IMAGE = {
    what: 'a container image',
    allowed: 'a-z 0-9 and - . _ / : @ (tags may also use A-Z)',
    ok: allowedBy('-._/:@'),
    maxLength: 512,
};
const IMAGE_RE = /^[a-z0-9]+([.-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(@sha256:[a-f0-9]{64})?$/;
/** `REGISTRY/PATH[:TAG][@sha256:DIGEST]`, e.g. us-docker.pkg.dev/acme/apps/checkout@sha256:… */
function checkImage(value) {
    const bad = checkChars(value, IMAGE);
    if (bad)
        return bad;
    const v = value;
    if (!IMAGE_RE.test(v)) {
        return (`"${v}" is not an image reference; write REGISTRY/PATH[:TAG][@sha256:64-hex-digits], ` +
            'e.g. us-docker.pkg.dev/acme/apps/checkout@sha256:<digest> (repository path in lowercase)');
    }
    return null;
}
/** GCP project ID: 6–30 lowercase letters, digits, hyphens; starts with a letter. */
function checkProjectId(value) {
    const bad = checkChars(value, { ...LOWER_NAME, what: 'a project ID', maxLength: 30 });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(v)) {
        return `"${v}" is not a project ID: 6–30 characters, starting with a letter, not ending with "-"`;
    }
    return null;
}
/** A Cloud Run region such as us-central1 or europe-west4. */
function checkRegion(value) {
    const bad = checkChars(value, { ...LOWER_NAME, what: 'a region' });
    if (bad)
        return bad;
    const v = value;
    if (!/^[a-z]+(-[a-z]+)+\d+$/.test(v))
        return `"${v}" is not a region; write e.g. us-central1`;
    return null;
}
const URL_CHARS = {
    what: 'a URL',
    allowed: 'A-Z a-z 0-9 and - . _ ~ : / [ ]',
    ok: allowedBy('-._~:/[]'),
    maxLength: 2048,
};
const RUN_APP_HASH = /^https:\/\/[a-z][a-z0-9-]*-[a-z0-9]+-[a-z]{2,4}\.a\.run\.app\/?$/;
const RUN_APP_NUMBER = /^https:\/\/[a-z][a-z0-9-]*-\d+\.[a-z]+(-[a-z]+)+\d+\.run\.app\/?$/;
/** A Cloud Run service URL in either of its two forms. */
function checkRunUrl(value) {
    const bad = checkChars(value, URL_CHARS);
    if (bad)
        return bad;
    const v = value;
    if (RUN_APP_HASH.test(v) || RUN_APP_NUMBER.test(v))
        return null;
    return (`"${v}" is not a Cloud Run URL; write https://SERVICE-HASH-REGION_CODE.a.run.app ` +
        '(e.g. https://checkout-abc123xyz-uc.a.run.app) or https://SERVICE-PROJECT_NUMBER.REGION.run.app');
}
/** An http(s) URL with a host and optional port and path (the Prometheus API). */
function checkHttpUrl(value) {
    const bad = checkChars(value, URL_CHARS);
    if (bad)
        return bad;
    const v = value;
    const m = /^https?:\/\/(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)(:\d+)?(\/[A-Za-z0-9._~/-]*)?$/.exec(v);
    if (!m)
        return `"${v}" is not an http(s) URL; write e.g. http://prometheus.internal:9090`;
    if (m[2])
        return checkPort(m[2].slice(1));
    return null;
}
const CIDR_CHARS = {
    what: 'a CIDR',
    allowed: '0-9 a-f A-F and . : /',
    ok: (ch) => /^[0-9A-Fa-f.:/]$/.test(ch),
    maxLength: 43,
};
/** A network `10.0.0.0/8`, `2001:db8::/32`, or one address (`192.0.2.7`, `::1`). */
function checkCidr(value) {
    const bad = checkChars(value, CIDR_CHARS);
    if (bad)
        return bad;
    const v = value;
    const [addr, prefix, ...rest] = v.split('/');
    const usage = 'write e.g. 10.0.0.0/8, 192.0.2.7 or 2001:db8::/32';
    const family = IPV4.test(addr) ? 4 : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(addr) === 6 ? 6 : 0;
    if (rest.length > 0 || family === 0)
        return `"${v}" is not a network; ${usage}`;
    if (prefix === undefined)
        return null;
    const max = family === 4 ? 32 : 128;
    if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max)
        return `"${v}": the prefix length must be 0–${max} for IPv${family}; ${usage}`;
    return null;
}
/** Where HAProxy logs: stdout, stderr, none, a syslog `host:port` (UDP) or socket path (/dev/log). */
function checkLogTarget(value) {
    if (value === 'stdout' || value === 'stderr' || value === 'none')
        return null;
    if (typeof value === 'string' && value.startsWith('/'))
        return checkFilePath(value);
    const bad = checkAddress(value);
    if (bad)
        return `${bad}; or write stdout, stderr or none`;
    if (value.startsWith(':'))
        return `"${value}" needs a host: write e.g. 10.0.0.9:514`;
    return null;
}


/***/ }),

/***/ 14733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ I),
/* harmony export */   Q4: () => (/* binding */ extras),
/* harmony export */   WQ: () => (/* binding */ whole),
/* harmony export */   Wr: () => (/* binding */ healthOf),
/* harmony export */   e9: () => (/* binding */ hTime),
/* harmony export */   kd: () => (/* binding */ isService),
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
/** `{ var(txn.cr_service) -m str NAME }`: the request was routed to this service. */
function isService(name) {
    return `{ var(txn.cr_service) -m str ${must(_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkServiceName */ .PV, name, 'service name')} }`;
}


/***/ }),

/***/ 14930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fA: () => (/* reexport */ FLEET_RUNTIME_API_ENV),
  vV: () => (/* reexport */ revisions/* checkRevisionName */.vV),
  Oc: () => (/* reexport */ renderCloudRunTraffic),
  w6: () => (/* reexport */ renderHaproxy),
  At: () => (/* reexport */ render_routes/* renderMapFiles */.At),
  vR: () => (/* reexport */ map/* renderPercentMap */.Oc),
  zX: () => (/* reexport */ revisions/* renderRevisionsMap */.zX),
  zE: () => (/* reexport */ render_routes/* renderRoutesMap */.zE),
  d7: () => (/* reexport */ revisions/* revisionKey */.d7),
  A: () => (/* reexport */ revisions/* revisionsMapPath */.A),
  Sg: () => (/* reexport */ render_routes/* routesMapPath */.Sg),
  zt: () => (/* reexport */ revisions/* taggedRevisions */.zt)
});

// UNUSED EXPORTS: MAP_HEADER, REVISIONS_HEADER, ROUTES_HEADER, checkStep, cloudRunHost, cloudRunUrl, haproxyTime, maxStep, percentAt, renderMap, routeKeys, serviceStep

// EXTERNAL MODULE: ./src/render/map.ts
var map = __webpack_require__(2290);
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
/** The main frontend: log every request in the rollout format. */
function logFrontend(p) {
    if ((0,haproxy_guard/* extras */.Q4)(p).log === 'none')
        return [];
    return [`${haproxy_guard.I}log global`, `${haproxy_guard.I}option dontlognull`, `${haproxy_guard.I}log-format "${LOG_FORMAT}"`];
}
/** Backend: which revision served, looked up in the revisions map (`<service>_<side>` → revision,
 *  set at runtime as the tags move) so one config serves every rollout; a side the map does not
 *  name logs its tag (stable/canary). Under split-at cloud-run the service URL side logs `service`:
 *  Cloud Run picks the revision there. */
function logBackendVars(revisionsMap, s, side) {
    if (side === 'service')
        return [`${haproxy_guard.I}http-request set-var(txn.cr_rev) str(service)`];
    const key = (0,revisions/* revisionKey */.d7)(s.name, side);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key))
        throw new Error(`refusing to render HAProxy config: revisions map key ${JSON.stringify(key)} is not plain`);
    return [`${haproxy_guard.I}http-request set-var(txn.cr_rev) str(${key}),map(${revisionsMap},${side})`];
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
/** Frontend, once the service is known: 403 for services that require a certificate. */
function clientCertRequired(p) {
    if ((0,haproxy_guard/* extras */.Q4)(p).clientCa === undefined)
        return [];
    if (!p.services.some((_, i) => verifyOf(p, i) === 'optional'))
        return []; // the handshake refuses
    return p.services
        .filter((_, i) => verifyOf(p, i) === 'required')
        .map((s) => `${haproxy_guard.I}http-request deny deny_status 403 if ${(0,haproxy_guard/* isService */.kd)(s.name)} !{ ssl_c_used } || ${(0,haproxy_guard/* isService */.kd)(s.name)} !{ ssl_c_verify 0 }`);
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
/** Frontend, once the service is known: client credentials out, our token looked up (503 when
 *  there is none yet: Cloud Run would refuse the request anyway, and this says why). */
function authFrontend(p, tokenMapOverride) {
    const lines = [];
    for (const s of p.services) {
        const is = (0,haproxy_guard/* isService */.kd)(s.name);
        if (!passThrough(s))
            lines.push(`${haproxy_guard.I}http-request del-header Authorization if ${is}`);
        if (s.auth !== 'id-token')
            continue;
        const map = tokenMapFile(p, tokenMapOverride);
        lines.push(`${haproxy_guard.I}http-request del-header X-Serverless-Authorization if ${is}`, `${haproxy_guard.I}http-request set-var(txn.cr_token) str(${s.name}),map(${map}) if ${is}`, `${haproxy_guard.I}http-request return status 503 content-type text/plain string "no ID token for ${s.name} yet: run canary-relay tokens" if ${is} !{ var(txn.cr_token) -m found }`);
    }
    return lines;
}
/** Backend: the token on proxied requests. */
function authBackend(s) {
    if (s.auth !== 'id-token')
        return [];
    return [`${haproxy_guard.I}http-request set-header ${tokenHeader(s)} "Bearer %[var(txn.cr_token)]"`];
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
/** Frontend, first: drop forwarding headers from untrusted clients; remember the client's Host. */
function forwardingHeaders(p) {
    const trusted = (0,haproxy_guard/* extras */.Q4)(p).trustedProxies.map((c, i) => (0,haproxy_guard/* must */.sb)(whitelist/* checkCidr */.tC, c, `haproxy.trusted-proxies[${i}]`));
    const lines = [];
    if (trusted.length > 0)
        lines.push(`${haproxy_guard.I}acl cr_trusted_proxy src ${trusted.join(' ')}`);
    const unless = trusted.length > 0 ? ' if !cr_trusted_proxy' : '';
    for (const h of FORWARDING_HEADERS)
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
/** Backend, before Host is rewritten to the Cloud Run name: the Host the client asked for. */
function forwardedHost() {
    return [
        `${haproxy_guard.I}http-request set-header X-Forwarded-Host %[req.hdr(host)] unless { req.hdr(x-forwarded-host) -m found }`,
    ];
}
/** Frontend, once the service is known: the canary header from outside `allow-from` is removed,
 *  so it neither picks the canary nor reaches Cloud Run. The client is the connection's source,
 *  or, behind a trusted proxy, the address that proxy appended last to X-Forwarded-For. */
function headerAllowFrom(p) {
    const lines = [];
    const behindProxy = (0,haproxy_guard/* extras */.Q4)(p).trustedProxies.length > 0;
    p.services.forEach((s, i) => {
        const h = s.routing.header;
        if (!h?.allowFrom)
            return;
        const where = `services[${i}].routing.header`;
        const name = (0,haproxy_guard/* must */.sb)(whitelist/* checkHeaderName */.FS, h.name, `${where}.name`);
        const nets = h.allowFrom.map((c, j) => (0,haproxy_guard/* must */.sb)(whitelist/* checkCidr */.tC, c, `${where}.allow-from[${j}]`)).join(' ');
        const del = `${haproxy_guard.I}http-request del-header ${name} if ${(0,haproxy_guard/* isService */.kd)(s.name)}`;
        if (!behindProxy)
            lines.push(`${del} !{ src ${nets} }`);
        else
            lines.push(`${del} !cr_trusted_proxy !{ src ${nets} }`, `${del} cr_trusted_proxy !{ req.hdr_ip(x-forwarded-for,-1) ${nets} }`);
    });
    return lines;
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
    serviceName: /^[a-z](?:[a-z0-9-]{0,47}[a-z0-9])?$/,
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
    (0,map/* checkStep */.bn)(policy, opts.step);
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
        `# Generated by canary-relay from ${p.file} (sha256 ${safe('digest', p.digest, 'policy digest')}).`,
        '# Do not edit: change the policy and render again.',
        `# Rendered for step ${ctx.step} of ${(0,map/* maxStep */.Zb)(p)} (0 = header route only); split-at ${p.splitAt}.`,
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
function backendName(service, side) {
    return `${service.name}_${side}`;
}
function describeService(ctx, s) {
    const k = (0,map/* serviceStep */.Sj)(s, ctx.step);
    const step = k === 0 ? 'before the first step' : `step ${k} of ${s.steps.length}`;
    const parts = [
        `hosts ${s.hosts.join(' ')}`,
        s.paths.length > 0 ? `paths ${s.paths.join(' ')}` : 'all paths',
    ];
    if (s.routing.header)
        parts.push(`header ${s.routing.header.name}: ${s.routing.header.value} -> canary`);
    if (s.routing.stickyCookie)
        parts.push(`sticky cookie ${s.routing.stickyCookie}`);
    const split = ctx.policy.splitAt === 'haproxy' ? `${(0,map/* percentAt */.r6)(s, ctx.step)}% canary` : 'Cloud Run splits';
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
/** "<cookie name>|<Cookie header>" -> that cookie's value when it is 1-2 digits (back-reference \1). */
const COOKIE_VALUE = String.raw `'regsub("^([^|]+)[|](.*;)?\s*\1=([0-9][0-9]?)(;.*)?$","\3")'`;
/** One lookup in the routes map picks the service; the rules below cost the same for any number
 *  of services. Sets the routing variables other features read (the log format among them):
 *  txn.cr_service, txn.cr_side (stable|canary; `service` under split-at cloud-run), txn.cr_assign (header|cookie|bucket|none),
 *  txn.cr_bucket (0..99) and txn.cr_percent. Each is set here and nowhere else, except that a
 *  canary backend whose canary cannot take the request corrects cr_side to stable. */
function routeLookup(ctx) {
    const routes = safe('file', (0,render_routes/* routesMapPath */.Sg)(ctx.mapFile), 'routes map path');
    const lines = [
        `${I}# routing: Host (port ignored) + path -> service, one lookup in ${routes} (the longest prefix wins)`,
        `${I}http-request set-var(txn.cr_path) path`,
        `${I}http-request set-var(txn.cr_route) req.hdr(host),lower,field(1,:),concat(,txn.cr_path,/),map_beg(${routes})`,
        `${I}http-request return status 404 content-type text/plain string no-route if !{ var(txn.cr_route) -m found }`,
        `${I}http-request set-var(txn.cr_service) var(txn.cr_route),field(1,|)`,
        // split-at cloud-run: Cloud Run picks the revision behind the service URL, so the side is `service`
        `${I}http-request set-var(txn.cr_side) str(${ctx.policy.splitAt === 'haproxy' ? 'stable' : 'service'})`,
        `${I}http-request set-var(txn.cr_assign) str(none)`,
    ];
    if (ctx.policy.splitAt === 'haproxy') {
        lines.push(`${I}# percent split: a bucket 0..99 per client, kept in the service's sticky cookie; bucket < map percent -> canary`, `${I}http-request set-var(txn.cr_percent) var(txn.cr_service),map_str_int(${ctx.mapFile},0)`, `${I}http-request set-var(txn.cr_cookie) var(txn.cr_route),field(2,|)`, `${I}http-request set-var(txn.cr_jar) req.fhdr(cookie)`, `${I}http-request set-var(txn.cr_jar) var(txn.cr_cookie),concat(|,txn.cr_jar,)`, `${I}http-request set-var(txn.cr_bucket) var(txn.cr_jar),${COOKIE_VALUE}`, `${I}acl cr_kept var(txn.cr_bucket) -m reg ^[0-9][0-9]?$`, `${I}http-request set-var(txn.cr_assign) str(cookie) if cr_kept`, `${I}http-request set-var(txn.cr_new) bool(true) if !cr_kept { var(txn.cr_cookie) -m len gt 0 }`, `${I}http-request set-var(txn.cr_assign) str(bucket) if !cr_kept`, `${I}http-request set-var(txn.cr_bucket) rand(100) if !cr_kept`, `${I}http-request set-var(txn.cr_side) str(canary) if { var(txn.cr_bucket),sub(txn.cr_percent) lt 0 }`, `${I}http-after-response add-header Set-Cookie "%[var(txn.cr_cookie)]=%[var(txn.cr_bucket)]; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax" if { var(txn.cr_new) -m bool }`);
    }
    return lines;
}
/** Header cohort -> canary: one rule per distinct header name (allow-from has already removed
 *  the header from clients outside it); the value each service wants is in its route. */
function headerCohort(ctx) {
    const groups = headerGroups(ctx.policy.services);
    if (groups.length === 0)
        return [];
    const lines = [
        `${I}# header cohort -> canary: one rule per header name; the value each service wants is in its route`,
        `${I}http-request set-var(txn.cr_hname) var(txn.cr_route),field(3,|)`,
        `${I}http-request set-var(txn.cr_hvalue) var(txn.cr_route),field(4,|)`,
    ];
    for (const g of groups) {
        const list = g.services.length > 5
            ? `${g.services.slice(0, 5).join(' ')} and ${g.services.length - 5} more`
            : g.services.join(' ');
        lines.push(`${I}# ${g.name}: ${list}`, `${I}http-request set-var(txn.cr_assign) str(header) if { var(txn.cr_hname) -m str ${g.name.toLowerCase()} } { req.hdr(${g.name}),strcmp(txn.cr_hvalue) eq 0 }`);
    }
    lines.push(`${I}http-request set-var(txn.cr_side) str(canary) if { var(txn.cr_assign) -m str header }`);
    return lines;
}
/** The backend by name: `<service>_<side>`. */
function useBackend(ctx) {
    if (ctx.policy.splitAt === 'haproxy')
        return [`${I}use_backend %[var(txn.cr_service)]_%[var(txn.cr_side)]`];
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
    ];
    if (ctx.certificate !== undefined) {
        lines.push(`${I}http-request set-header X-Forwarded-Proto https`, ...hsts(p), ...clientCertHeaders(p));
    }
    const rate = h.limits.ratePerIp;
    if (rate !== undefined) {
        const period = haproxyTime(rate.periodMs, 'haproxy.limits.rate-per-ip period');
        const count = (0,haproxy_guard/* whole */.WQ)(rate.count, 1, 1_000_000_000, 'haproxy.limits.rate-per-ip');
        lines.push(`${I}# rate limit: at most ${count} requests per ${period} per client address`, `${I}stick-table type ipv6 size 1m expire ${period} store http_req_rate(${period})`, `${I}http-request track-sc0 src`, `${I}http-request deny deny_status 429 if { sc_http_req_rate(0) gt ${count} }`);
    }
    p.services.forEach(checkService);
    return [
        ...lines,
        ...routeLookup(ctx),
        ...clientCertRequired(p),
        ...headerAllowFrom(p),
        ...authFrontend(p, ctx.o.tokenMap),
        ...headerCohort(ctx),
        ...useBackend(ctx),
    ];
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
 */
function canaryFallback(ctx, s, name, host) {
    const stableHost = safe('generatedHost', (0,urls/* cloudRunHost */.V)(s, 'stable'), `${s.name} Cloud Run host`);
    const stableRev = logBackendVars(revisionsMap(ctx), s, 'stable')[0];
    const admission = canaryAdmission(s, name);
    const lines = [
        `${I}# canary down: the header cohort gets 503, bucketed clients the stable revision (backup server)`,
        `${I}acl cr_canary_up srv_is_up(${name}/canary)`,
        `${I}http-request return status 503 content-type text/plain string canary-down if !cr_canary_up { var(txn.cr_assign) -m str header }`,
        `${I}http-request set-var(txn.cr_side) str(stable) if !cr_canary_up`,
    ];
    if (admission !== '') {
        lines.push(`${I}# slow start: a bucketed request that would queue for the ramping canary is served by stable`, `${I}http-request set-var(txn.cr_side) str(stable) if !{ var(txn.cr_assign) -m str header } !${admission.trim()}`);
    }
    lines.push(`${I}acl cr_to_stable var(txn.cr_side) -m str stable`, `${stableRev} if cr_to_stable`, ...forwardedHost(), `${I}http-request set-header Host ${host} if !cr_to_stable`, `${I}http-request set-header Host ${stableHost} if cr_to_stable`);
    return lines;
}
function backend(ctx, s, side) {
    const host = safe('generatedHost', (0,urls/* cloudRunHost */.V)(s, side === 'service' ? undefined : side), `${s.name} Cloud Run host`);
    const health = safe('path', s.health.path, `${s.name} health.path`);
    const name = backendName(s, side);
    const what = side === 'service' ? 'the service URL (Cloud Run splits traffic)' : `the ${side} revision`;
    const lines = [
        `# ${s.name}: ${what} at https://${host}`,
        `backend ${name}`,
        ...logBackendVars(revisionsMap(ctx), s, side),
    ];
    const fallback = side === 'canary' && ctx.policy.splitAt === 'haproxy';
    if (fallback)
        lines.push(...canaryFallback(ctx, s, name, host));
    else
        lines.push(...forwardedHost(), `${I}http-request set-header Host ${host}`);
    const check = serverCheckOptions(s, side, ctx.policy.haproxy.limits.maxConnections, ctx.checkIntervalMs);
    lines.push(...authBackend(s), ...checkTimeout(s), `${I}option httpchk`, `${I}http-check send meth GET uri ${health} ver HTTP/1.1 hdr Host ${host}${authCheckHeader(ctx.policy, s, ctx.o.tokenMap)}`);
    // after every http-request rule (HAProxy evaluates use-server later anyway, and warns otherwise)
    if (fallback)
        lines.push(`${I}use-server stable if cr_to_stable`);
    lines.push(serverLine(ctx, side, host, `check-sni ${host} ${check}`));
    if (fallback) {
        const stableHost = (0,urls/* cloudRunHost */.V)(s, 'stable');
        lines.push(serverLine(ctx, 'stable', stableHost, `backup track ${backendName(s, 'stable')}/stable`));
    }
    return lines;
}
/** A service's backends, led by the comment that describes the service. */
function backends(ctx, s) {
    const sides = ctx.policy.splitAt === 'haproxy' ? ['stable', 'canary'] : ['canary', 'service'];
    return [
        describeService(ctx, s),
        ...sides.flatMap((side, i) => [...(i ? [''] : []), ...backend(ctx, s, side)]),
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
        ...policy.services.map((s) => backends(ctx, s)),
    ];
    return (sections
        .filter((s) => s.length > 0)
        .map((s) => s.join('\n'))
        .join('\n\n') + '\n');
}

;// CONCATENATED MODULE: ./src/render/cloudrun.ts

const REVISION = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
function renderCloudRunTraffic(policy, step, revisions) {
    (0,map/* checkStep */.bn)(policy, step);
    const out = {};
    for (const service of policy.services) {
        const pair = revisions[service.name];
        if (pair === undefined) {
            throw new Error(`rendering Cloud Run traffic: no stable/canary revision names given for ${service.name}`);
        }
        for (const [side, name] of Object.entries(pair)) {
            if (typeof name !== 'string' || !REVISION.test(name)) {
                throw new Error(`rendering Cloud Run traffic for ${service.name}: ${side} revision "${name}" is not a revision name`);
            }
        }
        const canaryPercent = policy.splitAt === 'cloud-run' ? (0,map/* percentAt */.r6)(service, step) : 0;
        out[service.name] = [
            { revision: pair.stable, percent: 100 - canaryPercent, tag: 'stable' },
            { revision: pair.canary, percent: canaryPercent, tag: 'canary' },
        ];
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/index.ts
// The pure renderers: HAProxy config, map file, Cloud Run traffic targets, Cloud Run URLs.








/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ renderPercentMap),
/* harmony export */   Sj: () => (/* binding */ serviceStep),
/* harmony export */   Zb: () => (/* binding */ maxStep),
/* harmony export */   bn: () => (/* binding */ checkStep),
/* harmony export */   r6: () => (/* binding */ percentAt),
/* harmony export */   x_: () => (/* binding */ renderMap)
/* harmony export */ });
/* unused harmony export MAP_HEADER */
/** Highest step any service has: renderable steps are 0..maxStep(policy). */
function maxStep(policy) {
    return policy.services.reduce((m, s) => Math.max(m, s.steps.length), 0);
}
/** Throws unless `step` is an integer in 0..maxStep(policy). */
function checkStep(policy, step) {
    const max = maxStep(policy);
    if (!Number.isInteger(step) || step < 0 || step > max) {
        throw new Error(`step ${step} is out of range for ${policy.file}: use 0 (header route only, 0%) to ${max} (1-based step)`);
    }
}
/** The 1-based step a service is at when the rollout is at `step`: a service with fewer
 *  steps than the longest one stays on its last step. 0 means before the first step. */
function serviceStep(service, step) {
    return Math.min(step, service.steps.length);
}
/** Canary percent a step means for a service: step 0 and header-only steps are 0. */
function percentAt(service, step) {
    if (!Number.isInteger(step) || step < 0) {
        throw new Error(`step ${step} for service ${service.name} is not a whole number >= 0`);
    }
    const k = serviceStep(service, step);
    if (k === 0)
        return 0;
    const s = service.steps[k - 1];
    const p = s.headerOnly ? 0 : s.percent;
    if (!Number.isInteger(p) || p < 0 || p > 100) {
        throw new Error(`service ${service.name} step ${k}: percent ${p} is not a whole number 0..100`);
    }
    return p;
}
const MAP_HEADER = '# canary-relay: canary percent per service (<service> <percent>); managed by canary-relay';
/** Map file text for a step: a comment line, then `<service> <percent>` per service in policy order. */
function renderMap(policy, step) {
    checkStep(policy, step);
    return renderPercentMap(policy, Object.fromEntries(policy.services.map((s) => [s.name, percentAt(s, step)])));
}
/** Map file text for given percents per service (each service's own rollout step, as `sync` reads
 *  them from Cloud Run); a service not in `percents` is at 0. */
function renderPercentMap(policy, percents) {
    const lines = policy.services.map((s) => {
        const p = percents[s.name] ?? 0;
        if (!Number.isInteger(p) || p < 0 || p > 100)
            throw new Error(`service ${s.name}: percent ${p} is not a whole number 0..100`);
        return `${s.name} ${p}`;
    });
    return [MAP_HEADER, ...lines].join('\n') + '\n';
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   XO: () => (/* binding */ commentSafe),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
// Pure: user-supplied text (policy keys and values, git and GitHub strings, error messages) put
// into Markdown so it renders literally. Nothing it returns can start a line, a heading, a link,
// an autolink, emphasis or an HTML tag: control characters and line breaks become visible escapes
// (`\n`, `\u202E`), and the punctuation that opens structure is backslash-escaped (CommonMark
// allows that for any ASCII punctuation; GitHub then cannot see `www.`, `://` or `@` to autolink).
/** Line breaks, C0/C1 controls, DEL, zero-width and bidi controls, line/paragraph separators. */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Folds every invisible or line-breaking character to a visible escape: `a\nb`, `\u202E`. */
function visible(s) {
    return s.replace(INVISIBLE, (c) => NAMED[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}
/**
 * Literal text inside Markdown prose or a table cell, on one line. Escaped: every character that
 * opens inline structure (emphasis, code, links, images, HTML, entities, table cells, strikethrough),
 * the autolink triggers (`@`, the `:` of `://`, the `.` of `www.`), and a block marker at the start.
 */
function mdText(s) {
    return (visible(s)
        .replace(/[\\`*_~[\]<>&|#@]|:(?=\/)|(?<=[Ww]{3})\./g, (c) => `\\${c}`)
        .replace(/^[-+=]|^(\d+)([.)])/, (m, digits, mark) => digits === undefined ? `\\${m}` : `${digits}\\${mark}`)
        // spaces at either end would start a code block or break the emphasis wrapped around the text
        .replace(/^\p{Zs}+|\p{Zs}+$/gu, (spaces) => [...spaces].map((c) => `&#x${(c.codePointAt(0) ?? 32).toString(16)};`).join('')));
}
/** An inline code span holding `s` literally, on one line; no backtick run inside can close it. */
function mdCode(s) {
    const text = visible(s);
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // a space on both sides when the text starts or ends with a backtick or space (CommonMark strips one)
    if (text === '')
        return '` `'; // a code span cannot be empty: one space
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** Literal text inside raw HTML (a `<summary>` line), where Markdown escapes do not apply. */
function htmlText(s) {
    const map = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    return visible(s).replace(/[&<>"']/g, (c) => map[c]);
}
/** A value inside an HTML comment (the sticky-comment markers): safe names stay as they are. */
function commentSafe(s) {
    return visible(s).replace(/[^A-Za-z0-9._/:@+=~ -]|--/g, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}


/***/ }),

/***/ 66607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ outputFiles),
/* harmony export */   n: () => (/* binding */ mapPathFor)
/* harmony export */ });
/* harmony import */ var _revisions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84546);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22872);
// Pure: the files the action writes for `haproxy.output`: the config, and its maps beside it.


/** `haproxy/haproxy.cfg` → `haproxy/haproxy.map`; any other name gets `.map` appended. */
function mapPathFor(output) {
    return output.replace(/\.cfg$/, '') + '.map';
}
/** Every file written for `haproxy.output`: the config, the percent, routes and revisions maps. */
function outputFiles(output) {
    const map = mapPathFor(output);
    return [output, map, (0,_routes_js__WEBPACK_IMPORTED_MODULE_0__/* .routesMapPath */ .Sg)(map), (0,_revisions_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionsMapPath */ .A)(map)];
}


/***/ }),

/***/ 84546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ revisionsMapPath),
/* harmony export */   d7: () => (/* binding */ revisionKey),
/* harmony export */   vV: () => (/* binding */ checkRevisionName),
/* harmony export */   zX: () => (/* binding */ renderRevisionsMap),
/* harmony export */   zt: () => (/* binding */ taggedRevisions)
/* harmony export */ });
/* unused harmony exports REVISIONS_HEADER, REVISION_NAME */
const REVISIONS_HEADER = '# canary-relay: revision behind each side (<service>_<stable|canary> <Cloud Run revision>); managed by canary-relay';
/** Cloud Run revision names: lowercase letters, digits and `-`, starting with a letter, ≤ 63. */
const REVISION_NAME = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** The revisions map's path, next to the percent map: `x.map` → `x.revisions.map`. */
function revisionsMapPath(mapFile) {
    return `${mapFile.replace(/\.map$/, '')}.revisions.map`;
}
/** The map key of a service's side. */
function revisionKey(service, side) {
    return `${service}_${side}`;
}
/** Throws unless `rev` is a Cloud Run revision name (nothing else may reach HAProxy). */
function checkRevisionName(rev, what) {
    if (!REVISION_NAME.test(rev))
        throw new Error(`${what}: ${JSON.stringify(rev)} is not a Cloud Run revision name (lowercase letters, digits and '-', starting with a letter, at most 63)`);
    return rev;
}
/** The entries a service's traffic means: each side's tag → the revision carrying it (null: no such tag). */
function taggedRevisions(service, traffic) {
    const of = (tag) => traffic.find((t) => t.tag === tag && t.revision)?.revision ?? null;
    return { [revisionKey(service, 'stable')]: of('stable'), [revisionKey(service, 'canary')]: of('canary') };
}
/** Map file text: the header, then one line per known side in policy order (unknown sides absent). */
function renderRevisionsMap(policy, revisions = {}) {
    const lines = [REVISIONS_HEADER];
    for (const s of policy.services) {
        for (const side of ['stable', 'canary']) {
            const rev = revisions[s.name]?.[side];
            if (rev)
                lines.push(`${revisionKey(s.name, side)} ${checkRevisionName(rev, `${s.name} ${side} revision`)}`);
        }
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 22872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ renderMapFiles),
/* harmony export */   Sg: () => (/* binding */ routesMapPath),
/* harmony export */   zE: () => (/* binding */ renderRoutesMap)
/* harmony export */ });
/* unused harmony exports ROUTES_HEADER, routeKeys, routeValue, checkRouteConflicts */
/* harmony import */ var _map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2290);
/* harmony import */ var _revisions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84546);
/* harmony import */ var _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26743);



const ROUTES_HEADER = [
    '# canary-relay: routes for HAProxy (key: <host><path prefix>/, the longest matching prefix wins;',
    '# value: <service>|<sticky cookie>|<header name>|<header value>); managed by canary-relay, do not edit',
];
/** The routes map's path, next to the percent map: `/etc/haproxy/x.map` → `/etc/haproxy/x.routes.map`. */
function routesMapPath(mapFile) {
    return `${mapFile.replace(/\.map$/, '')}.routes.map`;
}
/** Lookup keys of one service: `<host>/` for all paths, `<host><path>/` per prefix. The frontend
 *  looks up `<host><request path>/`, so `/checkout` matches `/checkout` and `/checkout/...` but
 *  not `/checkoutx`; a prefix that already ends in `/` (e.g. `/cart/`) also matches `/cart`. */
function routeKeys(s) {
    const hosts = s.hosts.map((h) => h.toLowerCase());
    if (s.paths.length === 0)
        return hosts.map((h) => `${h}/`);
    return hosts.flatMap((h) => s.paths.map((p) => `${h}${p.endsWith('/') ? p : `${p}/`}`));
}
/** The map value for a service (see the file header). */
function routeValue(s) {
    const h = s.routing.header;
    return [s.name, s.routing.stickyCookie ?? '', h ? h.name.toLowerCase() : '', h ? h.value : ''].join('|');
}
/** Every value that reaches the map passes the policy whitelist again (no spaces, `#`, `|`...). */
function checkServiceValues(s, i) {
    const problems = [
        ['name', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkServiceName */ .PV)(s.name)],
        ...s.hosts.map((h, j) => [`hosts[${j}]`, (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkHostname */ .yr)(h)]),
        ...s.paths.map((p, j) => [`paths[${j}]`, (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPath */ .Cg)(p)]),
    ];
    if (s.routing.stickyCookie !== undefined)
        problems.push(['routing.sticky-cookie', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkCookieName */ .Iw)(s.routing.stickyCookie)]);
    if (s.routing.header) {
        problems.push(['routing.header.name', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkHeaderName */ .FS)(s.routing.header.name)]);
        problems.push(['routing.header.value', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkHeaderValue */ .BB)(s.routing.header.value)]);
    }
    if (s.hosts.length === 0)
        problems.push(['hosts', 'is empty']);
    const bad = problems.find(([, problem]) => problem !== null);
    if (bad)
        throw new Error(`refusing to render HAProxy routes: services[${i}].${bad[0]} ${bad[1]}`);
}
/** Throws when two services claim the same host and path prefix: the map could keep only one. */
function checkRouteConflicts(policy) {
    const owner = new Map();
    for (const s of policy.services) {
        for (const key of routeKeys(s)) {
            const other = owner.get(key);
            if (other !== undefined && other !== s.name) {
                const at = key.indexOf('/');
                throw new Error(`refusing to render HAProxy routes: services ${other} and ${s.name} both route host ${key.slice(0, at)} ` +
                    `path ${key.slice(at)}; give one of them a different host or path prefix`);
            }
            owner.set(key, s.name);
        }
    }
}
/** The routes map text: the header, then per service a comment and its entries (policy order). */
function renderRoutesMap(policy) {
    policy.services.forEach(checkServiceValues);
    checkRouteConflicts(policy);
    const lines = [...ROUTES_HEADER];
    for (const s of policy.services) {
        lines.push(`# service ${s.name}`);
        const value = routeValue(s);
        for (const key of [...new Set(routeKeys(s))])
            lines.push(`${key} ${value}`);
    }
    return lines.join('\n') + '\n';
}
/** The map files a rendered config reads, for `mapFile` (the percent map) at `step`; the
 *  revisions map starts with the revisions known at render time. */
function renderMapFiles(policy, step, mapFile, revisions) {
    return [
        { path: mapFile, text: (0,_map_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMap */ .x_)(policy, step) },
        { path: routesMapPath(mapFile), text: renderRoutesMap(policy) },
        { path: (0,_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionsMapPath */ .A)(mapFile), text: (0,_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .renderRevisionsMap */ .zX)(policy, revisions) },
    ];
}


/***/ }),

/***/ 46020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dK: () => (/* binding */ renderStatusTable),
/* harmony export */   vx: () => (/* binding */ renderStatusJson),
/* harmony export */   yj: () => (/* binding */ renderStatusMarkdown)
/* harmony export */ });
/* unused harmony export formatDuration */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);

/** "45s", "4m05s", "2h03m", "3d04h"; "—" when unknown. */
function formatDuration(ms) {
    if (ms === null)
        return '—';
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${String(s % 60).padStart(2, '0')}s`;
    const h = Math.floor(m / 60);
    if (h < 24)
        return `${h}h${String(m % 60).padStart(2, '0')}m`;
    return `${Math.floor(h / 24)}d${String(h % 24).padStart(2, '0')}h`;
}
const HEAD = [
    'SERVICE',
    'PHASE',
    'STEP',
    'CANARY%',
    'CANARY',
    'STABLE',
    'OWNER',
    'AGE',
    'VERDICT',
    'LEFT',
    'WAITING',
];
function cells(r) {
    const step = r.step === null ? '—' : r.steps === null ? String(r.step) : `${r.step}/${r.steps}`;
    return [
        r.disagreements.length ? `${r.service} !` : r.service,
        r.phase,
        step,
        r.percent === null ? '—' : `${r.percent}%`,
        r.canary ?? '—',
        r.stable ?? '—',
        r.owner ?? '—',
        formatDuration(r.stageAgeMs),
        r.lastVerdict ?? '—',
        formatDuration(r.remainingMs),
        r.error ? 'unreadable' : (r.waiting ?? '—'),
    ];
}
const CODES = { red: 31, green: 32, yellow: 33, blue: 34, cyan: 36, dim: 2, bold: 1 };
const paint = (c, s) => (c ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
const PHASE_COLOUR = {
    Succeeded: 'green',
    Failed: 'red',
    Aborted: 'dim',
    Unknown: 'red',
    Initializing: 'blue',
    HeaderOnly: 'cyan',
    Progressing: 'yellow',
    Promoting: 'yellow',
};
const VERDICT_COLOUR = { pass: 'green', fail: 'red', inconclusive: 'yellow' };
/** A terminal control character in a revision or owner name must not reach the terminal. */
// eslint-disable-next-line no-control-regex
const visible = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
/** Columns padded to the widest cell; colour is added after padding so it never skews widths. */
function renderStatusTable(rows, opts = {}) {
    const body = rows.map((r) => cells(r).map(visible));
    const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => c[i].length)));
    const line = (c, colour) => c
        .map((v, i) => {
        const padded = i === c.length - 1 ? v : v.padEnd(widths[i]);
        return opts.color ? paint(colour(i), padded) : padded;
    })
        .join('  ')
        .trimEnd();
    const out = [line(HEAD, () => 'bold')];
    rows.forEach((r, k) => out.push(line(body[k], (i) => i === 0 && r.disagreements.length
        ? 'red'
        : i === 1
            ? PHASE_COLOUR[r.phase]
            : i === 8
                ? VERDICT_COLOUR[r.lastVerdict ?? '']
                : undefined)));
    const notes = rows.flatMap((r) => [
        ...(r.error ? [`${r.service}: ${r.error}`] : []),
        ...r.disagreements.map((d) => `${r.service}: ${d}`),
    ]);
    if (notes.length) {
        out.push('');
        for (const n of notes)
            out.push(opts.color ? paint('red', `! ${visible(n)}`) : `! ${visible(n)}`);
    }
    if (!rows.length)
        out.push('(no services)');
    return out.join('\n');
}
/** One JSON document: `{ at, services: [...] }`, durations in ms. */
function renderStatusJson(rows, now) {
    return JSON.stringify({ at: new Date(now).toISOString(), services: rows }, null, 2);
}
/** The same table in Markdown (job summary); every value escaped, disagreements listed after it. */
function renderStatusMarkdown(rows, notes = []) {
    const md = (s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(s);
    const out = [
        '### canary-relay status',
        '',
        `| ${HEAD.map((h) => md(h.toLowerCase())).join(' | ')} |`,
        `|${HEAD.map(() => ' --- ').join('|')}|`,
        ...rows.map((r) => `| ${cells(r).map(md).join(' | ')} |`),
    ];
    const problems = rows.flatMap((r) => [
        ...(r.error ? [`${r.service}: ${r.error}`] : []),
        ...r.disagreements.map((d) => `${r.service}: ${d}`),
    ]);
    if (problems.length)
        out.push('', '**Disagreements**', '', ...problems.map((n) => `- ${md(n)}`));
    if (notes.length)
        out.push('', ...notes.map((n) => `_${md(n)}_`));
    if (!rows.length)
        out.push('', 'No services.');
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 57277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a3: () => (/* binding */ formatDuration),
  NS: () => (/* binding */ renderNote),
  B1: () => (/* binding */ renderReport),
  lO: () => (/* binding */ reportMarker)
});

// UNUSED EXPORTS: noteMarker

// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
;// CONCATENATED MODULE: ./src/render/judge-lines.ts

const n = (x) => Math.round(x).toLocaleString('en-US');
/** "≈ 14 min" / "≈ 40 s" / "≈ 2.5 h". */
function approxDuration(seconds) {
    if (seconds < 90)
        return `≈ ${Math.max(10, Math.round(seconds / 10) * 10)} s`;
    if (seconds < 5400)
        return `≈ ${Math.round(seconds / 60)} min`;
    return `≈ ${Number((seconds / 3600).toFixed(1))} h`;
}
function timeLine(m) {
    if (m.secondsToPass === undefined || m.verdict !== 'running')
        return null;
    const tol = m.tolerance !== undefined ? ` < ${m.tolerance}× stable` : ' the canary no worse than its tolerance';
    if (m.secondsToPass === null) {
        const ratio = m.ratio !== null ? ` (${Number(m.ratio.toPrecision(3))}×)` : '';
        return `${(0,markdown/* mdText */.bC)(m.metric)}: cannot pass at the ratio seen so far${ratio}; it needs to show${tol}`;
    }
    return `${(0,markdown/* mdText */.bC)(m.metric)}: time still needed to pass at the current traffic: ${approxDuration(m.secondsToPass)} (to show${tol})`;
}
function coldLine(m) {
    const c = m.coldStart;
    if (!c)
        return null;
    const ms = (v) => (v === null ? '—' : `${n(v)} ms`);
    return (`${(0,markdown/* mdText */.bC)(m.metric)} cold start (the canary's first ${c.seconds} s of traffic, not judged): ` +
        `canary ${ms(c.canaryMs)} vs stable ${ms(c.stableMs)} over ${n(c.requests)} canary requests`);
}
function missingLine(m) {
    if (m.verdict !== 'inconclusive' || !m.missing)
        return null;
    return `${(0,markdown/* mdText */.bC)(m.metric)} inconclusive: ${(0,markdown/* mdText */.bC)(m.missing)}`;
}
/** Bullet lines for one stage; `held` is the rollout's hold reason when it is held. */
function judgeLines(j, held) {
    const lines = [];
    for (const m of j.metrics) {
        for (const l of [timeLine(m), coldLine(m), missingLine(m)])
            if (l)
                lines.push(`- ${l}`);
    }
    if (held) {
        lines.push(`- **Held:** ${(0,markdown/* mdText */.bC)(held)}. The canary keeps its traffic; merging promotes it anyway ` +
            '(recorded as a human decision), closing the PR aborts it.');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/render/summary.ts



/** GitHub rejects comments over 65536 characters; the diff is the part that can grow. */
const MAX_DIFF_CHARS = 40_000;
const reportMarker = (policyFile) => `<!-- canary-relay:${(0,markdown/* commentSafe */.XO)(policyFile)} -->`;
function renderReport(r) {
    const parts = [
        reportMarker(r.policyFile),
        `### canary-relay: ${(0,markdown/* mdText */.bC)(r.mode)} of ${(0,markdown/* mdCode */.xs)(r.policyFile)}`,
        `**Verdict: ${(0,markdown/* mdText */.bC)(r.verdict)}.** ${(0,markdown/* mdText */.bC)(r.next)}`,
    ];
    if (r.errors?.length)
        parts.push(errorsSection(r.errors));
    if (r.plan.length)
        parts.push(planSection(r.plan));
    // An invalid policy renders nothing, so "no change" would mislead: leave the diff out then.
    if (!r.errors?.length || r.haproxyDiff.trim())
        parts.push(diffSection(r.haproxyDiff, r.haproxyCheck));
    if (r.stages.length)
        parts.push(stagesSection(r.stages));
    return parts.join('\n\n') + '\n';
}
// ---- formatting helpers -------------------------------------------------------------
const code = (s) => (s === null ? '—' : (0,markdown/* mdCode */.xs)(s));
function formatDuration(ms) {
    if (ms > 0 && ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms > 0 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
const summary_int = (n) => Math.round(n).toLocaleString('en-US');
/** Three significant digits, no exponent below a million. */
function num(n) {
    if (!Number.isFinite(n))
        return n > 0 ? '∞' : '—';
    if (n !== 0 && (Math.abs(n) >= 1e6 || Math.abs(n) < 1e-3))
        return n.toExponential(1);
    return String(Number(n.toPrecision(3)));
}
const pValue = (p) => (p < 1e-4 ? '< 0.0001' : num(p));
const percentOf = (f, digits = 2) => `${Number((f * 100).toFixed(digits))}%`;
/** A metric's value in its unit: error rates as percent, latency in ms, custom as is. */
function metricValue(metric, v) {
    if (v === null)
        return '—';
    if (metric.startsWith('error-rate'))
        return percentOf(v);
    if (metric.startsWith('latency'))
        return `${num(v)} ms`;
    return num(v);
}
/** E next to the threshold it fails at (1/alpha), when the judge says what that is. */
const eValue = (m) => (m.alpha ? `${num(m.e)} / ${num(1 / m.alpha)}` : num(m.e));
function ratio(m) {
    if (m.ratio === null)
        return '—';
    const ci = m.ratioInterval ? ` (${num(m.ratioInterval[0])}–${num(m.ratioInterval[1])})` : '';
    return `${num(m.ratio)}×${ci}`;
}
const stepLabel = (s) => `${s.label} · ${formatDuration(s.bakeMs)}`;
const traffic = (s) => (s.headerOnly ? 'header only' : `${s.percent}%`);
// ---- sections -----------------------------------------------------------------------
function errorsSection(errors) {
    const lines = errors.map((e) => `- ${(0,markdown/* mdCode */.xs)((0,types/* formatPolicyError */.i)(e))}`);
    return [
        `#### Policy errors (${errors.length})`,
        'Nothing was applied. Fix these and push again:',
        ...lines,
    ].join('\n');
}
const CHANGE = {
    added: 'new service',
    removed: 'removed from the policy',
    release: 'new release: canary',
    routing: 'routing change: plan only',
    unchanged: 'unchanged',
};
function servicePlan(s) {
    const what = s.label ?? (s.change ? CHANGE[s.change] : undefined);
    const head = `**${(0,markdown/* mdText */.bC)(s.name)}**${what ? ` — ${what}` : ''}`;
    const release = s.release.before === s.release.after
        ? `release ${code(s.release.after)}`
        : `release ${code(s.release.before)} → ${code(s.release.after)}`;
    const n = s.hideSteps ? 0 : Math.max(s.stages.before.length, s.stages.after.length);
    const rows = Array.from({ length: n }, (_, i) => {
        const b = s.stages.before[i];
        const a = s.stages.after[i];
        const same = b && a && stepLabel(b) === stepLabel(a);
        return `| ${i + 1} | ${b ? (0,markdown/* mdText */.bC)(stepLabel(b)) : '—'} | ${a ? (same ? 'same' : `**${(0,markdown/* mdText */.bC)(stepLabel(a))}**`) : '—'} |`;
    });
    const table = n ? ['', '| step | before (traffic · bake) | after |', '|---:|---|---|', ...rows] : [];
    return [head, release, ...table].join('\n');
}
function planSection(plan) {
    const shown = plan.filter((s) => s.change !== 'unchanged' || s.label);
    const quiet = plan.filter((s) => s.change === 'unchanged' && !s.label).map((s) => (0,markdown/* mdText */.bC)(s.name));
    const body = shown.map(servicePlan);
    if (quiet.length)
        body.push(`Unchanged: ${quiet.join(', ')}.`);
    return ['#### Plan', ...body].join('\n\n');
}
function diffStats(diff) {
    const lines = diff.split('\n');
    const add = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
    const del = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
    return `+${add} −${del}`;
}
function diffSection(diff, check) {
    const checkLine = check ? ` \`haproxy -c\`: ${(0,markdown/* mdText */.bC)(check)}.` : '';
    if (!diff.trim())
        return `HAProxy config: no change.${checkLine}`;
    // the summary line is raw HTML: Markdown escapes do not apply there
    const checkHtml = check ? ` — <code>haproxy -c</code>: ${(0,markdown/* htmlText */.js)(check)}.` : '';
    const cut = diff.length > MAX_DIFF_CHARS;
    const text = cut ? diff.slice(0, diff.lastIndexOf('\n', MAX_DIFF_CHARS)) : diff.replace(/\n$/, '');
    // A fence longer than any backtick run inside, so the diff cannot close it.
    const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
    return [
        `<details><summary>HAProxy config diff (${diffStats(diff)})${checkHtml}</summary>`,
        '',
        `${fence}diff`,
        text,
        fence,
        ...(cut
            ? ['', `Diff truncated at ${summary_int(MAX_DIFF_CHARS)} characters; the full file is in the job artifacts.`]
            : []),
        '',
        '</details>',
    ].join('\n');
}
function historyTable(stages) {
    const rows = stages.map((s) => {
        const req = s.judgement.metrics[0];
        const decided = s.judgement.decidedAt === null ? '—' : `${summary_int(s.judgement.decidedAt)} s`;
        const requests = req ? `${summary_int(req.canaryRequests)} / ${summary_int(req.stableRequests)}` : '—';
        return `| ${s.step} | ${traffic(s)} | ${(0,markdown/* mdText */.bC)(s.judgement.verdict)} | ${decided} | ${requests} |`;
    });
    return [
        '| step | traffic | verdict | decided at | requests canary / stable |',
        '|---:|---|---|---:|---:|',
        ...rows,
    ].join('\n');
}
function metricTable(metrics) {
    const rows = metrics.map((m) => `| ${(0,markdown/* mdText */.bC)(m.metric)} | ${metricValue(m.metric, m.canaryValue)} | ${metricValue(m.metric, m.stableValue)} | ` +
        `${summary_int(m.canaryRequests)} / ${summary_int(m.stableRequests)} | ${eValue(m)} | ${pValue(m.pValue)} | ${ratio(m)} | ` +
        `${m.verdict === 'fail' ? '**fail**' : (0,markdown/* mdText */.bC)(m.verdict)} |`);
    return [
        '| metric | canary | stable | requests canary / stable | E / fails at | p | ratio (interval) | verdict |',
        '|---|---:|---:|---:|---:|---:|---|---|',
        ...rows,
    ].join('\n');
}
const chartNumber = (v) => String(Number(v.toFixed(3)));
function chart(title, axis, x, canary, stable) {
    const max = Math.max(...canary, ...stable);
    return [
        '```mermaid',
        'xychart-beta',
        // a quoted Mermaid string inside a fence: only plain characters may reach it
        `  title "${title.replace(/[^A-Za-z0-9 _.:%()-]/g, '?')}"`,
        `  x-axis "seconds since the stage started" [${x.map((t) => summary_int(t).replace(/,/g, '')).join(', ')}]`,
        `  y-axis "${axis}" 0 --> ${chartNumber(max > 0 ? max * 1.2 : 1)}`,
        `  line [${canary.map(chartNumber).join(', ')}]`,
        `  line [${stable.map(chartNumber).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Error rate (and latency when the series has it), canary vs stable per poll. */
function charts(s) {
    const series = s.judgement.series;
    const out = [];
    const errs = series.filter((p) => p.canaryErrorRate !== null && p.stableErrorRate !== null);
    if (errs.length >= 2) {
        out.push(chart(`${s.service} step ${s.step}: error rate per poll (%)`, 'error rate (%)', errs.map((p) => p.t), errs.map((p) => p.canaryErrorRate * 100), errs.map((p) => p.stableErrorRate * 100)));
    }
    const lat = series.filter((p) => p.canaryLatencyMs != null && p.stableLatencyMs != null);
    if (lat.length >= 2) {
        out.push(chart(`${s.service} step ${s.step}: latency per poll (ms)`, 'latency (ms)', lat.map((p) => p.t), lat.map((p) => p.canaryLatencyMs), lat.map((p) => p.stableLatencyMs)));
    }
    if (out.length)
        out.push('First line: canary; second line: stable.');
    return out;
}
function liveStage(s) {
    const j = s.judgement;
    const decided = j.decidedAt === null ? '' : ` at ${summary_int(j.decidedAt)} s`;
    const reasons = j.metrics.map((m) => `- ${(0,markdown/* mdText */.bC)(m.metric)}: ${(0,markdown/* mdText */.bC)(m.reason)}`);
    const notes = j.notes.map((n) => `- note: ${(0,markdown/* mdText */.bC)(n)}`);
    return [
        `**Step ${s.step} (${traffic(s)}): ${(0,markdown/* mdText */.bC)(j.verdict)}${decided}**`,
        '',
        j.metrics.length ? metricTable(j.metrics) : 'No metrics were judged in this stage.',
        ...(reasons.length || notes.length ? ['', ...reasons, ...notes] : []),
        ...judgeLines(j, s.held),
        ...charts(s).flatMap((c) => ['', c]),
    ].join('\n');
}
function stagesSection(stages) {
    const services = [...new Set(stages.map((s) => s.service))];
    const blocks = services.map((name) => {
        const mine = stages.filter((s) => s.service === name);
        const live = mine[mine.length - 1];
        const history = mine.length > 1 ? [historyTable(mine), ''] : [];
        return [`**${(0,markdown/* mdText */.bC)(name)}**`, '', ...history, liveStage(live)].join('\n');
    });
    return ['#### Stages', ...blocks].join('\n\n');
}
const noteMarker = (kind, policyFile, commit) => `<!-- canary-relay-note:${kind}:${(0,markdown/* commentSafe */.XO)(policyFile)}:${(0,markdown/* commentSafe */.XO)(commit)} -->`;
function renderNote(kind, n) {
    const short = (0,markdown/* mdText */.bC)(n.commit.slice(0, 12));
    const list = n.services.map((s) => `- **${(0,markdown/* mdText */.bC)(s.name)}**: 100% on ${code(s.target)}${s.from ? ` (was ${code(s.from)})` : ''}`);
    const head = kind === 'promote'
        ? `**canary-relay promoted** the canary of ${(0,markdown/* mdCode */.xs)(n.policyFile)} after commit ${short}:`
        : `**canary-relay rolled back** ${(0,markdown/* mdCode */.xs)(n.policyFile)} at once, without stages${n.reason ? `, because ${(0,markdown/* mdText */.bC)(n.reason)}` : ''}:`;
    // a link we make: only URL characters stay, anything else is percent-encoded
    const url = n.runUrl?.replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
    const tail = url ? ['', `[Run details](<${url}>)`] : [];
    return [noteMarker(kind, n.policyFile, n.commit), head, ...list, ...tail].join('\n') + '\n';
}


/***/ }),

/***/ 33060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ cloudRunHost),
/* harmony export */   q: () => (/* binding */ cloudRunUrl)
/* harmony export */ });
const SERVICE_NAME = /^[a-z](?:[a-z0-9-]{0,47}[a-z0-9])?$/;
const PROJECT_NUMBER = /^[0-9]{1,20}$/;
const REGION = /^[a-z]+(?:-[a-z]+)*[0-9]+$/;
const TAG = /^[a-z](?:[a-z0-9-]{0,44}[a-z0-9])?$/;
// https://SERVICE-HASH-REGION_CODE.a.run.app or https://SERVICE-PROJECT_NUMBER.REGION.run.app
const SERVICE_URL = /^https:\/\/((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.a\.run\.app|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.[a-z]+(?:-[a-z]+)*[0-9]+\.run\.app)\/?$/;
/** Host name (no scheme) of a service or of one of its tags. Throws when neither `url` nor
 *  `projectNumber` is known, because HAProxy cannot route to a revision without it. */
function cloudRunHost(service, tag) {
    if (!SERVICE_NAME.test(service.name)) {
        throw new Error(`cannot build a Cloud Run URL: service name "${service.name}" is not a valid Cloud Run name`);
    }
    if (tag !== undefined && !TAG.test(tag)) {
        throw new Error(`cannot build a Cloud Run tag URL for ${service.name}: tag "${tag}" is not a valid tag`);
    }
    const prefix = tag === undefined ? '' : `${tag}---`;
    if (service.url !== undefined) {
        const m = SERVICE_URL.exec(service.url);
        if (!m || !m[1].startsWith(`${service.name}-`)) {
            throw new Error(`services ${service.name}: url "${service.url}" is not of the form https://${service.name}-HASH-REGION_CODE.a.run.app ` +
                `or https://${service.name}-PROJECT_NUMBER.REGION.run.app`);
        }
        return `${prefix}${m[1]}`;
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
    return `${prefix}${service.name}-${service.projectNumber}.${service.region}.run.app`;
}
/** https URL of a service or of one of its tags. */
function cloudRunUrl(service, tag) {
    return `https://${cloudRunHost(service, tag)}`;
}


/***/ }),

/***/ 34549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ pauseGate),
/* harmony export */   TZ: () => (/* binding */ describeHold),
/* harmony export */   Yf: () => (/* binding */ hookPayload),
/* harmony export */   eq: () => (/* binding */ PAUSE_LABEL),
/* harmony export */   n8: () => (/* binding */ APPROVE_LABEL),
/* harmony export */   wh: () => (/* binding */ boundaryGate)
/* harmony export */ });
/* unused harmony export approvalHelp */
const PAUSE_LABEL = 'canary-relay:pause';
const APPROVE_LABEL = 'canary-relay:approve';
const hold = (state, message) => ({
    state,
    actions: [],
    status: 'done',
    message,
});
const record = (state, message) => ({
    state,
    actions: [{ kind: 'writeState' }, { kind: 'report', message }],
    status: 'changed',
});
/**
 * Pause and resume, consulted on every tick of an active rollout. A paused rollout keeps its
 * traffic and no stage ends; a failing analysis still fails it (users are not left on a bad
 * canary). Resume moves the stage's start by the time spent paused, so its bake goes on where it
 * stood. A label pause ends when the label is gone; a dispatch pause needs a dispatch resume.
 */
function pauseGate(state, input) {
    const c = input.controls;
    const p = state.paused;
    const name = input.service.name;
    if (p) {
        const labelGone = p.via === 'label' && c?.labelsRead === true && c.pause?.via !== 'label';
        // the merge is a person's decision in git: it lifts the PR's label pause (a dispatch pause holds)
        const merged = p.via === 'label' && input.mode === 'promote';
        const by = c?.resume?.by ??
            (labelGone ? `removal of the ${PAUSE_LABEL} label` : merged ? `the merge (${input.owner})` : undefined);
        if (!by) {
            if (input.observation.judgement?.verdict === 'fail')
                return null;
            const how = p.via === 'label' ? `remove the ${PAUSE_LABEL} label` : 'run the workflow with mode resume';
            const since = Math.round((input.now - p.at) / 1000);
            return hold(state, `${name}: paused by ${p.by} (${p.via}) ${since}s ago at step ${state.step + 1}; ${how}`);
        }
        const next = {
            ...state,
            stepStartedAt: state.stepStartedAt + Math.max(0, input.now - p.at),
        };
        delete next.paused;
        return record(next, `resumed by ${by} after ${Math.round((input.now - p.at) / 1000)}s; step ${state.step + 1} continues`);
    }
    if (!c?.pause || c.resume || (c.pause.via === 'label' && input.mode === 'promote'))
        return null;
    const next = { ...state, paused: { by: c.pause.by, via: c.pause.via, at: input.now } };
    return record(next, `paused at step ${state.step + 1} by ${c.pause.by} (${c.pause.via}); traffic stays as it is`);
}
/** Who may approve, for the messages. */
function approvalHelp(step) {
    return (`step ${step + 1} needs an approval: a PR review approval by someone with write access, ` +
        `the ${APPROVE_LABEL} label, or the workflow run with mode approve`);
}
function approvalGate(state, input, k) {
    if (input.service.steps[k]?.approval !== 'required' || state.approved?.step === k)
        return null;
    if (state.gate?.step !== k) {
        const next = { ...state, gate: { step: k, since: input.now } };
        return record(next, `${approvalHelp(k)}; waiting`);
    }
    const since = state.gate.since;
    const a = input.controls?.approvals.find((x) => x.at === null || x.at >= since);
    if (!a)
        return hold(state, `${input.service.name}: ${approvalHelp(k)}; waiting since ${new Date(since).toISOString()}`);
    const next = { ...state, approved: { step: k, by: a.by, via: a.via } };
    delete next.gate;
    return record(next, `step ${k + 1} approved by ${a.by} (${a.via})`);
}
function hookGate(state, input, hook, step, fail) {
    const spec = hook === 'pre-step' ? input.service.hooks?.preStep : input.service.hooks?.postStep;
    if (!spec)
        return null;
    const answer = input.observation.hooks?.[`${hook}:${step}`];
    if (!answer)
        return {
            state,
            actions: [{ kind: 'callHook', hook, step }],
            status: 'changed',
            message: `${hook} hook of step ${step + 1}`,
        };
    return answer.ok ? null : fail(state, input, `${hook} hook of step ${step + 1} failed: ${answer.detail}`);
}
/**
 * Between stages: before entering step `k` (0-based) or before completing (`'end'`). In order:
 * the approval of step k, the post-step hook of the step that ends, the pre-step hook of step k.
 * Null means go on.
 */
function boundaryGate(state, input, k, fail) {
    if (k !== 'end') {
        const approval = approvalGate(state, input, k);
        if (approval)
            return approval;
    }
    const ending = state.phase === 'Initializing' ? null : state.step;
    if (ending !== null && ending !== k) {
        const post = hookGate(state, input, 'post-step', ending, fail);
        if (post)
            return post;
    }
    return k === 'end' ? null : hookGate(state, input, 'pre-step', k, fail);
}
/** The JSON a hook receives. */
function hookPayload(service, state, hook, step, percent) {
    return {
        version: 1,
        hook,
        service: service.name,
        owner: state.owner,
        commit: state.commit ?? null,
        step: step + 1,
        steps: service.steps.length,
        percent,
        canary: state.canary,
        stable: state.stable,
    };
}
/** What an operator gate holds a rollout for, in one sentence for the report; null when none. */
function describeHold(service, state) {
    if (!state)
        return null;
    if (state.paused) {
        const how = state.paused.via === 'label' ? `remove the ${PAUSE_LABEL} label` : 'run the workflow with mode resume';
        return `${service} is paused at step ${state.step + 1} by ${state.paused.by} (${state.paused.via}); ${how} to continue`;
    }
    if (state.gate)
        return `${service} holds at step ${state.step + 1}: ${approvalHelp(state.gate.step)}`;
    return null;
}


/***/ }),

/***/ 91479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wz: () => (/* binding */ stepPercent),
  kY: () => (/* binding */ transition)
});

// UNUSED EXPORTS: READY_TIMEOUT_MS, wantedRevision

// EXTERNAL MODULE: ./src/render/map.ts
var map = __webpack_require__(2290);
// EXTERNAL MODULE: ./src/rollout/state.ts
var rollout_state = __webpack_require__(49988);
// EXTERNAL MODULE: ./src/rollout/traffic.ts
var rollout_traffic = __webpack_require__(94200);
;// CONCATENATED MODULE: ./src/rollout/guards.ts

/** The failed revisions kept in the state (the last few are enough to guard re-runs). */
const KEEP_FAILED = 10;
function withFailed(failed, revision) {
    if (!revision)
        return failed;
    return [...(failed ?? []).filter((r) => r !== revision), revision].slice(-KEEP_FAILED);
}
/** Why `revision` may not get traffic (it failed before and force is off), or null. */
function refusedFailed(state, input, revision) {
    if (input.force || !state?.failed?.includes(revision))
        return null;
    return (`${input.service.name}: revision ${revision} failed before (analysis or readiness); ` +
        'not routing traffic to it — set force to route to it anyway');
}
/**
 * A new push to the PR that owns the rollout, with the same release: the rollout now follows the
 * new head (scheduled runs read its policy and report on its check). One state write, no traffic.
 */
function followHead(state, input) {
    if (state.owner !== input.owner || !state.commit || state.commit === input.commit)
        return null;
    if ((0,rollout_state/* isTerminal */.Hd)(state.phase))
        return null;
    const next = { ...state, commit: input.commit, policyDigest: input.policyDigest };
    return {
        state: next,
        actions: [
            { kind: 'writeState' },
            {
                kind: 'report',
                message: `the rollout of ${state.canary ?? 'the canary'} now follows ${input.owner}'s head ${input.commit.slice(0, 12)} (same release)`,
            },
        ],
        status: 'changed',
    };
}

;// CONCATENATED MODULE: ./src/rollout/stage-outcome.ts
/** The default for `on-inconclusive`: an undecided canary keeps its small share until a human looks. */
const DEFAULT_ON_INCONCLUSIVE = 'hold';
/** What an inconclusive judgement lacked, metric by metric. */
function inconclusiveReason(j) {
    const why = j.metrics
        .filter((m) => m.verdict === 'inconclusive')
        .map((m) => `${m.metric}: ${m.missing ?? m.reason}`);
    return why.join('; ') || 'no metric could be judged';
}
function stageOutcome(input) {
    const { step, label, judgement: j, elapsedMs } = input;
    const maxBakeMs = Math.max(step.bakeMs, step.maxBakeMs ?? 3 * step.bakeMs);
    if (j?.verdict === 'fail') {
        const why = j.metrics
            .filter((m) => m.verdict === 'fail')
            .map((m) => `${m.metric}: ${m.reason}`)
            .join('; ');
        return { kind: 'fail', reason: `${label}: analysis failed${why ? `: ${why}` : ''}` };
    }
    if (j?.verdict === 'pass')
        return { kind: 'advance', verdict: 'pass' };
    const undecided = j?.verdict === 'inconclusive' || (j !== undefined && elapsedMs >= maxBakeMs);
    if (undecided) {
        const reason = `${label} inconclusive after ${Math.round(elapsedMs / 60_000)} min: ${inconclusiveReason(j)}`;
        return (input.onInconclusive ?? DEFAULT_ON_INCONCLUSIVE) === 'rollback'
            ? { kind: 'rollback', reason }
            : { kind: 'hold', reason };
    }
    if (!j && elapsedMs >= step.bakeMs)
        return { kind: 'advance', verdict: 'skipped' };
    const left = Math.ceil(((elapsedMs < step.bakeMs ? step.bakeMs : maxBakeMs) - elapsedMs) / 1000);
    return {
        kind: 'wait',
        message: elapsedMs < step.bakeMs
            ? `${label} baking, ${left}s of its minimum left`
            : `${label} undecided, waiting for evidence (${left}s to max-bake)`,
    };
}

// EXTERNAL MODULE: ./src/rollout/gates.ts
var gates = __webpack_require__(34549);
;// CONCATENATED MODULE: ./src/rollout/machine.ts
// The stage machine: (state, input) → next state + actions, one transition per call, no I/O.
// Initializing → HeaderOnly → Progressing(step k) → Promoting → Succeeded, or Failed / Aborted.
// Traffic always goes to revisions by name; the engine writes each transition in one update.






/** A revision that has not become ready after this long fails the canary. */
const READY_TIMEOUT_MS = 10 * 60_000;
function transition(state, input) {
    switch (input.mode) {
        case 'canary':
            return canaryMode(state, input);
        case 'promote':
            return promoteMode(state, input);
        case 'rollback':
            return rollbackMode(state, input);
        case 'abort':
            return abortMode(state, input);
    }
}
/** Canary percent of a 0-based step (header-only steps are 0). */
function stepPercent(service, step) {
    return step < service.steps.length ? (0,map/* percentAt */.r6)(service, step + 1) : 0;
}
/** The revision a desired release means: `<service>-<7 chars of the commit>` for an image. */
function wantedRevision(service, commit) {
    if (service.image)
        return { image: service.image, revision: `${service.name}-${commit.slice(0, 7).toLowerCase()}` };
    if (service.revision)
        return { image: null, revision: service.revision };
    return null;
}
const waiting = (state, message) => ({
    state,
    actions: [],
    status: 'waiting',
    message,
});
const done = (state, message, extra = {}) => ({
    state,
    actions: [],
    status: 'done',
    message,
    ...extra,
});
function matches(state, want) {
    return want.image !== null ? state.image === want.image : state.canary === want.revision;
}
function alreadyServing(input, want) {
    const o = input.observed;
    return want.image !== null ? o.servingImage === want.image : o.serving === want.revision;
}
function describeOwner(state) {
    return `canary ${state.canary ?? '(none)'} of service belongs to ${state.owner} (phase ${state.phase}, step ${state.step + 1})`;
}
function refuse(state, input, what) {
    return done(state, `${input.service.name}: ${describeOwner(state)}; not ${what} it — set force to take over`, {
        refused: true,
    });
}
function foreign(state, input) {
    return state !== null && !(0,rollout_state/* isTerminal */.Hd)(state.phase) && state.owner !== input.owner && !input.force;
}
function canaryMode(state, input) {
    const want = wantedRevision(input.service, input.commit);
    if (!want)
        return done(state, `${input.service.name}: the policy names neither image nor revision`, { error: true });
    if (state && foreign(state, input))
        return refuse(state, input, 'replacing');
    if (state && matches(state, want) && state.phase !== 'Aborted') {
        if (state.phase === 'Succeeded')
            return done(state, `${want.revision} is already promoted`);
        if (state.phase === 'Failed')
            return done(state, `canary ${state.canary ?? want.revision} failed: ${state.reason ?? 'see the last run'}`);
        return followHead(state, input) ?? advance({ ...state, owner: input.owner }, input);
    }
    if ((!state || (0,rollout_state/* isTerminal */.Hd)(state.phase)) && alreadyServing(input, want)) {
        return done(state, `${input.service.name} already serves ${want.image ?? want.revision}; no canary needed`);
    }
    return start(state, input, want);
}
function promoteMode(state, input) {
    const want = wantedRevision(input.service, input.commit);
    if (!want)
        return done(state, `${input.service.name}: the policy names neither image nor revision`, { error: true });
    if (state && matches(state, want) && state.phase !== 'Aborted') {
        if (state.phase === 'Succeeded')
            return done(state, `${state.stable} is already promoted`);
        if (state.phase === 'Failed') {
            return done(state, `not promoting: canary ${state.canary ?? want.revision} failed: ${state.reason ?? 'see the PR'}`);
        }
        // the merge of the PR that owns this canary: the promotion takes it over
        return advance({ ...state, owner: input.owner }, input);
    }
    if ((!state || (0,rollout_state/* isTerminal */.Hd)(state.phase)) && alreadyServing(input, want)) {
        return done(state, `${input.service.name} already serves ${want.image ?? want.revision}`);
    }
    if (state && foreign(state, input))
        return refuse(state, input, 'promoting over');
    // a merge whose image never ran as a canary walks every step with analysis
    return start(state, input, want);
}
function start(state, input, want) {
    const refused = refusedFailed(state, input, want.revision);
    if (refused)
        return done(state, refused, { error: true });
    const active = state !== null && !(0,rollout_state/* isTerminal */.Hd)(state.phase);
    const stable = active ? state.stable : input.observed.serving;
    const stableImage = active ? (state.stableImage ?? null) : input.observed.servingImage;
    if (!stable) {
        return done(state, `${input.service.name} has no revision serving traffic to keep as stable; deploy it once first`, {
            error: true,
        });
    }
    const traffic = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable,
        canary: want.revision,
        percent: 0,
        canaryTag: true,
        drop: [active ? state.canary : null],
    });
    const next = {
        v: 1,
        owner: input.owner,
        commit: input.commit,
        policyDigest: input.policyDigest,
        phase: 'Initializing',
        step: 0,
        stepStartedAt: input.now,
        startedAt: input.now,
        stable,
        stableImage,
        canary: want.revision,
        image: want.image,
        lastVerdict: null,
        origin: input.mode === 'promote' ? 'promote' : 'canary',
    };
    if (state?.previous)
        next.previous = state.previous;
    if (state?.failed)
        next.failed = state.failed;
    const deploy = want.image !== null && !input.observed.existing.includes(want.revision)
        ? { kind: 'deployCanary', image: want.image, revisionName: want.revision, traffic }
        : { kind: 'tagCanary', revision: want.revision, traffic };
    const actions = [];
    if (input.splitAt === 'haproxy' && active)
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push(deploy, { kind: 'writeState' }, {
        kind: 'report',
        message: `${deploy.kind === 'deployCanary' ? 'deployed' : 'tagged'} ${want.revision} as canary at 0% (stable ${stable})`,
    });
    return { state: next, actions, status: 'changed' };
}
/** One step forward for an active rollout this run owns. */
function advance(state, input) {
    const paused = (0,gates/* pauseGate */.G9)(state, input);
    if (paused)
        return paused;
    const jumps = input.service.promote !== 'gradual' && state.origin !== 'promote';
    if (state.phase === 'Initializing') {
        const ready = input.observation.canaryReady;
        if (ready === false) {
            return fail(state, input, `revision ${state.canary} failed to become ready: ${input.observation.readyReason ?? 'no reason given'}`);
        }
        if (ready !== true) {
            if (input.now - state.stepStartedAt > READY_TIMEOUT_MS) {
                return fail(state, input, `revision ${state.canary} is not ready after ${READY_TIMEOUT_MS / 60_000} min`);
            }
            return waiting(state, `waiting for revision ${state.canary} to become ready`);
        }
        if (input.mode === 'promote' && jumps)
            return promoteNow(state, input);
        return enterStep(state, input, 0, null);
    }
    if (state.awaitingMerge) {
        if (input.mode === 'promote')
            return promoteNow(state, input);
        return done(state, `all ${input.service.steps.length} steps of ${state.canary} passed; promotion needs the merge`);
    }
    if (input.mode === 'promote' && jumps)
        return promoteNow(state, input);
    return bake(state, input);
}
function stepLabel(service, k) {
    const s = service.steps[k];
    return `step ${k + 1} (${s?.headerOnly ? 'header only' : `${s?.percent ?? 0}%`})`;
}
function bake(state, input) {
    const { service } = input;
    if (state.step >= service.steps.length)
        return completeAll(state, input, state.lastVerdict ?? 'skipped');
    const step = service.steps[state.step];
    const label = stepLabel(service, state.step);
    const o = stageOutcome({
        step,
        label,
        judgement: input.observation.judgement,
        elapsedMs: input.now - state.stepStartedAt,
        onInconclusive: service.analysis.onInconclusive,
    });
    if (o.kind === 'wait')
        return waiting(state, o.message);
    if (o.kind === 'fail' || o.kind === 'rollback')
        return fail(state, input, o.reason);
    // a merge of a held canary is the human decision the hold asked for
    if (o.kind === 'hold' && input.mode !== 'promote')
        return hold(state, o.reason);
    const verdict = o.kind === 'hold' ? 'inconclusive' : o.verdict;
    const next = o.kind === 'hold' ? { ...state, promotedWhileHeld: o.reason } : state;
    if (state.step + 1 < service.steps.length)
        return enterStep(next, input, state.step + 1, verdict);
    return completeAll(next, input, verdict);
}
/** An inconclusive stage held: keep the traffic, say what is missing (written once). */
function hold(state, reason) {
    const message = `held: ${reason}; the canary keeps its traffic — merge to promote it anyway (recorded), or close the PR to abort`;
    if (state.held)
        return done(state, message);
    return {
        state: { ...state, held: reason },
        actions: [{ kind: 'writeState' }, { kind: 'report', message }],
        status: 'changed',
    };
}
function completeAll(state, input, verdict) {
    const gated = (0,gates/* boundaryGate */.wh)(state, input, 'end', fail);
    if (gated)
        return gated;
    if (input.mode === 'promote' || input.service.promote === 'auto') {
        return promoteNow({ ...state, lastVerdict: verdict }, input);
    }
    const next = { ...state, awaitingMerge: true, lastVerdict: verdict };
    return {
        state: next,
        actions: [
            { kind: 'writeState' },
            {
                kind: 'report',
                message: `all steps of ${state.canary} done (${verdict}); promotion needs the merge`,
            },
        ],
        status: 'changed',
    };
}
function enterStep(state, input, k, verdict) {
    const gated = (0,gates/* boundaryGate */.wh)(state, input, k, fail);
    if (gated)
        return gated;
    const { service } = input;
    const step = service.steps[k];
    const percent = stepPercent(service, k);
    let smoked = state.smoked;
    if (!step.headerOnly && service.smoke && !smoked) {
        const smoke = input.observation.smoke;
        if (!smoke)
            return {
                state,
                actions: [{ kind: 'smokeProbe' }],
                status: 'changed',
                message: `smoke probe before ${stepLabel(service, k)}`,
            };
        if (!smoke.ok)
            return fail(state, input, `smoke probe of ${state.canary} failed: ${smoke.detail}`);
        smoked = true;
    }
    const phase = step.headerOnly ? 'HeaderOnly' : input.mode === 'promote' ? 'Promoting' : 'Progressing';
    const next = {
        ...state,
        phase,
        step: k,
        stepStartedAt: input.now,
        lastVerdict: verdict ?? state.lastVerdict,
    };
    delete next.held; // a new stage is judged afresh
    if (smoked)
        next.smoked = true;
    const actions = [];
    if (input.splitAt === 'cloud-run') {
        const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
            stable: state.stable,
            canary: state.canary,
            percent,
            canaryTag: true,
        });
        actions.push({ kind: 'setTraffic', targets }, { kind: 'writeState' });
    }
    else {
        // the state write comes first: its etag is the lock, and a crash leaves the map behind, never ahead
        actions.push({ kind: 'writeState' }, { kind: 'setMap', percent });
    }
    actions.push({ kind: 'report', message: `${stepLabel(service, k)}: ${state.canary} at ${percent}%` });
    return { state: next, actions, status: 'changed' };
}
function promoteNow(state, input) {
    const canary = state.canary;
    const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable: canary,
        canary: null,
        percent: 0,
        canaryTag: false,
        drop: [state.stable],
    });
    const next = {
        ...state,
        owner: input.owner,
        phase: 'Succeeded',
        stable: canary,
        stableImage: state.image,
        canary: null,
        stepStartedAt: input.now,
    };
    delete next.awaitingMerge;
    delete next.reason;
    delete next.held;
    if (state.held)
        next.promotedWhileHeld = state.held;
    const heldNote = state.held ?? state.promotedWhileHeld;
    if (state.stable)
        next.previous = { revision: state.stable, image: state.stableImage ?? null };
    const actions = [];
    // the canary backend loses its tag: HAProxy stops sending the bucket there first
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'setTraffic', targets }, { kind: 'writeState' }, {
        kind: 'report',
        message: heldNote
            ? `promoted ${canary} to 100% (tag stable) by the merge, a human decision: the analysis was inconclusive (${heldNote})`
            : `promoted ${canary} to 100% (tag stable)`,
    });
    return { state: next, actions, status: 'changed' };
}
function fail(state, input, reason) {
    const stable = state.stable;
    const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable,
        canary: state.canary,
        percent: 0,
        canaryTag: false,
    });
    const next = {
        ...state,
        phase: 'Failed',
        lastVerdict: 'fail',
        reason,
        stepStartedAt: input.now,
        failed: withFailed(state.failed, state.canary),
    };
    delete next.awaitingMerge;
    delete next.held;
    const actions = [];
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'restoreStable', revision: stable, targets, reason }, { kind: 'writeState' }, { kind: 'report', message: `canary failed: ${reason}; 100% back on ${stable}` });
    return { state: next, actions, status: 'changed' };
}
function rollbackMode(state, input) {
    const r = input.observed.restore;
    const wanted = input.service.image ?? input.service.revision ?? '(nothing)';
    if (!r)
        return done(state, `rollback: ${input.service.name} has no earlier revision to go back to (none recorded before the ` +
            `last promotion, and none serving ${wanted}); nothing changed`, { error: true });
    const refused = refusedFailed(state, input, r.revision);
    if (refused)
        return done(state, refused, { error: true });
    const targets = [{ revision: r.revision, percent: 100, tag: 'stable' }];
    const converged = state?.phase === 'Failed' &&
        state.canary === null &&
        state.stable === r.revision &&
        trafficIs(input, targets);
    if (converged)
        return done(state, `already rolled back to ${r.revision}`);
    const reason = `rolled back to ${r.revision} by ${input.actor ?? input.owner}`;
    const next = {
        v: 1,
        owner: input.owner,
        commit: input.commit,
        policyDigest: input.policyDigest,
        phase: 'Failed',
        step: state?.step ?? 0,
        stepStartedAt: input.now,
        startedAt: input.now,
        stable: r.revision,
        stableImage: r.image,
        canary: null,
        image: r.image,
        lastVerdict: state?.lastVerdict ?? null,
        reason,
    };
    // the promotion is undone: what served before it is no longer "previous" (a re-land is no rollback)
    if (state?.failed)
        next.failed = state.failed;
    const actions = [];
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'restoreStable', revision: r.revision, targets, reason }, { kind: 'writeState' }, { kind: 'report', message: reason });
    return { state: next, actions, status: 'changed' };
}
function trafficIs(input, targets) {
    const cur = input.observed.traffic.filter((t) => t.percent > 0 || t.tag);
    return (cur.length === targets.length &&
        targets.every((t) => cur.some((c) => c.revision === t.revision && c.percent === t.percent && c.tag === t.tag)));
}
function abortMode(state, input) {
    if (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase))
        return done(state, `${input.service.name}: no canary to abort`);
    if (foreign(state, input) && !input.operator)
        return refuse(state, input, 'aborting');
    const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable: state.stable,
        canary: state.canary,
        percent: 0,
        canaryTag: false,
    });
    const next = {
        ...state,
        phase: 'Aborted',
        reason: `aborted by ${input.actor ?? input.owner}`,
        stepStartedAt: input.now,
    };
    const actions = [];
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'setTraffic', targets }, { kind: 'clearState' }, {
        kind: 'report',
        message: `aborted canary ${state.canary}: 0% and untagged, ${state.stable} keeps serving`,
    });
    return { state: next, actions, status: 'changed' };
}


/***/ }),

/***/ 34961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ CloudRunError),
/* harmony export */   k: () => (/* binding */ HaproxyRuntimeError)
/* harmony export */ });
// What the engine needs from the world, as interfaces. Adapters implement them
// (src/adapters/cloud-run.ts over gRPC, src/adapters/haproxy-runtime.ts over the runtime API);
// tests may implement them in memory. Pure modules import only these types.
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


/***/ }),

/***/ 49988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ROLLOUT_ANNOTATION),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   d9: () => (/* binding */ isBaking),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony exports TERMINAL, sameState */
// The rollout state: one JSON annotation on the Cloud Run service. It survives between runs
// (runners keep nothing), and because every write carries the etag it read, it is also the lock.
const ROLLOUT_ANNOTATION = 'canary-relay.dev/rollout';
const TERMINAL = ['Succeeded', 'Failed', 'Aborted'];
function isTerminal(phase) {
    return TERMINAL.includes(phase);
}
function isBaking(state) {
    return ((state.phase === 'HeaderOnly' || state.phase === 'Progressing' || state.phase === 'Promoting') &&
        !state.awaitingMerge);
}
const PHASES = [
    'Initializing',
    'HeaderOnly',
    'Progressing',
    'Promoting',
    'Succeeded',
    'Failed',
    'Aborted',
];
/** Reads the annotation. A value we cannot read is a problem (treated as a foreign lock), never a crash. */
function parseState(annotations) {
    const raw = annotations[ROLLOUT_ANNOTATION];
    if (raw === undefined || raw === '')
        return { state: null };
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        return { state: null, problem: `annotation ${ROLLOUT_ANNOTATION} is not JSON: ${raw.slice(0, 80)}` };
    }
    const s = value;
    if (s === null ||
        typeof s !== 'object' ||
        s.v !== 1 ||
        typeof s.owner !== 'string' ||
        !PHASES.includes(s.phase) ||
        typeof s.step !== 'number' ||
        typeof s.stepStartedAt !== 'number' ||
        typeof s.startedAt !== 'number') {
        return {
            state: null,
            problem: `annotation ${ROLLOUT_ANNOTATION} is not a version-1 rollout state (written by a newer canary-relay?)`,
        };
    }
    return { state: s };
}
/** Stable key order so equal states serialise to equal strings (the engine compares them). */
function serializeState(state) {
    const keys = Object.keys(state).sort();
    const ordered = {};
    for (const k of keys)
        if (state[k] !== undefined)
            ordered[k] = state[k];
    return JSON.stringify(ordered);
}
function sameState(a, b) {
    if (a === null || b === null)
        return a === b;
    return serializeState(a) === serializeState(b);
}


/***/ }),

/***/ 94200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ trafficEqual),
/* harmony export */   eV: () => (/* binding */ CANARY_TAG),
/* harmony export */   gx: () => (/* binding */ resolveTraffic),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   pR: () => (/* binding */ percentOf),
/* harmony export */   qJ: () => (/* binding */ servingRevision),
/* harmony export */   qq: () => (/* binding */ taggedRevision)
/* harmony export */ });
/* unused harmony export STABLE_TAG */
// Traffic arithmetic for the stage machine. Every target names a revision (never `latest`):
// once a template changes, `latest` would silently point at the canary.
const STABLE_TAG = 'stable';
const CANARY_TAG = 'canary';
const OURS = new Set([STABLE_TAG, CANARY_TAG]);
/** Replaces `latest` targets by the latest ready revision so traffic can be compared and pinned. */
function resolveTraffic(traffic, latestReady) {
    return traffic.map((t) => {
        const revision = t.latest || !t.revision ? (latestReady ?? undefined) : t.revision;
        const out = { revision, percent: t.percent ?? 0 };
        if (t.tag)
            out.tag = t.tag;
        return out;
    });
}
/** The revision serving users: the `stable`-tagged one with traffic, else the one with the most. */
function servingRevision(traffic) {
    const tagged = traffic.find((t) => t.tag === STABLE_TAG && t.percent > 0 && t.revision);
    if (tagged?.revision)
        return tagged.revision;
    let best = null;
    for (const t of traffic)
        if (t.revision && t.percent > 0 && (!best || t.percent > best.percent))
            best = t;
    return best?.revision ?? null;
}
function percentOf(traffic, revision) {
    return traffic
        .filter((t) => revision !== null && t.revision === revision)
        .reduce((n, t) => n + t.percent, 0);
}
/**
 * Stable and canary share what other pinned revisions leave (a manual split is kept as is);
 * our two tags move to the revisions they name; other tags stay where they are.
 */
function split(current, spec) {
    const mine = new Set([spec.stable, spec.canary ?? '', ...(spec.drop ?? []).map((d) => d ?? '')]);
    const others = [];
    const extraTags = [];
    for (const t of current) {
        const tag = t.tag && !OURS.has(t.tag) ? t.tag : undefined;
        if (t.revision && mine.has(t.revision)) {
            // a user's own tag on stable/canary survives as a 0% tag target
            if (tag)
                extraTags.push({ revision: t.revision, percent: 0, tag });
            continue;
        }
        if (t.percent > 0 || tag)
            others.push(tag
                ? { revision: t.revision, percent: t.percent, tag }
                : { revision: t.revision, percent: t.percent });
    }
    const pool = 100 - others.reduce((n, t) => n + t.percent, 0);
    const c = spec.canary ? Math.max(0, Math.min(spec.percent, pool)) : 0;
    const out = [{ revision: spec.stable, percent: pool - c, tag: STABLE_TAG }, ...others];
    if (spec.canary && (spec.canaryTag || c > 0)) {
        out.push(spec.canaryTag
            ? { revision: spec.canary, percent: c, tag: CANARY_TAG }
            : { revision: spec.canary, percent: c });
    }
    return [...out, ...extraTags];
}
function key(t) {
    return `${t.latest ? '@latest' : (t.revision ?? '')}|${t.tag ?? ''}`;
}
/** Equal as Cloud Run sees them: order and 0% untagged targets do not matter. */
function trafficEqual(a, b) {
    const norm = (ts) => ts
        .filter((t) => t.percent > 0 || t.tag)
        .map((t) => `${key(t)}|${t.percent}`)
        .sort()
        .join(',');
    return norm(a) === norm(b);
}
/** The revision carrying a tag, if any. */
function taggedRevision(traffic, tag) {
    return traffic.find((t) => t.tag === tag)?.revision ?? null;
}


/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ collectStatus)
});

// EXTERNAL MODULE: ./src/rollout/state.ts
var rollout_state = __webpack_require__(49988);
// EXTERNAL MODULE: ./src/rollout/traffic.ts
var traffic = __webpack_require__(94200);
;// CONCATENATED MODULE: ./src/status/model.ts
// What `status` shows for one service, derived purely from what was read: the Cloud Run service
// (its rollout annotation and traffic), the policy's steps when a policy was given, and the HAProxy
// map when a runtime API answered. Sources that disagree are named, never silently reconciled.


/** Canary percent a state means at `step` (0-based), from the policy's steps. */
function plannedPercent(service, state) {
    if ((0,rollout_state/* isTerminal */.Hd)(state.phase) || state.phase === 'Initializing')
        return 0;
    const s = service.steps[state.step];
    return s && !s.headerOnly ? s.percent : 0;
}
/** Bake time left: the rest of the current step plus every later step. */
function remainingBake(service, state, now) {
    if ((0,rollout_state/* isTerminal */.Hd)(state.phase) || state.awaitingMerge)
        return 0;
    const bakes = service.steps.map((s) => s.bakeMs);
    if (state.phase === 'Initializing')
        return bakes.reduce((a, b) => a + b, 0);
    // at an approval gate the current step has baked: what is left starts at the gated step
    if (state.gate)
        return bakes.slice(state.gate.step).reduce((a, b) => a + b, 0);
    // a paused stage keeps the time it had when it was paused
    const at = state.paused ? Math.min(now, state.paused.at) : now;
    const current = Math.max(0, state.stepStartedAt + (bakes[state.step] ?? 0) - at);
    return current + bakes.slice(state.step + 1).reduce((a, b) => a + b, 0);
}
/** What an active rollout waits for: an operator, an approval, a decision on a held stage, the merge. */
function waitingFor(state) {
    if (state.paused)
        return `paused by ${state.paused.by} (${state.paused.via})`;
    if (state.gate)
        return `approval of step ${state.gate.step + 1}`;
    // an inconclusive stage held (on-inconclusive: hold): a person merges to promote or closes to abort
    if (state.held)
        return 'a decision: inconclusive, held (merge promotes, closing aborts)';
    if (state.awaitingMerge)
        return 'merge';
    if (state.phase === 'Initializing')
        return `revision ${state.canary ?? '?'} to become ready`;
    return null;
}
function statusRow(input) {
    const { snap, service, now } = input;
    const parsed = (0,rollout_state/* parseState */.Bu)(snap.annotations);
    const state = parsed.state;
    const spec = (0,traffic/* resolveTraffic */.gx)(snap.traffic, snap.latestReadyRevision);
    const serving = (0,traffic/* resolveTraffic */.gx)(snap.trafficStatuses, snap.latestReadyRevision);
    const canary = state ? state.canary : (0,traffic/* taggedRevision */.qq)(spec, 'canary');
    const row = {
        service: snap.name,
        location: input.location,
        phase: state?.phase ?? 'None',
        step: state && !(0,rollout_state/* isTerminal */.Hd)(state.phase) ? state.step + 1 : null,
        steps: service ? service.steps.length : null,
        percent: canary ? (0,traffic/* percentOf */.pR)(spec, canary) : 0,
        canary,
        stable: state?.stable ?? (0,traffic/* servingRevision */.qJ)(spec),
        owner: state?.owner ?? null,
        stageAgeMs: state ? Math.max(0, now - state.stepStartedAt) : null,
        lastVerdict: state?.lastVerdict ?? null,
        remainingMs: state && service ? remainingBake(service, state, now) : state && (0,rollout_state/* isTerminal */.Hd)(state.phase) ? 0 : null,
        waiting: state && !(0,rollout_state/* isTerminal */.Hd)(state.phase) ? waitingFor(state) : null,
        disagreements: [],
    };
    if (parsed.problem)
        row.disagreements.push(parsed.problem);
    const split = input.splitAt ?? 'haproxy';
    // HAProxy applies the percent: without its map, the state's percent is what users should get
    if (split === 'haproxy' && state && service)
        row.percent = plannedPercent(service, state);
    if (split === 'haproxy' && input.mapPercent !== undefined) {
        // the map is where the percent lives: show what users get, and say when the state means otherwise
        row.percent = input.mapPercent ?? 0;
        const want = state && service ? plannedPercent(service, state) : state && (0,rollout_state/* isTerminal */.Hd)(state.phase) ? 0 : null;
        if (input.mapPercent === null)
            row.disagreements.push('the HAProxy map has no entry for this service');
        else if (want !== null && want !== input.mapPercent)
            row.disagreements.push(`HAProxy map says ${input.mapPercent}%, the rollout state means ${want}%`);
    }
    if (split === 'cloud-run' && state && service && canary) {
        const want = plannedPercent(service, state);
        const have = (0,traffic/* percentOf */.pR)(spec, canary);
        if (want !== have)
            row.disagreements.push(`Cloud Run sends ${have}% to the canary, the rollout state means ${want}%`);
    }
    if (state?.stable && !(0,rollout_state/* isTerminal */.Hd)(state.phase) && (0,traffic/* percentOf */.pR)(spec, state.stable) === 0)
        row.disagreements.push(`stable ${state.stable} carries no traffic in the Cloud Run spec`);
    const lag = trafficLag(spec, serving);
    if (lag)
        row.disagreements.push(lag);
    return row;
}
/** Cloud Run's spec and what actually serves differ: a failed or running operation. */
function trafficLag(spec, serving) {
    if (!serving.length)
        return null;
    const fmt = (ts) => ts
        .filter((t) => t.percent > 0)
        .map((t) => `${t.revision}=${t.percent}%`)
        .sort()
        .join(', ');
    const a = fmt(spec);
    const b = fmt(serving);
    return a === b ? null : `Cloud Run spec routes ${a || 'nothing'} but ${b || 'nothing'} serves`;
}
/** A row for a service that could not be read (permission, missing): the table still shows it. */
function errorRow(service, location, error) {
    return {
        service,
        location,
        phase: 'Unknown',
        step: null,
        steps: null,
        percent: null,
        canary: null,
        stable: null,
        owner: null,
        stageAgeMs: null,
        lastVerdict: null,
        remainingMs: null,
        waiting: null,
        disagreements: [],
        error,
    };
}

;// CONCATENATED MODULE: ./src/status/collect.ts

const message = (e) => (e instanceof Error ? e.message : String(e));
async function mapPercents(req, notes) {
    const p = req.policy;
    if (!p || p.splitAt !== 'haproxy' || !req.sources.haproxy)
        return undefined;
    try {
        return await req.sources.haproxy.getPercents(p.haproxy.mapFile);
    }
    catch (e) {
        notes.push(`HAProxy runtime API not readable (${message(e)}); percents are the rollout state's`);
        return undefined;
    }
}
async function collectStatus(req) {
    const notes = [];
    if (!req.policy)
        return collectAll(req, notes);
    const map = await mapPercents(req, notes);
    const rows = [];
    for (const service of req.policy.services) {
        rows.push(await oneService(req, service, map));
    }
    return { rows, notes };
}
async function oneService(req, service, map) {
    const project = req.project ?? service.project;
    const region = req.region ?? service.region;
    const location = `${project}/${region}`;
    try {
        const snap = await req.sources.cloudRun(project, region).getService(service.name);
        return statusRow({
            snap,
            location,
            service,
            splitAt: req.policy.splitAt,
            ...(map ? { mapPercent: map[service.name] ?? null } : {}),
            now: req.now,
        });
    }
    catch (e) {
        return errorRow(service.name, location, message(e));
    }
}
async function collectAll(req, notes) {
    if (!req.project || !req.region)
        throw new Error('status needs --policy, or --project and --region');
    const location = `${req.project}/${req.region}`;
    const snaps = await req.sources.cloudRun(req.project, req.region).listServices();
    notes.push(`no policy given: steps, time left and the HAProxy map are not known`);
    const rows = snaps
        .map((snap) => statusRow({ snap, location, splitAt: 'cloud-run', now: req.now }))
        .sort((a, b) => a.service.localeCompare(b.service));
    return { rows, notes };
}


/***/ })

};
