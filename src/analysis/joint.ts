// Joint metrics (pure): a stage whose metrics come from several sources (a metric's own `source`)
// is judged once per source, each with its share of alpha, and the parts are combined here. When
// two sources count the same canary requests and disagree beyond noise, a note says so.
import type { Analysis, Metric, SourceKind } from '../policy/types.js';
import type { MetricEvidence, Poll, StageJudgement, Verdict } from './types.js';

export interface SourceGroup {
  source: SourceKind;
  /** the analysis block for this source: its metrics only, and alpha scaled to their share */
  analysis: Analysis;
  /** positions of its metrics in the policy's list (to put the evidence back in order) */
  indexes: number[];
}

const tested = (m: Metric): boolean => m.kind !== 'custom';

/** One group per source the metrics name (the block's `source` for metrics that name none). */
export function groupBySource(analysis: Analysis): SourceGroup[] {
  const total = Math.max(1, analysis.metrics.filter(tested).length);
  const groups = new Map<SourceKind, number[]>();
  analysis.metrics.forEach((m, i) => {
    const s = m.source ?? analysis.source;
    groups.set(s, [...(groups.get(s) ?? []), i]);
  });
  return [...groups].map(([source, indexes]) => {
    const metrics = indexes.map((i) => analysis.metrics[i]);
    const share = Math.max(1, metrics.filter(tested).length) / total;
    return { source, indexes, analysis: { ...analysis, source, metrics, alpha: analysis.alpha * share } };
  });
}

/** The stage verdict of its parts: a fail anywhere fails; a pass needs every part; else undecided. */
function combinedVerdict(parts: StageJudgement[]): Verdict {
  const vs = parts.map((p) => p.verdict);
  if (vs.includes('fail')) return 'fail';
  if (vs.every((v) => v === 'pass')) return 'pass';
  if (vs.includes('running')) return 'running';
  return 'inconclusive';
}

export function combineJudgements(groups: SourceGroup[], parts: StageJudgement[]): StageJudgement {
  const verdict = combinedVerdict(parts);
  const at = parts.filter((p) => p.verdict === verdict && p.decidedAt !== null).map((p) => p.decidedAt!);
  const metrics: MetricEvidence[] = [];
  groups.forEach((g, k) => g.indexes.forEach((i, j) => (metrics[i] = parts[k].metrics[j])));
  const withSeries = parts.find((p) => p.series.length > 0);
  return {
    verdict,
    decidedAt:
      verdict === 'running' || at.length === 0
        ? null
        : verdict === 'fail'
          ? Math.min(...at)
          : Math.max(...at),
    metrics: metrics.filter(Boolean),
    series: withSeries?.series ?? [],
    notes: parts.flatMap((p, k) => p.notes.map((n) => `${groups[k].source}: ${n}`)),
  };
}

/**
 * A note when two sources' canary request counts over their common time disagree beyond noise
 * (Poisson: more than 4 standard deviations and more than 10%): one of them misses traffic, or they
 * do not see the same requests (a revision reached around HAProxy, a wrong backend or revision).
 */
export function disagreementNote(
  a: { source: string; polls: readonly Poll[] },
  b: { source: string; polls: readonly Poll[] },
): string | null {
  const end = Math.min(a.polls.at(-1)?.t ?? 0, b.polls.at(-1)?.t ?? 0);
  if (end <= 0) return null;
  const sum = (ps: readonly Poll[]) =>
    ps.filter((p) => p.t <= end).reduce((s, p) => s + p.canary.requests, 0);
  const na = sum(a.polls);
  const nb = sum(b.polls);
  const diff = Math.abs(na - nb);
  if (diff <= 4 * Math.sqrt(na + nb) || diff <= 0.1 * Math.max(na, nb)) return null;
  return (
    `${a.source} and ${b.source} disagree on the canary's requests over the first ${end}s ` +
    `(${na} vs ${nb}): they should count the same requests; one source misses traffic or they watch different revisions`
  );
}
