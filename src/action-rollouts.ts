// Runs the engine for every service a decision concerns, with the real adapters as its ports.
import * as core from '@actions/core';
import type { Inputs } from './inputs.js';
import type { Policy, Service } from './policy/types.js';
import { changedServices, type EventDecision } from './plan/events.js';
import { runRollout } from './engine/run.js';
import type { ObserverPort, RolloutPorts } from './engine/types.js';
import type { RolloutResult } from './engine/types.js';
import type { StageJudgement } from './analysis/types.js';
import { isTerminal, parseState, type Mode } from './rollout/state.js';
import { CloudRunError, type CloudRunPort } from './rollout/ports.js';
import { createCloudRun } from './adapters/cloud-run.js';
import { haproxyRuntimePort } from './adapters/haproxy-fleet.js';
import { createObserver, defaultSources } from './adapters/metrics/index.js';
import { createProber } from './adapters/prober.js';

export interface ServiceRun {
  service: string;
  mode: Mode;
  result?: RolloutResult;
  /** what stopped this service, for the report */
  error?: string;
  /** missing credentials or permissions: reported as neutral, not as a failure */
  neutral?: boolean;
}

const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };

/** Which services a mode acts on: the ones whose release the change concerns. */
export function servicesFor(decision: EventDecision, base: Policy | null, head: Policy): string[] {
  if (decision.services) return decision.services;
  if (decision.mode === 'rollback' && decision.rollbackServices?.length) return decision.rollbackServices;
  const c = changedServices(base, head);
  return [...c.canary, ...c.added];
}

/** Without an emulator endpoint, Google credentials must be there (google-github-actions/auth). */
export function missingCredentials(inputs: Inputs, env: NodeJS.ProcessEnv): string | null {
  if (inputs.cloudRunEndpoint) return null;
  if (env.GOOGLE_APPLICATION_CREDENTIALS || env.GOOGLE_GHA_CREDS_PATH || env.CLOUDSDK_AUTH_ACCESS_TOKEN)
    return null;
  return 'no Google credentials: add google-github-actions/auth (Workload Identity Federation) before this step';
}

function portsFactory(inputs: Inputs, policy: Policy) {
  const clients = new Map<string, CloudRunPort>();
  const interval = Math.min(...policy.services.map((s) => s.analysis.intervalMs));
  const cloudRun = (s: Service) => {
    const key = `${s.project}/${s.region}`;
    if (!clients.has(key)) {
      clients.set(
        key,
        createCloudRun({
          project: s.project,
          region: s.region,
          endpoint: inputs.cloudRunEndpoint,
          pollMs: Math.min(2000, interval),
        }),
      );
    }
    return clients.get(key)!;
  };
  const apis = policy.haproxy.runtimeApis ?? (policy.haproxy.runtimeApi ? [policy.haproxy.runtimeApi] : []);
  // stage changes go to every instance (read back); the map files are written on the hosts by sync
  const fleet = policy.splitAt === 'haproxy' ? haproxyRuntimePort(apis) : undefined;
  // show stat (analysis.source haproxy) is read from the first instance
  const runtime = fleet?.instances[0];
  const metrics = createObserver({
    sources: defaultSources({
      splitAt: policy.splitAt,
      runtime,
      monitoringEndpoint: inputs.monitoringEndpoint,
    }),
  });
  // each judgement is logged, so the Actions log shows the evidence grow
  const observer: ObserverPort = {
    observe: async (service, stage, now) => {
      const j = await metrics.observe(service, stage, now);
      core.info(`${service.name}: ${describeJudgement(service, stage.step, now - stage.startedAt, j)}`);
      return j;
    },
  };
  return (s: Service): RolloutPorts => ({
    cloudRun: cloudRun(s),
    haproxy: fleet,
    prober: createProber(),
    observer,
  });
}

/** A rollout under way that a scheduled run continues: who started it, from which commit. */
export interface Due {
  service: string;
  mode: Mode;
  owner: string;
  commit: string;
}

