// The local commands: validate, render, plan, analyze, status. Same bundle as the action.
// Exit codes: 0 ok, 1 invalid input (or a failed check), 2 usage.
// Only what `validate` needs is imported here; every other command (and `--haproxy-check`) loads
// its code when it runs (renderers, the judge, `diff`, the Google and gRPC clients), so a
// `validate` process compiles and runs none of it (issue 14: validate ≤ 2.5× `node -e 0`).
import { join } from 'node:path';
import type { Policy } from './policy/types.js';
import { allSteps, maxStep } from './policy/steps.js';
import { canaryRevisionName } from './policy/names.js';
import type { ReplayDefaults } from './analysis/replay.js';
import type { RecentTraffic } from './analysis/forecast-stage.js';
import { readText, writeTextAtomic } from './adapters/files.js';
import { loadPolicy, parse, UsageError, type Io } from './cli/common.js';

export type { Io };

export const USAGE = `usage: canary-relay <command> [options]

commands:
  validate <policy> [--haproxy-check] [--workspace DIR]
                                         check a policy; errors as file:line:col path: message
                                         (haproxy.output must resolve inside DIR, default: cwd)
  render <policy> --out <dir> [--step K] [--offline] [--commit SHA] [--stable SERVICE=REVISION]...
                                         write haproxy.cfg, canary.map, canary.routes.map,
                                         cloudrun-traffic.json
                                         (K: 0 = before the first step, 1.. = that step)
  plan --base <policy> --head <policy> [--traffic RPS/ERR%]
                                         what would change, service by service, and the config diff;
                                         with --traffic (e.g. 50/0.5%), how long each stage should take
  analyze --polls <file.jsonl> [--policy <policy> --service NAME [--step K]]
                                         judge recorded polls offline; one JSON line per stream
                                         (with a policy: its service's analysis block and step K's
                                         bake / max-bake, K = 1.. (default 1), where a line gives none)
  tokens <policy> [--runtime-api ADDR]... [--map-file F] [--refresh-before 10m] [--once]
                                         keep ID tokens of auth: id-token services fresh in HAProxy
  status [--policy FILE | --project P --region R] [--json] [--cloud-run-endpoint URL] [--runtime-api ADDR]
                                         every service's rollout: phase, step, percent, revisions, owner,
                                         stage age, verdict, time left (exit 1: unreadable or disagreeing)
  sync <policy> [--map-file F] [--runtime-api ADDR] [--no-apply] [--cloud-run-endpoint E]
                                         on the HAProxy host: write the map files from the rollout
                                         state on Cloud Run, apply them to the running HAProxy

exit codes: 0 ok, 1 invalid or failed, 2 usage`;

async function validate(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    'haproxy-check': { type: 'boolean' },
    workspace: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('validate takes one policy file');
  const workspace = String(values.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd()));
  const policy = await loadPolicy(positionals[0], io, workspace);
  if (!policy) return 1;
  io.out(
    `${policy.file}: valid (${policy.services.length} service${policy.services.length === 1 ? '' : 's'})`,
  );
  if (!values['haproxy-check']) return 0;
  const { checkPolicySteps } = await import('./adapters/haproxy-check.js');
  const r = await checkPolicySteps(policy, allSteps(policy));
  for (const c of r.checks) {
    // steps whose configs differ only in comments and map contents share one check
    const which =
      c.what ??
      (c.steps.length === 1 ? `step ${c.steps[0]}` : `steps ${c.steps[0]}-${c.steps[c.steps.length - 1]}`);
    io.out(`haproxy -c ${which}: ${c.code === 0 ? 'valid' : `INVALID (exit ${c.code})`}`);
    if (c.code !== 0) io.err(c.output);
  }
  r.notes.forEach((n) => io.out(`  note: ${n}`));
  return r.ok ? 0 : 1;
}

function stableNames(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const m = /^([a-z][a-z0-9-]*)=([a-z][a-z0-9-]*)$/.exec(item);
    if (!m)
      throw new UsageError(`--stable ${item}: expected SERVICE=REVISION (lowercase letters, digits, -)`);
    out[m[1]] = m[2];
  }
  return out;
}

/** Revision names for the traffic JSON: the canary from the commit, stable as given or a placeholder. */
export function revisionNames(policy: Policy, commit: string, stable: Record<string, string>) {
  return Object.fromEntries(
    policy.services.map((s) => [
      s.name,
      {
        stable: stable[s.name] ?? `${s.name}-stable`,
        canary: s.revision ?? canaryRevisionName(s.name, commit),
      },
    ]),
  );
}

