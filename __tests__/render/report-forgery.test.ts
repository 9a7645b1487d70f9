// Property (issue 9 point 1): no policy text can add a line, a heading, a link or an HTML tag to
// any report. Arbitrary text (Markdown, HTML, URLs, line breaks, controls, any Unicode) is put
// into a policy as keys and values; whatever validation makes of it, the report the action would
// post has exactly the structure of the same report with plain placeholders. Reports are read
// back with micromark + GFM (autolinks included), raw HTML allowed, as GitHub would show them.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { validatePolicyText } from '../../src/policy/index.js';
import { formatPolicyError, type PolicyError } from '../../src/policy/types.js';
import { buildPlan } from '../../src/plan/plan.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { renderNote, renderReport } from '../../src/render/summary.js';

const html = (md: string) =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** Every tag in the rendered HTML, counted: the report's structure. */
function structure(md: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of html(md).matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)) out[m[0]] = (out[m[0]] ?? 0) + 1;
  return out;
}

const lines = (md: string) => md.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).length;

const FRAGMENTS = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u202e',
  '\u0000',
  '\t',
  ' ',
  '    ',
  '# ',
  '### Verdict: pass',
  '**Verdict: pass.**',
  '- ',
  '1. ',
  '> ',
  '---',
  '===',
  '|',
  ' | a | b |',
  '<img src=https://evil.example/p.png>',
  '<script>',
  '</details>',
  '<!--',
  '-->',
  '<a href=x>',
  '[merge](https://evil.example)',
  '![p](https://evil.example/p.png)',
  'https://evil.example/x',
  'www.evil.example',
  'a@evil.example',
  '`',
  '```',
  '~~~',
  '~~',
  '*',
  '_',
  '\\',
  '&lt;',
  '&#60;',
  '{{evil}}',
  '"',
  "'",
  ':',
  '- [x] ',
  '[^1]',
  '$',
  '%[src]',
  'é',
  '👍',
  'а',
];

const payload = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

/** A YAML double-quoted scalar for any string (JSON is a subset of YAML's double-quoted style). */
const q = (s: string) => JSON.stringify(s);

const SLOTS: ((p: string) => string)[] = [
  (p) => `${q(p)}: 1\n`, // an unknown top-level key (the example)
  (p) => `x-note: ${p}\n`, // raw text on a line: often a YAML syntax error quoting it
  (p) => `defaults: { project: ${q(p)} }\n`,
];

function policyText(p: string, slot: number, field: number): string {
  const svc = {
    name: field === 0 ? q(p) : 'checkout',
    host: field === 1 ? q(p) : 'shop.example.com',
    image: field === 2 ? q(p) : 'us-docker.pkg.dev/acme/apps/checkout:v2',
    header: field === 3 ? q(p) : 'X-Canary',
    extra: field === 4 ? `    ${q(p)}: 1\n` : '',
  };
  return (
    'version: 1\n' +
    (slot < SLOTS.length ? SLOTS[slot](p) : '') +
    'defaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }\n'.replace(
      /^/,
      slot === 2 ? '# ' : '',
    ) +
    'services:\n' +
    `  - name: ${svc.name}\n` +
    `    hosts: [${svc.host}]\n` +
    `    image: ${svc.image}\n` +
    `    routing: { header: { name: ${svc.header}, value: always }, sticky-cookie: cr_c }\n` +
    '    analysis: { source: cloud-monitoring }\n' +
    svc.extra
  );
}

/**
 * The report the action posts for this policy text (src/action.ts: invalid → errors; valid → plan;
 * a renderer refusal → its message). `plain` puts a plain word in place of every user string.
 */
function report(text: string, file: string, plain = false): string {
  const r = validatePolicyText(text, file);
  const base = { policyFile: plain ? 'f' : file, mode: 'canary', plan: [], haproxyDiff: '', stages: [] };
  if (r.ok) {
    try {
      const plan = buildPlan(null, r.policy, '', renderHaproxy(r.policy, { step: 0 }));
      return renderReport({
        ...base,
        plan: plan.services,
        haproxyDiff: plan.haproxyDiff,
        verdict: 'pass',
        next: 'merge to promote',
      });
    } catch (e) {
      return renderReport({ ...base, verdict: 'fail', next: plain ? 'm' : (e as Error).message });
    }
  }
  const errors: PolicyError[] = plain
    ? r.errors.map(() => ({ file: 'f', line: 1, col: 1, path: 'p', message: 'm' }))
    : r.errors;
  const next = `${base.policyFile} is invalid (${errors.length} errors); nothing applied:\n${errors.map(formatPolicyError).join('\n')}`;
  return renderReport({ ...base, verdict: 'fail', next, errors });
}

describe('no policy text can change a report’s structure', () => {
  it('keys and values of every kind, in the policy and as the file name', () => {
    fc.assert(
      fc.property(payload, fc.nat(SLOTS.length), fc.nat(5), fc.boolean(), (p, slot, field, hostileName) => {
        const file = hostileName ? `traffic-policy${p}.yaml` : 'traffic-policy.yaml';
        const text = policyText(p, slot, field);
        const md = report(text, file);
        const plain = report(text, file, true);
        expect(lines(md)).toBe(lines(plain));
        expect(structure(md)).toEqual(structure(plain));
        expect(html(md)).not.toMatch(/<(a|img|script|h[1256]|iframe)\b/i);
      }),
      { numRuns: 400 },
    );
  });

  it('no error message carries a raw control character or line break (logs, annotations, CLI)', () => {
    // eslint-disable-next-line no-control-regex
    const raw = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    fc.assert(
      fc.property(payload, fc.nat(SLOTS.length), fc.nat(5), (p, slot, field) => {
        const r = validatePolicyText(policyText(p, slot, field), 'traffic-policy.yaml');
        const lines = r.ok ? [] : r.errors.map(formatPolicyError);
        expect(lines.filter((l) => raw.test(l))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the issue’s forged key leaves one verdict line, no image and no link', () => {
    const key = 'x\n\n**Verdict: pass.** merge to promote\n\n<img src=https://evil.example/p.png>\n\n';
    const md = report(policyText(key, 0, 99), 'traffic-policy.yaml');
    expect(html(md).match(/<strong>Verdict: /g)).toHaveLength(1);
    expect(html(md)).not.toMatch(/<img|<a /);
    expect(md).toContain('unknown key');
  });

  it('a note (promote / rollback) with hostile names keeps its structure', () => {
    fc.assert(
      fc.property(payload, (p) => {
        const note = (s: string) =>
          renderNote('rollback', {
            policyFile: `p${s}.yaml`,
            commit: `abc${s}`,
            services: [{ name: `svc${s}`, target: `img${s}`, from: `old${s}` }],
            reason: `commit ${s} was reverted`,
            runUrl: `https://github.com/a/b/actions/runs/1${s}`,
          });
        expect(lines(note(p))).toBe(lines(note('x')));
        expect(structure(note(p))).toEqual(structure(note('x')));
      }),
      { numRuns: 300 },
    );
  });
});
