// The CLI as users run it: exit codes, messages, files written; haproxy -c for real.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// every folder a test makes is removed after the file, whether or not the test removed it
const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cr-cli-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

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
    [['tokens'], 2],
    [['tokens', VALID, '--refresh-before', '0s'], 2],
    [['tokens', VALID, '--refresh-before', '2h'], 2],
    [['tokens', VALID, '--once'], 0], // no auth: id-token service: nothing to do
    [['tokens', 'fixtures/policies/invalid/timeouts-too-long.yaml', '--once'], 1],
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

  it("a known revision (--stable) is the revisions map's initial content; the backends read the map", async () => {
    const out = tmp();
    try {
      const r = await cli('render', VALID, '--out', out, '--stable', 'checkout=checkout-00007-abc');
      expect(r.code).toBe(0);
      expect(r.out).toContain(join(out, 'canary.revisions.map'));
      const map = readFileSync(join(out, 'canary.revisions.map'), 'utf8');
      expect(map.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
        'checkout_stable checkout-00007-abc',
        '',
      ]);
      const cfg = readFileSync(join(out, 'haproxy.cfg'), 'utf8');
      const rev = (backend: string) =>
        new RegExp(`backend ${backend}\\n(?:.*\\n)*?\\s+http-request set-var\\(txn.cr_rev\\) (\\S+)`).exec(
          cfg,
        )?.[1];
      expect([rev('checkout_stable'), rev('checkout_canary')]).toEqual([
        'str(checkout_stable),map(/etc/haproxy/canary-relay.revisions.map,stable)',
        'str(checkout_canary),map(/etc/haproxy/canary-relay.revisions.map,canary)',
      ]);
      const bad = await cli('render', VALID, '--out', out, '--stable', 'checkout=Bad_Rev');
      expect(bad.code).not.toBe(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
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
    writeFileSync(
      head,
      base
        .replace(/sha256:[0-9a-f]{64}/, `sha256:${'e'.repeat(64)}`)
        .replace('hsts: 63072000', 'hsts: 31536000'),
    );
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

describe('analyze', () => {
  const HEALTHY = 'fixtures/analysis/healthy.jsonl';

  it('--policy/--service judge lines without their own analysis with the service block and step times', async () => {
    const dir = tmp();
    try {
      const line = JSON.parse(readFileSync(HEALTHY, 'utf8')) as Record<string, unknown>;
      delete line.analysis;
      delete line.bake;
      delete line['max-bake'];
      const polls = join(dir, 'p.jsonl');
      writeFileSync(polls, `${JSON.stringify(line)}\n`);
      const r = await cli(
        'analyze',
        '--polls',
        polls,
        '--policy',
        VALID,
        '--service',
        'checkout',
        '--step',
        '2',
      );
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out) as { verdict: string; metrics: { metric: string }[] };
      expect(['pass', 'inconclusive', 'fail']).toContain(out.verdict);
      expect(out.metrics.map((m) => m.metric)[0]).toBe('error-rate');
      const unknown = await cli('analyze', '--polls', polls, '--policy', VALID, '--service', 'nope');
      expect(unknown.code).toBe(2);
      expect(unknown.err).toMatch(/--service nope: .* has no such service \(it has /);
      const half = await cli('analyze', '--polls', polls, '--service', 'checkout');
      expect(half.code).toBe(2);
      expect(half.err).toMatch(/--policy <file> and --service NAME go together/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when its reader closes the pipe early (| head): no EPIPE crash', async () => {
    const dir = tmp();
    try {
      const many = join(dir, 'many.jsonl');
      writeFileSync(many, `${readFileSync(HEALTHY, 'utf8').trim()}\n`.repeat(300));
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts', 'analyze', '--polls', many], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy()); // what head does after its first line
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).not.toMatch(/EPIPE|Unhandled/);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('plan --traffic', () => {
  it('forecasts each stage of a new release at the given traffic; rejects a malformed rate', async () => {
    const dir = tmp();
    try {
      const head = join(dir, 'head.yaml');
      writeFileSync(head, readFileSync(VALID, 'utf8').replace('sha256:9f86', 'sha256:1f86'));
      const r = await cli('plan', '--base', VALID, '--head', head, '--traffic', '50/0.5%');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/forecast for checkout \(a healthy canary at 50\/0\.5%\):/);
      expect(r.out).toMatch(
        /step 3 \(25%\) needs ≈ \d+ min at 50 req\/s \(0\.5% errors\) to show < 1\.75×; its bake is 10 min/,
      );
      const bad = await cli('plan', '--base', VALID, '--head', head, '--traffic', 'lots');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--traffic lots: expected RPS\/ERR%, e\.g\. 50\/0\.5%/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
