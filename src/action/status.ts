// The action's `status` mode: the same table as `canary-relay status`, written to the job summary
// and the log. Reads only; a service that cannot be read is a row, not a failure.
import * as core from '@actions/core';
import { join } from 'node:path';
import type { Inputs } from './inputs.js';
import { validatePolicyText } from '../policy/index.js';
import { formatPolicyError } from '../policy/types.js';
import { readText } from '../adapters/files.js';
import { createCloudRun, type CloudRunAdapter } from '../adapters/cloud-run.js';
import { HaproxyRuntime } from '../adapters/haproxy-runtime.js';
import { missingCredentials } from './rollouts.js';
import { collectStatus } from '../status/collect.js';
import { renderStatusMarkdown, renderStatusTable } from '../render/status.js';

export async function statusSummary(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const result = validatePolicyText(await readText(join(workspace, inputs.policy), 'policy'), inputs.policy);
  if (!result.ok)
    throw new Error(`${inputs.policy} is invalid:\n${result.errors.map(formatPolicyError).join('\n')}`);
  const creds = missingCredentials(inputs, env);
  if (creds) throw new Error(creds);
  const policy = result.policy;
  const clients = new Map<string, CloudRunAdapter>();
  try {
    const report = await collectStatus({
      policy,
      now: Date.now(),
      sources: {
        cloudRun: (project, region) => {
          const key = `${project}/${region}`;
          if (!clients.has(key))
            clients.set(key, createCloudRun({ project, region, endpoint: inputs.cloudRunEndpoint }));
          return clients.get(key)!;
        },
        ...(policy.haproxy.runtimeApi
          ? {
              haproxy: new HaproxyRuntime(policy.haproxy.runtimeApi, {
                timeoutMs: 3000,
                persistMapFile: false,
              }),
            }
          : {}),
      },
    });
    core.info(renderStatusTable(report.rows));
    for (const n of report.notes) core.info(`note: ${n}`);
    const md = renderStatusMarkdown(report.rows, report.notes);
    core.setOutput('report', md);
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(md).write();
  } finally {
    await Promise.all([...clients.values()].map((c) => c.close()));
  }
}
