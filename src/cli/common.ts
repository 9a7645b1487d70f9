// What every CLI command shares: the output streams, usage errors, argument parsing, policy loading.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { validatePolicyText } from '../policy/index.js';
import { formatPolicyError, type Policy } from '../policy/types.js';
import { readText } from '../adapters/files.js';
import { validatePolicyInWorkspace } from '../adapters/output-path.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** stdout is a terminal (colour allowed) */
  tty?: boolean;
}

export class UsageError extends Error {}

type Args = ReturnType<typeof parseArgs>;

export function parse(argv: string[], options: ParseArgsConfig['options']): Args {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * Reads and validates a policy; reports errors and returns null when invalid. With a workspace,
 * also where `haproxy.output` would land there (symlinks followed), as the action checks it.
 */
export async function loadPolicy(path: string, io: Io, workspace?: string): Promise<Policy | null> {
  const text = await readText(path, 'policy');
  const result =
    workspace === undefined
      ? validatePolicyText(text, path)
      : await validatePolicyInWorkspace(text, path, workspace);
  if (result.ok) return result.policy;
  for (const e of result.errors) io.err(formatPolicyError(e));
  io.err(
    `${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${path}; nothing rendered or applied`,
  );
  return null;
}
