export const id = 15;
export const ids = [15];
export const modules = {

/***/ 37015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dueRollouts: () => (/* binding */ dueRollouts),
  nm: () => (/* binding */ missingCredentials),
  readAllFacts: () => (/* binding */ readAllFacts),
  runServices: () => (/* binding */ runServices)
});

// UNUSED EXPORTS: deadlineOf, describeJudgement, editQueue, operationBound, portsFactory, readFacts

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/policy/normalise.ts + 1 modules
var normalise = __webpack_require__(16233);
// EXTERNAL MODULE: ./src/policy/steps.ts
var steps = __webpack_require__(69385);
// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
// EXTERNAL MODULE: ./src/rollout/state.ts
var rollout_state = __webpack_require__(49988);
// EXTERNAL MODULE: ./src/rollout/traffic.ts
var rollout_traffic = __webpack_require__(94200);
;// CONCATENATED MODULE: ./src/rollout/guards.ts

/** The failed revisions kept in the state (the last few are enough to guard re-runs). */
const KEEP_FAILED = 10;
function withFailed(failed, revision) {
    if (!revision)
        return failed;
    return [...(failed ?? []).filter((r) => r !== revision), revision].slice(-KEEP_FAILED);
}
/** Why `revision` may not get traffic (it failed before and force is off), or null. */
function refusedFailed(state, input, revision) {
    if (input.force || !state?.failed?.includes(revision))
        return null;
    return (`${input.service.name}: revision ${revision} failed before (analysis or readiness); ` +
        'not routing traffic to it — set force to route to it anyway');
}
/**
 * A new push to the PR that owns the rollout, with the same release: the rollout now follows the
 * new head (scheduled runs read its policy and report on its check). One state write, no traffic.
 */
function followHead(state, input) {
    if (state.owner !== input.owner || !state.commit || state.commit === input.commit)
        return null;
    if ((0,rollout_state/* isTerminal */.Hd)(state.phase))
        return null;
    const next = { ...state, commit: input.commit, policyDigest: input.policyDigest };
    return {
        state: next,
        actions: [
            { kind: 'writeState' },
            {
                kind: 'report',
                message: `the rollout of ${state.canary ?? 'the canary'} now follows ${input.owner}'s head ${input.commit.slice(0, 12)} (same release)`,
            },
        ],
        status: 'changed',
    };
}

;// CONCATENATED MODULE: ./src/rollout/stage-outcome.ts
/** The default for `on-inconclusive`: an undecided canary keeps its small share until a human looks. */
const DEFAULT_ON_INCONCLUSIVE = 'hold';
/** What an inconclusive judgement lacked, metric by metric. */
function inconclusiveReason(j) {
    const why = j.metrics
        .filter((m) => m.verdict === 'inconclusive')
        .map((m) => `${m.metric}: ${m.missing ?? m.reason}`);
    return why.join('; ') || 'no metric could be judged';
}
function stageOutcome(input) {
    const { step, label, judgement: j, elapsedMs } = input;
    const maxBakeMs = Math.max(step.bakeMs, step.maxBakeMs ?? 3 * step.bakeMs);
    if (j?.verdict === 'fail') {
        const why = j.metrics
            .filter((m) => m.verdict === 'fail')
            .map((m) => `${m.metric}: ${m.reason}`)
            .join('; ');
        return { kind: 'fail', reason: `${label}: analysis failed${why ? `: ${why}` : ''}` };
    }
    if (j?.verdict === 'pass')
        return { kind: 'advance', verdict: 'pass' };
    const undecided = j?.verdict === 'inconclusive' || (j !== undefined && elapsedMs >= maxBakeMs);
    if (undecided) {
        const reason = `${label} inconclusive after ${Math.round(elapsedMs / 60_000)} min: ${inconclusiveReason(j)}`;
        return (input.onInconclusive ?? DEFAULT_ON_INCONCLUSIVE) === 'rollback'
            ? { kind: 'rollback', reason }
            : { kind: 'hold', reason };
    }
    if (!j && elapsedMs >= step.bakeMs)
        return { kind: 'advance', verdict: 'skipped' };
    const left = Math.ceil(((elapsedMs < step.bakeMs ? step.bakeMs : maxBakeMs) - elapsedMs) / 1000);
    return {
        kind: 'wait',
        message: elapsedMs < step.bakeMs
            ? `${label} baking, ${left}s of its minimum left`
            : `${label} undecided, waiting for evidence (${left}s to max-bake)`,
    };
}

// EXTERNAL MODULE: ./src/rollout/gates.ts
var gates = __webpack_require__(34549);
;// CONCATENATED MODULE: ./src/rollout/machine.ts
// The stage machine: (state, input) → next state + actions, one transition per call, no I/O.
// Initializing → HeaderOnly → Progressing(step k) → Promoting → Succeeded, or Failed / Aborted.
// Traffic always goes to revisions by name; the engine writes each transition in one update.







/** A revision that has not become ready after this long fails the canary. */
const READY_TIMEOUT_MS = 10 * 60_000;
function transition(state, input) {
    switch (input.mode) {
        case 'canary':
            return canaryMode(state, input);
        case 'promote':
            return promoteMode(state, input);
        case 'rollback':
            return rollbackMode(state, input);
        case 'abort':
            return abortMode(state, input);
    }
}
/** The revision a desired release means: `<service>-<7 chars of the commit>` for an image. */
function wantedRevision(service, commit) {
    if (service.image)
        return { image: service.image, revision: (0,names/* canaryRevisionName */.dR)(service.name, commit) };
    if (service.revision)
        return { image: null, revision: service.revision };
    return null;
}
const waiting = (state, message) => ({
    state,
    actions: [],
    status: 'waiting',
    message,
});
const done = (state, message, extra = {}) => ({
    state,
    actions: [],
    status: 'done',
    message,
    ...extra,
});
function matches(state, want) {
    return want.image !== null ? state.image === want.image : state.canary === want.revision;
}
function alreadyServing(input, want) {
    const o = input.observed;
    return want.image !== null ? o.servingImage === want.image : o.serving === want.revision;
}
function describeOwner(state) {
    return `canary ${state.canary ?? '(none)'} of service belongs to ${state.owner} (phase ${state.phase}, step ${state.step + 1})`;
}
function refuse(state, input, what) {
    return done(state, `${input.service.name}: ${describeOwner(state)}; not ${what} it — set force to take over`, {
        refused: true,
    });
}
function foreign(state, input) {
    return state !== null && !(0,rollout_state/* isTerminal */.Hd)(state.phase) && state.owner !== input.owner && !input.force;
}
function canaryMode(state, input) {
    const want = wantedRevision(input.service, input.commit);
    if (!want)
        return done(state, `${input.service.name}: the policy names neither image nor revision`, { error: true });
    if (state && foreign(state, input))
        return refuse(state, input, 'replacing');
    if (state && matches(state, want) && state.phase !== 'Aborted') {
        if (state.phase === 'Succeeded')
            return done(state, `${want.revision} is already promoted`);
        if (state.phase === 'Failed')
            return done(state, `canary ${state.canary ?? want.revision} failed: ${state.reason ?? 'see the last run'}`);
        return followHead(state, input) ?? continueRollout({ ...state, owner: input.owner }, input);
    }
    if ((!state || (0,rollout_state/* isTerminal */.Hd)(state.phase)) && alreadyServing(input, want)) {
        return done(state, `${input.service.name} already serves ${want.image ?? want.revision}; no canary needed`);
    }
    return start(state, input, want);
}
function promoteMode(state, input) {
    const want = wantedRevision(input.service, input.commit);
    if (!want)
        return done(state, `${input.service.name}: the policy names neither image nor revision`, { error: true });
    if (state && matches(state, want) && state.phase !== 'Aborted') {
        if (state.phase === 'Succeeded')
            return done(state, `${state.stable} is already promoted`);
        if (state.phase === 'Failed') {
            return done(state, `not promoting: canary ${state.canary ?? want.revision} failed: ${state.reason ?? 'see the PR'}`);
        }
        // the merge of the PR that owns this canary: the promotion takes it over
        return continueRollout({ ...state, owner: input.owner }, input);
    }
    if ((!state || (0,rollout_state/* isTerminal */.Hd)(state.phase)) && alreadyServing(input, want)) {
        return done(state, `${input.service.name} already serves ${want.image ?? want.revision}`);
    }
    if (state && foreign(state, input))
        return refuse(state, input, 'promoting over');
    // a merge whose image never ran as a canary walks every step with analysis
    return start(state, input, want);
}
function start(state, input, want) {
    const refused = refusedFailed(state, input, want.revision);
    if (refused)
        return done(state, refused, { error: true });
    const active = state !== null && !(0,rollout_state/* isTerminal */.Hd)(state.phase);
    const stable = active ? state.stable : input.observed.serving;
    const stableImage = active ? (state.stableImage ?? null) : input.observed.servingImage;
    if (!stable) {
        return done(state, `${input.service.name} has no revision serving traffic to keep as stable; deploy it once first`, {
            error: true,
        });
    }
    const traffic = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable,
        canary: want.revision,
        percent: 0,
        canaryTag: true,
        drop: [active ? state.canary : null],
    });
    const next = {
        v: 1,
        owner: input.owner,
        commit: input.commit,
        policyDigest: input.policyDigest,
        phase: 'Initializing',
        step: 0,
        stepStartedAt: input.now,
        startedAt: input.now,
        stable,
        stableImage,
        canary: want.revision,
        image: want.image,
        lastVerdict: null,
        origin: input.mode === 'promote' ? 'promote' : 'canary',
    };
    if (state?.previous)
        next.previous = state.previous;
    if (state?.failed)
        next.failed = state.failed;
    const deploy = want.image !== null && !input.observed.existing.includes(want.revision)
        ? { kind: 'deployCanary', image: want.image, revisionName: want.revision, traffic }
        : { kind: 'tagCanary', revision: want.revision, traffic };
    const actions = [];
    if (input.splitAt === 'haproxy' && active)
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push(deploy, { kind: 'writeState' }, {
        kind: 'report',
        message: `${deploy.kind === 'deployCanary' ? 'deployed' : 'tagged'} ${want.revision} as canary at 0% (stable ${stable})`,
    });
    return { state: next, actions, status: 'changed' };
}
/** One step forward for an active rollout this run owns. */
function continueRollout(state, input) {
    const paused = (0,gates/* pauseGate */.G9)(state, input);
    if (paused)
        return paused;
    const jumps = input.service.promote !== 'gradual' && state.origin !== 'promote';
    if (state.phase === 'Initializing') {
        const ready = input.observation.canaryReady;
        if (ready === false) {
            return fail(state, input, `revision ${state.canary} failed to become ready: ${input.observation.readyReason ?? 'no reason given'}`);
        }
        if (ready !== true) {
            if (input.now - state.stepStartedAt > READY_TIMEOUT_MS) {
                return fail(state, input, `revision ${state.canary} is not ready after ${READY_TIMEOUT_MS / 60_000} min`);
            }
            return waiting(state, `waiting for revision ${state.canary} to become ready`);
        }
        if (input.mode === 'promote' && jumps)
            return promoteNow(state, input);
        return enterStep(state, input, 0, null);
    }
    if (state.awaitingMerge) {
        if (input.mode === 'promote')
            return promoteNow(state, input);
        return done(state, `all ${input.service.steps.length} steps of ${state.canary} passed; promotion needs the merge`);
    }
    if (input.mode === 'promote' && jumps)
        return promoteNow(state, input);
    return bake(state, input);
}
function bake(state, input) {
    const { service } = input;
    if (state.step >= service.steps.length)
        return completeAll(state, input, state.lastVerdict ?? 'skipped');
    const step = service.steps[state.step];
    const label = (0,steps/* stepLabel */.vO)(service, state.step + 1);
    const o = stageOutcome({
        step,
        label,
        judgement: input.observation.judgement,
        elapsedMs: input.now - state.stepStartedAt,
        onInconclusive: service.analysis.onInconclusive,
    });
    if (o.kind === 'wait')
        return waiting(state, o.message);
    if (o.kind === 'fail' || o.kind === 'rollback')
        return fail(state, input, o.reason);
    // a merge of a held canary is the human decision the hold asked for
    if (o.kind === 'hold' && input.mode !== 'promote')
        return hold(state, o.reason);
    const verdict = o.kind === 'hold' ? 'inconclusive' : o.verdict;
    const next = o.kind === 'hold' ? { ...state, promotedWhileHeld: o.reason } : state;
    if (state.step + 1 < service.steps.length)
        return enterStep(next, input, state.step + 1, verdict);
    return completeAll(next, input, verdict);
}
/** An inconclusive stage held: keep the traffic, say what is missing (written once). */
function hold(state, reason) {
    const message = `held: ${reason}; the canary keeps its traffic — merge to promote it anyway (recorded), or close the PR to abort`;
    if (state.held)
        return done(state, message);
    return {
        state: { ...state, held: reason },
        actions: [{ kind: 'writeState' }, { kind: 'report', message }],
        status: 'changed',
    };
}
function completeAll(state, input, verdict) {
    const gated = (0,gates/* boundaryGate */.wh)(state, input, 'end', fail);
    if (gated)
        return gated;
    if (input.mode === 'promote' || input.service.promote === 'auto') {
        return promoteNow({ ...state, lastVerdict: verdict }, input);
    }
    const next = { ...state, awaitingMerge: true, lastVerdict: verdict };
    return {
        state: next,
        actions: [
            { kind: 'writeState' },
            {
                kind: 'report',
                message: `all steps of ${state.canary} done (${verdict}); promotion needs the merge`,
            },
        ],
        status: 'changed',
    };
}
function enterStep(state, input, k, verdict) {
    const gated = (0,gates/* boundaryGate */.wh)(state, input, k, fail);
    if (gated)
        return gated;
    const { service } = input;
    const step = service.steps[k];
    const percent = (0,steps/* percentAt */.r6)(service, k + 1);
    let smoked = state.smoked;
    if (!step.headerOnly && service.smoke && !smoked) {
        const smoke = input.observation.smoke;
        if (!smoke)
            return {
                state,
                actions: [{ kind: 'smokeProbe' }],
                status: 'changed',
                message: `smoke probe before ${(0,steps/* stepLabel */.vO)(service, k + 1)}`,
            };
        if (!smoke.ok)
            return fail(state, input, `smoke probe of ${state.canary} failed: ${smoke.detail}`);
        smoked = true;
    }
    const phase = step.headerOnly ? 'HeaderOnly' : input.mode === 'promote' ? 'Promoting' : 'Progressing';
    const next = {
        ...state,
        phase,
        step: k,
        stepStartedAt: input.now,
        lastVerdict: verdict ?? state.lastVerdict,
    };
    delete next.held; // a new stage is judged afresh
    if (smoked)
        next.smoked = true;
    const actions = [];
    if (input.splitAt === 'cloud-run') {
        const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
            stable: state.stable,
            canary: state.canary,
            percent,
            canaryTag: true,
        });
        actions.push({ kind: 'setTraffic', targets }, { kind: 'writeState' });
    }
    else {
        // the state write comes first: its etag is the lock, and a crash leaves the map behind, never ahead
        actions.push({ kind: 'writeState' }, { kind: 'setMap', percent });
    }
    actions.push({ kind: 'report', message: `${(0,steps/* stepLabel */.vO)(service, k + 1)}: ${state.canary} at ${percent}%` });
    return { state: next, actions, status: 'changed' };
}
/** Traffic leaves the canary: with split-at haproxy the percent map goes to 0 first, so HAProxy
 *  stops sending buckets to a backend that is about to lose its tag. */
