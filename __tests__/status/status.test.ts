// `status` against the Cloud Run gRPC fake (the real @google-cloud/run client) with services in
// different phases, the HAProxy map read from a real HAProxy, and the CLI as users run it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCloudRun, type CloudRunAdapter } from '../../src/adapters/cloud-run.js';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { runCli } from '../../src/cli.js';
import type { Policy } from '../../src/policy/types.js';
import { renderHaproxy } from '../../src/render/index.js';
import { formatAge, renderStatusMarkdown, renderStatusTable } from '../../src/render/status.js';
import { cloudRunHost } from '../../src/render/urls.js';
import { ROLLOUT_ANNOTATION, serializeState, type RolloutState } from '../../src/rollout/state.js';
import { collectStatus, type StatusSources } from '../../src/status/collect.js';
import { remainingBake, waitingFor, type StatusRow } from '../../src/status/model.js';
import { startCloudRunFake, type CloudRunFake } from '../support/cloudrun-fake.js';
import {
  freePort,
  localFiles,
  loopbackListeners,
  makePki,
  removeDir,
  startHaproxy,
  tempDir,
  writeMapFiles,
  type RunningHaproxy,
} from '../support/haproxy.js';
import { makePolicy, makeService, MIN, steps } from '../support/policies.js';

// the CLI reads the real clock: states are seeded relative to it
const NOW = Date.now();
const REV = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
let fake: CloudRunFake;
const adapters: CloudRunAdapter[] = [];

function sources(extra: Partial<StatusSources> = {}): StatusSources {
  return {
    cloudRun: (project, region) => {
      const a = createCloudRun({ project, region, endpoint: fake.endpoint, retry: { attempts: 1 } });
      adapters.push(a);
      return a;
    },
    ...extra,
  };
}

/** Seeds `name` with stable v1 and (when a state names one) a canary v2, traffic as given. */
function seed(name: string, state: Partial<RolloutState> | null, split: [number, number] = [100, 0]) {
  const stable = `${name}-00001-abc`;
  const canary = `${name}-abc1234`;
  const full: RolloutState | null = state && {
    v: 1,
    owner: 'pr#42',
    commit: 'abc1234def',
    policyDigest: 'sha256:test',
    phase: 'Progressing',
    step: 0,
    stepStartedAt: NOW - 4 * MIN,
    startedAt: NOW - 30 * MIN,
    stable,
    canary,
    image: `img/${name}:v2`,
    lastVerdict: null,
    ...state,
  };
  const hasCanary = Boolean(full?.canary);
  fake.seedService({
    name,
    image: hasCanary ? `img/${name}:v2` : `img/${name}:v1`,
    revision: hasCanary ? canary : stable,
    revisions: hasCanary ? [{ name: stable, image: `img/${name}:v1` }] : [],
    annotations: full ? { [ROLLOUT_ANNOTATION]: serializeState(full) } : {},
    traffic: hasCanary
      ? [
          { type: REV, revision: stable, percent: split[0], tag: 'stable' },
          { type: REV, revision: canary, percent: split[1], tag: 'canary' },
        ]
      : [{ type: REV, revision: stable, percent: 100, tag: 'stable' }],
  } as never);
}

// header 5m, then 5/25/50% at 10m each
const STEPS = steps([5, 25, 50], 10 * MIN, 5 * MIN);
const NAMES = ['checkout', 'cart', 'search', 'payments', 'inventory', 'ledger', 'ghost'];
const cloudRunPolicy: Policy = makePolicy({
  splitAt: 'cloud-run',
  services: NAMES.map((name) => makeService({ name, hosts: [`${name}.example.com`], steps: STEPS })),
});

beforeAll(async () => {
  fake = await startCloudRunFake({ readyDelayMs: 10, lroDelayMs: 10 });
  seed('checkout', { phase: 'Progressing', step: 2, lastVerdict: 'pass' }, [75, 25]);
  seed('cart', { phase: 'Succeeded', canary: null, stable: 'cart-00001-abc', step: 3, lastVerdict: 'pass' });
  seed('search', { phase: 'Failed', step: 1, lastVerdict: 'fail', reason: 'error-rate E=159' }, [100, 0]);
  seed('payments', null);
  // the state says step 2 (5%) but Cloud Run sends 25%: someone edited traffic by hand
  seed('inventory', { phase: 'Progressing', step: 1, owner: 'pr#7' }, [75, 25]);
  seed(
    'ledger',
    { phase: 'Progressing', step: 3, awaitingMerge: true, lastVerdict: 'inconclusive' },
    [50, 50],
  );
  // ghost is in the policy but not on Cloud Run
});

afterAll(async () => {
  await Promise.all(adapters.map((a) => a.close()));
  await fake.stop();
});

