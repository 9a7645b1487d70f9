// Ablation: the rendered 1-service config with one group of rules removed or altered at a time,
// each measured with wrk in turns against the minimal config (HAProxy CPU µs per request).
// Run: npx tsx scripts/bench/haproxy-ablate.ts [variant ...]  (ABLATE_ROUNDS=3 ABLATE_SECONDS=3)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy } from '../../src/policy/types.js';
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
import { benchPolicy, minimalConfig, originConfig, requestsFor, wrk, wrkScript } from './haproxy.js';

type Edit = (cfg: string) => string;
const drop =
  (...res: RegExp[]): Edit =>
  (cfg) =>
    cfg
      .split('\n')
      .filter((l) => !res.some((r) => r.test(l)))
      .join('\n');

/** A hand-written lean version of the 1-service routing (a prototype for the renderer). */
function lean(delHeaders: 'reg' | 'six' | 'beg'): Edit {
  return (c) => {
    const routes = /map_beg\(([^)]+)\)/.exec(c)![1];
    const map = /map_str_int\(([^,]+),0\)/.exec(c)![1];
    const revs = /map\(([^,]+\.revisions\.map),stable\)/.exec(c)![1];
    const del =
      delHeaders === 'reg'
        ? ['    http-request del-header ^(forwarded|x-forwarded-.*|x-real-ip)$ -m reg']
        : delHeaders === 'beg'
          ? [
              '    http-request del-header x-forwarded- -m beg',
              '    http-request del-header Forwarded',
              '    http-request del-header X-Real-IP',
            ]
          : [
              'Forwarded',
              'X-Forwarded-For',
              'X-Forwarded-Host',
              'X-Forwarded-Port',
              'X-Forwarded-Proto',
              'X-Real-IP',
            ].map((h) => `    http-request del-header ${h}`);
    const front = [
      ...del,
      '    http-request add-header X-Forwarded-Proto https',
      '    http-request add-header X-Forwarded-Host %[req.hdr(host)]',
      '    http-request set-var(txn.cr_path) path',
      `    http-request set-var(txn.cr_percent) req.hdr(host),lower,field(1,:),concat(,txn.cr_path,/),map_beg(${routes}),set-var(txn.cr_route),field(1,|),set-var(txn.cr_service),map_str_int(${map},0)`,
      '    http-request return status 404 content-type text/plain string no-route if !{ var(txn.cr_route) -m found }',
      '    http-request set-var(txn.cr_side) str(stable)',
      '    http-request set-var(txn.cr_jar) req.fhdr(cookie)',
      `    http-request set-var(txn.cr_assign) var(txn.cr_route),field(2,|),set-var(txn.cr_cookie,ifnotempty),concat(|,txn.cr_jar,),'regsub("^(?:([^|]+)[|](.*;)?\\s*\\1=([0-9][0-9]?)(;.*)?|.*)$","\\3")',set-var(txn.cr_bucket,ifnotempty),ltrim(0123456789),concat(cookie)`,
      '    http-request set-var(txn.cr_assign) rand(100),set-var(txn.cr_bucket,ifnotexists),set-var(txn.cr_new),ltrim(0123456789),concat(bucket)',
      '    http-after-response add-header Set-Cookie "%[var(txn.cr_cookie)]=%[var(txn.cr_bucket)]; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax" if { var(txn.cr_new) -m found } { var(txn.cr_cookie) -m found }',
      '    http-request set-var(txn.cr_hwant) var(txn.cr_route),field(3,|,2)',
      `    http-request set-var(txn.cr_assign) str(header) if { req.hdr(X-Canary),regsub(^,x-canary|),strcmp(txn.cr_hwant) eq 0 }`,
      '    http-request set-var(txn.cr_side) str(canary) if { var(txn.cr_assign) -m str header } || { var(txn.cr_bucket),sub(txn.cr_percent) lt 0 }',
      '    use_backend %[var(txn.cr_service)]_%[var(txn.cr_side)]',
    ].join('\n');
    c = c.replace(/    http-request del-header Forwarded\n(?:.*\n)*?    use_backend .*/, () => front);
    // backends
    c = c.replace(/    http-request set-header X-Forwarded-Host .*\n/g, '');
    c = c.replace(
      /(backend svc-0001_canary\n)(?:.*\n)*?(    timeout check)/,
      (_m, head: string, tail: string) =>
        head +
        [
          '    http-request return status 503 content-type text/plain string canary-down if { var(txn.cr_assign) -m str header } !{ srv_is_up(svc-0001_canary/canary) }',
          '    http-request set-var(txn.cr_side) str(stable) if !{ srv_is_up(svc-0001_canary/canary) } || !{ var(txn.cr_assign) -m str header } !{ queue(svc-0001_canary) eq 0 }',
          '    http-request set-var(txn.cr_rev) var(txn.cr_side)',
          `    http-request set-var(txn.cr_rev) str(svc-0001_),concat(,txn.cr_side,),map(${revs})`,
          '    http-request set-header Host %[var(txn.cr_side)]---svc-0001-123456789012.us-central1.run.app',
          '',
        ].join('\n') +
        tail,
    );
    c = c.replace(
      'use-server stable if cr_to_stable',
      'use-server stable if { var(txn.cr_side) -m str stable }',
    );
    return c;
  };
}

