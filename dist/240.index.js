export const id = 240;
export const ids = [240];
export const modules = {

/***/ 33240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPolicySteps: () => (/* binding */ checkPolicySteps)
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
        const env = { ...process.env, [_render_index_js__WEBPACK_IMPORTED_MODULE_6__.FLEET_RUNTIME_API_ENV]: configPath.replace(/[^/]*$/, 'runtime.sock') };
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
            const config = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__.renderHaproxy)(policy, {
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
            for (const f of (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__.renderMapFiles)(policy, step, mapFile))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(f.path, f.text);
        }
        if (systemCaAlone) {
            const one = { ...policy, services: [policy.services[0]] };
            const oneDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'system-ca');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(oneDir);
            const mapFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(oneDir, 'canary.map');
            for (const f of (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__.renderMapFiles)(one, steps[0], mapFile))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(f.path, f.text);
            const config = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__.renderHaproxy)(one, {
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


/***/ })

};
