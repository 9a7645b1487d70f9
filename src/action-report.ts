// What the run tells people: the sticky PR comment, the check run, notes on promote and
// rollback, the job summary and the outputs. A failed verdict ends by throwing, so main's one
// catch marks the step failed after everything was published.
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Inputs } from './inputs.js';
import type { Loaded } from './action.js';
import type { ServiceRun } from './action-rollouts.js';
import type { EventDecision } from './plan/events.js';
import type { Plan } from './plan/plan.js';
import { releaseOf } from './plan/plan.js';
import {
  renderNote,
  renderReport,
  reportMarker,
  type ReportStage,
  type ReportVerdict,
} from './render/summary.js';
import {
  annotationsFromErrors,
  createGitHub,
  GitHubAdapterError,
  type GitHubAdapter,
} from './adapters/github.js';

export interface Outcome {
  inputs: Inputs;
  decision: EventDecision;
  head: Loaded;
  base: Loaded;
  plan?: Plan;
  check?: { ok: boolean; text: string };
  haproxyConfig?: string;
  runs: ServiceRun[];
}

const CONCLUSION = { pass: 'success', fail: 'failure' } as const;

function stagesOf(o: Outcome): ReportStage[] {
  return o.runs.flatMap((r) =>
    (r.result?.judgements ?? []).map((j) => {
      const step = o.head.policy?.services.find((s) => s.name === r.service)?.steps[j.step];
      return {
        service: r.service,
        step: j.step + 1,
        percent: j.percent,
        headerOnly: step?.headerOnly,
        judgement: j.judgement,
        held: r.result?.state?.step === j.step ? r.result.state.held : undefined,
      };
    }),
  );
}

export function reportBody(o: Outcome, verdict: ReportVerdict, next: string): string {
  return renderReport({
    policyFile: o.inputs.policy,
    mode: o.decision.mode,
    plan: o.plan?.services ?? [],
    haproxyDiff: o.plan?.haproxyDiff ?? '',
    haproxyCheck: o.check?.text,
    stages: stagesOf(o),
    verdict,
    next,
    errors: o.head.errors,
  });
}

/** Permission problems (fork PRs, read-only tokens) are reported, never a crash. */
async function tolerant(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof GitHubAdapterError && (e.kind === 'permission' || e.kind === 'auth')) {
      core.warning(`${what}: ${e.message}`);
      return;
    }
    throw e;
  }
}

async function notes(gh: GitHubAdapter, o: Outcome, owner: string, repo: string): Promise<void> {
  const d = o.decision;
  if (d.mode !== 'promote' && d.mode !== 'rollback') return;
  const commit = d.revertedSha ?? d.head ?? github.context.sha;
  const pr = await gh.findPrForCommit(owner, repo, commit);
  if (!pr) return;
  const services = o.runs
    .filter((r) => !r.error && r.result)
    .map((r) => {
      const svc = o.head.policy?.services.find((s) => s.name === r.service);
      return { name: r.service, target: r.result?.state?.stable ?? (svc ? releaseOf(svc) : r.service) };
    });
  if (!services.length) return;
  const runUrl = `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`;
  const kind = d.mode;
  const reason = d.revertedSha ? `commit ${d.revertedSha.slice(0, 12)} was reverted` : undefined;
  await gh.postNote(
    owner,
    repo,
    pr,
    renderNote(kind, { policyFile: o.inputs.policy, commit: d.head ?? commit, services, reason, runUrl }),
  );
}

/** The GitHub client, or null when there is no token or repository to report to. */
function client(o: Outcome): GitHubAdapter | null {
  if (o.inputs.githubToken && process.env.GITHUB_REPOSITORY)
    return createGitHub({ token: o.inputs.githubToken });
  core.info('no github-token or repository: no PR comment or check run');
  return null;
}

/** This run wrote nothing and judged nothing: a re-run of a step that already happened. */
function quiet(o: Outcome): boolean {
  return (
    o.runs.length > 0 &&
    o.runs.every((r) => r.result && !r.error && r.result.writes === 0 && r.result.judgements.length === 0)
  );
}

