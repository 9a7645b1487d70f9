// The action's flow, called from main. Side effects go through adapters; decisions are pure.
import * as core from '@actions/core';
import type { Inputs } from './inputs.js';
import { validatePolicyText } from './policy/index.js';
import { formatPolicyError } from './policy/types.js';
import { readText } from './adapters/files.js';

export async function runAction(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const text = await readText(`${workspace}/${inputs.policy}`, 'policy');
  const result = validatePolicyText(text, inputs.policy);
  if (!result.ok) {
    for (const e of result.errors) {
      core.error(`${e.path}: ${e.message}`, { file: e.file, startLine: e.line, startColumn: e.col, title: 'canary-relay' });
    }
    core.setOutput('verdict', 'fail');
    throw new Error(
      `${inputs.policy} is invalid (${result.errors.length} errors); nothing applied:\n` +
        result.errors.map(formatPolicyError).join('\n'),
    );
  }
  throw new Error(`mode ${inputs.mode}: not implemented yet in this build`);
}
