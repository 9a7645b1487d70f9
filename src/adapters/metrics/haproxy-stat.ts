// A MetricSource read from HAProxy's runtime API `show stat`: the BACKEND row of one backend.
// Counters live in the HAProxy process (reset when it restarts; the counters module notices) and
// can only be read now, so the poller takes the first reading as the baseline; poll every few
// seconds. HAProxy keeps no latency histogram, so this source has no latency.
import type { CumulativeSample } from '../../analysis/counters.js';
import type { MetricSource } from './source.js';

/** What this source needs from the runtime API (HaproxyRuntime in src/adapters/haproxy-runtime.ts). */
export interface StatReader {
  showStat(): Promise<Record<string, string>[]>;
}

const RESPONSE_CLASSES = ['hrsp_1xx', 'hrsp_2xx', 'hrsp_3xx', 'hrsp_4xx', 'hrsp_5xx', 'hrsp_other'];

function num(row: Record<string, string>, col: string): number | null {
  const v = row[col];
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Requests and 5xx of one stats row (a backend or a server). */
function rowCounts(row: Record<string, string>): { requests: number | null; errors: number | null } {
  // req_tot counts HTTP requests; the response classes add up to it once every request was answered.
  let requests = num(row, 'req_tot');
  if (requests === null) {
    const parts = RESPONSE_CLASSES.map((c) => num(row, c));
    requests = parts.every((p) => p !== null) ? (parts as number[]).reduce((a, b) => a + b, 0) : null;
  }
  return { requests, errors: num(row, 'hrsp_5xx') };
}

/** Requests and 5xx of one backend from `show stat` rows; null fields when the row or column is absent.
 *  `excludeServer`: a server of that backend whose answers are not the backend's own (the canary
 *  backend's `stable` backup serves bucketed clients while the canary is down: they are stable's). */
export function backendCounts(
  rows: Record<string, string>[],
  backend: string,
  excludeServer?: string,
): CumulativeSample {
  const row = rows.find((r) => r.pxname === backend && r.svname === 'BACKEND');
  if (!row) {
    return { requests: null, errors: null, notes: [`backend ${backend} is not in HAProxy's show stat`] };
  }
  const own = rowCounts(row);
  const other = rows.find((r) => r.pxname === backend && r.svname === excludeServer);
  if (excludeServer === undefined || !other) return own;
  const theirs = rowCounts(other);
  const minus = (a: number | null, b: number | null) => (a === null ? null : Math.max(0, a - (b ?? 0)));
  return { requests: minus(own.requests, theirs.requests), errors: minus(own.errors, theirs.errors) };
}

/**
 * One side read from `show stat`. A snapshot of all rows is shared by both sides when they read at
 * the same `at` (one runtime API call per poll, and both sides from the same instant).
 */
export function haproxyStatSources(
  reader: StatReader,
  backends: { canary: string; stable: string },
): { canary: MetricSource; stable: MetricSource } {
  let cached: { at: number; rows: Promise<Record<string, string>[]> } | null = null;
  const rowsAt = (at: number) => {
    if (!cached || cached.at !== at) cached = { at, rows: reader.showStat() };
    return cached.rows;
  };
  const side = (backend: string, label: string, excludeServer?: string): MetricSource => ({
    anchor: 'counter-live',
    label,
    async sample(at: number) {
      return backendCounts(await rowsAt(at), backend, excludeServer);
    },
  });
  return {
    // the canary backend's backup server "stable" answers for the stable revision: not counted
    canary: side(backends.canary, `canary (HAProxy backend ${backends.canary})`, 'stable'),
    stable: side(backends.stable, `stable (HAProxy backend ${backends.stable})`),
  };
}
