// The shell: a command line runs the CLI; otherwise this is the action
// (inputs → decision → check in progress → run → one outcome, published once).
// The one catch that calls setFailed lives here.
import * as core from '@actions/core';
import { runCli } from './cli.js';
import { runAction } from './action/run.js';
import { readInputs } from './action/inputs.js';
import { announce, publish } from './action/publish.js';

const stdio = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

export async function main(argv: string[]): Promise<void> {
  if (argv.length > 0 || !process.env.GITHUB_ACTIONS) {
    process.exitCode = await runCli(argv.length ? argv : ['help'], stdio);
    return;
  }
  try {
    const inputs = readInputs();
    const outcome = await runAction(inputs, process.env, (d) => announce(inputs, d));
    await publish(outcome);
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
