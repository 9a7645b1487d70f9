// Ablation: the rendered 1-service config with one group of rules removed or altered at a time,
// each measured with wrk in turns against the minimal config (HAProxy CPU µs per request).
// Run: npx tsx scripts/bench/haproxy-ablate.ts [variant ...]  (ABLATE_ROUNDS=3 ABLATE_SECONDS=3)
// ABLATE_OLD_SRC=<a checkout's src dir>: the variant "old" is rendered by that code (before/after);
// ABLATE_SHOW=<variant>: print its config; ABLATE_HOLD=<s>: keep the processes up for a profiler.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHaproxy, renderMapFiles } from '../../src/render/index.js';
import { cloudRunHost } from '../../src/render/urls.js';
import {
  exclusivePorts,
  freePort,
  loopbackListeners,
  makePki,
  removeDir,
  startHaproxy,
  tempDir,
  type RunningHaproxy,
} from '../../__tests__/support/haproxy.js';
import { featurePolicy, minimalConfig, originConfig, requestsFor, wrk, wrkScript } from './haproxy.js';

type Edit = (cfg: string) => string;
const drop =
  (...res: RegExp[]): Edit =>
  (cfg) =>
    cfg
      .split('\n')
      .filter((l) => !res.some((r) => r.test(l)))
      .join('\n');

/** `k` copies of every line matching `re` (one rule's cost ≈ Δ / (k − 1)). */
const amp =
  (re: RegExp, k = 11): Edit =>
  (c) =>
    c
      .split('\n')
      .flatMap((l) => (re.test(l) ? Array.from({ length: k }, () => l) : [l]))
      .join('\n');