async function render(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    step: { type: 'string', default: '0' },
    offline: { type: 'boolean' },
    commit: { type: 'string', default: process.env.GITHUB_SHA || '0000000' },
    stable: { type: 'string', multiple: true },
  });
  if (positionals.length !== 1) throw new UsageError('render takes one policy file');
  if (typeof values.out !== 'string') throw new UsageError('render needs --out <dir>');
  if (!/^[0-9a-f]{7,40}$/i.test(String(values.commit)))
    throw new UsageError(`--commit ${values.commit}: expected a hex commit sha`);
  const stable = stableNames(values.stable as string[] | undefined);
  const policy = await loadPolicy(positionals[0], io);
  if (!policy) return 1;
  const step = Number(values.step);
  const max = maxStep(policy);
  if (!Number.isInteger(step) || step < 0 || step > max) {
    throw new UsageError(
      `--step ${values.step}: expected an integer from 0 to ${max} (0 = before the first step)`,
    );
  }
  const out = values.out;
  const { renderCloudRunTraffic, renderHaproxy, renderMapFiles } = await import('./render/index.js');
  const traffic = renderCloudRunTraffic(policy, step, revisionNames(policy, String(values.commit), stable));
  // the revisions map starts with what is known now (--stable, the policy's `revision:` for the
  // canary); the engine and `sync` keep it current as the tags move
  const revisions = Object.fromEntries(
    policy.services.map((s) => [s.name, { stable: stable[s.name], canary: s.revision }]),
  );
  await writeTextAtomic(
    join(out, 'haproxy.cfg'),
    renderHaproxy(policy, { step, offline: Boolean(values.offline) }),
  );
  for (const f of renderMapFiles(policy, step, join(out, 'canary.map'), revisions))
    await writeTextAtomic(f.path, f.text);
  await writeTextAtomic(join(out, 'cloudrun-traffic.json'), `${JSON.stringify(traffic, null, 2)}\n`);
  io.out(
    `wrote ${join(out, 'haproxy.cfg')}, ${join(out, 'canary.map')}, ${join(out, 'canary.routes.map')}, ${join(out, 'canary.revisions.map')}, ${join(out, 'cloudrun-traffic.json')} (step ${step})`,
  );
  return 0;
}

async function plan(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    base: { type: 'string' },
    head: { type: 'string' },
    traffic: { type: 'string' },
  });
  if (typeof values.base !== 'string' || typeof values.head !== 'string') {
    throw new UsageError('plan needs --base <policy> and --head <policy>');
  }
  const traffic = typeof values.traffic === 'string' ? parseTraffic(values.traffic) : undefined;
  if (traffic === null) throw new UsageError(`--traffic ${values.traffic}: expected RPS/ERR%, e.g. 50/0.5%`);
  const base = await loadPolicy(values.base, io);
  const head = await loadPolicy(values.head, io);
  if (!base || !head) return 1;
  const [{ buildPlan }, { formatPlan }, { renderHaproxy }, { predictStages }] = await Promise.all([
    import('./plan/plan.js'),
    import('./plan/format.js'),
    import('./render/index.js'),
    import('./analysis/forecast-stage.js'),
  ]);
  const p = buildPlan(base, head, renderHaproxy(base, { step: 0 }), renderHaproxy(head, { step: 0 }));
  io.out(formatPlan(p));
  if (traffic) {
    for (const s of p.services.filter((x) => x.change === 'release' || x.change === 'added')) {
      const svc = head.services.find((h) => h.name === s.name);
      if (!svc) continue;
      io.out(`\nforecast for ${s.name} (a healthy canary at ${values.traffic}):`);
      for (const f of predictStages(svc, traffic)) io.out(`  ${f.text}`);
    }
  }
  return 0;
}

/** "50/0.5%" → 50 requests/s with 0.5% errors; null when malformed. */
function parseTraffic(text: string): RecentTraffic | null {
  const m = /^([0-9]+(?:\.[0-9]+)?)\/([0-9]+(?:\.[0-9]+)?)%$/.exec(text);
  if (!m) return null;
  const rps = Number(m[1]);
  const err = Number(m[2]) / 100;
  return rps > 0 && err >= 0 && err < 1 ? { requestsPerSecond: rps, errorRate: err } : null;
}

async function analyze(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    polls: { type: 'string' },
    policy: { type: 'string' },
    service: { type: 'string' },
    step: { type: 'string' },
  });
  if (typeof values.polls !== 'string') throw new UsageError('analyze needs --polls <file.jsonl>');
  let defaults: ReplayDefaults | undefined;
  if (values.policy !== undefined || values.service !== undefined || values.step !== undefined) {
    if (typeof values.policy !== 'string' || typeof values.service !== 'string') {
      throw new UsageError('analyze: --policy <file> and --service NAME go together (--step K is optional)');
    }
    const policy = await loadPolicy(values.policy, io);
    if (!policy) return 1;
    const { replayDefaults } = await import('./cli/analyze-policy.js');
    const found = replayDefaults(
      policy,
      values.service,
      typeof values.step === 'string' ? values.step : undefined,
    );
    if (typeof found === 'string') throw new UsageError(found);
    defaults = found;
  }
  const { runReplay } = await import('./analysis/replay.js');
  const result = runReplay(await readText(values.polls, 'polls'), values.polls, defaults);
  for (const line of result.lines) io.out(JSON.stringify(line));
  for (const e of result.errors) io.err(e);
  return result.errors.length ? 1 : 0;
}

const tokens = async (argv: string[], io: Io) =>
  (await import('./cli/tokens.js')).tokensCommand(argv, io, (m) => new UsageError(m));
const status = async (argv: string[], io: Io) => (await import('./cli/status.js')).status(argv, io);
const sync = async (argv: string[], io: Io) => (await import('./cli/sync.js')).sync(argv, io);

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  validate,
  render,
  plan,
  analyze,
  tokens,
  status,
  sync,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version') {
    io.out('canary-relay 0.1.0');
    return 0;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  const fn = COMMANDS[command];
  try {
    if (!fn) throw new UsageError(`unknown command "${command}"`);
    return await fn(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`canary-relay: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`canary-relay ${command}: ${(e as Error).message}`);
    return 1;
  }
}
