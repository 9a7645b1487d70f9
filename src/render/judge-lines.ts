// Pure: the judge's lines on the PR for one stage, below its metric table: the time still needed to
// pass at the current traffic, the cold-start latency (never judged), what an inconclusive metric
// lacks, and the held state. Every string that could come from a user passes through mdText.
import type { MetricEvidence, StageJudgement } from '../analysis/types.js';
import { mdText } from './markdown.js';
import { formatInt } from './numbers.js';

/** "≈ 14 min" / "≈ 40 s" / "≈ 2.5 h". */
export function approxDuration(seconds: number): string {
  if (seconds < 90) return `≈ ${Math.max(10, Math.round(seconds / 10) * 10)} s`;
  if (seconds < 5400) return `≈ ${Math.round(seconds / 60)} min`;
  return `≈ ${Number((seconds / 3600).toFixed(1))} h`;
}

function timeLine(m: MetricEvidence): string | null {
  if (m.secondsToPass === undefined || m.verdict !== 'running') return null;
  const tol =
    m.tolerance !== undefined ? ` < ${m.tolerance}× stable` : ' the canary no worse than its tolerance';
  if (m.secondsToPass === null) {
    const ratio = m.ratio !== null ? ` (${Number(m.ratio.toPrecision(3))}×)` : '';
    return `${mdText(m.metric)}: cannot pass at the ratio seen so far${ratio}; it needs to show${tol}`;
  }
  return `${mdText(m.metric)}: time still needed to pass at the current traffic: ${approxDuration(m.secondsToPass)} (to show${tol})`;
}

function coldLine(m: MetricEvidence): string | null {
  const c = m.coldStart;
  if (!c) return null;
  const ms = (v: number | null) => (v === null ? '—' : `${formatInt(v)} ms`);
  return (
    `${mdText(m.metric)} cold start (the canary's first ${c.seconds} s of traffic, not judged): ` +
    `canary ${ms(c.canaryMs)} vs stable ${ms(c.stableMs)} over ${formatInt(c.requests)} canary requests`
  );
}

function missingLine(m: MetricEvidence): string | null {
  if (m.verdict !== 'inconclusive' || !m.missing) return null;
  return `${mdText(m.metric)} inconclusive: ${mdText(m.missing)}`;
}

/** Bullet lines for one stage; `held` is the rollout's hold reason when it is held. */
export function judgeLines(j: StageJudgement, held?: string): string[] {
  const lines: string[] = [];
  for (const m of j.metrics) {
    for (const l of [timeLine(m), coldLine(m), missingLine(m)]) if (l) lines.push(`- ${l}`);
  }
  if (held) {
    lines.push(
      `- **Held:** ${mdText(held)}. The canary keeps its traffic; merging promotes it anyway ` +
        '(recorded as a human decision), closing the PR aborts it.',
    );
  }
  return lines;
}
