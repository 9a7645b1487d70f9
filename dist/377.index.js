export const id = 377;
export const ids = [377];
export const modules = {

/***/ 59184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ attributionPollLogBet),
/* harmony export */   Mm: () => (/* binding */ createMirrorTest),
/* harmony export */   Sn: () => (/* binding */ DEFAULT_PASS_RATIO),
/* harmony export */   V7: () => (/* binding */ createRateTest),
/* harmony export */   Vx: () => (/* binding */ pFromLog),
/* harmony export */   Zz: () => (/* binding */ DEFAULT_LATENCY_TOLERANCE),
/* harmony export */   fp: () => (/* binding */ createFailTest),
/* harmony export */   h9: () => (/* binding */ logMixture),
/* harmony export */   m3: () => (/* binding */ eFromLog)
/* harmony export */ });
/* unused harmony exports RATIO_GRID, geometricGrid, attributionLogLR, createAttributionTest, FAIL_WEIGHTS, normalWeights, MIRROR_GRID */
// Anytime-valid e-processes: is the canary worse than stable? (docs/ARCHITECTURE.md, "The judge's statistics")
//
// Attribution test (two samples): given that a poll saw m = x + y events (errors, or requests
// slower than a threshold), x on the canary and y on stable, and the canary's share of requests
// w, the chance that an event came from the canary is θ(r) = r·w / (r·w + 1 − w) where r is the
// canary/stable event-rate ratio. Per poll the log-likelihood ratio of r_k against r0 is
//   x·ln(θ(r_k)/θ(r0)) + y·ln((1−θ(r_k))/(1−θ(r0)))  =  x·ln(r_k/r0) − m·ln((1 + w(r_k−1)) / (1 + w(r0−1)))
// (the right-hand form is the same number, computed without 0/0 when w is near 0 or 1).
// Each L_k is a test martingale under r = r0 and a supermartingale for every r ≤ r0 when r_k > r0
// (monotone likelihood ratio), also when w changes from poll to poll. Binomial rather than Poisson
// counts make the conditional law hypergeometric, which is smaller in convex order than the
// binomial, so E[e^{L_k}] ≤ 1 still holds. The mixture E = Σ π_k e^{L_k} is then an e-process and
// by Ville's inequality P(sup_t E_t ≥ 1/α) ≤ α: failing when E ≥ 1/α is valid at every poll.
//
// The mirror test swaps the roles: null r ≥ rMax, alternatives below rMax; E ≥ 1/α is evidence
// that the canary is less than rMax times worse: the only way a metric passes.
//
// Clumped events (a retry storm, a sticky client hitting the same bug five times) break the
// per-event product above: one clump of k errors counts as k independent pieces of evidence. The
// judge therefore bets once per poll, on the poll's canary fraction y = x/m (unit 'poll', the
// default). Each clump lands on the canary with chance θ(r) whatever its size, so E[y | m, past]
// = θ(r) for any clumping inside a poll; a bet g(y) linear in y with (1 − θ0)·g(0) + θ0·g(1) = 1 then
// has E[g] ≤ 1 under the null for every such law (a linear g is the only shape for which this holds
// for all laws on [0, 1] with that mean: the worst law is the two-point one). The bet is anchored
// where the alternative is least likely: g equals the likelihood ratio of m independent events
// when they all fall on the side the alternative disfavours (y = 0 for the fail test, y = 1 for
// the mirror), so with one event per poll it is exactly the likelihood ratio, and with independent
// events it loses little while m per poll is small (see README, "How the judge decides").
/** The default alternative grid: 13 ratios, geometric from 1.25 to 16. */
const RATIO_GRID = geometricGrid(1.25, 16, 13);
/** Ratio the mirror test must rule out before an error-rate metric passes (its `tolerance`). */
const DEFAULT_PASS_RATIO = 1.75;
/** The same for latency: the ratio of requests slower than stable's median / p90. */
const DEFAULT_LATENCY_TOLERANCE = 1.5;
/** Largest log E reported as a finite number (e^690 ≈ 1e299, far past any threshold). */
const MAX_LOG_E = 690;
function geometricGrid(from, to, points) {
    if (points === 1)
        return [from];
    const step = Math.pow(to / from, 1 / (points - 1));
    return Array.from({ length: points }, (_, i) => from * Math.pow(step, i));
}
/** log Σ π_k e^{L_k}, computed so that large L neither overflows nor loses the small terms. */
function logMixture(logLR, weights) {
    let max = -Infinity;
    for (const l of logLR)
        if (l > max)
            max = l;
    if (max === -Infinity)
        return -Infinity;
    // Dividing by Σ π (1 up to rounding) keeps E exactly 1 when every L is 0 (no evidence at all).
    let sum = 0;
    let total = 0;
    for (let i = 0; i < logLR.length; i++) {
        sum += weights[i] * Math.exp(logLR[i] - max);
        total += weights[i];
    }
    return max + Math.log(sum / total);
}
/** An e-value as a finite number for reports (JSON has no Infinity). */
function eFromLog(logE) {
    return Math.exp(Math.min(logE, MAX_LOG_E));
}
/** The anytime-valid p-value min(1, 1/E). */
function pFromLog(logE) {
    return Math.min(1, Math.exp(-logE));
}
/**
 * Per-poll log bet for ratio r against r0, valid for any clumping of the poll's m = x + y events:
 * linear in y = x/m, equal to the m-event likelihood ratio at the end the alternative disfavours.
 */
