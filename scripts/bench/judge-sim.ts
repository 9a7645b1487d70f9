// Seeded traffic for the judge benchmark: 10 s slices of requests, errors and (optionally) latency for
// canary and stable, with the effects the benchmark needs (regression, shared incident, surge, error
// clumps, cold start, messy counters), and the polls a poller would see from them.
import {
  LATENCY_BOUNDS,
  binomial,
  lognormalBuckets,
  poisson,
  sampleHistogram,
  type Rng,
} from '../../__tests__/support/simulate.js';
import type { Histogram, Poll } from '../../src/analysis/types.js';

export const SLICE = 10; // seconds

export interface Traffic {
  rate: number; // requests per second, both sides
  split: number; // canary share
  base: number; // stable error rate
  effect: number; // canary error rate = base × effect
  /** both sides at this error rate during [from, to) s (a shared incident) */
  incident?: { from: number; to: number; rate: number };
  /** traffic × factor during [from, to) s */
  surge?: { from: number; to: number; factor: number };
  /** errors arrive in clumps of this many (retries, sticky clients) */
  clump?: number;
  /** latency histograms: canary latency × slow during its first `seconds` (cold start), × shift after */
  latency?: { shift: number; cold?: { seconds: number; slow: number } };
}

export interface Slices {
  cReq: number[];
  cErr: number[];
  sReq: number[];
  sErr: number[];
  cLat?: Histogram[];
  sLat?: Histogram[];
  reference?: Histogram;
}

export const LAT_MEDIAN = 100;
export const LAT_SIGMA = 0.5;

function errors(rng: Rng, n: number, p: number, clump: number): number {
  if (clump <= 1) return binomial(rng, n, p);
  return Math.min(n, clump * poisson(rng, (n * p) / clump));
}

export function simulate(rng: Rng, tr: Traffic, seconds: number): Slices {
  const out: Slices = { cReq: [], cErr: [], sReq: [], sErr: [] };
  const base = tr.latency ? lognormalBuckets(LATENCY_BOUNDS, LAT_MEDIAN, LAT_SIGMA) : null;
  const warm = tr.latency ? lognormalBuckets(LATENCY_BOUNDS, LAT_MEDIAN * tr.latency.shift, LAT_SIGMA) : null;
  const cold = tr.latency?.cold
    ? lognormalBuckets(LATENCY_BOUNDS, LAT_MEDIAN * tr.latency.shift * tr.latency.cold.slow, LAT_SIGMA)
    : null;
  if (base) {
    out.cLat = [];
    out.sLat = [];
  }
  for (let i = 0; i < seconds / SLICE; i++) {
    const t = i * SLICE;
    const surge = tr.surge && t >= tr.surge.from && t < tr.surge.to ? tr.surge.factor : 1;
    const shared = tr.incident && t >= tr.incident.from && t < tr.incident.to ? tr.incident.rate : null;
    const ps = shared ?? tr.base;
    const pc = shared ?? Math.min(1, tr.base * tr.effect);
    const n = poisson(rng, tr.rate * surge * SLICE);
    const nc = binomial(rng, n, tr.split);
    out.cReq.push(nc);
    out.sReq.push(n - nc);
    out.cErr.push(errors(rng, nc, pc, tr.clump ?? 1));
    out.sErr.push(errors(rng, n - nc, ps, tr.clump ?? 1));
    if (base && warm) {
      const isCold = cold && tr.latency?.cold && t < tr.latency.cold.seconds;
      out.cLat!.push(sampleHistogram(rng, nc, LATENCY_BOUNDS, isCold ? cold : warm));
      out.sLat!.push(sampleHistogram(rng, n - nc, LATENCY_BOUNDS, base));
    }
  }
  // stable's last 10 minutes before the stage, at the full rate
  if (base) out.reference = sampleHistogram(rng, Math.round(tr.rate * 600), LATENCY_BOUNDS, base);
  return out;
}

/** Sums slices whose end time lies in (from, to]. */
export function window(x: number[], from: number, to: number): number {
  let sum = 0;
  const first = Math.max(0, Math.floor(from / SLICE));
  for (let i = first; i < x.length; i++) {
    const end = (i + 1) * SLICE;
    if (end > to) break;
    if (end > from) sum += x[i];
  }
  return sum;
}

function sumHist(hs: Histogram[], from: number, to: number): Histogram {
  const counts = new Array<number>(LATENCY_BOUNDS.length + 1).fill(0);
  hs.forEach((h, i) => {
    const end = (i + 1) * SLICE;
    if (end > from && end <= to) h.counts.forEach((c, k) => (counts[k] += c));
  });
  return { bounds: LATENCY_BOUNDS, counts };
}

export interface PollPlan {
  interval: number; // s
  delay: number; // metric delay, s
  /** messy counters: lost polls (merged into the next) and one side's increment arriving a poll late */
  messy?: { lost: number; late: number };
}

/** The polls a poller every `interval` s sees (data up to t − delay), up to `until` s. */
export function pollsOf(rng: Rng, d: Slices, plan: PollPlan, until: number): Poll[] {
  const polls: Poll[] = [];
  let from = 0;
  let carry: { side: 'canary' | 'stable'; requests: number; errors: number } | null = null;
  for (let t = plan.interval; t <= until; t += plan.interval) {
    const to = t - plan.delay;
    if (to <= 0) continue;
    if (plan.messy && rng() < plan.messy.lost && t + plan.interval <= until) continue; // lost: next poll sees both
    const side = (req: number[], err: number[]) => ({
      requests: window(req, from, to),
      errors: window(err, from, to),
    });
    const poll: Poll = { t, canary: side(d.cReq, d.cErr), stable: side(d.sReq, d.sErr) };
    if (d.cLat && d.sLat) {
      poll.canary.latency = sumHist(d.cLat, from, to);
      poll.stable.latency = sumHist(d.sLat, from, to);
    }
    if (carry) {
      poll[carry.side].requests += carry.requests;
      poll[carry.side].errors += carry.errors;
      carry = null;
    }
    if (plan.messy && rng() < plan.messy.late) {
      const s: 'canary' | 'stable' = rng() < 0.5 ? 'canary' : 'stable';
      carry = { side: s, requests: poll[s].requests, errors: poll[s].errors };
      poll[s] = { ...poll[s], requests: 0, errors: 0 };
      poll.notes = [`${s} series missing in this poll; its increment arrives with the next`];
    }
    polls.push(poll);
    from = to;
  }
  return polls;
}