/** Fewer variables: no cr_path (base), no cr_jar/cr_cookie (the regex reads the route), no cr_hwant. */
function lean2(opts: { base: boolean }): Edit {
  return (c) => {
    c = lean('beg')(c);
    const routes = /map_beg\(([^)]+)\)/.exec(c)![1];
    const map = /map_str_int\(([^,]+),0\)/.exec(c)![1];
    const lookup = (key: string) =>
      `${key},map_beg(${routes}),set-var(txn.cr_route),field(1,|),set-var(txn.cr_service),map_str_int(${map},0)`;
    const route = opts.base
      ? [
          `    http-request set-var(txn.cr_percent) ${lookup('base,concat(/)')}`,
          '    http-request set-var(txn.cr_path) path if !{ var(txn.cr_route) -m found }',
          `    http-request set-var(txn.cr_percent) ${lookup('req.hdr(host),lower,field(1,:),concat(,txn.cr_path,/)')} if !{ var(txn.cr_route) -m found }`,
        ]
      : [
          '    http-request set-var(txn.cr_path) path',
          `    http-request set-var(txn.cr_percent) ${lookup('req.hdr(host),lower,field(1,:),concat(,txn.cr_path,/)')}`,
        ];
    const front = [
      ...route,
      '    http-request return status 404 content-type text/plain string no-route if !{ var(txn.cr_route) -m found }',
      '    http-request set-var(txn.cr_side) str(stable)',
      `    http-request set-var(txn.cr_assign) str(header) if { req.hdr(X-Canary),concat(|,txn.cr_route,) -m reg '^(?<v>[^|]*)[|][^|]*[|][^|]*[|]x-canary[|]\\k<v>$' }`,
      `    http-request set-var(txn.cr_assign,ifnotexists) req.fhdr(cookie),concat(|,txn.cr_route,),'regsub("^(?:(?:.*;)?\\s*([^;=\\s]+)=([0-9][0-9]?)(?:;.*)?[|][^|]*[|]\\1[|][^|]*[|][^|]*|.*)$","\\2")',set-var(txn.cr_bucket,ifnotempty),ltrim(0123456789),concat(cookie)`,
      '    http-request set-var(txn.cr_assign,ifnotexists) rand(100),set-var(txn.cr_bucket,ifnotexists),set-var(txn.cr_new),ltrim(0123456789),concat(bucket)',
      '    http-after-response add-header Set-Cookie "%[var(txn.cr_route),field(2,|)]=%[var(txn.cr_bucket)]; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax" if { var(txn.cr_new) -m found } !{ var(txn.cr_route),field(2,|) -m len 0 }',
      '    http-request set-var(txn.cr_side) str(canary) if { var(txn.cr_assign) -m str header } || { var(txn.cr_bucket),sub(txn.cr_percent) lt 0 }',
      '    use_backend %[var(txn.cr_service)]_%[var(txn.cr_side)]',
    ].join('\n');
    return c.replace(
      /    http-request set-var\(txn.cr_path\) path\n(?:.*\n)*?    use_backend .*/,
      () => front,
    );
  };
}