function attributionPollLogBet(x, y, w, r, r0) {
    const m = x + y;
    if (m === 0)
        return 0;
    const t0 = (r0 * w) / (r0 * w + 1 - w);
    const t1 = (r * w) / (r * w + 1 - w);
    let g0; // bet's value when every event is on stable
    let g1; // … when every event is on the canary
    if (r > r0) {
        g0 = Math.exp(m * (Math.log1p(-t1) - Math.log1p(-t0)));
        g1 = (1 - (1 - t0) * g0) / t0;
    }
    else {
        g1 = Math.exp(m * (Math.log(t1) - Math.log(t0)));
        g0 = (1 - t0 * g1) / (1 - t0);
    }
    const frac = x / m;
    const g = g0 + (g1 - g0) * frac;
    return g > 0 ? Math.log(g) : -Infinity;
}
/** Per-poll log-likelihood ratio of ratio r against r0 for the conditional binomial. */
function attributionLogLR(x, y, w, r, r0) {
    const m = x + y;
    if (m === 0)
        return 0;
    return x * Math.log(r / r0) - m * (Math.log1p(w * (r - 1)) - Math.log1p(w * (r0 - 1)));
}
/** Mixture e-process for the rate ratio by error attribution. */
function createAttributionTest(options = {}) {
    const r0 = options.r0 ?? 1;
    const ratios = options.ratios ?? RATIO_GRID;
    const weights = options.weights ?? ratios.map(() => 1 / ratios.length);
    const logLR = ratios.map(() => 0);
    const step = options.unit === 'event' ? attributionLogLR : attributionPollLogBet;
    return {
        update(x, y, w) {
            // A poll where one side had no requests (w = 0 or 1) says nothing about attribution.
            if (x + y === 0 || !(w > 0 && w < 1))
                return;
            for (let k = 0; k < ratios.length; k++)
                logLR[k] += step(x, y, w, ratios[k], r0);
        },
        logE: () => logMixture(logLR, weights),
        r0,
        ratios,
        weights,
        logLRs: () => logLR,
    };
}
/**
 * The fail test's prior over RATIO_GRID: normal in log2(ratio), centred on 3.5× with a standard
 * deviation of one doubling (weights ∝ exp(−½·log2(r/3.5)²)). Equal weights cost ln 13 ≈ 2.56 nats
 * at every ratio; this costs 2.0–2.3 at 2.4–5.5× (about one 10 s poll sooner for 4× at the
 * reference point) and more at the far ends (3.1 at 1.25×, 4.4 at 16×). Any prior keeps the test
 * valid (Ville); measured in README, "How the judge decides".
 */
const FAIL_WEIGHTS = normalWeights(RATIO_GRID, 3.5, 1);
/** Weights ∝ exp(−½ (log2(r / centre) / sd)²), summing to 1. */
function normalWeights(ratios, centre, sd) {
    const raw = ratios.map((r) => Math.exp(-0.5 * (Math.log2(r / centre) / sd) ** 2));
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((w) => w / total);
}
/** The fail test: null r ≤ r0, alternatives r0·grid with the FAIL_WEIGHTS prior. */
function createFailTest(r0 = 1) {
    return createAttributionTest({ r0, ratios: RATIO_GRID.map((g) => r0 * g), weights: FAIL_WEIGHTS });
}
/**
 * The mirror's alternatives, as divisors of the tolerance: 1.75 and 2.2 (for the default 1.75:
 * ratios 1.0 and 0.8). A pass needs evidence for a canary about as good as stable; alternatives
 * nearer the tolerance or far below 1 only dilute the mixture (measured: README, "How the judge
 * decides").
 */
const MIRROR_GRID = [1.75, 2.2];
/** The mirror (pass) test: null r ≥ rMax, alternatives rMax / MIRROR_GRID. */
function createMirrorTest(rMax = DEFAULT_PASS_RATIO) {
    return createAttributionTest({ r0: rMax, ratios: MIRROR_GRID.map((g) => rMax / g) });
}
/**
 * One-sample test on the canary alone (absolute ceilings): null "event probability ≤ p0" (direction
 * 'above', alternatives with odds p0-odds × grid) or "≥ p0" (direction 'below', the mirror). Grid on
 * the odds keeps every alternative inside (0, 1) whatever p0 is.
 */
function createRateTest(limit, direction) {
    // A limit of exactly 0 or 1 would make every likelihood ratio 0/0; nudge it inside.
    const p0 = Math.min(Math.max(limit, 1e-9), 1 - 1e-9);
    const odds0 = p0 / (1 - p0);
    const alts = RATIO_GRID.map((g) => {
        const odds = direction === 'above' ? odds0 * g : odds0 / g;
        return odds / (1 + odds);
    });
    const weights = alts.map(() => 1 / alts.length);
    const logLR = alts.map(() => 0);
    return {
        update(x, n) {
            if (n <= 0)
                return;
            const ok = n - Math.min(x, n);
            const bad = Math.min(x, n);
            for (let k = 0; k < alts.length; k++) {
                const p = alts[k];
                logLR[k] += bad * Math.log(p / p0) + ok * (Math.log1p(-p) - Math.log1p(-p0));
            }
        },
        logE: () => logMixture(logLR, weights),
    };
}


/***/ }),

/***/ 62561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   _Z: () => (/* binding */ estimateRatio),
/* harmony export */   bX: () => (/* binding */ attributionShare)
/* harmony export */ });
/* unused harmony exports incompleteBeta, betaQuantile, clopperPearson, ratioForCanaryEvents */
// Ratio estimate and interval for the report.
//
// Given the events, the canary's share of them is the natural statistic: x of m events on the
// canary. An exact Clopper–Pearson interval [θL, θU] for that share is mapped to the rate ratio
// r by solving Σ_k m_k·θ(r; w_k) = m·θ, with θ(r; w) = r·w / (r·w + 1 − w) and one term per poll.
// With a constant split this is exactly θ⁻¹ of the Clopper–Pearson bounds; with a split that changes
// between polls it is the same mapping applied to the expected canary events (the point estimate
// solves the same equation with the observed x, which is the conditional maximum-likelihood
// equation). The interval is a fixed-sample 95% interval, shown for reading, not used to decide.
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2))
        return (Math.exp(logFront) * betaContinuedFraction(a, b, x)) / a;
    return 1 - (Math.exp(logFront) * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** Quantile of Beta(a, b) by bisection (the CDF is monotone; 100 halvings reach double precision). */
function betaQuantile(p, a, b) {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
        const mid = (lo + hi) / 2;
        if (incompleteBeta(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Exact (Clopper–Pearson) interval for a binomial proportion x/n at the given level. */
function clopperPearson(x, n, level = 0.95) {
    const tail = (1 - level) / 2;
    const lower = x === 0 ? 0 : betaQuantile(tail, x, n - x + 1);
    const upper = x === n ? 1 : betaQuantile(1 - tail, x + 1, n - x);
    return [lower, upper];
}
/** θ(r; w): the chance an event came from the canary at rate ratio r and canary share w. */
function attributionShare(r, w) {
    return (r * w) / (r * w + 1 - w);
}
/** Expected canary events Σ m_k θ(r; w_k). */
function expectedCanaryEvents(r, parts) {
    let sum = 0;
    for (const p of parts)
        sum += p.m * attributionShare(r, p.w);
    return sum;
}
/** The ratio r at which the expected canary events equal `target` (0 or Infinity at the ends). */
function ratioForCanaryEvents(target, parts) {
    const total = parts.reduce((s, p) => s + p.m, 0);
    if (target <= 0)
        return 0;
    if (target >= total)
        return Infinity;
    let lo = Math.log(1e-9);
    let hi = Math.log(1e9);
    if (expectedCanaryEvents(Math.exp(lo), parts) >= target)
        return 0;
    if (expectedCanaryEvents(Math.exp(hi), parts) <= target)
        return Infinity;
    for (let i = 0; i < 80; i++) {
        const mid = (lo + hi) / 2;
        if (expectedCanaryEvents(Math.exp(mid), parts) < target)
            lo = mid;
        else
            hi = mid;
    }
    return Math.exp((lo + hi) / 2);
}
/**
 * Ratio estimate and 95% interval from the per-poll attribution parts and the canary's events x.
 * The point estimate stays finite when all events sit on one side; the interval's upper end is
 * Infinity when every event was on the canary (JSON shows it as null).
 */
function estimateRatio(x, parts, level = 0.95) {
    const used = parts.filter((p) => p.m > 0 && p.w > 0 && p.w < 1);
    const m = used.reduce((s, p) => s + p.m, 0);
    if (m === 0)
        return null;
    // One pseudo-event split as the null expects (w̄ to the canary) keeps the estimate finite and
    // pulls it towards 1 when there are few events, rather than towards an even split.
    const wBar = used.reduce((s, p) => s + p.m * p.w, 0) / m;
    const shrunk = (m * (x + wBar)) / (m + 1);
    const [lower, upper] = clopperPearson(x, m, level);
    return {
        ratio: ratioForCanaryEvents(shrunk, used),
        interval: [ratioForCanaryEvents(m * lower, used), ratioForCanaryEvents(m * upper, used)],
    };
}


/***/ }),

/***/ 15377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P1: () => (/* binding */ DEFAULT_PASS_ALPHA),
  s_: () => (/* binding */ judgeStage)
});

