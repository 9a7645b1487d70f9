// Runs the engine for every service an intent concerns, with the real adapters as its ports;
// reads the facts intents are decided from, and keeps each service's waiting line.
import * as core from '@actions/core';
import type { Inputs } from './inputs.js';
import type { Policy, Service } from '../policy/types.js';
import { DEFAULT_OPERATION_TIMEOUT_MS } from '../policy/normalise.js';
import type { EventDecision } from '../gitops/events.js';
import type { ServiceFacts, ServiceIntent } from '../gitops/intent.js';
import { runRollout } from '../engine/run.js';
import type { StageJudgement } from '../analysis/types.js';
import type { RolloutMode } from '../gitops/modes.js';
import { isTerminal, parseState } from '../rollout/state.js';
import {
  CloudRunError,
  type Clock,
  type CloudRunPort,
  type ObserverPort,
  type RolloutPorts,
} from '../rollout/ports.js';
import {
  dequeue,
  enqueue,
  nextWaiter,
  parseQueue,
  QUEUE_ANNOTATION,
  serializeQueue,
  type Waiter,
} from '../rollout/queue.js';
import { resolveTraffic, servingRevision } from '../rollout/traffic.js';
import { createCloudRun } from '../adapters/cloud-run.js';
import { haproxyRuntimePort } from '../adapters/haproxy-fleet.js';
import { createObserver, defaultSources } from '../adapters/metrics/index.js';
import { createProber } from '../adapters/prober.js';
import { createHookCaller } from '../adapters/hooks.js';
import type { ServiceRun } from './outcome.js';
import { policyNotifier } from './notify.js';
import { controlsFor, dispatchOf } from './controls.js';
import { stepLabel } from '../policy/steps.js';
import { formatPercent } from '../render/numbers.js';

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
};

/** The world a run acts on: real adapters by default; tests pass in-memory ports and a fake clock. */
export interface World {
  portsFor: (s: Service) => RolloutPorts;
  clock: Clock;
}

/** When the process started: the job's time limit counts from about here. */
const STARTED = Date.now();

/** Stop waiting this long before the job's `timeout-minutes` (10% of it, at most 5 minutes). */
export function deadlineOf(inputs: Pick<Inputs, 'jobTimeoutMinutes'>, started = STARTED): number {
  const limit = inputs.jobTimeoutMinutes * 60_000;
  return started + limit - Math.min(5 * 60_000, limit * 0.1);
}

/** Without an emulator endpoint, Google credentials must be there (google-github-actions/auth). */
export function missingCredentials(inputs: Inputs, env: NodeJS.ProcessEnv): string | null {
  if (inputs.cloudRunEndpoint) return null;
  if (env.GOOGLE_APPLICATION_CREDENTIALS || env.GOOGLE_GHA_CREDS_PATH || env.CLOUDSDK_AUTH_ACCESS_TOKEN)
    return null;
  return 'no Google credentials: add google-github-actions/auth (Workload Identity Federation) before this step';
}

/** How long one Cloud Run operation may run: the policy's `operation-timeout`, never past the job's limit. */
export function operationBound(
  policy: Policy,
  inputs: Pick<Inputs, 'jobTimeoutMinutes'>,
  now: number,
  started = STARTED,
): { lroTimeoutMs: number; lroTimeoutWhy: string } {
  const policyMs = policy.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
  const left = deadlineOf(inputs, started) - now;
  const lroTimeoutMs = Math.max(10_000, Math.min(policyMs, left));
  const fromPolicy = `defaults.operation-timeout ${policyMs / 1000} s`;
  return {
    lroTimeoutMs,
    lroTimeoutWhy:
      lroTimeoutMs < policyMs
        ? `${fromPolicy}, cut to ${Math.round(lroTimeoutMs / 1000)} s so the job ends before job-timeout-minutes (${inputs.jobTimeoutMinutes})`
        : fromPolicy,
  };
}

export function portsFactory(inputs: Inputs, policy: Policy, notifier?: RolloutPorts['notifier']) {
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
          ...operationBound(policy, inputs, Date.now()),
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
      // every instance of a fleet health-checks each revision: that many check streams leave the counts
      haproxyInstances: Math.max(1, apis.length),
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
    notifier,
    hooks: createHookCaller({ env: process.env, mask: (v) => core.setSecret(v) }),
  });
}

/** A rollout under way that a scheduled run continues (or a waiter whose lock freed). */
export interface Due {
  service: string;
  mode: RolloutMode;
  owner: string;
  commit: string;
  /** a waiter from the service's line: it starts now */
  waiter?: boolean;
}

