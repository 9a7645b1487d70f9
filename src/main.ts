// The shell: a command line runs the CLI; otherwise this is the action
// (inputs → policy → plan → engine → report). The one catch that calls setFailed lives here.
import * as core from '@actions/core';
import { runCli } from './cli.js';
import { runAction } from './action.js';
import { readInputs } from './inputs.js';

const stdio = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  tty: process.stdout.isTTY === true,
};

export async function main(argv: string[]): Promise<void> {
  if (argv.length > 0 || !process.env.GITHUB_ACTIONS) {
    process.exitCode = await runCli(argv.length ? argv : ['help'], stdio);
    return;
  }
  try {
    await runAction(readInputs(), process.env);
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
