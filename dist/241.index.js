export const id = 241;
export const ids = [241,240,20,578];
export const modules = {

/***/ 69312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n7: () => (/* binding */ GitHubAdapterError),
  kg: () => (/* binding */ annotationsFromErrors),
  Cl: () => (/* binding */ createGitHub)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_REQUEST, CHECK_NAME, GitHubAdapter, leadingMarker

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(22270);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/adapters/github-throttle.ts
// The write limiter for the GitHub client. @octokit/plugin-throttling's default spaces every write
// 1 s apart, which made a run wait ~0.5–1 s between the in-progress check run and the final one.
// A run makes a handful of writes, so a token bucket fits better: a burst of WRITE_BURST writes
// goes at once, then one per second. That stays under GitHub's secondary limit for
// content-creating requests (80 a minute) and keeps its "1 s between writes" guidance for bulk.

const WRITE_BURST = 10;
const REFILL_MS = 1000;
/** A Bottleneck group (the plugin keys it per client id): burst, then one write per second. */
function writeLimiter() {
    return new (light_default()).Group({
        id: 'canary-relay-write',
        maxConcurrent: 1,
        minTime: 0,
        reservoir: WRITE_BURST,
        reservoirIncreaseInterval: REFILL_MS,
        reservoirIncreaseAmount: 1,
        reservoirIncreaseMaximum: WRITE_BURST,
        timeout: 2 * 60 * 1000,
    });
}

;// CONCATENATED MODULE: ./src/adapters/github.ts
// Adapter: the PR comment, the check run and the notes, through Octokit (@actions/github) with
// retries and rate-limit handling. Failures become GitHubAdapterError with a kind the shell
// maps to a result: `permission` (and `auth`) → neutral with a message, never a crash.






class GitHubAdapterError extends Error {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.name = 'GitHubAdapterError';
    }
}
const CHECK_NAME = 'canary-relay';
/** GitHub: "only 50 annotations can be sent per request"; text and summary up to 65535 chars. */
const ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT = 65_535;
const PERMISSION_FOR = {
    comment: '`pull-requests: write`',
    'check run': '`checks: write`',
    'pull requests of a commit': '`pull-requests: read`',
};
/** The policy errors as check-run annotations on the policy file, at the failing line and column. */
function annotationsFromErrors(errors, path) {
    return errors.map((e) => ({
        path: path ?? e.file,
        start_line: Math.max(1, e.line),
        end_line: Math.max(1, e.line),
        start_column: Math.max(1, e.col),
        end_column: Math.max(1, e.col),
        annotation_level: 'failure',
        title: e.path,
        message: (0,types/* formatPolicyError */.i)(e),
    }));
}
const truncate = (s) => (s.length > MAX_OUTPUT ? `${s.slice(0, MAX_OUTPUT - 20)}\n\n(truncated)` : s);
/** The marker a body starts with (`<!-- … -->`), so notes can be made idempotent too. */
const leadingMarker = (body) => /^<!--[^\n]*?-->/.exec(body)?.[0];
class GitHubAdapter {
    octokit;
    constructor(octokit) {
        this.octokit = octokit;
    }
    /** Runs one API call, turning an HTTP failure into a GitHubAdapterError that says what to fix. */
    async call(what, object, write, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw toAdapterError(e, what, object, write);
        }
    }
    /** Finds the comment holding `marker` on the PR and updates it, or creates it once. */
    async upsertStickyComment(owner, repo, pr, marker, body) {
        if (!body.includes(marker))
            body = `${marker}\n${body}`;
        const found = await this.findStickyComment(owner, repo, pr, marker);
        if (found) {
            if (found.body === body)
                return { id: found.id, url: found.url, action: 'unchanged' };
            const { data } = await this.call(`updating comment ${found.id} on #${pr}`, 'comment', true, () => this.octokit.rest.issues.updateComment({ owner, repo, comment_id: found.id, body }));
            return { id: data.id, url: data.html_url, action: 'updated' };
        }
        return this.createComment(owner, repo, pr, body);
    }
    async createComment(owner, repo, pr, body) {
        const { data } = await this.call(`commenting on #${pr}`, 'comment', true, () => this.octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body }));
        return { id: data.id, url: data.html_url, action: 'created' };
    }
    /** The comment holding `marker` on the PR, or null (a re-run that changed nothing keeps it as it is). */
    async findStickyComment(owner, repo, pr, marker) {
        const comments = await this.call(`listing the comments of #${pr}`, 'comment', false, () => this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: pr,
            per_page: 100,
        }));
        const found = comments.find((c) => c.body?.includes(marker));
        return found ? { id: found.id, url: found.html_url, body: found.body ?? '' } : null;
    }
    /** A note on a PR; a body that starts with a marker replaces the earlier note with the same marker. */
    async postNote(owner, repo, pr, body) {
        const marker = leadingMarker(body);
        if (marker)
            return this.upsertStickyComment(owner, repo, pr, marker, body);
        return this.createComment(owner, repo, pr, body);
    }
    /**
     * Creates the check run for the head sha, or updates the one that exists (same sha and name),
     * so a re-run never adds a second. Annotations beyond 50 go in follow-up updates.
     */
    async createOrUpdateCheckRun(owner, repo, headSha, input) {
        const name = input.name ?? CHECK_NAME;
        const annotations = input.annotations ?? [];
        const batches = [];
        for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
            batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
        }
        const output = (batch) => ({
            title: input.title,
            summary: truncate(input.summary),
            ...(input.text !== undefined ? { text: truncate(input.text) } : {}),
            ...(batch ? { annotations: batch } : {}),
        });
        const fields = {
            status: input.status,
            ...(input.status === 'completed' ? { conclusion: input.conclusion ?? 'neutral' } : {}),
            ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        };
        const { data: list } = await this.call(`listing the check runs of ${headSha.slice(0, 12)}`, 'check run', false, () => this.octokit.rest.checks.listForRef({
            owner,
            repo,
            ref: headSha,
            check_name: name,
            filter: 'latest',
            per_page: 100,
        }));
        const existing = list.check_runs.find((r) => r.name === name && r.head_sha === headSha);
        let id;
        let url;
        let action;
        if (existing) {
            const { data } = await this.call(`updating check run ${existing.id}`, 'check run', true, () => this.octokit.rest.checks.update({
                owner,
                repo,
                check_run_id: existing.id,
                ...fields,
                output: output(batches[0]),
            }));
            [id, url, action] = [data.id, data.html_url ?? '', 'updated'];
        }
        else {
            const { data } = await this.call(`creating check run ${name}`, 'check run', true, () => this.octokit.rest.checks.create({
                owner,
                repo,
                name,
                head_sha: headSha,
                ...fields,
                output: output(batches[0]),
            }));
            [id, url, action] = [data.id, data.html_url ?? '', 'created'];
        }
        for (const batch of batches.slice(1)) {
            await this.call(`adding annotations to check run ${id}`, 'check run', true, () => this.octokit.rest.checks.update({ owner, repo, check_run_id: id, output: output(batch) }));
        }
        return { id, url, action };
    }
    /** The PR a commit belongs to: the merged PR whose merge commit it is first, else the first listed. */
    async findPrForCommit(owner, repo, sha) {
        const { data } = await this.call(`finding the PR of commit ${sha.slice(0, 12)}`, 'pull requests of a commit', false, () => this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha }));
        const merged = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at);
        return (merged ?? data[0])?.number ?? null;
    }
}
function toAdapterError(e, what, object, write) {
    const err = e;
    const status = err.status;
    const ghMessage = err.response?.data?.message ?? err.message ?? String(e);
    const perm = PERMISSION_FOR[object] ?? 'write access';
    if (status === 401) {
        return new GitHubAdapterError('auth', `${what}: the token was rejected (401 ${ghMessage}); check the github-token input`, 401);
    }
    if (status === 403 && /rate limit/i.test(ghMessage)) {
        return new GitHubAdapterError('rate-limit', `${what}: GitHub's rate limit held after retries (${ghMessage})`, 403);
    }
    if (status === 429)
        return new GitHubAdapterError('rate-limit', `${what}: rate limited after retries (${ghMessage})`, 429);
    // A token without the permission gets 403 "Resource not accessible by integration"; on a
    // write GitHub may also answer 404 to hide what the token cannot see.
    if (status === 403 || (status === 404 && write)) {
        return new GitHubAdapterError('permission', `${what}: GitHub refused (${status} ${ghMessage}). The workflow token needs ${perm}: add it under ` +
            '`permissions:` in the workflow. A PR from a fork gets a read-only token and cannot be reported on.', status);
    }
    if (status === 404)
        return new GitHubAdapterError('not-found', `${what}: not found (404 ${ghMessage})`, 404);
    if (status === 422)
        return new GitHubAdapterError('validation', `${what}: GitHub rejected the request (422 ${ghMessage})`, 422);
    return new GitHubAdapterError('failed', `${what}: ${ghMessage}`, status);
}
/**
 * The client: Octokit from @actions/github with the retry and throttling plugins. The token is
 * masked first so no later log line can show it.
 */