/** The facts one service's intent is decided from (one read; a second only for an unknown image). */
export async function readFacts(port: CloudRunPort, name: string): Promise<ServiceFacts> {
  const snap = await port.getService(name);
  const { state } = parseState(snap.annotations);
  const serving = servingRevision(resolveTraffic(snap.traffic, snap.latestReadyRevision));
  let servingImage: string | null = null;
  if (serving && state?.stable === serving && state.stableImage !== undefined)
    servingImage = state.stableImage;
  else if (serving && serving === snap.latestCreatedRevision) servingImage = snap.image;
  else if (serving) {
    try {
      servingImage = (await port.getRevision(name, serving)).image;
    } catch (e) {
      if (!(e instanceof CloudRunError && e.kind === 'not-found')) throw e;
    }
  }
  const facts: ServiceFacts = { state, serving, servingImage, queue: parseQueue(snap.annotations) };
  if (state?.previous && state.previous.revision !== serving) {
    try {
      facts.previousReady = (await port.getRevision(name, state.previous.revision)).ready === true;
    } catch (e) {
      if (!(e instanceof CloudRunError && e.kind === 'not-found')) throw e;
      facts.previousReady = false;
    }
  }
  return facts;
}

/** Every service's facts, or null when there are no credentials to read them. */
export async function readAllFacts(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  policy: Policy,
  names: string[],
): Promise<Map<string, ServiceFacts> | null> {
  if (missingCredentials(inputs, env)) return null;
  const portsFor = portsFactory(inputs, policy);
  const facts = new Map<string, ServiceFacts>();
  for (const s of policy.services.filter((x) => names.includes(x.name)))
    facts.set(s.name, await readFacts(portsFor(s).cloudRun, s.name));
  return facts;
}

/** Rewrites a service's waiting line (read, change, write with the etag; a conflict re-reads). */
export async function editQueue(
  port: CloudRunPort,
  name: string,
  change: (q: Waiter[]) => Waiter[],
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const snap = await port.getService(name);
    const before = parseQueue(snap.annotations);
    const after = change(before);
    const value = serializeQueue(after);
    if ((snap.annotations[QUEUE_ANNOTATION] ?? null) === value || (value === null && !before.length))
      return false;
    try {
      await port.updateService(name, snap.etag, { annotations: { [QUEUE_ANNOTATION]: value } });
      return true;
    } catch (e) {
      if (!(e instanceof CloudRunError && e.kind === 'conflict') || attempt >= 2) throw e;
    }
  }
}

