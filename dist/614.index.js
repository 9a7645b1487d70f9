export const id = 614;
export const ids = [614,240,20,578];
export const modules = {

/***/ 85458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ conclude),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   gV: () => (/* binding */ stageOf)
/* harmony export */ });
/* unused harmony export describeRun */
/* harmony import */ var _rollout_gates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34549);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49988);
/* harmony import */ var _policy_steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69385);



const ORDER = ['fail', 'inconclusive', 'running', 'pass', 'skipped'];
/** The worst of several verdicts (none: skipped). */
const worst = (verdicts) => ORDER.find((v) => verdicts.includes(v)) ?? 'skipped';
/** One service's verdict and sentence, from its state after the run. */
function describeRun(r, policy) {
    const own = (m) => m.startsWith(`${r.service}: `) || m.startsWith(`${r.service} `) ? m : `${r.service}: ${m}`;
    if (r.neutral)
        return { verdict: 'skipped', line: own(r.error ?? 'skipped') };
    if (r.waitingFor)
        return {
            verdict: 'running',
            line: `${r.service}: waiting for ${r.waitingFor}'s canary of ${r.service}; it starts by itself when that ends`,
        };
    const res = r.result;
    const s = res?.state;
    const serving = s?.stable ? ` ${s.stable} serves` : '';
    // an API error, a conflict, or a machine refusal with its reason (a revision that failed before)
    if (r.error && res?.stopped !== 'refused')
        return { verdict: 'fail', line: own(`stopped: ${r.error.replace(`${r.service}: `, '')}`) };
    if (res?.stopped === 'refused')
        return { verdict: 'skipped', line: own(res.messages.at(-1) ?? 'refused') };
    if (!s)
        return { verdict: 'skipped', line: own(res?.messages.at(-1) ?? 'nothing to do') };
    const svc = policy?.services.find((x) => x.name === r.service);
    const steps = svc?.steps.length ?? 0;
    const pct = svc ? (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_0__/* .statePercent */ .Pw)(svc, s) : 0;
    // paused by an operator or waiting for an approval: who holds it and how to continue
    const held = (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminal */ .Hd)(s.phase) ? null : (0,_rollout_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .describeHold */ .TZ)(r.service, s);
    if (held) {
        const keeps = s.phase === 'Initializing' ? 'stays at 0%' : pct ? `keeps ${pct}%` : 'keeps the header cohort';
        return { verdict: 'running', line: `${held}; ${s.canary} ${keeps},${serving} the rest` };
    }
    switch (s.phase) {
        case 'Succeeded':
            return {
                verdict: s.lastVerdict === 'inconclusive' ? 'inconclusive' : 'pass',
                line: `${r.service}: ${s.stable} serves 100%${res.writes ? ' (promoted in this run)' : ''}`,
            };
        case 'Failed':
            if (s.canary === null)
                return {
                    verdict: r.mode === 'rollback' ? 'pass' : 'skipped',
                    line: `${r.service}: rolled back:${serving} 100% (${s.reason ?? 'rollback'})`,
                };
            return {
                verdict: 'fail',
                line: `${r.service}: canary ${s.canary} failed: ${s.reason ?? 'see the log'};${serving} 100%`,
            };
        case 'Aborted':
            return {
                verdict: 'skipped',
                line: `${r.service}: canary ${s.canary} aborted (0%, untagged);${serving} 100%`,
            };
        case 'Initializing':
            return {
                verdict: 'running',
                line: `${r.service}: canary ${s.canary} deployed at 0%, waiting to become ready;${serving} 100%; the next run continues`,
            };
        default:
            if (s.awaitingMerge)
                return {
                    verdict: s.lastVerdict === 'inconclusive' ? 'inconclusive' : 'pass',
                    line: `${r.service}: all ${steps} steps of ${s.canary} passed; it keeps ${pct ? `${pct}%` : 'the header cohort'} ` +
                        `until the merge promotes it (${s.stable} serves the rest)`,
                };
            return {
                verdict: 'running',
                line: `${r.service}: ${s.canary} at step ${s.step + 1} of ${steps} (${(0,_policy_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .shareLabel */ .e9)(!pct, pct)})` +
                    `${res.outOfTime ? ', stopped waiting before the job time limit' : ''}; ${s.stable} serves the rest; the next run continues`,
            };
    }
}
/** The run's verdict (the worst one) and its sentences. */
function conclude(runs, intents, policy) {
    const described = runs.map((r) => describeRun(r, policy));
    const settled = intents.filter((i) => i.mode === 'none' || i.mode === 'plan').map((i) => i.reason);
    const verdicts = described.map((d) => d.verdict);
    if (!runs.length) {
        const planOnly = intents.some((i) => i.mode === 'plan');
        const converged = intents.some((i) => i.mode === 'none' && /already serves/.test(i.reason));
        verdicts.push(planOnly || converged ? 'pass' : 'skipped');
    }
    const verdict = worst(verdicts);
    const lines = [...described.map((d) => d.line), ...settled];
    return { verdict, next: lines.length ? lines.join('; ') : 'nothing to do' };
}
/** The `stage` output: phase/step, a rollback named as such (its state phase is Failed, with no canary). */
function stageOf(r) {
    if (!r)
        return 'none';
    const s = r.state;
    const phase = s?.phase === 'Failed' && s.canary === null ? 'RolledBack' : r.phase;
    return `${phase}/${r.step + 1}`;
}