/**
 * A quiet re-run keeps the report of the run that did the work (its stage evidence is not in the
 * service's state, so a new body would lose it), as long as that report says the same verdict.
 */
async function earlierReport(gh: GitHubAdapter, o: Outcome, verdict: ReportVerdict): Promise<string | null> {
  const pr = o.decision.pr;
  if (!pr || !quiet(o)) return null;
  const { owner, repo } = github.context.repo;
  try {
    const found = await gh.findStickyComment(owner, repo, pr, reportMarker(o.inputs.policy));
    return found?.body.includes(`**Verdict: ${verdict}.**`) ? found.body : null;
  } catch (e) {
    if (e instanceof GitHubAdapterError) return null; // the fresh report is posted (or refused) below
    throw e;
  }
}

/** The report's heading and verdict line (the check run's summary), without the hidden marker. */
const headline = (body: string) =>
  body
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('<!--'))
    .slice(0, 2)
    .join('\n\n');

async function toGitHub(gh: GitHubAdapter, o: Outcome, verdict: ReportVerdict, body: string): Promise<void> {
  const { owner, repo } = github.context.repo;
  const pr = o.decision.pr;
  if (pr)
    await tolerant('PR comment', () =>
      gh.upsertStickyComment(owner, repo, pr, reportMarker(o.inputs.policy), body),
    );
  const sha = o.decision.head ?? github.context.sha;
  // a canary still baking (wait: false) keeps its check in progress: a neutral one would open the gate
  const state =
    verdict === 'running'
      ? ({ status: 'in_progress' } as const)
      : ({
          status: 'completed',
          conclusion: verdict === 'pass' || verdict === 'fail' ? CONCLUSION[verdict] : 'neutral',
        } as const);
  await tolerant('check run', () =>
    gh.createOrUpdateCheckRun(owner, repo, sha, {
      ...state,
      title: `canary-relay: ${verdict}`,
      summary: headline(body),
      text: body,
      annotations: annotationsFromErrors(o.head.errors, o.inputs.policy),
    }),
  );
  await tolerant('note', () => notes(gh, o, owner, repo));
}

/** The check run, in progress, before any work: the gate is closed while the run works. */
export async function startCheck(o: Outcome): Promise<void> {
  const gh = client(o);
  if (!gh) return;
  const { owner, repo } = github.context.repo;
  await tolerant('check run', () =>
    gh.createOrUpdateCheckRun(owner, repo, o.decision.head ?? github.context.sha, {
      status: 'in_progress',
      title: `canary-relay: ${o.decision.mode}`,
      summary: `${o.decision.mode}: ${o.decision.reason}`,
    }),
  );
}

function setOutputs(o: Outcome, verdict: ReportVerdict, body: string): void {
  const first = o.runs.find((r) => r.result)?.result;
  core.setOutput('verdict', verdict);
  core.setOutput('stage', first ? `${first.phase}/${first.step + 1}` : 'none');
  core.setOutput('canary-percent', String(first?.percent ?? 0));
  core.setOutput('haproxy-config', o.haproxyConfig ?? '');
  core.setOutput('report', body);
}

export async function publish(o: Outcome, verdict: ReportVerdict, next: string): Promise<void> {
  const neutral = o.runs.find((r) => r.neutral);
  const final: ReportVerdict = neutral && verdict !== 'fail' ? 'skipped' : verdict;
  const why = neutral ? `${neutral.error}` : next;
  // An event that asks for nothing (a merged PR closing, a push to another branch) posts nowhere:
  // a "skipped" there would replace the PR's report and turn its check (the merge gate) neutral.
  // A scheduled run reports on each rollout's own PR and commit (see advance), not here.
  const gh = o.decision.mode === 'skip' || o.decision.mode === 'advance' ? null : client(o);
  const body = (gh && (await earlierReport(gh, o, final))) || reportBody(o, final, why);
  setOutputs(o, final, body);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(body).write();
  if (gh) await toGitHub(gh, o, final, body);
  if (final === 'fail') throw new Error(why);
  if (neutral) core.warning(why);
  core.info(`canary-relay: ${final} — ${why}`);
}
