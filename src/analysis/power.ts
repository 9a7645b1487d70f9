// How long a pass will take: a power estimate for the mirror test at the current traffic (pure).
//
// Each alternative k of the mirror mixture grows its log bet by G_k per poll on average, where
// G_k = E[ln g_k(x, m − x)] with m ~ Poisson(m̄) events per poll and x ~ Binomial(m, θ(r̂; w̄)).
// The mixture's log E is at least ln π_k + L_k, so alternative k alone carries the test over
// ln(1/α) after about (ln(1/α) − ln π_k − L_k) / G_k more polls; the forecast is the smallest of
// these. r̂ is the ratio seen so far (shrunk towards 1 when there are few events): a forecast says
// "at the traffic and the ratio seen so far", never more.
import { attributionPollLogBet, type AttributionTest } from './evalue.js';
import { attributionShare, logGamma } from './interval.js';

export interface ForecastInput {
  /** the mirror test (its state so far) */
  test: AttributionTest;
  /** ln(1/α_m): where the mirror's log E must get to */
  threshold: number;
  /** mean events per poll (both sides) and the canary's mean share of requests */
  eventsPerPoll: number;
  share: number;
  /** the ratio the forecast assumes (canary/stable event rate) */
  ratio: number;
}

/** Largest m summed over exactly; above it the poll is taken at its mean (the sum is then flat). */
const EXACT_EVENTS = 60;

function poissonPmf(m: number, mean: number): number {
  return Math.exp(-mean + m * Math.log(mean) - logGamma(m + 1));
}

function binomialPmf(x: number, m: number, p: number): number {
  if (p <= 0) return x === 0 ? 1 : 0;
  if (p >= 1) return x === m ? 1 : 0;
  return Math.exp(
    logGamma(m + 1) - logGamma(x + 1) - logGamma(m - x + 1) + x * Math.log(p) + (m - x) * Math.log1p(-p),
  );
}

/** Expected log bet per poll of the alternative r against r0 when the true ratio is `ratio`. */
export function growthPerPoll(
  r: number,
  r0: number,
  eventsPerPoll: number,
  share: number,
  ratio: number,
): number {
  const theta = attributionShare(ratio, share);
  const ms: [number, number][] = [];
  if (eventsPerPoll > EXACT_EVENTS) ms.push([Math.round(eventsPerPoll), 1]);
  else {
    const top = Math.ceil(eventsPerPoll + 8 * Math.sqrt(eventsPerPoll) + 10);
    for (let m = 1; m <= top; m++) ms.push([m, poissonPmf(m, eventsPerPoll)]);
  }
  let g = 0;
  for (const [m, pm] of ms) {
    if (pm < 1e-12) continue;
    let inner = 0;
    for (let x = 0; x <= m; x++) {
      const px = binomialPmf(x, m, theta);
      if (px < 1e-14) continue;
      inner += px * attributionPollLogBet(x, m - x, share, r, r0);
    }
    g += pm * inner;
  }
  return g;
}

/** Expected polls until the mirror passes; null when it would not (no events, or the ratio ≥ r0). */
export function pollsToPass(input: ForecastInput): number | null {
  const { test, threshold, eventsPerPoll, share, ratio } = input;
  if (!(eventsPerPoll > 0) || !(share > 0 && share < 1) || !(ratio < test.r0)) return null;
  const logs = test.logLRs();
  let best: number | null = null;
  test.ratios.forEach((r, k) => {
    const need = threshold - Math.log(test.weights[k]) - logs[k];
    if (need <= 0) {
      best = 0;
      return;
    }
    const g = growthPerPoll(r, test.r0, eventsPerPoll, share, ratio);
    if (g > 0 && (best === null || need / g < best)) best = need / g;
  });
  return best;
}
