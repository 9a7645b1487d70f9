// The statistical judge: polls in, per-metric evidence and a stage verdict out (pure).
export { createJudge, judgeStage, type Judge, type JudgeOptions, type JudgeStageOptions } from './judge.js';
export {
  runReplay,
  parseReplayLine,
  replayStream,
  type ReplayLine,
  type ReplayResult,
  type ReplayStream,
} from './replay.js';
export { DEFAULT_PASS_RATIO, RATIO_GRID } from './evalue.js';
export { estimateQuantile, REFERENCE_QUANTILES } from './latency.js';
export type * from './types.js';
