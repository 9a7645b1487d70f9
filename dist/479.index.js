export const id = 479;
export const ids = [479];
export const modules = {

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

/***/ 91479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wz: () => (/* binding */ stepPercent),
  kY: () => (/* binding */ transition)
});

// UNUSED EXPORTS: READY_TIMEOUT_MS, wantedRevision

// EXTERNAL MODULE: ./src/render/map.ts
var map = __webpack_require__(2290);
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
/** Canary percent of a 0-based step (header-only steps are 0). */
function stepPercent(service, step) {
    return step < service.steps.length ? (0,map/* percentAt */.r6)(service, step + 1) : 0;
}
/** The revision a desired release means: `<service>-<7 chars of the commit>` for an image. */
function wantedRevision(service, commit) {
    if (service.image)
        return { image: service.image, revision: `${service.name}-${commit.slice(0, 7).toLowerCase()}` };
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
        return followHead(state, input) ?? advance({ ...state, owner: input.owner }, input);
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
        return advance({ ...state, owner: input.owner }, input);
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
function advance(state, input) {
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
function stepLabel(service, k) {
    const s = service.steps[k];
    return `step ${k + 1} (${s?.headerOnly ? 'header only' : `${s?.percent ?? 0}%`})`;
}
function bake(state, input) {
    const { service } = input;
    if (state.step >= service.steps.length)
        return completeAll(state, input, state.lastVerdict ?? 'skipped');
    const step = service.steps[state.step];
    const label = stepLabel(service, state.step);
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
    const percent = stepPercent(service, k);
    let smoked = state.smoked;
    if (!step.headerOnly && service.smoke && !smoked) {
        const smoke = input.observation.smoke;
        if (!smoke)
            return {
                state,
                actions: [{ kind: 'smokeProbe' }],
                status: 'changed',
                message: `smoke probe before ${stepLabel(service, k)}`,
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
    actions.push({ kind: 'report', message: `${stepLabel(service, k)}: ${state.canary} at ${percent}%` });
    return { state: next, actions, status: 'changed' };
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
    const actions = [];
    // the canary backend loses its tag: HAProxy stops sending the bucket there first
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'setTraffic', targets }, { kind: 'writeState' }, {
        kind: 'report',
        message: heldNote
            ? `promoted ${canary} to 100% (tag stable) by the merge, a human decision: the analysis was inconclusive (${heldNote})`
            : `promoted ${canary} to 100% (tag stable)`,
    });
    return { state: next, actions, status: 'changed' };
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
    const actions = [];
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'restoreStable', revision: stable, targets, reason }, { kind: 'writeState' }, { kind: 'report', message: `canary failed: ${reason}; 100% back on ${stable}` });
    return { state: next, actions, status: 'changed' };
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
    const targets = [{ revision: r.revision, percent: 100, tag: 'stable' }];
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
    const actions = [];
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'restoreStable', revision: r.revision, targets, reason }, { kind: 'writeState' }, { kind: 'report', message: reason });
    return { state: next, actions, status: 'changed' };
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
    const actions = [];
    if (input.splitAt === 'haproxy')
        actions.push({ kind: 'setMap', percent: 0 });
    actions.push({ kind: 'setTraffic', targets }, { kind: 'clearState' }, {
        kind: 'report',
        message: `aborted canary ${state.canary}: 0% and untagged, ${state.stable} keeps serving`,
    });
    return { state: next, actions, status: 'changed' };
}


/***/ }),

/***/ 49988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ROLLOUT_ANNOTATION),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   d9: () => (/* binding */ isBaking),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony exports TERMINAL, sameState */
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
function sameState(a, b) {
    if (a === null || b === null)
        return a === b;
    return serializeState(a) === serializeState(b);
}


/***/ }),

/***/ 94200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ trafficEqual),
/* harmony export */   eV: () => (/* binding */ CANARY_TAG),
/* harmony export */   gx: () => (/* binding */ resolveTraffic),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   pR: () => (/* binding */ percentOf),
/* harmony export */   qJ: () => (/* binding */ servingRevision),
/* harmony export */   qq: () => (/* binding */ taggedRevision)
/* harmony export */ });
/* unused harmony export STABLE_TAG */
// Traffic arithmetic for the stage machine. Every target names a revision (never `latest`):
// once a template changes, `latest` would silently point at the canary.
const STABLE_TAG = 'stable';
const CANARY_TAG = 'canary';
const OURS = new Set([STABLE_TAG, CANARY_TAG]);
/** Replaces `latest` targets by the latest ready revision so traffic can be compared and pinned. */
function resolveTraffic(traffic, latestReady) {
    return traffic.map((t) => {
        const revision = t.latest || !t.revision ? (latestReady ?? undefined) : t.revision;
        const out = { revision, percent: t.percent ?? 0 };
        if (t.tag)
            out.tag = t.tag;
        return out;
    });
}
/** The revision serving users: the `stable`-tagged one with traffic, else the one with the most. */
function servingRevision(traffic) {
    const tagged = traffic.find((t) => t.tag === STABLE_TAG && t.percent > 0 && t.revision);
    if (tagged?.revision)
        return tagged.revision;
    let best = null;
    for (const t of traffic)
        if (t.revision && t.percent > 0 && (!best || t.percent > best.percent))
            best = t;
    return best?.revision ?? null;
}
function percentOf(traffic, revision) {
    return traffic
        .filter((t) => revision !== null && t.revision === revision)
        .reduce((n, t) => n + t.percent, 0);
}
/**
 * Stable and canary share what other pinned revisions leave (a manual split is kept as is);
 * our two tags move to the revisions they name; other tags stay where they are.
 */
function split(current, spec) {
    const mine = new Set([spec.stable, spec.canary ?? '', ...(spec.drop ?? []).map((d) => d ?? '')]);
    const others = [];
    const extraTags = [];
    for (const t of current) {
        const tag = t.tag && !OURS.has(t.tag) ? t.tag : undefined;
        if (t.revision && mine.has(t.revision)) {
            // a user's own tag on stable/canary survives as a 0% tag target
            if (tag)
                extraTags.push({ revision: t.revision, percent: 0, tag });
            continue;
        }
        if (t.percent > 0 || tag)
            others.push(tag
                ? { revision: t.revision, percent: t.percent, tag }
                : { revision: t.revision, percent: t.percent });
    }
    const pool = 100 - others.reduce((n, t) => n + t.percent, 0);
    const c = spec.canary ? Math.max(0, Math.min(spec.percent, pool)) : 0;
    const out = [{ revision: spec.stable, percent: pool - c, tag: STABLE_TAG }, ...others];
    if (spec.canary && (spec.canaryTag || c > 0)) {
        out.push(spec.canaryTag
            ? { revision: spec.canary, percent: c, tag: CANARY_TAG }
            : { revision: spec.canary, percent: c });
    }
    return [...out, ...extraTags];
}
function key(t) {
    return `${t.latest ? '@latest' : (t.revision ?? '')}|${t.tag ?? ''}`;
}
/** Equal as Cloud Run sees them: order and 0% untagged targets do not matter. */
function trafficEqual(a, b) {
    const norm = (ts) => ts
        .filter((t) => t.percent > 0 || t.tag)
        .map((t) => `${key(t)}|${t.percent}`)
        .sort()
        .join(',');
    return norm(a) === norm(b);
}
/** The revision carrying a tag, if any. */
function taggedRevision(traffic, tag) {
    return traffic.find((t) => t.tag === tag)?.revision ?? null;
}


/***/ })

};
