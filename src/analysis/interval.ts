// Ratio estimate and interval for the report.
//
// Given the events, the canary's share of them is the natural statistic: x of m events on the
// canary. An exact Clopper–Pearson interval [θL, θU] for that share is mapped to the rate ratio
// r by solving Σ_k m_k·θ(r; w_k) = m·θ, with θ(r; w) = r·w / (r·w + 1 − w) and one term per poll.
// With a constant split this is exactly θ⁻¹ of the Clopper–Pearson bounds; with a split that changes
// between polls it is the same mapping applied to the expected canary events (the point estimate
// solves the same equation with the observed x, which is the conditional maximum-likelihood
// equation). The interval is a fixed-sample 95% interval, shown for reading, not used to decide.

export interface AttributionPart {
  m: number; // events in the poll (both sides)
  w: number; // canary share of requests in the poll
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Quantile of Beta(a, b) by bisection (the CDF is monotone; 100 halvings reach double precision). */
export function betaQuantile(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (incompleteBeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Exact (Clopper–Pearson) interval for a binomial proportion x/n at the given level. */
export function clopperPearson(x: number, n: number, level = 0.95): [number, number] {
  const tail = (1 - level) / 2;
  const lower = x === 0 ? 0 : betaQuantile(tail, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - tail, x + 1, n - x);
  return [lower, upper];
}

/** θ(r; w): the chance an event came from the canary at rate ratio r and canary share w. */
export function attributionShare(r: number, w: number): number {
  return (r * w) / (r * w + 1 - w);
}

/** Expected canary events Σ m_k θ(r; w_k). */
function expectedCanaryEvents(r: number, parts: readonly AttributionPart[]): number {
  let sum = 0;
  for (const p of parts) sum += p.m * attributionShare(r, p.w);
  return sum;
}

/** The ratio r at which the expected canary events equal `target` (0 or Infinity at the ends). */
export function ratioForCanaryEvents(target: number, parts: readonly AttributionPart[]): number {
  const total = parts.reduce((s, p) => s + p.m, 0);
  if (target <= 0) return 0;
  if (target >= total) return Infinity;
  let lo = Math.log(1e-9);
  let hi = Math.log(1e9);
  if (expectedCanaryEvents(Math.exp(lo), parts) >= target) return 0;
  if (expectedCanaryEvents(Math.exp(hi), parts) <= target) return Infinity;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (expectedCanaryEvents(Math.exp(mid), parts) < target) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

export interface RatioEstimate {
  ratio: number;
  interval: [number, number];
}

/**
 * Ratio estimate and 95% interval from the per-poll attribution parts and the canary's events x.
 * The point estimate stays finite when all events sit on one side; the interval's upper end is
 * Infinity when every event was on the canary (JSON shows it as null).
 */
export function estimateRatio(
  x: number,
  parts: readonly AttributionPart[],
  level = 0.95,
): RatioEstimate | null {
  const used = parts.filter((p) => p.m > 0 && p.w > 0 && p.w < 1);
  const m = used.reduce((s, p) => s + p.m, 0);
  if (m === 0) return null;
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