describe('status against the Cloud Run fake', () => {
  let rows: StatusRow[];
  beforeAll(async () => {
    rows = (await collectStatus({ policy: cloudRunPolicy, sources: sources(), now: NOW })).rows;
  });
  const row = (name: string) => rows.find((r) => r.service === name)!;

  it.each([
    // service, phase, step, percent, owner, verdict, left, waiting, disagreements
    ['checkout', 'Progressing', 3, 25, 'pr#42', 'pass', 6 * MIN + 10 * MIN, null, 0],
    ['cart', 'Succeeded', null, 0, 'pr#42', 'pass', 0, null, 0],
    ['search', 'Failed', null, 0, 'pr#42', 'fail', 0, null, 0],
    ['payments', 'None', null, 0, null, null, null, null, 0],
    ['inventory', 'Progressing', 2, 25, 'pr#7', null, 6 * MIN + 20 * MIN, null, 1],
    ['ledger', 'Progressing', 4, 50, 'pr#42', 'inconclusive', 0, 'merge', 0],
  ])('%s: %s step %s at %s%%', (name, phase, step, percent, owner, verdict, left, waiting, disagree) => {
    const r = row(name);
    expect(r).toMatchObject({
      phase,
      step,
      percent,
      owner,
      lastVerdict: verdict,
      remainingMs: left,
      waiting,
    });
    expect(r.disagreements).toHaveLength(disagree);
    expect(r.location).toBe('acme-prod/us-central1');
  });

  it('names the canary and stable revisions and the age of the stage', () => {
    expect(row('checkout')).toMatchObject({
      canary: 'checkout-abc1234',
      stable: 'checkout-00001-abc',
      stageAgeMs: 4 * MIN,
      steps: 4,
    });
    expect(row('payments')).toMatchObject({ canary: null, stable: 'payments-00001-abc', stageAgeMs: null });
  });

  it('flags traffic that contradicts the rollout state', () => {
    expect(row('inventory').disagreements[0]).toBe(
      'Cloud Run sends 25% to the canary, the rollout state means 5%',
    );
  });

  it('a service that cannot be read is a row with the error, not a crash', () => {
    expect(row('ghost').phase).toBe('Unknown');
    expect(row('ghost').error).toMatch(/ghost/);
  });

  it('renders aligned columns, with colour only when asked', () => {
    const plain = renderStatusTable(rows);
    const lines = plain.split('\n').slice(0, rows.length + 1);
    // every column starts at the same offset in every line: the header's word starts
    const starts = [...lines[0].matchAll(/\S+/g)].map((m) => m.index!);
    for (const l of lines.slice(1)) for (const s of starts) expect(l[s - 1] === ' ' || s === 0).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(plain).not.toMatch(/\x1b\[/);
    expect(plain).toContain('! inventory: Cloud Run sends 25%');
    const coloured = renderStatusTable(rows, { color: true });
    // eslint-disable-next-line no-control-regex
    expect(coloured).toMatch(/\x1b\[31mFailed/);
    // colour never changes the visible text
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain);
  });

  it('renders the job-summary Markdown with every value escaped', () => {
    const md = renderStatusMarkdown([
      ...rows,
      { ...rows[0], service: 'x', owner: 'pr#1 | <b>evil</b>\n- injected' },
    ]);
    expect(md).toContain('| checkout | Progressing | 3/4 | 25% |');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/\n- injected/);
    // header + separator + one line per row (the pipe inside a value does not add a column)
    const table = md.split('\n').filter((l) => l.startsWith('|'));
    expect(table).toHaveLength(rows.length + 3);
    for (const l of table) expect(l.split(/(?<!\\)\|/).length).toBe(13);
  });
});

