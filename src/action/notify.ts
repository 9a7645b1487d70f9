// The action's notifier: targets from the policy, URLs and secrets from the job's environment
// (masked), links to the PR and this run. Undefined when the policy notifies nobody.
import * as core from '@actions/core';
import type { Policy } from '../policy/types.js';
import { createNotifier, type Notifier } from '../adapters/notify.js';
import { notifyTargets } from '../notify/events.js';

export function policyNotifier(policy: Policy, env: NodeJS.ProcessEnv): Notifier | undefined {
  const targetsFor = (name: string) => notifyTargets(policy, name);
  if (!policy.services.some((s) => targetsFor(s.name).length)) return undefined;
  return createNotifier({
    targetsFor,
    env,
    links: { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, runId: env.GITHUB_RUN_ID },
    mask: (secret) => core.setSecret(secret),
    log: (line) => core.warning(line),
  });
}