/***/ }),

/***/ 26614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/policy/index.ts + 11 modules
var policy = __webpack_require__(46671);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/policy/steps.ts
var steps = __webpack_require__(69385);
// EXTERNAL MODULE: ./src/render/index.ts + 7 modules
var render = __webpack_require__(14930);
// EXTERNAL MODULE: ./src/plan/plan.ts + 1 modules
var plan = __webpack_require__(60020);
// EXTERNAL MODULE: ./src/rollout/state.ts
var state = __webpack_require__(49988);
// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
;// CONCATENATED MODULE: ./src/gitops/intent.ts


const sameRelease = (a, b) => a.image === b.image && a.revision === b.revision;
/** Does the service already serve what `head` asks for? (unknown: false) */
function serves(head, f) {
    if (!f)
        return false;
    return head.image ? f.servingImage === head.image : f.serving === head.revision;
}
/**
 * The revision to route back to when `head` names what served before the last promotion: it
 * still exists (recorded by the promotion), it never failed, and something else serves now.
 */
function rollbackTarget(head, f) {
    const prev = f?.state?.previous;
    if (!prev)
        return null;
    const named = head.image ? prev.image === head.image : prev.revision === head.revision;
    if (!named || f.state?.failed?.includes(prev.revision) || f.serving === prev.revision)
        return null;
    if (f.previousReady === false)
        return null; // deleted or broken since: a canary of the image instead
    return prev;
}
const active = (s) => !!s && !(0,state/* isTerminal */.Hd)(s.phase);
function prIntent(head, base, f) {
    const name = head.name;
    if (!base)
        return { service: name, mode: 'canary', reason: `${name} is new in this PR` };
    if (sameRelease(base, head))
        return { service: name, mode: 'plan', reason: `${name}: same release; routing change only` };
    const back = rollbackTarget(head, f);
    if (back) {
        return {
            service: name,
            mode: 'plan',
            rollbackPreview: back,
            reason: `merging this routes ${name} 100% back to \`${back.revision}\` in one write ` +
                `(it served ${(0,names/* releaseOf */.l7)(head)} before the last promotion; no canary needed)`,
        };
    }
    return { service: name, mode: 'canary', reason: `${name}: new release ${(0,names/* releaseOf */.l7)(head)}` };
}
function pushIntent(head, f) {
    const name = head.name;
    const back = rollbackTarget(head, f);
    if (back)
        return {
            service: name,
            mode: 'rollback',
            reason: `${name}: the policy brings back ${(0,names/* releaseOf */.l7)(head)}, which served before the last promotion`,
        };
    if (serves(head, f) && !active(f?.state))
        return {
            service: name,
            mode: 'none',
            reason: `${name} already serves ${(0,names/* releaseOf */.l7)(head)}${f?.serving ? ` (${f.serving})` : ''}`,
        };
    return { service: name, mode: 'promote', reason: `${name}: apply ${(0,names/* releaseOf */.l7)(head)}` };
}
function abortIntent(name, d, f) {
    const owner = d.pr ? `pr#${d.pr}` : undefined;
    if (d.operator) {
        return active(f?.state)
            ? { service: name, mode: 'abort', reason: `${name}: an operator aborts ${f.state.owner}'s canary` }
            : { service: name, mode: 'none', reason: `${name}: no canary under way; nothing to abort` };
    }
    if (active(f?.state) && f.state.owner === owner)
        return { service: name, mode: 'abort', reason: `${name}: ${owner} closed; abort its canary` };
    if (owner && f?.queue.some((w) => w.owner === owner))
        return {
            service: name,
            mode: 'none',
            dequeue: true,
            reason: `${name}: ${owner} closed while waiting for the lock`,
        };
    return {
        service: name,
        mode: 'none',
        reason: `${name}: ${owner ?? 'this event'} has no canary here; nothing to abort`,
    };
}
/**
 * One intent per service of the head policy. `facts` is keyed by service name; a service
 * missing from it was not read (the rules that need the state then fall back to the diff).
 */