describe('status reads the HAProxy map from a real HAProxy', () => {
  let dir: string;
  let haproxy: RunningHaproxy;
  let policy: Policy;
  let api: HaproxyRuntime;

  beforeAll(async () => {
    dir = tempDir();
    const names = ['checkout', 'inventory'];
    const base = makePolicy({
      digest: 'ab'.repeat(32),
      splitAt: 'haproxy',
      services: names.map((name) =>
        makeService({ name, paths: [], hosts: [`${name}.example.com`], steps: STEPS }),
      ),
    });
    const pki = makePki(
      dir,
      names.map((n) => `${n}.example.com`),
    );
    const files = localFiles(dir, pki, 'status');
    const ports = await loopbackListeners();
    const dead = `127.0.0.1:${await freePort()}`;
    policy = { ...base, haproxy: { ...base.haproxy, mapFile: files.mapFile, runtimeApi: ports.runtimeApi } };
    writeMapFiles(policy, 3, files.mapFile); // step 3 (1-based) = 25% for both; routes and revisions beside
    const cfg = renderHaproxy(policy, {
      step: 3,
      offline: true,
      overrides: {
        ...files,
        ...ports.overrides,
        runtimeApi: ports.runtimeApi,
        serverAddress: Object.fromEntries(
          policy.services
            .flatMap((s) => [cloudRunHost(s, 'stable'), cloudRunHost(s, 'canary')])
            .map((h) => [h, dead]),
        ),
      },
    });
    writeFileSync(join(dir, 'haproxy.cfg'), cfg);
    haproxy = await startHaproxy(join(dir, 'haproxy.cfg'), ports.port);
    api = new HaproxyRuntime(ports.runtimeApi, { persistMapFile: false });
  });
  afterAll(async () => {
    await haproxy?.stop();
    if (dir) removeDir(dir);
  });

  it('shows the map percent and flags a map that disagrees with the state', async () => {
    // checkout's state: step 3 (25%) = the map; inventory's: step 2 (5%) ≠ the map's 25%
    const { rows, notes } = await collectStatus({ policy, sources: sources({ haproxy: api }), now: NOW });
    expect(notes).toEqual([]);
    expect(rows.map((r) => [r.service, r.percent, r.disagreements])).toEqual([
      ['checkout', 25, []],
      ['inventory', 25, ['HAProxy map says 25%, the rollout state means 5%']],
    ]);
    await api.setPercent(policy.haproxy.mapFile, 'inventory', 5);
    const again = await collectStatus({ policy, sources: sources({ haproxy: api }), now: NOW });
    expect(again.rows[1]).toMatchObject({ percent: 5, disagreements: [] });
  });

  it('an unreachable runtime API is a note, and the state still shows', async () => {
    const dead = new HaproxyRuntime(`127.0.0.1:${await freePort()}`, { timeoutMs: 500 });
    const { rows, notes } = await collectStatus({ policy, sources: sources({ haproxy: dead }), now: NOW });
    expect(notes[0]).toMatch(/HAProxy runtime API not readable/);
    // split-at haproxy: Cloud Run's 25% on inventory is not what users get; the state's 5% is shown
    expect(rows[1]).toMatchObject({ phase: 'Progressing', percent: 5, disagreements: [] });
  });
});

