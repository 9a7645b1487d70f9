// The action's shell (src/index.ts sends a command line to src/cli/entry.ts instead):
// inputs → decision → check in progress → run → one outcome, published once; mode `status`
// only reads and writes the status table.
// Only the GitHub libraries load before the check in progress is sent (src/action/start.ts); the
// rest of the action (yaml, the policy checks, renderers, git) is imported while it travels.
// The one catch that calls setFailed lives here.
import * as core from '@actions/core';
import { readInputs } from './action/inputs.js';
import { announce, decide } from './action/start.js';

export async function main(): Promise<void> {
  // A cancelled job (timeout-minutes, a newer run, a person) leaves the rollout as its last write
  // left it on the Cloud Run service: each write is whole, so the next run resumes from there.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.once(sig, () => {
      core.warning(
        `cancelled (${sig}): the rollout stays as the last Cloud Run write left it; the next run (the schedule) resumes it`,
      );
      process.exit(1);
    });
  try {
    const inputs = readInputs();
    if (inputs.mode === 'status')
      return await (await import('./action/status.js')).statusSummary(inputs, process.env);
    const decision = decide(inputs);
    await announce(inputs, decision);
    const [{ runAction }, { publish }] = await Promise.all([
      import('./action/run.js'),
      import('./action/publish.js'),
    ]);
    await publish(await runAction(inputs, process.env, decision));
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
