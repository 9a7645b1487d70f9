// What one run did, as data: the decision, the policies, the plan, each service's intent and
// rollout result. The verdict and every sentence of the report are derived from the rollout
// state each service is in after the run (pure functions, below), never from what was asked.
import type { EventDecision } from '../gitops/events.js';
import type { ServiceIntent } from '../gitops/intent.js';
import type { Plan } from '../plan/plan.js';
import type { Policy, PolicyError } from '../policy/types.js';
import type { RolloutResult } from '../engine/types.js';
import { describeHold } from '../rollout/gates.js';
import type { RolloutMode } from '../gitops/modes.js';
import { isTerminal, statePercent, type StageVerdict } from '../rollout/state.js';
import type { Inputs } from './inputs.js';
import { shareLabel } from '../policy/steps.js';

export interface Loaded {
  policy: Policy | null;
  errors: PolicyError[];
}

export interface ServiceRun {
  service: string;
  mode: RolloutMode;
  result?: RolloutResult;
  /** what stopped this service, for the report */
  error?: string;
  /** missing credentials or permissions: reported as neutral, not as a failure */
  neutral?: boolean;
  /** locked out by this owner's rollout: queued, the check stays pending */
  waitingFor?: string;
  /** who drove the rollout before this run, when another PR: its report is updated too */
  prior?: { owner: string; commit?: string };
}

export interface Outcome {
  inputs: Inputs;
  decision: EventDecision;
  head: Loaded;
  base: Loaded;
  plan?: Plan;
  check?: { ok: boolean; text: string };
  /** per service of the plan: its stage-duration forecast lines (forecast.ts) */
  forecasts?: Record<string, string[]>;
  haproxyConfig?: string;
  intents: ServiceIntent[];
  runs: ServiceRun[];
  verdict: StageVerdict;
  /** what happened and what is still pending, one sentence per service */
  next: string;
  /** the run's GitHub run id and number, for "aborted by an operator, run N" */
  runNumber?: string;
  /** rollouts a scheduled run continued: each is reported on its own PR and commit */
  others: Outcome[];
}

const ORDER: StageVerdict[] = ['fail', 'inconclusive', 'running', 'pass', 'skipped'];

/** The worst of several verdicts (none: skipped). */
export const worst = (verdicts: readonly StageVerdict[]): StageVerdict =>
  ORDER.find((v) => verdicts.includes(v)) ?? 'skipped';

/** One service's verdict and sentence, from its state after the run. */
export function describeRun(r: ServiceRun, policy: Policy | null): { verdict: StageVerdict; line: string } {
  const own = (m: string) =>
    m.startsWith(`${r.service}: `) || m.startsWith(`${r.service} `) ? m : `${r.service}: ${m}`;
  if (r.neutral) return { verdict: 'skipped', line: own(r.error ?? 'skipped') };
  if (r.waitingFor)
    return {
      verdict: 'running',
      line: `${r.service}: waiting for ${r.waitingFor}'s canary of ${r.service}; it starts by itself when that ends`,
    };
  const res = r.result;
  const s = res?.state;
  const serving = s?.stable ? ` ${s.stable} serves` : '';
  // an API error, a conflict, or a machine refusal with its reason (a revision that failed before)
  if (r.error && res?.stopped !== 'refused')
    return { verdict: 'fail', line: own(`stopped: ${r.error.replace(`${r.service}: `, '')}`) };
  if (res?.stopped === 'refused') return { verdict: 'skipped', line: own(res.messages.at(-1) ?? 'refused') };
  if (!s) return { verdict: 'skipped', line: own(res?.messages.at(-1) ?? 'nothing to do') };
  const svc = policy?.services.find((x) => x.name === r.service);
  const steps = svc?.steps.length ?? 0;
  const pct = svc ? statePercent(svc, s) : 0;
  // paused by an operator or waiting for an approval: who holds it and how to continue
  const held = isTerminal(s.phase) ? null : describeHold(r.service, s);
  if (held) {
    const keeps =
      s.phase === 'Initializing' ? 'stays at 0%' : pct ? `keeps ${pct}%` : 'keeps the header cohort';
    return { verdict: 'running', line: `${held}; ${s.canary} ${keeps},${serving} the rest` };
  }
  switch (s.phase) {
    case 'Succeeded':
      return {
        verdict: s.lastVerdict === 'inconclusive' ? 'inconclusive' : 'pass',
        line: `${r.service}: ${s.stable} serves 100%${res.writes ? ' (promoted in this run)' : ''}`,
      };
    case 'Failed':
      if (s.canary === null)
        return {
          verdict: r.mode === 'rollback' ? 'pass' : 'skipped',
          line: `${r.service}: rolled back:${serving} 100% (${s.reason ?? 'rollback'})`,
        };
      return {
        verdict: 'fail',
        line: `${r.service}: canary ${s.canary} failed: ${s.reason ?? 'see the log'};${serving} 100%`,
      };
    case 'Aborted':
      return {
        verdict: 'skipped',
        line: `${r.service}: canary ${s.canary} aborted (0%, untagged);${serving} 100%`,
      };
    case 'Initializing':
      return {
        verdict: 'running',
        line: `${r.service}: canary ${s.canary} deployed at 0%, waiting to become ready;${serving} 100%; the next run continues`,
      };
    default:
      if (s.awaitingMerge)
        return {
          verdict: s.lastVerdict === 'inconclusive' ? 'inconclusive' : 'pass',
          line:
            `${r.service}: all ${steps} steps of ${s.canary} passed; it keeps ${pct ? `${pct}%` : 'the header cohort'} ` +
            `until the merge promotes it (${s.stable} serves the rest)`,
        };
      return {
        verdict: 'running',
        line:
          `${r.service}: ${s.canary} at step ${s.step + 1} of ${steps} (${shareLabel(!pct, pct)})` +
          `${res.outOfTime ? ', stopped waiting before the job time limit' : ''}; ${s.stable} serves the rest; the next run continues`,
      };
  }
}

/** The run's verdict (the worst one) and its sentences. */
export function conclude(
  runs: ServiceRun[],
  intents: ServiceIntent[],
  policy: Policy | null,
): { verdict: StageVerdict; next: string } {
  const described = runs.map((r) => describeRun(r, policy));
  const settled = intents.filter((i) => i.mode === 'none' || i.mode === 'plan').map((i) => i.reason);
  const verdicts = described.map((d) => d.verdict);
  if (!runs.length) {
    const planOnly = intents.some((i) => i.mode === 'plan');
    const converged = intents.some((i) => i.mode === 'none' && /already serves/.test(i.reason));
    verdicts.push(planOnly || converged ? 'pass' : 'skipped');
  }
  const verdict = worst(verdicts);
  const lines = [...described.map((d) => d.line), ...settled];
  return { verdict, next: lines.length ? lines.join('; ') : 'nothing to do' };
}

/** The `stage` output: phase/step, a rollback named as such (its state phase is Failed, with no canary). */
export function stageOf(r: RolloutResult | undefined): string {
  if (!r) return 'none';
  const s = r.state;
  const phase = s?.phase === 'Failed' && s.canary === null ? 'RolledBack' : r.phase;
  return `${phase}/${r.step + 1}`;
}
