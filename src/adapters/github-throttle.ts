// The write limiter for the GitHub client. @octokit/plugin-throttling's default spaces every write
// 1 s apart, which made a run wait ~0.5–1 s between the in-progress check run and the final one.
// A run makes a handful of writes, so a token bucket fits better: a burst of WRITE_BURST writes
// goes at once, then one per second. That stays under GitHub's secondary limit for
// content-creating requests (80 a minute) and keeps its "1 s between writes" guidance for bulk.
import Bottleneck from 'bottleneck/light.js';

export const WRITE_BURST = 10;
const REFILL_MS = 1000;

/** A Bottleneck group (the plugin keys it per client id): burst, then one write per second. */
export function writeLimiter(): Bottleneck.Group {
  return new Bottleneck.Group({
    id: 'canary-relay-write',
    maxConcurrent: 1,
    minTime: 0,
    reservoir: WRITE_BURST,
    reservoirIncreaseInterval: REFILL_MS,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseMaximum: WRITE_BURST,
    timeout: 2 * 60 * 1000,
  });
}
