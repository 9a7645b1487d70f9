// The action's flow, called from main: event → policies from git → plan → rollouts → report.
// Decisions are pure functions (plan/, rollout/, render/); this file sequences the adapters.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { join } from 'node:path';
import type { Inputs } from './inputs.js';
import { validatePolicyText } from './policy/index.js';
import { formatPolicyError, type Policy, type PolicyError } from './policy/types.js';
import { renderHaproxy, renderMapFiles } from './render/index.js';
import { buildPlan, type Plan } from './plan/plan.js';
import { changedServices, modeForChanges, modeForEvent, type EventDecision } from './plan/events.js';
import { readText, writeTextAtomic } from './adapters/files.js';
import { GitAdapterError, policyAtCommit, previousImages, readPolicyAt } from './adapters/git.js';
import { checkPolicySteps } from './adapters/haproxy-check.js';
import type { Due, ServiceRun } from './action-rollouts.js';
import { publish, startCheck, type Outcome } from './action-report.js';
import type { ReportVerdict } from './render/summary.js';

export interface Loaded {
  policy: Policy | null;
  errors: PolicyError[];
}

function load(text: string | null, file: string): Loaded {
  if (text === null) return { policy: null, errors: [] };
  const r = validatePolicyText(text, file);
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

async function imageHistory(workspace: string, file: string, from: string | undefined): Promise<string[]> {
  try {
    return await previousImages(workspace, file, 20, from ?? 'HEAD');
  } catch (e) {
    if (e instanceof GitAdapterError && e.kind === 'shallow') {
      core.info(
        `image history not available in a shallow checkout; rollback is detected by revert commits only`,
      );
      return [];
    }
    throw e;
  }
}

async function haproxyCheck(policy: Policy): Promise<{ ok: boolean; text: string }> {
  const steps = Math.max(0, ...policy.services.map((s) => s.steps.length));
  try {
    const r = await checkPolicySteps(
      policy,
      Array.from({ length: steps + 1 }, (_, k) => k),
    );
    const bad = r.checks.find((c) => c.code !== 0);
    if (bad) {
      // the whole output goes to the log; the report gets the first alert (it sits in one line)
      const step = bad.what ?? `step ${bad.steps[0]}`;
      core.error(`haproxy -c of the config for ${step} failed (exit ${bad.code}):\n${bad.output}`);
      const alert = bad.output.split('\n').find((l) => /\[ALERT\]/.test(l)) ?? bad.output.split('\n')[0];
      return { ok: false, text: `failed for ${step} (exit ${bad.code}): ${alert.trim()}` };
    }
    return { ok: true, text: `valid for steps 0–${steps}` };
  } catch (e) {
    // no haproxy on this runner: the plan still stands, the check is reported as skipped
    return { ok: true, text: `skipped (${(e as Error).message})` };
  }
}

async function writeRendered(workspace: string, policy: Policy): Promise<string> {
  const path = join(workspace, policy.haproxy.output);
  await writeTextAtomic(path, renderHaproxy(policy, { step: 0 }));
  for (const f of renderMapFiles(policy, 0, path.replace(/\.cfg$/, '') + '.map'))
    await writeTextAtomic(f.path, f.text);
  return path;
}

export async function runAction(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  const ctx = github.context;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const payload = ctx.payload as Record<string, unknown>;
  const defaultBranch = (payload.repository as { default_branch?: string } | undefined)?.default_branch;
  const first = modeForEvent(ctx.eventName, payload, { mode: inputs.mode }, defaultBranch);
  core.info(`canary-relay: ${first.mode} — ${first.reason}`);
  const none: Loaded = { policy: null, errors: [] };
  const outcome: Outcome = { inputs, decision: first, head: none, base: none, runs: [] };
  if (first.mode === 'skip') return publish(outcome, 'skipped', first.reason);
  // reviewers see the check running (and the merge gate closed) at once; a scheduled run reports
  // on the commits of the rollouts it continues instead
  if (first.mode !== 'advance') await startCheck(outcome);
  const head = load(await readText(join(workspace, inputs.policy), 'policy'), inputs.policy);
  outcome.head = head;
  if (!head.policy) return publish(outcome, 'fail', invalid(inputs.policy, head.errors));
  if (first.mode === 'advance') return advance(outcome, head.policy, workspace, env);
  outcome.base = await basePolicy(workspace, first, inputs.policy);
  const history = first.mode === 'promote' ? await imageHistory(workspace, inputs.policy, first.base) : [];
  const decision = modeForChanges(
    modeForEvent(
      ctx.eventName,
      payload,
      {
        mode: inputs.mode,
        basePolicy: outcome.base.policy,
        headPolicy: head.policy,
        previousImages: history,
      },
      defaultBranch,
    ),
    changedServices(outcome.base.policy, head.policy),
  );
  return converge({ ...outcome, decision }, head.policy, env);
}

const invalid = (file: string, errors: PolicyError[]) =>
  `${file} is invalid (${errors.length} errors); nothing applied:\n${errors.map(formatPolicyError).join('\n')}`;

/** Plan, render, check, then run the engine for the services the decision concerns; report. */
async function converge(outcome: Outcome, head: Policy, env: NodeJS.ProcessEnv): Promise<void> {
  const { inputs, decision } = outcome;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  outcome.plan = planOf(outcome.base.policy, head);
  outcome.haproxyConfig = await writeRendered(workspace, head);
  outcome.check = await haproxyCheck(head);
  if (!outcome.check.ok)
    return publish(outcome, 'fail', 'the rendered HAProxy configuration is invalid; nothing applied');
  if (decision.fork) {
    return publish(
      outcome,
      'skipped',
      'a pull request from a fork gets no credentials: plan only, no canary',
    );
  }
  if (decision.mode === 'plan' || inputs.dryRun) {
    return publish(
      outcome,
      'pass',
      inputs.dryRun ? 'dry run: nothing applied' : 'routing change: merge to apply',
    );
  }
  // the Cloud Run and metrics clients (gRPC, protos) load only when a rollout needs them
  const { runServices, servicesFor } = await import('./action-rollouts.js');
  const services = servicesFor(decision, outcome.base.policy, head);
  outcome.runs = await runServices(inputs, env, decision, head, services);
  return publish(outcome, verdictOf(outcome.runs), nextStep(decision, outcome.runs));
}

/**
 * A scheduled run (`advance`): every rollout under way moves on, each with the policy of the
 * commit that started it (a PR head, fetched when the checkout lacks it), reported on its PR.
 */
async function advance(outcome: Outcome, current: Policy, workspace: string, env: NodeJS.ProcessEnv) {
  const { dueRollouts } = await import('./action-rollouts.js');
  const due = await dueRollouts(outcome.inputs, env, current);
  if (!due.length) return publish(outcome, 'skipped', 'no rollout is under way');
  const groups = new Map<string, Due[]>();
  for (const d of due)
    groups.set(`${d.owner} ${d.commit}`, [...(groups.get(`${d.owner} ${d.commit}`) ?? []), d]);
  const failures: string[] = [];
  for (const group of groups.values()) {
    const { owner, commit, mode } = group[0];
    const head = load(await policyAtCommit(workspace, commit, outcome.inputs.policy), outcome.inputs.policy);
    if (!head.policy) {
      failures.push(
        `${owner}: the policy at ${commit.slice(0, 12)} no longer validates; re-run its workflow`,
      );
      continue;
    }
    const pr = /^pr#(\d+)$/.exec(owner)?.[1];
    const decision: EventDecision = {
      mode,
      ...(pr ? { pr: Number(pr) } : {}),
      head: commit,
      wait: false,
      services: group.map((d) => d.service),
      reason: `scheduled run: continuing the rollout of ${owner} (${commit.slice(0, 12)})`,
    };
    core.info(`canary-relay: ${decision.reason}`);
    await converge(
      { ...outcome, decision, head, base: { policy: current, errors: [] }, runs: [] },
      head.policy,
      env,
    ).catch((e: Error) => failures.push(e.message));
  }
  if (failures.length) throw new Error(failures.join('\n'));
}

function planOf(base: Policy | null, head: Policy): Plan {
  const baseConfig = base ? renderHaproxy(base, { step: 0 }) : '';
  return buildPlan(base, head, baseConfig, renderHaproxy(head, { step: 0 }));
}

/** The worst verdict wins: one failed service fails the run. */
export function verdictOf(runs: ServiceRun[]): ReportVerdict {
  const order = ['fail', 'inconclusive', 'running', 'pass', 'skipped'] as const;
  const verdicts = runs.map((r) => {
    if (r.neutral) return 'skipped';
    // an API error or a conflict that stopped the run fails it; a refusal (another PR's canary) does not
    if (r.error && r.result?.stopped !== 'refused') return 'fail';
    // a rollback that restored the old revision did what was asked: a green check on the revert
    if (r.mode === 'rollback' && r.result && !r.result.stopped) return 'pass';
    return r.result?.verdict ?? 'skipped';
  });
  return order.find((v) => verdicts.includes(v)) ?? 'skipped';
}

function nextStep(decision: EventDecision, runs: ServiceRun[]): string {
  const failed = runs.filter((r) => r.result?.verdict === 'fail');
  if (failed.length) return `rolled back because ${failed.map(whyFailed).join('; ')}`;
  const stopped = runs.filter((r) => r.error && !r.neutral);
  if (stopped.length) return `stopped: ${stopped.map(whyFailed).join('; ')}`;
  switch (decision.mode) {
    case 'canary':
      return runs.some((r) => r.result?.verdict === 'running')
        ? 'the canary is still baking: the next run continues'
        : 'merge to promote';
    case 'promote':
      return 'promoted: the canary now serves 100%';
    case 'rollback':
      return 'rolled back: the restored revision serves 100%';
    case 'abort':
      return 'aborted: canary traffic removed, stable untouched';
    default:
      return 'rollouts advanced';
  }
}

/** "checkout: step 2 (50%): analysis failed: …; 100% back on checkout-00001-abc" — one service's why. */
function whyFailed(r: ServiceRun): string {
  const own = (m: string) => (m.startsWith(`${r.service}: `) ? m : `${r.service}: ${m}`);
  const s = r.result?.state;
  if (!r.error && s?.phase === 'Failed' && s.reason) return own(`${s.reason}; 100% back on ${s.stable}`);
  return own(r.error ?? r.result?.messages.at(-1) ?? 'failed');
}
