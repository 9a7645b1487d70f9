// Every fixture under fixtures/policies: valid ones validate; each invalid one reports exactly
// the errors its `# expect: LINE:COL PATH: MESSAGE-SUBSTRING` header lines list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPolicyError, validatePolicyText } from '../../src/policy/index.js';
import type { PolicyError } from '../../src/policy/types.js';

const root = join(process.cwd(), 'fixtures', 'policies');
const list = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
const read = (dir: string, f: string): string => readFileSync(join(root, dir, f), 'utf8');

interface Expected {
  line: number;
  col: number;
  path: string;
  message: string;
}

/**
 * `# expect: L:C PATH: MESSAGE`, or `# expect-json: {"at": "L:C", "path": …, "message": …}` when the
 * path holds spaces or the message characters a comment line cannot (keys that try to forge a report).
 * Header lines end at a LF or, in a CR-only file, at a CR.
 */
function expectations(text: string): Expected[] {
  const plain = [...text.matchAll(/^# expect: (\d+):(\d+) (\S+): ([^\r\n]+)$/gm)].map((m) => ({
    line: Number(m[1]),
    col: Number(m[2]),
    path: m[3],
    message: m[4],
  }));
  const json = [...text.matchAll(/^# expect-json: ([^\r\n]+)$/gm)].map((m) => {
    const x = JSON.parse(m[1]) as { at: string; path: string; message: string };
    const [line, col] = x.at.split(':').map(Number);
    return { line, col, path: x.path, message: x.message };
  });
  return [...plain, ...json];
}

const matches = (e: PolicyError, x: Expected, file: string): boolean =>
  e.file === file &&
  e.line === x.line &&
  e.col === x.col &&
  e.path === x.path &&
  e.message.includes(x.message);

describe('valid policies', () => {
  const files = list('valid');
  test('the required valid fixtures exist', () => {
    for (const f of [
      'example.yaml',
      'cloud-run-split.yaml',
      'url-based.yaml',
      'minimal.yaml',
      'multi-service.yaml',
    ]) {
      expect(files).toContain(f);
    }
  });
  test.each(files)('%s validates', (f) => {
    const result = validatePolicyText(read('valid', f), f);
    const errors = result.ok ? [] : result.errors.map(formatPolicyError);
    expect(errors).toEqual([]);
    expect(result.ok && result.policy.file).toBe(f);
  });
});

describe('invalid policies', () => {
  const files = list('invalid');
  test('there are at least 60 invalid fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });
  test.each(files)('%s reports exactly its expected errors', (f) => {
    const text = read('invalid', f);
    const expected = expectations(text);
    expect(expected.length).toBeGreaterThan(0);
    const result = validatePolicyText(text, f);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    for (const x of expected) {
      const found = errors.some((e) => matches(e, x, f));
      if (!found) {
        throw new Error(
          `expected ${x.line}:${x.col} ${x.path}: …${x.message}… in\n${errors.map(formatPolicyError).join('\n')}`,
        );
      }
    }
    expect(errors.map(formatPolicyError)).toHaveLength(expected.length);
  });
  test.each(files)('%s: errors are sorted by line and column', (f) => {
    const result = validatePolicyText(read('invalid', f), f);
    const errors = result.ok ? [] : result.errors;
    const keys = errors.map((e) => e.line * 100000 + e.col);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});