describe('canary-relay status (CLI)', () => {
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('--project/--region lists every service of the location as JSON', async () => {
    const r = await cli(
      'status',
      '--project',
      'acme-prod',
      '--region',
      'us-central1',
      '--json',
      '--cloud-run-endpoint',
      fake.endpoint,
    );
    const doc = JSON.parse(r.out) as { services: StatusRow[] };
    expect(doc.services.map((s) => `${s.service}:${s.phase}`)).toEqual([
      'cart:Succeeded',
      'checkout:Progressing',
      'inventory:Progressing',
      'ledger:Progressing',
      'payments:None',
      'search:Failed',
    ]);
    expect(r.code).toBe(0); // without a policy nothing is known to disagree
  });

  it('--policy reads the policy file and exits 1 when a service disagrees or is missing', async () => {
    const dir = tempDir('cr-status-');
    try {
      const file = join(dir, 'traffic-policy.yaml');
      const svc = (name: string) =>
        `  - name: ${name}\n    hosts: [${name}.example.com]\n    image: img/${name}:v2\n` +
        '    routing: { header: { name: X-Canary, value: always } }\n    analysis: { source: cloud-monitoring }\n' +
        '    steps: [{ header-only: true, bake: 5m }, { percent: 5, bake: 10m }, { percent: 25, bake: 10m }]\n';
      writeFileSync(
        file,
        `version: 1\ndefaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }\n` +
          `split-at: cloud-run\nservices:\n${svc('checkout')}${svc('ghost')}`,
      );
      const r = await cli('status', '--policy', file, '--cloud-run-endpoint', fake.endpoint);
      expect(r.err).not.toMatch(/error/);
      expect(r.code).toBe(1);
      expect(r.out.split('\n')[0]).toMatch(/^SERVICE\s+PHASE\s+STEP\s+CANARY%/);
      expect(r.out).toMatch(
        /checkout\s+Progressing\s+3\/3\s+25%\s+checkout-abc1234\s+checkout-00001-abc\s+pr#42\s+4m0\ds\s+pass\s+5m5\ds/,
      );
      expect(r.out).toMatch(/! ghost: .*ghost/);
    } finally {
      removeDir(dir);
    }
  });

  it.each([
    [['status'], /needs --policy FILE, or --project and --region/],
    [['status', '--project', 'Bad Project', '--region', 'us-central1'], /--project Bad Project/],
    [['status', '--policy', 'x.yaml', '--runtime-api', 'a b'], /--runtime-api a b/],
    [['status', 'extra'], /no positional arguments/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it.each([
    [0, '0s'],
    [59_400, '59s'],
    [4 * MIN + 5000, '4m05s'],
    [125 * MIN, '2h05m'],
    [50 * 60 * MIN, '2d02h'],
    [null, '—'],
  ])('formatAge(%s) = %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});

describe('the action in status mode', () => {
  it('writes the table to the job summary and changes nothing', async () => {
    const { main } = await import('../../src/main.js');
    const dir = tempDir('cr-status-action-');
    const saved = { ...process.env };
    try {
      writeFileSync(
        join(dir, 'traffic-policy.yaml'),
        'version: 1\ndefaults: { project: acme-prod, region: us-central1, project-number: "123456789012" }\n' +
          'split-at: cloud-run\nservices:\n  - name: checkout\n    hosts: [checkout.example.com]\n' +
          '    image: img/checkout:v2\n    routing: { header: { name: X-Canary, value: always } }\n' +
          '    analysis: { source: cloud-monitoring }\n' +
          '    steps: [{ header-only: true, bake: 5m }, { percent: 5, bake: 10m }, { percent: 25, bake: 10m }]\n',
      );
      const summary = join(dir, 'summary.md');
      writeFileSync(summary, '');
      // the action's entry as the runner starts it: inputs as INPUT_* variables
      Object.assign(process.env, {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: dir,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: join(dir, 'output'),
        INPUT_MODE: 'status',
        INPUT_POLICY: 'traffic-policy.yaml',
        'INPUT_CLOUD-RUN-ENDPOINT': fake.endpoint,
      });
      writeFileSync(join(dir, 'output'), '');
      const writesBefore = fake.countBy().writes;
      await main();
      expect(process.exitCode ?? 0).toBe(0);
      const { readFileSync } = await import('node:fs');
      const md = readFileSync(summary, 'utf8');
      expect(readFileSync(join(dir, 'output'), 'utf8')).toContain('### canary-relay status');
      expect(md).toContain('### canary-relay status');
      expect(md).toMatch(/\| checkout \| Progressing \| 3\/3 \| 25% \| checkout-abc1234 \| .* \| pr\\#42 \|/);
      expect(fake.countBy().writes).toBe(writesBefore);
    } finally {
      process.env = saved;
      process.exitCode = undefined;
      removeDir(dir);
    }
  });
});

describe('remainingBake', () => {
  const service = makeService({ steps: STEPS }); // 5m, 10m, 10m, 10m
  const base: RolloutState = {
    v: 1,
    owner: 'pr#1',
    policyDigest: 'd',
    phase: 'Progressing',
    step: 1,
    stepStartedAt: NOW - 4 * MIN,
    startedAt: NOW - 20 * MIN,
    stable: 's',
    canary: 'c',
    image: null,
    lastVerdict: null,
  };
  it.each<[string, Partial<RolloutState>, number]>([
    ['baking step 2', {}, 6 * MIN + 20 * MIN],
    ['initializing: every bake', { phase: 'Initializing', step: 0 }, 35 * MIN],
    [
      'paused 3 min ago: the clock stopped then',
      { paused: { by: 'a', via: 'label', at: NOW - 3 * MIN } },
      9 * MIN + 20 * MIN,
    ],
    ['at the gate before step 3', { gate: { step: 2, since: NOW - MIN } }, 20 * MIN],
    ['waiting for the merge', { awaitingMerge: true }, 0],
    ['failed', { phase: 'Failed' }, 0],
    ['overdue bake counts as none', { stepStartedAt: NOW - 60 * MIN }, 20 * MIN],
  ])('%s', (_what, over, ms) => {
    expect(remainingBake(service, { ...base, ...over }, NOW)).toBe(ms);
  });
});

describe('waitingFor', () => {
  const base: RolloutState = {
    v: 1,
    owner: 'pr#1',
    policyDigest: 'd',
    phase: 'Progressing',
    step: 1,
    stepStartedAt: NOW,
    startedAt: NOW,
    stable: 's',
    canary: 'c',
    image: null,
    lastVerdict: null,
  };
  it.each<[string, Partial<RolloutState>, string | null]>([
    ['baking', {}, null],
    ['paused', { paused: { by: 'dave', via: 'label', at: NOW } }, 'paused by dave (label)'],
    ['gated', { gate: { step: 2, since: NOW } }, 'approval of step 3'],
    [
      'held inconclusive',
      { held: 'no evidence yet' },
      'a decision: inconclusive, held (merge promotes, closing aborts)',
    ],
    [
      'paused while held: the pause first',
      { held: 'x', paused: { by: 'ops', via: 'dispatch', at: NOW } },
      'paused by ops (dispatch)',
    ],
    ['waiting for the merge', { awaitingMerge: true }, 'merge'],
    ['initializing', { phase: 'Initializing', step: 0 }, 'revision c to become ready'],
  ])('%s', (_what, over, text) => {
    expect(waitingFor({ ...base, ...over })).toBe(text);
  });
});
