// Offline replay: the judge over recorded polls, one stream per JSON line (README, "Replaying polls").
//
//   {"analysis": {…policy analysis block…}, "bake": <seconds>, "polls": [{"t": 10, "canary": {…},
//    "stable": {…}}, …], "name"?: "…", "reference"?: {"bounds": […], "counts": […]}, "now"?: <seconds>,
//    "max-bake"?: <seconds>}
// With a policy (`analyze --policy FILE --service NAME`), `analysis`, `bake` and `max-bake` may be left
// out: the service's analysis block and its step's bake times are used.
//
// Pure: text in, one result object per stream and error strings out (the CLI prints them).
import type { Analysis } from '../policy/types.js';
import { judgeStage } from './judge.js';
import type { Histogram, MetricEvidence, Poll, SideCounts, Verdict } from './types.js';
import { convertAnalysisBlock } from './replay-analysis.js';

export interface ReplayStream {
  name?: string;
  analysis: Analysis;
  bake: number;
  maxBake?: number;
  polls: Poll[];
  reference?: Histogram;
  now?: number;
}

export interface ReplayLine {
  line: number;
  name?: string;
  verdict: Verdict;
  decidedAt: number | null;
  metrics: MetricEvidence[];
  notes: string[];
}

export interface ReplayResult {
  lines: ReplayLine[];
  errors: string[];
}

/** A problem in one field of one input line. */
class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Everything wrong with one input line, each message starting with file:line. */
export class ReplayLineError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('\n'));
  }
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

function count(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new FieldError(
      field,
      `expected a non-negative number (an increment since the last poll), got ${show(v)}`,
    );
  }
  return v;
}

function histogram(v: unknown, field: string): Histogram {
  if (!isObj(v)) throw new FieldError(field, `expected {"bounds": [ms…], "counts": [n…]}, got ${show(v)}`);
  const { bounds, counts } = v;
  if (!Array.isArray(bounds) || bounds.length === 0) {
    throw new FieldError(
      `${field}.bounds`,
      `expected a non-empty array of bucket upper bounds in ms, got ${show(bounds)}`,
    );
  }
  bounds.forEach((b, i) => {
    if (typeof b !== 'number' || !Number.isFinite(b) || (i > 0 && b <= (bounds[i - 1] as number))) {
      throw new FieldError(
        `${field}.bounds[${i}]`,
        `expected finite bounds in ascending order, got ${show(b)}`,
      );
    }
  });
  if (!Array.isArray(counts) || counts.length !== bounds.length + 1) {
    throw new FieldError(
      `${field}.counts`,
      `expected ${bounds.length + 1} counts (one per bound plus the +Inf bucket), got ${Array.isArray(counts) ? counts.length : show(counts)}`,
    );
  }
  return { bounds: bounds as number[], counts: counts.map((c, i) => count(c, `${field}.counts[${i}]`)) };
}

