// The offline replay: the sample streams in fixtures/analysis and errors that name line and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runReplay } from '../../src/analysis/replay.js';

const fixture = (name: string) => join('fixtures', 'analysis', name);
const replayFile = (name: string) => runReplay(readFileSync(fixture(name), 'utf8'), fixture(name));

describe('sample streams', () => {
  it.each([
    ['healthy.jsonl', 'pass', 1550],
    ['regression-4x.jsonl', 'fail', 100],
    ['shared-incident.jsonl', 'pass', 650],
    ['low-traffic.jsonl', 'inconclusive', 1800],
    ['latency.jsonl', 'fail', 160],
  ])('%s → %s at %ps', (file, verdict, decidedAt) => {
    const { lines, errors } = replayFile(file);
    expect(errors).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ line: 1, verdict, decidedAt });
    for (const m of lines[0].metrics) {
      expect(m.pValue).toBeCloseTo(Math.min(1, 1 / m.e), 12);
      expect(m.reason.length).toBeGreaterThan(20);
    }
    // what the CLI prints is plain JSON
    expect(JSON.parse(JSON.stringify(lines[0])).verdict).toBe(verdict);
  });

  it('the regression stream fails on the error rate with an interval above 1', () => {
    const m = replayFile('regression-4x.jsonl').lines[0].metrics[0];
    expect(m).toMatchObject({ metric: 'error-rate', verdict: 'fail' });
    expect(m.e).toBeGreaterThanOrEqual(100);
    expect(m.ratioInterval![0]).toBeGreaterThan(1);
  });

  it('the healthy stream keeps the source note about a counter reset', () => {
    expect(replayFile('healthy.jsonl').lines[0].notes.join()).toMatch(/counter reset on stable/);
  });

  it('the latency stream fails on latency, not on errors', () => {
    const [errors, latency] = replayFile('latency.jsonl').lines[0].metrics;
    expect(errors.verdict).not.toBe('fail');
    expect(latency).toMatchObject({ metric: 'latency p95', verdict: 'fail', alpha: 0.005 });
  });

  it('judges several streams in one file, one result per line, skipping blank lines', () => {
    const text = ['healthy.jsonl', 'regression-4x.jsonl']
      .map((f) => readFileSync(fixture(f), 'utf8'))
      .join('\n');
    const { lines, errors } = runReplay(text, 'two.jsonl');
    expect(errors).toEqual([]);
    expect(lines.map((l) => [l.line, l.verdict])).toEqual([
      [1, 'pass'],
      [3, 'fail'],
    ]);
  });
});