/** Variants: name → edit of the rendered config (log none, no rate limit, no HSTS). */
export const VARIANTS: Record<string, Edit> = {
  rendered: (c) => c,
  'no-forwarding': drop(/del-header|X-Forwarded-|option forwardfor/),
  'no-cookie': drop(/req.fhdr\(cookie\)|Set-Cookie/),
  'no-cohort': drop(/str\(header\) if/),
  'no-rev': drop(/cr_rev/),
  'no-fallback': drop(/srv_is_up|queue\(/),
  'no-slowpath': drop(/if !\{ var\(txn.cr_route\) -m found \}$/),
  'all-stable': (c) => c.replace('sub(txn.cr_percent) lt 0 }', 'sub(txn.cr_percent) lt -100 }'),
  'no-setcookie': drop(/Set-Cookie/),
  'no-fwdfor': drop(/option forwardfor/),
  'no-xfh-xfp': drop(/X-Forwarded-(Host|Proto)/),
  'x-newvars': (c) =>
    c.replace(
      /( {4}use_backend .*)/,
      (l) =>
        Array.from({ length: 10 }, (_, i) => `    http-request set-var(txn.cr_x${i}) str(x${i})`).join('\n') +
        '\n' +
        l,
    ),
  'x-acls': (c) =>
    c.replace(
      /( {4}use_backend .*)/,
      (l) =>
        Array.from(
          { length: 10 },
          () => '    http-request set-var(txn.cr_side) str(x) if { var(txn.cr_route) -m len 0 }',
        ).join('\n') +
        '\n' +
        l,
    ),
  'x-del': amp(/del-header/),
  'x-xfh': amp(/X-Forwarded-Host/),
  'x-xfp': amp(/X-Forwarded-Proto/),
  'x-route': amp(/set-var\(txn.cr_percent\) base/),
  'x-slowpath': amp(/if !\{ var\(txn.cr_route\) -m found \}$/),
  'x-side': amp(/set-var\(txn.cr_side\) str\(stable\)$/),
  'x-cohort': amp(/str\(header\) if/),
  'x-cookie': amp(/req.fhdr\(cookie\)/),
  'x-rand': amp(/rand\(100\)/),
  'x-canary': amp(/str\(canary\) if/),
  'x-setcookie': amp(/Set-Cookie/),
  'x-host': amp(/set-header Host stable/),
  'bare-front': (c) =>
    c.replace(
      /(frontend cr_main\n(?:.*\n)*?)( {4}use_backend .*)/,
      (_m, head: string) =>
        head
          .split('\n')
          .filter((l) => !/http-request|http-after|acl |# /.test(l))
          .join('\n') + '    use_backend svc-0001_stable',
    ),
  'bare-all': (c) => drop(/option forwardfor/, /cr_rev/)(VARIANTS['bare-front'](c)),
};

async function main(): Promise<void> {
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(VARIANTS);
  const rounds = Number(process.env.ABLATE_ROUNDS ?? 3);
  const seconds = Number(process.env.ABLATE_SECONDS ?? 3);
  const dir = tempDir('cr-ablate-');
  const procs: RunningHaproxy[] = [];
  try {
    const pki = makePki(dir, ['shop.example.com', '*.us-central1.run.app', '*.europe-west4.run.app']);
    const originPort = await freePort();
    writeFileSync(join(dir, 'origin.cfg'), exclusivePorts(originConfig(originPort, pki.leafPemFile)));
    procs.push(await startHaproxy(join(dir, 'origin.cfg'), originPort));
    const origin = `127.0.0.1:${originPort}`;
    const policy = featurePolicy(1);
    const mapFile = join(dir, 'b.map');
    for (const f of renderMapFiles(policy, 3, mapFile)) writeFileSync(f.path, f.text);
    const hosts = policy.services.flatMap((s) => [cloudRunHost(s, 'stable'), cloudRunHost(s, 'canary')]);
    const targets: { name: string; url: string; pid: number }[] = [];
    const minPort = await freePort();
    writeFileSync(
      join(dir, 'minimal.cfg'),
      exclusivePorts(
        minimalConfig({ port: minPort, cert: pki.leafPemFile, ca: pki.caFile, host: hosts[0], origin }),
      ),
    );
    const m = await startHaproxy(join(dir, 'minimal.cfg'), minPort, { stdout: 'ignore' });
    procs.push(m);
    targets.push({ name: 'minimal', url: `https://127.0.0.1:${minPort}/`, pid: m.pid });
    for (const name of names) {
      const { port, overrides } = await loopbackListeners();
      // ABLATE_OLD_SRC=<dir>: the variant "old" is rendered by another checkout's src/ (before/after)
      const render =
        name === 'old' && process.env.ABLATE_OLD_SRC
          ? (
              (await import(`${process.env.ABLATE_OLD_SRC}/render/index.js`)) as {
                renderHaproxy: typeof renderHaproxy;
              }
            ).renderHaproxy
          : renderHaproxy;
      const cfg = render(policy, {
        step: 3,
        offline: true,
        overrides: {
          ...overrides,
          certificate: pki.leafPemFile,
          caFile: pki.caFile,
          mapFile,
          statsSocket: join(dir, `${name}.sock`),
          serverAddress: Object.fromEntries(hosts.map((h) => [h, origin])),
          checkIntervalMs: 600_000,
        },
      });
      const file = join(dir, `${name}.cfg`);
      const edit = VARIANTS[name] ?? ((c: string) => c);
      writeFileSync(file, exclusivePorts(edit(cfg)));
      if (process.env.ABLATE_SHOW === name) console.log(edit(cfg));
      const h = await startHaproxy(file, port, { stdout: 'ignore' });
      procs.push(h);
      targets.push({ name, url: `https://127.0.0.1:${port}/`, pid: h.pid });
    }
    const script = join(dir, 'one.lua');
    writeFileSync(script, wrkScript(requestsFor(policy, 64, false)));
    const sums = new Map<string, { cpu: number; req: number; s: number; err: number }>();
    for (const t of targets) await wrk(t.url, script, 1, 32, t.pid);
    for (let r = 0; r < rounds; r++) {
      for (const t of targets) {
        const w = await wrk(t.url, script, seconds, 32, t.pid);
        const a = sums.get(t.name) ?? { cpu: 0, req: 0, s: 0, err: 0 };
        sums.set(t.name, {
          cpu: a.cpu + w.cpuSeconds,
          req: a.req + w.requests,
          s: a.s + w.seconds,
          err: a.err + w.errors,
        });
      }
    }
    const base = sums.get('minimal')!;
    const baseUs = (base.cpu * 1e6) / base.req;
    for (const [name, a] of sums) {
      const us = (a.cpu * 1e6) / a.req;
      console.log(
        `${name.padEnd(16)} ${us.toFixed(1).padStart(6)} µs/req  ×${(us / baseUs).toFixed(2)}  ${(a.req / a.s).toFixed(0).padStart(6)} req/s  ${a.err} errors`,
      );
    }
  } finally {
    for (const p of procs) await p.stop();
    removeDir(dir);
  }
}

await main();