/** `k` copies of every line matching `re` (to measure one rule's cost: Δ / (k-1)). */
const amp =
  (re: RegExp, k = 11, base: Edit = (c) => c): Edit =>
  (c) =>
    base(c)
      .split('\n')
      .flatMap((l) => (re.test(l) ? Array.from({ length: k }, () => l) : [l]))
      .join('\n');

/** Variants: name → edit of the rendered config (log none, no rate limit, no HSTS). */
export const VARIANTS: Record<string, Edit> = {
  rendered: (c) => c,
  'no-del-header': drop(/del-header/),
  'no-forwardfor': drop(/option forwardfor/),
  'no-xfh': drop(/X-Forwarded-Host/),
  'no-xfp': drop(/set-header X-Forwarded-Proto/),
  'no-cookie': drop(/cr_jar|cr_kept|cr_new|Set-Cookie/),
  'no-cohort': drop(/cr_hname|cr_hvalue|str\(header\) if|-m str header \}$/),
  'no-rev': drop(/cr_rev/),
  'no-fallback': drop(/cr_canary_up|queue\(/),
  lean: lean('reg'),
  'lean-six': lean('six'),
  'lean-beg': lean('beg'),
  'bare-all': (c) => drop(/option forwardfor/, /cr_rev|X-Forwarded-Host/)(VARIANTS['bare-front'](c)),
  'bare-nofwd': (c) => drop(/option forwardfor/)(VARIANTS['bare-front'](c)),
  lean2: lean2({ base: false }),
  'lean2-base': lean2({ base: true }),
  'x-del': amp(/del-header/, 11, lean2({ base: true })),
  'x-addhdr': amp(/add-header X-Forwarded-Proto/, 11, lean2({ base: true })),
  'x-route': amp(/set-var\(txn.cr_percent\) base/, 11, lean2({ base: true })),
  'x-404': amp(/return status 404/, 11, lean2({ base: true })),
  'x-side': amp(/set-var\(txn.cr_side\) str\(stable\)$/, 11, lean2({ base: true })),
  'x-hdr': amp(/str\(header\) if/, 11, lean2({ base: true })),
  'x-cookie': amp(/req.fhdr\(cookie\)/, 11, lean2({ base: true })),
  'x-rand': amp(/rand\(100\)/, 11, lean2({ base: true })),
  'x-canary': amp(/str\(canary\) if/, 11, lean2({ base: true })),
  'x-host': amp(/set-header Host stable/, 11, lean2({ base: true })),
  'x-rev': amp(/set-var\(txn.cr_rev\) str\(svc-0001_stable/, 11, lean2({ base: true })),
  'bare-front': (c) =>
    c.replace(
      /(frontend cr_main\n(?:.*\n)*?)(    use_backend .*)/,
      (_m, head: string) =>
        head
          .split('\n')
          .filter((l) => !/http-request|http-after|acl |# /.test(l))
          .join('\n') + '    use_backend svc-0001_stable',
    ),
};

export function fairPolicy(n: number): Policy {
  const p = benchPolicy(n);
  return {
    ...p,
    haproxy: { ...p.haproxy, log: 'none', hstsSeconds: undefined, limits: { maxConnections: 4000 } },
  };
}

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
    const policy = fairPolicy(1);
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
      const cfg = renderHaproxy(policy, {
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
