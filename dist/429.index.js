export const id = 429;
export const ids = [429];
export const modules = {

/***/ 35678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ repo),
/* harmony export */   Sn: () => (/* binding */ client),
/* harmony export */   vC: () => (/* binding */ Publisher)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22270);
/* harmony import */ var _adapters_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69312);
// The GitHub client of a run and one publication's bookkeeping: each part (a comment, a check run,
// a note) is tried on its own and its failure collected, never thrown. Light on purpose: the check
// in progress (start.ts) goes out through it before the rest of the action loads.



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
            this.lastKind = e instanceof _adapters_github_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubAdapterError */ .n7 ? e.kind : 'error';
            // a token that may not write (a fork's, read-only permissions) is reported, not a failure
            if (e instanceof _adapters_github_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubAdapterError */ .n7 && (e.kind === 'permission' || e.kind === 'auth')) {
                this.warned.push(`${what}: ${e.message}`);
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${what}: ${e.message}`);
            }
            else {
                this.failed.push(`${what}: ${e.message}`);
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`could not publish the ${what}: ${e.message}`);
            }
            return false;
        }
    }
}
/** The GitHub client, or null when there is no token or repository to report to. */
function client(inputs) {
    if (inputs.githubToken && process.env.GITHUB_REPOSITORY) {
        try {
            return (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitHub */ .Cl)({ token: inputs.githubToken });
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`no GitHub client: ${e.message}`);
            return null;
        }
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('no github-token or repository: no PR comment or check run');
    return null;
}
const repo = () => _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.repo;


/***/ }),

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

/***/ 60429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(22270);
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

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/action/publisher.ts
var publisher = __webpack_require__(35678);
;// CONCATENATED MODULE: ./src/action/start.ts
// What a run does before it loads the rest of the action: the decision from the event and the
// check in progress. Only the GitHub libraries load for it (main.ts imports the policy, the
// renderers, git and the Cloud Run clients after it is sent), so the merge gate closes early.





/** The mode this event asks for (the `mode` input wins), logged once. */
function decide(inputs) {
    const ctx = github/* context */._;
    const payload = ctx.payload;
    const defaultBranch = payload.repository?.default_branch;
    const decision = modeForEvent(ctx.eventName, payload, { mode: inputs.mode }, defaultBranch);
    core/* info */.pq(`canary-relay: ${decision.mode} — ${decision.reason}`);
    return decision;
}
/**
 * The check in progress before any work, so the merge gate is closed while the run works. A
 * failure here is only logged: the rollout never waits on GitHub.
 */
async function announce(inputs, d) {
    if (d.mode === 'skip' || d.mode === 'advance' || !d.head)
        return;
    const p = new publisher/* Publisher */.vC((0,publisher/* client */.Sn)(inputs));
    await p.part('check run (in progress)', (gh) => gh.createOrUpdateCheckRun((0,publisher/* repo */.LB)().owner, (0,publisher/* repo */.LB)().repo, d.head, {
        status: 'in_progress',
        title: `canary-relay: ${d.mode}`,
        summary: `${(0,markdown/* mdText */.bC)(d.mode)}: ${(0,markdown/* mdText */.bC)(d.reason)}`,
    }));
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's shell (src/index.ts sends a command line to src/cli/entry.ts instead):
// inputs → decision → check in progress → run → one outcome, published once; mode `status`
// only reads and writes the status table.
// Only the GitHub libraries load before the check in progress is sent (src/action/start.ts); the
// rest of the action (yaml, the policy checks, renderers, git) is imported while it travels.
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
            return await (await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(142), __webpack_require__.e(475), __webpack_require__.e(308), __webpack_require__.e(746), __webpack_require__.e(377), __webpack_require__.e(406), __webpack_require__.e(62), __webpack_require__.e(15), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 27726))).statusSummary(inputs, process.env);
        const decision = decide(inputs);
        await announce(inputs, decision);
        const [{ runAction }, { publish }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(746), __webpack_require__.e(830), __webpack_require__.e(291), __webpack_require__.e(332), __webpack_require__.e(377), __webpack_require__.e(930), __webpack_require__.e(62), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 26614)),
            __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 9837)),
        ]);
        await publish(await runAction(inputs, process.env, decision));
    }
    catch (e) {
        core/* setFailed */.C1(e instanceof Error ? e.message : String(e));
    }
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


/***/ })

};
