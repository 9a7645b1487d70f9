// What the judge needs from each metric's tester; one implementation per metric kind.
import type { MetricEvidence, Poll, Verdict } from './types.js';

export interface EvidenceContext {
  verdict: Verdict;
  /** this metric's share of alpha (Bonferroni) */
  alpha: number;
  minRequests: number;
  /** seconds since stage start of the last poll seen, null before the first */
  t: number | null;
  /** why the metric has its verdict when the judge, not the tester, knows (bake over, …) */
  verdictNote?: string;
  /** seconds between polls (for the time-to-pass estimate) */
  intervalSeconds?: number;
  /** the mirror tests' level (wrong-pass budget; default 0.01) */
  passAlpha?: number;
}

export interface MetricTester {
  readonly label: string;
  /** true when the tester runs an e-process and so takes a share of alpha */
  readonly statistical: boolean;
  add(poll: Poll, notes: string[]): void;
  /** log of the fail e-value (0 when the metric has no test) */
  failLogE(): number;
  /** the mirror tests all reached 1/alpha: evidence the canary is not meaningfully worse */
  mirrorPassed(alpha: number): boolean;
  /** why this metric cannot pass whatever traffic comes (an edge case), or null */
  blocked(): string | null;
  /** what the metric still lacks for a pass, in words (for an inconclusive or running metric) */
  missing(alpha: number, minRequests: number): string;
  /** a fail not driven by an e-value (custom metric bounds); reason or null */
  ruleFailure(): string | null;
  enoughTraffic(minRequests: number): boolean;
  evidence(ctx: EvidenceContext): MetricEvidence;
}

/** Compact number formatting for reason strings. */
export function fmt(x: number | null, digits = 3): string {
  if (x === null || Number.isNaN(x)) return 'n/a';
  if (x === Infinity) return '∞';
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3)) return x.toExponential(2);
  return String(Number(x.toPrecision(digits)));
}

export function pct(x: number | null): string {
  return x === null ? 'n/a' : `${fmt(x * 100)}%`;
}

/**
 * "E = 3.2 (fails at 100)" style summary of an e-value against its threshold; with both a vs-stable
 * test and a ceiling, E is their average and both parts are named so the reader sees which one moved.
 */
export function eText(logE: number, alpha: number, parts?: { vsStable: number; ceiling: number }): string {
  const e = (l: number) => fmt(Math.exp(Math.min(l, 690)));
  const split = parts ? ` = mean of vs-stable ${e(parts.vsStable)} and ceiling ${e(parts.ceiling)}` : '';
  return `E${split} = ${e(logE)} (fails at ${fmt(1 / alpha)})`;
}
