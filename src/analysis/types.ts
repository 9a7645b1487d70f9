// Shared shapes between metric sources (adapters), the judge (pure) and the stage machine.

/** A latency histogram increment: counts[i] for bucket (bounds[i-1], bounds[i]], last one +Inf. */
export interface Histogram {
  bounds: number[]; // upper bounds in ms, ascending
  counts: number[]; // bounds.length + 1 entries
}

/** Per-poll increments for one side (canary or stable). */
export interface SideCounts {
  requests: number;
  errors: number;
  latency?: Histogram;
  /** values of custom metrics by name, when the source reports them (canary side only is judged) */
  custom?: Record<string, number>;
}

/** One poll: increments since the previous poll, t = seconds since the stage started. */
export interface Poll {
  t: number;
  canary: SideCounts;
  stable: SideCounts;
  /** things the source noticed: a counter reset, a missing series (reported, not zeroed) */
  notes?: string[];
}

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'running';

export interface MetricEvidence {
  metric: string; // "error-rate", "latency p95", "custom checkout_ok"
  verdict: Verdict;
  canaryValue: number | null;
  stableValue: number | null;
  canaryRequests: number;
  stableRequests: number;
  canaryEvents: number; // errors, or requests above q
  stableEvents: number;
  e: number; // e-value (1 when not applicable)
  pValue: number; // anytime-valid p = min(1, 1/E)
  ratio: number | null; // estimated canary/stable ratio
  ratioInterval: [number, number] | null;
  reason: string;
  /** this metric's share of the policy's alpha: it fails when E >= 1/alpha (absent for custom metrics) */
  alpha?: number;
  /** the ratio a pass must rule out, and the mirror test's E for it (passes at 1/alpha) */
  tolerance?: number;
  passE?: number;
  /** forecast seconds until the mirror test passes at the current traffic; null: not at the ratio seen */
  secondsToPass?: number | null;
  /** what a pass still lacks, in words (set while running or inconclusive) */
  missing?: string;
  /** latency while the canary warmed up (not judged): its value at the policy quantile, and stable's */
  coldStart?: { seconds: number; canaryMs: number | null; stableMs: number | null; requests: number };
}

export interface StageJudgement {
  verdict: Verdict;
  decidedAt: number | null; // seconds since stage start
  metrics: MetricEvidence[];
  /** per-poll series for the PR chart: error rate (and latency) canary vs stable */
  series: {
    t: number;
    canaryErrorRate: number | null;
    stableErrorRate: number | null;
    /** the error-rate metric's E after this poll */
    errorRateE?: number;
    /** per-poll latency at the policy's quantile, when a latency metric is judged */
    canaryLatencyMs?: number | null;
    stableLatencyMs?: number | null;
  }[];
  notes: string[];
}
