// Stage judgements as the judge hands them to the rollout and engine tests.
import type { StageJudgement, Verdict } from '../../src/analysis/types.js';

export function judgement(verdict: Verdict, reason = ''): StageJudgement {
  return {
    verdict,
    decidedAt: null,
    metrics:
      verdict === 'fail'
        ? [
            {
              metric: 'error-rate',
              verdict: 'fail',
              canaryValue: 0.04,
              stableValue: 0.005,
              canaryRequests: 1000,
              stableRequests: 9000,
              canaryEvents: 40,
              stableEvents: 45,
              e: 250,
              pValue: 0.004,
              ratio: 8,
              ratioInterval: [4, 16],
              reason: reason || 'canary errors 4.0% vs stable 0.5%',
            },
          ]
        : verdict === 'inconclusive'
          ? [
              {
                metric: 'error-rate',
                verdict: 'inconclusive',
                canaryValue: 0.005,
                stableValue: 0.005,
                canaryRequests: 900,
                stableRequests: 8100,
                canaryEvents: 4,
                stableEvents: 40,
                e: 1,
                pValue: 1,
                ratio: 1,
                ratioInterval: [0.3, 2.9],
                reason: reason || 'undecided at max-bake',
                missing:
                  'no evidence yet that the canary error rate is below 1.75× stable (pass E 12, needs 100)',
              },
            ]
          : [],
    series: [],
    notes: [],
  };
}
