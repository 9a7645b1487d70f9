import {
  counterDelta,
  emptyPollState,
  histogramFromLe,
  pollStep,
  type CumulativeSample,
  type PollState,
} from '../../src/analysis/counters.js';
import { createPoller, type MetricSource } from '../../src/adapters/metrics/source.js';

const labels = { canary: 'canary', stable: 'stable' };
const s = (
  requests: number | null,
  errors: number | null,
  extra: Partial<CumulativeSample> = {},
): CumulativeSample => ({
  requests,
  errors,
  ...extra,
});

/** Run a sequence of (canary, stable) cumulative samples through pollStep from a history baseline. */
function run(baseline: [CumulativeSample, CumulativeSample], seq: [CumulativeSample, CumulativeSample][]) {
  let state: PollState = { canary: { sample: baseline[0] }, stable: { sample: baseline[1] }, pending: [] };
  const polls = [];
  const notes: string[] = [];
  for (const [i, [c, st]] of seq.entries()) {
    const r = pollStep(state, { canary: c, stable: st }, (i + 1) * 10, labels);
    state = r.state;
    polls.push(r.poll);
    notes.push(...r.notes);
  }
  return Object.assign(polls, { notes });
}

describe('pollStep: cumulative counters → per-poll increments', () => {
  test.each([
    {
      name: 'plain increments',
      base: [s(100, 1), s(1000, 5)],
      seq: [
        [s(150, 3), s(1900, 9)],
        [s(160, 3), s(2000, 10)],
      ],
      want: [
        { c: [50, 2], st: [900, 4] },
        { c: [10, 0], st: [100, 1] },
      ],
      noteLike: [],
    },
    {
      name: 'counter reset on the canary: counted from zero, reported',
      base: [s(500, 10), s(500, 10)],
      seq: [[s(40, 2), s(600, 11)]],
      want: [{ c: [40, 2], st: [100, 1] }],
      noteLike: [/canary requests counter reset \(500 → 40\)/, /canary errors counter reset \(10 → 2\)/],
    },
    {
      name: 'missing series: poll skipped, the next poll covers the gap (never zero)',
      base: [s(0, 0), s(0, 0)],
      seq: [
        [s(null, 1), s(100, 1)],
        [s(30, 3), s(300, 3)],
      ],
      want: [null, { c: [30, 3], st: [300, 3] }],
      noteLike: [/canary requests is missing; poll skipped \(not counted as zero\)/],
    },
    {
      name: 'NaN is treated as missing, not as zero',
      base: [s(10, 0), s(10, 0)],
      seq: [
        [s(20, NaN), s(20, 0)],
        [s(25, 1), s(40, 0)],
      ],
      want: [null, { c: [15, 1], st: [30, 0] }],
      noteLike: [/canary errors is NaN; poll skipped/],
    },
    {
      name: 'Infinity is missing too',
      base: [s(0, 0), s(0, 0)],
      seq: [[s(5, 0), s(Infinity, 0)]],
      want: [null],
      noteLike: [/stable requests is Infinity/],
    },
    {
      name: 'errors never exceed requests in one poll',
      base: [s(10, 0), s(10, 0)],
      seq: [[s(12, 5), s(20, 0)]],
      want: [{ c: [2, 2], st: [10, 0] }],
      noteLike: [/canary errors increment 5 exceeds requests 2; capped at 2/],
    },
  ])('$name', ({ base, seq, want, noteLike }) => {
    const polls = run(
      base as [CumulativeSample, CumulativeSample],
      seq as [CumulativeSample, CumulativeSample][],
    );
    expect(
      polls.map((p) =>
        p ? { c: [p.canary.requests, p.canary.errors], st: [p.stable.requests, p.stable.errors] } : null,
      ),
    ).toEqual(want);
    const notes = polls.notes;
    for (const re of noteLike) expect(notes.some((n) => re.test(n))).toBe(true);
    if (noteLike.length === 0) expect(notes).toEqual([]);
  });

  test('notes of a skipped poll are carried on the next emitted poll', () => {
    const polls = run(
      [s(0, 0), s(0, 0)],
      [
        [s(null, null), s(5, 0)],
        [s(5, 0), s(10, 0)],
      ],
    );
    expect(polls[0]).toBeNull();
    expect(polls[1]?.notes?.[0]).toMatch(/^t=10s: canary requests is missing, canary errors is missing/);
  });

  test('first live reading becomes the baseline and yields no poll', () => {
    const r = pollStep(emptyPollState(), { canary: s(7, 1), stable: s(70, 2) }, 3, labels);
    expect(r.poll).toBeNull();
    expect(r.state.canary?.sample.requests).toBe(7);
    expect(r.notes).toEqual(['t=3s: first reading taken as the baseline']);
  });

  test.each([
    { prev: 10, cur: 15, want: 5, reset: false },
    { prev: 10, cur: 10, want: 0, reset: false },
    { prev: 10, cur: 3, want: 3, reset: true },
    { prev: 10, cur: 0, want: 0, reset: true },
  ])('counterDelta($prev → $cur) = $want', ({ prev, cur, want, reset }) => {
    const notes: string[] = [];
    expect(counterDelta(prev, cur, 'x', 't=1s', notes)).toBe(want);
    expect(notes.length > 0).toBe(reset);
  });
});

