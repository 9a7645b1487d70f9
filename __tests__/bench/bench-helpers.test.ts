// The benchmark helpers: statistics, table output, the policy generator and the linearity check.
// The benchmarks themselves are run by `npm run bench`; these tests keep their arithmetic honest.
import { describe, expect, it } from '@jest/globals';
import { validatePolicyText, MAX_POLICY_BYTES } from '../../src/policy/index.js';
import { generatePolicy, linearity, LINEARITY_LIMIT, type PolicySample } from '../../scripts/bench/policy.js';
import { fmt, markdownTable, median, percentile, textTable, toTables } from '../../scripts/bench/util.js';

describe('percentile and median', () => {
  it.each([
    [[5], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0, 1],
    [[3, 1, 2], 50, 2],
  ])('percentile(%j, %d) = %d (nearest rank)', (values, p, want) => {
    expect(percentile(values, p)).toBe(want);
  });

  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median(%j) = %d', (values, want) => {
    expect(median(values)).toBe(want);
  });

  it('refuses an empty list and leaves the input unsorted', () => {
    expect(() => percentile([], 50)).toThrow(/empty/);
    expect(() => median([])).toThrow(/empty/);
    const v = [3, 1, 2];
    percentile(v, 90);
    median(v);
    expect(v).toEqual([3, 1, 2]);
  });
});

describe('fmt', () => {
  it.each([
    [0, '0'],
    [15, '15'],
    [1.23456, '1.23'],
    [12.3456, '12.3'],
    [0.012345, '0.0123'],
    [1234.5, '1235'],
    [Infinity, 'Infinity'],
  ])('fmt(%d) = %s', (n, want) => {
    expect(fmt(n)).toBe(want);
  });
});

describe('tables', () => {
  const table = {
    title: 'T',
    rows: [
      { name: 'a|b', ms: 1.5 },
      { name: 'c', ms: 20 },
    ],
    notes: ['a note'],
  };

  it('renders Markdown with numeric columns right-aligned and pipes escaped', () => {
    expect(markdownTable(table).split('\n')).toEqual([
      '### T',
      '',
      '| name | ms |',
      '| --- | ---: |',
      '| a\\|b | 1.50 |',
      '| c | 20 |',
      '',
      '- a note',
      '',
    ]);
  });

  it('renders text with aligned columns', () => {
    const lines = textTable(table).split('\n');
    expect(lines[0]).toBe('== T');
    expect(lines[1]).toBe('name    ms');
    expect(lines[3]).toBe('a|b   1.50');
    expect(lines[4]).toBe('c       20');
    expect(lines[5]).toBe('  a note');
  });

  it.each([
    ['plain rows', [{ a: 1, ok: true }], [{ title: 'S', rows: [{ a: 1, ok: 'yes' }], notes: undefined }]],
    [
      'a table',
      { title: 'X', rows: [{ a: 1 }], notes: 'n' },
      [{ title: 'X', rows: [{ a: 1 }], notes: ['n'] }],
    ],
    [
      'rows and notes',
      { rows: [{ a: { b: 1 } }], notes: ['n'] },
      [{ title: 'S', rows: [{ a: '{"b":1}' }], notes: ['n'] }],
    ],
    ['one result object', { a: 2 }, [{ title: 'S', rows: [{ a: 2 }], notes: undefined }]],
    [
      'tables',
      [
        { title: 'A', rows: [] },
        { title: 'B', rows: [{ x: 'y' }] },
      ],
      [
        { title: 'A', rows: [], notes: undefined },
        { title: 'B', rows: [{ x: 'y' }], notes: undefined },
      ],
    ],
  ])('toTables accepts %s', (_what, result, want) => {
    expect(toTables('S', result)).toEqual(want);
  });

  it('toTables refuses a result that is not rows', () => {
    expect(() => toTables('S', 42)).toThrow(/number/);
  });
});

describe('generatePolicy', () => {
  it.each([1, 10, 40])('generates a valid policy with %d distinct services', (n) => {
    const r = validatePolicyText(generatePolicy(n), 'traffic-policy.yaml');
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.col} ${e.path}: ${e.message}`).join('\n'));
    expect(r.policy.services).toHaveLength(n);
    expect(new Set(r.policy.services.map((s) => s.name)).size).toBe(n);
    expect(new Set(r.policy.services.map((s) => s.image)).size).toBe(n);
    expect(new Set(r.policy.services.map((s) => s.routing.stickyCookie)).size).toBe(n);
  });

  it('stays under the policy size limit at 1000 services', () => {
    expect(Buffer.byteLength(generatePolicy(1000))).toBeLessThan(MAX_POLICY_BYTES);
  });
});

describe('linearity', () => {
  const sample = (services: number, totalMs: number): PolicySample => ({
    services,
    textBytes: 0,
    configBytes: 0,
    runs: 5,
    firstMs: totalMs,
    validateMs: totalMs * 0.9,
    renderMs: totalMs * 0.1,
    totalMs,
    retainedHeapBytes: 0,
    peakRssDeltaBytes: 0,
  });

  it('reports ≈1 for linear growth', () => {
    const rows = linearity([sample(10, 1), sample(100, 10), sample(1000, 100)]);
    expect(rows.map((r) => r.comparison)).toEqual(['1000 vs 10', '1000 vs 100']);
    for (const r of rows) {
      expect(r['total ratio']).toBeCloseTo(1, 9);
      expect(r.verdict).toBe('linear');
    }
    expect(rows[1]['marginal ratio']).toBe('1');
  });

  it(`flags per-service growth above ${LINEARITY_LIMIT}× as not linear`, () => {
    // quadratic: 100× the services costs 10000× the time
    const rows = linearity([sample(10, 1), sample(100, 100), sample(1000, 10000)]);
    expect(rows[0]['total ratio']).toBeCloseTo(100, 6);
    expect(rows[0].verdict).toMatch(/NOT LINEAR/);
    expect(rows[1].verdict).toMatch(/NOT LINEAR/);
  });
});