// UNUSED EXPORTS: DEFAULT_MAX_BAKE_FACTOR, createJudge

// EXTERNAL MODULE: ./src/analysis/evalue.ts
var evalue = __webpack_require__(59184);
;// CONCATENATED MODULE: ./src/analysis/metric.ts
/** Compact number formatting for reason strings. */
function fmt(x, digits = 3) {
    if (x === null || Number.isNaN(x))
        return 'n/a';
    if (x === Infinity)
        return '∞';
    if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3))
        return x.toExponential(2);
    return String(Number(x.toPrecision(digits)));
}
function pct(x) {
    return x === null ? 'n/a' : `${fmt(x * 100)}%`;
}
/**
 * "E = 3.2 (fails at 100)" style summary of an e-value against its threshold; with both a vs-stable
 * test and a ceiling, E is their average and both parts are named so the reader sees which one moved.
 */
function eText(logE, alpha, parts) {
    const e = (l) => fmt(Math.exp(Math.min(l, 690)));
    const split = parts ? ` = mean of vs-stable ${e(parts.vsStable)} and ceiling ${e(parts.ceiling)}` : '';
    return `E${split} = ${e(logE)} (fails at ${fmt(1 / alpha)})`;
}

;// CONCATENATED MODULE: ./src/analysis/ceilings.ts


const CUSTOM_BREACHES_TO_FAIL = 2;
/** A one-sample ceiling "event probability ≤ limit" with its mirror test. */
function createCeiling(limit, what) {
    const fail = (0,evalue/* createRateTest */.V7)(limit, 'above');
    const mirror = (0,evalue/* createRateTest */.V7)(limit, 'below');
    return {
        limit,
        what,
        fail,
        mirror,
        update(events, trials) {
            fail.update(events, trials);
            mirror.update(events, trials);
        },
    };
}
/** The custom-metric rule: bounds on the canary's reported value, debounced over polls. */
function createCustomTester(metric) {
    let last = null;
    let lastStable = null;
    let seen = 0;
    let streak = 0;
    let failure = null;
    let canaryRequests = 0;
    let stableRequests = 0;
    const breach = (v) => {
        if (metric.min !== undefined && v < metric.min)
            return `${fmt(v)} is below the minimum ${fmt(metric.min)}`;
        if (metric.max !== undefined && v > metric.max)
            return `${fmt(v)} is above the maximum ${fmt(metric.max)}`;
        return null;
    };
    return {
        label: `custom ${metric.name}`,
        statistical: false,
        add(poll) {
            canaryRequests += poll.canary.requests;
            stableRequests += poll.stable.requests;
            const s = poll.stable.custom?.[metric.name];
            if (typeof s === 'number' && Number.isFinite(s))
                lastStable = s;
            const v = poll.canary.custom?.[metric.name];
            if (typeof v !== 'number' || !Number.isFinite(v))
                return; // missing: neither a breach nor a pass
            last = v;
            seen++;
            const b = breach(v);
            streak = b ? streak + 1 : 0;
            if (b && streak >= CUSTOM_BREACHES_TO_FAIL && !failure) {
                failure = `canary ${metric.name} ${b} on ${streak} consecutive polls`;
            }
        },
        failLogE: () => 0,
        mirrorPassed: () => false, // no evidence model: passes by its rule at the end of the bake
        blocked: () => null,
        missing: () => (seen === 0 ? `no value reported for ${metric.name}` : ''),
        ruleFailure: () => failure,
        enoughTraffic: () => seen > 0,
        evidence(ctx) {
            const bounds = [
                metric.min !== undefined ? `min ${fmt(metric.min)}` : '',
                metric.max !== undefined ? `max ${fmt(metric.max)}` : '',
            ]
                .filter(Boolean)
                .join(', ');
            const detail = failure ??
                (seen === 0
                    ? `no value reported for ${metric.name}`
                    : `canary ${metric.name} ${fmt(last)} (${bounds}); ${seen} values seen`);
            return {
                metric: `custom ${metric.name}`,
                verdict: ctx.verdict,
                canaryValue: last,
                stableValue: lastStable,
                canaryRequests,
                stableRequests,
                canaryEvents: 0,
                stableEvents: 0,
                e: 1,
                pValue: 1,
                ratio: null,
                ratioInterval: null,
                reason: ctx.verdictNote ? `${ctx.verdictNote}: ${detail}` : detail,
            };
        },
    };
}

// EXTERNAL MODULE: ./src/analysis/interval.ts
var interval = __webpack_require__(62561);
// EXTERNAL MODULE: ./src/analysis/power.ts
var power = __webpack_require__(6215);
;// CONCATENATED MODULE: ./src/analysis/error-rate.ts





