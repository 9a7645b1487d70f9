// The pipeline's limits and guarantees: size limit, alias bombs, all errors at once,
// positions, the digest, and the analysis-block entry point.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatPolicyError,
  MAX_POLICY_BYTES,
  policyDigest,
  validateAnalysisBlock,
  validatePolicyText,
} from '../../src/policy/index.js';
import type { PolicyError } from '../../src/policy/types.js';

const example = readFileSync(join(process.cwd(), 'fixtures/policies/valid/example.yaml'), 'utf8');

function errorsOf(text: string, file = 'traffic-policy.yaml'): PolicyError[] {
  const r = validatePolicyText(text, file);
  return r.ok ? [] : r.errors;
}

describe('size limit', () => {
  test('a file over 1 MiB is refused before parsing, with its size', () => {
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(Math.ceil(MAX_POLICY_BYTES / 1003));
    const text = example + padding;
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_POLICY_BYTES);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(formatPolicyError(errors[0])).toMatch(
      /^traffic-policy\.yaml:1:1 \(file\): is \d+ bytes \([\d.]+ MiB\); a policy file may be at most 1 MiB$/,
    );
  });
  test('a file just under 1 MiB is accepted', () => {
    const room = MAX_POLICY_BYTES - Buffer.byteLength(example) - 10;
    const text = `${example}# ${'x'.repeat(room)}\n`;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_POLICY_BYTES);
    expect(validatePolicyText(text, 'p.yaml').ok).toBe(true);
  });
  test('multi-byte characters count as bytes, not characters', () => {
    const text = `${example}# ${'\u0430'.repeat(MAX_POLICY_BYTES / 2)}\n`;
    expect(text.length).toBeLessThan(MAX_POLICY_BYTES);
    expect(errorsOf(text)[0]?.path).toBe('(file)');
  });
});

describe('alias bombs', () => {
  const laughs = (levels: number, width: number): string => {
    const lines = ['version: 1', 'x:', `  l0: &l0 [${Array(width).fill('"lol"').join(',')}]`];
    for (let i = 1; i <= levels; i++)
      lines.push(
        `  l${i}: &l${i} [${Array(width)
          .fill(`*l${i - 1}`)
          .join(',')}]`,
      );
    lines.push(`services: *l${levels}`);
    return lines.join('\n') + '\n';
  };
  test('billion laughs (10^10 strings if expanded) is refused quickly', () => {
    const started = performance.now();
    const errors = errorsOf(laughs(9, 10));
    const elapsed = performance.now() - started;
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('more than 10 YAML aliases');
    expect(elapsed).toBeLessThan(1000);
  });
  test('a nested alias chain within the alias limit is refused too', () => {
    const errors = errorsOf(laughs(3, 2)); // 7 aliases, but each level holds aliases
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.message.includes('nested aliases are refused'))).toBe(true);
  });
  test('thousands of flat aliases are refused with one error, without expanding them', () => {
    const text = `version: 1\na: &a x\nb: [${Array(20_000).fill('*a').join(',')}]\n`;
    const started = performance.now();
    const errors = errorsOf(text);
    // parsing YAML itself costs ~3 s per MiB on a busy CI core; expansion would cost nothing more here
    expect(performance.now() - started).toBeLessThan(3000);
    expect(errors).toHaveLength(1);
    expect(formatPolicyError(errors[0])).toContain(
      'traffic-policy.yaml:3:35 (yaml): more than 10 YAML aliases (*name) (20000 in all)',
    );
  });
  test('a few plain aliases (shared steps) are allowed and expand to equal, separate values', () => {
    const r = validatePolicyText(
      readFileSync(join(process.cwd(), 'fixtures/policies/valid/multi-service.yaml'), 'utf8'),
      'multi-service.yaml',
    );
    if (!r.ok) throw new Error(r.errors.map(formatPolicyError).join('\n'));
    const [checkout, catalog] = r.policy.services;
    expect(catalog.steps).toEqual(checkout.steps);
    expect(catalog.steps).not.toBe(checkout.steps);
    catalog.steps[0].bakeMs = 1;
    expect(checkout.steps[0].bakeMs).toBe(300_000);
  });
});