function awayFromCanary(input, next, move, keep, message) {
    const first = input.splitAt === 'haproxy' ? [{ kind: 'setMap', percent: 0 }] : [];
    return {
        state: next,
        actions: [...first, move, { kind: keep }, { kind: 'report', message }],
        status: 'changed',
    };
}
function promoteNow(state, input) {
    const canary = state.canary;
    const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable: canary,
        canary: null,
        percent: 0,
        canaryTag: false,
        drop: [state.stable],
    });
    const next = {
        ...state,
        owner: input.owner,
        phase: 'Succeeded',
        stable: canary,
        stableImage: state.image,
        canary: null,
        stepStartedAt: input.now,
    };
    delete next.awaitingMerge;
    delete next.reason;
    delete next.held;
    if (state.held)
        next.promotedWhileHeld = state.held;
    const heldNote = state.held ?? state.promotedWhileHeld;
    if (state.stable)
        next.previous = { revision: state.stable, image: state.stableImage ?? null };
    return awayFromCanary(input, next, { kind: 'setTraffic', targets }, 'writeState', heldNote
        ? `promoted ${canary} to 100% (tag stable) by the merge, a human decision: the analysis was inconclusive (${heldNote})`
        : `promoted ${canary} to 100% (tag stable)`);
}
function fail(state, input, reason) {
    const stable = state.stable;
    const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable,
        canary: state.canary,
        percent: 0,
        canaryTag: false,
    });
    const next = {
        ...state,
        phase: 'Failed',
        lastVerdict: 'fail',
        reason,
        stepStartedAt: input.now,
        failed: withFailed(state.failed, state.canary),
    };
    delete next.awaitingMerge;
    delete next.held;
    return awayFromCanary(input, next, { kind: 'restoreStable', revision: stable, targets, reason }, 'writeState', `canary failed: ${reason}; 100% back on ${stable}`);
}
function rollbackMode(state, input) {
    const r = input.observed.restore;
    const wanted = input.service.image ?? input.service.revision ?? '(nothing)';
    if (!r)
        return done(state, `rollback: ${input.service.name} has no earlier revision to go back to (none recorded before the ` +
            `last promotion, and none serving ${wanted}); nothing changed`, { error: true });
    const refused = refusedFailed(state, input, r.revision);
    if (refused)
        return done(state, refused, { error: true });
    const targets = [{ revision: r.revision, percent: 100, tag: names/* STABLE_TAG */.PZ }];
    const converged = state?.phase === 'Failed' &&
        state.canary === null &&
        state.stable === r.revision &&
        trafficIs(input, targets);
    if (converged)
        return done(state, `already rolled back to ${r.revision}`);
    const reason = `rolled back to ${r.revision} by ${input.actor ?? input.owner}`;
    const next = {
        v: 1,
        owner: input.owner,
        commit: input.commit,
        policyDigest: input.policyDigest,
        phase: 'Failed',
        step: state?.step ?? 0,
        stepStartedAt: input.now,
        startedAt: input.now,
        stable: r.revision,
        stableImage: r.image,
        canary: null,
        image: r.image,
        lastVerdict: state?.lastVerdict ?? null,
        reason,
    };
    // the promotion is undone: what served before it is no longer "previous" (a re-land is no rollback)
    if (state?.failed)
        next.failed = state.failed;
    return awayFromCanary(input, next, { kind: 'restoreStable', revision: r.revision, targets, reason }, 'writeState', reason);
}
function trafficIs(input, targets) {
    const cur = input.observed.traffic.filter((t) => t.percent > 0 || t.tag);
    return (cur.length === targets.length &&
        targets.every((t) => cur.some((c) => c.revision === t.revision && c.percent === t.percent && c.tag === t.tag)));
}
function abortMode(state, input) {
    if (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase))
        return done(state, `${input.service.name}: no canary to abort`);
    if (foreign(state, input) && !input.operator)
        return refuse(state, input, 'aborting');
    const targets = (0,rollout_traffic/* split */.lD)(input.observed.traffic, {
        stable: state.stable,
        canary: state.canary,
        percent: 0,
        canaryTag: false,
    });
    const next = {
        ...state,
        phase: 'Aborted',
        reason: `aborted by ${input.actor ?? input.owner}`,
        stepStartedAt: input.now,
    };
    return awayFromCanary(input, next, { kind: 'setTraffic', targets }, 'clearState', `aborted canary ${state.canary}: 0% and untagged, ${state.stable} keeps serving`);
}

// EXTERNAL MODULE: ./src/rollout/ports.ts
var ports = __webpack_require__(34961);
// EXTERNAL MODULE: ./src/render/revisions.ts
var revisions = __webpack_require__(84546);
;// CONCATENATED MODULE: ./src/engine/apply.ts
// Folds one transition's actions into at most one Cloud Run write plus HAProxy map changes,
// leaving out whatever already is as desired (so a re-run writes nothing).


const CLOUD_RUN = [
    'deployCanary',
    'tagCanary',
    'setTraffic',
    'restoreStable',
    'writeState',
    'clearState',
];
function planWrite(snap, t) {
    const plan = { update: null, mapBefore: [], mapAfter: [], reports: [] };
    let traffic;
    let template;
    let annotation;
    let cloudRunSeen = false;
    for (const a of t.actions) {
        if (CLOUD_RUN.includes(a.kind))
            cloudRunSeen = true;
        switch (a.kind) {
            case 'deployCanary':
                template = { image: a.image, revisionName: a.revisionName };
                traffic = a.traffic;
                break;
            case 'tagCanary':
                traffic = a.traffic;
                break;
            case 'setTraffic':
                traffic = a.targets;
                break;
            case 'restoreStable':
                traffic = a.targets;
                break;
            case 'writeState':
                annotation = t.state ? (0,rollout_state/* serializeState */.sU)(t.state) : null;
                break;
            case 'clearState':
                annotation = null;
                break;
            case 'setMap':
                (cloudRunSeen ? plan.mapAfter : plan.mapBefore).push(a.percent);
                break;
            case 'report':
                plan.reports.push(a.message);
                break;
        }
    }
    const update = {};
    if (template)
        update.template = template;
    if (traffic &&
        (template || !(0,rollout_traffic/* trafficEqual */.eV)(snap.traffic, traffic) || !(0,rollout_traffic/* trafficEqual */.eV)(snap.trafficStatuses, traffic))) {
        update.traffic = traffic;
    }
    if (annotation !== undefined && (snap.annotations[rollout_state/* ROLLOUT_ANNOTATION */.A] ?? null) !== annotation) {
        update.annotations = { [rollout_state/* ROLLOUT_ANNOTATION */.A]: annotation };
    }
    if (update.template || update.traffic || update.annotations)
        plan.update = update;
    return plan;
}
/** A write accepted but not served (its operation failed): spec and status disagree. */
function servingLags(snap) {
    return !(0,rollout_traffic/* trafficEqual */.eV)(snap.traffic, snap.trafficStatuses);
}

;// CONCATENATED MODULE: ./src/engine/observe.ts
// Gathers what the stage machine needs from the ports: facts about the service (Observed)
// and this tick's observation (readiness, judgement). Reads only what the phase needs.




async function observeService(port, snap, state, mode, service, operator = false) {
    const traffic = (0,rollout_traffic/* resolveTraffic */.gx)(snap.traffic, snap.latestReadyRevision);
    const serving = (0,rollout_traffic/* servingRevision */.qJ)(traffic);
    const existing = new Set();
    for (const t of [...traffic, ...(0,rollout_traffic/* resolveTraffic */.gx)(snap.trafficStatuses, snap.latestReadyRevision)]) {
        if (t.revision)
            existing.add(t.revision);
    }
    if (snap.latestCreatedRevision)
        existing.add(snap.latestCreatedRevision);
    if (snap.latestReadyRevision)
        existing.add(snap.latestReadyRevision);
    const observed = { traffic, serving, servingImage: null, existing: [...existing] };
    if (mode === 'rollback') {
        observed.restore = await findRestore(port, snap, state, service, operator);
    }
    else if ((mode === 'canary' || mode === 'promote') && (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase))) {
        // a fresh start may follow: know what stable serves (also kept in the state for a later rollback)
        observed.servingImage = await imageOf(port, snap, state, serving);
    }
    return observed;
}
async function imageOf(port, snap, state, revision) {
    if (!revision)
        return null;
    // the template made the latest revision: no extra read needed
    if (revision === snap.latestCreatedRevision)
        return snap.image;
    if (state?.stable === revision && state.stableImage)
        return state.stableImage;
    try {
        return (await port.getRevision(snap.name, revision)).image;
    }
    catch (err) {
        if (err instanceof ports/* CloudRunError */.D && err.kind === 'not-found')
            return null;
        throw err;
    }
}
/**
 * A rollback's target: what served before the last promotion when the policy names it (or an
 * operator asks), the stable of a canary under way, else the ready revision serving the policy's
 * release (an older state without `previous`). Never a revision recorded as failed.
 */
async function findRestore(port, snap, state, service, operator) {
    const prev = state?.previous;
    const named = (c) => service.image ? c.image === service.image : c.revision === service.revision;
    if (prev && named(prev))
        return prev;
    if (state && !(0,rollout_state/* isTerminal */.Hd)(state.phase) && state.stable)
        return { revision: state.stable, image: state.stableImage ?? null };
    if (operator) {
        if (prev)
            return prev;
        // a rollback already done (no promotion left to undo): re-running it changes nothing
        return state?.phase === 'Failed' && state.canary === null && state.stable
            ? { revision: state.stable, image: state.stableImage ?? null }
            : null;
    }
    if (!service.image)
        return service.revision ? { revision: service.revision, image: null } : null;
    const image = service.image;
    const failed = new Set(state?.failed ?? []);
    if (state?.stable && state.stableImage === image)
        return { revision: state.stable, image };
    const revisions = (await port.listRevisions(snap.name)).filter((r) => r.image === image && r.ready === true && !failed.has(r.name));
    revisions.sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''));
    return revisions[0] ? { revision: revisions[0].name, image } : null;
}
/** Readiness while Initializing, a judgement while a stage bakes; nothing otherwise. */
async function observeStage(state, ctx) {
    if (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase) || !state.canary)
        return {};
    const mine = state.owner === ctx.owner || ctx.force || ctx.mode === 'promote';
    if (!mine || ctx.mode === 'rollback' || ctx.mode === 'abort')
        return {};
    if (state.phase === 'Initializing') {
        try {
            const rev = await ctx.port.getRevision(ctx.service.name, state.canary);
            return { canaryReady: rev.ready, readyReason: rev.reason };
        }
        catch (err) {
            if (err instanceof ports/* CloudRunError */.D && err.kind === 'not-found') {
                return {
                    canaryReady: false,
                    readyReason: `revision ${state.canary} does not exist (${err.message})`,
                };
            }
            throw err;
        }
    }
    if (!(0,rollout_state/* isBaking */.d9)(state))
        return {};
    const jumps = ctx.mode === 'promote' && ctx.service.promote !== 'gradual' && state.origin !== 'promote';
    if (jumps)
        return {};
    const percent = (0,steps/* percentAt */.r6)(ctx.service, (0,steps/* stateStep */.qs)(ctx.service, state.step));
    const judgement = await ctx.observer.observe(ctx.service, { step: state.step, percent, startedAt: state.stepStartedAt, canary: state.canary, stable: state.stable }, ctx.now);
    ctx.judgements.set(state.step, { step: state.step, percent, judgement });
    return { judgement };
}

;// CONCATENATED MODULE: ./src/engine/smoke.ts
// The smoke probe before the first percent step: the policy's requests to the canary, every
// answer must carry the expected status. The detail says what was seen, for the failure message.

async function runSmoke(prober, service, snap, state, baseUrl) {
    const smoke = service.smoke;
    if (!smoke)
        return { ok: true, detail: 'no smoke probe configured' };
    if (!prober)
        return { ok: false, detail: 'the policy asks for a smoke probe but no prober is available' };
    const base = baseUrl ?? snap.trafficStatuses.find((t) => t.tag === names/* CANARY_TAG */.eV && t.uri)?.uri;
    if (!base)
        return { ok: false, detail: `no URL for the ${names/* CANARY_TAG */.eV} tag of ${state.canary} to probe` };
    const url = base.replace(/\/$/, '') + smoke.path;
    let statuses;
    try {
        statuses = await prober.probe(url, {
            requests: smoke.requests,
            ...(baseUrl && service.routing.header ? { header: service.routing.header } : {}),
        });
    }
    catch (err) {
        return { ok: false, detail: `probing ${url}: ${err.message}` };
    }
    const good = statuses.filter((s) => s === smoke.expectStatus).length;
    const seen = new Map();
    for (const s of statuses)
        seen.set(s, (seen.get(s) ?? 0) + 1);
    const summary = [...seen].map(([s, n]) => `${s}×${n}`).join(', ') || 'no answers';
    const ok = statuses.length >= smoke.requests && good === statuses.length;
    return {
        ok,
        detail: `${good}/${smoke.requests} requests to ${url} answered ${smoke.expectStatus} (saw ${summary})`,
    };
}

;// CONCATENATED MODULE: ./src/engine/hooks.ts


async function runHook(port, service, state, a) {
    const spec = a.hook === 'pre-step' ? service.hooks?.preStep : service.hooks?.postStep;
    if (!spec)
        return { ok: true, detail: 'no hook configured' };
    if (!port)
        return { ok: false, detail: 'the policy has step hooks but this run has no HTTP client for them' };
    return port.call(spec, (0,gates/* hookPayload */.Yf)(service, state, a.hook, a.step, (0,steps/* percentAt */.r6)(service, (0,steps/* stateStep */.qs)(service, a.step))));
}

;// CONCATENATED MODULE: ./src/notify/events.ts


const sameRollout = (a, b) => a.startedAt === b.startedAt && a.canary === b.canary;
function rolloutEvents(service, prev, next, now) {
    if (!next)
        return [];
    const base = (event, step, message) => ({
        event,
        service: service.name,
        owner: next.owner,
        step: step === null ? null : step + 1,
        steps: service.steps.length,
        percent: step === null ? 0 : (0,steps/* percentAt */.r6)(service, (0,steps/* stateStep */.qs)(service, step)),
        canary: next.canary ?? prev?.canary ?? null,
        stable: next.stable,
        verdict: next.lastVerdict,
        message,
        at: now,
    });
    const fresh = !prev || (0,rollout_state/* isTerminal */.Hd)(prev.phase) || !sameRollout(prev, next);
    if (next.phase === 'Failed' && (prev?.phase !== 'Failed' || !sameRollout(prev, next))) {
        if (next.canary === null)
            return [base('rolled-back', null, next.reason ?? `rolled back to ${next.stable}`)];
        return [base('failed', next.step, `canary ${next.canary} failed: ${next.reason ?? 'see the report'}`)];
    }
    if (next.phase === 'Succeeded' && prev?.phase !== 'Succeeded')
        return [base('promoted', null, `promoted ${next.stable} to 100%`)];
    if (next.phase === 'Initializing' && fresh)
        return [base('started', null, `canary ${next.canary} deployed at 0% (stable ${next.stable})`)];
    if (!prev || fresh)
        return [];
    const out = [];
    if (next.paused && !prev.paused)
        out.push(base('paused', next.step, `paused at step ${next.step + 1} by ${next.paused.by}`));
    // on-inconclusive: hold keeps the stage and waits for a person: they are told once, when it holds
    if (next.held && !prev.held)
        out.push(base('inconclusive', next.step, `step ${next.step + 1} of ${service.steps.length} held, inconclusive: ${next.held}; merge to promote it anyway or close the PR to abort`));
    // a stage ended: the rollout moved to a later step, or every step has baked
    const ended = prev.phase !== 'Initializing' &&
        (next.step > prev.step || (next.awaitingMerge === true && !prev.awaitingMerge));
    if (ended) {
        const inconclusive = next.lastVerdict === 'inconclusive';
        const what = `step ${prev.step + 1} of ${service.steps.length}`;
        out.push({
            ...base(inconclusive ? 'inconclusive' : 'step-passed', prev.step, ''),
            message: inconclusive
                ? `${what} ended inconclusive (too little traffic to judge); the rollout went on`
                : `${what} passed (${next.lastVerdict ?? 'skipped'})`,
        });
    }
    return out;
}
/** A service's targets: its own `notify` when it has one (even empty: opted out), else the policy's. */
function notifyTargets(policy, service) {
    return policy.services.find((s) => s.name === service)?.notify ?? policy.notify ?? [];
}

;// CONCATENATED MODULE: ./src/engine/run.ts
// The executor: reads the service, asks the stage machine for one transition, applies its
// actions through the ports (one Cloud Run write per transition, with the etag it read), and
// repeats. No I/O of its own: ports, a clock and a sleep are injected.