function createErrorRateTester(metric, defaultTolerance) {
    const tolerance = metric.tolerance ?? defaultTolerance ?? evalue/* DEFAULT_PASS_RATIO */.Sn;
    const absolute = metric.absolute === true;
    const ceiling = metric.max !== undefined ? createCeiling(metric.max, 'error rate') : null;
    // the vs-stable test also serves a non-absolute ceiling ("worse than stable" half)
    const relative = metric.vsBaseline || (ceiling && !absolute)
        ? { fail: (0,evalue/* createFailTest */.fp)(1), mirror: (0,evalue/* createMirrorTest */.Mm)(tolerance) }
        : null;
    const parts = [];
    const totals = { canaryRequests: 0, stableRequests: 0, canaryErrors: 0, stableErrors: 0, attributedX: 0 };
    let comparedPolls = 0;
    const failLogE = () => {
        const rel = relative ? relative.fail.logE() : 0;
        if (!ceiling)
            return metric.vsBaseline ? rel : 0;
        const ceil = ceiling.fail.logE();
        if (!absolute)
            return metric.vsBaseline ? rel : Math.min(ceil, rel);
        if (!metric.vsBaseline)
            return ceil;
        return (0,evalue/* logMixture */.h9)([rel, ceil], [0.5, 0.5]);
    };
    const estimate = () => (relative ? (0,interval/* estimateRatio */._Z)(totals.attributedX, parts) : null);
    const forecastPolls = (alpha) => {
        if (!relative || !metric.vsBaseline || comparedPolls === 0)
            return undefined;
        const events = parts.reduce((s, p) => s + p.m, 0);
        const share = parts.reduce((s, p) => s + p.w, 0) / parts.length;
        return (0,power/* pollsToPass */.h)({
            test: relative.mirror,
            threshold: Math.log(1 / alpha),
            eventsPerPoll: events / comparedPolls,
            share,
            ratio: estimate()?.ratio ?? 1,
        });
    };
    const tester = {
        label: 'error-rate',
        statistical: metric.vsBaseline || ceiling !== null,
        add(poll) {
            const c = poll.canary;
            const s = poll.stable;
            totals.canaryRequests += c.requests;
            totals.stableRequests += s.requests;
            totals.canaryErrors += c.errors;
            totals.stableErrors += s.errors;
            const n = c.requests + s.requests;
            const w = n > 0 ? c.requests / n : 0;
            if (relative && w > 0 && w < 1) {
                relative.fail.update(c.errors, s.errors, w);
                relative.mirror.update(c.errors, s.errors, w);
                parts.push({ m: c.errors + s.errors, w });
                totals.attributedX += c.errors;
                comparedPolls++;
            }
            ceiling?.update(c.errors, c.requests);
        },
        failLogE,
        mirrorPassed(alpha) {
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline && relative && relative.mirror.logE() < threshold)
                return false;
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold)
                return false;
            return metric.vsBaseline || ceiling !== null;
        },
        blocked: () => null,
        ruleFailure: () => null,
        enoughTraffic(minRequests) {
            if (totals.canaryRequests < minRequests)
                return false;
            return !relative || totals.stableRequests >= minRequests;
        },
        missing(alpha, minRequests) {
            const lacks = [];
            if (totals.canaryRequests < minRequests || (relative && totals.stableRequests < minRequests)) {
                lacks.push(`fewer than ${minRequests} requests on a side (canary ${totals.canaryRequests}, stable ${totals.stableRequests})`);
            }
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline && relative && relative.mirror.logE() < threshold) {
                const none = totals.canaryErrors + totals.stableErrors === 0;
                lacks.push(none
                    ? `no errors on either side yet, so nothing shows the canary below ${fmt(tolerance)}× stable's error rate`
                    : `no evidence yet that the canary's error rate is below ${fmt(tolerance)}× stable's ` +
                        `(pass E ${fmt((0,evalue/* eFromLog */.m3)(relative.mirror.logE()))}, needs ${fmt(1 / alpha)})`);
            }
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) {
                lacks.push(`no evidence yet that the canary is below the ${pct(ceiling.limit)} ceiling`);
            }
            return lacks.join('; ');
        },
        evidence(ctx) {
            const canaryValue = totals.canaryRequests > 0 ? totals.canaryErrors / totals.canaryRequests : null;
            const stableValue = totals.stableRequests > 0 ? totals.stableErrors / totals.stableRequests : null;
            const est = estimate();
            const logE = failLogE();
            const out = {
                metric: 'error-rate',
                verdict: ctx.verdict,
                canaryValue,
                stableValue,
                canaryRequests: totals.canaryRequests,
                stableRequests: totals.stableRequests,
                canaryEvents: totals.canaryErrors,
                stableEvents: totals.stableErrors,
                e: (0,evalue/* eFromLog */.m3)(logE),
                pValue: (0,evalue/* pFromLog */.Vx)(logE),
                ratio: est ? est.ratio : null,
                ratioInterval: est ? est.interval : null,
                alpha: ctx.alpha,
                reason: reason(ctx, logE, canaryValue, stableValue, est),
            };
            if (metric.vsBaseline && relative) {
                out.tolerance = tolerance;
                out.passE = (0,evalue/* eFromLog */.m3)(relative.mirror.logE());
            }
            if (ctx.verdict === 'running' || ctx.verdict === 'inconclusive') {
                const lacks = tester.missing(ctx.passAlpha ?? ctx.alpha, ctx.minRequests);
                if (lacks)
                    out.missing = lacks;
                const polls = forecastPolls(ctx.passAlpha ?? ctx.alpha);
                if (polls !== undefined && ctx.intervalSeconds)
                    out.secondsToPass = polls === null ? null : Math.round(polls * ctx.intervalSeconds);
            }
            return out;
        },
    };
    return tester;
    function reason(ctx, logE, canaryValue, stableValue, est) {
        const values = `canary ${pct(canaryValue)} vs stable ${pct(stableValue)} errors`;
        const ratio = est
            ? `, ratio ${fmt(est.ratio)} (95% CI ${fmt(est.interval[0])}–${fmt(est.interval[1])})`
            : '';
        let ceil = '';
        if (metric.max !== undefined) {
            const shared = !absolute &&
                canaryValue !== null &&
                stableValue !== null &&
                canaryValue > metric.max &&
                stableValue > metric.max;
            ceil = shared
                ? `, both sides above the ${pct(metric.max)} ceiling (a shared incident: the ceiling fails the canary only when it is also worse than stable)`
                : `, ceiling ${pct(metric.max)}${absolute ? ' (absolute)' : ''}`;
        }
        const parts = relative && ceiling && absolute && metric.vsBaseline
            ? { vsStable: relative.fail.logE(), ceiling: ceiling.fail.logE() }
            : undefined;
        const head = `${values}${ratio}${ceil}; ${eText(logE, ctx.alpha, parts)}`;
        return ctx.verdictNote ? `${ctx.verdictNote}: ${head}` : head;
    }
}

;// CONCATENATED MODULE: ./src/analysis/latency.ts





