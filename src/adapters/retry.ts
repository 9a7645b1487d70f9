// Retry with exponential backoff and jitter, for idempotent calls only: the caller decides
// which errors are worth another attempt (for Cloud Run: UNAVAILABLE, DEADLINE_EXCEEDED,
// RESOURCE_EXHAUSTED). Writes are never wrapped in this — a repeated write could apply twice.

export interface RetryPolicy {
  /** total attempts including the first (default 4) */
  attempts?: number;
  /** first delay in ms (default 250); doubles each retry */
  baseMs?: number;
  /** ceiling for one delay in ms (default 5000) */
  maxMs?: number;
}

export interface RetryHooks {
  sleep: (ms: number) => Promise<void>;
  /** 0..1; jitter source, injectable so tests are deterministic */
  random?: () => number;
  /** called before each retry with the attempt number that failed (1-based) */
  onRetry?: (attempt: number, err: unknown) => void;
}

/** The delay before retry number `retry` (1-based): half fixed, half jitter, capped. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const base = policy.baseMs ?? 250;
  const max = policy.maxMs ?? 5000;
  const ceiling = Math.min(max, base * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

export async function withRetry<T>(
  fn: () => Promise<T>,
  retryable: (err: unknown) => boolean,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> {
  const attempts = Math.max(1, policy.attempts ?? 4);
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !retryable(err)) throw err;
      hooks.onRetry?.(attempt, err);
      await hooks.sleep(backoffDelay(attempt, policy, hooks.random));
    }
  }
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
