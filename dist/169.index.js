export const id = 169;
export const ids = [169];
export const modules = {

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

/***/ 60577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46671);
/* harmony import */ var _policy_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63943);
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79771);
/* harmony import */ var _adapters_output_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67171);
// What every CLI command shares: the output streams, usage errors, argument parsing, policy loading.





class UsageError extends Error {
}
function parse(argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
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
    const text = await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .y)(path, 'policy');
    const result = workspace === undefined
        ? (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validatePolicyText */ .Op)(text, path)
        : await (0,_adapters_output_path_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePolicyInWorkspace */ .V)(text, path, workspace);
    if (result.ok)
        return result.policy;
    for (const e of result.errors)
        io.err((0,_policy_types_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPolicyError */ .i)(e));
    io.err(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${path}; nothing rendered or applied`);
    return null;
}


/***/ }),

/***/ 93054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliMain: () => (/* binding */ cliMain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/policy/steps.ts
var steps = __webpack_require__(69385);
// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
// EXTERNAL MODULE: ./src/adapters/files.ts
var files = __webpack_require__(79771);
// EXTERNAL MODULE: ./src/cli/common.ts
var common = __webpack_require__(60577);
;// CONCATENATED MODULE: ./src/cli.ts
// The local commands: validate, render, plan, analyze, status. Same bundle as the action.
// Exit codes: 0 ok, 1 invalid input (or a failed check), 2 usage.
// Only what `validate` needs is imported here; every other command (and `--haproxy-check`) loads
// its code when it runs (renderers, the judge, `diff`, the Google and gRPC clients), so a
// `validate` process compiles and runs none of it (issue 14: validate ≤ 2.5× `node -e 0`).





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
  tokens <policy> [--runtime-api ADDR]... [--map-file F] [--refresh-before 10m] [--once]
                                         keep ID tokens of auth: id-token services fresh in HAProxy
  status [--policy FILE | --project P --region R] [--json] [--cloud-run-endpoint URL] [--runtime-api ADDR]
                                         every service's rollout: phase, step, percent, revisions, owner,
                                         stage age, verdict, time left (exit 1: unreadable or disagreeing)
  sync <policy> [--map-file F] [--runtime-api ADDR] [--no-apply] [--cloud-run-endpoint E]
                                         on the HAProxy host: write the map files from the rollout
                                         state on Cloud Run, apply them to the running HAProxy

exit codes: 0 ok, 1 invalid or failed, 2 usage`;
async function validate(argv, io) {
    const { values, positionals } = (0,common/* parse */.qg)(argv, {
        'haproxy-check': { type: 'boolean' },
        workspace: { type: 'string' },
    });
    if (positionals.length !== 1)
        throw new common/* UsageError */.eb('validate takes one policy file');
    const workspace = String(values.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd()));
    const policy = await (0,common/* loadPolicy */.tb)(positionals[0], io, workspace);
    if (!policy)
        return 1;
    io.out(`${policy.file}: valid (${policy.services.length} service${policy.services.length === 1 ? '' : 's'})`);
    if (!values['haproxy-check'])
        return 0;
    const { checkPolicySteps } = await Promise.all(/* import() */[__webpack_require__.e(930), __webpack_require__.e(240)]).then(__webpack_require__.bind(__webpack_require__, 33240));
    const r = await checkPolicySteps(policy, (0,steps/* allSteps */.Bd)(policy));
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
            throw new common/* UsageError */.eb(`--stable ${item}: expected SERVICE=REVISION (lowercase letters, digits, -)`);
        out[m[1]] = m[2];
    }
    return out;
}
/** Revision names for the traffic JSON: the canary from the commit, stable as given or a placeholder. */
function revisionNames(policy, commit, stable) {
    return Object.fromEntries(policy.services.map((s) => [
        s.name,
        {
            stable: stable[s.name] ?? `${s.name}-stable`,
            canary: s.revision ?? (0,names/* canaryRevisionName */.dR)(s.name, commit),
        },
    ]));
}
async function render(argv, io) {
    const { values, positionals } = (0,common/* parse */.qg)(argv, {
        out: { type: 'string' },
        step: { type: 'string', default: '0' },
        offline: { type: 'boolean' },
        commit: { type: 'string', default: process.env.GITHUB_SHA || '0000000' },
        stable: { type: 'string', multiple: true },
    });
    if (positionals.length !== 1)
        throw new common/* UsageError */.eb('render takes one policy file');
    if (typeof values.out !== 'string')
        throw new common/* UsageError */.eb('render needs --out <dir>');
    if (!/^[0-9a-f]{7,40}$/i.test(String(values.commit)))
        throw new common/* UsageError */.eb(`--commit ${values.commit}: expected a hex commit sha`);
    const stable = stableNames(values.stable);
    const policy = await (0,common/* loadPolicy */.tb)(positionals[0], io);
    if (!policy)
        return 1;
    const step = Number(values.step);
    const max = (0,steps/* maxStep */.Zb)(policy);
    if (!Number.isInteger(step) || step < 0 || step > max) {
        throw new common/* UsageError */.eb(`--step ${values.step}: expected an integer from 0 to ${max} (0 = before the first step)`);
    }
    const out = values.out;
    const { renderCloudRunTraffic, renderHaproxy, renderMapFiles } = await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 14930));
    const traffic = renderCloudRunTraffic(policy, step, revisionNames(policy, String(values.commit), stable));
    // the revisions map starts with what is known now (--stable, the policy's `revision:` for the
    // canary); the engine and `sync` keep it current as the tags move
    const revisions = Object.fromEntries(policy.services.map((s) => [s.name, { stable: stable[s.name], canary: s.revision }]));
    await (0,files/* writeTextAtomic */.Q)((0,external_node_path_.join)(out, 'haproxy.cfg'), renderHaproxy(policy, { step, offline: Boolean(values.offline) }));
    for (const f of renderMapFiles(policy, step, (0,external_node_path_.join)(out, 'canary.map'), revisions))
        await (0,files/* writeTextAtomic */.Q)(f.path, f.text);
    await (0,files/* writeTextAtomic */.Q)((0,external_node_path_.join)(out, 'cloudrun-traffic.json'), `${JSON.stringify(traffic, null, 2)}\n`);
    io.out(`wrote ${(0,external_node_path_.join)(out, 'haproxy.cfg')}, ${(0,external_node_path_.join)(out, 'canary.map')}, ${(0,external_node_path_.join)(out, 'canary.routes.map')}, ${(0,external_node_path_.join)(out, 'canary.revisions.map')}, ${(0,external_node_path_.join)(out, 'cloudrun-traffic.json')} (step ${step})`);
    return 0;
}
async function plan(argv, io) {
    const { values } = (0,common/* parse */.qg)(argv, {
        base: { type: 'string' },
        head: { type: 'string' },
        traffic: { type: 'string' },
    });
    if (typeof values.base !== 'string' || typeof values.head !== 'string') {
        throw new common/* UsageError */.eb('plan needs --base <policy> and --head <policy>');
    }
    const traffic = typeof values.traffic === 'string' ? parseTraffic(values.traffic) : undefined;
    if (traffic === null)
        throw new common/* UsageError */.eb(`--traffic ${values.traffic}: expected RPS/ERR%, e.g. 50/0.5%`);
    const base = await (0,common/* loadPolicy */.tb)(values.base, io);
    const head = await (0,common/* loadPolicy */.tb)(values.head, io);
    if (!base || !head)
        return 1;
    const [{ buildPlan }, { formatPlan }, { renderHaproxy }, { predictStages }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 60020)),
        __webpack_require__.e(/* import() */ 216).then(__webpack_require__.bind(__webpack_require__, 80216)),
        __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 14930)),
        Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 10578)),
    ]);
    const p = buildPlan(base, head, renderHaproxy(base, { step: 0 }), renderHaproxy(head, { step: 0 }));
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
    const { values } = (0,common/* parse */.qg)(argv, {
        polls: { type: 'string' },
        policy: { type: 'string' },
        service: { type: 'string' },
        step: { type: 'string' },
    });
    if (typeof values.polls !== 'string')
        throw new common/* UsageError */.eb('analyze needs --polls <file.jsonl>');
    let defaults;
    if (values.policy !== undefined || values.service !== undefined || values.step !== undefined) {
        if (typeof values.policy !== 'string' || typeof values.service !== 'string') {
            throw new common/* UsageError */.eb('analyze: --policy <file> and --service NAME go together (--step K is optional)');
        }
        const policy = await (0,common/* loadPolicy */.tb)(values.policy, io);
        if (!policy)
            return 1;
        const { replayDefaults } = await __webpack_require__.e(/* import() */ 33).then(__webpack_require__.bind(__webpack_require__, 52033));
        const found = replayDefaults(policy, values.service, typeof values.step === 'string' ? values.step : undefined);
        if (typeof found === 'string')
            throw new common/* UsageError */.eb(found);
        defaults = found;
    }
    const { runReplay } = await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 62475));
    const result = runReplay(await (0,files/* readText */.y)(values.polls, 'polls'), values.polls, defaults);
    for (const line of result.lines)
        io.out(JSON.stringify(line));
    for (const e of result.errors)
        io.err(e);
    return result.errors.length ? 1 : 0;
}
const tokens = async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 80876))).tokensCommand(argv, io, (m) => new common/* UsageError */.eb(m));
const cli_status = async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(475), __webpack_require__.e(406), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 83058))).status(argv, io);
const sync = async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(475), __webpack_require__.e(930), __webpack_require__.e(406), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 36207))).sync(argv, io);
const COMMANDS = {
    validate,
    render,
    plan,
    analyze,
    tokens,
    status: cli_status,
    sync,
};
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
            throw new common/* UsageError */.eb(`unknown command "${command}"`);
        return await fn(rest, io);
    }
    catch (e) {
        if (e instanceof common/* UsageError */.eb) {
            io.err(`canary-relay: ${e.message}\n\n${USAGE}`);
            return 2;
        }
        io.err(`canary-relay ${command}: ${e.message}`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/entry.ts
// The CLI's own entry: index.ts loads it for a command line, so `validate` and friends never load
// the action's GitHub libraries, undici or simple-git (a separate chunk in dist/).

const stdio = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
};
/** A reader that stops early (`| head`) closes the pipe: stop quietly, as other CLI tools do. */
function quietOnClosedPipe() {
    process.stdout.on('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
        process.exit(process.exitCode ?? 0);
    });
}
async function cliMain(argv) {
    quietOnClosedPipe();
    process.exitCode = await runCli(argv.length ? argv : ['help'], stdio);
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

/***/ 52004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ visible)
/* harmony export */ });
// Pure: text a person must be able to read exactly (policy keys and values in errors, Markdown),
// with every invisible or line-breaking character shown as an escape instead of acting.
/** Line breaks, C0/C1 controls, DEL, zero-width and bidi controls, line/paragraph separators. */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Folds every invisible or line-breaking character to a visible escape: `a\nb`, `\u202E`. */
function visible(s) {
    return s.replace(INVISIBLE, (c) => NAMED[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}


/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ renderPercentMap),
/* harmony export */   RL: () => (/* binding */ MAP_HEADER),
/* harmony export */   x_: () => (/* binding */ renderMap)
/* harmony export */ });
/* harmony import */ var _policy_steps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69385);
// The HAProxy map file: one line per service, `<service> <canary percent>`.
// A stage change rewrites one line at runtime (`set map`), so the config never changes per stage.

