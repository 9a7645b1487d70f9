// The engine's contract: what runRollout takes and what it answers.

import type { StageJudgement } from '../analysis/types.js';
import type { Policy } from '../policy/types.js';
import type { Clock, RolloutPorts } from '../rollout/ports.js';
import type { RolloutMode } from '../gitops/modes.js';
import type { Phase, RolloutState, StageVerdict } from '../rollout/state.js';
import type { Controls } from '../rollout/gates.js';

export interface RolloutOptions {
  mode: RolloutMode;
  policy: Policy;
  serviceName: string;
  /** "pr#42" or a commit sha: recorded in the annotation, the lock's name */
  owner: string;
  /** the commit being rolled out: the canary revision is `<service>-<first 7 chars>` */
  commit: string;
  force?: boolean;
  /** a person's abort or rollback (workflow_dispatch): works whoever owns the rollout */
  operator?: boolean;
  /** who acts, for the state's reason ("an operator, run 12") */
  actor?: string;
  /** ms since the epoch: a waiting run stops waiting before this (the job's time limit) */
  deadline?: number;
  /** true: loop until a terminal phase or a merge is needed; false: make the due transitions and exit */
  wait?: boolean;
  ports: RolloutPorts;
  clock: Clock;
  log?: (line: string) => void;
  /** pause, resume and approvals read from GitHub (undefined: not read) */
  controls?: Controls;
  /** base URL of the canary for the smoke probe (default: its tag URL from the service's traffic status) */
  smokeUrl?: string;
}

export interface StageResult {
  step: number;
  percent: number;
  judgement: StageJudgement;
}

export interface RolloutResult {
  service: string;
  mode: RolloutMode;
  /** 'None' when the service carries no rollout state */
  phase: Phase | 'None';
  step: number;
  /** canary percent now */
  percent: number;
  verdict: StageVerdict;
  /** the last judgement of every stage observed in this run */
  judgements: StageResult[];
  /** Cloud Run writes this run made */
  writes: number;
  messages: string[];
  /** the run stopped on a refusal, a conflict it could not resolve or an API error */
  stopped?: 'refused' | 'conflict' | 'error';
  /** the run stopped waiting because the job's time limit nears; the next run continues */
  outOfTime?: boolean;
  state: RolloutState | null;
}