/** The rollouts of `policy`'s services that are under way, and the waiters whose lock is free. */
export async function dueRollouts(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  policy: Policy,
  world?: World,
): Promise<Due[]> {
  const creds = missingCredentials(inputs, env);
  if (creds) throw new Error(creds);
  const portsFor = world?.portsFor ?? portsFactory(inputs, policy);
  const due: Due[] = [];
  for (const service of policy.services) {
    const snap = await portsFor(service).cloudRun.getService(service.name);
    const { state } = parseState(snap.annotations);
    if (!state || isTerminal(state.phase)) {
      const w = nextWaiter(parseQueue(snap.annotations));
      if (w)
        due.push({ service: service.name, mode: w.mode, owner: w.owner, commit: w.commit, waiter: true });
      continue;
    }
    if (state.awaitingMerge) continue;
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

function ownerOf(decision: EventDecision, commit: string): string {
  return decision.pr ? `pr#${decision.pr}` : commit.slice(0, 12);
}

async function runOne(
  inputs: Inputs,
  decision: EventDecision,
  policy: Policy,
  service: Service,
  mode: RolloutMode,
  ports: RolloutPorts,
  commit: string,
  env: NodeJS.ProcessEnv,
  clock: Clock,
): Promise<ServiceRun> {
  const result = await runRollout({
    mode,
    policy,
    serviceName: service.name,
    owner: ownerOf(decision, commit),
    commit,
    force: inputs.force,
    operator: decision.operator,
    actor: decision.operator ? `an operator, run ${env.GITHUB_RUN_NUMBER ?? '?'}` : undefined,
    deadline: deadlineOf(inputs),
    wait: decision.wait ?? inputs.wait,
    ports,
    clock,
    log: (line) => core.info(line.startsWith(`${service.name}: `) ? line : `${service.name}: ${line}`),
    ...(inputs.smokeUrl ? { smokeUrl: inputs.smokeUrl } : {}),
    // a dispatch signal dates from the job's start; a PR's labels and reviews are read once per PR
    controls: await controlsFor(inputs, env, decision.pr, dispatchOf(decision.signal, env, STARTED)),
  });
  const stopped = result.stopped ? result.messages.at(-1) : undefined;
  return { service: service.name, mode, result, ...(stopped ? { error: stopped } : {}) };
}

/** Locked out by another PR's rollout (not a broken state, not force): a waiter, not a failure. */
function lockedBy(run: ServiceRun, before: ServiceFacts | undefined, operator?: boolean): string | null {
  if (operator || run.result?.stopped !== 'refused') return null;
  const s = run.result.state ?? before?.state;
  return s && !isTerminal(s.phase) ? s.owner : null;
}

/** Keeps the waiting line true to what happened: queue a locked-out run, drop the ones settled. */
async function settleQueue(
  port: CloudRunPort,
  run: ServiceRun,
  intent: ServiceIntent,
  owner: string,
  commit: string,
  facts: ServiceFacts | undefined,
  operator?: boolean,
): Promise<void> {
  const holder = lockedBy(run, facts, operator);
  if (holder && (run.mode === 'canary' || run.mode === 'promote')) {
    run.waitingFor = holder;
    const w: Waiter = { owner, commit, mode: run.mode, behind: holder, since: Date.now() };
    await editQueue(port, run.service, (q) => enqueue(q, w));
    return;
  }
  const queued = facts?.queue ?? [];
  const promoted = !run.error && (run.mode === 'promote' || run.mode === 'rollback');
  if (
    intent.dequeue ||
    queued.some((w) => w.owner === owner) ||
    (promoted && queued.some((w) => w.mode === 'promote'))
  )
    await editQueue(port, run.service, (q) => dequeue(q, owner, promoted));
}

export async function runServices(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  decision: EventDecision,
  head: Policy,
  intents: ServiceIntent[],
  facts: Map<string, ServiceFacts> | null,
  world?: World,
): Promise<ServiceRun[]> {
  const creds = missingCredentials(inputs, env);
  const acting = intents.filter((i) => i.mode !== 'plan' && (i.mode !== 'none' || i.dequeue));
  if (creds)
    return acting
      .filter((i) => i.mode !== 'none')
      .map((i) => ({ service: i.service, mode: i.mode as RolloutMode, error: creds, neutral: true }));
  const notifier = world ? undefined : policyNotifier(head, env);
  const portsFor = world?.portsFor ?? portsFactory(inputs, head, notifier);
  const clock = world?.clock ?? realClock;
  const commit = decision.head ?? env.GITHUB_SHA ?? '';
  const owner = ownerOf(decision, commit);
  const runs: ServiceRun[] = [];
  for (const intent of acting) {
    const service = head.services.find((s) => s.name === intent.service);
    if (!service) continue;
    const port = portsFor(service).cloudRun;
    const before = facts?.get(service.name);
    if (intent.mode === 'none') {
      await editQueue(port, service.name, (q) => dequeue(q, owner)).catch((e: Error) =>
        core.warning(e.message),
      );
      continue;
    }
    let run: ServiceRun;
    try {
      run = await runOne(
        inputs,
        decision,
        head,
        service,
        intent.mode as RolloutMode,
        portsFor(service),
        commit,
        env,
        clock,
      );
    } catch (e) {
      const neutral = e instanceof CloudRunError && e.kind === 'permission';
      runs.push({
        service: service.name,
        mode: intent.mode as RolloutMode,
        error: (e as Error).message,
        neutral,
      });
      continue;
    }
    const prior = before?.state;
    if (
      prior &&
      prior.owner !== owner &&
      !isTerminal(prior.phase) &&
      /^pr#\d+$/.test(prior.owner) &&
      run.result?.writes
    )
      run.prior = { owner: prior.owner, ...(prior.commit ? { commit: prior.commit } : {}) };
    await settleQueue(port, run, intent, owner, commit, before, decision.operator).catch((e: Error) =>
      core.warning(`${service.name}: keeping the waiting line: ${e.message}`),
    );
    runs.push(run);
  }
  await notifier?.flush(); // bounded: a slow receiver never holds the job for long
  return runs;
}

/** A metric's value in its unit: error rates in percent, latency in ms, custom metrics as they are. */
function valueOf(metric: string, v: number | null): string {
  if (v === null) return '—';
  if (metric.startsWith('error-rate')) return formatPercent(v);
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
  const metrics = j.metrics.map((m) => {
    const limit = m.alpha ? ` (fails at ${Number((1 / m.alpha).toPrecision(3))})` : '';
    return (
      `${m.metric} E=${Number(m.e.toPrecision(3))}${limit}, canary ${valueOf(m.metric, m.canaryValue)} of ${m.canaryRequests}` +
      ` vs stable ${valueOf(m.metric, m.stableValue)} of ${m.stableRequests}`
    );
  });
  const at = Math.max(0, Math.round(elapsedMs / 1000));
  return `judged ${stepLabel(service, step + 1)} at ${at}s: ${j.verdict}${metrics.length ? ` — ${metrics.join('; ')}` : ''}`;
}
