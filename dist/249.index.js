export const id = 249;
export const ids = [249];
export const modules = {

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p1: () => (/* binding */ runRollout),
  Pw: () => (/* binding */ statePercent)
});

// UNUSED EXPORTS: findService

// EXTERNAL MODULE: ./src/rollout/machine.ts + 2 modules
var machine = __webpack_require__(91479);
// EXTERNAL MODULE: ./src/rollout/ports.ts
var ports = __webpack_require__(34961);
// EXTERNAL MODULE: ./src/rollout/state.ts
var rollout_state = __webpack_require__(49988);
// EXTERNAL MODULE: ./src/render/revisions.ts
var revisions = __webpack_require__(84546);
// EXTERNAL MODULE: ./src/rollout/traffic.ts
var rollout_traffic = __webpack_require__(94200);
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
    const plan = { update: null, mapBefore: [], mapAfter: [], reports: [], smoke: false };
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
            case 'smokeProbe':
                plan.smoke = true;
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
        (template || !(0,rollout_traffic/* trafficEqual */.Nx)(snap.traffic, traffic) || !(0,rollout_traffic/* trafficEqual */.Nx)(snap.trafficStatuses, traffic))) {
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
    return !(0,rollout_traffic/* trafficEqual */.Nx)(snap.traffic, snap.trafficStatuses);
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
    const percent = (0,machine/* stepPercent */.wz)(ctx.service, state.step);
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
    const base = baseUrl ?? snap.trafficStatuses.find((t) => t.tag === rollout_traffic/* CANARY_TAG */.eV && t.uri)?.uri;
    if (!base)
        return { ok: false, detail: `no URL for the ${rollout_traffic/* CANARY_TAG */.eV} tag of ${state.canary} to probe` };
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

// EXTERNAL MODULE: ./src/rollout/gates.ts
var gates = __webpack_require__(34549);
;// CONCATENATED MODULE: ./src/engine/hooks.ts


async function runHook(port, service, state, a) {
    const spec = a.hook === 'pre-step' ? service.hooks?.preStep : service.hooks?.postStep;
    if (!spec)
        return { ok: true, detail: 'no hook configured' };
    if (!port)
        return { ok: false, detail: 'the policy has step hooks but this run has no HTTP client for them' };
    return port.call(spec, (0,gates/* hookPayload */.Yf)(service, state, a.hook, a.step, (0,machine/* stepPercent */.wz)(service, a.step)));
}

// EXTERNAL MODULE: ./src/notify/events.ts
var notify_events = __webpack_require__(55368);
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
                const events = (0,notify_events/* rolloutEvents */.t)(this.service, this.state, t.state, this.opts.clock.now());
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
        let t = (0,machine/* transition */.kY)(state, input);
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
            t = (0,machine/* transition */.kY)(state, input);
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
        const want = statePercent(this.service, state, 'haproxy');
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
        const at = this.state
            ? `step ${this.state.step} (${statePercent(this.service, this.state, 'haproxy')}%)`
            : 'its start';
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
            percent: statePercent(this.service, s, 'cloud-run'),
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
/** The canary's share of traffic a state means (for HAProxy's map, or Cloud Run's split). */
function statePercent(service, state, _splitAt) {
    if (!state || (0,rollout_state/* isTerminal */.Hd)(state.phase) || state.phase === 'Initializing')
        return 0;
    return (0,machine/* stepPercent */.wz)(service, state.step);
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


/***/ }),

/***/ 55368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ notifyTargets),
/* harmony export */   t: () => (/* binding */ rolloutEvents)
/* harmony export */ });
/* harmony import */ var _rollout_machine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91479);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49988);


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
        percent: step === null ? 0 : (0,_rollout_machine_js__WEBPACK_IMPORTED_MODULE_0__/* .stepPercent */ .wz)(service, step),
        canary: next.canary ?? prev?.canary ?? null,
        stable: next.stable,
        verdict: next.lastVerdict,
        message,
        at: now,
    });
    const fresh = !prev || (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_1__/* .isTerminal */ .Hd)(prev.phase) || !sameRollout(prev, next);
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


/***/ })

};