function decideIntents(d, base, head, facts) {
    const before = new Map((base?.services ?? []).map((s) => [s.name, s]));
    const only = d.services ? new Set(d.services) : null;
    return head.services
        .filter((s) => !only || only.has(s.name))
        .map((s) => {
        const f = facts.get(s.name);
        switch (d.mode) {
            case 'canary':
                return d.operator || d.services
                    ? { service: s.name, mode: 'canary', reason: `${s.name}: canary of ${(0,names/* releaseOf */.l7)(s)}` }
                    : prIntent(s, before.get(s.name), f);
            case 'promote':
                return d.operator || d.services
                    ? { service: s.name, mode: 'promote', reason: `${s.name}: promote ${(0,names/* releaseOf */.l7)(s)}` }
                    : pushIntent(s, f);
            case 'rollback':
                return { service: s.name, mode: 'rollback', reason: `${s.name}: roll back` };
            case 'abort':
                return abortIntent(s.name, d, f);
            case 'plan':
                return { service: s.name, mode: 'plan', reason: `${s.name}: plan only` };
            default:
                return { service: s.name, mode: 'none', reason: `${s.name}: nothing to do` };
        }
    });
}

// EXTERNAL MODULE: ./src/adapters/files.ts
var files = __webpack_require__(79771);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/simple-git/dist/esm/index.js + 2 modules
var esm = __webpack_require__(96332);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/adapters/git.ts
// Adapter: the policy at a commit, commit messages and history, read from the checkout with
// simple-git. The base policy of a PR or a push lives in git; a shallow checkout (the
// actions/checkout default is depth 1) may not hold it, and then the error says which
// `fetch-depth` the workflow needs instead of a bare "unknown revision".