/** The rollouts of `policy`'s services that are under way (read from each service's annotation). */
export async function dueRollouts(inputs: Inputs, env: NodeJS.ProcessEnv, policy: Policy): Promise<Due[]> {
  const creds = missingCredentials(inputs, env);
  if (creds) throw new Error(creds);
  const portsFor = portsFactory(inputs, policy);
  const due: Due[] = [];
  for (const service of policy.services) {
    const { state } = parseState((await portsFor(service).cloudRun.getService(service.name)).annotations);
    if (!state || isTerminal(state.phase) || state.awaitingMerge) continue;
    if (!state.commit) {
      core.warning(`${service.name}: the rollout of ${state.owner} records no commit; re-run its workflow`);
      continue;
    }
    due.push({
      service: service.name,
      mode: state.origin ?? 'canary',
      owner: state.owner,
      commit: state.commit,
    });
  }
  return due;
}

async function runOne(
  inputs: Inputs,
  decision: EventDecision,
  policy: Policy,
  service: Service,
  ports: RolloutPorts,
  commit: string,
): Promise<ServiceRun> {
  const mode = decision.mode as Mode;
  const result = await runRollout({
    mode,
    policy,
    serviceName: service.name,
    owner: decision.pr ? `pr#${decision.pr}` : commit.slice(0, 12),
    commit,
    force: inputs.force,
    wait: decision.wait ?? inputs.wait,
    ports,
    clock,
    log: (line) => core.info(line.startsWith(`${service.name}: `) ? line : `${service.name}: ${line}`),
    ...(inputs.smokeUrl ? { smokeUrl: inputs.smokeUrl } : {}),
  });
  const stopped = result.stopped ? result.messages.at(-1) : undefined;
  return { service: service.name, mode, result, ...(stopped ? { error: stopped } : {}) };
}

export async function runServices(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  decision: EventDecision,
  head: Policy,
  names: string[],
): Promise<ServiceRun[]> {
  const creds = missingCredentials(inputs, env);
  if (creds) return names.map((n) => ({ service: n, mode: 'canary', error: creds, neutral: true }));
  const portsFor = portsFactory(inputs, head);
  const commit = decision.head ?? env.GITHUB_SHA ?? '';
  const runs: ServiceRun[] = [];
  for (const name of names) {
    const service = head.services.find((s) => s.name === name);
    if (!service) continue;
    try {
      runs.push(await runOne(inputs, decision, head, service, portsFor(service), commit));
    } catch (e) {
      const neutral = e instanceof CloudRunError && e.kind === 'permission';
      runs.push({ service: name, mode: decision.mode as Mode, error: (e as Error).message, neutral });
    }
  }
  return runs;
}

/** A metric's value in its unit: error rates in percent, latency in ms, custom metrics as they are. */
function valueOf(metric: string, v: number | null): string {
  if (v === null) return '—';
  if (metric.startsWith('error-rate')) return `${Number((v * 100).toFixed(2))}%`;
  return metric.startsWith('latency') ? `${Math.round(v)}ms` : String(Number(v.toPrecision(3)));
}

/** One log line per poll, so the Actions log shows the evidence grow:
 *  "judged step 2 (50%) at 4s: fail — error-rate E=159 (fails at 100), canary 4.83% of 331 vs stable 0.36% of 279". */
export function describeJudgement(
  service: Service,
  step: number,
  elapsedMs: number,
  j: StageJudgement,
): string {
  const s = service.steps[step];
  const label = s?.headerOnly ? 'header only' : `${s?.percent ?? 0}%`;
  const metrics = j.metrics.map((m) => {
    const limit = m.alpha ? ` (fails at ${Number((1 / m.alpha).toPrecision(3))})` : '';
    return (
      `${m.metric} E=${Number(m.e.toPrecision(3))}${limit}, canary ${valueOf(m.metric, m.canaryValue)} of ${m.canaryRequests}` +
      ` vs stable ${valueOf(m.metric, m.stableValue)} of ${m.stableRequests}`
    );
  });
  const at = Math.max(0, Math.round(elapsedMs / 1000));
  return `judged step ${step + 1} (${label}) at ${at}s: ${j.verdict}${metrics.length ? ` — ${metrics.join('; ')}` : ''}`;
}
