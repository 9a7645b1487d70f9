// Seeded random traffic for the judge's tests and benchmark (pure and deterministic: a seed in, the
// same polls out). Exact samplers: Poisson by inversion / PTRS and binomial by inversion / BTRS
// (Hörmann 1993), so simulated errors are binomial per request, not the judge's own Poisson model.
import { logGamma } from '../../src/analysis/interval.js';
import type { Histogram } from '../../src/analysis/types.js';

export type Rng = () => number;

/** xoshiro128** seeded through splitmix32: fast, 2^128 period, uniform in [0, 1). */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 10) {
    let k = 0;
    let p = Math.exp(-lambda);
    let cdf = p;
    const u = rng();
    while (u > cdf && k < 1000) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }
  // PTRS (transformed rejection with squeeze), as in NumPy.
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - logGamma(k + 1)
    ) {
      return k;
    }
  }
}

export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  if (n * p < 10) {
    // inversion: walk the pmf from 0
    const q = 1 - p;
    const ratio = p / q;
    let pmf = Math.pow(q, n);
    let cdf = pmf;
    let k = 0;
    const u = rng();
    while (u > cdf && k < n) {
      pmf *= (ratio * (n - k)) / (k + 1);
      k++;
      cdf += pmf;
    }
    return k;
  }
  // BTRS
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logGamma(m + 1) + logGamma(n - m + 1);
  for (;;) {
    const u = rng() - 0.5;
    let v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logGamma(k + 1) - logGamma(n - k + 1) + (k - m) * lpq) return k;
  }
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Prometheus-style latency buckets in ms. */
export const LATENCY_BOUNDS = [5, 10, 25, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 2500, 5000];

/** Bucket probabilities of a log-normal latency (median ms, log-sd sigma). */
export function lognormalBuckets(bounds: readonly number[], medianMs: number, sigma: number): number[] {
  const cdf = bounds.map((b) => normalCdf((Math.log(b) - Math.log(medianMs)) / sigma));
  return [...cdf.map((c, i) => c - (i === 0 ? 0 : cdf[i - 1])), 1 - cdf[cdf.length - 1]];
}

/** A multinomial draw of n requests over bucket probabilities, as a histogram. */
export function sampleHistogram(
  rng: Rng,
  n: number,
  bounds: readonly number[],
  probs: readonly number[],
): Histogram {
  const counts: number[] = [];
  let left = n;
  let mass = 1;
  for (let i = 0; i < probs.length - 1; i++) {
    const k = left > 0 && mass > 0 ? binomial(rng, left, Math.min(1, probs[i] / mass)) : 0;
    counts.push(k);
    left -= k;
    mass -= probs[i];
  }
  counts.push(left);
  return { bounds: [...bounds], counts };
}
