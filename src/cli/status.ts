// `canary-relay status`: every service's rollout as a table (or JSON), read from Cloud Run and,
// when the policy names a runtime API, from the HAProxy map.
import { createCloudRun, type CloudRunAdapter } from '../adapters/cloud-run.js';
import { HaproxyRuntime } from '../adapters/haproxy-runtime.js';
import { checkAddressOrSocket, checkProjectId, checkRegion } from '../policy/whitelist.js';
import { renderStatusJson, renderStatusTable } from '../render/status.js';
import { collectStatus } from '../status/collect.js';
import { loadPolicy, parse, UsageError, type Io } from './common.js';

function checked(flag: string, value: unknown, check: (v: string) => string | null): string | undefined {
  if (value === undefined) return undefined;
  const bad = check(String(value));
  if (bad) throw new UsageError(`${flag} ${String(value)}: ${bad}`);
  return String(value);
}

export async function status(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    policy: { type: 'string' },
    project: { type: 'string' },
    region: { type: 'string' },
    json: { type: 'boolean' },
    'cloud-run-endpoint': { type: 'string', default: process.env.CLOUD_RUN_ENDPOINT ?? '' },
    'runtime-api': { type: 'string' },
    'no-color': { type: 'boolean' },
  });
  if (positionals.length)
    throw new UsageError(`status takes no positional arguments (got ${positionals[0]})`);
  const project = checked('--project', values.project, checkProjectId);
  const region = checked('--region', values.region, checkRegion);
  const runtimeApi = checked('--runtime-api', values['runtime-api'], checkAddressOrSocket);
  if (!values.policy && (!project || !region))
    throw new UsageError('status needs --policy FILE, or --project and --region');
  const policy = typeof values.policy === 'string' ? await loadPolicy(values.policy, io) : undefined;
  if (policy === null) return 1;
  const clients = new Map<string, CloudRunAdapter>();
  const address = runtimeApi ?? policy?.haproxy.runtimeApi;
  try {
    const report = await collectStatus({
      ...(policy ? { policy } : {}),
      ...(project ? { project } : {}),
      ...(region ? { region } : {}),
      now: Date.now(),
      sources: {
        cloudRun: (p, r) => {
          const key = `${p}/${r}`;
          if (!clients.has(key)) {
            const endpoint = String(values['cloud-run-endpoint']);
            clients.set(key, createCloudRun({ project: p, region: r, endpoint, rpcTimeoutMs: 15_000 }));
          }
          return clients.get(key)!;
        },
        ...(address
          ? { haproxy: new HaproxyRuntime(address, { timeoutMs: 3000, persistMapFile: false }) }
          : {}),
      },
    });
    if (values.json) io.out(renderStatusJson(report.rows, Date.now()));
    else {
      const color = io.tty === true && !process.env.NO_COLOR && !values['no-color'];
      io.out(renderStatusTable(report.rows, { color }));
      for (const n of report.notes) io.err(`note: ${n}`);
    }
    return report.rows.some((r) => r.error || r.disagreements.length) ? 1 : 0;
  } finally {
    await Promise.all([...clients.values()].map((c) => c.close()));
  }
}
