export const id = 58;
export const ids = [58];
export const modules = {

/***/ 83058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   status: () => (/* binding */ status)
/* harmony export */ });
/* harmony import */ var _adapters_cloud_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93511);
/* harmony import */ var _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98648);
/* harmony import */ var _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26743);
/* harmony import */ var _render_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46020);
/* harmony import */ var _status_collect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7844);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60577);
// `canary-relay status`: every service's rollout as a table (or JSON), read from Cloud Run and,
// when the policy names a runtime API, from the HAProxy map.






function checked(flag, value, check) {
    if (value === undefined)
        return undefined;
    const bad = check(String(value));
    if (bad)
        throw new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${flag} ${String(value)}: ${bad}`);
    return String(value);
}
async function status(argv, io) {
    const { values, positionals } = (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)(argv, {
        policy: { type: 'string' },
        project: { type: 'string' },
        region: { type: 'string' },
        json: { type: 'boolean' },
        'cloud-run-endpoint': { type: 'string', default: process.env.CLOUD_RUN_ENDPOINT ?? '' },
        'runtime-api': { type: 'string' },
        'no-color': { type: 'boolean' },
    });
    if (positionals.length)
        throw new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`status takes no positional arguments (got ${positionals[0]})`);
    const project = checked('--project', values.project, _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_2__/* .checkProjectId */ .vb);
    const region = checked('--region', values.region, _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRegion */ .vK);
    const runtimeApi = checked('--runtime-api', values['runtime-api'], _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_2__/* .checkAddressOrSocket */ .hm);
    if (!values.policy && (!project || !region))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('status needs --policy FILE, or --project and --region');
    const policy = typeof values.policy === 'string' ? await (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(values.policy, io) : undefined;
    if (policy === null)
        return 1;
    const clients = new Map();
    const address = runtimeApi ?? policy?.haproxy.runtimeApi;
    try {
        const report = await (0,_status_collect_js__WEBPACK_IMPORTED_MODULE_4__/* .collectStatus */ .h)({
            ...(policy ? { policy } : {}),
            ...(project ? { project } : {}),
            ...(region ? { region } : {}),
            now: Date.now(),
            sources: {
                cloudRun: (p, r) => {
                    const key = `${p}/${r}`;
                    if (!clients.has(key)) {
                        const endpoint = String(values['cloud-run-endpoint']);
                        clients.set(key, (0,_adapters_cloud_run_js__WEBPACK_IMPORTED_MODULE_0__/* .createCloudRun */ .X)({ project: p, region: r, endpoint, rpcTimeoutMs: 15_000 }));
                    }
                    return clients.get(key);
                },
                ...(address
                    ? { haproxy: new _adapters_haproxy_runtime_js__WEBPACK_IMPORTED_MODULE_1__.HaproxyRuntime(address, { timeoutMs: 3000, persistMapFile: false }) }
                    : {}),
            },
        });
        if (values.json)
            io.out((0,_render_status_js__WEBPACK_IMPORTED_MODULE_3__/* .renderStatusJson */ .vx)(report.rows, Date.now()));
        else {
            const color = io.tty === true && !process.env.NO_COLOR && !values['no-color'];
            io.out((0,_render_status_js__WEBPACK_IMPORTED_MODULE_3__/* .renderStatusTable */ .dK)(report.rows, { color }));
            for (const n of report.notes)
                io.err(`note: ${n}`);
        }
        return report.rows.some((r) => r.error || r.disagreements.length) ? 1 : 0;
    }
    finally {
        await Promise.all([...clients.values()].map((c) => c.close()));
    }
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ commentSafe),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _policy_visible_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52004);
// Pure: user-supplied text (policy keys and values, git and GitHub strings, error messages) put
// into Markdown so it renders literally. Nothing it returns can start a line, a heading, a link,
// an autolink, emphasis or an HTML tag: control characters and line breaks become visible escapes
// (`\n`, `\u202E`), and the punctuation that opens structure is backslash-escaped (CommonMark
// allows that for any ASCII punctuation; GitHub then cannot see `www.`, `://` or `@` to autolink).

/**
 * Literal text inside Markdown prose or a table cell, on one line. Escaped: every character that
 * opens inline structure (emphasis, code, links, images, HTML, entities, table cells, strikethrough),
 * the autolink triggers (`@`, the `:` of `://`, the `.` of `www.`), and a block marker at the start.
 */
function mdText(s) {
    return ((0,_policy_visible_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .R)(s)
        .replace(/[\\`*_~[\]<>&|#@]|:(?=\/)|(?<=[Ww]{3})\./g, (c) => `\\${c}`)
        .replace(/^[-+=]|^(\d+)([.)])/, (m, digits, mark) => digits === undefined ? `\\${m}` : `${digits}\\${mark}`)
        // spaces at either end would start a code block or break the emphasis wrapped around the text
        .replace(/^\p{Zs}+|\p{Zs}+$/gu, (spaces) => [...spaces].map((c) => `&#x${(c.codePointAt(0) ?? 32).toString(16)};`).join('')));
}
/** An inline code span holding `s` literally, on one line; no backtick run inside can close it. */
function mdCode(s) {
    const text = (0,_policy_visible_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .R)(s);
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
    return (0,_policy_visible_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .R)(s).replace(/[&<>"']/g, (c) => map[c]);
}
/** A value inside an HTML comment (the sticky-comment markers): safe names stay as they are. */
function commentSafe(s) {
    return (0,_policy_visible_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .R)(s).replace(/[^A-Za-z0-9._/:@+=~ -]|--/g, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
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
