// What every metric source gives: cumulative counters for one side (canary or stable), read at a time.
// The poller turns pairs of samples (`CumulativeSample`, src/analysis/counters.ts) into per-poll increments (`Poll`).
import type { Poll } from '../../analysis/types.js';
import { emptyPollState, pollStep, type CumulativeSample, type PollState } from '../../analysis/counters.js';

/**
 * How the cumulative values are anchored:
 * - `counter-history`: monotonic counters that can be read in the past (Prometheus): the baseline is
 *   the value at the stage start.
 * - `counter-live`: counters readable only now (HAProxy `show stat`): the first sample is the baseline.
 * - `since-stage-start`: totals over [stage start, t] (Cloud Monitoring, increase() queries): zero baseline.
 */
export type SourceAnchor = 'counter-history' | 'counter-live' | 'since-stage-start';

export interface MetricSource {
  readonly anchor: SourceAnchor;
  /** e.g. `prometheus backend checkout_canary`, used in notes */
  readonly label: string;
  /** how far the data lags the read (ms): Cloud Monitoring's ingestion delay; 0 when absent */
  readonly lagMs?: number;
  sample(at: number): Promise<CumulativeSample>;
}

export interface Poller {
  /** reads both sides at `now`; returns the new poll, or null when there is none yet (notes kept) */
  poll(now: number): Promise<Poll | null>;
  readonly polls: readonly Poll[];
  /** every note seen so far, in order */
  readonly notes: readonly string[];
}

export function createPoller(opts: {
  canary: MetricSource;
  stable: MetricSource;
  startedAt: number;
}): Poller {
  let state: PollState = emptyPollState();
  const polls: Poll[] = [];
  const notes: string[] = [];
  let baselined = false;

  async function baseline(src: MetricSource, now: number): Promise<CumulativeSample | null> {
    switch (src.anchor) {
      case 'since-stage-start':
        return { requests: 0, errors: 0 };
      case 'counter-history':
        return src.sample(Math.min(opts.startedAt, now));
      case 'counter-live':
        return null; // the first live sample becomes the baseline
    }
  }

  return {
    polls,
    notes,
    async poll(now: number): Promise<Poll | null> {
      if (!baselined) {
        const [c, s] = await Promise.all([baseline(opts.canary, now), baseline(opts.stable, now)]);
        const zero = (src: MetricSource) => src.anchor === 'since-stage-start';
        state = {
          ...state,
          canary: c ? { sample: c, zero: zero(opts.canary) } : null,
          stable: s ? { sample: s, zero: zero(opts.stable) } : null,
        };
        baselined = true;
        // at the stage start itself there is nothing to count yet
        if (now <= opts.startedAt && c && s) return null;
      }
      const [c, s] = await Promise.all([opts.canary.sample(now), opts.stable.sample(now)]);
      // a lagging source's poll is dated by the data it holds, so bake time counts seen traffic
      const dataEnd = Math.min(c.asOf ?? now, s.asOf ?? now);
      const t = (dataEnd - opts.startedAt) / 1000;
      const step = pollStep(state, { canary: c, stable: s }, t, {
        canary: opts.canary.label,
        stable: opts.stable.label,
      });
      state = step.state;
      notes.push(...step.notes);
      if (step.poll) polls.push(step.poll);
      return step.poll;
    },
  };
}