const REFERENCE_QUANTILES = [0.5, 0.9, 0.99];
/** Stable requests needed to set thresholds in-stage when no reference histogram was given. */
const REFERENCE_MIN_REQUESTS = 100;
function histogramTotal(h) {
    let n = 0;
    for (const c of h.counts)
        n += c;
    return n;
}
/** Requests slower than τ ms: buckets whose lower edge is ≥ τ. */
function countAbove(h, tau) {
    let n = 0;
    for (let i = 1; i < h.counts.length; i++)
        if (h.bounds[i - 1] >= tau)
            n += h.counts[i];
    return n;
}
/** The bucket bound at or above the q-quantile (null when it lies in the +Inf bucket or no data). */
function quantileBound(h, q) {
    const total = histogramTotal(h);
    if (total === 0)
        return null;
    let cum = 0;
    for (let i = 0; i < h.bounds.length; i++) {
        cum += h.counts[i];
        if (cum >= q * total)
            return h.bounds[i];
    }
    return null;
}
/** Thresholds from a reference histogram, one per reference quantile, without duplicates. */
function thresholdsFrom(reference) {
    return [...new Set(taggedThresholds(reference).map((t) => t.tau))];
}
/** Each threshold with the lowest reference quantile that gave it. */
function taggedThresholds(reference) {
    const out = [];
    for (const q of REFERENCE_QUANTILES) {
        const tau = quantileBound(reference, q);
        if (tau !== null && !out.some((t) => t.tau === tau))
            out.push({ tau, q });
    }
    return out;
}
/** Cloud Run cold starts: a new instance's first requests are slow for tens of seconds. */
const DEFAULT_WARMUP_MS = 60_000;
/** Reference quantiles whose thresholds a pass must clear (median and p90). */
const PASS_QUANTILES = new Set([0.5, 0.9]);
/**
 * The q-quantile by linear interpolation inside its bucket (the first bucket starts at 0 ms). In
 * the +Inf bucket the last finite bound is returned: the true value is at least that.
 */
