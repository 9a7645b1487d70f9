// Sends the Outcome: outputs, job summary, PR comment, check run, notes, and the reports of other
// PRs this run changed. Reporting never blocks the rollout: it runs after it, every part is tried
// on its own (the check is completed even when the comment fails), and what could not be
// published is named in the job summary and fails the step at the end.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { reportMarker } from '../render/summary.js';
import type { StageVerdict } from '../rollout/state.js';
import { annotationsFromErrors, type CheckRunInput, type GitHubAdapter } from '../adapters/github.js';
import { client, Publisher, repo } from './publisher.js';
import { stageOf, type Outcome } from './outcome.js';
import { checkTitle, headline, modeLabel, noteOf, reportBody } from './report.js';

const CONCLUSION: Record<StageVerdict, CheckRunInput['conclusion']> = {
  pass: 'success',
  fail: 'failure',
  inconclusive: 'neutral',
  skipped: 'neutral',
  running: undefined,
};

const runUrl = () => {
  const { owner, repo: name } = repo();
  return `${github.context.serverUrl}/${owner}/${name}/actions/runs/${github.context.runId}`;
};

/** A check completed, or left in progress while a rollout bakes or waits for its lock. */
function checkState(verdict: StageVerdict) {
  return verdict === 'running'
    ? ({ status: 'in_progress' } as const)
    : ({ status: 'completed', conclusion: CONCLUSION[verdict] } as const);
}

async function reportOne(p: Publisher, o: Outcome, body: string): Promise<void> {
  const { owner, repo: name } = repo();
  const d = o.decision;
  if (d.pr)
    await p.part(`PR #${d.pr} comment`, (gh) =>
      gh.upsertStickyComment(owner, name, d.pr!, reportMarker(o.inputs.policy), body),
    );
  const sha = d.head ?? github.context.sha;
  const check: CheckRunInput = {
    ...checkState(o.verdict),
    title: checkTitle(o),
    summary: headline(body),
    text: body,
    annotations: annotationsFromErrors(o.head.errors, o.inputs.policy),
  };
  // an operator's dispatch belongs to no commit: its report is the job summary (main's check
  // stays what main's own push made it); the PRs it changed are updated below
  const skipCheck = d.operator && !d.pr;
  const ok =
    skipCheck ||
    (await p.part(`check run of ${sha.slice(0, 12)}`, (gh) =>
      gh.createOrUpdateCheckRun(owner, name, sha, check),
    ));
  if (!ok && p.lastKind === 'validation' && check.status === 'completed') {
    // a 422 on the full output (size, an annotation): complete it with the verdict alone
    const short = {
      ...check,
      text: undefined,
      annotations: [],
      summary: `**Verdict: ${o.verdict}.** ${o.next}`.slice(0, 60_000),
    };
    if (
      await p.part(`check run of ${sha.slice(0, 12)} (short form)`, (gh) =>
        gh.createOrUpdateCheckRun(owner, name, sha, short),
      )
    )
      p.failed.pop(); // the check is complete; only its long text is missing, said in the log
  }
  const note = noteOf(o, runUrl());
  if (note) {
    await p.part(`${note.kind} note`, async (gh) => {
      // a rollback's note goes on the reverted PR when a commit names it; else on the pushed commit's PR
      const commit = (note.kind === 'rollback' ? d.revertedSha : undefined) ?? d.head ?? github.context.sha;
      const pr =
        d.pr ??
        (await gh.findPrForCommit(owner, name, commit)) ??
        (d.head ? await gh.findPrForCommit(owner, name, d.head) : null);
      if (pr) await gh.postNote(owner, name, pr, note.body);
    });
  }
  // another PR's rollout this run promoted, rolled back or aborted: its report says so
  for (const r of o.runs.filter((x) => x.prior)) {
    const pr = Number(r.prior!.owner.slice(3));
    const state = r.result?.state;
    const what =
      r.mode === 'abort'
        ? `aborted by ${d.operator ? 'an operator' : d.pr ? `PR #${d.pr}` : 'a push'}, run ${o.runNumber ?? '?'}`
        : r.mode === 'rollback'
          ? `rolled back to ${state?.stable ?? '?'} by ${d.operator ? 'an operator' : 'a push'}, run ${o.runNumber ?? '?'}`
          : `promoted by ${d.head?.slice(0, 12) ?? 'the merge'}, run ${o.runNumber ?? '?'}: ${state?.stable ?? '?'} serves 100%`;
    const verdict = r.mode === 'promote' && state?.phase === 'Succeeded' ? 'success' : 'cancelled';
    await p.part(`PR #${pr} comment`, async (gh) => {
      const found = await gh.findStickyComment(owner, name, pr, reportMarker(o.inputs.policy));
      const line = `**Verdict: ${r.mode === 'promote' ? 'pass' : 'skipped'}.** ${r.service}: ${what}`;
      const body = found
        ? found.body.replace(/^\*\*Verdict: [a-z]+\.\*\*.*$/m, () => line)
        : `${reportMarker(o.inputs.policy)}\n### canary-relay: ${r.mode}\n\n${line}\n`;
      await gh.upsertStickyComment(owner, name, pr, reportMarker(o.inputs.policy), body);
    });
    if (r.prior!.commit)
      await p.part(`check run of PR #${pr}`, (gh) =>
        gh.createOrUpdateCheckRun(owner, name, r.prior!.commit!, {
          status: 'completed',
          conclusion: verdict,
          title: what.slice(0, 200),
          summary: `${r.service}: ${what}`,
        }),
      );
  }
}

