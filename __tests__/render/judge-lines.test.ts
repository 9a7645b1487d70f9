// The judge's PR lines: time still needed, cold start, what an inconclusive metric lacks, the hold.
import type { MetricEvidence, StageJudgement } from '../../src/analysis/types.js';
import { approxDuration, judgeLines } from '../../src/render/judge-lines.js';
import { mdCode, mdText } from '../../src/render/markdown.js';

const metric = (over: Partial<MetricEvidence>): MetricEvidence => ({
  metric: 'error-rate',
  verdict: 'running',
  canaryValue: 0.005,
  stableValue: 0.005,
  canaryRequests: 1000,
  stableRequests: 9000,
  canaryEvents: 5,
  stableEvents: 45,
  e: 1,
  pValue: 1,
  ratio: 1,
  ratioInterval: [0.4, 2.5],
  reason: 'running',
  ...over,
});
const judged = (...metrics: MetricEvidence[]): StageJudgement => ({
  verdict: metrics.some((m) => m.verdict === 'inconclusive') ? 'inconclusive' : 'running',
  decidedAt: null,
  metrics,
  series: [],
  notes: [],
});

describe('judge lines', () => {
  it.each([
    [
      'time still needed',
      metric({ secondsToPass: 840, tolerance: 1.75 }),
      '- error-rate: time still needed to pass at the current traffic: ≈ 14 min (to show < 1.75× stable)',
    ],
    [
      'cannot pass at the ratio seen',
      metric({ secondsToPass: null, tolerance: 1.75, ratio: 2.2 }),
      '- error-rate: cannot pass at the ratio seen so far (2.2×); it needs to show < 1.75× stable',
    ],
    [
      'cold start on its own line',
      metric({
        metric: 'latency p95',
        coldStart: { seconds: 60, canaryMs: 2400, stableMs: 310, requests: 300 },
      }),
      "- latency p95 cold start (the canary's first 60 s of traffic, not judged): canary 2,400 ms vs stable 310 ms over 300 canary requests",
    ],
    [
      'what an inconclusive metric lacks',
      metric({ verdict: 'inconclusive', missing: 'no request slower than 300 ms yet' }),
      '- error-rate inconclusive: no request slower than 300 ms yet',
    ],
  ])('%s', (_name, m, line) => {
    expect(judgeLines(judged(m))).toEqual([line]);
  });

  it('the held line escapes what it quotes', () => {
    const [line] = judgeLines(judged(), 'step 2 (5%) <img src=x>\n**bold**');
    expect(line).toMatch(
      /^- \*\*Held:\*\* step 2 \(5%\) \\<img src=x\\>\\\\n\\\*\\\*bold\\\*\\\*\. The canary keeps its traffic/,
    );
  });

  it.each([
    [5, '≈ 10 s'],
    [44, '≈ 40 s'],
    [840, '≈ 14 min'],
    [9000, '≈ 2.5 h'],
  ])('approxDuration(%p) = %p', (s, text) => expect(approxDuration(s)).toBe(text));
});

describe('mdText / mdCode', () => {
  it('renders user text literally on one line', () => {
    expect(mdText('a|b\n<script>*x*')).toBe('a\\|b\\\\n\\<script\\>\\*x\\*');
  });
  it('makes code spans that cannot be closed from inside', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a\nb')).toBe('`a\\nb`');
  });
});