function estimateQuantile(h, q) {
    const total = histogramTotal(h);
    if (total === 0)
        return null;
    const target = q * total;
    let cum = 0;
    for (let i = 0; i < h.counts.length; i++) {
        const before = cum;
        cum += h.counts[i];
        if (cum >= target && h.counts[i] > 0) {
            if (i >= h.bounds.length)
                return h.bounds[h.bounds.length - 1] ?? null;
            const lower = i === 0 ? 0 : h.bounds[i - 1];
            return lower + (h.bounds[i] - lower) * ((target - before) / h.counts[i]);
        }
    }
    return h.bounds[h.bounds.length - 1] ?? null;
}
function sameBounds(a, b) {
    return a.bounds.length === b.bounds.length && a.bounds.every((x, i) => x === b.bounds[i]);
}
function addInto(acc, h) {
    if (!acc)
        return { bounds: [...h.bounds], counts: [...h.counts] };
    for (let i = 0; i < acc.counts.length; i++)
        acc.counts[i] += h.counts[i];
    return acc;
}
function createLatencyTester(metric, stableReference, defaultTolerance = evalue/* DEFAULT_LATENCY_TOLERANCE */.Zz) {
    const label = `latency p${fmt(metric.quantile * 100)}`;
    const tolerance = metric.tolerance ?? defaultTolerance;
    const absolute = metric.absolute === true;
    const warmupS = (metric.warmupMs ?? DEFAULT_WARMUP_MS) / 1000;
    const ceiling = metric.maxMs !== undefined
        ? createCeiling(1 - metric.quantile, `latency above ${metric.maxMs} ms`)
        : null;
    const relativeWanted = metric.vsBaseline || (ceiling !== null && !absolute);
    let tests = null;
    let bootstrap = null;
    let canaryHist = null;
    let stableHist = null;
    const cold = {
        canary: null,
        stable: null,
        until: null,
    };
    let lastT = 0;
    let blockedReason = null;
    let comparedPolls = 0;
    const startTests = (reference, notes, source) => {
        const tagged = taggedThresholds(reference);
        tests = tagged.map(({ tau, q }) => ({
            tau,
            q,
            fail: (0,evalue/* createFailTest */.fp)(1),
            mirror: (0,evalue/* createMirrorTest */.Mm)(tolerance),
            parts: [],
            x: 0,
            y: 0,
        }));
        if (tagged.length === 0) {
            const top = reference.bounds[reference.bounds.length - 1];
            blockedReason =
                `stable's median, p90 and p99 (${source}) all lie above the largest bucket bound (${top} ms), ` +
                    `so no request can be counted as slower than them: latency cannot be compared`;
            notes.push(`latency: ${blockedReason}`);
            return;
        }
        notes.push(`latency thresholds ${tagged.map((t) => `${t.tau} ms`).join(', ')} from ${source}`);
    };
    const relativeLogE = () => {
        if (!relativeWanted || !tests || tests.length === 0)
            return null;
        return (0,evalue/* logMixture */.h9)(tests.map((t) => t.fail.logE()), tests.map(() => 1 / tests.length));
    };
    const failLogE = () => {
        const rel = relativeLogE();
        if (!ceiling)
            return metric.vsBaseline && rel !== null ? rel : 0;
        const ceil = ceiling.fail.logE();
        if (!absolute) {
            if (rel === null)
                return 0;
            return metric.vsBaseline ? rel : Math.min(ceil, rel);
        }
        if (!metric.vsBaseline || rel === null)
            return ceil;
        return (0,evalue/* logMixture */.h9)([rel, ceil], [0.5, 0.5]);
    };
    /** The threshold whose test carries the most evidence, for the ratio shown in the report. */
    const leading = () => tests && tests.length > 0 ? tests.reduce((a, b) => (b.fail.logE() > a.fail.logE() ? b : a)) : null;
    const passTests = () => (tests ?? []).filter((t) => PASS_QUANTILES.has(t.q));
    const compatible = (h, acc) => !acc || sameBounds(acc, h);
    const tester = {
        label,
        statistical: metric.vsBaseline || ceiling !== null,
        add(poll, notes) {
            const from = lastT;
            lastT = Math.max(lastT, poll.t);
            const c = poll.canary.latency;
            const s = poll.stable.latency;
            // Polls that set the thresholds are not tested against them (they still count for the ceiling).
            let settingThresholds = false;
            if (relativeWanted && !tests) {
                if (stableReference)
                    startTests(stableReference, notes, "stable's histogram before the stage");
                else if (s) {
                    settingThresholds = true;
                    bootstrap = addInto(bootstrap, s);
                    if (histogramTotal(bootstrap) >= REFERENCE_MIN_REQUESTS) {
                        startTests(bootstrap, notes, `stable's first ${histogramTotal(bootstrap)} requests of this stage`);
                    }
                }
            }
            if (!c || !s)
                return;
            const nc = histogramTotal(c);
            const ns = histogramTotal(s);
            // warm-up: from the start of the window in which the canary first had traffic
            if (cold.until === null && nc > 0)
                cold.until = from + warmupS;
            if (cold.until === null || from < cold.until) {
                if (nc > 0 && (!cold.canary || sameBounds(cold.canary, c)))
                    cold.canary = addInto(cold.canary, c);
                if (ns > 0 && (!cold.stable || sameBounds(cold.stable, s)))
                    cold.stable = addInto(cold.stable, s);
                return;
            }
            if (!sameBounds(c, s) || !compatible(c, canaryHist) || !compatible(s, stableHist)) {
                if (!blockedReason) {
                    const was = canaryHist ? `[${canaryHist.bounds.join(', ')}]` : 'the first layout';
                    blockedReason = sameBounds(c, s)
                        ? `the histogram bucket layout changed at t=${poll.t}s (from ${was} to [${c.bounds.join(', ')}] ms); ` +
                            'later polls cannot be compared with the earlier ones or the thresholds'
                        : `at t=${poll.t}s canary and stable report different bucket layouts ` +
                            `([${c.bounds.join(', ')}] vs [${s.bounds.join(', ')}] ms), so their counts cannot be compared`;
                    notes.push(`t=${poll.t}s: latency: ${blockedReason}; such polls are skipped`);
                }
                return;
            }
            canaryHist = addInto(canaryHist, c);
            stableHist = addInto(stableHist, s);
            if (ceiling && metric.maxMs !== undefined)
                ceiling.update(countAbove(c, metric.maxMs), nc);
            if (!tests || settingThresholds || nc + ns === 0)
                return;
            const w = nc / (nc + ns);
            if (!(w > 0 && w < 1))
                return;
            comparedPolls++;
            for (const t of tests) {
                const x = countAbove(c, t.tau);
                const y = countAbove(s, t.tau);
                t.fail.update(x, y, w);
                t.mirror.update(x, y, w);
                t.parts.push({ m: x + y, w });
                t.x += x;
                t.y += y;
            }
        },
        failLogE,
        mirrorPassed(alpha) {
            if (blockedReason)
                return false;
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline) {
                const need = passTests();
                if (need.length === 0 || need.some((t) => t.mirror.logE() < threshold))
                    return false;
            }
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold)
                return false;
            return metric.vsBaseline || ceiling !== null;
        },
        blocked: () => blockedReason,
        ruleFailure: () => null,
        enoughTraffic(minRequests) {
            const nc = canaryHist ? histogramTotal(canaryHist) : 0;
            const ns = stableHist ? histogramTotal(stableHist) : 0;
            return nc >= minRequests && (!metric.vsBaseline || ns >= minRequests);
        },
        missing(alpha, minRequests) {
            if (blockedReason)
                return blockedReason;
            const lacks = [];
            const nc = canaryHist ? histogramTotal(canaryHist) : 0;
            const ns = stableHist ? histogramTotal(stableHist) : 0;
            if (cold.until === null)
                lacks.push('the canary has had no latency data yet');
            else if (lastT < cold.until)
                lacks.push(`the canary is warming up until t=${cold.until}s (latency not judged before)`);
            if (nc < minRequests || (metric.vsBaseline && ns < minRequests)) {
                lacks.push(`fewer than ${minRequests} warm requests on a side (canary ${nc}, stable ${ns})`);
            }
            const threshold = Math.log(1 / alpha);
            if (metric.vsBaseline && !tests)
                lacks.push(`stable has not yet had ${REFERENCE_MIN_REQUESTS} requests to set thresholds`);
            for (const t of metric.vsBaseline ? passTests() : []) {
                if (t.mirror.logE() >= threshold)
                    continue;
                lacks.push(t.x + t.y === 0
                    ? `no request slower than ${t.tau} ms yet (stable's ${t.q === 0.5 ? 'median' : 'p90'}), so nothing shows the canary no slower there`
                    : `no evidence yet that the canary's share slower than ${t.tau} ms is below ${fmt(tolerance)}× stable's ` +
                        `(pass E ${fmt((0,evalue/* eFromLog */.m3)(t.mirror.logE()))}, needs ${fmt(1 / alpha)})`);
            }
            if (ceiling && (absolute || !metric.vsBaseline) && ceiling.mirror.logE() < threshold) {
                lacks.push(`no evidence yet that the canary's p${fmt(metric.quantile * 100)} is below ${metric.maxMs} ms`);
            }
            return lacks.join('; ');
        },
        evidence(ctx) {
            const lead = leading();
            const est = lead ? (0,interval/* estimateRatio */._Z)(lead.x, lead.parts) : null;
            const canaryValue = canaryHist ? estimateQuantile(canaryHist, metric.quantile) : null;
            const stableValue = stableHist ? estimateQuantile(stableHist, metric.quantile) : null;
            const logE = failLogE();
            const parts = [
                `canary ${fmt(canaryValue)} ms vs stable ${fmt(stableValue)} ms at p${fmt(metric.quantile * 100)}`,
            ];
            if (lead && est) {
                parts.push(`slower than ${lead.tau} ms: ${lead.x} canary vs ${lead.y} stable, ratio ${fmt(est.ratio)} ` +
                    `(95% CI ${fmt(est.interval[0])}–${fmt(est.interval[1])})`);
            }
            else if (blockedReason)
                parts.push(blockedReason);
            else if (metric.vsBaseline)
                parts.push(`stable has not yet had ${REFERENCE_MIN_REQUESTS} requests to set thresholds`);
            if (metric.maxMs !== undefined)
                parts.push(`ceiling ${metric.maxMs} ms${absolute ? ' (absolute)' : ''}`);
            const rel = relativeLogE();
            const split = rel !== null && ceiling && absolute && metric.vsBaseline
                ? { vsStable: rel, ceiling: ceiling.fail.logE() }
                : undefined;
            const detail = `${parts.join(', ')}; ${eText(logE, ctx.alpha, split)}`;
            const out = {
                metric: label,
                verdict: ctx.verdict,
                canaryValue,
                stableValue,
                canaryRequests: canaryHist ? histogramTotal(canaryHist) : 0,
                stableRequests: stableHist ? histogramTotal(stableHist) : 0,
                canaryEvents: lead ? lead.x : 0,
                stableEvents: lead ? lead.y : 0,
                e: (0,evalue/* eFromLog */.m3)(logE),
                pValue: (0,evalue/* pFromLog */.Vx)(logE),
                ratio: est ? est.ratio : null,
                ratioInterval: est ? est.interval : null,
                alpha: ctx.alpha,
                reason: ctx.verdictNote ? `${ctx.verdictNote}: ${detail}` : detail,
            };
            const need = passTests();
            if (metric.vsBaseline && need.length > 0) {
                out.tolerance = tolerance;
                out.passE = Math.min(...need.map((t) => (0,evalue/* eFromLog */.m3)(t.mirror.logE())));
            }
            if (cold.canary && cold.until !== null) {
                out.coldStart = {
                    seconds: Math.round(Math.min(cold.until, lastT)),
                    canaryMs: estimateQuantile(cold.canary, metric.quantile),
                    stableMs: cold.stable ? estimateQuantile(cold.stable, metric.quantile) : null,
                    requests: histogramTotal(cold.canary),
                };
            }
            if (ctx.verdict === 'running' || ctx.verdict === 'inconclusive') {
                const lacks = tester.missing(ctx.passAlpha ?? ctx.alpha, ctx.minRequests);
                if (lacks)
                    out.missing = lacks;
                if (metric.vsBaseline &&
                    need.length > 0 &&
                    comparedPolls > 0 &&
                    ctx.intervalSeconds &&
                    !blockedReason) {
                    // the slowest of the thresholds a pass needs decides
                    let worst = 0;
                    for (const t of need) {
                        const events = t.parts.reduce((a, p) => a + p.m, 0);
                        const share = t.parts.reduce((a, p) => a + p.w, 0) / Math.max(1, t.parts.length);
                        const polls = (0,power/* pollsToPass */.h)({
                            test: t.mirror,
                            threshold: Math.log(1 / (ctx.passAlpha ?? ctx.alpha)),
                            eventsPerPoll: events / comparedPolls,
                            share,
                            ratio: (0,interval/* estimateRatio */._Z)(t.x, t.parts)?.ratio ?? 1,
                        });
                        worst = polls === null || worst === null ? null : Math.max(worst, polls);
                    }
                    out.secondsToPass = worst === null ? null : Math.round(worst * ctx.intervalSeconds);
                }
            }
            return out;
        },
    };
    return tester;
}

