// The CLI's own entry: index.ts loads it for a command line, so `validate` and friends never load
// the action's GitHub libraries, undici or simple-git (a separate chunk in dist/).
import { runCli } from '../cli.js';

const stdio = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

/** A reader that stops early (`| head`) closes the pipe: stop quietly, as other CLI tools do. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

export async function cliMain(argv: string[]): Promise<void> {
  quietOnClosedPipe();
  process.exitCode = await runCli(argv.length ? argv : ['help'], stdio);
}
