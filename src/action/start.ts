// What a run does before it loads the rest of the action: the decision from the event and the
// check in progress. Only the GitHub libraries load for it (main.ts imports the policy, the
// renderers, git and the Cloud Run clients after it is sent), so the merge gate closes early.
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Inputs } from './inputs.js';
import { modeForEvent, type EventDecision } from '../gitops/events.js';
import { mdText } from '../render/markdown.js';
import { client, Publisher, repo } from './publisher.js';

/** The mode this event asks for (the `mode` input wins), logged once. */
export function decide(inputs: Inputs): EventDecision {
  const ctx = github.context;
  const payload = ctx.payload as Record<string, unknown>;
  const defaultBranch = (payload.repository as { default_branch?: string } | undefined)?.default_branch;
  const decision = modeForEvent(ctx.eventName, payload, { mode: inputs.mode }, defaultBranch);
  core.info(`canary-relay: ${decision.mode} — ${decision.reason}`);
  return decision;
}

/**
 * The check in progress before any work, so the merge gate is closed while the run works. A
 * failure here is only logged: the rollout never waits on GitHub.
 */
export async function announce(inputs: Inputs, d: EventDecision): Promise<void> {
  if (d.mode === 'skip' || d.mode === 'advance' || !d.head) return;
  const p = new Publisher(client(inputs));
  await p.part('check run (in progress)', (gh) =>
    gh.createOrUpdateCheckRun(repo().owner, repo().repo, d.head!, {
      status: 'in_progress',
      title: `canary-relay: ${d.mode}`,
      summary: `${mdText(d.mode)}: ${mdText(d.reason)}`,
    }),
  );
}