;// CONCATENATED MODULE: ./src/analysis/judge.ts



/** The mirror tests' level when the policy sets no `pass-alpha`. */
const DEFAULT_PASS_ALPHA = 0.01;
/** max-bake when none is given: three bakes. */
const DEFAULT_MAX_BAKE_FACTOR = 3;
function createJudge(analysis, opts) {
    const bake = opts.bakeSeconds;
    const maxBake = Math.max(bake, opts.maxBakeSeconds ?? DEFAULT_MAX_BAKE_FACTOR * bake);
    const metrics = analysis.metrics.map((m) => ({
        tester: m.kind === 'error-rate'
            ? createErrorRateTester(m, opts.passRatio)
            : m.kind === 'latency'
                ? createLatencyTester(m, opts.stableReference)
                : createCustomTester(m),
        verdict: 'running',
        at: null,
    }));
    const tested = metrics.filter((m) => m.tester.statistical).length;
    const alphaM = analysis.alpha / Math.max(1, tested);
    const failThreshold = Math.log(1 / alphaM);
    // a stage passes only when every metric shows itself safe, so each mirror test may use the whole
    // wrong-pass budget: a stage with one metric ≥ its tolerance passes with chance ≤ passAlpha
    const passAlpha = analysis.passAlpha ?? DEFAULT_PASS_ALPHA;
    const intervalSeconds = analysis.intervalMs / 1000;
    const notes = [];
    const series = [];
    const errorMetric = metrics.findIndex((m) => m.tester.label === 'error-rate');
    const latencyMetric = analysis.metrics.find((m) => m.kind === 'latency');
    let verdict = 'running';
    let decidedAt = null;
    let lastT = null;
    const ignored = { count: 0 };
    const metricAlpha = (m) => (m.tester.statistical ? alphaM : analysis.alpha);
    function decide(v, t) {
        verdict = v;
        decidedAt = t;
        return v;
    }
    /** A metric whose rule, not evidence, passes it (custom, or any in a no-fail gate) at the bake. */
    const rulePasses = (m) => opts.gate === 'no-fail' || (!m.tester.statistical && m.tester.enoughTraffic(analysis.minRequests));
    function passIfDue(t) {
        if (t < bake)
            return null;
        for (const m of metrics) {
            if (m.verdict !== 'running' || !rulePasses(m))
                continue;
            m.verdict = 'pass';
            m.at = t;
            m.note =
                opts.gate === 'no-fail'
                    ? `bake time over at ${t}s with no fail in the header cohort (a header-only stage is not a statistical gate)`
                    : `bake time over at ${t}s with every value within bounds`;
        }
        if (metrics.length > 0 && metrics.every((m) => m.verdict === 'pass'))
            return decide('pass', t);
        return null;
    }
    function endOfMaxBake(t) {
        for (const m of metrics) {
            if (m.verdict === 'fail' || m.verdict === 'pass')
                continue;
            m.verdict = 'inconclusive';
            m.at = t;
            const lacks = m.tester.missing(passAlpha, analysis.minRequests);
            m.note =
                `undecided at max-bake (${fmtTime(maxBake)}): the canary is neither shown worse than stable nor shown safe` +
                    (lacks ? `; ${lacks}` : '');
        }
        return decide('inconclusive', t);
    }
    function judgeMetrics(t) {
        for (const m of metrics) {
            if (m.verdict === 'fail')
                continue;
            const rule = m.tester.ruleFailure();
            if (rule || (m.tester.statistical && m.tester.failLogE() >= failThreshold)) {
                m.verdict = 'fail';
                m.at = t;
                m.note = rule ?? `failed at ${t}s`;
            }
            else if (m.verdict === 'running' &&
                m.tester.statistical &&
                m.tester.mirrorPassed(passAlpha) &&
                m.tester.enoughTraffic(analysis.minRequests)) {
                m.verdict = 'pass';
                m.at = t;
                m.note = `shown safe at ${t}s: the canary is shown less than its tolerance worse than stable`;
            }
        }
        if (metrics.some((m) => m.verdict === 'fail'))
            return decide('fail', t);
        if (verdict === 'inconclusive')
            return verdict; // held: only a fail changes it
        const passed = passIfDue(t);
        if (passed)
            return passed;
        if (t >= maxBake)
            return endOfMaxBake(t);
        return 'running';
    }
    function add(raw) {
        if (verdict === 'pass' || verdict === 'fail') {
            ignored.count++;
            ignored.last = raw.t;
            ignored.first ??= raw.t;
            return verdict;
        }
        if (lastT !== null && raw.t < lastT)
            notes.push(`t=${raw.t}s: poll out of order (after t=${lastT}s)`);
        const poll = {
            t: raw.t,
            canary: sanitize(raw.canary, 'canary', raw.t),
            stable: sanitize(raw.stable, 'stable', raw.t),
        };
        for (const n of raw.notes ?? [])
            notes.push(`t=${raw.t}s: ${n}`);
        lastT = Math.max(lastT ?? raw.t, raw.t);
        for (const m of metrics)
            m.tester.add(poll, notes);
        if (opts.series !== false)
            series.push(seriesPoint(poll));
        return judgeMetrics(poll.t);
    }
    function sanitize(side, name, t) {
        const requests = Number.isFinite(side.requests) && side.requests > 0 ? side.requests : 0;
        let errors = Number.isFinite(side.errors) && side.errors > 0 ? side.errors : 0;
        if (requests !== side.requests || errors !== side.errors) {
            notes.push(`t=${t}s: ${name} counts ${side.requests}/${side.errors} are not usable increments; taken as ${requests}/${errors}`);
        }
        if (errors > requests) {
            notes.push(`t=${t}s: ${name} reports ${errors} errors for ${requests} requests; errors capped at requests`);
            errors = requests;
        }
        return { ...side, requests, errors };
    }
    function seriesPoint(poll) {
        const rate = (s) => (s.requests > 0 ? s.errors / s.requests : null);
        const point = {
            t: poll.t,
            canaryErrorRate: rate(poll.canary),
            stableErrorRate: rate(poll.stable),
        };
        if (errorMetric >= 0)
            point.errorRateE = Math.exp(Math.min(metrics[errorMetric].tester.failLogE(), 690));
        if (latencyMetric && latencyMetric.kind === 'latency') {
            const q = latencyMetric.quantile;
            point.canaryLatencyMs = poll.canary.latency ? estimateQuantile(poll.canary.latency, q) : null;
            point.stableLatencyMs = poll.stable.latency ? estimateQuantile(poll.stable.latency, q) : null;
        }
        return point;
    }
    return {
        add,
        tick(now) {
            if (verdict !== 'running')
                return verdict;
            const passed = passIfDue(now);
            if (passed)
                return passed;
            if (now >= maxBake)
                return endOfMaxBake(now);
            return verdict;
        },
        get verdict() {
            return verdict;
        },
        get decidedAt() {
            return decidedAt;
        },
        failLogE: (i) => metrics[i].tester.failLogE(),
        judgement() {
            return {
                verdict,
                decidedAt,
                metrics: metrics.map((m) => {
                    const ctx = {
                        verdict: m.verdict,
                        alpha: metricAlpha(m),
                        minRequests: analysis.minRequests,
                        t: lastT,
                        verdictNote: m.note ?? (verdict === 'running' ? 'running' : undefined),
                        intervalSeconds,
                        passAlpha,
                    };
                    return m.tester.evidence(ctx);
                }),
                series,
                notes: ignored.count
                    ? [
                        ...notes,
                        `${ignored.count} poll${ignored.count === 1 ? '' : 's'} after the decision at ${decidedAt}s ignored ` +
                            `(t=${ignored.first}s–${ignored.last}s)`,
                    ]
                    : [...notes],
            };
        },
    };
}
/** Judge a stage from all its polls so far (sorted by t). */
function judgeStage(analysis, polls, opts) {
    const judge = createJudge(analysis, opts);
    for (const p of [...polls].sort((a, b) => a.t - b.t))
        judge.add(p);
    if (opts.now !== undefined)
        judge.tick(opts.now);
    return judge.judgement();
}
function fmtTime(seconds) {
    return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds}s`;
}


/***/ }),

/***/ 6215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ pollsToPass)
/* harmony export */ });
/* unused harmony export growthPerPoll */
/* harmony import */ var _evalue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59184);
/* harmony import */ var _interval_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62561);
// How long a pass will take: a power estimate for the mirror test at the current traffic (pure).
//
// Each alternative k of the mirror mixture grows its log bet by G_k per poll on average, where
// G_k = E[ln g_k(x, m − x)] with m ~ Poisson(m̄) events per poll and x ~ Binomial(m, θ(r̂; w̄)).
// The mixture's log E is at least ln π_k + L_k, so alternative k alone carries the test over
// ln(1/α) after about (ln(1/α) − ln π_k − L_k) / G_k more polls; the forecast is the smallest of
// these. r̂ is the ratio seen so far (shrunk towards 1 when there are few events): a forecast says
// "at the traffic and the ratio seen so far", never more.


/** Largest m summed over exactly; above it the poll is taken at its mean (the sum is then flat). */
const EXACT_EVENTS = 60;
function poissonPmf(m, mean) {
    return Math.exp(-mean + m * Math.log(mean) - (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(m + 1));
}
function binomialPmf(x, m, p) {
    if (p <= 0)
        return x === 0 ? 1 : 0;
    if (p >= 1)
        return x === m ? 1 : 0;
    return Math.exp((0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(m + 1) - (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(x + 1) - (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .logGamma */ .SX)(m - x + 1) + x * Math.log(p) + (m - x) * Math.log1p(-p));
}
/** Expected log bet per poll of the alternative r against r0 when the true ratio is `ratio`. */
function growthPerPoll(r, r0, eventsPerPoll, share, ratio) {
    const theta = (0,_interval_js__WEBPACK_IMPORTED_MODULE_1__/* .attributionShare */ .bX)(ratio, share);
    const ms = [];
    if (eventsPerPoll > EXACT_EVENTS)
        ms.push([Math.round(eventsPerPoll), 1]);
    else {
        const top = Math.ceil(eventsPerPoll + 8 * Math.sqrt(eventsPerPoll) + 10);
        for (let m = 1; m <= top; m++)
            ms.push([m, poissonPmf(m, eventsPerPoll)]);
    }
    let g = 0;
    for (const [m, pm] of ms) {
        if (pm < 1e-12)
            continue;
        let inner = 0;
        for (let x = 0; x <= m; x++) {
            const px = binomialPmf(x, m, theta);
            if (px < 1e-14)
                continue;
            inner += px * (0,_evalue_js__WEBPACK_IMPORTED_MODULE_0__/* .attributionPollLogBet */ .Gh)(x, m - x, share, r, r0);
        }
        g += pm * inner;
    }
    return g;
}
/** Expected polls until the mirror passes; null when it would not (no events, or the ratio ≥ r0). */
function pollsToPass(input) {
    const { test, threshold, eventsPerPoll, share, ratio } = input;
    if (!(eventsPerPoll > 0) || !(share > 0 && share < 1) || !(ratio < test.r0))
        return null;
    const logs = test.logLRs();
    let best = null;
    test.ratios.forEach((r, k) => {
        const need = threshold - Math.log(test.weights[k]) - logs[k];
        if (need <= 0) {
            best = 0;
            return;
        }
        const g = growthPerPoll(r, test.r0, eventsPerPoll, share, ratio);
        if (g > 0 && (best === null || need / g < best))
            best = need / g;
    });
    return best;
}


/***/ })

};
