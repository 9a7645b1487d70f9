// The action's shell (src/index.ts sends a command line to src/cli/entry.ts instead):
// inputs → decision → check in progress → run → one outcome, published once; mode `status`
// only reads and writes the status table.
// The one catch that calls setFailed lives here.
import * as core from '@actions/core';
import { runAction } from './action/run.js';
import { readInputs } from './action/inputs.js';
import { announce, publish } from './action/publish.js';

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
    const outcome = await runAction(inputs, process.env, (d) => announce(inputs, d));
    await publish(outcome);
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
