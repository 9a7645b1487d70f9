// Ablation: the rendered 1-service config with one group of rules removed or altered at a time,
// each measured with wrk in turns against the minimal config (HAProxy CPU µs per request).
// Run: npx tsx scripts/bench/haproxy-ablate.ts [variant ...]  (ABLATE_ROUNDS=3 ABLATE_SECONDS=3)
// ABLATE_OLD_SRC=<a checkout's src dir>: the variant "old" is rendered by that code (before/after);
// ABLATE_SHOW=<variant>: print its config; ABLATE_SERVICES=<n>: the policy's size (1);
// ABLATE_CALLGRIND=1: each config runs under valgrind's callgrind and the figure is instructions per
// request (exact and independent of the machine's load; valgrind slows HAProxy ~50x).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
import { portOpen, spawnService } from '../../__tests__/support/processes.js';
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
  'x-usebackend': (c) =>
    c.replace(
      /( {4}use_backend .*)/,
      (l) =>
        Array.from(
          { length: 10 },
          () => '    http-request set-header X-Cr %[var(txn.cr_service)]_%[var(txn.cr_side)]',
        ).join('\n') +
        '\n' +
        l,
    ),
  'x-const-header': (c) =>
    c.replace(
      /( {4}use_backend .*)/,
      (l) => Array.from({ length: 10 }, () => '    http-request set-header X-Cr abc').join('\n') + '\n' + l,
    ),
  'v-del1': (c) =>
    drop(/del-header (Forwarded|X-Real-IP)/)(
      c.replace(
        'del-header x-forwarded- -m beg',
        'del-header ^(?:x-forwarded-.*|forwarded|x-real-ip)$ -m reg',
      ),
    ),
  'v-lean': (c) => {
    const out = c
      .replace(/( {4}http-request set-var\(txn.cr_path\) path if .*)/, (l) =>
        l.replace(
          'set-var(txn.cr_path) path',
          'set-var-fmt(txn.cr_key) %[req.hdr(host),lower,field(1,:)]%[path]/',
        ),
      )
      .replace('req.hdr(host),lower,field(1,:),concat(,txn.cr_path,/),map_beg', 'var(txn.cr_key),map_beg')
      .replace(/ {4}http-request return status 404 .*\n/, '')
      .replace(/ {4}http-request set-var\(txn.cr_side\) str\(stable\)\n/, '')
      .replace(
        /set-var\(txn.cr_assign,ifnotset\) (req.fhdr\(cookie\).*),set-var\(txn.cr_bucket,ifnotempty\),ltrim\(0123456789\),concat\(cookie\)/,
        'set-var(txn.cr_bucket,ifnotempty) $1',
      )
      .replace(
        'set-var(txn.cr_assign,ifnotset) rand(100),set-var(txn.cr_bucket,ifnotset),set-var(txn.cr_new),ltrim(0123456789),concat(bucket)',
        'set-var(txn.cr_new) rand(100),set-var(txn.cr_bucket,ifnotset)',
      )
      .replace('{ var(txn.cr_assign) -m str header } ||', '{ var(txn.cr_assign) -m found } ||')
      .replace(
        /( {4}use_backend .*)_%\[var\(txn.cr_side\)\]/,
        '$1_%[var(txn.cr_side,stable)]\n    default_backend cr_no_route\n\nbackend cr_no_route\n    http-request return status 404 content-type text/plain string no-route',
      );
    return out;
  },
  // the sticky percent split alone: no forwarding headers, no normalised-Host retry, no 404 rule,
  // no header cohort (what the issue's hand-written map config did, plus sticky buckets)
  'core-only': drop(
    /del-header|X-Forwarded-|option forwardfor/,
    /if !\{ var\(txn.cr_route\) -m found \}$/,
    /str\(header\) if/,
  ),
  // no health checks (and so no tracking): what the rules cost at many services, without 2n
  // servers' checks (under callgrind, ~50x slower, they would be billed to the requests)
  'no-checks': (c) => c.replaceAll(' check inter', ' no-check inter').replace(/ track \S+/g, ''),
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

const CALLGRIND = process.env.ABLATE_CALLGRIND === '1';

/** HAProxy on `file`, under callgrind (counters zeroed and dumped by `counted`) when asked. */
function start(file: string, port: number, dir: string, name: string): Promise<RunningHaproxy> {
  if (!CALLGRIND) return startHaproxy(file, port, { stdout: 'ignore' });
  // one thread: valgrind runs threads one at a time anyway, and their hand-offs would be counted
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^global\n/m, 'global\n    nbthread 1\n'));
  return spawnService(
    'valgrind',
    ['--tool=callgrind', `--callgrind-out-file=${join(dir, `${name}.cg`)}`, 'haproxy', '-db', '-f', file],
    {
      what: `haproxy (callgrind) on ${port}`,
      ready: () => portOpen(port),
      timeoutMs: 120_000,
      stdout: 'ignore',
    },
  );
}

/** Instructions HAProxy ran while `load` ran (counters zeroed before it, dumped after). */
async function counted(pid: number, dir: string, name: string, load: () => Promise<void>): Promise<number> {
  const ctl = (...a: string[]) => execFileSync('callgrind_control', [...a, String(pid)], { stdio: 'ignore' });
  ctl('-z');
  await load();
  ctl('-d');
  const dumps = readdirSync(dir).filter((f) => f.startsWith(`${name}.cg.`));
  const last = dumps.sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop())).pop()!;
  const text = readFileSync(join(dir, last), 'utf8');
  // ABLATE_CG_KEEP=<dir>: keep each dump there, for callgrind_annotate
  if (process.env.ABLATE_CG_KEEP) writeFileSync(join(process.env.ABLATE_CG_KEEP, `${name}.cg`), text);
  const m = /^(?:totals|summary): (\d+)/m.exec(text);
  return Number(m?.[1] ?? NaN);
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
    const policy = featurePolicy(Number(process.env.ABLATE_SERVICES ?? 1));
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
    const m = await start(join(dir, 'minimal.cfg'), minPort, dir, 'minimal');
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
      const h = await start(file, port, dir, name);
      procs.push(h);
      targets.push({ name, url: `https://127.0.0.1:${port}/`, pid: h.pid });
    }
    const script = join(dir, 'one.lua');
    writeFileSync(script, wrkScript(requestsFor(policy, 64, false)));
    const sums = new Map<string, { cpu: number; req: number; s: number; err: number }>();
    for (const t of targets) await wrk(t.url, script, 1, 32, t.pid);
    if (CALLGRIND) {
      const base = { ir: 0 };
      for (const t of targets) {
        let req = 0;
        const ir = await counted(t.pid, dir, t.name, async () => {
          // one connection: every request takes the same path (no batching that varies with load)
          req = (await wrk(t.url, script, seconds, 1, t.pid)).requests;
        });
        if (t.name === 'minimal') base.ir = ir / req;
        console.log(
          `${t.name.padEnd(16)} ${Math.round(ir / req)
            .toString()
            .padStart(7)} instructions/req  ×${(ir / req / base.ir).toFixed(3)}  (${req} requests)`,
        );
      }
      return;
    }
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
