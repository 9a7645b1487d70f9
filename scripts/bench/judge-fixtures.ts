// Writes the sample replay streams in fixtures/analysis/ (seeded, so re-running gives the same files).
// Run: npx tsx scripts/bench/judge-fixtures.ts
// Each stream has its own seed, picked so the sample decides as the benchmark's typical stream of its
// case does (the healthy one passes by evidence after its 10-minute bake; 4× fails near 110 s).
// Stages: bake 600 s (the minimum), max-bake 1800 s; polls every 10 s up to max-bake.
import { writeFileSync, mkdirSync } from 'node:fs';
import {
  binomial,
  createRng,
  LATENCY_BOUNDS,
  lognormalBuckets,
  poisson,
  sampleHistogram,
  type Rng,
} from '../../__tests__/support/simulate.js';

interface Spec {
  file: string;
  seed: number;
  name: string;
  analysis: Record<string, unknown>;
  bake: number;
  maxBake: number;
  reqPerSec: number;
  split: number;
  canaryErrors: (t: number) => number;
  stableErrors: (t: number) => number;
  latencyShift?: number;
  notes?: Record<number, string[]>;
}

const errorRateOnly = {
  alpha: 0.01,
  'min-requests': 200,
  metrics: [{ 'error-rate': { 'vs-baseline': true } }],
};

const specs: Spec[] = [
  {
    file: 'healthy.jsonl',
    seed: 2000,
    name: 'healthy canary: 0.5% errors on both sides',
    analysis: {
      alpha: 0.01,
      'min-requests': 200,
      metrics: [{ 'error-rate': { max: '2%', 'vs-baseline': true } }],
    },
    bake: 600,
    maxBake: 1800,
    reqPerSec: 50,
    split: 0.1,
    canaryErrors: () => 0.005,
    stableErrors: () => 0.005,
    notes: { 120: ['counter reset on stable (haproxy restarted); increment taken from the new counter'] },
  },
  {
    file: 'regression-4x.jsonl',
    seed: 2001,
    name: 'canary 4x worse: 2% vs 0.5% errors',
    analysis: errorRateOnly,
    bake: 600,
    maxBake: 1800,
    reqPerSec: 50,
    split: 0.1,
    canaryErrors: () => 0.02,
    stableErrors: () => 0.005,
  },
  {
    file: 'shared-incident.jsonl',
    seed: 2002,
    name: 'shared incident: both sides go from 0.5% to 4% errors at t = 100 s',
    analysis: errorRateOnly,
    bake: 600,
    maxBake: 1800,
    reqPerSec: 50,
    split: 0.1,
    canaryErrors: (t) => (t > 100 ? 0.04 : 0.005),
    stableErrors: (t) => (t > 100 ? 0.04 : 0.005),
  },
  {
    file: 'low-traffic.jsonl',
    seed: 2003,
    name: 'too little traffic: 2 req/s, 10% canary',
    analysis: errorRateOnly,
    bake: 600,
    maxBake: 1800,
    reqPerSec: 2,
    split: 0.1,
    canaryErrors: () => 0.005,
    stableErrors: () => 0.005,
  },
  {
    file: 'latency.jsonl',
    seed: 2011,
    name: 'canary 1.25x slower (log-normal, median 100 ms), errors unchanged',
    analysis: {
      alpha: 0.01,
      'min-requests': 200,
      metrics: [
        { 'error-rate': { max: '2%', 'vs-baseline': true } },
        { latency: { quantile: 0.95, max: '800ms', 'vs-baseline': true } },
      ],
    },
    bake: 600,
    maxBake: 1800,
    reqPerSec: 50,
    split: 0.1,
    canaryErrors: () => 0.005,
    stableErrors: () => 0.005,
    latencyShift: 1.25,
  },
];

function side(rng: Rng, n: number, p: number, probs?: number[]) {
  const out: Record<string, unknown> = { requests: n, errors: binomial(rng, n, p) };
  if (probs) out.latency = sampleHistogram(rng, n, LATENCY_BOUNDS, probs);
  return out;
}

function stream(spec: Spec, seed: number): string {
  const rng = createRng(seed);
  const base = lognormalBuckets(LATENCY_BOUNDS, 100, 0.5);
  const slow = spec.latencyShift ? lognormalBuckets(LATENCY_BOUNDS, 100 * spec.latencyShift, 0.5) : undefined;
  const polls = [];
  for (let t = 10; t <= spec.maxBake; t += 10) {
    const n = poisson(rng, spec.reqPerSec * 10);
    const nc = binomial(rng, n, spec.split);
    const poll: Record<string, unknown> = {
      t,
      canary: side(rng, nc, spec.canaryErrors(t), slow),
      stable: side(rng, n - nc, spec.stableErrors(t), slow ? base : undefined),
    };
    if (spec.notes?.[t]) poll.notes = spec.notes[t];
    polls.push(poll);
  }
  const line: Record<string, unknown> = {
    name: spec.name,
    analysis: spec.analysis,
    bake: spec.bake,
    'max-bake': spec.maxBake,
  };
  if (slow) line.reference = sampleHistogram(rng, 30000, LATENCY_BOUNDS, base);
  line.polls = polls;
  return JSON.stringify(line) + '\n';
}

export { specs, stream };

if (!process.argv.includes('--no-write')) {
  mkdirSync('fixtures/analysis', { recursive: true });
  for (const spec of specs) writeFileSync(`fixtures/analysis/${spec.file}`, stream(spec, spec.seed));
  console.log(`wrote ${specs.map((s) => `fixtures/analysis/${s.file}`).join(', ')}`);
}