class GitAdapterError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'GitAdapterError';
    }
}
const git = (repoDir) => (0,esm/* simpleGit */.Lp)({ baseDir: repoDir, trimmed: false });
const git_short = (sha) => sha.slice(0, 12);
/** git paths in `<rev>:<path>` are relative to the repository root, without "./". */
const repoPath = (path) => path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
async function run(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof GitAdapterError)
            throw e;
        throw new GitAdapterError('failed', `${what}: ${e.message.trim()}`);
    }
}
/** true when the commit object is in the local repository. */
async function hasCommit(g, rev) {
    try {
        await g.raw(['cat-file', '-e', `${rev}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function isShallow(repoDir) {
    return run(`checking whether ${repoDir} is a shallow clone`, async () => {
        const out = await git(repoDir).raw(['rev-parse', '--is-shallow-repository']);
        return out.trim() === 'true';
    });
}
/** The error for a commit that is not in the checkout, with the checkout setting that fixes it. */
async function missingCommit(repoDir, rev, role) {
    if (await isShallow(repoDir)) {
        return new GitAdapterError('shallow', `the ${role} ${git_short(rev)} is not in this checkout, which is shallow: set actions/checkout ` +
            '`fetch-depth: 0` (or at least 2 for push events, so the previous commit is there)');
    }
    return new GitAdapterError('missing', `the ${role} ${git_short(rev)} is not in the repository at ${repoDir}: fetch it (git fetch origin ${rev}) ` +
        'or check the event payload');
}
/** The policy file's text at a commit; null when the file does not exist at that commit. */
async function readPolicyAt(repoDir, commit, path) {
    const g = git(repoDir);
    if (!(await hasCommit(g, commit)))
        throw await missingCommit(repoDir, commit, 'base commit');
    const spec = `${commit}:${repoPath(path)}`;
    try {
        await g.raw(['cat-file', '-e', spec]);
    }
    catch {
        return null; // the file is new in this change, or was removed
    }
    return run(`reading ${path} at ${git_short(commit)}`, () => g.raw(['cat-file', 'blob', spec]));
}
/**
 * The policy at a commit that may not be in the checkout (a PR head, seen from a scheduled run on
 * the default branch): fetched from origin first when missing. GitHub serves any commit of the
 * repository, PR heads included, by sha.
 */
async function policyAtCommit(repoDir, commit, path) {
    const g = git(repoDir);
    if (!(await hasCommit(g, commit))) {
        await run(`fetching commit ${git_short(commit)} from origin`, () => g.raw(['fetch', '--no-tags', '--depth=1', 'origin', commit]));
    }
    return readPolicyAt(repoDir, commit, path);
}
async function headCommit(repoDir) {
    return run(`reading HEAD in ${repoDir}`, async () => (await git(repoDir).raw(['rev-parse', 'HEAD'])).trim());
}
/** The full message (subject and body) of a commit. */
async function commitMessage(repoDir, sha) {
    const g = git(repoDir);
    if (!(await hasCommit(g, sha)))
        throw await missingCommit(repoDir, sha, 'commit');
    return run(`reading the message of ${git_short(sha)}`, async () => (await g.raw(['log', '-1', '--format=%B', sha])).replace(/\n+$/, ''));
}
/** The first parent of a commit; null for a root commit. A shallow boundary is an error. */
async function parentOf(repoDir, sha) {
    const g = git(repoDir);
    if (!(await hasCommit(g, sha)))
        throw await missingCommit(repoDir, sha, 'commit');
    const parents = await run(`reading the parents of ${git_short(sha)}`, async () => (await g.raw(['rev-list', '--parents', '-n', '1', sha])).trim().split(/\s+/).slice(1));
    if (parents.length > 0)
        return parents[0];
    // A shallow boundary commit looks like a root commit: ask git whether it is one.
    const boundary = (await shallowBoundaries(repoDir, g)).has(await g.revparse([sha]));
    if (boundary) {
        throw new GitAdapterError('shallow', `the parent of ${git_short(sha)} is not in this checkout, which is shallow: set actions/checkout ` +
            '`fetch-depth: 0` (or at least 2 for push events)');
    }
    return null;
}
async function shallowBoundaries(repoDir, g) {
    const file = resolve(repoDir, (await g.raw(['rev-parse', '--git-path', 'shallow'])).trim());
    const text = await readFile(file, 'utf8').catch(() => '');
    return new Set(text.split('\n').filter(Boolean));
}
/** `image:` values of every service in a policy text; an unparsable old version gives none. */
function imagesInPolicy(text) {
    try {
        const doc = parse(text);
        return (doc?.services ?? []).map((s) => s?.image).filter((i) => typeof i === 'string');
    }
    catch {
        return [];
    }
}
/**
 * Distinct images the policy file named in the last `n` commits that changed it, reachable
 * from `from` (inclusive), newest first. For a push, pass the push's `before` sha: an image
 * listed here "served before" the pushed change. A shallow checkout that cuts the history
 * short is an error (the result would silently miss old images).
 */
async function previousImages(repoDir, path, n, from = 'HEAD') {
    const g = git(repoDir);
    if (!(await hasCommit(g, from)))
        throw await missingCommit(repoDir, from, 'commit');
    const shas = await run(`listing the history of ${path}`, async () => (await g.raw(['log', `-n${n}`, '--format=%H', from, '--', repoPath(path)])).split('\n').filter(Boolean));
    if (shas.length < n && (await isShallow(repoDir))) {
        throw new GitAdapterError('shallow', `the history of ${path} is cut short by this shallow checkout (${shas.length} of ${n} commits): set ` +
            'actions/checkout `fetch-depth: 0` so a return to an earlier image is recognised as a rollback');
    }
    const images = [];
    for (const sha of shas) {
        const text = await readPolicyAt(repoDir, sha, path);
        for (const image of text ? imagesInPolicy(text) : [])
            if (!images.includes(image))
                images.push(image);
    }
    return images;
}

// EXTERNAL MODULE: ./src/adapters/haproxy-check.ts
var haproxy_check = __webpack_require__(33240);
// EXTERNAL MODULE: ./src/adapters/output-path.ts
var output_path = __webpack_require__(67171);
// EXTERNAL MODULE: ./src/render/output.ts
var output = __webpack_require__(66607);
// EXTERNAL MODULE: ./src/analysis/forecast-stage.ts
var forecast_stage = __webpack_require__(10578);
;// CONCATENATED MODULE: ./src/action/forecast.ts

/** The whole read gives up after this long (a source that hangs must not hold the run). */
const FORECAST_TIMEOUT_MS = 15_000;
async function stageForecasts(policy, plan, inputs, now = Date.now()) {
    const canaries = new Set(plan.services.filter((p) => p.change === 'added' || p.change === 'release').map((p) => p.name));
    const services = policy.services.filter((s) => canaries.has(s.name));
    if (!services.length)
        return {};
    // the adapters (HTTP, gRPC) load only when a forecast is wanted
    const [{ errorRateSource, readRecentTraffic }, { HaproxyRuntime }] = await Promise.all([
        __webpack_require__.e(/* import() */ 759).then(__webpack_require__.bind(__webpack_require__, 4759)),
        __webpack_require__.e(/* import() */ 648).then(__webpack_require__.bind(__webpack_require__, 98648)),
    ]);
    const api = policy.haproxy.runtimeApis?.[0] ?? policy.haproxy.runtimeApi;
    const deps = {
        splitAt: policy.splitAt,
        runtime: api ? new HaproxyRuntime(api, { timeoutMs: 5000 }) : undefined,
        monitoringEndpoint: inputs.monitoringEndpoint,
        timeoutMs: 10_000,
    };
    const out = {};
    await Promise.all(services.map(async (s) => {
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve({
                ok: false,
                from: errorRateSource(s),
                error: `no answer within ${FORECAST_TIMEOUT_MS / 1000} s`,
            }), FORECAST_TIMEOUT_MS);
        });
        const read = await Promise.race([readRecentTraffic(s, deps, now), late]).finally(() => clearTimeout(timer));
        out[s.name] = (0,forecast_stage.forecastLines)(s, read);
    }));
    return out;
}

// EXTERNAL MODULE: ./src/action/outcome.ts
var action_outcome = __webpack_require__(85458);
;// CONCATENATED MODULE: ./src/action/run.ts
// The action's flow: event → policies from git → facts from Cloud Run → intent per service →
// plan → rollouts. It returns one Outcome; main publishes it once (report.ts, publish.ts).
// Decisions are pure functions (gitops/, plan/, rollout/, render/); this file sequences adapters.















function load(text, file) {
    if (text === null)
        return { policy: null, errors: [] };
    const r = (0,policy/* validatePolicyText */.Op)(text, file);
    return r.ok ? { policy: r.policy, errors: [] } : { policy: null, errors: r.errors };
}
/** The policy whose config is written: also refused when its outputs would land outside the workspace. */
async function loadInWorkspace(text, file, workspace) {
    if (text === null)
        return { policy: null, errors: [] };
    const r = await (0,output_path/* validatePolicyInWorkspace */.V)(text, file, workspace);
    return r.ok ? { policy: r.policy, errors: [] } : { policy: null, errors: r.errors };
}
/** The base side's policy from git; a shallow checkout stops with the fetch-depth it needs. */
async function basePolicy(workspace, decision, file) {
    if (!decision.base)
        return { policy: null, errors: [] };
    const text = await readPolicyAt(workspace, decision.base, file);
    const base = load(text, file);
    if (base.errors.length)
        core/* warning */.$e(`the base policy (${decision.base.slice(0, 7)}) is invalid; planning from nothing`);
    return base;
}
async function haproxyCheck(policy) {
    try {
        const r = await (0,haproxy_check.checkPolicySteps)(policy, (0,steps/* allSteps */.Bd)(policy));
        const bad = r.checks.find((c) => c.code !== 0);
        if (bad) {
            // the whole output goes to the log; the report gets the first alert (it sits in one line)
            const step = bad.what ?? `step ${bad.steps[0]}`;
            core/* error */.z3(`haproxy -c of the config for ${step} failed (exit ${bad.code}):\n${bad.output}`);
            const alert = bad.output.split('\n').find((l) => /\[ALERT\]/.test(l)) ?? bad.output.split('\n')[0];
            return { ok: false, text: `failed for ${step} (exit ${bad.code}): ${alert.trim()}` };
        }
        return { ok: true, text: `valid for steps 0–${(0,steps/* maxStep */.Zb)(policy)}` };
    }
    catch (e) {
        // no haproxy on this runner: the plan still stands, the check is reported as skipped
        return { ok: true, text: `skipped (${e.message})` };
    }
}
async function writeRendered(workspace, policy) {
    const path = (0,external_node_path_.join)(workspace, policy.haproxy.output);
    await (0,files/* writeTextAtomic */.Q)(path, (0,render.renderHaproxy)(policy, { step: 0 }));
    // the routes map goes next to the config (its name is derived from the map's)
    for (const f of (0,render.renderMapFiles)(policy, 0, (0,output/* mapPathFor */.n)(path)))
        await (0,files/* writeTextAtomic */.Q)(f.path, f.text);
    return path;
}
const none = { policy: null, errors: [] };
function finish(o, verdict, next) {
    return { ...o, verdict, next };
}
/** The run after the decision (start.ts made it and set the check in progress). */
async function runAction(inputs, env, decision) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const outcome = {
        inputs,
        decision,
        head: none,
        base: none,
        intents: [],
        runs: [],
        verdict: 'skipped',
        next: decision.reason,
        runNumber: env.GITHUB_RUN_NUMBER,
        others: [],
    };
    if (decision.mode === 'skip')
        return outcome;
    const head = await loadInWorkspace(await (0,files/* readText */.y)((0,external_node_path_.join)(workspace, inputs.policy), 'policy'), inputs.policy, workspace);
    outcome.head = head;
    if (!head.policy)
        return finish(outcome, 'fail', invalid(inputs.policy, head.errors));
    if (decision.mode === 'advance')
        return advanceDue(outcome, head.policy, workspace, env);
    outcome.base = await basePolicy(workspace, decision, inputs.policy);
    return converge(outcome, head.policy, env);
}
const invalid = (file, errors) => `${file} is invalid (${errors.length} errors); nothing applied:\n${errors.map(types/* formatPolicyError */.i).join('\n')}`;
/** Services whose intent needs the rollout state: every one but a PR's unchanged ones. */
async function factsFor(o, head, env) {
    if (o.decision.fork || o.inputs.dryRun || o.decision.mode === 'plan')
        return new Map();
    const { readAllFacts } = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(475), __webpack_require__.e(308), __webpack_require__.e(406), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 37015));
    const names = head.services
        .map((s) => s.name)
        .filter((n) => !o.decision.services || o.decision.services.includes(n));
    try {
        return (await readAllFacts(o.inputs, env, head, names)) ?? new Map();
    }
    catch (e) {
        // the rollout would fail on the same read; decide from the diff and let it report the error
        core/* warning */.$e(`reading the services' rollout state: ${e.message}`);
        return new Map();
    }
}
/** Plan, render, check, decide each service's intent, run the rollouts it asks for. */
async function converge(outcome, head, env) {
    const { inputs, decision } = outcome;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    outcome.plan = planOf(outcome.base.policy, head);
    outcome.haproxyConfig = await writeRendered(workspace, head);
    outcome.check = await haproxyCheck(head);
    if (!outcome.check.ok)
        return finish(outcome, 'fail', 'the rendered HAProxy configuration is invalid; nothing applied');
    if (decision.fork)
        return finish(outcome, 'skipped', 'a pull request from a fork gets no credentials: plan only, no canary');
    outcome.forecasts = await stageForecasts(head, outcome.plan, inputs);
    const facts = await factsFor(outcome, head, env);
    const intents = decideIntents(decision, outcome.base.policy, head, facts);
    outcome.intents = intents;
    for (const i of intents)
        core/* info */.pq(`canary-relay: ${i.service}: ${i.mode} — ${i.reason}`);
    if (decision.mode === 'plan' || inputs.dryRun) {
        const why = inputs.dryRun ? 'dry run: nothing applied' : 'plan only: nothing applied';
        return finish(outcome, 'pass', why);
    }
    const acting = intents.filter((i) => (i.mode !== 'plan' && i.mode !== 'none') || i.dequeue);
    if (acting.length) {
        // the Cloud Run and metrics clients (gRPC, protos) load only when a rollout needs them
        const { runServices } = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(475), __webpack_require__.e(308), __webpack_require__.e(406), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 37015));
        outcome.runs = await runServices(inputs, env, decision, head, acting, facts);
    }
    const { verdict, next } = (0,action_outcome/* conclude */.Ep)(outcome.runs, intents, head);
    return finish(outcome, verdict, next);
}
/**
 * A scheduled run (`advance`): every rollout under way moves on, each with the policy of the
 * commit that started it (a PR head, fetched when the checkout lacks it), and a waiter whose
 * lock freed starts; each is reported on its own PR and commit.
 */
