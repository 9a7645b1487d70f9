export const id = 648;
export const ids = [648];
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


/***/ })

};
