// The shell: a command line runs the CLI; otherwise this is the action
// (inputs → decision → check in progress → run → one outcome, published once); mode `status`
// only reads and writes the status table.
// The one catch that calls setFailed lives here.
import * as core from '@actions/core';
import { runCli } from './cli.js';
import { runAction } from './action/run.js';
import { readInputs } from './action/inputs.js';
import { announce, publish } from './action/publish.js';

const stdio = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  tty: process.stdout.isTTY === true,
};

/** A reader that stops early (`| head`) closes the pipe: stop quietly, as other CLI tools do. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

export async function main(argv: string[]): Promise<void> {
  if (argv.length > 0 || !process.env.GITHUB_ACTIONS) {
    quietOnClosedPipe();
    process.exitCode = await runCli(argv.length ? argv : ['help'], stdio);
    return;
  }
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