describe('malformed input', () => {
  const ok = { analysis: { alpha: 0.01, metrics: [{ 'error-rate': { 'vs-baseline': true } }] }, bake: 60 };
  const goodPoll = { t: 10, canary: { requests: 10, errors: 0 }, stable: { requests: 90, errors: 1 } };
  const line = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

  it.each([
    ['not JSON', '{"analysis": ', /^f\.jsonl:2: not valid JSON/],
    ['not an object', [1, 2], /^f\.jsonl:2: \(line\): expected a JSON object/],
    ['missing analysis', { bake: 60, polls: [] }, /^f\.jsonl:2: analysis: missing/],
    [
      'bad bake',
      { ...ok, bake: -1, polls: [] },
      /^f\.jsonl:2: bake: expected the stage's bake time in seconds/,
    ],
    ['unknown field', { ...ok, polls: [], extra: 1 }, /^f\.jsonl:2: extra: unknown field/],
    [
      'negative requests',
      { ...ok, polls: [goodPoll, { ...goodPoll, t: 20, canary: { requests: -3, errors: 0 } }] },
      /^f\.jsonl:2: polls\[1\]\.canary\.requests: expected a non-negative number.*got -3/,
    ],
    [
      'errors above requests',
      { ...ok, polls: [{ ...goodPoll, stable: { requests: 5, errors: 9 } }] },
      /^f\.jsonl:2: polls\[0\]\.stable\.errors: 9 errors exceed 5 requests/,
    ],
    [
      'missing t',
      { ...ok, polls: [{ canary: goodPoll.canary, stable: goodPoll.stable }] },
      /^f\.jsonl:2: polls\[0\]\.t: expected seconds since the stage started, got nothing/,
    ],
    [
      'histogram counts of the wrong length',
      {
        ...ok,
        polls: [
          { ...goodPoll, canary: { requests: 3, errors: 0, latency: { bounds: [10, 20], counts: [1, 2] } } },
        ],
      },
      /^f\.jsonl:2: polls\[0\]\.canary\.latency\.counts: expected 3 counts \(one per bound plus the \+Inf bucket\), got 2/,
    ],
    [
      'bounds not ascending',
      { ...ok, polls: [], reference: { bounds: [10, 5], counts: [1, 2, 3] } },
      /^f\.jsonl:2: reference\.bounds\[1\]: expected finite bounds in ascending order, got 5/,
    ],
    [
      'invalid analysis block (policy validator message)',
      { ...ok, analysis: { alpha: 0.9 }, polls: [] },
      /^f\.jsonl:2: analysis\.alpha: /,
    ],
  ])('%s', (_name, bad, message) => {
    const text = `${JSON.stringify({ ...ok, polls: [goodPoll] })}\n${line(bad)}\n`;
    const { lines, errors } = runReplay(text, 'f.jsonl');
    expect(lines.map((l) => l.line)).toEqual([1]); // the good line is still judged
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toMatch(message);
  });

  it('an empty file is an error, a stream that stops early is "running" with a note', () => {
    expect(runReplay('\n\n', 'empty.jsonl').errors).toEqual([
      'empty.jsonl: no streams (the file has no JSON lines)',
    ]);
    const { lines } = runReplay(JSON.stringify({ ...ok, polls: [goodPoll] }), 'f.jsonl');
    expect(lines[0]).toMatchObject({ verdict: 'running', decidedAt: null });
    expect(lines[0].notes.at(-1)).toMatch(
      /the polls end at 10s, before a decision and before max-bake \(180s; the bake, 60s, is the stage's minimum\)/,
    );
  });

  it('`now` past max-bake ends the stage; `max-bake` sets it', () => {
    const { lines } = runReplay(JSON.stringify({ ...ok, now: 180, polls: [goodPoll] }), 'f.jsonl');
    expect(lines[0]).toMatchObject({ verdict: 'inconclusive', decidedAt: 180 });
    const short = runReplay(JSON.stringify({ ...ok, 'max-bake': 60, now: 60, polls: [goodPoll] }), 'f.jsonl');
    expect(short.lines[0]).toMatchObject({ verdict: 'inconclusive', decidedAt: 60 });
    const bad = runReplay(JSON.stringify({ ...ok, 'max-bake': 30, polls: [goodPoll] }), 'f.jsonl');
    expect(bad.errors).toEqual([
      "f.jsonl:1: max-bake: expected the stage's longest time in seconds (≥ bake 60), got 30",
    ]);
  });

  it('with a policy, lines may leave out analysis and bake; a line that gives its own analysis is an error', () => {
    const analysis = {
      source: 'prometheus' as const,
      intervalMs: 10_000,
      minRequests: 1,
      alpha: 0.01,
      metrics: [],
    };
    const defaults = {
      analysis: { ...analysis, metrics: [{ kind: 'error-rate' as const, vsBaseline: true }] },
      bake: 60,
      maxBake: 90,
      from: 'p.yaml service checkout step 1',
    };
    const { lines, errors } = runReplay(JSON.stringify({ now: 90, polls: [goodPoll] }), 'f.jsonl', defaults);
    expect(errors).toEqual([]);
    expect(lines[0]).toMatchObject({ verdict: 'inconclusive', decidedAt: 90 });
    const both = runReplay(JSON.stringify({ ...ok, polls: [goodPoll] }), 'f.jsonl', defaults);
    expect(both.errors[0]).toMatch(
      /^f\.jsonl:1: analysis: both this line and p\.yaml service checkout step 1 give an analysis block/,
    );
  });
});
