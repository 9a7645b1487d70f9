// Pure: cumulative samples → per-poll increments. A missing or non-finite value never becomes a zero:
// the poll is skipped and the next good sample covers the gap (both sides from the same baseline
// times, so the canary's share of traffic stays right). A counter that went down was reset (process
// restart): the increment is counted from zero and the poll says so.
import type { Histogram, Poll, SideCounts } from './types.js';

/** What every metric source gives for one side (canary or stable), read at a time. */
export interface CumulativeSample {
  /** cumulative requests; null when the series is missing (never read as zero) */
  requests: number | null;
  errors: number | null;
  /** cumulative per-bucket latency counts (same shape as Histogram); undefined: the source has none */
  latency?: Histogram | null;
  /** gauges (custom metrics), current values; null when missing */
  custom?: Record<string, number | null>;
  /** the time (ms) the data reaches, when it lags the read (Cloud Monitoring's ingestion delay) */
  asOf?: number;
  /** what the source noticed (ingestion delay, empty window, …) */
  notes?: string[];
}

export interface SideState {
  sample: CumulativeSample;
  /** the baseline is "nothing yet" (since-stage-start sources): every latency bucket counts from 0 */
  zero?: boolean;
}

export interface PollState {
  canary: SideState | null;
  stable: SideState | null;
  /** notes waiting for the next poll that is emitted */
  pending: string[];
}

export function emptyPollState(): PollState {
  return { canary: null, stable: null, pending: [] };
}

type Sides = { canary: CumulativeSample; stable: CumulativeSample };
type Labels = { canary: string; stable: string };

export interface PollStepResult {
  state: PollState;
  poll: Poll | null;
  /** notes produced by this step (also carried on the next emitted poll) */
  notes: string[];
}

const SIDES = ['canary', 'stable'] as const;

function finiteCount(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function describe(v: number | null | undefined): string {
  if (v === null || v === undefined) return 'missing';
  return Number.isNaN(v) ? 'NaN' : String(v);
}

/** One step: the previous baselines and both sides' current samples → next state and maybe a poll. */
export function pollStep(state: PollState, cur: Sides, t: number, labels: Labels): PollStepResult {
  const notes: string[] = [];
  const at = `t=${round(t)}s`;
  for (const side of SIDES) for (const n of cur[side].notes ?? []) notes.push(`${labels[side]}: ${n}`);

  const missing: string[] = [];
  for (const side of SIDES) {
    for (const field of ['requests', 'errors'] as const) {
      const v = cur[side][field];
      if (!finiteCount(v)) missing.push(`${labels[side]} ${field} is ${describe(v)}`);
    }
  }
  if (missing.length > 0) {
    notes.push(
      `${at}: ${missing.join(', ')}; poll skipped (not counted as zero), the next poll covers the gap`,
    );
    return { state: { ...state, pending: [...state.pending, ...notes] }, poll: null, notes };
  }

  if (!state.canary || !state.stable) {
    notes.push(`${at}: first reading taken as the baseline`);
    return {
      state: {
        canary: { sample: cur.canary },
        stable: { sample: cur.stable },
        pending: [...state.pending, ...notes],
      },
      poll: null,
      notes,
    };
  }

  const canary = sideIncrement(state.canary, cur.canary, labels.canary, at, notes);
  const stable = sideIncrement(state.stable, cur.stable, labels.stable, at, notes);
  const poll: Poll = { t, canary, stable };
  const allNotes = [...state.pending, ...notes];
  if (allNotes.length > 0) poll.notes = allNotes;
  return {
    state: { canary: { sample: cur.canary }, stable: { sample: cur.stable }, pending: [] },
    poll,
    notes,
  };
}

function sideIncrement(
  prev: SideState,
  cur: CumulativeSample,
  label: string,
  at: string,
  notes: string[],
): SideCounts {
  const requests = counterDelta(
    prev.sample.requests as number,
    cur.requests as number,
    `${label} requests`,
    at,
    notes,
  );
  let errors = counterDelta(prev.sample.errors as number, cur.errors as number, `${label} errors`, at, notes);
  if (errors > requests) {
    // the two counters are read a moment apart (or one was reset alone): never claim more errors than requests
    notes.push(
      `${at}: ${label} errors increment ${errors} exceeds requests ${requests}; capped at ${requests}`,
    );
    errors = requests;
  }
  const out: SideCounts = { requests, errors };
  const latency = latencyDelta(prev, cur, label, at, notes);
  if (latency) out.latency = latency;
  if (cur.custom) {
    const custom: Record<string, number> = {};
    for (const [name, v] of Object.entries(cur.custom)) {
      if (typeof v === 'number' && Number.isFinite(v)) custom[name] = v;
      else notes.push(`${at}: ${label} custom metric ${name} is ${describe(v)}; left out of this poll`);
    }
    if (Object.keys(custom).length > 0) out.custom = custom;
  }
  return out;
}

/** The increment of a cumulative counter; a drop means the counter restarted from zero. */
export function counterDelta(prev: number, cur: number, what: string, at: string, notes: string[]): number {
  if (cur >= prev) return cur - prev;
  notes.push(
    `${at}: ${what} counter reset (${prev} → ${cur}); counted ${cur} since the restart, what came between the last poll and the restart is not seen`,
  );
  return cur;
}

function latencyDelta(
  prev: SideState,
  cur: CumulativeSample,
  label: string,
  at: string,
  notes: string[],
): Histogram | undefined {
  if (cur.latency === undefined) return undefined;
  if (cur.latency === null) {
    notes.push(`${at}: ${label} latency histogram missing; this poll has no latency for it`);
    return undefined;
  }
  const p = prev.sample.latency;
  if (!p) {
    if (prev.zero) return { bounds: [...cur.latency.bounds], counts: [...cur.latency.counts] };
    notes.push(`${at}: ${label} latency had no baseline; it starts at the next poll`);
    return undefined;
  }
  if (!sameBounds(p.bounds, cur.latency.bounds) || p.counts.length !== cur.latency.counts.length) {
    notes.push(`${at}: ${label} latency buckets changed; this poll has no latency for it`);
    return undefined;
  }
  if (cur.latency.counts.some((c) => !finiteCount(c))) {
    notes.push(`${at}: ${label} latency has a non-finite bucket; this poll has no latency for it`);
    return undefined;
  }
  const dropped = cur.latency.counts.some((c, i) => c < p.counts[i]);
  if (dropped) {
    notes.push(`${at}: ${label} latency histogram reset; counted from the restart`);
    return { bounds: [...cur.latency.bounds], counts: [...cur.latency.counts] };
  }
  return { bounds: [...cur.latency.bounds], counts: cur.latency.counts.map((c, i) => c - p.counts[i]) };
}

function sameBounds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Prometheus-style cumulative buckets (`le` → count of observations ≤ le, with +Inf) → a Histogram
 * of per-bucket counts. Returns null when there is no +Inf bucket or the counts are not monotone.
 */
export function histogramFromLe(buckets: { le: number; count: number }[]): Histogram | null {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  const inf = sorted.at(-1);
  if (!inf || inf.le !== Infinity) return null;
  const finite = sorted.slice(0, -1);
  const counts: number[] = [];
  let prev = 0;
  for (const b of sorted) {
    if (!Number.isFinite(b.count) || b.count < prev) return null;
    counts.push(b.count - prev);
    prev = b.count;
  }
  return { bounds: finite.map((b) => b.le), counts };
}
