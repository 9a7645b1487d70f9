// Every rendered config (all policies × all steps, offline, local cert/CA/map) passes the real
// `haproxy -c`: exit 0. Exit 2 ("valid but no listener") is a failure: our configs listen.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync } from 'node:fs';
import { checkPolicySteps } from '../../src/adapters/haproxy-check.js';
import { join } from 'node:path';
import type { Policy } from '../../src/policy/types.js';
import { maxStep } from '../../src/policy/steps.js';
import { renderHaproxy } from '../../src/render/index.js';
import { allPolicies } from '../render/fixtures.js';
import {
  haproxyCheck,
  localFiles,
  makePki,
  removeDir,
  tempDir,
  writeMapFiles,
  type Pki,
} from '../support/haproxy.js';

let dir: string;
let pki: Pki;
let policies: Record<string, Policy>;

beforeAll(async () => {
  dir = tempDir();
  pki = makePki(dir, ['shop.example.com']);
  policies = await allPolicies();
});
afterAll(() => removeDir(dir));

function checkOverrides(dir: string, pki: Pki, name: string) {
  return { ...localFiles(dir, pki, name), clientCa: pki.caFile };
}

describe('haproxy -c on every rendered config', () => {
  it('accepts every policy at every step with exit 0 and no warnings', () => {
    const results: string[] = [];
    for (const [name, p] of Object.entries(policies)) {
      for (let step = 0; step <= maxStep(p); step++) {
        const o = checkOverrides(dir, pki, name);
        writeMapFiles(p, step, o.mapFile);
        const r = haproxyCheck(
          renderHaproxy(p, { step, offline: true, overrides: o }),
          dir,
          `${name}-${step}.cfg`,
        );
        results.push(`${name}@${step}: ${r.code}${/WARNING|ALERT/.test(r.output) ? ` ${r.output}` : ''}`);
      }
    }
    expect(results).toEqual(results.map((r) => r.replace(/: .*$/s, ': 0')));
  });

  it('the production render (init-addr last,libc,none, @system-ca) passes too', () => {
    for (const [name, p] of Object.entries(policies)) {
      const o = checkOverrides(dir, pki, name);
      writeMapFiles(p, 1, o.mapFile);
      const cfg = renderHaproxy(p, {
        step: 1,
        overrides: {
          certificate: o.certificate,
          mapFile: o.mapFile,
          statsSocket: o.statsSocket,
          tokenMap: o.tokenMap,
          serverStateFile: o.serverStateFile,
          clientCa: o.clientCa,
        },
      });
      expect(cfg).toContain('init-addr last,libc,none');
      const r = haproxyCheck(cfg, dir, `${name}-prod.cfg`);
      expect(`${name}: ${r.code}`).toBe(`${name}: 0`);
    }
  });

  it('haproxy -c does reject a broken config (the check can fail)', () => {
    const p = Object.values(policies)[0];
    const o = checkOverrides(dir, pki, 'broken');
    writeMapFiles(p, 0, o.mapFile);
    const cfg = renderHaproxy(p, { step: 0, offline: true, overrides: o }).replace('mode http', 'mode htttp');
    expect(haproxyCheck(cfg, dir, 'broken.cfg').code).toBe(1);
  });
});

describe('checkPolicySteps (the action and validate --haproxy-check)', () => {
  const savedTmp = process.env.TMPDIR;
  const savedBin = process.env.HAPROXY_BIN;
  let tmp: string;
  beforeEach(() => {
    tmp = join(dir, `tmp-${Math.random().toString(36).slice(2)}`);
    mkdirSync(tmp);
    process.env.TMPDIR = tmp; // os.tmpdir() follows it: every folder the check makes lands here
  });
  afterEach(() => {
    process.env.TMPDIR = savedTmp;
    if (savedBin === undefined) delete process.env.HAPROXY_BIN;
    else process.env.HAPROXY_BIN = savedBin;
  });

  it('checks steps that differ only in comments and map contents once, and leaves no folder behind', async () => {
    const p = policies['builtin-multi'];
    const r = await checkPolicySteps(p, [0, 1, 2, 3, 4]);
    expect(r.checks.map((c) => [c.steps, c.code])).toEqual([[[0, 1, 2, 3, 4], 0]]);
    expect(r.ok).toBe(true);
    // one placeholder stands in for the certificate (not on this machine) for every step
    expect(r.notes).toEqual([
      'certificate /etc/haproxy/certs/site.pem is not on this machine; checked with a placeholder',
    ]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('reports an invalid config and still removes its folder', async () => {
    const p = policies['builtin-basic'];
    const broken = { ...p, haproxy: { ...p.haproxy, certificate: join(dir, 'ca.pem') } }; // no key in it
    const r = await checkPolicySteps(broken, [0, 1]);
    expect(r.ok).toBe(false);
    expect(r.checks[0].code).toBe(1);
    expect(r.checks[0].output).toMatch(/ALERT/);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('removes its folder when haproxy is missing too', async () => {
    process.env.HAPROXY_BIN = join(dir, 'no-such-haproxy');
    await expect(checkPolicySteps(policies['builtin-basic'], [0])).rejects.toThrow(
      /haproxy is not installed/,
    );
    expect(readdirSync(tmp)).toEqual([]);
  });
});