function createGitHub(opts) {
    if (!opts.token) {
        throw new GitHubAdapterError('auth', 'no GitHub token: set the github-token input (default `${{ github.token }}`)');
    }
    core/* setSecret */.Pq(opts.token);
    const retries = opts.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const again = retryCount < retries;
        core/* warning */.$e(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ` +
            (again ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'));
        return again;
    };
    const octokit = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => core/* warning */.$e(m),
            error: (m) => core/* error */.z3(m),
        },
        retry: {
            retries: 2,
            ...(opts.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: opts.retryAfterBaseValue } : {}),
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            write: writeLimiter(), // a burst, not 1 s between the in-progress and the final check
            ...(opts.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: opts.retryAfterBaseValue } : {}),
            ...opts.throttle,
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    return new GitHubAdapter(octokit);
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

/***/ 63241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(22270);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/policy/index.ts + 11 modules
var policy = __webpack_require__(46671);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/policy/steps.ts
var policy_steps = __webpack_require__(69385);
// EXTERNAL MODULE: ./src/render/index.ts + 7 modules
var render = __webpack_require__(14930);
// EXTERNAL MODULE: ./src/plan/plan.ts + 1 modules
var plan = __webpack_require__(60020);
;// CONCATENATED MODULE: ./src/gitops/modes.ts
// The one mode vocabulary. Rollout modes are what the stage machine runs on a service; event
// modes add what an event can ask for that is not a rollout (a plan, a scheduled advance);
// input modes add `auto` (derive the mode from the event), `status` (read and show only) and the
// operator signals, which run as `advance` carrying the signal. input ⊃ event ⊃ rollout.
const ROLLOUT_MODES = ['canary', 'promote', 'rollback', 'abort'];
const EVENT_MODES = ['plan', ...ROLLOUT_MODES, 'advance'];
/** Operator signals from workflow_dispatch: every rollout under way advances with the signal. */
const CONTROL_MODES = ['pause', 'resume', 'approve'];
const INPUT_MODES = ['auto', ...EVENT_MODES, 'status', ...CONTROL_MODES];
const isControlMode = (m) => CONTROL_MODES.includes(m);
/** The `mode` input, checked: an unknown value says which ones exist. */
function parseInputMode(raw) {
    const m = raw.trim().toLowerCase() || 'auto';
    if (INPUT_MODES.includes(m))
        return m;
    throw new Error(`input mode: "${raw}" is not a mode; use one of ${INPUT_MODES.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/gitops/events.ts
// Pure: which mode a GitHub event asks for (docs/ARCHITECTURE.md, "How a run flows"), from the webhook
// payload alone. What each service then does is decided from the policy's content and the
// rollout state (intent.ts): a commit message never decides a rollback.

const ZERO_SHA = /^0+$/;
const REVERT = /This reverts commit ([0-9a-f]{7,40})/i;
/** The sha a revert commit message names (`git revert` writes "This reverts commit <sha>."). */
function revertedCommit(message) {
    return message ? REVERT.exec(message)?.[1]?.toLowerCase() : undefined;
}
/**
 * The mode for an event. An explicit `mode` input (anything but `auto`) wins for every event;
 * `auto` follows the GitOps table. For a PR the answer is `canary`; the shell narrows it to
 * `plan` with {@link modeForChanges} once it has compared the base and head policies.
 */
function modeForEvent(eventName, payload, inputs, defaultBranch) {
    const requested = parseInputMode(inputs.mode);
    const decision = autoMode(eventName, (payload ?? {}), defaultBranch);
    if (requested === 'auto')
        return decision;
    if (requested === 'status')
        return { mode: 'skip', reason: 'mode input "status": the status table only; no rollout moves' };
    if (isControlMode(requested))
        return {
            ...decision,
            mode: 'advance',
            wait: false,
            signal: requested,
            ...(eventName === 'workflow_dispatch' ? { operator: true } : {}),
            reason: `mode input "${requested}": every rollout under way advances with the ${requested} signal`,
        };
    return {
        ...decision,
        mode: requested,
        wait: requested === 'advance' ? false : undefined,
        ...(eventName === 'workflow_dispatch' ? { operator: true } : {}),
        reason: `mode input "${requested}" (the event alone would give ${decision.mode}: ${decision.reason})`,
    };
}
function autoMode(eventName, payload, defaultBranch) {
    switch (eventName) {
        case 'pull_request':
            return pullRequestMode(payload);
        case 'pull_request_target':
            return {
                mode: 'skip',
                reason: 'pull_request_target runs with secrets and a write token; checking out and deploying the PR code there ' +
                    'would let any fork run its code with them. Use the pull_request event.',
            };
        case 'push':
            return pushMode(payload, defaultBranch);
        case 'workflow_dispatch':
        case 'schedule':
            return {
                mode: 'advance',
                wait: false,
                reason: `${eventName} with mode auto: advance every rollout in progress that is due, without waiting`,
            };
        default:
            return { mode: 'skip', reason: `the ${eventName} event does not start a rollout` };
    }
}
function pullRequestMode(p) {
    const pr = p.pull_request?.number ?? p.number;
    const base = p.pull_request?.base?.sha;
    const head = p.pull_request?.head?.sha;
    const headRepo = p.pull_request?.head?.repo?.full_name;
    const baseRepo = p.pull_request?.base?.repo?.full_name ?? p.repository?.full_name;
    // A deleted fork has head.repo null: treat it as a fork too (it is not this repository).
    const fork = headRepo !== baseRepo;
    const common = { pr, base, head, ...(fork ? { fork: true } : {}) };
    const forkNote = fork
        ? ` The PR comes from the fork ${headRepo ?? '(deleted)'}: its token cannot write and it has no ` +
            'cloud credentials, so the result is neutral.'
        : '';
    switch (p.action) {
        case 'opened':
        case 'synchronize':
        case 'reopened':
            return {
                mode: 'canary',
                ...common,
                reason: `PR #${pr} ${p.action}: canary of the changed services.${forkNote}`,
            };
        case 'closed':
            return p.pull_request?.merged
                ? { mode: 'skip', ...common, reason: `PR #${pr} was merged: the push to the base branch promotes it` }
                : { mode: 'abort', ...common, reason: `PR #${pr} was closed without merging: abort its canary` };
        default:
            return { mode: 'skip', ...common, reason: `PR #${pr} ${p.action ?? 'event'}: nothing to do` };
    }
}
function pushMode(p, defaultBranch) {
    const branch = defaultBranch ?? p.repository?.default_branch;
    const base = p.before && !ZERO_SHA.test(p.before) ? p.before : undefined;
    const head = p.after && !ZERO_SHA.test(p.after) ? p.after : undefined;
    if (p.deleted || !head)
        return { mode: 'skip', reason: `push deleted ${p.ref}: nothing to do` };
    if (!branch)
        return { mode: 'skip', base, head, reason: 'push: the payload names no default branch' };
    if (p.ref !== `refs/heads/${branch}`) {
        return { mode: 'skip', base, head, reason: `push to ${p.ref}, not the default branch ${branch}` };
    }
    // The head commit first, then the pushed commits newest first: only where a rollback's note goes
    const messages = [p.head_commit?.message, ...[...(p.commits ?? [])].reverse().map((c) => c.message)];
    const reverted = messages.map(revertedCommit).find((s) => s !== undefined);
    return {
        mode: 'promote',
        base,
        head,
        ...(reverted ? { revertedSha: reverted } : {}),
        reason: `push to ${branch}: converge every service to the policy at ${head.slice(0, 12)}`,
    };
}

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

// EXTERNAL MODULE: ./src/rollout/gates.ts
var gates = __webpack_require__(34549);
;// CONCATENATED MODULE: ./src/action/outcome.ts



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
    const pct = svc ? (0,state/* statePercent */.Pw)(svc, s) : 0;
    // paused by an operator or waiting for an approval: who holds it and how to continue
    const held = (0,state/* isTerminal */.Hd)(s.phase) ? null : (0,gates/* describeHold */.TZ)(r.service, s);
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
                line: `${r.service}: ${s.canary} at step ${s.step + 1} of ${steps} (${(0,policy_steps/* shareLabel */.e9)(!pct, pct)})` +
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
        const r = await (0,haproxy_check.checkPolicySteps)(policy, (0,policy_steps/* allSteps */.Bd)(policy));
        const bad = r.checks.find((c) => c.code !== 0);
        if (bad) {
            // the whole output goes to the log; the report gets the first alert (it sits in one line)
            const step = bad.what ?? `step ${bad.steps[0]}`;
            core/* error */.z3(`haproxy -c of the config for ${step} failed (exit ${bad.code}):\n${bad.output}`);
            const alert = bad.output.split('\n').find((l) => /\[ALERT\]/.test(l)) ?? bad.output.split('\n')[0];
            return { ok: false, text: `failed for ${step} (exit ${bad.code}): ${alert.trim()}` };
        }
        return { ok: true, text: `valid for steps 0–${(0,policy_steps/* maxStep */.Zb)(policy)}` };
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
/** `started` is told the decision first (the shell sets the check in progress there). */
async function runAction(inputs, env, started = async () => { }) {
    const ctx = github/* context */._;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const payload = ctx.payload;
    const defaultBranch = payload.repository?.default_branch;
    const decision = modeForEvent(ctx.eventName, payload, { mode: inputs.mode }, defaultBranch);
    core/* info */.pq(`canary-relay: ${decision.mode} — ${decision.reason}`);
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
    await started(decision);
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
    const { verdict, next } = conclude(outcome.runs, intents, head);
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
    const verdict = worst(verdicts);
    const lines = [...outcome.others.map((o) => `${o.decision.reason}: ${o.next}`), ...failures];
    return finish(outcome, verdict, lines.join('\n'));
}
function planOf(base, head) {
    const baseConfig = base ? (0,render.renderHaproxy)(base, { step: 0 }) : '';
    return (0,plan.buildPlan)(base, head, baseConfig, (0,render.renderHaproxy)(head, { step: 0 }));
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every action input, read once and typed. The runner passes them as INPUT_* variables.


function bool(name, fallback) {
    const raw = core/* getInput */.V4(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(raw))
        return true;
    if (['false', 'no', '0', 'off'].includes(raw))
        return false;
    throw new Error(`input ${name}: "${raw}" is not a boolean; use true or false`);
}
function minutes(name, fallback) {
    const raw = core/* getInput */.V4(name).trim();
    if (raw === '')
        return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 1 || n > 4320)
        throw new Error(`input ${name}: "${raw}" is not a number of minutes from 1 to 4320 (the job's timeout-minutes)`);
    return n;
}
function readInputs() {
    const mode = parseInputMode(core/* getInput */.V4('mode'));
    const githubToken = core/* getInput */.V4('github-token');
    if (githubToken)
        core/* setSecret */.Pq(githubToken);
    return {
        policy: core/* getInput */.V4('policy') || 'traffic-policy.yaml',
        mode,
        githubToken,
        wait: bool('wait', true),
        dryRun: bool('dry-run', false),
        force: bool('force', false),
        cloudRunEndpoint: core/* getInput */.V4('cloud-run-endpoint').trim(),
        monitoringEndpoint: core/* getInput */.V4('monitoring-endpoint').trim(),
        smokeUrl: core/* getInput */.V4('smoke-url').trim(),
        jobTimeoutMinutes: minutes('job-timeout-minutes', 360),
    };
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/numbers.ts
var numbers = __webpack_require__(45714);
;// CONCATENATED MODULE: ./src/render/judge-lines.ts


/** "≈ 14 min" / "≈ 40 s" / "≈ 2.5 h". */
function approxDuration(seconds) {
    if (seconds < 90)
        return `≈ ${Math.max(10, Math.round(seconds / 10) * 10)} s`;
    if (seconds < 5400)
        return `≈ ${Math.round(seconds / 60)} min`;
    return `≈ ${Number((seconds / 3600).toFixed(1))} h`;
}
function timeLine(m) {
    if (m.secondsToPass === undefined || m.verdict !== 'running')
        return null;
    const tol = m.tolerance !== undefined ? ` < ${m.tolerance}× stable` : ' the canary no worse than its tolerance';
    if (m.secondsToPass === null) {
        const ratio = m.ratio !== null ? ` (${Number(m.ratio.toPrecision(3))}×)` : '';
        return `${(0,markdown/* mdText */.bC)(m.metric)}: cannot pass at the ratio seen so far${ratio}; it needs to show${tol}`;
    }
    return `${(0,markdown/* mdText */.bC)(m.metric)}: time still needed to pass at the current traffic: ${approxDuration(m.secondsToPass)} (to show${tol})`;
}
function coldLine(m) {
    const c = m.coldStart;
    if (!c)
        return null;
    const ms = (v) => (v === null ? '—' : `${(0,numbers/* formatInt */.D)(v)} ms`);
    return (`${(0,markdown/* mdText */.bC)(m.metric)} cold start (the canary's first ${c.seconds} s of traffic, not judged): ` +
        `canary ${ms(c.canaryMs)} vs stable ${ms(c.stableMs)} over ${(0,numbers/* formatInt */.D)(c.requests)} canary requests`);
}
function missingLine(m) {
    if (m.verdict !== 'inconclusive' || !m.missing)
        return null;
    return `${(0,markdown/* mdText */.bC)(m.metric)} inconclusive: ${(0,markdown/* mdText */.bC)(m.missing)}`;
}
/** Bullet lines for one stage; `held` is the rollout's hold reason when it is held. */
function judgeLines(j, held) {
    const lines = [];
    for (const m of j.metrics) {
        for (const l of [timeLine(m), coldLine(m), missingLine(m)])
            if (l)
                lines.push(`- ${l}`);
    }
    if (held) {
        lines.push(`- **Held:** ${(0,markdown/* mdText */.bC)(held)}. The canary keeps its traffic; merging promotes it anyway ` +
            '(recorded as a human decision), closing the PR aborts it.');
    }
    return lines;
}

// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(42233);
;// CONCATENATED MODULE: ./src/render/summary.ts






/** GitHub rejects comments over 65536 characters; the diff is the part that can grow. */
const MAX_DIFF_CHARS = 40_000;
const reportMarker = (policyFile) => `<!-- canary-relay:${(0,markdown/* commentSafe */.XO)(policyFile)} -->`;
function renderReport(r) {
    const parts = [
        reportMarker(r.policyFile),
        `### canary-relay: ${(0,markdown/* mdText */.bC)(r.mode)} of ${(0,markdown/* mdCode */.xs)(r.policyFile)}`,
        `**Verdict: ${(0,markdown/* mdText */.bC)(r.verdict)}.** ${(0,markdown/* mdText */.bC)(r.next)}`,
    ];
    if (r.errors?.length)
        parts.push(errorsSection(r.errors));
    if (r.plan.length)
        parts.push(planSection(r.plan));
    // An invalid policy renders nothing, so "no change" would mislead: leave the diff out then.
    if (!r.errors?.length || r.haproxyDiff.trim())
        parts.push(diffSection(r.haproxyDiff, r.haproxyCheck));
    if (r.stages.length)
        parts.push(stagesSection(r.stages));
    return parts.join('\n\n') + '\n';
}
// ---- formatting helpers -------------------------------------------------------------
const code = (s) => (s === null ? '—' : (0,markdown/* mdCode */.xs)(s));
/** Three significant digits, no exponent below a million. */
function num(n) {
    if (!Number.isFinite(n))
        return n > 0 ? '∞' : '—';
    if (n !== 0 && (Math.abs(n) >= 1e6 || Math.abs(n) < 1e-3))
        return n.toExponential(1);
    return String(Number(n.toPrecision(3)));
}
const pValue = (p) => (p < 1e-4 ? '< 0.0001' : num(p));
/** A metric's value in its unit: error rates as percent, latency in ms, custom as is. */
function metricValue(metric, v) {
    if (v === null)
        return '—';
    if (metric.startsWith('error-rate'))
        return (0,numbers/* formatPercent */.l)(v);
    if (metric.startsWith('latency'))
        return `${num(v)} ms`;
    return num(v);
}
/** E next to the threshold it fails at (1/alpha), when the judge says what that is. */
const eValue = (m) => (m.alpha ? `${num(m.e)} / ${num(1 / m.alpha)}` : num(m.e));
function ratio(m) {
    if (m.ratio === null)
        return '—';
    const ci = m.ratioInterval ? ` (${num(m.ratioInterval[0])}–${num(m.ratioInterval[1])})` : '';
    return `${num(m.ratio)}×${ci}`;
}
const rowLabel = (s) => `${s.label} · ${(0,units/* formatBake */.jc)(s.bakeMs)}`;
const traffic = (s) => (0,policy_steps/* shareLabel */.e9)(s.headerOnly, s.percent);
// ---- sections -----------------------------------------------------------------------
function errorsSection(errors) {
    const lines = errors.map((e) => `- ${(0,markdown/* mdCode */.xs)((0,types/* formatPolicyError */.i)(e))}`);
    return [
        `#### Policy errors (${errors.length})`,
        'Nothing was applied. Fix these and push again:',
        ...lines,
    ].join('\n');
}
const CHANGE = {
    added: 'new service',
    removed: 'removed from the policy',
    release: 'new release: canary',
    routing: 'routing change: plan only',
    unchanged: 'unchanged',
};
function servicePlan(s) {
    const what = s.label ?? (s.change ? CHANGE[s.change] : undefined);
    const head = `**${(0,markdown/* mdText */.bC)(s.name)}**${what ? ` — ${what}` : ''}`;
    const release = s.release.before === s.release.after
        ? `release ${code(s.release.after)}`
        : `release ${code(s.release.before)} → ${code(s.release.after)}`;
    const n = s.hideSteps ? 0 : Math.max(s.stages.before.length, s.stages.after.length);
    const rows = Array.from({ length: n }, (_, i) => {
        const b = s.stages.before[i];
        const a = s.stages.after[i];
        const same = b && a && rowLabel(b) === rowLabel(a);
        return `| ${i + 1} | ${b ? (0,markdown/* mdText */.bC)(rowLabel(b)) : '—'} | ${a ? (same ? 'same' : `**${(0,markdown/* mdText */.bC)(rowLabel(a))}**`) : '—'} |`;
    });
    const table = n ? ['', '| step | before (traffic · bake) | after |', '|---:|---|---|', ...rows] : [];
    const [first, ...each] = n ? (s.forecast ?? []) : [];
    const forecast = first ? ['', (0,markdown/* mdText */.bC)(first), ...each.map((l) => `- ${(0,markdown/* mdText */.bC)(l)}`)] : [];
    return [head, release, ...table, ...forecast].join('\n');
}
function planSection(plan) {
    const shown = plan.filter((s) => s.change !== 'unchanged' || s.label);
    const quiet = plan.filter((s) => s.change === 'unchanged' && !s.label).map((s) => (0,markdown/* mdText */.bC)(s.name));
    const body = shown.map(servicePlan);
    if (quiet.length)
        body.push(`Unchanged: ${quiet.join(', ')}.`);
    return ['#### Plan', ...body].join('\n\n');
}
function diffStats(diff) {
    const lines = diff.split('\n');
    const add = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
    const del = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
    return `+${add} −${del}`;
}
function diffSection(diff, check) {
    const checkLine = check ? ` \`haproxy -c\`: ${(0,markdown/* mdText */.bC)(check)}.` : '';
    if (!diff.trim())
        return `HAProxy config: no change.${checkLine}`;
    // the summary line is raw HTML: Markdown escapes do not apply there
    const checkHtml = check ? ` — <code>haproxy -c</code>: ${(0,markdown/* htmlText */.js)(check)}.` : '';
    const cut = diff.length > MAX_DIFF_CHARS;
    const text = cut ? diff.slice(0, diff.lastIndexOf('\n', MAX_DIFF_CHARS)) : diff.replace(/\n$/, '');
    // A fence longer than any backtick run inside, so the diff cannot close it.
    const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
    return [
        `<details><summary>HAProxy config diff (${diffStats(diff)})${checkHtml}</summary>`,
        '',
        `${fence}diff`,
        text,
        fence,
        ...(cut
            ? [
                '',
                `Diff truncated at ${(0,numbers/* formatInt */.D)(MAX_DIFF_CHARS)} characters; the full file is in the job artifacts.`,
            ]
            : []),
        '',
        '</details>',
    ].join('\n');
}
function historyTable(stages) {
    const rows = stages.map((s) => {
        const req = s.judgement.metrics[0];
        const decided = s.judgement.decidedAt === null ? '—' : `${(0,numbers/* formatInt */.D)(s.judgement.decidedAt)} s`;
        const requests = req ? `${(0,numbers/* formatInt */.D)(req.canaryRequests)} / ${(0,numbers/* formatInt */.D)(req.stableRequests)}` : '—';
        return `| ${s.step} | ${traffic(s)} | ${(0,markdown/* mdText */.bC)(s.judgement.verdict)} | ${decided} | ${requests} |`;
    });
    return [
        '| step | traffic | verdict | decided at | requests canary / stable |',
        '|---:|---|---|---:|---:|',
        ...rows,
    ].join('\n');
}
function metricTable(metrics) {
    const rows = metrics.map((m) => `| ${(0,markdown/* mdText */.bC)(m.metric)} | ${metricValue(m.metric, m.canaryValue)} | ${metricValue(m.metric, m.stableValue)} | ` +
        `${(0,numbers/* formatInt */.D)(m.canaryRequests)} / ${(0,numbers/* formatInt */.D)(m.stableRequests)} | ${eValue(m)} | ${pValue(m.pValue)} | ${ratio(m)} | ` +
        `${m.verdict === 'fail' ? '**fail**' : (0,markdown/* mdText */.bC)(m.verdict)} |`);
    return [
        '| metric | canary | stable | requests canary / stable | E / fails at | p | ratio (interval) | verdict |',
        '|---|---:|---:|---:|---:|---:|---|---|',
        ...rows,
    ].join('\n');
}
const chartNumber = (v) => String(Number(v.toFixed(3)));
function chart(title, axis, x, canary, stable) {
    const max = Math.max(...canary, ...stable);
    return [
        '```mermaid',
        'xychart-beta',
        // a quoted Mermaid string inside a fence: only plain characters may reach it
        `  title "${title.replace(/[^A-Za-z0-9 _.:%()-]/g, '?')}"`,
        `  x-axis "seconds since the stage started" [${x.map((t) => (0,numbers/* formatInt */.D)(t).replace(/,/g, '')).join(', ')}]`,
        `  y-axis "${axis}" 0 --> ${chartNumber(max > 0 ? max * 1.2 : 1)}`,
        `  line [${canary.map(chartNumber).join(', ')}]`,
        `  line [${stable.map(chartNumber).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Error rate (and latency when the series has it), canary vs stable per poll. */
function charts(s) {
    const series = s.judgement.series;
    const out = [];
    const errs = series.filter((p) => p.canaryErrorRate !== null && p.stableErrorRate !== null);
    if (errs.length >= 2) {
        out.push(chart(`${s.service} step ${s.step}: error rate per poll (%)`, 'error rate (%)', errs.map((p) => p.t), errs.map((p) => p.canaryErrorRate * 100), errs.map((p) => p.stableErrorRate * 100)));
    }
    const lat = series.filter((p) => p.canaryLatencyMs != null && p.stableLatencyMs != null);
    if (lat.length >= 2) {
        out.push(chart(`${s.service} step ${s.step}: latency per poll (ms)`, 'latency (ms)', lat.map((p) => p.t), lat.map((p) => p.canaryLatencyMs), lat.map((p) => p.stableLatencyMs)));
    }
    if (out.length)
        out.push('First line: canary; second line: stable.');
    return out;
}
function liveStage(s) {
    const j = s.judgement;
    const decided = j.decidedAt === null ? '' : ` at ${(0,numbers/* formatInt */.D)(j.decidedAt)} s`;
    const reasons = j.metrics.map((m) => `- ${(0,markdown/* mdText */.bC)(m.metric)}: ${(0,markdown/* mdText */.bC)(m.reason)}`);
    const notes = j.notes.map((n) => `- note: ${(0,markdown/* mdText */.bC)(n)}`);
    return [
        `**Step ${s.step} (${traffic(s)}): ${(0,markdown/* mdText */.bC)(j.verdict)}${decided}**`,
        '',
        j.metrics.length ? metricTable(j.metrics) : 'No metrics were judged in this stage.',
        ...(reasons.length || notes.length ? ['', ...reasons, ...notes] : []),
        ...judgeLines(j, s.held),
        ...charts(s).flatMap((c) => ['', c]),
    ].join('\n');
}
function stagesSection(stages) {
    const services = [...new Set(stages.map((s) => s.service))];
    const blocks = services.map((name) => {
        const mine = stages.filter((s) => s.service === name);
        const live = mine[mine.length - 1];
        const history = mine.length > 1 ? [historyTable(mine), ''] : [];
        return [`**${(0,markdown/* mdText */.bC)(name)}**`, '', ...history, liveStage(live)].join('\n');
    });
    return ['#### Stages', ...blocks].join('\n\n');
}
const noteMarker = (kind, policyFile, commit) => `<!-- canary-relay-note:${kind}:${(0,markdown/* commentSafe */.XO)(policyFile)}:${(0,markdown/* commentSafe */.XO)(commit)} -->`;
function renderNote(kind, n) {
    const short = (0,markdown/* mdText */.bC)(n.commit.slice(0, 12));
    const list = n.services.map((s) => `- **${(0,markdown/* mdText */.bC)(s.name)}**: 100% on ${code(s.target)}${s.from ? ` (was ${code(s.from)})` : ''}`);
    const head = kind === 'promote'
        ? `**canary-relay promoted** the canary of ${(0,markdown/* mdCode */.xs)(n.policyFile)} after commit ${short}:`
        : `**canary-relay rolled back** ${(0,markdown/* mdCode */.xs)(n.policyFile)} at once, without stages${n.reason ? `, because ${(0,markdown/* mdText */.bC)(n.reason)}` : ''}:`;
    // a link we make: only URL characters stay, anything else is percent-encoded
    const url = n.runUrl?.replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
    const tail = url ? ['', `[Run details](<${url}>)`] : [];
    return [noteMarker(kind, n.policyFile, n.commit), head, ...list, ...tail].join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var adapters_github = __webpack_require__(69312);
;// CONCATENATED MODULE: ./src/action/report.ts


function stagesOf(o) {
    return o.runs.flatMap((r) => (r.result?.judgements ?? []).map((j) => {
        const step = o.head.policy?.services.find((s) => s.name === r.service)?.steps[j.step];
        return {
            service: r.service,
            step: j.step + 1,
            percent: j.percent,
            headerOnly: step?.headerOnly,
            judgement: j.judgement,
            held: r.result?.state?.step === j.step ? r.result.state.held : undefined,
        };
    }));
}
/** The plan line of a service, labelled by what this run does with it. */
function labelled(p, intent, run) {
    if (!intent)
        return p;
    const s = run?.result?.state;
    switch (intent.mode) {
        case 'plan':
            return intent.rollbackPreview
                ? { ...p, label: `rollback preview: ${intent.reason}`, hideSteps: true }
                : p;
        case 'rollback':
            return s?.canary === null && s.stable
                ? { ...p, label: `rollback: back to \`${s.stable}\` in one write, no steps`, hideSteps: true }
                : { ...p, label: 'rollback: nothing routed (see the verdict)', hideSteps: true };
        case 'promote':
            return {
                ...p,
                label: s?.origin === 'promote'
                    ? 'promote through a staged canary (no passed canary of this release to promote)'
                    : 'promote',
            };
        case 'abort':
            return { ...p, label: 'abort', hideSteps: true };
        case 'none':
            return {
                ...p,
                label: intent.reason.replace(`${p.name}: `, '').replace(`${p.name} `, ''),
                hideSteps: true,
            };
        default:
            return p;
    }
}
/** What the run did, for the heading: "promote", "rollback", "canary + plan". */
function modeLabel(o) {
    const modes = [
        ...new Set(o.intents.map((i) => (i.rollbackPreview ? 'rollback preview' : i.mode)).filter((m) => m !== 'none')),
    ];
    return modes.length ? modes.join(' + ') : o.decision.mode;
}
function reportBody(o) {
    const plan = (o.plan?.services ?? []).map((p) => labelled({ ...p, forecast: o.forecasts?.[p.name] }, o.intents.find((i) => i.service === p.name), o.runs.find((r) => r.service === p.name)));
    return renderReport({
        policyFile: o.inputs.policy,
        mode: modeLabel(o),
        plan,
        haproxyDiff: o.plan?.haproxyDiff ?? '',
        haproxyCheck: o.check?.text,
        stages: stagesOf(o),
        verdict: o.verdict,
        next: o.next,
        errors: o.head.errors,
    });
}
/** The check run's title: the waiting reason when a lock holds it, else the verdict. */
function checkTitle(o) {
    const waiting = o.runs.find((r) => r.waitingFor);
    if (waiting && o.verdict === 'running')
        return `waiting for ${waiting.waitingFor}'s canary of ${waiting.service}`;
    return `canary-relay: ${o.verdict}`;
}
/** The report's heading and verdict line (the check run's summary), without the hidden marker. */
const headline = (body) => body
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('<!--'))
    .slice(0, 2)
    .join('\n\n');
/** Notes for promotions and rollbacks this run made (the state says so), after the fact. */
function noteOf(o, runUrl) {
    const done = (r) => !r.error && (r.result?.writes ?? 0) > 0 && r.result?.state;
    const promoted = o.runs.filter((r) => done(r) && r.result?.state?.phase === 'Succeeded');
    const rolled = o.runs.filter((r) => done(r) && r.mode === 'rollback' && r.result?.state?.canary === null);
    const kind = rolled.length ? 'rollback' : promoted.length ? 'promote' : null;
    if (!kind)
        return null;
    const services = (kind === 'rollback' ? rolled : promoted).map((r) => {
        const svc = o.head.policy?.services.find((s) => s.name === r.service);
        return { name: r.service, target: r.result?.state?.stable ?? (svc ? (0,names/* releaseOf */.l7)(svc) : r.service) };
    });
    const d = o.decision;
    const reason = kind === 'rollback' && d.revertedSha ? `commit ${d.revertedSha.slice(0, 12)} was reverted` : undefined;
    const body = renderNote(kind, {
        policyFile: o.inputs.policy,
        commit: d.head ?? '',
        services,
        reason,
        runUrl,
    });
    return { kind, body };
}

;// CONCATENATED MODULE: ./src/action/publish.ts
// Sends the Outcome: outputs, job summary, PR comment, check run, notes, and the reports of other
// PRs this run changed. Reporting never blocks the rollout: it runs after it, every part is tried
// on its own (the check is completed even when the comment fails), and what could not be
// published is named in the job summary and fails the step at the end.







const CONCLUSION = {
    pass: 'success',
    fail: 'failure',
    inconclusive: 'neutral',
    skipped: 'neutral',
    running: undefined,
};
/** One publication: each part is tried on its own; failures are collected, never thrown. */
class Publisher {
    gh;
    failed = [];
    warned = [];
    /** the kind of the last failure (a 422 is `validation`) */
    lastKind = null;
    constructor(gh) {
        this.gh = gh;
    }
    async part(what, fn) {
        if (!this.gh)
            return false;
        try {
            await fn(this.gh);
            return true;
        }
        catch (e) {
            this.lastKind = e instanceof adapters_github/* GitHubAdapterError */.n7 ? e.kind : 'error';
            // a token that may not write (a fork's, read-only permissions) is reported, not a failure
            if (e instanceof adapters_github/* GitHubAdapterError */.n7 && (e.kind === 'permission' || e.kind === 'auth')) {
                this.warned.push(`${what}: ${e.message}`);
                core/* warning */.$e(`${what}: ${e.message}`);
            }
            else {
                this.failed.push(`${what}: ${e.message}`);
                core/* error */.z3(`could not publish the ${what}: ${e.message}`);
            }
            return false;
        }
    }
}
/** The GitHub client, or null when there is no token or repository to report to. */
function client(inputs) {
    if (inputs.githubToken && process.env.GITHUB_REPOSITORY) {
        try {
            return (0,adapters_github/* createGitHub */.Cl)({ token: inputs.githubToken });
        }
        catch (e) {
            core/* warning */.$e(`no GitHub client: ${e.message}`);
            return null;
        }
    }
    core/* info */.pq('no github-token or repository: no PR comment or check run');
    return null;
}
const repo = () => github/* context */._.repo;
const runUrl = () => {
    const { owner, repo: name } = repo();
    return `${github/* context */._.serverUrl}/${owner}/${name}/actions/runs/${github/* context */._.runId}`;
};
/**
 * The check in progress before any work, so the merge gate is closed while the run works. A
 * failure here is only logged: the rollout never waits on GitHub.
 */
async function announce(inputs, d) {
    if (d.mode === 'skip' || d.mode === 'advance' || !d.head)
        return;
    const p = new Publisher(client(inputs));
    await p.part('check run (in progress)', (gh) => gh.createOrUpdateCheckRun(repo().owner, repo().repo, d.head, {
        status: 'in_progress',
        title: `canary-relay: ${d.mode}`,
        summary: `${(0,markdown/* mdText */.bC)(d.mode)}: ${(0,markdown/* mdText */.bC)(d.reason)}`,
    }));
}
/** A check completed, or left in progress while a rollout bakes or waits for its lock. */
function checkState(verdict) {
    return verdict === 'running'
        ? { status: 'in_progress' }
        : { status: 'completed', conclusion: CONCLUSION[verdict] };
}
async function reportOne(p, o, body) {
    const { owner, repo: name } = repo();
    const d = o.decision;
    if (d.pr)
        await p.part(`PR #${d.pr} comment`, (gh) => gh.upsertStickyComment(owner, name, d.pr, reportMarker(o.inputs.policy), body));
    const sha = d.head ?? github/* context */._.sha;
    const check = {
        ...checkState(o.verdict),
        title: checkTitle(o),
        summary: headline(body),
        text: body,
        annotations: (0,adapters_github/* annotationsFromErrors */.kg)(o.head.errors, o.inputs.policy),
    };
    // an operator's dispatch belongs to no commit: its report is the job summary (main's check
    // stays what main's own push made it); the PRs it changed are updated below
    const skipCheck = d.operator && !d.pr;
    const ok = skipCheck ||
        (await p.part(`check run of ${sha.slice(0, 12)}`, (gh) => gh.createOrUpdateCheckRun(owner, name, sha, check)));
    if (!ok && p.lastKind === 'validation' && check.status === 'completed') {
        // a 422 on the full output (size, an annotation): complete it with the verdict alone
        const short = {
            ...check,
            text: undefined,
            annotations: [],
            summary: `**Verdict: ${o.verdict}.** ${o.next}`.slice(0, 60_000),
        };
        if (await p.part(`check run of ${sha.slice(0, 12)} (short form)`, (gh) => gh.createOrUpdateCheckRun(owner, name, sha, short)))
            p.failed.pop(); // the check is complete; only its long text is missing, said in the log
    }
    const note = noteOf(o, runUrl());
    if (note) {
        await p.part(`${note.kind} note`, async (gh) => {
            // a rollback's note goes on the reverted PR when a commit names it; else on the pushed commit's PR
            const commit = (note.kind === 'rollback' ? d.revertedSha : undefined) ?? d.head ?? github/* context */._.sha;
            const pr = d.pr ??
                (await gh.findPrForCommit(owner, name, commit)) ??
                (d.head ? await gh.findPrForCommit(owner, name, d.head) : null);
            if (pr)
                await gh.postNote(owner, name, pr, note.body);
        });
    }
    // another PR's rollout this run promoted, rolled back or aborted: its report says so
    for (const r of o.runs.filter((x) => x.prior)) {
        const pr = Number(r.prior.owner.slice(3));
        const state = r.result?.state;
        const what = r.mode === 'abort'
            ? `aborted by ${d.operator ? 'an operator' : d.pr ? `PR #${d.pr}` : 'a push'}, run ${o.runNumber ?? '?'}`
            : r.mode === 'rollback'
                ? `rolled back to ${state?.stable ?? '?'} by ${d.operator ? 'an operator' : 'a push'}, run ${o.runNumber ?? '?'}`
                : `promoted by ${d.head?.slice(0, 12) ?? 'the merge'}, run ${o.runNumber ?? '?'}: ${state?.stable ?? '?'} serves 100%`;
        const verdict = r.mode === 'promote' && state?.phase === 'Succeeded' ? 'success' : 'cancelled';
        await p.part(`PR #${pr} comment`, async (gh) => {
            const found = await gh.findStickyComment(owner, name, pr, reportMarker(o.inputs.policy));
            const line = `**Verdict: ${r.mode === 'promote' ? 'pass' : 'skipped'}.** ${r.service}: ${what}`;
            const body = found
                ? found.body.replace(/^\*\*Verdict: [a-z]+\.\*\*.*$/m, () => line)
                : `${reportMarker(o.inputs.policy)}\n### canary-relay: ${r.mode}\n\n${line}\n`;
            await gh.upsertStickyComment(owner, name, pr, reportMarker(o.inputs.policy), body);
        });
        if (r.prior.commit)
            await p.part(`check run of PR #${pr}`, (gh) => gh.createOrUpdateCheckRun(owner, name, r.prior.commit, {
                status: 'completed',
                conclusion: verdict,
                title: what.slice(0, 200),
                summary: `${r.service}: ${what}`,
            }));
    }
}
/** This run wrote nothing and judged nothing: a re-run of a step that already happened. */
const quietRun = (o) => o.runs.length > 0 &&
    o.runs.every((r) => r.result && !r.error && r.result.writes === 0 && r.result.judgements.length === 0);
/**
 * A quiet re-run keeps the report of the run that did the work (its stage evidence is not in the
 * service's state, so a new body would lose it), as long as that report says the same verdict.
 */
async function earlierReport(gh, o) {
    const pr = o.decision.pr;
    if (!gh || !pr || !quietRun(o))
        return null;
    const { owner, repo: name } = repo();
    try {
        const found = await gh.findStickyComment(owner, name, pr, reportMarker(o.inputs.policy));
        if (!found?.body.includes(`**Verdict: ${o.verdict}.**`))
            return null;
        // the evidence stays; the verdict line is this run's (true of the state now)
        return found.body.replace(/^\*\*Verdict: [a-z]+\.\*\*.*$/m, () => `**Verdict: ${o.verdict}.** ${o.next}`);
    }
    catch {
        return null; // the fresh report is posted (or its failure reported) below
    }
}
function setOutputs(o, body) {
    const first = o.runs.find((r) => r.result)?.result;
    core/* setOutput */.uH('verdict', o.verdict);
    core/* setOutput */.uH('stage', stageOf(first));
    core/* setOutput */.uH('canary-percent', String(first?.percent ?? 0));
    core/* setOutput */.uH('haproxy-config', o.haproxyConfig ?? '');
    core/* setOutput */.uH('report', body);
}
/** Publishes the outcome once; throws (main's one catch fails the step) on fail or unpublished parts. */
async function publish(o) {
    const neutral = o.runs.find((r) => r.neutral);
    if (neutral && o.verdict !== 'fail')
        o = { ...o, verdict: 'skipped', next: neutral.error ?? o.next };
    // An event that asks for nothing (a merged PR closing, a push to another branch) posts nowhere:
    // a "skipped" there would replace the PR's report and turn its check (the merge gate) neutral.
    // A scheduled run reports on each rollout's own PR and commit.
    const quiet = o.decision.mode === 'skip' || o.decision.mode === 'advance';
    const p = new Publisher(quiet && !o.others.length ? null : client(o.inputs));
    const body = (await earlierReport(p.gh, o)) ?? reportBody(o);
    setOutputs(o, body);
    if (!quiet)
        await reportOne(p, o, body);
    for (const other of o.others)
        await reportOne(p, other, reportBody(other));
    if (process.env.GITHUB_STEP_SUMMARY) {
        const missing = [...p.failed, ...p.warned];
        const unpublished = missing.length
            ? `\n#### Not published\n${missing.map((f) => `- ${f.replace(/\n/g, ' ')}`).join('\n')}\n`
            : '';
        await core/* summary */.z.addRaw(body + unpublished).write();
    }
    if (neutral)
        core/* warning */.$e(o.next);
    core/* info */.pq(`canary-relay: ${modeLabel(o)}: ${o.verdict} — ${o.next}`);
    const problems = [
        ...(o.verdict === 'fail' ? [o.next] : []),
        ...(p.failed.length ? [`the rollout ran, but GitHub did not take: ${p.failed.join('; ')}`] : []),
    ];
    if (problems.length)
        throw new Error(problems.join('\n'));
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's shell (src/index.ts sends a command line to src/cli/entry.ts instead):
// inputs → decision → check in progress → run → one outcome, published once; mode `status`
// only reads and writes the status table.
// The one catch that calls setFailed lives here.




async function main() {
    // A cancelled job (timeout-minutes, a newer run, a person) leaves the rollout as its last write
    // left it on the Cloud Run service: each write is whole, so the next run resumes from there.
    for (const sig of ['SIGINT', 'SIGTERM'])
        process.once(sig, () => {
            core/* warning */.$e(`cancelled (${sig}): the rollout stays as the last Cloud Run write left it; the next run (the schedule) resumes it`);
            process.exit(1);
        });
    try {
        const inputs = readInputs();
        if (inputs.mode === 'status')
            return await (await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(475), __webpack_require__.e(308), __webpack_require__.e(406), __webpack_require__.e(15), __webpack_require__.e(726)]).then(__webpack_require__.bind(__webpack_require__, 27726))).statusSummary(inputs, process.env);
        const outcome = await runAction(inputs, process.env, (d) => announce(inputs, d));
        await publish(outcome);
    }
    catch (e) {
        core/* setFailed */.C1(e instanceof Error ? e.message : String(e));
    }
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

/***/ 45714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ formatInt),
/* harmony export */   l: () => (/* binding */ formatPercent)
/* harmony export */ });
// Numbers as reports and logs print them (one formatter each).
/** Rounded, with thousands separators: 12,345. */
const formatInt = (n) => Math.round(n).toLocaleString('en-US');
/** A fraction as a percent with at most `digits` decimals: 0.0123 → "1.23%". */
const formatPercent = (fraction, digits = 2) => `${Number((fraction * 100).toFixed(digits))}%`;


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
