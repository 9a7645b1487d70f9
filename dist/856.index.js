export const id = 856;
export const ids = [856];
export const modules = {

/***/ 62475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReplay: () => (/* binding */ runReplay)
});

// UNUSED EXPORTS: ReplayLineError, parseReplayLine, replayStream

// EXTERNAL MODULE: ./src/analysis/judge.ts + 4 modules
var judge = __webpack_require__(15377);
// EXTERNAL MODULE: ./src/policy/index.ts + 11 modules
var policy = __webpack_require__(46671);
;// CONCATENATED MODULE: ./src/analysis/replay-analysis.ts
// The replay line's `analysis` block → the normalised Analysis, through the policy validator so a
// replay accepts exactly what a policy file accepts (same defaults, same messages).

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `at` is "file:line"; the validator's own positions (always 1:1 for plain data) are dropped. */
function convertAnalysisBlock(raw, at) {
    if (raw === undefined)
        return { ok: false, errors: [`${at}: analysis: missing; give the policy's analysis block`] };
    // The polls are given, so where they came from does not matter: without `source` or `prometheus`
    // the block is checked as a Cloud Monitoring one, which needs no URL and allows every metric.
    const sourceless = isObj(raw) && raw.source === undefined && raw.prometheus === undefined;
    const result = (0,policy/* validateAnalysisBlock */.UW)(sourceless ? { ...raw, source: 'cloud-monitoring' } : raw, at);
    if (result.ok)
        return result;
    return { ok: false, errors: result.errors.map((e) => `${at}: ${e.path}: ${e.message}`) };
}

;// CONCATENATED MODULE: ./src/analysis/replay.ts


