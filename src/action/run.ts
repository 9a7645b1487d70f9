// The action's flow: event → policies from git → facts from Cloud Run → intent per service →
// plan → rollouts. It returns one Outcome; main publishes it once (report.ts, publish.ts).
// Decisions are pure functions (gitops/, plan/, rollout/, render/); this file sequences adapters.
import * as core from '@actions/core';
import { join } from 'node:path';
import type { Inputs } from './inputs.js';
import { validatePolicyText } from '../policy/index.js';
import { formatPolicyError, type Policy, type PolicyError } from '../policy/types.js';
import { allSteps, maxStep } from '../policy/steps.js';
import { renderHaproxy, renderMapFiles } from '../render/index.js';
import { buildPlan, type Plan } from '../plan/plan.js';
import type { EventDecision } from '../gitops/events.js';
import { decideIntents, type ServiceFacts, type ServiceIntent } from '../gitops/intent.js';
import { readText, writeTextAtomic } from '../adapters/files.js';
import { policyAtCommit, readPolicyAt } from '../adapters/git.js';
import { checkPolicySteps } from '../adapters/haproxy-check.js';
import { validatePolicyInWorkspace } from '../adapters/output-path.js';
import { mapPathFor } from '../render/output.js';
import { stageForecasts } from './forecast.js';
import { conclude, worst, type Loaded, type Outcome, type ServiceRun } from './outcome.js';
import type { StageVerdict } from '../rollout/state.js';

function load(text: string | null, file: string): Loaded {
  if (text === null) return { policy: null, errors: [] };
  const r = validatePolicyText(text, file);
  return r.ok ? { policy: r.policy, errors: [] } : { policy: null, errors: r.errors };
}

/** The policy whose config is written: also refused when its outputs would land outside the workspace. */
async function loadInWorkspace(text: string | null, file: string, workspace: string): Promise<Loaded> {
  if (text === null) return { policy: null, errors: [] };
  const r = await validatePolicyInWorkspace(text, file, workspace);
  return r.ok ? { policy: r.policy, errors: [] } : { policy: null, errors: r.errors };
}

/** The base side's policy from git; a shallow checkout stops with the fetch-depth it needs. */
async function basePolicy(workspace: string, decision: EventDecision, file: string): Promise<Loaded> {
  if (!decision.base) return { policy: null, errors: [] };
  const text = await readPolicyAt(workspace, decision.base, file);
  const base = load(text, file);
  if (base.errors.length)
    core.warning(`the base policy (${decision.base.slice(0, 7)}) is invalid; planning from nothing`);
  return base;
}

async function haproxyCheck(policy: Policy): Promise<{ ok: boolean; text: string }> {
  try {
    const r = await checkPolicySteps(policy, allSteps(policy));
    const bad = r.checks.find((c) => c.code !== 0);
    if (bad) {
      // the whole output goes to the log; the report gets the first alert (it sits in one line)
      const step = bad.what ?? `step ${bad.steps[0]}`;
      core.error(`haproxy -c of the config for ${step} failed (exit ${bad.code}):\n${bad.output}`);
      const alert = bad.output.split('\n').find((l) => /\[ALERT\]/.test(l)) ?? bad.output.split('\n')[0];
      return { ok: false, text: `failed for ${step} (exit ${bad.code}): ${alert.trim()}` };
    }
    return { ok: true, text: `valid for steps 0–${maxStep(policy)}` };
  } catch (e) {
    // no haproxy on this runner: the plan still stands, the check is reported as skipped
    return { ok: true, text: `skipped (${(e as Error).message})` };
  }
}

async function writeRendered(workspace: string, policy: Policy): Promise<string> {
  const path = join(workspace, policy.haproxy.output);
  await writeTextAtomic(path, renderHaproxy(policy, { step: 0 }));
  // the routes map goes next to the config (its name is derived from the map's)
  for (const f of renderMapFiles(policy, 0, mapPathFor(path))) await writeTextAtomic(f.path, f.text);
  return path;
}

const none: Loaded = { policy: null, errors: [] };

function finish(o: Outcome, verdict: StageVerdict, next: string): Outcome {
  return { ...o, verdict, next };
}

/** The run after the decision (start.ts made it and set the check in progress). */
export async function runAction(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  decision: EventDecision,
): Promise<Outcome> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const outcome: Outcome = {
    inputs,
    decision,
    head: none,
    base: none,
    intents: [],
    runs: [],
    verdict: 'skipped',
    next: decision.reason,
    runNumber: env.GITHUB_RUN_NUMBER,
    others: [],
  };
  if (decision.mode === 'skip') return outcome;
  const head = await loadInWorkspace(
    await readText(join(workspace, inputs.policy), 'policy'),
    inputs.policy,
    workspace,
  );
  outcome.head = head;
  if (!head.policy) return finish(outcome, 'fail', invalid(inputs.policy, head.errors));
  if (decision.mode === 'advance') return advanceDue(outcome, head.policy, workspace, env);
  outcome.base = await basePolicy(workspace, decision, inputs.policy);
  return converge(outcome, head.policy, env);
}

const invalid = (file: string, errors: PolicyError[]) =>
  `${file} is invalid (${errors.length} errors); nothing applied:\n${errors.map(formatPolicyError).join('\n')}`;