/** Safety net: no rollout makes more changes than this in one run (waiting ticks do not count). */
const MAX_TRANSITIONS = 500;
/** A transiently failed write is re-read and re-planned this many times. */
const WRITE_RETRIES = 3;
const BACKOFF_MS = 1000;
function findService(policy, name) {
    const service = policy.services.find((s) => s.name === name);
    if (!service) {
        const names = policy.services.map((s) => s.name).join(', ');
        throw new Error(`${policy.file}: no service named "${name}" (services: ${names || 'none'})`);
    }
    return service;
}
class Run {
    opts;
    service;
    messages = [];
    judgements = new Map();
    writes = 0;
    outOfTime = false;
    state = null;
    constructor(opts) {
        this.opts = opts;
        this.service = findService(opts.policy, opts.serviceName);
    }
    say(line) {
        this.messages.push(line);
        this.opts.log?.(line);
    }
    read() {
        return this.opts.ports.cloudRun.getService(this.service.name);
    }
    async execute() {
        let snap;
        try {
            snap = await this.read();
        }
        catch (err) {
            return this.stop('error', err);
        }
        let conflicts = 0;
        let retries = 0;
        let lroFailures = 0;
        let repaired = false;
        let mapChecked = false;
        let changed = false;
        for (let i = 0; i < MAX_TRANSITIONS;) {
            const parsed = (0,rollout_state/* parseState */.Bu)(snap.annotations);
            if (parsed.problem && !this.opts.force) {
                this.say(`${this.service.name}: ${parsed.problem}; set force to overwrite it`);
                return this.result('refused');
            }
            if (!parsed.state && this.state && !(0,rollout_state/* isTerminal */.Hd)(this.state.phase)) {
                // an abort (PR closed) removed the state while this run waited: never deploy again
                this.say(`${this.service.name}: the rollout was removed by another run (aborted?) while this one waited; stopping`);
                this.state = null;
                return this.result('refused');
            }
            // an abort clears the annotation: keep reporting the Aborted state it ended in
            this.state = parsed.state ?? (this.state?.phase === 'Aborted' ? this.state : null);
            try {
                if (!mapChecked) {
                    await this.reconcileMap(parsed.state);
                    await this.syncRevisions(snap);
                    mapChecked = true;
                }
                const t = await this.plan(snap, parsed.state);
                if (t.status !== 'changed') {
                    // a wait tick is logged, not kept; a hold after this run's own changes repeats their report
                    const keep = t.status === 'done' ? t.refused || t.error || !changed : !this.opts.wait;
                    if (t.message) {
                        if (keep)
                            this.say(t.message);
                        else
                            this.opts.log?.(t.message);
                    }
                    // an accepted write whose operation failed: send the spec again, once
                    if (!repaired && parsed.state && parsed.state.phase !== 'Initializing' && servingLags(snap)) {
                        repaired = true;
                        this.say(`${this.service.name}: serving traffic differs from the spec (a failed operation?); re-applying it`);
                        snap = await this.write(snap, { traffic: snap.traffic });
                        continue;
                    }
                    if (t.status === 'waiting' && this.opts.wait) {
                        if (this.pastDeadline())
                            return this.result();
                        await this.opts.clock.sleep(this.service.analysis.intervalMs);
                        snap = await this.read();
                        continue;
                    }
                    return this.result(t.refused ? 'refused' : t.error ? 'error' : undefined);
                }
                snap = await this.apply(snap, t);
                const events = rolloutEvents(this.service, this.state, t.state, this.opts.clock.now());
                for (const e of events)
                    this.opts.ports.notifier?.notify(e);
                this.state = t.state;
                changed = true;
                i += 1;
                conflicts = 0; // a write went through: a later conflict is a new one
            }
            catch (err) {
                if (err instanceof ports/* HaproxyRuntimeError */.k)
                    return this.hold(err);
                if (!(err instanceof ports/* CloudRunError */.D))
                    throw err; // a crash: the next run resumes from the annotation
                const again = await this.recover(err, { conflicts, retries, lroFailures });
                if (!again)
                    return this.stop(err.kind === 'conflict' ? 'conflict' : 'error', err);
                if (err.kind === 'conflict')
                    conflicts += 1;
                else if (err.kind === 'failed')
                    lroFailures += 1;
                else
                    retries += 1;
                snap = again;
            }
        }
        this.say(`${this.service.name}: stopped after ${MAX_TRANSITIONS} transitions; re-run to continue`);
        return this.result('error');
    }
    /** The next wait would end after the job's time limit: stop here, the state stays resumable. */
    pastDeadline() {
        const { deadline, clock } = this.opts;
        if (deadline === undefined || clock.now() + this.service.analysis.intervalMs < deadline)
            return false;
        this.outOfTime = true;
        this.say(`${this.service.name}: stopped waiting: the job's time limit is near (wait: true runs until ` +
            `job-timeout-minutes); the rollout stays as it is and the next run continues it`);
        return true;
    }
    /** Re-read after a write error when it is worth another plan; null means stop. */
    async recover(err, seen) {
        const retryable = (err.kind === 'conflict' && seen.conflicts < 1) ||
            ((err.kind === 'transient' || err.kind === 'timeout') && seen.retries < WRITE_RETRIES) ||
            (err.kind === 'failed' && seen.lroFailures < 1);
        if (!retryable) {
            if (err.kind === 'conflict')
                await this.nameOtherWriter();
            return null;
        }
        this.say(`${this.service.name}: ${err.message} — reading the service again and re-planning`);
        if (err.kind === 'transient' || err.kind === 'timeout') {
            await this.opts.clock.sleep(BACKOFF_MS * 2 ** seen.retries);
        }
        try {
            return await this.read();
        }
        catch {
            return null;
        }
    }
    async nameOtherWriter() {
        try {
            const { state } = (0,rollout_state/* parseState */.Bu)((await this.read()).annotations);
            if (state) {
                const who = state.owner === this.opts.owner ? `another run of ${state.owner}` : state.owner;
                this.say(`${this.service.name}: the service keeps changing under this run; the rollout is now driven by ${who} ` +
                    `(phase ${state.phase}); re-run when it is done, or set force to take over`);
            }
        }
        catch {
            // the conflict message itself is reported by stop()
        }
    }
    async plan(snap, state) {
        const { opts, service } = this;
        const now = opts.clock.now();
        const observed = await observeService(opts.ports.cloudRun, snap, state, opts.mode, service, opts.operator);
        const observation = await observeStage(state, {
            port: opts.ports.cloudRun,
            observer: opts.ports.observer,
            service,
            mode: opts.mode,
            owner: opts.owner,
            force: opts.force ?? false,
            now,
            judgements: this.judgements,
        });
        const input = {
            mode: opts.mode,
            service,
            splitAt: opts.policy.splitAt,
            owner: opts.owner,
            commit: opts.commit,
            policyDigest: opts.policy.digest,
            force: opts.force,
            operator: opts.operator,
            actor: opts.actor,
            now,
            observed,
            observation,
            controls: opts.controls,
        };
        let t = transition(state, input);
        // probes the machine asks for (hooks, smoke) run here; their answers go into the observation
        for (let i = 0; i < 4 && state; i++) {
            const a = t.actions.find((x) => x.kind === 'smokeProbe' || x.kind === 'callHook');
            if (!a)
                return t;
            if (a.kind === 'callHook') {
                const answer = await runHook(opts.ports.hooks, service, state, a);
                observation.hooks = { ...observation.hooks, [`${a.hook}:${a.step}`]: answer };
                this.say(`${service.name}: ${a.hook} hook of step ${a.step + 1}: ${answer.detail}`);
            }
            else {
                observation.smoke = await runSmoke(opts.ports.prober, service, snap, state, opts.smokeUrl);
                this.say(`${service.name}: smoke probe: ${observation.smoke.detail}`);
            }
            t = transition(state, input);
        }
        return t;
    }
    async apply(snap, t) {
        const plan = planWrite(snap, t);
        for (const p of plan.mapBefore)
            await this.setMap(p);
        const next = plan.update ? await this.write(snap, plan.update) : snap;
        try {
            for (const p of plan.mapAfter)
                await this.setMap(p);
        }
        catch (err) {
            // the instances are back where they all were: so is the state, and the rollout holds there
            if (err instanceof ports/* HaproxyRuntimeError */.k && plan.update?.annotations)
                await this.restoreState(snap, next);
            throw err;
        }
        if (plan.update)
            await this.syncRevisions(next);
        for (const r of plan.reports)
            this.say(`${this.service.name}: ${r}`);
        return next;
    }
    async write(snap, update) {
        const next = await this.opts.ports.cloudRun.updateService(this.service.name, snap.etag, update);
        this.writes += 1;
        return next;
    }
    async setMap(percent) {
        const h = this.opts.ports.haproxy;
        const mapFile = this.opts.policy.haproxy.mapFile;
        if (!h) {
            this.say(`${this.service.name}: no HAProxy runtime API configured; set ${mapFile} to ${percent}% yourself`);
            return;
        }
        await h.setPercent(mapFile, this.service.name, percent);
    }
    /** A crash between the state write and `set map` leaves the map behind: bring it to the state. */
    async reconcileMap(state) {
        const h = this.opts.ports.haproxy;
        if (!h || this.opts.policy.splitAt !== 'haproxy')
            return;
        const want = (0,rollout_state/* statePercent */.Pw)(this.service, state);
        const have = (await h.getPercents(this.opts.policy.haproxy.mapFile))[this.service.name];
        if (have !== want) {
            this.say(`${this.service.name}: HAProxy map says ${have === undefined ? 'nothing (or its instances disagree)' : `${have}%`}, the rollout state ${want}%; fixing the map`);
            await h.setPercent(this.opts.policy.haproxy.mapFile, this.service.name, want);
        }
    }
    /** The revisions map follows the Cloud Run tags (deploy, promote, rollback, abort move them), so
     *  log lines name the revision that served. A failure is reported, not held on: it only touches
     *  the logs, and the next run (or `canary-relay sync`) sets it again. */
    async syncRevisions(snap) {
        const h = this.opts.ports.haproxy;
        if (!h?.setRevisions)
            return;
        const file = (0,revisions/* revisionsMapPath */.A)(this.opts.policy.haproxy.mapFile);
        try {
            const changes = await h.setRevisions(file, (0,revisions/* taggedRevisions */.zt)(this.service.name, snap.traffic));
            if (changes.length > 0)
                this.opts.log?.(`${this.service.name}: ${file}: ${changes.join(', ')}`);
        }
        catch (err) {
            this.say(`${this.service.name}: the HAProxy logs may name an old revision: ${err.message}; ` +
                `re-run or run canary-relay sync on the HAProxy hosts`);
        }
    }
    /** Writes back the rollout state `before` had (with the etag of our own write: still our lock). */
    async restoreState(before, now) {
        const previous = before.annotations[rollout_state/* ROLLOUT_ANNOTATION */.A] ?? null;
        await this.write(now, { annotations: { [rollout_state/* ROLLOUT_ANNOTATION */.A]: previous } });
    }
    /** Some HAProxy instance did not take a change: stop here, at the step every instance has. */
    hold(err) {
        const at = this.state ? (0,steps/* stepLabel */.vO)(this.service, this.state.step + 1) : 'its start';
        this.say(`${this.service.name}: the rollout holds at ${at}: ${err.message}; ` +
            `bring ${err.instances.join(', ')} back and re-run`);
        return this.result('error');
    }
    stop(kind, err) {
        this.say(`${this.service.name}: ${kind === 'conflict' ? 'write conflict' : 'stopped'}: ${err.message}`);
        return this.result(kind);
    }
    result(stopped) {
        const s = this.state;
        return {
            service: this.service.name,
            mode: this.opts.mode,
            phase: s?.phase ?? 'None',
            step: s?.step ?? 0,
            percent: (0,rollout_state/* statePercent */.Pw)(this.service, s),
            verdict: verdictOf(this.opts.mode, s, stopped),
            judgements: [...this.judgements.values()].sort((a, b) => a.step - b.step),
            writes: this.writes,
            messages: this.messages,
            ...(stopped ? { stopped } : {}),
            ...(this.outOfTime ? { outOfTime: true } : {}),
            state: s,
        };
    }
}
function verdictOf(mode, s, stopped) {
    if (mode === 'rollback' || mode === 'abort' || !s)
        return 'skipped';
    if (s.phase === 'Failed')
        return s.canary === null ? 'skipped' : 'fail';
    if (s.held)
        return 'inconclusive';
    if (s.phase === 'Succeeded' || s.awaitingMerge)
        return s.lastVerdict === 'inconclusive' ? 'inconclusive' : 'pass';
    if (stopped === 'refused')
        return 'skipped';
    return (0,rollout_state/* isBaking */.d9)(s) || s.phase === 'Initializing' ? 'running' : 'skipped';
}
async function runRollout(opts) {
    return new Run(opts).execute();
}

;// CONCATENATED MODULE: ./src/rollout/queue.ts
const QUEUE_ANNOTATION = 'canary-relay.dev/queue';
/** The line as written; anything unreadable counts as empty (a bad value never blocks a rollout). */
function parseQueue(annotations) {
    try {
        const v = JSON.parse(annotations[QUEUE_ANNOTATION] ?? '[]');
        if (!Array.isArray(v))
            return [];
        return v.filter((w) => typeof w?.owner === 'string' &&
            typeof w.commit === 'string' &&
            (w.mode === 'canary' || w.mode === 'promote'));
    }
    catch {
        return [];
    }
}
const serializeQueue = (q) => (q.length ? JSON.stringify(q) : null);
/**
 * Adds or refreshes a waiter, keeping its place in the line. A default-branch push replaces an
 * earlier one (the newest commit of the branch is the desired state); a PR keeps one entry, at its
 * latest head.
 */
function enqueue(q, w) {
    const same = (x) => x.owner === w.owner || (w.mode === 'promote' && x.mode === 'promote');
    const at = q.findIndex(same);
    if (at < 0)
        return [...q, w];
    return q.map((x, i) => (i === at ? { ...w, since: x.since } : x)).filter((x, i) => i === at || !same(x));
}
/** The line without `owner` (it started, or its PR closed); a promote also settles older promotes. */
function dequeue(q, owner, promoted = false) {
    return q.filter((x) => x.owner !== owner && !(promoted && x.mode === 'promote'));
}
/** The next one to start: default-branch pushes first (main's policy always ends up applied). */
function nextWaiter(q) {
    return q.find((w) => w.mode === 'promote') ?? q[0] ?? null;
}

// EXTERNAL MODULE: ./src/adapters/cloud-run.ts + 2 modules
var cloud_run = __webpack_require__(93511);
// EXTERNAL MODULE: ./src/adapters/haproxy-runtime.ts
var haproxy_runtime = __webpack_require__(98648);
;// CONCATENATED MODULE: ./src/adapters/haproxy-fleet.ts



class HaproxyFleet {
    instances;
    attempts;
    backoffMs;
    sleep;
    constructor(addresses, opts = {}) {
        if (addresses.length === 0)
            throw new Error('an HAProxy fleet needs at least one runtime API address');
        // the map file is HAProxy's, on its host: memory only from here (sync writes the files)
        this.instances = addresses.map((a) => new haproxy_runtime.HaproxyRuntime(a, { timeoutMs: opts.timeoutMs, persistMapFile: false }));
        this.attempts = Math.max(1, opts.attempts ?? 3);
        this.backoffMs = opts.backoffMs ?? 500;
        this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    }
    /** `fn` on every instance at once, each retried; the outcome per instance, in order. */
    async onEach(fn) {
        return Promise.all(this.instances.map(async (inst) => {
            let last = '';
            for (let k = 0; k < this.attempts; k++) {
                if (k > 0)
                    await this.sleep(this.backoffMs * 2 ** (k - 1));
                try {
                    return { ok: true, value: await fn(inst) };
                }
                catch (e) {
                    last = e.message;
                }
            }
            return { ok: false, error: `${last} (${this.attempts} attempts)` };
        }));
    }
    failed(outcomes) {
        return outcomes.flatMap((o, i) => (o.ok ? [] : [{ address: this.instances[i].address, error: o.error }]));
    }
    /** Each service's percent where every instance agrees; a service they disagree on is left out
     *  (the engine then sets it everywhere). Throws naming any instance that cannot be read. */
    async getPercents(mapFile) {
        const reads = await this.onEach((i) => i.getPercents(mapFile));
        const bad = this.failed(reads);
        if (bad.length > 0) {
            throw new ports/* HaproxyRuntimeError */.k(`reading ${mapFile} failed on ${bad.map((b) => `HAProxy ${b.address}: ${b.error}`).join('; ')}`, bad.map((b) => b.address));
        }
        const maps = reads.map((r) => (r.ok ? r.value : {}));
        const out = {};
        for (const key of Object.keys(maps[0])) {
            if (maps.every((m) => m[key] === maps[0][key]))
                out[key] = maps[0][key];
        }
        return out;
    }
    /** Sets `service` to `percent` on every instance and reads it back. Nothing changes when some
     *  instance cannot be read first; when some instance does not take the change, the others are
     *  put back on the percent they all had (the lowest, if they differed) and the error says which. */
    async setPercent(mapFile, service, percent) {
        const before = await this.onEach(async (i) => (await i.getPercents(mapFile))[service]);
        const unreadable = this.failed(before);
        if (unreadable.length > 0) {
            throw new ports/* HaproxyRuntimeError */.k(`${service} stays where it is (nothing changed): ${unreadable.map((b) => `HAProxy ${b.address} cannot be read: ${b.error}`).join('; ')}`, unreadable.map((b) => b.address));
        }
        const set = await this.onEach((i) => setAndReadBack(i, mapFile, service, percent));
        const bad = this.failed(set);
        if (bad.length === 0)
            return;
        const previous = before.map((b) => (b.ok ? (b.value ?? 0) : 0));
        const back = Math.min(...previous);
        const undo = await this.onEach(async (i) => {
            if ((await i.getPercents(mapFile))[service] !== back)
                await setAndReadBack(i, mapFile, service, back);
        });
        const stuck = this.failed(undo);
        const where = bad.map((b) => `HAProxy ${b.address}: ${b.error}`).join('; ');
        const after = stuck.length === 0
            ? `every instance is back at ${back}%`
            : `putting them back at ${back}% failed on ${stuck.map((s) => s.address).join(', ')}: check them by hand`;
        throw new ports/* HaproxyRuntimeError */.k(`setting ${service} to ${percent}% failed on ${where}; ${after}`, [
            ...new Set([...bad, ...stuck].map((b) => b.address)),
        ]);
    }
    /** The revisions map on every instance, each read back. No undo when some instance fails: the
     *  value is a fact (the revision a Cloud Run tag points to), so instances that took it are right;
     *  the error names the others (their logs name the old revision until the next run or sync). */
    async setRevisions(mapFile, want) {
        for (const v of Object.values(want))
            if (v !== null)
                (0,revisions/* requireRevisionName */.cE)(v, `revisions map ${mapFile}`);
        const set = await this.onEach((i) => i.setEntries(mapFile, want));
        const bad = this.failed(set);
        if (bad.length > 0) {
            throw new ports/* HaproxyRuntimeError */.k(`setting ${Object.keys(want).join(', ')} in ${mapFile} failed on ${bad.map((b) => `HAProxy ${b.address}: ${b.error}`).join('; ')}`, bad.map((b) => b.address));
        }
        return [...new Set(set.flatMap((o) => (o.ok ? o.value : [])))];
    }
}
async function setAndReadBack(i, mapFile, service, percent) {
    await i.setPercent(mapFile, service, percent);
    const seen = (await i.getPercents(mapFile))[service];
    if (seen !== percent)
        throw new Error(`set ${service} to ${percent}% but show map reads ${seen ?? 'nothing'}`);
}
/** The runtime port for a policy's `runtime-api` (one address or a list): always a fleet, so the
 *  runner never writes a map file meant for a remote HAProxy. */