/** This run wrote nothing and judged nothing: a re-run of a step that already happened. */
const quietRun = (o: Outcome) =>
  o.runs.length > 0 &&
  o.runs.every((r) => r.result && !r.error && r.result.writes === 0 && r.result.judgements.length === 0);

/**
 * A quiet re-run keeps the report of the run that did the work (its stage evidence is not in the
 * service's state, so a new body would lose it), as long as that report says the same verdict.
 */
async function earlierReport(gh: GitHubAdapter | null, o: Outcome): Promise<string | null> {
  const pr = o.decision.pr;
  if (!gh || !pr || !quietRun(o)) return null;
  const { owner, repo: name } = repo();
  try {
    const found = await gh.findStickyComment(owner, name, pr, reportMarker(o.inputs.policy));
    if (!found?.body.includes(`**Verdict: ${o.verdict}.**`)) return null;
    // the evidence stays; the verdict line is this run's (true of the state now)
    return found.body.replace(/^\*\*Verdict: [a-z]+\.\*\*.*$/m, () => `**Verdict: ${o.verdict}.** ${o.next}`);
  } catch {
    return null; // the fresh report is posted (or its failure reported) below
  }
}

function setOutputs(o: Outcome, body: string): void {
  const first = o.runs.find((r) => r.result)?.result;
  core.setOutput('verdict', o.verdict);
  core.setOutput('stage', stageOf(first));
  core.setOutput('canary-percent', String(first?.percent ?? 0));
  core.setOutput('haproxy-config', o.haproxyConfig ?? '');
  core.setOutput('report', body);
}

/** Publishes the outcome once; throws (main's one catch fails the step) on fail or unpublished parts. */
export async function publish(o: Outcome): Promise<void> {
  const neutral = o.runs.find((r) => r.neutral);
  if (neutral && o.verdict !== 'fail') o = { ...o, verdict: 'skipped', next: neutral.error ?? o.next };
  // An event that asks for nothing (a merged PR closing, a push to another branch) posts nowhere:
  // a "skipped" there would replace the PR's report and turn its check (the merge gate) neutral.
  // A scheduled run reports on each rollout's own PR and commit.
  const quiet = o.decision.mode === 'skip' || o.decision.mode === 'advance';
  const p = new Publisher(quiet && !o.others.length ? null : client(o.inputs));
  const body = (await earlierReport(p.gh, o)) ?? reportBody(o);
  setOutputs(o, body);
  if (!quiet) await reportOne(p, o, body);
  for (const other of o.others) await reportOne(p, other, reportBody(other));
  if (process.env.GITHUB_STEP_SUMMARY) {
    const missing = [...p.failed, ...p.warned];
    const unpublished = missing.length
      ? `\n#### Not published\n${missing.map((f) => `- ${f.replace(/\n/g, ' ')}`).join('\n')}\n`
      : '';
    await core.summary.addRaw(body + unpublished).write();
  }
  if (neutral) core.warning(o.next);
  core.info(`canary-relay: ${modeLabel(o)}: ${o.verdict} — ${o.next}`);
  const problems = [
    ...(o.verdict === 'fail' ? [o.next] : []),
    ...(p.failed.length ? [`the rollout ran, but GitHub did not take: ${p.failed.join('; ')}`] : []),
  ];
  if (problems.length) throw new Error(problems.join('\n'));
}