describe('all errors at once', () => {
  test('independent mistakes in different places are all reported, sorted, formatted', () => {
    const text = example
      .replace('version: 1', 'version: 2')
      .replace('hosts: [shop.example.com]', 'hosts: ["shop.example.com#"]')
      .replace('{ percent: 25, bake: 10m }', '{ percent: 120, bake: 10m }')
      .replace('alpha: 0.01', 'alpha: 0.7')
      .replace('promote: on-merge', 'promote: later')
      .replace('sticky-cookie: cr_checkout', 'sticky-cookie: "-x"');
    const errors = errorsOf(text);
    expect(errors.map((e) => e.path)).toEqual([
      'version',
      'services[0].hosts[0]',
      'services[0].routing.sticky-cookie',
      'services[0].steps[2].percent',
      'services[0].promote',
      'services[0].analysis.alpha',
    ]);
    const lines = text.split('\n');
    for (const e of errors) {
      // every position points into the line that holds the offending value
      const key = e.path
        .split('.')
        .pop()!
        .replace(/\[\d+\]$/, '');
      expect(lines[e.line - 1]).toContain(
        key === 'hosts' ? 'shop.example.com#' : key === 'percent' ? '120' : key,
      );
      expect(e.col).toBeGreaterThan(1);
    }
    expect(formatPolicyError(errors[3])).toBe(
      'traffic-policy.yaml:29:20 services[0].steps[2].percent: 120 is above 100 (the largest allowed); valid: 1–100',
    );
  });
  test('the message of an unknown key suggests the closest valid key', () => {
    const errors = errorsOf(example.replace('min-requests: 200', 'min_requests: 200'));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('unknown key "min_requests"; did you mean "min-requests"?');
  });
});

describe('policyDigest', () => {
  test('is the sha256 hex of the text and lands in the policy', () => {
    expect(policyDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const r = validatePolicyText(example, 'example.yaml');
    expect(r.ok && r.policy.digest).toBe(createHash('sha256').update(example).digest('hex'));
  });
});

describe('validateAnalysisBlock', () => {
  test('normalises a plain analysis block', () => {
    const r = validateAnalysisBlock(
      {
        source: 'prometheus',
        prometheus: { url: 'http://127.0.0.1:9090' },
        interval: '10s',
        'min-requests': 50,
        alpha: 0.05,
        metrics: [
          { 'error-rate': { max: '2%' } },
          { latency: { quantile: 0.99, max: '1s', 'vs-baseline': false } },
        ],
      },
      'replay.yaml',
    );
    expect(r).toEqual({
      ok: true,
      analysis: {
        source: 'prometheus',
        prometheusUrl: 'http://127.0.0.1:9090',
        intervalMs: 10_000,
        minRequests: 50,
        alpha: 0.05,
        metrics: [
          { kind: 'error-rate', max: 0.02, vsBaseline: true },
          { kind: 'latency', quantile: 0.99, maxMs: 1000, vsBaseline: false },
        ],
        onInconclusive: 'hold',
      },
    });
  });
  test('applies the defaults', () => {
    const r = validateAnalysisBlock({ source: 'haproxy' }, 'replay.yaml');
    expect(r).toEqual({
      ok: true,
      analysis: {
        source: 'haproxy',
        intervalMs: 30_000,
        minRequests: 200,
        alpha: 0.01,
        metrics: [{ kind: 'error-rate', max: 0.01, vsBaseline: true }],
        onInconclusive: 'hold',
      },
    });
  });
  test('reports every problem at 1:1 with its path', () => {
    const r = validateAnalysisBlock(
      { source: 'haproxy', alpha: 0, intervals: '5s', metrics: [{ latency: { max: '1s' } }] },
      'replay.yaml',
    );
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.errors.map(formatPolicyError);
    expect(lines).toEqual(
      expect.arrayContaining([
        'replay.yaml:1:1 analysis.alpha: 0 is below 0.0001 (the smallest allowed); valid: 0.0001–0.5',
        expect.stringMatching(
          /^replay\.yaml:1:1 analysis\.intervals: unknown key "intervals"; did you mean "interval"\?/,
        ),
        expect.stringMatching(
          /^replay\.yaml:1:1 analysis\.metrics\[0\]\.latency: latency is not available from source haproxy/,
        ),
      ]),
    );
    expect(lines).toHaveLength(3);
  });
  test('a missing block falls back to prometheus, which needs a URL', () => {
    const r = validateAnalysisBlock(undefined, 'replay.yaml');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0].path).toBe('analysis.prometheus.url');
  });
});

describe('robustness', () => {
  test('deeply nested flow collections are reported, not thrown', () => {
    const depth = 20_000;
    const text = `version: 1\nservices: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    let result: ReturnType<typeof validatePolicyText> | undefined;
    expect(() => {
      result = validatePolicyText(text, 'deep.yaml');
    }).not.toThrow();
    expect(result?.ok).toBe(false);
  });
  test.each([
    ['a bare scalar', 'hello\n'],
    ['null', '~\n'],
    ['a number', '1\n'],
  ])('%s at the top level is an error at 1:1', (_what, text) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].line).toBe(1);
  });
});