function haproxyRuntimePort(addresses, opts) {
    return addresses && addresses.length > 0 ? new HaproxyFleet(addresses, opts) : undefined;
}

// EXTERNAL MODULE: ./src/analysis/judge.ts + 4 modules
var judge = __webpack_require__(15377);
;// CONCATENATED MODULE: ./src/analysis/joint.ts
const tested = (m) => m.kind !== 'custom';
/** One group per source the metrics name (the block's `source` for metrics that name none). */
function groupBySource(analysis) {
    const total = Math.max(1, analysis.metrics.filter(tested).length);
    const groups = new Map();
    analysis.metrics.forEach((m, i) => {
        const s = m.source ?? analysis.source;
        groups.set(s, [...(groups.get(s) ?? []), i]);
    });
    return [...groups].map(([source, indexes]) => {
        const metrics = indexes.map((i) => analysis.metrics[i]);
        const share = Math.max(1, metrics.filter(tested).length) / total;
        return { source, indexes, analysis: { ...analysis, source, metrics, alpha: analysis.alpha * share } };
    });
}
/** The stage verdict of its parts: a fail anywhere fails; a pass needs every part; else undecided. */
function combinedVerdict(parts) {
    const vs = parts.map((p) => p.verdict);
    if (vs.includes('fail'))
        return 'fail';
    if (vs.every((v) => v === 'pass'))
        return 'pass';
    if (vs.includes('running'))
        return 'running';
    return 'inconclusive';
}
function combineJudgements(groups, parts) {
    const verdict = combinedVerdict(parts);
    const at = parts.filter((p) => p.verdict === verdict && p.decidedAt !== null).map((p) => p.decidedAt);
    const metrics = [];
    groups.forEach((g, k) => g.indexes.forEach((i, j) => (metrics[i] = parts[k].metrics[j])));
    const withSeries = parts.find((p) => p.series.length > 0);
    return {
        verdict,
        decidedAt: verdict === 'running' || at.length === 0
            ? null
            : verdict === 'fail'
                ? Math.min(...at)
                : Math.max(...at),
        metrics: metrics.filter(Boolean),
        series: withSeries?.series ?? [],
        notes: parts.flatMap((p, k) => p.notes.map((n) => `${groups[k].source}: ${n}`)),
    };
}
/**
 * A note when two sources' canary request counts over their common time disagree beyond noise
 * (Poisson: more than 4 standard deviations and more than 10%): one of them misses traffic, or they
 * do not see the same requests (a revision reached around HAProxy, a wrong backend or revision).
 */
function disagreementNote(a, b) {
    const end = Math.min(a.polls.at(-1)?.t ?? 0, b.polls.at(-1)?.t ?? 0);
    if (end <= 0)
        return null;
    const sum = (ps) => ps.filter((p) => p.t <= end).reduce((s, p) => s + p.canary.requests, 0);
    const na = sum(a.polls);
    const nb = sum(b.polls);
    const diff = Math.abs(na - nb);
    if (diff <= 4 * Math.sqrt(na + nb) || diff <= 0.1 * Math.max(na, nb))
        return null;
    return (`${a.source} and ${b.source} disagree on the canary's requests over the first ${end}s ` +
        `(${na} vs ${nb}): they should count the same requests; one source misses traffic or they watch different revisions`);
}

