export const id = 207;
export const ids = [207];
export const modules = {

/***/ 36207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sync: () => (/* binding */ sync)
/* harmony export */ });
/* harmony import */ var _adapters_cloud_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93511);
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79771);
/* harmony import */ var _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98648);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14930);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49988);
/* harmony import */ var _policy_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25714);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60577);
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
                clients.set(key, (0,_adapters_cloud_run_js__WEBPACK_IMPORTED_MODULE_0__/* .createCloudRun */ .X)({ project: s.project, region: s.region, endpoint }));
            try {
                const snap = await clients.get(key).getService(s.name);
                const parsed = (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_6__/* .parseState */ .Bu)(snap.annotations);
                if (parsed.problem)
                    throw new Error(parsed.problem);
                percents[s.name] = policy.splitAt === 'haproxy' ? (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_6__/* .statePercent */ .Pw)(s, parsed.state) : 0;
                // the revision each tag (the backends' hosts) points to, whitelisted before HAProxy sees it
                for (const [key, rev] of Object.entries((0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.taggedRevisions)(s.name, snap.traffic)))
                    revisions[key] =
                        rev === null ? null : (0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.requireRevisionName)(rev, `${s.name}: the revision tagged ${key}`);
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
            stable: revisions[(0,_policy_names_js__WEBPACK_IMPORTED_MODULE_4__/* .backendName */ .Yd)(s.name, _policy_names_js__WEBPACK_IMPORTED_MODULE_4__/* .STABLE_TAG */ .PZ)],
            canary: revisions[(0,_policy_names_js__WEBPACK_IMPORTED_MODULE_4__/* .backendName */ .Yd)(s.name, _policy_names_js__WEBPACK_IMPORTED_MODULE_4__/* .CANARY_TAG */ .eV)],
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
    const { values, positionals } = (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)(argv, {
        'map-file': { type: 'string' },
        'runtime-api': { type: 'string' },
        'no-apply': { type: 'boolean' },
        'cloud-run-endpoint': { type: 'string', default: '' },
    });
    if (positionals.length !== 1)
        throw new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('sync takes one policy file');
    const policy = await (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(positionals[0], io);
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
    await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)(mapFile, (0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.renderPercentMap)(policy, percents));
    await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)((0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.routesMapPath)(mapFile), (0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.renderRoutesMap)(policy));
    const revFile = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.revisionsMapPath)(mapFile);
    await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)(revFile, (0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.renderRevisionsMap)(policy, bySide(policy, revisions)));
    const summary = Object.entries(percents)
        .map(([s, p]) => `${s} ${p}%`)
        .join(', ');
    io.out(`wrote ${mapFile} (${summary}), ${(0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__.routesMapPath)(mapFile)} and ${revFile}`);
    if (values['no-apply'])
        return 0;
    const address = values['runtime-api'] ?? policy.haproxy.statsSocket;
    // memory only: the files were just written above
    const runtime = new _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_2__.HaproxyRuntime(address, { persistMapFile: false });
    if (!(await apply(runtime, mapFile, percents, io))) {
        io.out(`HAProxy is not running at ${address}: it reads the files when it starts`);
        return 0;
    }
    for (const c of await runtime.setEntries(revFile, revisions))
        io.out(`${c} in the running HAProxy`);
    io.out(`the running HAProxy at ${address} has the same percents and revisions (read back)`);
    return 0;
}


/***/ }),

/***/ 49988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ROLLOUT_ANNOTATION),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   Pw: () => (/* binding */ statePercent),
/* harmony export */   d9: () => (/* binding */ isBaking),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony export TERMINAL */
/* harmony import */ var _policy_steps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69385);
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
/** The canary's share of traffic a state means (for HAProxy's map, or Cloud Run's split). */
function statePercent(service, state) {
    if (!state || isTerminal(state.phase) || state.phase === 'Initializing')
        return 0;
    return (0,_policy_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .percentAt */ .r6)(service, (0,_policy_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .stateStep */ .qs)(service, state.step));
}


/***/ })

};