/** A problem in one field of one input line. */
class FieldError extends Error {
    field;
    constructor(field, message) {
        super(message);
        this.field = field;
    }
}
/** Everything wrong with one input line, each message starting with file:line. */
class ReplayLineError extends Error {
    messages;
    constructor(messages) {
        super(messages.join('\n'));
        this.messages = messages;
    }
}
const replay_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v) => (v === undefined ? 'nothing' : JSON.stringify(v));
function count(v, field) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new FieldError(field, `expected a non-negative number (an increment since the last poll), got ${show(v)}`);
    }
    return v;
}
function histogram(v, field) {
    if (!replay_isObj(v))
        throw new FieldError(field, `expected {"bounds": [ms…], "counts": [n…]}, got ${show(v)}`);
    const { bounds, counts } = v;
    if (!Array.isArray(bounds) || bounds.length === 0) {
        throw new FieldError(`${field}.bounds`, `expected a non-empty array of bucket upper bounds in ms, got ${show(bounds)}`);
    }
    bounds.forEach((b, i) => {
        if (typeof b !== 'number' || !Number.isFinite(b) || (i > 0 && b <= bounds[i - 1])) {
            throw new FieldError(`${field}.bounds[${i}]`, `expected finite bounds in ascending order, got ${show(b)}`);
        }
    });
    if (!Array.isArray(counts) || counts.length !== bounds.length + 1) {
        throw new FieldError(`${field}.counts`, `expected ${bounds.length + 1} counts (one per bound plus the +Inf bucket), got ${Array.isArray(counts) ? counts.length : show(counts)}`);
    }
    return { bounds: bounds, counts: counts.map((c, i) => count(c, `${field}.counts[${i}]`)) };
}
function side(v, field) {
    if (!replay_isObj(v))
        throw new FieldError(field, `expected {"requests": n, "errors": n}, got ${show(v)}`);
    const requests = count(v.requests, `${field}.requests`);
    const errors = count(v.errors ?? 0, `${field}.errors`);
    if (errors > requests)
        throw new FieldError(`${field}.errors`, `${errors} errors exceed ${requests} requests`);
    const out = { requests, errors };
    if (v.latency !== undefined)
        out.latency = histogram(v.latency, `${field}.latency`);
    if (v.custom !== undefined) {
        if (!replay_isObj(v.custom))
            throw new FieldError(`${field}.custom`, `expected {"name": number}, got ${show(v.custom)}`);
        out.custom = {};
        for (const [k, x] of Object.entries(v.custom)) {
            if (typeof x !== 'number' || !Number.isFinite(x)) {
                throw new FieldError(`${field}.custom.${k}`, `expected a number, got ${show(x)}`);
            }
            out.custom[k] = x;
        }
    }
    return out;
}
function poll(v, field) {
    if (!replay_isObj(v))
        throw new FieldError(field, `expected {"t": s, "canary": {…}, "stable": {…}}, got ${show(v)}`);
    const t = v.t;
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) {
        throw new FieldError(`${field}.t`, `expected seconds since the stage started, got ${show(t)}`);
    }
    const out = {
        t,
        canary: side(v.canary, `${field}.canary`),
        stable: side(v.stable, `${field}.stable`),
    };
    if (v.notes !== undefined) {
        if (!Array.isArray(v.notes) || v.notes.some((n) => typeof n !== 'string')) {
            throw new FieldError(`${field}.notes`, `expected an array of strings, got ${show(v.notes)}`);
        }
        out.notes = v.notes;
    }
    return out;
}
/** Parses one JSON line into a stream; throws a ReplayLineError naming the line and field. */
function parseReplayLine(text, file, line, defaults) {
    const at = `${file}:${line}`;
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new ReplayLineError([
            `${at}: not valid JSON (${e.message}); each line must be one JSON object`,
        ]);
    }
    try {
        if (!replay_isObj(raw))
            throw new FieldError('(line)', `expected a JSON object, got ${show(raw)}`);
        const known = new Set(['analysis', 'bake', 'max-bake', 'polls', 'name', 'reference', 'now']);
        for (const k of Object.keys(raw)) {
            if (!known.has(k))
                throw new FieldError(k, `unknown field; expected one of ${[...known].join(', ')}`);
        }
        if (defaults && raw.analysis !== undefined) {
            throw new FieldError('analysis', `both this line and ${defaults.from} give an analysis block; remove one (--policy judges with the policy's)`);
        }
        const analysis = defaults
            ? { ok: true, analysis: defaults.analysis }
            : convertAnalysisBlock(raw.analysis, at);
        if (!analysis.ok)
            throw new ReplayLineError(analysis.errors);
        const bake = raw.bake ?? defaults?.bake;
        if (typeof bake !== 'number' || !Number.isFinite(bake) || bake <= 0) {
            throw new FieldError('bake', `expected the stage's bake time in seconds (> 0), got ${show(bake)}`);
        }
        const maxBake = raw['max-bake'] ?? (raw.bake === undefined ? defaults?.maxBake : undefined);
        if (maxBake !== undefined &&
            (typeof maxBake !== 'number' || !Number.isFinite(maxBake) || maxBake < bake)) {
            throw new FieldError('max-bake', `expected the stage's longest time in seconds (≥ bake ${bake}), got ${show(maxBake)}`);
        }
        if (!Array.isArray(raw.polls))
            throw new FieldError('polls', `expected an array of polls, got ${show(raw.polls)}`);
        const stream = {
            analysis: analysis.analysis,
            bake,
            polls: raw.polls.map((p, i) => poll(p, `polls[${i}]`)),
        };
        if (maxBake !== undefined)
            stream.maxBake = maxBake;
        if (raw.name !== undefined) {
            if (typeof raw.name !== 'string')
                throw new FieldError('name', `expected a string, got ${show(raw.name)}`);
            stream.name = raw.name;
        }
        if (raw.reference !== undefined)
            stream.reference = histogram(raw.reference, 'reference');
        if (raw.now !== undefined) {
            if (typeof raw.now !== 'number' || !Number.isFinite(raw.now)) {
                throw new FieldError('now', `expected seconds since the stage started, got ${show(raw.now)}`);
            }
            stream.now = raw.now;
        }
        return stream;
    }
    catch (e) {
        if (e instanceof FieldError)
            throw new ReplayLineError([`${at}: ${e.field}: ${e.message}`]);
        throw e;
    }
}
/** Judges one parsed stream. */
function replayStream(stream, line) {
    const j = (0,judge/* judgeStage */.s_)(stream.analysis, stream.polls, {
        bakeSeconds: stream.bake,
        maxBakeSeconds: stream.maxBake,
        now: stream.now,
        stableReference: stream.reference,
    });
    const out = {
        line,
        ...(stream.name !== undefined ? { name: stream.name } : {}),
        verdict: j.verdict,
        decidedAt: j.decidedAt,
        metrics: j.metrics,
        notes: j.notes,
    };
    if (j.verdict === 'running') {
        out.notes.push(`the polls end at ${stream.polls.at(-1)?.t ?? 0}s, before a decision and before max-bake ` +
            `(${stream.maxBake ?? 3 * stream.bake}s; the bake, ${stream.bake}s, is the stage's minimum)`);
    }
    return out;
}
/** Replays every line of a JSON Lines file; blank lines are skipped, bad lines reported and skipped. */
function runReplay(text, file, defaults) {
    const lines = [];
    const errors = [];
    text.split(/\r?\n/).forEach((content, i) => {
        if (content.trim() === '')
            return;
        try {
            lines.push(replayStream(parseReplayLine(content, file, i + 1, defaults), i + 1));
        }
        catch (e) {
            if (e instanceof ReplayLineError)
                errors.push(...e.messages);
            else
                throw e; // a bug in the judge, not in the input
        }
    });
    if (lines.length === 0 && errors.length === 0)
        errors.push(`${file}: no streams (the file has no JSON lines)`);
    return { lines, errors };
}


/***/ })

};