// EXTERNAL MODULE: ./src/adapters/metrics/cloud-monitoring.ts
var cloud_monitoring = __webpack_require__(65438);
// EXTERNAL MODULE: ./src/adapters/metrics/haproxy-stat.ts
var haproxy_stat = __webpack_require__(59270);
// EXTERNAL MODULE: ./src/adapters/metrics/prometheus.ts
var prometheus = __webpack_require__(46308);
// EXTERNAL MODULE: ./src/adapters/metrics/queries.ts
var metrics_queries = __webpack_require__(14510);
;// CONCATENATED MODULE: ./src/analysis/counters.ts
function emptyPollState() {
    return { canary: null, stable: null, pending: [] };
}
const SIDES = ['canary', 'stable'];
function finiteCount(v) {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}
function describe(v) {
    if (v === null || v === undefined)
        return 'missing';
    return Number.isNaN(v) ? 'NaN' : String(v);
}
/** One step: the previous baselines and both sides' current samples → next state and maybe a poll. */
function pollStep(state, cur, t, labels) {
    const notes = [];
    const at = `t=${round(t)}s`;
    for (const side of SIDES)
        for (const n of cur[side].notes ?? [])
            notes.push(`${labels[side]}: ${n}`);
    const missing = [];
    for (const side of SIDES) {
        for (const field of ['requests', 'errors']) {
            const v = cur[side][field];
            if (!finiteCount(v))
                missing.push(`${labels[side]} ${field} is ${describe(v)}`);
        }
    }
    if (missing.length > 0) {
        notes.push(`${at}: ${missing.join(', ')}; poll skipped (not counted as zero), the next poll covers the gap`);
        return { state: { ...state, pending: [...state.pending, ...notes] }, poll: null, notes };
    }
    if (!state.canary || !state.stable) {
        notes.push(`${at}: first reading taken as the baseline`);
        return {
            state: {
                canary: { sample: cur.canary },
                stable: { sample: cur.stable },
                pending: [...state.pending, ...notes],
            },
            poll: null,
            notes,
        };
    }
    const canary = sideIncrement(state.canary, cur.canary, labels.canary, at, notes);
    const stable = sideIncrement(state.stable, cur.stable, labels.stable, at, notes);
    const poll = { t, canary, stable };
    const allNotes = [...state.pending, ...notes];
    if (allNotes.length > 0)
        poll.notes = allNotes;
    return {
        state: { canary: { sample: cur.canary }, stable: { sample: cur.stable }, pending: [] },
        poll,
        notes,
    };
}
function sideIncrement(prev, cur, label, at, notes) {
    const requests = counterDelta(prev.sample.requests, cur.requests, `${label} requests`, at, notes);
    let errors = counterDelta(prev.sample.errors, cur.errors, `${label} errors`, at, notes);
    if (errors > requests) {
        // the two counters are read a moment apart (or one was reset alone): never claim more errors than requests
        notes.push(`${at}: ${label} errors increment ${errors} exceeds requests ${requests}; capped at ${requests}`);
        errors = requests;
    }
    const out = { requests, errors };
    const latency = latencyDelta(prev, cur, label, at, notes);
    if (latency)
        out.latency = latency;
    if (cur.custom) {
        const custom = {};
        for (const [name, v] of Object.entries(cur.custom)) {
            if (typeof v === 'number' && Number.isFinite(v))
                custom[name] = v;
            else
                notes.push(`${at}: ${label} custom metric ${name} is ${describe(v)}; left out of this poll`);
        }
        if (Object.keys(custom).length > 0)
            out.custom = custom;
    }
    return out;
}
/** The increment of a cumulative counter; a drop means the counter restarted from zero. */
function counterDelta(prev, cur, what, at, notes) {
    if (cur >= prev)
        return cur - prev;
    notes.push(`${at}: ${what} counter reset (${prev} → ${cur}); counted ${cur} since the restart, what came between the last poll and the restart is not seen`);
    return cur;
}
function latencyDelta(prev, cur, label, at, notes) {
    if (cur.latency === undefined)
        return undefined;
    if (cur.latency === null) {
        notes.push(`${at}: ${label} latency histogram missing; this poll has no latency for it`);
        return undefined;
    }
    const p = prev.sample.latency;
    if (!p) {
        if (prev.zero)
            return { bounds: [...cur.latency.bounds], counts: [...cur.latency.counts] };
        notes.push(`${at}: ${label} latency had no baseline; it starts at the next poll`);
        return undefined;
    }
    if (!sameBounds(p.bounds, cur.latency.bounds) || p.counts.length !== cur.latency.counts.length) {
        notes.push(`${at}: ${label} latency buckets changed; this poll has no latency for it`);
        return undefined;
    }
    if (cur.latency.counts.some((c) => !finiteCount(c))) {
        notes.push(`${at}: ${label} latency has a non-finite bucket; this poll has no latency for it`);
        return undefined;
    }
    const dropped = cur.latency.counts.some((c, i) => c < p.counts[i]);
    if (dropped) {
        notes.push(`${at}: ${label} latency histogram reset; counted from the restart`);
        return { bounds: [...cur.latency.bounds], counts: [...cur.latency.counts] };
    }
    return { bounds: [...cur.latency.bounds], counts: cur.latency.counts.map((c, i) => c - p.counts[i]) };
}
function sameBounds(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
function round(x) {
    return Math.round(x * 10) / 10;
}
/**
 * Prometheus-style cumulative buckets (`le` → count of observations ≤ le, with +Inf) → a Histogram
 * of per-bucket counts. Returns null when there is no +Inf bucket or the counts are not monotone.
 */
function histogramFromLe(buckets) {
    const sorted = [...buckets].sort((a, b) => a.le - b.le);
    const inf = sorted.at(-1);
    if (!inf || inf.le !== Infinity)
        return null;
    const finite = sorted.slice(0, -1);
    const counts = [];
    let prev = 0;
    for (const b of sorted) {
        if (!Number.isFinite(b.count) || b.count < prev)
            return null;
        counts.push(b.count - prev);
        prev = b.count;
    }
    return { bounds: finite.map((b) => b.le), counts };
}

;// CONCATENATED MODULE: ./src/adapters/metrics/prometheus-source.ts
// A MetricSource for one side (canary or stable) read from Prometheus with a QuerySet.



function prometheusSource(opts) {
    // Fill the user's placeholders once so a bad value fails when the source is made, not mid-stage.
    const custom = opts.custom ?? [];
    for (const c of custom)
        (0,metrics_queries/* fillQuery */.gv)(c.query, { ...opts.placeholders, window: '1s' }, `custom metric ${c.name}`);
    return {
        anchor: opts.queries.anchor,
        label: opts.label,
        async sample(at) {
            const seconds = Math.ceil((at - opts.startedAt) / 1000);
            const needsWindow = opts.queries.anchor === 'since-stage-start';
            if (needsWindow && seconds < 1) {
                return { requests: null, errors: null, notes: ['the stage has just started; nothing to read yet'] };
            }
            const values = { ...opts.placeholders, window: `${Math.max(seconds, 1)}s` };
            const q = (query, what) => opts.client.query((0,metrics_queries/* fillQuery */.gv)(query, values, what), at);
            const [req, err, lat, ...cust] = await Promise.all([
                q(opts.queries.requests, 'requests query'),
                q(opts.queries.errors, 'errors query'),
                opts.queries.latencyBuckets ? q(opts.queries.latencyBuckets, 'latency query') : Promise.resolve(null),
                ...custom.map((c) => q(c.query, `custom metric ${c.name}`)),
            ]);
            const notes = [];
            const requests = single(req, 'requests', notes);
            let errors = single(err, 'errors', notes);
            if (errors === null && requests !== null && opts.queries.errorsAbsentIsZero)
                errors = 0;
            const out = { requests, errors, notes };
            if (lat)
                out.latency = latencyFrom(lat, notes);
            if (custom.length > 0) {
                out.custom = Object.fromEntries(custom.map((c, i) => [c.name, single(cust[i], `custom ${c.name}`, notes)]));
            }
            return out;
        },
    };
}
/** One number from an instant query: empty → null (missing), several series → their sum (noted). */
function single(r, what, notes) {
    switch (r.type) {
        case 'scalar':
            return r.value;
        case 'vector':
            if (r.samples.length === 0)
                return null;
            if (r.samples.length > 1)
                notes.push(`${what} query returned ${r.samples.length} series; summed them`);
            return r.samples.reduce((s, x) => s + x.value, 0);
        default:
            notes.push(`${what} query returned a ${r.type}; expected one number`);
            return null;
    }
}
function latencyFrom(r, notes) {
    if (r.type !== 'vector' || r.samples.length === 0)
        return null;
    const buckets = r.samples.map((s) => ({ le: (0,prometheus/* parsePromValue */.T4)(s.metric.le), count: s.value }));
    if (buckets.some((b) => Number.isNaN(b.le))) {
        notes.push('latency query returned series without an "le" label; use sum by (le) (…_bucket)');
        return null;
    }
    const h = histogramFromLe(buckets);
    if (!h)
        notes.push('latency buckets have no +Inf bucket or are not cumulative');
    return h;
}

;// CONCATENATED MODULE: ./src/adapters/metrics/health-checks.ts
/** Health-check requests a revision receives in a window of `windowMs`. */
function expectedChecks(windowMs, load) {
    if (windowMs <= 0)
        return 0;
    return Math.floor(Math.floor(windowMs / load.intervalMs) * load.streams);
}
/** The check streams per side for `instances` HAProxy instances at canary percent `percent`. */
function checkStreams(splitAt, instances, percent) {
    const p = splitAt === 'cloud-run' ? Math.min(Math.max(percent, 0), 100) / 100 : 0;
    return { canary: instances * (1 + p), stable: instances * (1 - p) };
}
/** `source` with the expected health checks since `startedAt` taken out of its requests. */
function withoutHealthChecks(source, load, startedAt) {
    if (source.anchor !== 'since-stage-start')
        return source; // only totals since the stage start
    return {
        anchor: source.anchor,
        label: source.label,
        lagMs: source.lagMs,
        async sample(at) {
            const s = await source.sample(at);
            if (s.requests === null)
                return s;
            const checks = expectedChecks((s.asOf ?? at) - startedAt, load);
            const requests = Math.max(s.requests - checks, s.errors ?? 0, 0);
            const note = `${s.requests - requests} health-check request(s) taken out of ${source.label} (one every ${load.intervalMs / 1000} s × ${load.streams} check stream(s))`;
            return { ...s, requests, notes: [...(s.notes ?? []), note] };
        },
    };
}

// EXTERNAL MODULE: ./src/render/haproxy-guard.ts
var haproxy_guard = __webpack_require__(14733);
;// CONCATENATED MODULE: ./src/adapters/metrics/source.ts

function createPoller(opts) {
    let state = emptyPollState();
    const polls = [];
    const notes = [];
    let baselined = false;
    async function baseline(src, now) {
        switch (src.anchor) {
            case 'since-stage-start':
                return { requests: 0, errors: 0 };
            case 'counter-history':
                return src.sample(Math.min(opts.startedAt, now));
            case 'counter-live':
                return null; // the first live sample becomes the baseline
        }
    }
    return {
        polls,
        notes,
        async poll(now) {
            if (!baselined) {
                const [c, s] = await Promise.all([baseline(opts.canary, now), baseline(opts.stable, now)]);
                const zero = (src) => src.anchor === 'since-stage-start';
                state = {
                    ...state,
                    canary: c ? { sample: c, zero: zero(opts.canary) } : null,
                    stable: s ? { sample: s, zero: zero(opts.stable) } : null,
                };
                baselined = true;
                // at the stage start itself there is nothing to count yet
                if (now <= opts.startedAt && c && s)
                    return null;
            }
            const [c, s] = await Promise.all([opts.canary.sample(now), opts.stable.sample(now)]);
            // a lagging source's poll is dated by the data it holds, so bake time counts seen traffic
            const dataEnd = Math.min(c.asOf ?? now, s.asOf ?? now);
            const t = (dataEnd - opts.startedAt) / 1000;
            const step = pollStep(state, { canary: c, stable: s }, t, {
                canary: opts.canary.label,
                stable: opts.stable.label,
            });
            state = step.state;
            notes.push(...step.notes);
            if (step.poll)
                polls.push(step.poll);
            return step.poll;
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/metrics/observer.ts
// The observer the engine asks once per poll interval: "how is this stage doing?". It keeps one
// poller per running stage (its baseline and polls), reads the metric sources, and runs the pure
// judge over every poll of the stage so far. A failed read is reported in the judgement's notes
// and the stage keeps running on what was seen; it is never read as "no errors".










/** The revision stable metrics are read for; a stage always has one (the engine keeps it). */
function stableOf(service, stage) {
    if (stage.stable === null)
        throw new Error(`observing ${service.name}: the stage has no stable revision to compare with`);
    return stage.stable;
}
/** Most polls a fresh run rebuilds from a source's history (wider spacing beyond). */
const MAX_BACKFILL_POLLS = 60;
/** The engine's observer port: one judgement of the stage so far per call. */
function createObserver(opts) {
    const running = new Map();
    /** One poller per service and source; a new stage of the service replaces the old one. */
    function stateFor(service, stage, slot) {
        const key = [stage.step, stage.startedAt, stage.canary, stage.stable].join('|');
        const current = running.get(slot);
        if (current?.key === key)
            return current;
        const sources = opts.sources(service, stage);
        const run = {
            fresh: true,
            key,
            sources,
            poller: createPoller({ canary: sources.canary, stable: sources.stable, startedAt: stage.startedAt }),
            referenceRead: false,
            errors: [],
        };
        running.set(slot, run);
        return run;
    }
    async function observePart(service, stage, now, slot, bake) {
        const run = stateFor(service, stage, slot);
        const sources = run.sources;
        if (!run.referenceRead && sources.stableReference) {
            run.referenceRead = true;
            run.reference = await sources.stableReference().catch((e) => {
                run.errors.push(`stable's latency before the stage could not be read (${e.message}); thresholds come from the stage's first polls`);
                return undefined;
            });
        }
        if (run.fresh) {
            run.fresh = false;
            await backfill(run, service, stage, now);
        }
        try {
            await run.poller.poll(now);
        }
        catch (e) {
            const t = Math.round((now - stage.startedAt) / 1000);
            run.errors.push(`t=${t}s: reading metrics failed, this poll is skipped (not counted as zero): ${e.message}`);
        }
        const lagMs = Math.max(sources.canary.lagMs ?? 0, sources.stable.lagMs ?? 0);
        const judgement = (0,judge/* judgeStage */.s_)(service.analysis, [...run.poller.polls], {
            bakeSeconds: bake.bakeMs / 1000,
            maxBakeSeconds: bake.maxBakeMs !== undefined ? bake.maxBakeMs / 1000 : undefined,
            gate: service.steps[stage.step]?.headerOnly ? 'no-fail' : 'evidence',
            now: Math.max(0, (now - stage.startedAt - lagMs) / 1000),
            stableReference: run.reference,
        });
        // the sources' notes (resets, gaps, delays) once each, then read failures, then the judge's
        const notes = [
            ...new Set([...(sources.notes ?? []), ...run.poller.notes, ...run.errors, ...judgement.notes]),
        ];
        return { judgement: { ...judgement, notes }, polls: run.poller.polls };
    }
    /**
     * A run that starts mid-stage (a scheduled run, a re-run) rebuilds the stage's polls from sources
     * that can be read in the past: the judge bets once per poll, so one poll spanning the whole stage
     * would carry almost no evidence. Live counters (HAProxy show stat) cannot be read back.
     */
    async function backfill(run, service, stage, now) {
        const live = run.sources.canary.anchor === 'counter-live' || run.sources.stable.anchor === 'counter-live';
        if (live)
            return;
        const span = now - stage.startedAt;
        const every = Math.max(service.analysis.intervalMs, Math.ceil(span / MAX_BACKFILL_POLLS));
        for (let at = stage.startedAt + every; at < now - every / 2; at += every) {
            try {
                await run.poller.poll(at);
            }
            catch (e) {
                run.errors.push(`reading the stage's earlier metrics failed (${e.message}); they count as one poll`);
                return;
            }
        }
    }
    return {
        async observe(service, stage, now) {
            const bakeMs = stage.bakeMs ?? service.steps[stage.step]?.bakeMs;
            if (bakeMs === undefined) {
                throw new Error(`observing ${service.name}: step ${stage.step + 1} is not in the policy (it has ${service.steps.length})`);
            }
            const bake = {
                bakeMs,
                maxBakeMs: stage.bakeMs !== undefined ? undefined : service.steps[stage.step]?.maxBakeMs,
            };
            const groups = groupBySource(service.analysis);
            if (groups.length === 1)
                return (await observePart(service, stage, now, service.name, bake)).judgement;
            // joint metrics: each source judged on its own polls, with its share of alpha
            const parts = [];
            for (const g of groups) {
                const part = { ...service, analysis: g.analysis };
                parts.push(await observePart(part, stage, now, `${service.name}|${g.source}`, bake));
            }
            const joint = combineJudgements(groups, parts.map((p) => p.judgement));
            const note = disagreementNote({ source: groups[0].source, polls: parts[0].polls }, { source: groups[1].source, polls: parts[1].polls });
            return note ? { ...joint, notes: [...joint.notes, note] } : joint;
        },
    };
}
const NO_HAPROXY_LATENCY = 'latency is not judged: HAProxy keeps no latency histogram (show stat and its exporter give only a moving average); use Cloud Run metrics (split-at: cloud-run, or analysis.source: cloud-monitoring) for latency';
/** The sources a policy's `analysis.source` names, for one service and stage. */
function defaultSources(deps) {
    let monitoring = deps.monitoringClient;
    return (service, stage) => {
        const a = service.analysis;
        const latency = a.metrics.some((m) => m.kind === 'latency');
        const backends = {
            canary: (0,metrics_queries/* haproxyBackendName */.Xp)(service.name, 'canary'),
            stable: (0,metrics_queries/* haproxyBackendName */.Xp)(service.name, 'stable'),
        };
        // Cloud Run counts HAProxy's health checks as requests; take them out (HAProxy's counters never had them)
        const intervalMs = (0,haproxy_guard/* healthOf */.Wr)(service).intervalMs;
        const streams = checkStreams(deps.splitAt, deps.haproxyInstances ?? 1, stage.percent);
        const checksOut = (x) => ({
            ...x,
            canary: withoutHealthChecks(x.canary, { intervalMs, streams: streams.canary }, stage.startedAt),
            stable: withoutHealthChecks(x.stable, { intervalMs, streams: streams.stable }, stage.startedAt),
        });
        switch (a.source) {
            case 'haproxy': {
                if (!deps.runtime) {
                    throw new Error(`${service.name}: analysis.source haproxy needs haproxy.runtime-api in the policy to read show stat`);
                }
                if (deps.splitAt !== 'haproxy') {
                    throw new Error(`${service.name}: analysis.source haproxy counts per backend, which needs split-at: haproxy`);
                }
                return { ...(0,haproxy_stat/* haproxyStatSources */.i)(deps.runtime, backends), notes: latency ? [NO_HAPROXY_LATENCY] : [] };
            }
            case 'cloud-monitoring': {
                monitoring ??= (0,cloud_monitoring.createMonitoringClient)(deps.monitoringEndpoint);
                return checksOut((0,cloud_monitoring.cloudMonitoringSources)({
                    client: monitoring,
                    project: service.project,
                    service: service.name,
                    revisions: { canary: stage.canary, stable: stableOf(service, stage) },
                    startedAt: stage.startedAt,
                    delayMs: deps.monitoringDelayMs,
                    latency,
                }));
            }
            case 'prometheus': {
                if (!a.prometheusUrl)
                    throw new Error(`${service.name}: analysis.source prometheus needs analysis.prometheus.url`);
                const client = new prometheus/* PrometheusClient */.Sx({
                    url: a.prometheusUrl,
                    timeoutMs: deps.prometheusTimeoutMs,
                    headers: deps.prometheusHeaders,
                });
                const custom = a.metrics.flatMap((m) => m.kind === 'custom' ? [{ name: m.name, query: m.query }] : []);
                const side = (which) => {
                    const revision = which === 'canary' ? stage.canary : stableOf(service, stage);
                    const queries = deps.splitAt === 'haproxy'
                        ? (0,metrics_queries/* haproxyExporterQueries */.Pf)(backends[which], which === 'canary' ? 'stable' : undefined)
                        : (0,metrics_queries/* cloudRunGmpQueries */.pF)({ service: service.name, revision, project: service.project });
                    return prometheusSource({
                        client,
                        queries,
                        label: `${which} (${deps.splitAt === 'haproxy' ? `backend ${backends[which]}` : `revision ${revision}`})`,
                        startedAt: stage.startedAt,
                        placeholders: { service: service.name, revision, backend: backends[which] },
                        // custom metrics are judged on the canary alone
                        custom: which === 'canary' ? custom : [],
                    });
                };
                const noLatency = latency && deps.splitAt === 'haproxy';
                return checksOut({
                    canary: side('canary'),
                    stable: side('stable'),
                    notes: noLatency ? [NO_HAPROXY_LATENCY] : [],
                });
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/adapters/metrics/index.ts
// Metric sources (read-only adapters) and the observer that feeds the judge: what the action uses.


// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/adapters/prober.ts
// The smoke probe's HTTP(S) client: N sequential GETs, the statuses seen. Host and SNI follow
// the URL; an optional header routes the request to the canary through HAProxy.


function once(url, headers, timeoutMs) {
    const request = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = request(url, { method: 'GET', headers, timeout: timeoutMs }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}
function createProber(opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 10_000;
    return {
        async probe(target, { header, requests }) {
            const url = new URL(target);
            if (url.protocol !== 'https:' && url.protocol !== 'http:') {
                throw new Error(`smoke probe: ${target} is not an http(s) URL`);
            }
            const headers = { 'user-agent': 'canary-relay-smoke' };
            if (header)
                headers[header.name] = header.value;
            const statuses = [];
            for (let i = 0; i < requests; i++) {
                // a failed connection counts as status 0, so the report says what was seen
                statuses.push(await once(url, headers, timeoutMs).catch(() => 0));
            }
            return statuses;
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/notify/messages.ts
// Notification bodies: Slack Block Kit and the signed JSON webhook. Pure; the adapter posts them.


function linksFor(owner, ctx) {
    const out = {};
    if (!ctx.serverUrl || !ctx.repository || !/^[\w.-]+\/[\w.-]+$/.test(ctx.repository))
        return out;
    const repo = `${ctx.serverUrl.replace(/\/$/, '')}/${ctx.repository}`;
    const pr = /^pr#(\d+)$/.exec(owner)?.[1];
    if (pr)
        out.pr = `${repo}/pull/${pr}`;
    if (ctx.runId && /^\d+$/.test(ctx.runId))
        out.run = `${repo}/actions/runs/${ctx.runId}`;
    return out;
}
const TITLES = {
    started: 'Canary started',
    'step-passed': 'Step passed',
    failed: 'Canary failed — rolled back',
    'rolled-back': 'Rolled back',
    promoted: 'Promoted',
    inconclusive: 'Step inconclusive',
    paused: 'Rollout paused',
};
const EMOJI = {
    started: ':rocket:',
    'step-passed': ':white_check_mark:',
    failed: ':x:',
    'rolled-back': ':rewind:',
    promoted: ':tada:',
    inconclusive: ':grey_question:',
    paused: ':double_vertical_bar:',
};
/** Slack's mrkdwn control characters; user text must not form links or mentions. */
function slackEscape(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
function stepText(e) {
    if (e.step === null)
        return '—';
    return `${e.step} of ${e.steps} (${(0,steps/* shareLabel */.e9)(e.percent === 0, e.percent)})`;
}
/** An incoming-webhook payload: `text` is the notification fallback, `blocks` the message. */
function slackMessage(e, links) {
    const title = `${TITLES[e.event]}: ${e.service}`;
    const field = (label, value) => ({
        type: 'mrkdwn',
        text: cut(`*${label}*\n${slackEscape(value)}`, 2000),
    });
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cut(title, 150), emoji: true } },
        {
            type: 'section',
            text: { type: 'mrkdwn', text: cut(`${EMOJI[e.event]} ${slackEscape(e.message)}`, 3000) },
        },
        {
            type: 'section',
            fields: [
                field('Service', e.service),
                field('Verdict', e.verdict ?? '—'),
                field('Step', stepText(e)),
                field('Owner', e.owner),
                field('Canary', e.canary ?? '—'),
                field('Stable', e.stable ?? '—'),
            ],
        },
    ];
    const buttons = [
        ...(links.pr
            ? [{ type: 'button', text: { type: 'plain_text', text: 'Pull request' }, url: links.pr }]
            : []),
        ...(links.run
            ? [{ type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.run }]
            : []),
    ];
    if (buttons.length)
        blocks.push({ type: 'actions', elements: buttons });
    return { text: cut(slackEscape(`${title} — ${e.message}`), 3000), blocks };
}
const SIGNATURE_HEADER = 'X-Canary-Relay-Signature-256';
const EVENT_HEADER = 'X-Canary-Relay-Event';
const DELIVERY_HEADER = 'X-Canary-Relay-Delivery';
/** The webhook body (documented in the README): version 1, times as ISO strings. */
function webhookBody(e, links, delivery) {
    return JSON.stringify({
        version: 1,
        delivery,
        event: e.event,
        service: e.service,
        owner: e.owner,
        step: e.step,
        steps: e.steps,
        percent: e.percent,
        canary: e.canary,
        stable: e.stable,
        verdict: e.verdict,
        message: e.message,
        at: new Date(e.at).toISOString(),
        links,
    });
}
/** `sha256=<hex HMAC-SHA256 of the exact body bytes>` (GitHub's webhook convention). */
function signBody(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/adapters/http-post.ts
const MAX_BODY = 2048;
/** True for an absolute http(s) URL; a value that is not must never reach fetch (its error echoes it). */
function isHttpUrl(value) {
    try {
        const u = new URL(value);
        return u.protocol === 'http:' || u.protocol === 'https:';
    }
    catch {
        return false;
    }
}
async function postJson(url, body, headers, timeoutMs, 
/** aborts the request from outside (the notifier giving up at the end of the job) */
cancel) {
    if (cancel?.aborted)
        return { status: 0, body: '', error: 'abandoned: the job was ending' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onCancel = () => controller.abort();
    cancel?.addEventListener('abort', onCancel, { once: true });
    try {
        const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': 'canary-relay', ...headers },
            body,
            signal: controller.signal,
            redirect: 'manual',
        });
        const text = (await res.text()).slice(0, MAX_BODY);
        const out = { status: res.status, body: text };
        const after = res.headers.get('retry-after');
        if (after && /^\d+$/.test(after))
            out.retryAfterMs = Number(after) * 1000;
        return out;
    }
    catch (e) {
        const err = e;
        const why = cancel?.aborted
            ? 'abandoned: the job was ending'
            : controller.signal.aborted
                ? `no answer within ${timeoutMs} ms`
                : (err.cause?.code ?? err.cause?.message ?? err.message);
        return { status: 0, body: '', error: why };
    }
    finally {
        clearTimeout(timer);
        cancel?.removeEventListener('abort', onCancel);
    }
}

;// CONCATENATED MODULE: ./src/adapters/hooks.ts


const ANSWER_CHARS = 300;
/** Untrusted answer text for a one-line report: whitespace folded, control characters dropped, cut. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u001f\u007f-\u009f]/g;
    const line = text.replace(/\s+/g, ' ').replace(controls, '').trim();
    return line.length > ANSWER_CHARS ? `${line.slice(0, ANSWER_CHARS - 1)}…` : line;
}
function createHookCaller(opts) {
    return {
        async call(hook, payload) {
            const url = hook.url ?? (hook.urlEnv ? opts.env[hook.urlEnv] : undefined);
            if (!url)
                return { ok: false, detail: `environment variable ${hook.urlEnv} is not set` };
            if (hook.urlEnv)
                opts.mask(url);
            if (!isHttpUrl(url))
                return { ok: false, detail: `the value of ${hook.urlEnv} is not an http(s) URL` };
            const key = hook.secretEnv ? opts.env[hook.secretEnv] : undefined;
            if (hook.secretEnv && !key)
                return { ok: false, detail: `environment variable ${hook.secretEnv} is not set` };
            if (key)
                opts.mask(key);
            const body = JSON.stringify(payload);
            const where = hook.urlEnv ? `$${hook.urlEnv}` : url;
            const r = await postJson(url, body, key ? { [SIGNATURE_HEADER]: signBody(key, body) } : {}, hook.timeoutMs);
            if (r.error)
                return { ok: false, detail: `${where}: ${r.error}` };
            const answer = oneLine(r.body);
            const ok = r.status >= 200 && r.status < 300;
            return { ok, detail: `${where} answered ${r.status}${answer ? `: ${answer}` : ''}` };
        },
    };
}

// EXTERNAL MODULE: ./src/adapters/retry.ts
var retry = __webpack_require__(16378);
;// CONCATENATED MODULE: ./src/adapters/notify.ts
// Delivers notifications: Slack incoming webhooks and HMAC-signed JSON webhooks. URLs and secrets
// are read from the environment variables the policy names and masked before anything is logged.
// Deliveries run in the background with retries and backoff; notify() never throws or waits, and
// flush() waits for what is in flight only up to a bound — a notification never stalls a rollout.




/** 429 and 5xx are worth another attempt, as is no answer at all; other 4xx are permanent. */
const retryable = (r) => r.status === 0 || r.status === 429 || r.status >= 500;
function createNotifier(opts) {
    const policy = { attempts: 4, baseMs: 1000, maxMs: 8000, ...opts.retry };
    const timeoutMs = opts.timeoutMs ?? 10_000;
    const sleep = opts.sleep ?? retry/* realSleep */.uk;
    const pending = new Set();
    const deliveries = [];
    const warned = new Set();
    /** aborted when flush gives up: in-flight requests end, queued ones are dropped */
    const giveUp = new AbortController();
    /** one queue per target, so a receiver sees the events in the order they happened */
    const queues = new Map();
    function secret(name) {
        const v = opts.env[name];
        if (v)
            opts.mask(v);
        else if (!warned.has(name)) {
            warned.add(name);
            opts.log(`notify: environment variable ${name} is not set; its target is skipped`);
        }
        return v || undefined;
    }
    async function deliver(e, t) {
        if (giveUp.signal.aborted)
            return;
        const url = secret(t.urlEnv);
        const key = t.kind === 'webhook' ? secret(t.secretEnv) : undefined;
        if (!url || (t.kind === 'webhook' && !key))
            return;
        if (!isHttpUrl(url)) {
            const detail = `the value of ${t.urlEnv} is not an http(s) URL`;
            deliveries.push({
                event: e.event,
                service: e.service,
                target: `${t.kind} ${t.urlEnv}`,
                ok: false,
                attempts: 0,
                detail,
            });
            opts.log(`notify: ${detail}; nothing sent`);
            return;
        }
        const links = linksFor(e.owner, opts.links);
        const id = (0,external_node_crypto_.randomUUID)();
        const body = t.kind === 'slack' ? JSON.stringify(slackMessage(e, links)) : webhookBody(e, links, id);
        const headers = t.kind === 'webhook'
            ? { [SIGNATURE_HEADER]: signBody(key, body), [EVENT_HEADER]: e.event, [DELIVERY_HEADER]: id }
            : {};
        const name = `${t.kind} ${t.urlEnv}`;
        const attempts = Math.max(1, policy.attempts ?? 4);
        let r = { status: 0, body: '' };
        let n = 0;
        for (n = 1; n <= attempts; n++) {
            r = await postJson(url, body, headers, timeoutMs, giveUp.signal);
            if ((r.status >= 200 && r.status < 300) || !retryable(r) || n === attempts || giveUp.signal.aborted)
                break;
            await sleep(Math.min(policy.maxMs ?? 8000, r.retryAfterMs ?? (0,retry/* backoffDelay */.EY)(n, policy)));
        }
        const ok = r.status >= 200 && r.status < 300;
        const detail = r.error ?? `HTTP ${r.status}${r.body && !ok ? `: ${r.body.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`;
        deliveries.push({
            event: e.event,
            service: e.service,
            target: name,
            ok,
            attempts: n,
            detail,
        });
        if (!ok)
            opts.log(`notify: could not deliver "${e.event}" for ${e.service} to ${name} after ${n} attempt(s): ${detail}`);
    }
    return {
        deliveries,
        notify(e) {
            for (const t of opts.targetsFor(e.service)) {
                if (!t.events.includes(e.event))
                    continue;
                const p = (queues.get(t) ?? Promise.resolve())
                    .then(() => deliver(e, t))
                    .catch((err) => opts.log(`notify: ${e.event} for ${e.service}: ${err.message}`))
                    .finally(() => pending.delete(p));
                queues.set(t, p);
                pending.add(p);
            }
        },
        async flush(maxMs = 60_000) {
            let timer;
            const deadline = new Promise((resolve) => (timer = setTimeout(resolve, maxMs)));
            await Promise.race([Promise.allSettled([...pending]), deadline]);
            clearTimeout(timer);
            if (pending.size) {
                opts.log(`notify: ${pending.size} notification(s) still in flight after ${maxMs} ms; abandoning them`);
                giveUp.abort();
            }
            return [...deliveries];
        },
    };
}

;// CONCATENATED MODULE: ./src/action/notify.ts
// The action's notifier: targets from the policy, URLs and secrets from the job's environment
// (masked), links to the PR and this run. Undefined when the policy notifies nobody.



function policyNotifier(policy, env) {
    const targetsFor = (name) => notifyTargets(policy, name);
    if (!policy.services.some((s) => targetsFor(s.name).length))
        return undefined;
    return createNotifier({
        targetsFor,
        env,
        links: { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, runId: env.GITHUB_RUN_ID },
        mask: (secret) => core/* setSecret */.Pq(secret),
        log: (line) => core/* warning */.$e(line),
    });
}

// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var github = __webpack_require__(69312);
;// CONCATENATED MODULE: ./src/rollout/controls.ts
// GitHub facts → the Controls the gates read (pure). Labels count as they stand after replaying
// the PR's labeled/unlabeled events (which also say who and when); a review approves only when its
// author has write access; an approve label only when whoever added it has write access.

/** GitHub's permission levels that can push (the collaborator permission API's `role_name`). */
const WRITE_ROLES = ['admin', 'maintain', 'write'];
/** The label as it stands: who added it last and when, or null when it is not on the PR. */
function currentLabel(events, label) {
    let last = null;
    for (const e of [...events].sort((a, b) => a.at - b.at))
        if (e.label === label)
            last = e;
    return last?.event === 'labeled' ? last : null;
}
/** Each reviewer's latest review decides (a later "changes requested" withdraws an approval). */
function approvingReviews(reviews) {
    const latest = new Map();
    for (const r of [...reviews].sort((a, b) => a.at - b.at)) {
        if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
            latest.set(r.user, r);
    }
    return [...latest.values()].filter((r) => r.state === 'APPROVED');
}
function controlsFrom(facts) {
    const canWrite = (login) => WRITE_ROLES.includes(facts.roles[login] ?? 'none');
    const approvals = approvingReviews(facts.reviews)
        .filter((r) => canWrite(r.user))
        .map((r) => ({ by: r.user, via: 'review', at: r.at }));
    const approveLabel = currentLabel(facts.events, gates/* APPROVE_LABEL */.n8);
    if (approveLabel && canWrite(approveLabel.actor))
        approvals.push({ by: approveLabel.actor, via: 'label', at: null });
    const d = facts.dispatch;
    if (d?.mode === 'approve')
        approvals.push({ by: d.actor, via: 'dispatch', at: d.at });
    const controls = { approvals, labelsRead: true };
    const pauseLabel = currentLabel(facts.events, gates/* PAUSE_LABEL */.eq);
    if (d?.mode === 'pause')
        controls.pause = { by: d.actor, via: 'dispatch' };
    else if (pauseLabel)
        controls.pause = { by: pauseLabel.actor, via: 'label' };
    if (d?.mode === 'resume')
        controls.resume = { by: d.actor };
    return controls;
}
/** Who must be asked about their permission: approving reviewers and the approve label's author. */
function loginsToCheck(events, reviews) {
    const out = new Set(approvingReviews(reviews).map((r) => r.user));
    const label = currentLabel(events, gates/* APPROVE_LABEL */.n8);
    if (label)
        out.add(label.actor);
    return [...out];
}

;// CONCATENATED MODULE: ./src/adapters/github-controls.ts


async function read(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        const status = e.status;
        const kind = status === 401 ? 'auth' : status === 403 ? 'permission' : status === 404 ? 'not-found' : 'failed';
        const hint = status === 403 ? '; the workflow token needs `pull-requests: read` and `issues: read`' : '';
        throw new github/* GitHubAdapterError */.n7(kind, `${what}: ${e.message}${hint}`, status);
    }
}
const ms = (iso) => (iso ? Date.parse(iso) : 0);
async function readControls(gh, owner, repo, pr, dispatch) {
    const o = gh.octokit;
    const rawEvents = await read(`listing the events of #${pr}`, () => o.paginate(o.rest.issues.listEvents, { owner, repo, issue_number: pr, per_page: 100 }));
    const events = rawEvents
        .filter((e) => (e.event === 'labeled' || e.event === 'unlabeled') && 'label' in e && e.label)
        .map((e) => ({
        event: e.event,
        label: e.label.name,
        actor: e.actor?.login ?? 'unknown',
        at: ms(e.created_at),
    }));
    const rawReviews = await read(`listing the reviews of #${pr}`, () => o.paginate(o.rest.pulls.listReviews, { owner, repo, pull_number: pr, per_page: 100 }));
    const reviews = rawReviews.map((r) => ({
        user: r.user?.login ?? 'unknown',
        state: r.state,
        at: ms(r.submitted_at),
    }));
    const roles = {};
    for (const login of loginsToCheck(events, reviews)) {
        const { data } = await read(`reading the permission of ${login}`, () => o.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login }));
        roles[login] = data.role_name ?? data.permission;
    }
    return controlsFrom({ events, reviews, roles, ...(dispatch ? { dispatch } : {}) });
}

;// CONCATENATED MODULE: ./src/action/controls.ts
// Pause, resume and approval for the action: a workflow_dispatch with mode pause, resume or approve
// advances every rollout under way with that signal (decision.signal); every rollout of a PR also
// reads the PR's labels and reviews, once per PR. Controls that cannot be read are "not known": a
// pause stays, nothing approves.




const cache = new Map();
/** The dispatch a signal stands for: who sent it (the workflow's actor) and when (`at`). */
function dispatchOf(signal, env, at) {
    return signal ? { mode: signal, actor: env.GITHUB_ACTOR || 'workflow_dispatch', at } : undefined;
}
/** Only a dispatch says anything (labels unknown, so a label pause stays). */
const dispatchOnly = (dispatch) => dispatch
    ? { ...controlsFrom({ events: [], reviews: [], roles: {}, dispatch }), labelsRead: false }
    : undefined;
/** The controls for a rollout owned by `pr` (or by a commit, when pr is undefined). */
function controlsFor(inputs, env, pr, dispatch) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (pr === undefined || !inputs.githubToken || !owner || !repo)
        return Promise.resolve(dispatchOnly(dispatch));
    if (!cache.has(pr)) {
        const gh = (0,github/* createGitHub */.Cl)({
            token: inputs.githubToken,
            ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
        });
        cache.set(pr, readControls(gh, owner, repo, pr, dispatch).catch((e) => {
            core/* warning */.$e(`reading pause and approval signals of #${pr}: ${e.message}; a pause stays and nothing is approved`);
            return dispatchOnly(dispatch);
        }));
    }
    return cache.get(pr);
}
/** For tests: forget the cached reads. */
function resetControls() {
    cache.clear();
}

// EXTERNAL MODULE: ./src/render/numbers.ts
var numbers = __webpack_require__(45714);
;// CONCATENATED MODULE: ./src/action/rollouts.ts
// Runs the engine for every service an intent concerns, with the real adapters as its ports;
// reads the facts intents are decided from, and keeps each service's waiting line.
















const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};
/** When the process started: the job's time limit counts from about here. */
const STARTED = Date.now();
/** Stop waiting this long before the job's `timeout-minutes` (10% of it, at most 5 minutes). */
function deadlineOf(inputs, started = STARTED) {
    const limit = inputs.jobTimeoutMinutes * 60_000;
    return started + limit - Math.min(5 * 60_000, limit * 0.1);
}
/** Without an emulator endpoint, Google credentials must be there (google-github-actions/auth). */
function missingCredentials(inputs, env) {
    if (inputs.cloudRunEndpoint)
        return null;
    if (env.GOOGLE_APPLICATION_CREDENTIALS || env.GOOGLE_GHA_CREDS_PATH || env.CLOUDSDK_AUTH_ACCESS_TOKEN)
        return null;
    return 'no Google credentials: add google-github-actions/auth (Workload Identity Federation) before this step';
}
/** How long one Cloud Run operation may run: the policy's `operation-timeout`, never past the job's limit. */
function operationBound(policy, inputs, now, started = STARTED) {
    const policyMs = policy.operationTimeoutMs ?? normalise/* DEFAULT_OPERATION_TIMEOUT_MS */.Ri;
    const left = deadlineOf(inputs, started) - now;
    const lroTimeoutMs = Math.max(10_000, Math.min(policyMs, left));
    const fromPolicy = `defaults.operation-timeout ${policyMs / 1000} s`;
    return {
        lroTimeoutMs,
        lroTimeoutWhy: lroTimeoutMs < policyMs
            ? `${fromPolicy}, cut to ${Math.round(lroTimeoutMs / 1000)} s so the job ends before job-timeout-minutes (${inputs.jobTimeoutMinutes})`
            : fromPolicy,
    };
}
function portsFactory(inputs, policy, notifier) {
    const clients = new Map();
    const interval = Math.min(...policy.services.map((s) => s.analysis.intervalMs));
    const cloudRun = (s) => {
        const key = `${s.project}/${s.region}`;
        if (!clients.has(key)) {
            clients.set(key, (0,cloud_run/* createCloudRun */.X)({
                project: s.project,
                region: s.region,
                endpoint: inputs.cloudRunEndpoint,
                pollMs: Math.min(2000, interval),
                ...operationBound(policy, inputs, Date.now()),
            }));
        }
        return clients.get(key);
    };
    const apis = policy.haproxy.runtimeApis ?? (policy.haproxy.runtimeApi ? [policy.haproxy.runtimeApi] : []);
    // stage changes go to every instance (read back); the map files are written on the hosts by sync
    const fleet = policy.splitAt === 'haproxy' ? haproxyRuntimePort(apis) : undefined;
    // show stat (analysis.source haproxy) is read from the first instance
    const runtime = fleet?.instances[0];
    const metrics = createObserver({
        sources: defaultSources({
            splitAt: policy.splitAt,
            runtime,
            monitoringEndpoint: inputs.monitoringEndpoint,
            // every instance of a fleet health-checks each revision: that many check streams leave the counts
            haproxyInstances: Math.max(1, apis.length),
        }),
    });
    // each judgement is logged, so the Actions log shows the evidence grow
    const observer = {
        observe: async (service, stage, now) => {
            const j = await metrics.observe(service, stage, now);
            core/* info */.pq(`${service.name}: ${describeJudgement(service, stage.step, now - stage.startedAt, j)}`);
            return j;
        },
    };
    return (s) => ({
        cloudRun: cloudRun(s),
        haproxy: fleet,
        prober: createProber(),
        observer,
        notifier,
        hooks: createHookCaller({ env: process.env, mask: (v) => core/* setSecret */.Pq(v) }),
    });
}
/** The facts one service's intent is decided from (one read; a second only for an unknown image). */
async function readFacts(port, name) {
    const snap = await port.getService(name);
    const { state } = (0,rollout_state/* parseState */.Bu)(snap.annotations);
    const serving = (0,rollout_traffic/* servingRevision */.qJ)((0,rollout_traffic/* resolveTraffic */.gx)(snap.traffic, snap.latestReadyRevision));
    let servingImage = null;
    if (serving && state?.stable === serving && state.stableImage !== undefined)
        servingImage = state.stableImage;
    else if (serving && serving === snap.latestCreatedRevision)
        servingImage = snap.image;
    else if (serving) {
        try {
            servingImage = (await port.getRevision(name, serving)).image;
        }
        catch (e) {
            if (!(e instanceof ports/* CloudRunError */.D && e.kind === 'not-found'))
                throw e;
        }
    }
    const facts = { state, serving, servingImage, queue: parseQueue(snap.annotations) };
    if (state?.previous && state.previous.revision !== serving) {
        try {
            facts.previousReady = (await port.getRevision(name, state.previous.revision)).ready === true;
        }
        catch (e) {
            if (!(e instanceof ports/* CloudRunError */.D && e.kind === 'not-found'))
                throw e;
            facts.previousReady = false;
        }
    }
    return facts;
}
/** Every service's facts, or null when there are no credentials to read them. */
async function readAllFacts(inputs, env, policy, names) {
    if (missingCredentials(inputs, env))
        return null;
    const portsFor = portsFactory(inputs, policy);
    const facts = new Map();
    for (const s of policy.services.filter((x) => names.includes(x.name)))
        facts.set(s.name, await readFacts(portsFor(s).cloudRun, s.name));
    return facts;
}
/** Rewrites a service's waiting line (read, change, write with the etag; a conflict re-reads). */
async function editQueue(port, name, change) {
    for (let attempt = 0;; attempt++) {
        const snap = await port.getService(name);
        const before = parseQueue(snap.annotations);
        const after = change(before);
        const value = serializeQueue(after);
        if ((snap.annotations[QUEUE_ANNOTATION] ?? null) === value || (value === null && !before.length))
            return false;
        try {
            await port.updateService(name, snap.etag, { annotations: { [QUEUE_ANNOTATION]: value } });
            return true;
        }
        catch (e) {
            if (!(e instanceof ports/* CloudRunError */.D && e.kind === 'conflict') || attempt >= 2)
                throw e;
        }
    }
}
/** The rollouts of `policy`'s services that are under way, and the waiters whose lock is free. */
async function dueRollouts(inputs, env, policy, world) {
    const creds = missingCredentials(inputs, env);
    if (creds)
        throw new Error(creds);
    const portsFor = world?.portsFor ?? portsFactory(inputs, policy);
    const due = [];
    for (const service of policy.services) {
        const snap = await portsFor(service).cloudRun.getService(service.name);
        const { state } = (0,rollout_state/* parseState */.Bu)(snap.annotations);
        if (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase)) {
            const w = nextWaiter(parseQueue(snap.annotations));
            if (w)
                due.push({ service: service.name, mode: w.mode, owner: w.owner, commit: w.commit, waiter: true });
            continue;
        }
        if (state.awaitingMerge)
            continue;
        if (!state.commit) {
            core/* warning */.$e(`${service.name}: the rollout of ${state.owner} records no commit; re-run its workflow`);
            continue;
        }
        due.push({
            service: service.name,
            mode: state.origin ?? 'canary',
            owner: state.owner,
            commit: state.commit,
        });
    }
    return due;
}
function ownerOf(decision, commit) {
    return decision.pr ? `pr#${decision.pr}` : commit.slice(0, 12);
}
async function runOne(inputs, decision, policy, service, mode, ports, commit, env, clock) {
    const result = await runRollout({
        mode,
        policy,
        serviceName: service.name,
        owner: ownerOf(decision, commit),
        commit,
        force: inputs.force,
        operator: decision.operator,
        actor: decision.operator ? `an operator, run ${env.GITHUB_RUN_NUMBER ?? '?'}` : undefined,
        deadline: deadlineOf(inputs),
        wait: decision.wait ?? inputs.wait,
        ports,
        clock,
        log: (line) => core/* info */.pq(line.startsWith(`${service.name}: `) ? line : `${service.name}: ${line}`),
        ...(inputs.smokeUrl ? { smokeUrl: inputs.smokeUrl } : {}),
        // a dispatch signal dates from the job's start; a PR's labels and reviews are read once per PR
        controls: await controlsFor(inputs, env, decision.pr, dispatchOf(decision.signal, env, STARTED)),
    });
    const stopped = result.stopped ? result.messages.at(-1) : undefined;
    return { service: service.name, mode, result, ...(stopped ? { error: stopped } : {}) };
}
/** Locked out by another PR's rollout (not a broken state, not force): a waiter, not a failure. */
function lockedBy(run, before, operator) {
    if (operator || run.result?.stopped !== 'refused')
        return null;
    const s = run.result.state ?? before?.state;
    return s && !(0,rollout_state/* isTerminal */.Hd)(s.phase) ? s.owner : null;
}
/** Keeps the waiting line true to what happened: queue a locked-out run, drop the ones settled. */
async function settleQueue(port, run, intent, owner, commit, facts, operator) {
    const holder = lockedBy(run, facts, operator);
    if (holder && (run.mode === 'canary' || run.mode === 'promote')) {
        run.waitingFor = holder;
        const w = { owner, commit, mode: run.mode, behind: holder, since: Date.now() };
        await editQueue(port, run.service, (q) => enqueue(q, w));
        return;
    }
    const queued = facts?.queue ?? [];
    const promoted = !run.error && (run.mode === 'promote' || run.mode === 'rollback');
    if (intent.dequeue ||
        queued.some((w) => w.owner === owner) ||
        (promoted && queued.some((w) => w.mode === 'promote')))
        await editQueue(port, run.service, (q) => dequeue(q, owner, promoted));
}
async function runServices(inputs, env, decision, head, intents, facts, world) {
    const creds = missingCredentials(inputs, env);
    const acting = intents.filter((i) => i.mode !== 'plan' && (i.mode !== 'none' || i.dequeue));
    if (creds)
        return acting
            .filter((i) => i.mode !== 'none')
            .map((i) => ({ service: i.service, mode: i.mode, error: creds, neutral: true }));
    const notifier = world ? undefined : policyNotifier(head, env);
    const portsFor = world?.portsFor ?? portsFactory(inputs, head, notifier);
    const clock = world?.clock ?? realClock;
    const commit = decision.head ?? env.GITHUB_SHA ?? '';
    const owner = ownerOf(decision, commit);
    const runs = [];
    for (const intent of acting) {
        const service = head.services.find((s) => s.name === intent.service);
        if (!service)
            continue;
        const port = portsFor(service).cloudRun;
        const before = facts?.get(service.name);
        if (intent.mode === 'none') {
            await editQueue(port, service.name, (q) => dequeue(q, owner)).catch((e) => core/* warning */.$e(e.message));
            continue;
        }
        let run;
        try {
            run = await runOne(inputs, decision, head, service, intent.mode, portsFor(service), commit, env, clock);
        }
        catch (e) {
            const neutral = e instanceof ports/* CloudRunError */.D && e.kind === 'permission';
            runs.push({
                service: service.name,
                mode: intent.mode,
                error: e.message,
                neutral,
            });
            continue;
        }
        const prior = before?.state;
        if (prior &&
            prior.owner !== owner &&
            !(0,rollout_state/* isTerminal */.Hd)(prior.phase) &&
            /^pr#\d+$/.test(prior.owner) &&
            run.result?.writes)
            run.prior = { owner: prior.owner, ...(prior.commit ? { commit: prior.commit } : {}) };
        await settleQueue(port, run, intent, owner, commit, before, decision.operator).catch((e) => core/* warning */.$e(`${service.name}: keeping the waiting line: ${e.message}`));
        runs.push(run);
    }
    await notifier?.flush(); // bounded: a slow receiver never holds the job for long
    return runs;
}
/** A metric's value in its unit: error rates in percent, latency in ms, custom metrics as they are. */
function rollouts_valueOf(metric, v) {
    if (v === null)
        return '—';
    if (metric.startsWith('error-rate'))
        return (0,numbers/* formatPercent */.l)(v);
    return metric.startsWith('latency') ? `${Math.round(v)}ms` : String(Number(v.toPrecision(3)));
}
/** One log line per poll, so the Actions log shows the evidence grow:
 *  "judged step 2 (50%) at 4s: fail — error-rate E=159 (fails at 100), canary 4.83% of 331 vs stable 0.36% of 279". */
function describeJudgement(service, step, elapsedMs, j) {
    const metrics = j.metrics.map((m) => {
        const limit = m.alpha ? ` (fails at ${Number((1 / m.alpha).toPrecision(3))})` : '';
        return (`${m.metric} E=${Number(m.e.toPrecision(3))}${limit}, canary ${rollouts_valueOf(m.metric, m.canaryValue)} of ${m.canaryRequests}` +
            ` vs stable ${rollouts_valueOf(m.metric, m.stableValue)} of ${m.stableRequests}`);
    });
    const at = Math.max(0, Math.round(elapsedMs / 1000));
    return `judged ${(0,steps/* stepLabel */.vO)(service, step + 1)} at ${at}s: ${j.verdict}${metrics.length ? ` — ${metrics.join('; ')}` : ''}`;
}


/***/ }),

/***/ 65438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudMonitoringError: () => (/* binding */ CloudMonitoringError),
/* harmony export */   DEFAULT_INGESTION_DELAY_MS: () => (/* binding */ DEFAULT_INGESTION_DELAY_MS),
/* harmony export */   REQUEST_COUNT: () => (/* binding */ REQUEST_COUNT),
/* harmony export */   REQUEST_LATENCIES: () => (/* binding */ REQUEST_LATENCIES),
/* harmony export */   cloudMonitoringSources: () => (/* binding */ cloudMonitoringSources),
/* harmony export */   createMonitoringClient: () => (/* binding */ createMonitoringClient),
/* harmony export */   distributionToHistogram: () => (/* binding */ distributionToHistogram),
/* harmony export */   monitoringClientOptions: () => (/* binding */ monitoringClientOptions)
/* harmony export */ });
/* harmony import */ var _google_cloud_monitoring__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49308);
/* harmony import */ var _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83033);
/* harmony import */ var _cloud_run_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44451);
/* harmony import */ var _queries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14510);
// Cloud Run metrics from Cloud Monitoring (`@google-cloud/monitoring`, MetricService.ListTimeSeries):
// run.googleapis.com/request_count by response_code_class and run.googleapis.com/request_latencies
// (a distribution), grouped by resource.labels.revision_name.
//
// Both are DELTA metrics that Cloud Run writes about once a minute and that become visible only after
// an ingestion delay (1–3 minutes). Each read therefore covers [stage start, now − delay], aligned
// as one period (ALIGN_DELTA + REDUCE_SUM), i.e. totals since the stage start, and the poll's time is
// the end of that window, not `now`. Cloud Monitoring needs alignment periods of at least 60 s, so
// nothing is read until the window is that long.




