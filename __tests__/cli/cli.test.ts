// The CLI as users run it: exit codes, messages, files written; haproxy -c for real.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli.js';

const VALID = 'fixtures/policies/valid/example.yaml';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'cr-cli-'));

describe('exit codes', () => {
  it.each([
    [['validate', VALID], 0],
    [['validate'], 2],
    [['validate', VALID, 'extra'], 2],
    [['validate', VALID, '--bogus'], 2],
    [['frobnicate'], 2],
    [['render', VALID], 2], // --out missing
    [['render', VALID, '--out', '/tmp/x', '--step', '99'], 2],
    [['render', VALID, '--out', '/tmp/x', '--step', 'two'], 2],
    [['plan', '--base', VALID], 2],
    [['analyze'], 2],
    [['validate', 'does/not/exist.yaml'], 1],
    [['help'], 0],
  ])('%j → %i', async (argv, expected) => {
    expect((await cli(...(argv as string[]))).code).toBe(expected);
  });

  it('usage errors print the usage', async () => {
    const r = await cli('validate');
    expect(r.err).toContain('usage: canary-relay');
  });
});

describe('validate', () => {
  it('reports every error as file:line:col path: message and exits 1', async () => {
    const dir = tmp();
    const file = join(dir, 'traffic-policy.yaml');
    const text = readFileSync(VALID, 'utf8')
      .replace(/percent: 25/, 'percent: 120')
      .replace(/name: checkout/, 'name: Checkout#1');
    writeFileSync(file, text);
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    const lines = r.err.split('\n').filter((l) => l.startsWith(`${file}:`));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toMatch(/^.+:\d+:\d+ \S+: .+/);
    expect(r.err).toMatch(/percent/);
    expect(r.err).toMatch(/nothing rendered or applied/);
  });

  it('--haproxy-check runs the real haproxy -c on every step', async () => {
    const r = await cli('validate', VALID, '--haproxy-check');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // the steps differ only in comments and the percent map: one check stands for all five
    expect(r.out).toMatch(/haproxy -c steps 0-4: valid/);
  }, 60_000);
});

describe('render', () => {
  it('writes haproxy.cfg, canary.map and cloudrun-traffic.json for a step', async () => {
    const out = tmp();
    const r = await cli('render', VALID, '--out', out, '--step', '2', '--offline', '--commit', 'abcdef0123');
    expect(r.code).toBe(0);
    const cfg = readFileSync(join(out, 'haproxy.cfg'), 'utf8');
    expect(cfg).toMatch(/init-addr none/);
    expect(readFileSync(join(out, 'canary.map'), 'utf8')).toMatch(/^checkout 5$/m);
    const traffic = JSON.parse(readFileSync(join(out, 'cloudrun-traffic.json'), 'utf8'));
    const targets = traffic.checkout as { revision: string; percent: number; tag: string }[];
    expect(targets.reduce((a, t) => a + t.percent, 0)).toBe(100);
    expect(targets.find((t) => t.tag === 'canary')?.revision).toBe('checkout-abcdef0');
  });

  it('writes nothing for an invalid policy', async () => {
    const dir = tmp();
    const file = join(dir, 'p.yaml');
    writeFileSync(file, 'version: 2\n');
    const out = join(dir, 'out');
    expect((await cli('render', file, '--out', out)).code).toBe(1);
    expect(() => readFileSync(join(out, 'haproxy.cfg'))).toThrow();
  });
});

describe('plan', () => {
  it('shows the release change per service and a unified diff of the config', async () => {
    const dir = tmp();
    const head = join(dir, 'head.yaml');
    const base = readFileSync(VALID, 'utf8');
    writeFileSync(head, base.replace(/sha256:[0-9a-f]{64}/, `sha256:${'e'.repeat(64)}`).replace('hsts: 63072000', 'hsts: 31536000'));
    const r = await cli('plan', '--base', VALID, '--head', head);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/service checkout: new release: canary/);
    expect(r.out).toMatch(/^-.*63072000/m);
    expect(r.out).toMatch(/^\+.*31536000/m);
  });

  it('says no change when the policies are the same', async () => {
    const r = await cli('plan', '--base', VALID, '--head', VALID);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/HAProxy config: no change/);
  });
});
