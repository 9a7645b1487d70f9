export const id = 726;
export const ids = [726];
export const modules = {

/***/ 27726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusSummary: () => (/* binding */ statusSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46671);
/* harmony import */ var _policy_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(63943);
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79771);
/* harmony import */ var _adapters_cloud_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93511);
/* harmony import */ var _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98648);
/* harmony import */ var _rollouts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94485);
/* harmony import */ var _status_collect_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7844);
/* harmony import */ var _render_status_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46020);
// The action's `status` mode: the same table as `canary-relay status`, written to the job summary
// and the log. Reads only; a service that cannot be read is a row, not a failure.










async function statusSummary(inputs, env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const result = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePolicyText */ .Op)(await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, inputs.policy), 'policy'), inputs.policy);
    if (!result.ok)
        throw new Error(`${inputs.policy} is invalid:\n${result.errors.map(_policy_types_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPolicyError */ .i).join('\n')}`);
    const creds = (0,_rollouts_js__WEBPACK_IMPORTED_MODULE_6__/* .missingCredentials */ .nm)(inputs, env);
    if (creds)
        throw new Error(creds);
    const policy = result.policy;
    const clients = new Map();
    try {
        const report = await (0,_status_collect_js__WEBPACK_IMPORTED_MODULE_7__/* .collectStatus */ .h)({
            policy,
            now: Date.now(),
            sources: {
                cloudRun: (project, region) => {
                    const key = `${project}/${region}`;
                    if (!clients.has(key))
                        clients.set(key, (0,_adapters_cloud_run_js__WEBPACK_IMPORTED_MODULE_4__/* .createCloudRun */ .X)({ project, region, endpoint: inputs.cloudRunEndpoint }));
                    return clients.get(key);
                },
                ...(policy.haproxy.runtimeApi
                    ? {
                        haproxy: new _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .HaproxyRuntime */ .Wl(policy.haproxy.runtimeApi, {
                            timeoutMs: 3000,
                            persistMapFile: false,
                        }),
                    }
                    : {}),
            },
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_render_status_js__WEBPACK_IMPORTED_MODULE_8__/* .renderStatusTable */ .dK)(report.rows));
        for (const n of report.notes)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`note: ${n}`);
        const md = (0,_render_status_js__WEBPACK_IMPORTED_MODULE_8__/* .renderStatusMarkdown */ .yj)(report.rows, report.notes);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', md);
        if (env.GITHUB_STEP_SUMMARY)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(md).write();
    }
    finally {
        await Promise.all([...clients.values()].map((c) => c.close()));
    }
}


/***/ })

};