async function advanceDue(outcome, current, workspace, env) {
    const { dueRollouts } = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(475), __webpack_require__.e(308), __webpack_require__.e(406), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 37015));
    const due = await dueRollouts(outcome.inputs, env, current);
    if (!due.length)
        return finish(outcome, 'skipped', 'no rollout is under way and nobody waits for a lock');
    const groups = new Map();
    for (const d of due) {
        const key = `${d.owner} ${d.commit} ${d.mode}`;
        groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    const failures = [];
    for (const group of groups.values()) {
        const { owner, commit, mode, waiter } = group[0];
        const head = await loadInWorkspace(await policyAtCommit(workspace, commit, outcome.inputs.policy), outcome.inputs.policy, workspace);
        const pr = /^pr#(\d+)$/.exec(owner)?.[1];
        const signal = outcome.decision.signal;
        const by = signal ? `${signal} from workflow_dispatch` : 'scheduled run';
        const decision = {
            mode,
            ...(pr ? { pr: Number(pr) } : {}),
            head: commit,
            wait: false,
            services: group.map((d) => d.service),
            ...(signal ? { signal } : {}),
            reason: waiter
                ? `${by}: the lock freed; starting the waiting rollout of ${owner} (${commit.slice(0, 12)})`
                : `${by}: continuing the rollout of ${owner} (${commit.slice(0, 12)})`,
        };
        core/* info */.pq(`canary-relay: ${decision.reason}`);
        const child = {
            ...outcome,
            decision,
            head,
            base: { policy: current, errors: [] },
            runs: [],
            others: [],
        };
        if (!head.policy) {
            failures.push(`${owner}: the policy at ${commit.slice(0, 12)} no longer validates; re-run its workflow`);
            outcome.others.push(finish(child, 'fail', invalid(outcome.inputs.policy, head.errors)));
            continue;
        }
        try {
            outcome.others.push(await converge(child, head.policy, env));
        }
        catch (e) {
            failures.push(`${owner}: ${e.message}`);
        }
    }
    const verdicts = [...outcome.others.map((o) => o.verdict), ...(failures.length ? ['fail'] : [])];
    const verdict = (0,action_outcome/* worst */.QZ)(verdicts);
    const lines = [...outcome.others.map((o) => `${o.decision.reason}: ${o.next}`), ...failures];
    return finish(outcome, verdict, lines.join('\n'));
}
function planOf(base, head) {
    const baseConfig = base ? (0,render.renderHaproxy)(base, { step: 0 }) : '';
    return (0,plan.buildPlan)(base, head, baseConfig, (0,render.renderHaproxy)(head, { step: 0 }));
}


