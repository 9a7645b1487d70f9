// Hostile-but-legal policies (fixtures/policies/accepted): each validates, renders at every step,
// and the real `haproxy -c` accepts every render. With the rejected fixtures
// (__tests__/policy/fixtures.test.ts) this is the issue-9 count: rejected at the right line /
// accepted and safe / accepted and unsafe (none).
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPolicyConfig } from '../../src/adapters/haproxy-check.js';
import { validatePolicyText } from '../../src/policy/index.js';
import { formatPolicyError, type Policy } from '../../src/policy/types.js';
import { maxStep } from '../../src/policy/steps.js';
import { renderHaproxy } from '../../src/render/index.js';

const DIR = join(process.cwd(), 'fixtures', 'policies', 'accepted');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');

function load(f: string): Policy {
  const r = validatePolicyText(read(f), f);
  if (!r.ok) throw new Error(`${f} is refused:\n${r.errors.map(formatPolicyError).join('\n')}`);
  return r.policy;
}

/** The policy without what legitimately differs between two files (name, digest). */
const content = (p: Policy) => ({ ...p, file: '', digest: '' });

describe('accepted hostile policies', () => {
  it('there are at least a dozen', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s validates, renders every step, and haproxy -c accepts each render', async (f) => {
    const p = load(f);
    const results: string[] = [];
    for (let step = 0; step <= maxStep(p); step++) {
      expect(renderHaproxy(p, { step })).toContain('frontend cr_main');
      const r = await checkPolicyConfig(p, step);
      results.push(`step ${step}: exit ${r.code}${r.ok ? '' : `\n${r.output}`}`);
    }
    expect(results).toEqual(results.map((x) => x.replace(/exit \d+[\s\S]*/, 'exit 0')));
  });

  it('CR-only, CRLF and mixed line endings read exactly like the LF original', () => {
    const lf = load('runtime-api-private-address.yaml');
    for (const f of ['cr-only.yaml', 'crlf.yaml', 'mixed-line-endings.yaml']) {
      expect(read(f)).not.toBe(read(f).replace(/\r/g, ''));
      expect(content(load(f))).toEqual(content(lf));
    }
  });
});
