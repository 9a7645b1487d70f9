export const id = 216;
export const ids = [216];
export const modules = {

/***/ 80216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPlan: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57277);

const stageText = (rows) => rows.length ? rows.map((r) => `${r.label} (bake ${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.bakeMs)})`).join(' → ') : '—';
const WHAT = {
    added: 'new service: canary of the first release',
    removed: 'removed from the policy: no longer routed by HAProxy (Cloud Run is left as it is)',
    release: 'new release: canary',
    routing: 'routing change only: plan and haproxy -c, no canary',
    unchanged: 'unchanged',
};
function serviceLines(s) {
    const lines = [`service ${s.name}: ${WHAT[s.change]}`];
    if (s.change === 'unchanged')
        return lines;
    lines.push(`  release: ${s.release.before ?? '—'} → ${s.release.after ?? '—'}`);
    if (s.changedFields.length)
        lines.push(`  changed: ${s.changedFields.join(', ')}`);
    lines.push(`  steps before: ${stageText(s.stages.before)}`);
    lines.push(`  steps after:  ${stageText(s.stages.after)}`);
    return lines;
}
function formatPlan(plan) {
    const out = [`plan for ${plan.policyFile}`, ''];
    for (const s of plan.services)
        out.push(...serviceLines(s), '');
    out.push(plan.haproxyDiff ? `HAProxy config diff:\n${plan.haproxyDiff}` : 'HAProxy config: no change');
    return out.join('\n');
}


/***/ }),

/***/ 57277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a3: () => (/* binding */ formatDuration),
  NS: () => (/* binding */ renderNote),
  B1: () => (/* binding */ renderReport),
  lO: () => (/* binding */ reportMarker)
});

// UNUSED EXPORTS: noteMarker

// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
;// CONCATENATED MODULE: ./src/render/judge-lines.ts

const n = (x) => Math.round(x).toLocaleString('en-US');
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
    const ms = (v) => (v === null ? '—' : `${n(v)} ms`);
    return (`${(0,markdown/* mdText */.bC)(m.metric)} cold start (the canary's first ${c.seconds} s of traffic, not judged): ` +
        `canary ${ms(c.canaryMs)} vs stable ${ms(c.stableMs)} over ${n(c.requests)} canary requests`);
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
function formatDuration(ms) {
    if (ms > 0 && ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms > 0 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
const summary_int = (n) => Math.round(n).toLocaleString('en-US');
/** Three significant digits, no exponent below a million. */
function num(n) {
    if (!Number.isFinite(n))
        return n > 0 ? '∞' : '—';
    if (n !== 0 && (Math.abs(n) >= 1e6 || Math.abs(n) < 1e-3))
        return n.toExponential(1);
    return String(Number(n.toPrecision(3)));
}
const pValue = (p) => (p < 1e-4 ? '< 0.0001' : num(p));
const percentOf = (f, digits = 2) => `${Number((f * 100).toFixed(digits))}%`;
/** A metric's value in its unit: error rates as percent, latency in ms, custom as is. */
function metricValue(metric, v) {
    if (v === null)
        return '—';
    if (metric.startsWith('error-rate'))
        return percentOf(v);
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
const stepLabel = (s) => `${s.label} · ${formatDuration(s.bakeMs)}`;
const traffic = (s) => (s.headerOnly ? 'header only' : `${s.percent}%`);
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
        const same = b && a && stepLabel(b) === stepLabel(a);
        return `| ${i + 1} | ${b ? (0,markdown/* mdText */.bC)(stepLabel(b)) : '—'} | ${a ? (same ? 'same' : `**${(0,markdown/* mdText */.bC)(stepLabel(a))}**`) : '—'} |`;
    });
    const table = n ? ['', '| step | before (traffic · bake) | after |', '|---:|---|---|', ...rows] : [];
    return [head, release, ...table].join('\n');
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
            ? ['', `Diff truncated at ${summary_int(MAX_DIFF_CHARS)} characters; the full file is in the job artifacts.`]
            : []),
        '',
        '</details>',
    ].join('\n');
}
function historyTable(stages) {
    const rows = stages.map((s) => {
        const req = s.judgement.metrics[0];
        const decided = s.judgement.decidedAt === null ? '—' : `${summary_int(s.judgement.decidedAt)} s`;
        const requests = req ? `${summary_int(req.canaryRequests)} / ${summary_int(req.stableRequests)}` : '—';
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
        `${summary_int(m.canaryRequests)} / ${summary_int(m.stableRequests)} | ${eValue(m)} | ${pValue(m.pValue)} | ${ratio(m)} | ` +
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
        `  x-axis "seconds since the stage started" [${x.map((t) => summary_int(t).replace(/,/g, '')).join(', ')}]`,
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
    const decided = j.decidedAt === null ? '' : ` at ${summary_int(j.decidedAt)} s`;
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


/***/ })

};
