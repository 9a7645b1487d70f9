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
/* harmony import */ var _engine_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8249);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14930);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49988);
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
                percents[s.name] = policy.splitAt === 'haproxy' ? (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_3__/* .statePercent */ .Pw)(s, parsed.state, 'haproxy') : 0;
                // the revision each tag (the backends' hosts) points to, whitelisted before HAProxy sees it
                for (const [key, rev] of Object.entries((0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.taggedRevisions)(s.name, snap.traffic)))
                    revisions[key] =
                        rev === null ? null : (0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.checkRevisionName)(rev, `${s.name}: the revision tagged ${key}`);
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
            stable: revisions[(0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.revisionKey)(s.name, 'stable')],
            canary: revisions[(0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.revisionKey)(s.name, 'canary')],
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
    await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)(mapFile, (0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.renderPercentMap)(policy, percents));
    await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)((0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.routesMapPath)(mapFile), (0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.renderRoutesMap)(policy));
    const revFile = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.revisionsMapPath)(mapFile);
    await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTextAtomic */ .Q)(revFile, (0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.renderRevisionsMap)(policy, bySide(policy, revisions)));
    const summary = Object.entries(percents)
        .map(([s, p]) => `${s} ${p}%`)
        .join(', ');
    io.out(`wrote ${mapFile} (${summary}), ${(0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__.routesMapPath)(mapFile)} and ${revFile}`);
    if (values['no-apply'])
        return 0;
    const address = values['runtime-api'] ?? policy.haproxy.statsSocket;
    // memory only: the files were just written above
    const runtime = new _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .HaproxyRuntime */ .Wl(address, { persistMapFile: false });
    if (!(await apply(runtime, mapFile, percents, io))) {
        io.out(`HAProxy is not running at ${address}: it reads the files when it starts`);
        return 0;
    }
    for (const c of await runtime.setEntries(revFile, revisions))
        io.out(`${c} in the running HAProxy`);
    io.out(`the running HAProxy at ${address} has the same percents and revisions (read back)`);
    return 0;
}


/***/ })

};
