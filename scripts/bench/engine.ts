// Admin API calls per mode (reads, writes, LRO polls) and the time of whole simulated rollouts,
// through the real adapter against the gRPC Cloud Run fake, with a fake clock (so a 35-minute
// rollout takes milliseconds of wall time). Run: npx tsx scripts/bench/engine.ts
import { writeFileSync } from 'node:fs';
import { createCloudRun, type CloudRunAdapter } from '../../src/adapters/cloud-run.js';
import { runRollout } from '../../src/engine/run.js';
import type { RolloutOptions } from '../../src/engine/types.js';
import type { Policy, SplitAt } from '../../src/policy/types.js';
import type { RolloutMode } from '../../src/gitops/modes.js';
import { FakeClock, MemoryMap, ScriptedObserver, ScriptedProber } from '../../__tests__/engine/harness.js';
import { makePolicy } from '../../__tests__/support/policies.js';
import { startCloudRunFake, type CloudRunFake } from '../../__tests__/support/cloudrun-fake.js';

export interface BenchRow {
  scenario: string;
  mode: RolloutMode;
  reads: number;
  writes: number;
  lroPolls: number;
  /** simulated time the run took (fake clock) */
  simulatedMin: number;
  wallMs: number;
  phase: string;
}

interface Ctx {
  fake: CloudRunFake;
  clock: FakeClock;
  adapter: CloudRunAdapter;
}

let serial = 0;

function service(ctx: Ctx, splitAt: SplitAt, over: Partial<Policy['services'][0]> = {}): Policy {
  serial += 1;
  const name = `bench${serial}`;
  ctx.fake.seedService({ name, image: 'img:v1', revision: `${name}-00001-abc` });
  return makePolicy({ splitAt, service: { name, ...over } });
}

async function measure(
  ctx: Ctx,
  scenario: string,
  policy: Policy,
  mode: RolloutMode,
  over: Partial<RolloutOptions> = {},
): Promise<BenchRow> {
  ctx.fake.resetCalls();
  const t0 = ctx.clock.now();
  const w0 = performance.now();
  const res = await runRollout({
    mode,
    policy,
    serviceName: policy.services[0].name,
    owner: 'pr#42',
    commit: 'abcdef0123456789',
    wait: true,
    ports: {
      cloudRun: ctx.adapter,
      haproxy: new MemoryMap(),
      prober: new ScriptedProber(),
      observer: new ScriptedObserver(),
    },
    clock: ctx.clock,
    ...over,
  });
  const c = ctx.fake.countBy();
  return {
    scenario,
    mode,
    ...c,
    simulatedMin: Math.round((ctx.clock.now() - t0) / 6000) / 10,
    wallMs: Math.round(performance.now() - w0),
    phase: res.state?.awaitingMerge ? `${res.phase} (needs merge)` : res.phase,
  };
}

const MERGE = { owner: 'merge-sha', commit: 'fedcba9876' };

export async function benchEngine(): Promise<BenchRow[]> {
  const clock = new FakeClock();
  // readiness 20 s and operations 5 s of simulated time, polled every 2 s (the adapter's default)
  const fake = await startCloudRunFake({ readyDelayMs: 20_000, lroDelayMs: 5_000, now: clock.now });
  const adapter = createCloudRun({
    project: 'acme-prod',
    region: 'us-central1',
    endpoint: fake.endpoint,
    pollMs: 2000,
    now: clock.now,
    sleep: clock.sleep,
  });
  const ctx: Ctx = { fake, clock, adapter };
  const rows: BenchRow[] = [];
  try {
    for (const splitAt of ['cloud-run', 'haproxy'] as SplitAt[]) {
      const p = service(ctx, splitAt);
      rows.push(
        await measure(ctx, `canary, split-at ${splitAt}: deploy → 4 steps → needs merge`, p, 'canary'),
      );
      rows.push(await measure(ctx, `canary re-run (${splitAt}), nothing due`, p, 'canary'));
      rows.push(await measure(ctx, `promote on-merge (${splitAt})`, p, 'promote', MERGE));
      rows.push(await measure(ctx, `promote re-run (${splitAt})`, p, 'promote', MERGE));
      p.services[0].image = 'img:v1';
      rows.push(
        await measure(ctx, `rollback after the promotion (${splitAt})`, p, 'rollback', {
          owner: 'revert-sha',
        }),
      );
    }
    const g = service(ctx, 'cloud-run', { promote: 'gradual' });
    await measure(ctx, 'setup', g, 'canary', { wait: false });
    clock.t += 5 * 60_000;
    await measure(ctx, 'setup', g, 'canary', { wait: false });
    rows.push(await measure(ctx, 'promote gradual from 5% (walks 25%, 50%, then 100%)', g, 'promote', MERGE));
    const fresh = service(ctx, 'cloud-run');
    rows.push(await measure(ctx, 'promote with no canary (walks every step)', fresh, 'promote', MERGE));
    const rb = service(ctx, 'cloud-run');
    await measure(ctx, 'setup', rb, 'canary', { wait: false });
    clock.t += 5 * 60_000;
    await measure(ctx, 'setup', rb, 'canary', { wait: false });
    rb.services[0].image = 'img:v1';
    rows.push(await measure(ctx, 'rollback mid-canary (at 5%)', rb, 'rollback', { owner: 'revert-sha' }));
    const ab = service(ctx, 'haproxy');
    await measure(ctx, 'setup', ab, 'canary', { wait: false });
    rows.push(await measure(ctx, 'abort (haproxy)', ab, 'abort'));
    rows.push(await measure(ctx, 'abort re-run', ab, 'abort'));
  } finally {
    await adapter.close();
    await fake.stop();
  }
  return rows;
}

export function formatRows(rows: BenchRow[]): string {
  const head =
    '| scenario | mode | reads | writes | LRO polls | simulated min | wall ms | ends in |\n|---|---|---:|---:|---:|---:|---:|---|';
  const body = rows.map(
    (r) =>
      `| ${r.scenario} | ${r.mode} | ${r.reads} | ${r.writes} | ${r.lroPolls} | ${r.simulatedMin} | ${r.wallMs} | ${r.phase} |`,
  );
  return [head, ...body].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchEngine();
  const table = formatRows(rows);
  const bad = rows.filter((r) => r.mode === 'rollback' && (r.reads !== 1 || r.writes !== 1));
  const text =
    `# Engine benchmark: Admin API calls per mode\n\nReal @google-cloud/run client → gRPC Cloud Run fake; fake clock ` +
    `(revision ready after 20 s, operations 5 s, polled every 2 s; analysis interval 30 s; steps header 5m, 5% 10m, 25% 10m, 50% 10m).\n\n` +
    `${table}\n\nrollback = 1 read + 1 write: ${bad.length === 0 ? 'yes' : `NO (${bad.map((b) => b.scenario).join(', ')})`}\n`;
  console.log(text);
  writeFileSync('/tmp/team/engine-bench.md', text);
  if (bad.length) process.exitCode = 1;
}