/** Services whose intent needs the rollout state: every one but a PR's unchanged ones. */
async function factsFor(
  o: Outcome,
  head: Policy,
  env: NodeJS.ProcessEnv,
): Promise<Map<string, ServiceFacts>> {
  if (o.decision.fork || o.inputs.dryRun || o.decision.mode === 'plan') return new Map();
  const { readAllFacts } = await import('./rollouts.js');
  const names = head.services
    .map((s) => s.name)
    .filter((n) => !o.decision.services || o.decision.services.includes(n));
  try {
    return (await readAllFacts(o.inputs, env, head, names)) ?? new Map();
  } catch (e) {
    // the rollout would fail on the same read; decide from the diff and let it report the error
    core.warning(`reading the services' rollout state: ${(e as Error).message}`);
    return new Map();
  }
}

/** Plan, render, check, decide each service's intent, run the rollouts it asks for. */
async function converge(outcome: Outcome, head: Policy, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const { inputs, decision } = outcome;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  outcome.plan = planOf(outcome.base.policy, head);
  outcome.haproxyConfig = await writeRendered(workspace, head);
  outcome.check = await haproxyCheck(head);
  if (!outcome.check.ok)
    return finish(outcome, 'fail', 'the rendered HAProxy configuration is invalid; nothing applied');
  if (decision.fork)
    return finish(outcome, 'skipped', 'a pull request from a fork gets no credentials: plan only, no canary');
  outcome.forecasts = await stageForecasts(head, outcome.plan, inputs);
  const facts = await factsFor(outcome, head, env);
  const intents: ServiceIntent[] = decideIntents(decision, outcome.base.policy, head, facts);
  outcome.intents = intents;
  for (const i of intents) core.info(`canary-relay: ${i.service}: ${i.mode} — ${i.reason}`);
  if (decision.mode === 'plan' || inputs.dryRun) {
    const why = inputs.dryRun ? 'dry run: nothing applied' : 'plan only: nothing applied';
    return finish(outcome, 'pass', why);
  }
  const acting = intents.filter((i) => (i.mode !== 'plan' && i.mode !== 'none') || i.dequeue);
  if (acting.length) {
    // the Cloud Run and metrics clients (gRPC, protos) load only when a rollout needs them
    const { runServices } = await import('./rollouts.js');
    outcome.runs = await runServices(inputs, env, decision, head, acting, facts);
  }
  const { verdict, next } = conclude(outcome.runs, intents, head);
  return finish(outcome, verdict, next);
}

/**
 * A scheduled run (`advance`): every rollout under way moves on, each with the policy of the
 * commit that started it (a PR head, fetched when the checkout lacks it), and a waiter whose
 * lock freed starts; each is reported on its own PR and commit.
 */
async function advanceDue(
  outcome: Outcome,
  current: Policy,
  workspace: string,
  env: NodeJS.ProcessEnv,
): Promise<Outcome> {
  const { dueRollouts } = await import('./rollouts.js');
  const due = await dueRollouts(outcome.inputs, env, current);
  if (!due.length) return finish(outcome, 'skipped', 'no rollout is under way and nobody waits for a lock');
  const groups = new Map<string, typeof due>();
  for (const d of due) {
    const key = `${d.owner} ${d.commit} ${d.mode}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const failures: string[] = [];
  for (const group of groups.values()) {
    const { owner, commit, mode, waiter } = group[0];
    const head = await loadInWorkspace(
      await policyAtCommit(workspace, commit, outcome.inputs.policy),
      outcome.inputs.policy,
      workspace,
    );
    const pr = /^pr#(\d+)$/.exec(owner)?.[1];
    const signal = outcome.decision.signal;
    const by = signal ? `${signal} from workflow_dispatch` : 'scheduled run';
    const decision: EventDecision = {
      mode,
      ...(pr ? { pr: Number(pr) } : {}),
      head: commit,
      wait: false,
      services: group.map((d) => d.service),
      ...(signal ? { signal } : {}),
      reason: waiter
        ? `${by}: the lock freed; starting the waiting rollout of ${owner} (${commit.slice(0, 12)})`
        : `${by}: continuing the rollout of ${owner} (${commit.slice(0, 12)})`,
    };
    core.info(`canary-relay: ${decision.reason}`);
    const child: Outcome = {
      ...outcome,
      decision,
      head,
      base: { policy: current, errors: [] },
      runs: [],
      others: [],
    };
    if (!head.policy) {
      failures.push(
        `${owner}: the policy at ${commit.slice(0, 12)} no longer validates; re-run its workflow`,
      );
      outcome.others.push(finish(child, 'fail', invalid(outcome.inputs.policy, head.errors)));
      continue;
    }
    try {
      outcome.others.push(await converge(child, head.policy, env));
    } catch (e) {
      failures.push(`${owner}: ${(e as Error).message}`);
    }
  }
  const verdicts = [...outcome.others.map((o) => o.verdict), ...(failures.length ? (['fail'] as const) : [])];
  const verdict = worst(verdicts);
  const lines = [...outcome.others.map((o) => `${o.decision.reason}: ${o.next}`), ...failures];
  return finish(outcome, verdict, lines.join('\n'));
}

function planOf(base: Policy | null, head: Policy): Plan {
  const baseConfig = base ? renderHaproxy(base, { step: 0 }) : '';
  return buildPlan(base, head, baseConfig, renderHaproxy(head, { step: 0 }));
}

export type { ServiceRun };
