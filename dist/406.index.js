export const id = 406;
export const ids = [406,648];
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
/** A protobuf int64 (Long, string or number) read as a number; absent is 0. */
function intOf(value) {
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
    return new Date(intOf(ts.seconds) * 1000 + Math.floor((ts.nanos ?? 0) / 1e6)).toISOString();
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
        generation: intOf(s.generation),
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

/***/ 98648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HaproxyRuntime: () => (/* binding */ HaproxyRuntime),
/* harmony export */   parseCsv: () => (/* binding */ parseCsv),
/* harmony export */   rewriteMapFile: () => (/* binding */ rewriteMapFile)
/* harmony export */ });
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
