export const id = 344;
export const ids = [344];
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
/* harmony import */ var _rollouts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37015);
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
                        haproxy: new _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_5__.HaproxyRuntime(policy.haproxy.runtimeApi, {
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


/***/ }),

/***/ 14733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ I),
/* harmony export */   OD: () => (/* binding */ nameList),
/* harmony export */   Q4: () => (/* binding */ extras),
/* harmony export */   WQ: () => (/* binding */ whole),
/* harmony export */   Wr: () => (/* binding */ healthOf),
/* harmony export */   e9: () => (/* binding */ hTime),
/* harmony export */   kp: () => (/* binding */ serviceWord),
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
/** A service name as it may appear in a rule (an ACL pattern), checked against the whitelist. */
function serviceWord(name) {
    return must(_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_1__/* .checkServiceName */ .PV, name, 'service name');
}
/** Names for a comment: the first five, then how many more. */
function nameList(names) {
    return names.length > 5 ? `${names.slice(0, 5).join(' ')} and ${names.length - 5} more` : names.join(' ');
}


/***/ }),

/***/ 46020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dK: () => (/* binding */ renderStatusTable),
/* harmony export */   vx: () => (/* binding */ renderStatusJson),
/* harmony export */   yj: () => (/* binding */ renderStatusMarkdown)
/* harmony export */ });
/* unused harmony export formatAge */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);

/** "45s", "4m05s", "2h03m", "3d04h"; "—" when unknown. */
function formatAge(ms) {
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
        formatAge(r.stageAgeMs),
        r.lastVerdict ?? '—',
        formatAge(r.remainingMs),
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
const printable = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
/** Columns padded to the widest cell; colour is added after padding so it never skews widths. */
function renderStatusTable(rows, opts = {}) {
    const body = rows.map((r) => cells(r).map(printable));
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
            out.push(opts.color ? paint('red', `! ${printable(n)}`) : `! ${printable(n)}`);
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


/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ collectStatus)
});

// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
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
    const canary = state ? state.canary : (0,traffic/* taggedRevision */.qq)(spec, names/* CANARY_TAG */.eV);
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