describe('latency histograms', () => {
  const h = (counts: number[]) => ({ bounds: [100, 500], counts });

  test.each([
    { name: 'bucket-wise increments', prev: h([1, 2, 3]), cur: h([4, 2, 5]), want: h([3, 0, 2]), note: null },
    {
      name: 'a bucket went down: reset, counted from zero',
      prev: h([5, 5, 5]),
      cur: h([1, 6, 6]),
      want: h([1, 6, 6]),
      note: /latency histogram reset/,
    },
    {
      name: 'bounds changed: no latency this poll',
      prev: h([1, 1, 1]),
      cur: { bounds: [100, 400], counts: [2, 2, 2] },
      want: undefined,
      note: /latency buckets changed/,
    },
    {
      name: 'missing histogram: none this poll',
      prev: h([1, 1, 1]),
      cur: null,
      want: undefined,
      note: /latency histogram missing/,
    },
  ])('$name', ({ prev, cur, want, note }) => {
    const state: PollState = {
      canary: { sample: s(0, 0, { latency: prev }) },
      stable: { sample: s(0, 0, { latency: prev }) },
      pending: [],
    };
    const r = pollStep(
      state,
      { canary: s(10, 0, { latency: cur }), stable: s(10, 0, { latency: prev }) },
      5,
      labels,
    );
    expect(r.poll?.canary.latency).toEqual(want);
    expect(r.poll?.stable.latency).toEqual(h([0, 0, 0]));
    if (note) expect(r.notes.some((n) => note.test(n))).toBe(true);
    else expect(r.notes).toEqual([]);
  });

  test.each([
    {
      name: 'le buckets → per-bucket counts',
      le: [
        { le: Infinity, count: 10 },
        { le: 100, count: 4 },
        { le: 250, count: 9 },
      ],
      want: { bounds: [100, 250], counts: [4, 5, 1] },
    },
    { name: 'no +Inf bucket', le: [{ le: 100, count: 4 }], want: null },
    {
      name: 'not cumulative',
      le: [
        { le: 100, count: 5 },
        { le: Infinity, count: 4 },
      ],
      want: null,
    },
  ])('histogramFromLe: $name', ({ le, want }) => {
    expect(histogramFromLe(le)).toEqual(want);
  });
});

describe('createPoller', () => {
  function scripted(
    anchor: MetricSource['anchor'],
    values: Record<number, CumulativeSample>,
  ): MetricSource & { reads: number[] } {
    const reads: number[] = [];
    return {
      anchor,
      label: 'x',
      reads,
      async sample(at: number) {
        reads.push(at);
        const v = values[at];
        if (!v) throw new Error(`no scripted value at ${at}`);
        return v;
      },
    };
  }

  test('history sources are read at the stage start for the baseline', async () => {
    const canary = scripted('counter-history', { 1000: s(100, 0), 11000: s(160, 6) });
    const stable = scripted('counter-history', { 1000: s(900, 1), 11000: s(1500, 4) });
    const p = createPoller({ canary, stable, startedAt: 1000 });
    const poll = await p.poll(11000);
    expect(canary.reads).toEqual([1000, 11000]);
    expect(poll).toEqual({
      t: 10,
      canary: { requests: 60, errors: 6 },
      stable: { requests: 600, errors: 3 },
    });
  });

  test('since-stage-start sources start from zero, latency included', async () => {
    const lat = { bounds: [100], counts: [3, 1] };
    const canary = scripted('since-stage-start', { 5000: s(4, 1, { latency: lat }) });
    const stable = scripted('since-stage-start', { 5000: s(40, 0, { latency: lat }) });
    const p = createPoller({ canary, stable, startedAt: 0 });
    const poll = await p.poll(5000);
    expect(poll?.canary).toEqual({ requests: 4, errors: 1, latency: lat });
    expect(canary.reads).toEqual([5000]);
  });

  test('live sources: the first poll is only the baseline', async () => {
    const canary = scripted('counter-live', { 2000: s(10, 0), 4000: s(20, 1) });
    const stable = scripted('counter-live', { 2000: s(10, 0), 4000: s(110, 1) });
    const p = createPoller({ canary, stable, startedAt: 0 });
    expect(await p.poll(2000)).toBeNull();
    expect(await p.poll(4000)).toEqual({
      t: 4,
      canary: { requests: 10, errors: 1 },
      stable: { requests: 100, errors: 1 },
      notes: ['t=2s: first reading taken as the baseline'],
    });
    expect(p.polls).toHaveLength(1);
  });
});
