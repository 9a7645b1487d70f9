// haproxy.output resolved in a real workspace with real symlinks (temp dirs, always removed):
// a committed symlink may not carry the rendered config out of the checkout or into .git.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputProblem, validatePolicyInWorkspace } from '../../src/adapters/output-path.js';
import { runCli } from '../../src/cli.js';
import { formatPolicyError } from '../../src/policy/types.js';

let root: string; // holds the workspace and a folder outside it
let ws: string;
let outside: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'cr-output-path-')));
  ws = join(root, 'ws');
  outside = join(root, 'outside');
  mkdirSync(join(ws, '.git', 'hooks'), { recursive: true });
  mkdirSync(join(ws, 'haproxy'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(ws, '.git', 'config'), '[core]\n');
  symlinkSync(outside, join(ws, 'escape')); // a committed symlinked folder, absolute
  symlinkSync('../outside', join(ws, 'escape-relative'));
  symlinkSync('.git', join(ws, 'gitdir')); // a folder that is .git under another name
  symlinkSync('.git/config', join(ws, 'haproxy', 'link.cfg')); // relative to haproxy/: dangling
  symlinkSync('../.git/config', join(ws, 'haproxy', 'config-link.cfg')); // the file itself is a link
  symlinkSync(join(outside, 'x.map'), join(ws, 'haproxy', 'evil.map')); // only the map escapes
  symlinkSync('loop-b', join(ws, 'loop-a'));
  symlinkSync('loop-a', join(ws, 'loop-b'));
  symlinkSync('haproxy', join(ws, 'inner')); // a link that stays inside: fine
  mkdirSync(join(ws, 'haproxy', 'haproxy.cfg.d'));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('outputProblem', () => {
  it.each([
    ['haproxy/haproxy.cfg'],
    ['new/dir/haproxy.cfg'], // not there yet: created inside
    ['inner/haproxy.cfg'], // through a symlink that stays inside
    ['haproxy/link.cfg'], // a dangling link resolving inside (haproxy/.git/config is not .git)
  ])('accepts %s', async (output) => {
    expect(await outputProblem(ws, output)).toBeNull();
  });

  it.each([
    [
      'escape/haproxy.cfg',
      /resolves \(through the symlink escape -> .*outside\) to .*outside\/haproxy\.cfg, outside the workspace/,
    ],
    [
      'escape-relative/haproxy.cfg',
      /through the symlink escape-relative -> \.\.\/outside.*outside the workspace/,
    ],
    ['gitdir/config', /through the symlink gitdir -> \.git.*inside \.git/],
    [
      'haproxy/config-link.cfg',
      /through the symlink haproxy\/config-link\.cfg -> \.\.\/\.git\/config.*inside \.git/,
    ],
    [
      'haproxy/evil.cfg',
      /the map file "haproxy\/evil\.map" written next to it resolves .* outside the workspace/,
    ],
    ['loop-a/haproxy.cfg', /cannot be resolved in the workspace: more than 40 symlinks/],
    ['haproxy/haproxy.cfg.d', /to the directory .*haproxy\.cfg\.d; name a file/],
  ])('refuses %s', async (output, why) => {
    expect(await outputProblem(ws, output)).toMatch(why);
  });
});

const policy = (output: string) => `version: 1
defaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }
haproxy:
  output: ${output}
services:
  - name: checkout
    hosts: [shop.example.com]
    image: us-docker.pkg.dev/acme/apps/checkout:v2
    routing: { sticky-cookie: cr_checkout }
    analysis: { source: cloud-monitoring }
`;

describe('validatePolicyInWorkspace', () => {
  it('places the refusal at haproxy.output, line:col', async () => {
    const r = await validatePolicyInWorkspace(policy('escape/haproxy.cfg'), 'p.yaml', ws);
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.errors.map(formatPolicyError);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^p\.yaml:4:11 haproxy\.output: "escape\/haproxy\.cfg" resolves/);
  });

  it('passes a policy whose output stays inside', async () => {
    const r = await validatePolicyInWorkspace(policy('haproxy/haproxy.cfg'), 'p.yaml', ws);
    expect(r.ok && r.policy.haproxy.output).toBe('haproxy/haproxy.cfg');
  });

  it('the CLI validate refuses it with exit 1, writing nothing outside', async () => {
    const file = join(root, 'policy.yaml');
    writeFileSync(file, policy('escape/haproxy.cfg'));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['validate', file, '--workspace', ws], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/policy\.yaml:4:11 haproxy\.output: .*outside the workspace/);
    expect(out).toEqual([]);
  });
});
