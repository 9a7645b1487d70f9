// What a baking stage's judgement means for the rollout (pure): wait, advance, fail, or — for a stage
// the judge calls inconclusive — hold (keep the traffic, ask a human) or roll back, as the policy's
// `on-inconclusive` says. `bake` is the stage's minimum time and `max-bake` its longest: the judge
// decides inside that window; without a judge (no analysis ran) the bake alone moves the stage on.
import type { StageJudgement } from '../analysis/types.js';
import type { OnInconclusive, Step } from '../policy/types.js';
import type { StageVerdict } from './state.js';

export type StageOutcome =
  | { kind: 'wait'; message: string }
  | { kind: 'advance'; verdict: StageVerdict }
  | { kind: 'fail'; reason: string }
  | { kind: 'hold'; reason: string }
  | { kind: 'rollback'; reason: string };

/** The default for `on-inconclusive`: an undecided canary keeps its small share until a human looks. */
export const DEFAULT_ON_INCONCLUSIVE: OnInconclusive = 'hold';

export interface StageOutcomeInput {
  step: Step;
  label: string;
  judgement: StageJudgement | undefined;
  elapsedMs: number;
  onInconclusive?: OnInconclusive;
}

/** What an inconclusive judgement lacked, metric by metric. */
export function inconclusiveReason(j: StageJudgement): string {
  const why = j.metrics
    .filter((m) => m.verdict === 'inconclusive')
    .map((m) => `${m.metric}: ${m.missing ?? m.reason}`);
  return why.join('; ') || 'no metric could be judged';
}

export function stageOutcome(input: StageOutcomeInput): StageOutcome {
  const { step, label, judgement: j, elapsedMs } = input;
  const maxBakeMs = Math.max(step.bakeMs, step.maxBakeMs ?? 3 * step.bakeMs);
  if (j?.verdict === 'fail') {
    const why = j.metrics
      .filter((m) => m.verdict === 'fail')
      .map((m) => `${m.metric}: ${m.reason}`)
      .join('; ');
    return { kind: 'fail', reason: `${label}: analysis failed${why ? `: ${why}` : ''}` };
  }
  if (j?.verdict === 'pass') return { kind: 'advance', verdict: 'pass' };
  const undecided = j?.verdict === 'inconclusive' || (j !== undefined && elapsedMs >= maxBakeMs);
  if (undecided) {
    const reason = `${label} inconclusive after ${Math.round(elapsedMs / 60_000)} min: ${inconclusiveReason(j!)}`;
    return (input.onInconclusive ?? DEFAULT_ON_INCONCLUSIVE) === 'rollback'
      ? { kind: 'rollback', reason }
      : { kind: 'hold', reason };
  }
  if (!j && elapsedMs >= step.bakeMs) return { kind: 'advance', verdict: 'skipped' };
  const left = Math.ceil(((elapsedMs < step.bakeMs ? step.bakeMs : maxBakeMs) - elapsedMs) / 1000);
  return {
    kind: 'wait',
    message:
      elapsedMs < step.bakeMs
        ? `${label} baking, ${left}s of its minimum left`
        : `${label} undecided, waiting for evidence (${left}s to max-bake)`,
  };
}