function side(v: unknown, field: string): SideCounts {
  if (!isObj(v)) throw new FieldError(field, `expected {"requests": n, "errors": n}, got ${show(v)}`);
  const requests = count(v.requests, `${field}.requests`);
  const errors = count(v.errors ?? 0, `${field}.errors`);
  if (errors > requests)
    throw new FieldError(`${field}.errors`, `${errors} errors exceed ${requests} requests`);
  const out: SideCounts = { requests, errors };
  if (v.latency !== undefined) out.latency = histogram(v.latency, `${field}.latency`);
  if (v.custom !== undefined) {
    if (!isObj(v.custom))
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

function poll(v: unknown, field: string): Poll {
  if (!isObj(v))
    throw new FieldError(field, `expected {"t": s, "canary": {…}, "stable": {…}}, got ${show(v)}`);
  const t = v.t;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) {
    throw new FieldError(`${field}.t`, `expected seconds since the stage started, got ${show(t)}`);
  }
  const out: Poll = {
    t,
    canary: side(v.canary, `${field}.canary`),
    stable: side(v.stable, `${field}.stable`),
  };
  if (v.notes !== undefined) {
    if (!Array.isArray(v.notes) || v.notes.some((n) => typeof n !== 'string')) {
      throw new FieldError(`${field}.notes`, `expected an array of strings, got ${show(v.notes)}`);
    }
    out.notes = v.notes as string[];
  }
  return out;
}

/** What a policy supplies when a line leaves it out. */
export interface ReplayDefaults {
  analysis: Analysis;
  bake: number;
  maxBake?: number;
  /** where the defaults came from, for messages ("policy.yaml service checkout step 2") */
  from: string;
}

/** Parses one JSON line into a stream; throws a ReplayLineError naming the line and field. */
export function parseReplayLine(
  text: string,
  file: string,
  line: number,
  defaults?: ReplayDefaults,
): ReplayStream {
  const at = `${file}:${line}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ReplayLineError([
      `${at}: not valid JSON (${(e as Error).message}); each line must be one JSON object`,
    ]);
  }
  try {
    if (!isObj(raw)) throw new FieldError('(line)', `expected a JSON object, got ${show(raw)}`);
    const known = new Set(['analysis', 'bake', 'max-bake', 'polls', 'name', 'reference', 'now']);
    for (const k of Object.keys(raw)) {
      if (!known.has(k)) throw new FieldError(k, `unknown field; expected one of ${[...known].join(', ')}`);
    }
    if (defaults && raw.analysis !== undefined) {
      throw new FieldError(
        'analysis',
        `both this line and ${defaults.from} give an analysis block; remove one (--policy judges with the policy's)`,
      );
    }
    const analysis = defaults
      ? { ok: true as const, analysis: defaults.analysis }
      : convertAnalysisBlock(raw.analysis, at);
    if (!analysis.ok) throw new ReplayLineError(analysis.errors);
    const bake = raw.bake ?? defaults?.bake;
    if (typeof bake !== 'number' || !Number.isFinite(bake) || bake <= 0) {
      throw new FieldError('bake', `expected the stage's bake time in seconds (> 0), got ${show(bake)}`);
    }
    const maxBake = raw['max-bake'] ?? (raw.bake === undefined ? defaults?.maxBake : undefined);
    if (
      maxBake !== undefined &&
      (typeof maxBake !== 'number' || !Number.isFinite(maxBake) || maxBake < bake)
    ) {
      throw new FieldError(
        'max-bake',
        `expected the stage's longest time in seconds (≥ bake ${bake}), got ${show(maxBake)}`,
      );
    }
    if (!Array.isArray(raw.polls))
      throw new FieldError('polls', `expected an array of polls, got ${show(raw.polls)}`);
    const stream: ReplayStream = {
      analysis: analysis.analysis,
      bake,
      polls: raw.polls.map((p, i) => poll(p, `polls[${i}]`)),
    };
    if (maxBake !== undefined) stream.maxBake = maxBake;
    if (raw.name !== undefined) {
      if (typeof raw.name !== 'string')
        throw new FieldError('name', `expected a string, got ${show(raw.name)}`);
      stream.name = raw.name;
    }
    if (raw.reference !== undefined) stream.reference = histogram(raw.reference, 'reference');
    if (raw.now !== undefined) {
      if (typeof raw.now !== 'number' || !Number.isFinite(raw.now)) {
        throw new FieldError('now', `expected seconds since the stage started, got ${show(raw.now)}`);
      }
      stream.now = raw.now;
    }
    return stream;
  } catch (e) {
    if (e instanceof FieldError) throw new ReplayLineError([`${at}: ${e.field}: ${e.message}`]);
    throw e;
  }
}

/** Judges one parsed stream. */
export function replayStream(stream: ReplayStream, line: number): ReplayLine {
  const j = judgeStage(stream.analysis, stream.polls, {
    bakeSeconds: stream.bake,
    maxBakeSeconds: stream.maxBake,
    now: stream.now,
    stableReference: stream.reference,
  });
  const out: ReplayLine = {
    line,
    ...(stream.name !== undefined ? { name: stream.name } : {}),
    verdict: j.verdict,
    decidedAt: j.decidedAt,
    metrics: j.metrics,
    notes: j.notes,
  };
  if (j.verdict === 'running') {
    out.notes.push(
      `the polls end at ${stream.polls.at(-1)?.t ?? 0}s, before a decision and before max-bake ` +
        `(${stream.maxBake ?? 3 * stream.bake}s; the bake, ${stream.bake}s, is the stage's minimum)`,
    );
  }
  return out;
}

/** Replays every line of a JSON Lines file; blank lines are skipped, bad lines reported and skipped. */
export function runReplay(text: string, file: string, defaults?: ReplayDefaults): ReplayResult {
  const lines: ReplayLine[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((content, i) => {
    if (content.trim() === '') return;
    try {
      lines.push(replayStream(parseReplayLine(content, file, i + 1, defaults), i + 1));
    } catch (e) {
      if (e instanceof ReplayLineError) errors.push(...e.messages);
      else throw e; // a bug in the judge, not in the input
    }
  });
  if (lines.length === 0 && errors.length === 0)
    errors.push(`${file}: no streams (the file has no JSON lines)`);
  return { lines, errors };
}
