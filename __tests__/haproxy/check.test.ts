// Every rendered config (all policies × all steps, offline, local cert/CA/map) passes the real
// `haproxy -c`: exit 0. Exit 2 ("valid but no listener") is a failure: our configs listen.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Policy } from '../../src/policy/types.js';
import { maxStep, renderHaproxy } from '../../src/render/index.js';
import { allPolicies } from '../render/fixtures.js';
import { haproxyCheck, makePki, removeDir, tempDir, writeMapFiles, type Pki } from '../support/haproxy.js';

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
  return {
    certificate: pki.leafPemFile,
    caFile: pki.caFile,
    mapFile: join(dir, `${name}.map`),
    statsSocket: join(dir, `${name}.sock`),
  };
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
        overrides: { certificate: o.certificate, mapFile: o.mapFile, statsSocket: o.statsSocket },
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