const DEFAULT_INGESTION_DELAY_MS = 180_000;
const MIN_ALIGNMENT_S = 60;
const REQUEST_COUNT = 'run.googleapis.com/request_count';
const REQUEST_LATENCIES = 'run.googleapis.com/request_latencies';
/** `monitoring-endpoint` like `cloud-run-endpoint`: '' Google, http://host:port plaintext (no credentials), host[:port] TLS. */
function monitoringClientOptions(endpoint, authClient) {
    try {
        return { ...(0,_cloud_run_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointOptions */ .c)(endpoint, authClient) };
    }
    catch (e) {
        throw new Error(e.message.replace(/cloud-run-endpoint/g, 'monitoring-endpoint'));
    }
}
function createMonitoringClient(endpoint, authClient) {
    const opts = monitoringClientOptions(endpoint, authClient);
    return new _google_cloud_monitoring__WEBPACK_IMPORTED_MODULE_0__/* ["default"].MetricServiceClient */ .Ay.MetricServiceClient(opts);
}
class CloudMonitoringError extends Error {
    grpcCode;
    constructor(message, grpcCode) {
        super(message);
        this.grpcCode = grpcCode;
        this.name = 'CloudMonitoringError';
    }
}
/** Both sides read with one ListTimeSeries per metric and poll time (the results are shared). */
function cloudMonitoringSources(o) {
    const service = (0,_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlaceholderValue */ .Hn)('service', o.service);
    const revs = [
        (0,_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlaceholderValue */ .Hn)('revision', o.revisions.canary),
        (0,_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlaceholderValue */ .Hn)('revision', o.revisions.stable),
    ];
    const delayMs = o.delayMs ?? DEFAULT_INGESTION_DELAY_MS;
    const delayNote = `Cloud Monitoring: each poll reads data up to ${Math.round(delayMs / 1000)} s before its time (ingestion delay), so the stage is judged that much later`;
    let cached = null;
    const read = (at) => {
        if (cached?.at === at)
            return cached.totals;
        const end = Math.floor((at - delayMs) / 1000);
        const window = end - Math.ceil(o.startedAt / 1000);
        const totals = window < MIN_ALIGNMENT_S ? Promise.resolve(null) : fetchTotals(o, service, revs, end, window);
        cached = { at, totals };
        return totals;
    };
    const side = (revision, label) => ({
        anchor: 'since-stage-start',
        label,
        lagMs: delayMs,
        async sample(at) {
            const t = await read(at);
            if (!t) {
                return {
                    requests: null,
                    errors: null,
                    notes: [
                        delayNote,
                        `no Cloud Monitoring data yet: the window needs ${MIN_ALIGNMENT_S} s after the ingestion delay`,
                    ],
                };
            }
            const requests = t.requests.get(revision) ?? null;
            const out = {
                requests,
                // the 5xx class has no series until a 5xx happened: with requests seen, none means zero
                errors: requests === null ? null : (t.errors.get(revision) ?? 0),
                asOf: t.end,
                notes: [delayNote],
            };
            if (requests === null) {
                out.notes.push(`no request_count series for revision ${revision} in the window (no traffic, or not ingested yet)`);
            }
            if (o.latency)
                out.latency = t.latency.get(revision) ?? null;
            return out;
        },
    });
    return {
        canary: side(revs[0], `canary (revision ${revs[0]})`),
        stable: side(revs[1], `stable (revision ${revs[1]})`),
    };
}
async function fetchTotals(o, service, revs, endS, windowS) {
    const base = (metric) => [
        `metric.type = "${metric}"`,
        'resource.type = "cloud_run_revision"',
        `resource.labels.service_name = "${service}"`,
        `resource.labels.revision_name = one_of(${revs.map((r) => `"${r}"`).join(', ')})`,
    ].join(' AND ');
    const request = (metric, groupBy) => ({
        name: `projects/${o.project}`,
        filter: base(metric),
        interval: { startTime: { seconds: endS - windowS }, endTime: { seconds: endS } },
        aggregation: {
            alignmentPeriod: { seconds: windowS },
            perSeriesAligner: 'ALIGN_DELTA',
            crossSeriesReducer: 'REDUCE_SUM',
            groupByFields: groupBy,
        },
        view: 'FULL',
    });
    const countReq = request(REQUEST_COUNT, [
        'resource.labels.revision_name',
        'metric.labels.response_code_class',
    ]);
    const latReq = request(REQUEST_LATENCIES, ['resource.labels.revision_name']);
    const [counts, lat] = await Promise.all([
        list(o, countReq, REQUEST_COUNT),
        o.latency ? list(o, latReq, REQUEST_LATENCIES) : Promise.resolve([]),
    ]);
    const totals = { end: endS * 1000, requests: new Map(), errors: new Map(), latency: new Map() };
    for (const ts of counts) {
        const rev = ts.resource?.labels?.revision_name ?? '';
        const n = ts.points.reduce((s, p) => s + num(p.value?.int64Value ?? p.value?.doubleValue), 0);
        totals.requests.set(rev, (totals.requests.get(rev) ?? 0) + n);
        if (ts.metric?.labels?.response_code_class === '5xx')
            totals.errors.set(rev, (totals.errors.get(rev) ?? 0) + n);
    }
    for (const ts of lat) {
        const rev = ts.resource?.labels?.revision_name ?? '';
        let h = null;
        for (const p of ts.points)
            h = addHistograms(h, distributionToHistogram(p.value?.distributionValue));
        totals.latency.set(rev, h);
    }
    return totals;
}
async function list(o, req, metric) {
    try {
        const [series] = (await o.client.listTimeSeries(req, { timeout: o.timeoutMs ?? 30_000 }));
        return (series ?? []).map((s) => ({ ...s, points: s.points ?? [] }));
    }
    catch (e) {
        const err = e;
        const code = typeof err.code === 'number' ? err.code : undefined;
        const name = code !== undefined ? (_grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status[code] ?? String(code)) : 'error';
        throw new CloudMonitoringError(`reading ${metric} for service ${o.service} (revisions ${o.revisions.canary}, ${o.revisions.stable}) ` +
            `from Cloud Monitoring in projects/${o.project}: ${name}: ${err.details ?? err.message}${hint(code)}`, code);
    }
}
function hint(code) {
    switch (code) {
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.PERMISSION_DENIED:
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.UNAUTHENTICATED:
            return '; the workflow identity needs roles/monitoring.viewer on the project';
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.NOT_FOUND:
            return '; check the project id';
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.UNAVAILABLE:
        case _grpc_grpc_js__WEBPACK_IMPORTED_MODULE_1__.status.DEADLINE_EXCEEDED:
            return '; Cloud Monitoring was unreachable, the next poll tries again';
        default:
            return '';
    }
}
function num(v) {
    if (v === null || v === undefined)
        return 0;
    const n = Number(typeof v === 'object' ? String(v) : v); // int64 arrives as a string (or a Long)
    return Number.isFinite(n) ? n : 0;
}
/**
 * A Cloud Monitoring distribution → Histogram (ms). Bucket 0 is the underflow (< first bound), the
 * last the overflow; `bucketCounts` may be shorter than the buckets (trailing zeros left out).
 */
