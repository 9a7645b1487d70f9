export const id = 837;
export const ids = [837];
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

/***/ 9837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(22270);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
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

// EXTERNAL MODULE: ./src/policy/steps.ts
var steps = __webpack_require__(69385);
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
const traffic = (s) => (0,steps/* shareLabel */.e9)(s.headerOnly, s.percent);
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
// EXTERNAL MODULE: ./src/action/publisher.ts
var publisher = __webpack_require__(35678);
// EXTERNAL MODULE: ./src/action/outcome.ts
var outcome = __webpack_require__(85458);
// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
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
const runUrl = () => {
    const { owner, repo: name } = (0,publisher/* repo */.LB)();
    return `${github/* context */._.serverUrl}/${owner}/${name}/actions/runs/${github/* context */._.runId}`;
};
/** A check completed, or left in progress while a rollout bakes or waits for its lock. */
function checkState(verdict) {
    return verdict === 'running'
        ? { status: 'in_progress' }
        : { status: 'completed', conclusion: CONCLUSION[verdict] };
}
async function reportOne(p, o, body) {
    const { owner, repo: name } = (0,publisher/* repo */.LB)();
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
    const { owner, repo: name } = (0,publisher/* repo */.LB)();
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
    core/* setOutput */.uH('stage', (0,outcome/* stageOf */.gV)(first));
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
    const p = new publisher/* Publisher */.vC(quiet && !o.others.length ? null : (0,publisher/* client */.Sn)(o.inputs));
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


/***/ }),

/***/ 25714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ SERVICE_NAME_MAX),
/* harmony export */   LR: () => (/* binding */ tagHost),
/* harmony export */   OX: () => (/* binding */ SERVICE_NAME),
/* harmony export */   PZ: () => (/* binding */ STABLE_TAG),
/* harmony export */   Yd: () => (/* binding */ backendName),
/* harmony export */   ZQ: () => (/* binding */ GENERATED_BY_LINE),
/* harmony export */   dR: () => (/* binding */ canaryRevisionName),
/* harmony export */   eV: () => (/* binding */ CANARY_TAG),
/* harmony export */   ix: () => (/* binding */ REVISION_NAME),
/* harmony export */   jV: () => (/* binding */ generatedByLine),
/* harmony export */   l7: () => (/* binding */ releaseOf)
/* harmony export */ });
// The names canary-relay gives and accepts, one home each: a side's backend (also its revisions-map
// key), the tags on Cloud Run revisions, the canary revision of a release, the service and
// revision name patterns, and the "Generated by" line of a rendered config with the regex that
// finds it. The policy schema's `name` pattern admits every service name SERVICE_NAME does
// (__tests__/policy/names.test.ts checks that they agree).
const STABLE_TAG = 'stable';
const CANARY_TAG = 'canary';
/** The host of a Cloud Run revision tag: `<tag>---<the service's host or its first label>`. */
function tagHost(tag, host) {
    return `${tag}---${host}`;
}
/** A side's HAProxy backend, `<service>_<side>` (`service`: the service URL under split-at
 *  cloud-run); the revisions map keys its entries by it too. */
function backendName(service, side) {
    return `${service}_${side}`;
}
/** The canary revision of an image release: `<service>-<first 7 chars of the commit>`. */
function canaryRevisionName(service, commit) {
    return `${service}-${commit.slice(0, 7).toLowerCase()}`;
}
/** The release a service asks for, as messages name it: its image, or `revision <name>`. */
function releaseOf(s) {
    return s.image ?? `revision ${s.revision}`;
}
/** Cloud Run service names: lowercase letters, digits and `-`, starting with a letter, not ending
 *  with `-`, at most SERVICE_NAME_MAX characters. */
const SERVICE_NAME_MAX = 49;
const SERVICE_NAME = /^[a-z](?:[a-z0-9-]{0,47}[a-z0-9])?$/;
/** Cloud Run revision names: the same alphabet, at most 63 characters. */
const REVISION_NAME = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const GENERATED_BY = '# Generated by canary-relay from ';
/** The first line of a rendered HAProxy config (the digest moves with every policy change). */
function generatedByLine(file, digest) {
    return `${GENERATED_BY}${file} (sha256 ${digest}).`;
}
/** Finds the generatedByLine in a config (with its line break). */
const GENERATED_BY_LINE = new RegExp(`^${GENERATED_BY}.*\\n`, 'm');


/***/ }),

