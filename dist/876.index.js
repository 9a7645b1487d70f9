export const id = 876;
export const ids = [876,648];
export const modules = {

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

/***/ 80876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTokens: () => (/* binding */ runTokens),
  tokensCommand: () => (/* binding */ tokensCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/policy/index.ts + 11 modules
var policy = __webpack_require__(46671);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/adapters/files.ts
var files = __webpack_require__(79771);
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
    const rt = new haproxy_runtime.HaproxyRuntime(address, { persistMapFile: false });
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