const MAP_HEADER = '# canary-relay: canary percent per service (<service> <percent>); managed by canary-relay';
/** Map file text for a step: a comment line, then `<service> <percent>` per service in policy order. */
function renderMap(policy, step) {
    (0,_policy_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStep */ .bn)(policy, step);
    return renderPercentMap(policy, Object.fromEntries(policy.services.map((s) => [s.name, (0,_policy_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .percentAt */ .r6)(s, step)])));
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

/***/ 66607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ outputFiles),
/* harmony export */   n: () => (/* binding */ mapPathFor)
/* harmony export */ });
/* harmony import */ var _revisions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84546);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22872);
// Pure: the files the action writes for `haproxy.output`: the config, and its maps beside it.


/** `haproxy/haproxy.cfg` → `haproxy/haproxy.map`; any other name gets `.map` appended. */
function mapPathFor(output) {
    return output.replace(/\.cfg$/, '') + '.map';
}
/** Every file written for `haproxy.output`: the config, the percent, routes and revisions maps. */
function outputFiles(output) {
    const map = mapPathFor(output);
    return [output, map, (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .routesMapPath */ .Sg)(map), (0,_revisions_js__WEBPACK_IMPORTED_MODULE_0__/* .revisionsMapPath */ .A)(map)];
}


/***/ }),