/***/ }),

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


/***/ }),

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

/***/ 10578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   forecastLines: () => (/* binding */ forecastLines),
/* harmony export */   predictStages: () => (/* binding */ predictStages)
/* harmony export */ });
/* harmony import */ var _evalue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59184);
/* harmony import */ var _power_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6215);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15377);
/* harmony import */ var _policy_steps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69385);




const minutes = (s) => s < 5400 ? `${Math.max(1, Math.round(s / 60))} min` : `${Number((s / 3600).toFixed(1))} h`;
function predictStages(service, traffic) {
    const a = service.analysis;
    const metric = a.metrics.find((m) => m.kind === 'error-rate' && m.vsBaseline);
    const alpha = a.passAlpha ?? _judge_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PASS_ALPHA */ .P1;
    const interval = a.intervalMs / 1000;
    const rate = `${Number(traffic.requestsPerSecond.toPrecision(3))} req/s (${Number((traffic.errorRate * 100).toPrecision(2))}% errors)`;
    return service.steps.map((step, k) => {
        const bake = step.bakeMs / 1000;
        const maxBake = (step.maxBakeMs ?? 3 * step.bakeMs) / 1000;
        const head = (0,_policy_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .stepLabel */ .vO)(service, k + 1);
        if (!metric || metric.kind !== 'error-rate')
            return { step: k + 1, seconds: null, text: `${head}: no error-rate comparison to forecast` };
        if (step.headerOnly || step.percent >= 100) {
            return {
                step: k + 1,
                seconds: null,
                text: `${head}: its traffic share is not known in advance; no forecast`,
            };
        }
        const tolerance = metric.tolerance ?? _evalue_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PASS_RATIO */ .Sn;
        const polls = (0,_power_js__WEBPACK_IMPORTED_MODULE_1__/* .pollsToPass */ .h)({
            test: (0,_evalue_js__WEBPACK_IMPORTED_MODULE_0__/* .createMirrorTest */ .Mm)(tolerance),
            threshold: Math.log(1 / alpha),
            eventsPerPoll: traffic.requestsPerSecond * traffic.errorRate * interval,
            share: step.percent / 100,
            ratio: 1,
        });
        if (polls === null) {
            return {
                step: k + 1,
                seconds: null,
                text: `${head}: at ${rate} there are no errors to compare; it cannot pass and will be inconclusive at its max-bake (${minutes(maxBake)})`,
            };
        }
        const seconds = Math.max(bake, Math.round(polls * interval));
        const over = seconds > maxBake
            ? ` — longer than its max-bake (${minutes(maxBake)}): expect inconclusive unless traffic grows`
            : '';
        return {
            step: k + 1,
            seconds,
            text: `${head} needs ≈ ${minutes(seconds)} at ${rate} to show < ${tolerance}×; its bake is ${minutes(bake)}${over}`,
        };
    });
}
/** The plan's forecast lines for one service: a heading and one line per step, or one line saying why not. */
function forecastLines(service, read) {
    if (!read.ok)
        return [`No duration forecast: could not read recent traffic from ${read.from}: ${read.error}`];
    return [
        `Duration forecast from recent traffic (${read.from}):`,
        ...predictStages(service, read.traffic).map((p) => p.text),
    ];
}


