// Property: for any policy the validator accepts — with adversarial-but-possibly-valid strings in
// every field that reaches the config — the rendered config passes the real `haproxy -c`, and
// no user string changes the directives: the HAProxy-tokenised shape (words per directive line)
// equals the shape of the same policy with benign strings.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Policy, ValidationResult } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/index.js';
import { loadValidator } from '../render/fixtures.js';
import {
  haproxyCheck,
  localFiles,
  makePki,
  removeDir,
  tempDir,
  writeMapFiles,
  type Pki,
} from '../support/haproxy.js';

/** Words per directive as HAProxy 2.6 reads a line: quotes group, backslash escapes, an
 *  unquoted `#` ends the line. One entry per non-empty, non-comment line. */
export function directiveShape(cfg: string): number[] {
  const shape: number[] = [];
  for (const line of cfg.split('\n')) {
    let words = 0;
    let inWord = false;
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '#') break;
      if (c === ' ' || c === '\t') {
        inWord = false;
        continue;
      }
      if (!inWord) words++;
      inWord = true;
      if (c === '\\') i++;
      else if (c === '"' || c === "'") quote = c;
    }
    if (words > 0) shape.push(words);
  }
  return shape;
}

// Characters that change an HAProxy line's meaning, plus look-alikes, mixed with plain ones.
const NASTY = [
  '\n',
  '\r',
  '#',
  ' ',
  '\t',
  '$',
  '%',
  '[',
  ']',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '\u0000',
  'а',
  '-',
  ',',
  '(',
  ')',
];
const PLAIN = 'abcxyz019-._~:/=+'.split('');
const nasty = fc
  .array(fc.constantFrom(...PLAIN, ...PLAIN, ...NASTY), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''));
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);

interface Strings {
  host: string;
  path: string;
  headerName: string;
  headerValue: string;
  cookie: string;
  health: string;
}

const validStrings: fc.Arbitrary<Strings> = fc.record({
  host: fc.tuple(label, label).map(([a, b]) => `${a}.${b}.example`),
  path: fc.stringMatching(/^\/[A-Za-z0-9._~-]{1,10}(\/[A-Za-z0-9._~-]{0,6})?$/),
  headerName: fc.stringMatching(/^X-[A-Za-z0-9-]{1,12}$/),
  headerValue: fc.stringMatching(/^[A-Za-z0-9._~:/=+][A-Za-z0-9._~:/=+-]{0,12}$/),
  cookie: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_-]{0,12}$/),
  health: fc.stringMatching(/^\/[a-y0-9]{1,8}$/),
});
const FIELDS = ['host', 'path', 'headerName', 'headerValue', 'cookie', 'health'] as const;
/** mostly-valid strings, and in about half the cases one field replaced by an adversarial string */
const strings: fc.Arbitrary<Strings> = fc
  .tuple(validStrings, fc.option(fc.tuple(fc.constantFrom(...FIELDS), nasty), { freq: 2 }))
  .map(([s, bad]) => (bad === null ? s : { ...s, [bad[0]]: bad[1] }));

const BENIGN: Strings = {
  host: 'shop.example.com',
  path: '/checkout',
  headerName: 'X-Canary',
  headerValue: 'always',
  cookie: 'cr_checkout',
  health: '/health',
};

/** Benign stand-ins with the same path ending ("/" or not), which selects the ACL lines. */
function benignFor(s: Strings): Strings {
  return { ...BENIGN, path: s.path.endsWith('/') ? '/checkout/' : '/checkout' };
}

function policyText(s: Strings, splitAt: string): string {
  const q = (v: string) => JSON.stringify(v);
  return [
    'version: 1',
    `split-at: ${splitAt}`,
    'services:',
    '  - name: checkout',
    '    project: acme-prod',
    '    region: us-central1',
    '    project-number: "123456789012"',
    `    hosts: [${q(s.host)}]`,
    `    paths: [${q(s.path)}]`,
    '    image: us-docker.pkg.dev/acme/apps/checkout:v1',
    '    routing:',
    `      header: { name: ${q(s.headerName)}, value: ${q(s.headerValue)} }`,
    `      sticky-cookie: ${q(s.cookie)}`,
    `    health: { path: ${q(s.health)} }`,
    '    steps:',
    '      - { header-only: true, bake: 5m }',
    '      - { percent: 10, bake: 10m }',
    '    analysis:',
    '      source: cloud-monitoring',
    '',
  ].join('\n');
}

let dir: string;
let pki: Pki;
let validate: ((text: string, file: string) => ValidationResult) | undefined;

beforeAll(async () => {
  dir = tempDir();
  pki = makePki(dir, ['shop.example.com']);
  validate = await loadValidator();
});
afterAll(() => removeDir(dir));

function render(p: Policy, name: string): string {
  const files = localFiles(dir, pki, name);
  writeMapFiles(p, 2, files.mapFile);
  return renderHaproxy(p, { step: 2, offline: true, overrides: files });
}

describe('property: accepted policies render to configs haproxy accepts, with unchanged directives', () => {
  it('directiveShape sees injected words, newlines and comments (the measure can fail)', () => {
    const base = directiveShape('acl a req.hdr(x) -m str always\n');
    expect(directiveShape('acl a req.hdr(x) -m str al ways\n')).not.toEqual(base);
    expect(directiveShape('acl a req.hdr(x) -m str al#ways x\n')).not.toEqual(
      directiveShape('acl a req.hdr(x) -m str alwaysx x\n'),
    );
    expect(directiveShape('acl a req.hdr(x) -m str al\nways\n')).not.toEqual(base);
    expect(directiveShape('http-after-response add-header X "a b; c" if y\n')).toEqual([6]);
  });

  it('holds for adversarial strings (40 runs, haproxy -c each accepted case)', () => {
    if (!validate) throw new Error('src/policy/index.ts (validatePolicyText) is required for this property');
    const v = validate;
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(strings, fc.constantFrom('haproxy', 'cloud-run'), (s, splitAt) => {
        const r = v(policyText(s, splitAt), 'prop.yaml');
        if (!r.ok) {
          if (process.env.DEBUG_PROP)
            console.log(JSON.stringify(s), r.errors.map((e) => e.message).join('; '));
          rejected++;
          return;
        }
        accepted++;
        const benign = v(policyText(benignFor(s), splitAt), 'prop.yaml');
        if (!benign.ok) throw new Error(`benign policy rejected: ${JSON.stringify(benign.errors)}`);
        const cfg = render(r.policy, `case${accepted}`);
        const check = haproxyCheck(cfg, dir, 'prop.cfg');
        expect(`${check.code} ${check.output.includes('WARNING') ? check.output : ''}`.trim()).toBe('0');
        expect(directiveShape(cfg)).toEqual(directiveShape(render(benign.policy, 'benign')));
      }),
      { numRuns: 40, seed: Number(process.env.FC_SEED ?? 20240601) },
    );
    // the property must not hold vacuously: both sides of the validator were exercised
    expect(accepted).toBeGreaterThanOrEqual(8);
    expect(rejected).toBeGreaterThanOrEqual(5);
  });
});