function distributionToHistogram(d) {
    if (!d?.bucketOptions)
        return null;
    const b = d.bucketOptions;
    let bounds;
    if (b.explicitBuckets) {
        bounds = [...(b.explicitBuckets.bounds ?? [])];
    }
    else if (b.exponentialBuckets) {
        const { numFiniteBuckets = 0, growthFactor = 2, scale = 1 } = b.exponentialBuckets;
        bounds = Array.from({ length: numFiniteBuckets + 1 }, (_, i) => scale * growthFactor ** i);
    }
    else if (b.linearBuckets) {
        const { numFiniteBuckets = 0, width = 1, offset = 0 } = b.linearBuckets;
        bounds = Array.from({ length: numFiniteBuckets + 1 }, (_, i) => offset + width * i);
    }
    else {
        return null;
    }
    const counts = Array.from({ length: bounds.length + 1 }, (_, i) => num(d.bucketCounts?.[i]));
    return { bounds, counts };
}
function addHistograms(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    if (a.bounds.length !== b.bounds.length || a.bounds.some((x, i) => x !== b.bounds[i]))
        return null;
    return { bounds: a.bounds, counts: a.counts.map((c, i) => c + b.counts[i]) };
}


/***/ }),

/***/ 59270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ backendCounts),
/* harmony export */   i: () => (/* binding */ haproxyStatSources)
/* harmony export */ });
const RESPONSE_CLASSES = ['hrsp_1xx', 'hrsp_2xx', 'hrsp_3xx', 'hrsp_4xx', 'hrsp_5xx', 'hrsp_other'];
function num(row, col) {
    const v = row[col];
    if (v === undefined || v.trim() === '')
        return null;
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
}
/** Requests and 5xx of one stats row (a backend or a server). */
function rowCounts(row) {
    // req_tot counts HTTP requests; the response classes add up to it once every request was answered.
    let requests = num(row, 'req_tot');
    if (requests === null) {
        const parts = RESPONSE_CLASSES.map((c) => num(row, c));
        requests = parts.every((p) => p !== null) ? parts.reduce((a, b) => a + b, 0) : null;
    }
    return { requests, errors: num(row, 'hrsp_5xx') };
}
/** Requests and 5xx of one backend from `show stat` rows; null fields when the row or column is absent.
 *  `excludeServer`: a server of that backend whose answers are not the backend's own (the canary
 *  backend's `stable` backup serves bucketed clients while the canary is down: they are stable's). */