/***/ 69385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ allSteps),
/* harmony export */   Sj: () => (/* binding */ serviceStep),
/* harmony export */   Zb: () => (/* binding */ maxStep),
/* harmony export */   bn: () => (/* binding */ checkStep),
/* harmony export */   e9: () => (/* binding */ shareLabel),
/* harmony export */   qs: () => (/* binding */ stateStep),
/* harmony export */   r6: () => (/* binding */ percentAt),
/* harmony export */   vO: () => (/* binding */ stepLabel)
/* harmony export */ });
/** Highest step any service has: renderable steps are 0..maxStep(policy). */
function maxStep(policy) {
    return policy.services.reduce((m, s) => Math.max(m, s.steps.length), 0);
}
/** Every renderable step, 0..maxStep(policy). */
function allSteps(policy) {
    return Array.from({ length: maxStep(policy) + 1 }, (_, k) => k);
}
/** Throws unless `step` is an integer in 0..maxStep(policy). */
function checkStep(policy, step) {
    const max = maxStep(policy);
    if (!Number.isInteger(step) || step < 0 || step > max) {
        throw new Error(`step ${step} is out of range for ${policy.file}: use 0 (header route only, 0%) to ${max} (1-based step)`);
    }
}
/** The step a service is at when the rollout is at `step`: a service with fewer steps than the
 *  longest one stays on its last step. 0 means before the first step. */
function serviceStep(service, step) {
    return Math.min(step, service.steps.length);
}
/** The step a rollout state's 0-based `step` index means; 0 past the service's last step (a
 *  policy that lost steps mid-rollout): no step, so no canary share. */
function stateStep(service, index) {
    return index < service.steps.length ? index + 1 : 0;
}
/** Canary percent a step means for a service: step 0 and header-only steps are 0. */
function percentAt(service, step) {
    if (!Number.isInteger(step) || step < 0) {
        throw new Error(`step ${step} for service ${service.name} is not a whole number >= 0`);
    }
    const k = serviceStep(service, step);
    if (k === 0)
        return 0;
    const s = service.steps[k - 1];
    const p = s.headerOnly ? 0 : s.percent;
    if (!Number.isInteger(p) || p < 0 || p > 100) {
        throw new Error(`service ${service.name} step ${k}: percent ${p} is not a whole number 0..100`);
    }
    return p;
}
/** What a step sends the canary: "header only" or "25%". */
function shareLabel(headerOnly, percent) {
    return headerOnly ? 'header only' : `${percent}%`;
}
/** "step 2 (25%)", "step 1 (header only)": a service's step as messages name it. */
function stepLabel(service, step) {
    const s = service.steps[step - 1];
    return `step ${step} (${shareLabel(s?.headerOnly, s?.percent ?? 0)})`;
}


/***/ }),

/***/ 42233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   WN: () => (/* binding */ parseRate),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jc: () => (/* binding */ formatBake),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
// The policy's value syntaxes: durations (`1h30m`, `500ms`), percentages (`1%`), rates (`200/10s`).
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
/** Milliseconds, or undefined when `text` is not a duration. */
function parseDuration(text) {
    if (typeof text !== 'string' || text === '')
        return undefined;
    const m = DURATION.exec(text);
    if (!m)
        return undefined;
    const [h, min, s, ms] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    return ((h * 60 + min) * 60 + s) * 1000 + ms;
}
/** `1%` → 1 (percent, not fraction); undefined when not a percentage. */
function parsePercent(text) {
    if (typeof text !== 'string' || !/^\d+(\.\d+)?%$/.test(text))
        return undefined;
    return Number(text.slice(0, -1));
}
/** `200/10s` → { count: 200, periodMs: 10000 }. */
function parseRate(text) {
    if (typeof text !== 'string')
        return undefined;
    const slash = text.indexOf('/');
    if (slash <= 0 || !/^\d+$/.test(text.slice(0, slash)))
        return undefined;
    const periodMs = parseDuration(text.slice(slash + 1));
    return periodMs === undefined ? undefined : { count: Number(text.slice(0, slash)), periodMs };
}
/** `1h30m`, `10m`, `500ms`: the shortest policy duration for `ms` (inverse of parseDuration). */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
        ['ms', 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
    }
    return parts.join('');
}
/** A bake time in its largest whole unit: "10m", "90s", "1500ms" (plan rows and reports). */
function formatBake(ms) {
    if (ms > 0 && ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms > 0 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
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