/***/ 22872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ renderMapFiles),
/* harmony export */   E0: () => (/* binding */ routeKeys),
/* harmony export */   Sg: () => (/* binding */ routesMapPath),
/* harmony export */   zE: () => (/* binding */ renderRoutesMap)
/* harmony export */ });
/* unused harmony exports ROUTES_HEADER, routeValue, checkRouteConflicts */
/* harmony import */ var _map_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2290);
/* harmony import */ var _revisions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84546);
/* harmony import */ var _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26743);



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
        ['name', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkServiceName */ .PV)(s.name)],
        ...s.hosts.map((h, j) => [`hosts[${j}]`, (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHostname */ .yr)(h)]),
        ...s.paths.map((p, j) => [`paths[${j}]`, (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPath */ .Cg)(p)]),
    ];
    if (s.routing.stickyCookie !== undefined)
        problems.push(['routing.sticky-cookie', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCookieName */ .Iw)(s.routing.stickyCookie)]);
    if (s.routing.header) {
        problems.push(['routing.header.name', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHeaderName */ .FS)(s.routing.header.name)]);
        problems.push(['routing.header.value', (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHeaderValue */ .BB)(s.routing.header.value)]);
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
        { path: mapFile, text: (0,_map_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMap */ .x_)(policy, step) },
        { path: routesMapPath(mapFile), text: renderRoutesMap(policy) },
        { path: (0,_revisions_js__WEBPACK_IMPORTED_MODULE_0__/* .revisionsMapPath */ .A)(mapFile), text: (0,_revisions_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRevisionsMap */ .zX)(policy, revisions) },
    ];
}


/***/ })

};