function backendCounts(rows, backend, excludeServer) {
    const row = rows.find((r) => r.pxname === backend && r.svname === 'BACKEND');
    if (!row) {
        return { requests: null, errors: null, notes: [`backend ${backend} is not in HAProxy's show stat`] };
    }
    const own = rowCounts(row);
    const other = rows.find((r) => r.pxname === backend && r.svname === excludeServer);
    if (excludeServer === undefined || !other)
        return own;
    const theirs = rowCounts(other);
    const minus = (a, b) => (a === null ? null : Math.max(0, a - (b ?? 0)));
    return { requests: minus(own.requests, theirs.requests), errors: minus(own.errors, theirs.errors) };
}
/**
 * One side read from `show stat`. A snapshot of all rows is shared by both sides when they read at
 * the same `at` (one runtime API call per poll, and both sides from the same instant).
 */
function haproxyStatSources(reader, backends) {
    let cached = null;
    const rowsAt = (at) => {
        if (!cached || cached.at !== at)
            cached = { at, rows: reader.showStat() };
        return cached.rows;
    };
    const side = (backend, label, excludeServer) => ({
        anchor: 'counter-live',
        label,
        async sample(at) {
            return backendCounts(await rowsAt(at), backend, excludeServer);
        },
    });
    return {
        // the canary backend's backup server "stable" answers for the stable revision: not counted
        canary: side(backends.canary, `canary (HAProxy backend ${backends.canary})`, 'stable'),
        stable: side(backends.stable, `stable (HAProxy backend ${backends.stable})`),
    };
}


/***/ }),

/***/ 46308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ PrometheusClient),
/* harmony export */   T4: () => (/* binding */ parsePromValue)
/* harmony export */ });
/* unused harmony export PrometheusError */
// A small client for the Prometheus HTTP API (/api/v1/query, /api/v1/query_range).
// Prometheus answers `{status, data}` or `{status: "error", errorType, error}`; sample values are
// strings ("1", "NaN", "+Inf"). Every failure names the query and the URL so a user can paste the
// query into the Prometheus UI and see the same thing.
class PrometheusError extends Error {
    kind;
    query;
    url;
    errorType;
    constructor(kind, message, query, url, 
    /** Prometheus's errorType (bad_data, execution, timeout, …) when it sent one */
    errorType) {
        super(message);
        this.kind = kind;
        this.query = query;
        this.url = url;
        this.errorType = errorType;
        this.name = 'PrometheusError';
    }
}
/** Prometheus encodes sample values as strings, including the special floats. */
function parsePromValue(s) {
    if (typeof s !== 'string')
        return NaN;
    switch (s) {
        case 'NaN':
            return NaN;
        case '+Inf':
        case 'Inf':
            return Infinity;
        case '-Inf':
            return -Infinity;
    }
    const v = Number(s);
    return s.trim() === '' ? NaN : v;
}
class PrometheusClient {
    opts;
    base;
    timeoutMs;
    fetchFn;
    constructor(opts) {
        this.opts = opts;
        let u;
        try {
            u = new URL(opts.url);
        }
        catch {
            throw new Error(`Prometheus URL "${opts.url}" is not a URL; give one like http://prometheus:9090`);
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:') {
            throw new Error(`Prometheus URL "${opts.url}" must be http:// or https://`);
        }
        this.base = u.toString().replace(/\/+$/, '');
        this.timeoutMs = opts.timeoutMs ?? 10_000;
        this.fetchFn = opts.fetch ?? fetch;
    }
    /** An instant query evaluated at `timeMs` (default: Prometheus's now). */
    async query(expr, timeMs) {
        const params = { query: expr };
        if (timeMs !== undefined)
            params.time = toPromTime(timeMs);
        return this.call('/api/v1/query', expr, params);
    }
    /** A range query; the result is always a matrix. */
    async queryRange(expr, startMs, endMs, stepMs) {
        const params = {
            query: expr,
            start: toPromTime(startMs),
            end: toPromTime(endMs),
            step: `${Math.max(stepMs, 1) / 1000}`,
        };
        const r = await this.call('/api/v1/query_range', expr, params);
        if (r.type !== 'matrix') {
            throw new PrometheusError('response', `expected a matrix, got ${r.type}`, expr, this.base + '/api/v1/query_range');
        }
        return r.series;
    }
    async call(path, expr, params) {
        const url = this.base + path;
        const where = `query ${JSON.stringify(expr)} at ${url}`;
        let res;
        try {
            // POST keeps long queries out of URL length limits; Prometheus accepts both.
            res = await this.fetchFn(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.opts.headers },
                body: new URLSearchParams(params).toString(),
                signal: AbortSignal.timeout(this.timeoutMs),
            });
        }
        catch (e) {
            const err = e;
            if (err.name === 'TimeoutError' || err.name === 'AbortError') {
                throw new PrometheusError('timeout', `Prometheus did not answer within ${this.timeoutMs} ms for ${where}; check the URL and that Prometheus is up`, expr, url);
            }
            const cause = err.cause?.message;
            throw new PrometheusError('network', `cannot reach Prometheus for ${where}: ${err.message}${cause ? ` (${cause})` : ''}`, expr, url);
        }
        const text = await res.text().catch(() => '');
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        if (body?.status === 'error') {
            throw new PrometheusError('query', `Prometheus rejected ${where} (${body.errorType ?? 'error'}): ${body.error ?? 'no message'}`, expr, url, body.errorType);
        }
        if (!res.ok) {
            throw new PrometheusError('http', `Prometheus answered HTTP ${res.status} for ${where}: ${text.slice(0, 200) || res.statusText}`, expr, url);
        }
        if (body?.status !== 'success' || typeof body.data !== 'object' || body.data === null) {
            throw new PrometheusError('response', `Prometheus sent an unexpected answer for ${where}: ${text.slice(0, 200)}`, expr, url);
        }
        return parseData(body.data, expr, url);
    }
}
function toPromTime(ms) {
    return (ms / 1000).toFixed(3);
}
function parseData(data, expr, url) {
    const r = data.result;
    switch (data.resultType) {
        case 'vector':
            return {
                type: 'vector',
                samples: r.map((s) => ({
                    metric: s.metric ?? {},
                    t: s.value[0] * 1000,
                    value: parsePromValue(s.value[1]),
                })),
            };
        case 'matrix':
            return {
                type: 'matrix',
                series: r.map((s) => ({
                    metric: s.metric ?? {},
                    points: (s.values ?? []).map(([t, v]) => ({ t: t * 1000, value: parsePromValue(v) })),
                })),
            };
        case 'scalar': {
            const [t, v] = r;
            return { type: 'scalar', t: t * 1000, value: parsePromValue(v) };
        }
        case 'string': {
            const [t, v] = r;
            return { type: 'string', t: t * 1000, value: v };
        }
        default:
            throw new PrometheusError('response', `unknown resultType ${data.resultType} for query ${expr}`, expr, url);
    }
}


/***/ }),

/***/ 14510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ checkPlaceholderValue),
/* harmony export */   Pf: () => (/* binding */ haproxyExporterQueries),
/* harmony export */   Xp: () => (/* binding */ haproxyBackendName),
/* harmony export */   gv: () => (/* binding */ fillQuery),
/* harmony export */   pF: () => (/* binding */ cloudRunGmpQueries)
/* harmony export */ });
/* harmony import */ var _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26743);
/* harmony import */ var _policy_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25714);
// Built-in PromQL for the two places canary-relay reads Prometheus-style metrics, and the filling of
// custom queries' placeholders. Every value put into a query passes a whitelist first (no quotes,
// backslashes, braces or spaces can reach PromQL); anything else is an error, never escaped.


const SERVICE_RE = /^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/; // Cloud Run service names
const REVISION_RE = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/; // Cloud Run revision names
const BACKEND_RE = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}$/; // HAProxy proxy names
const WINDOW_RE = /^[1-9][0-9]{0,7}s$/;
const CHECKS = {
    service: { re: SERVICE_RE, valid: 'a Cloud Run service name (lowercase letters, digits, "-", ≤ 49 chars)' },
    revision: {
        re: REVISION_RE,
        valid: 'a Cloud Run revision name (lowercase letters, digits, "-", ≤ 63 chars)',
    },
    backend: { re: BACKEND_RE, valid: 'an HAProxy backend name (letters, digits, "_", ".", ":", "-")' },
    window: { re: WINDOW_RE, valid: 'a whole number of seconds like "90s"' },
};
const POLICY_CHECKS = {
    service: _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkServiceName */ .PV,
    revision: _policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkRevisionName */ .vV,
};
/** Throws unless `value` is acceptable for the placeholder `name` (the policy's whitelist, then ours). */
function checkPlaceholderValue(name, value) {
    const c = CHECKS[name];
    const policyProblem = Object.hasOwn(POLICY_CHECKS, name) ? POLICY_CHECKS[name]?.(value) : null;
    if (policyProblem)
        throw new Error(`cannot put a value into a PromQL query as {{${name}}}: ${policyProblem}`);
    if (!c.re.test(value)) {
        throw new Error(`cannot put ${JSON.stringify(value)} into a PromQL query as {{${name}}}: it must be ${c.valid}`);
    }
    return value;
}
/** Fills `{{revision}}`, `{{backend}}`, `{{service}}`, `{{window}}`; unknown or unset placeholders are errors. */
function fillQuery(query, values, what = 'query') {
    return query.replace(/\{\{\s*([A-Za-z_]+)\s*\}\}/g, (_m, name) => {
        // own keys only: "__proto__" or "constructor" are not placeholders
        if (!Object.hasOwn(CHECKS, name)) {
            throw new Error(`${what} uses {{${name}}}; the placeholders are {{revision}}, {{backend}}, {{service}} and {{window}}`);
        }
        const v = values[name];
        if (v === undefined)
            throw new Error(`${what} uses {{${name}}} but this source has no ${name} to put there`);
        return checkPlaceholderValue(name, v);
    });
}
/** A side's HAProxy backend (src/policy/names.ts), the service name checked for a query. */
function haproxyBackendName(service, side) {
    return (0,_policy_names_js__WEBPACK_IMPORTED_MODULE_1__/* .backendName */ .Yd)(checkPlaceholderValue('service', service), side);
}
/**
 * HAProxy's built-in exporter (`http-request use-service prometheus-exporter`): per-backend counters,
 * so the canary and stable backends are counted apart. HAProxy exports no latency histogram (only
 * `haproxy_backend_response_time_average_seconds`, a mean over the last 1024 requests), so latency
 * cannot be judged from this source.
 */
function haproxyExporterQueries(backend, excludeServer) {
    const b = checkPlaceholderValue('backend', backend);
    // the canary backend's backup server "stable" answers for the stable revision: subtract it
    const minus = (code) => excludeServer === undefined
        ? ''
        : ` - (sum(haproxy_server_http_responses_total{proxy="${b}",server="${checkPlaceholderValue('backend', excludeServer)}"${code}}) or vector(0))`;
    return {
        anchor: 'counter-history',
        requests: `sum(haproxy_backend_http_requests_total{proxy="${b}"})${minus('')}`,
        errors: `sum(haproxy_backend_http_responses_total{proxy="${b}",code="5xx"})${minus(',code="5xx"')}`,
        errorsAbsentIsZero: false,
        latencyNote: 'HAProxy exports no latency histogram (only a moving average), so latency is not judged from it; use Cloud Run metrics for latency',
    };
}
/**
 * Cloud Run metrics in Google Managed Prometheus. They are DELTA metrics in Cloud Monitoring, read
 * here with increase() over the stage so far ({{window}}), i.e. totals since the stage start. Series
 * only exist once a request of that class was seen, hence errorsAbsentIsZero.
 */
function cloudRunGmpQueries(opts) {
    const s = checkPlaceholderValue('service', opts.service);
    const r = checkPlaceholderValue('revision', opts.revision);
    let sel = `monitored_resource="cloud_run_revision",service_name="${s}",revision_name="${r}"`;
    if (opts.project !== undefined) {
        const problem = (0,_policy_whitelist_js__WEBPACK_IMPORTED_MODULE_0__/* .checkProjectId */ .vb)(opts.project);
        if (problem)
            throw new Error(`cannot put the project into a PromQL query: ${problem}`);
        sel += `,project_id="${opts.project}"`;
    }
    return {
        anchor: 'since-stage-start',
        requests: `sum(increase(run_googleapis_com:request_count{${sel}}[{{window}}]))`,
        errors: `sum(increase(run_googleapis_com:request_count{${sel},response_code_class="5xx"}[{{window}}]))`,
        errorsAbsentIsZero: true,
        latencyBuckets: `sum by (le) (increase(run_googleapis_com:request_latencies_bucket{${sel}}[{{window}}]))`,
        latencyNote: 'latency from run.googleapis.com/request_latencies (ms buckets)',
    };
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


/***/ })

};