/***/ }),

/***/ 60020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPlan: () => (/* binding */ buildPlan)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./src/plan/changes.ts
// Fields that name the release; everything else about a service is "routing" for the plan.
const releaseKey = (s) => `${s.image ?? ''}\u0000${s.revision ?? ''}`;
function settingsKey(s) {
    const rest = { ...s };
    delete rest.image;
    delete rest.revision;
    return stableJson(rest);
}
/** JSON with sorted keys, so two equal policies compare equal whatever their key order. */
function stableJson(v) {
    if (Array.isArray(v))
        return `[${v.map(stableJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const entries = Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}
/**
 * What changed from the base policy (null: the file is new) to the head policy, by service name.
 * A new service is `added`, not `canary`: it has no stable revision to compare against.
 */
function changedServices(base, head) {
    const before = new Map((base?.services ?? []).map((s) => [s.name, s]));
    const after = new Map(head.services.map((s) => [s.name, s]));
    const out = { canary: [], routing: [], removed: [], added: [], haproxyChanged: false };
    for (const [name, h] of after) {
        const b = before.get(name);
        if (!b)
            out.added.push(name);
        else if (releaseKey(b) !== releaseKey(h))
            out.canary.push(name);
        else if (settingsKey(b) !== settingsKey(h))
            out.routing.push(name);
    }
    for (const name of before.keys())
        if (!after.has(name))
            out.removed.push(name);
    out.haproxyChanged =
        base !== null && (stableJson(base.haproxy) !== stableJson(head.haproxy) || base.splitAt !== head.splitAt);
    return out;
}

// EXTERNAL MODULE: ./src/policy/steps.ts
var steps = __webpack_require__(69385);
// EXTERNAL MODULE: ./src/policy/names.ts
var policy_names = __webpack_require__(25714);
;// CONCATENATED MODULE: ./src/plan/plan.ts
// Pure: what a change from the base policy to the head policy would do, service by service.




function stagesOf(s) {
    return s.steps.map((st, i) => ({
        step: i + 1,
        label: (0,steps/* shareLabel */.e9)(st.headerOnly, st.percent),
        bakeMs: st.bakeMs,
    }));
}
/** Keys whose JSON differs, to explain a change (one level deep is enough). */
function diffFields(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}
function classify(name, c) {
    if (c.added.includes(name))
        return 'added';
    if (c.removed.includes(name))
        return 'removed';
    if (c.canary.includes(name))
        return 'release';
    return c.routing.includes(name) ? 'routing' : 'unchanged';
}
function servicePlan(name, c, base, head) {
    return {
        name,
        change: classify(name, c),
        release: { before: base ? (0,policy_names/* releaseOf */.l7)(base) : null, after: head ? (0,policy_names/* releaseOf */.l7)(head) : null },
        stages: { before: base ? stagesOf(base) : [], after: head ? stagesOf(head) : [] },
        changedFields: base && head ? diffFields(base, head) : [],
    };
}
/**
 * `baseConfig`/`headConfig` are the rendered HAProxy configs (the caller renders; the plan
 * only compares), so the plan stays a function of its inputs.
 */
function buildPlan(base, head, baseConfig, headConfig) {
    const byName = (p) => new Map((p?.services ?? []).map((s) => [s.name, s]));
    const b = byName(base);
    const h = byName(head);
    const names = [...new Set([...h.keys(), ...b.keys()])];
    const changes = changedServices(base, head);
    const services = names.map((n) => servicePlan(n, changes, b.get(n), h.get(n)));
    // the provenance line names the policy's digest, which every change moves: not a config change
    baseConfig = baseConfig.replace(policy_names/* GENERATED_BY_LINE */.ZQ, '');
    headConfig = headConfig.replace(policy_names/* GENERATED_BY_LINE */.ZQ, '');
    const haproxyDiff = baseConfig === headConfig
        ? ''
        : (0,create/* createTwoFilesPatch */.ss)(`a/${head.haproxy.output}`, `b/${head.haproxy.output}`, baseConfig, headConfig, '', '', {
            context: 3,
        });
    return {
        policyFile: head.file,
        services,
        haproxyDiff,
        canary: services.some((s) => s.change === 'release' || s.change === 'added'),
    };
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


/***/ })

};
