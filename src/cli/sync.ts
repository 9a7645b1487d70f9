// `canary-relay sync`, run on the HAProxy host (systemd ExecStartPre/ExecReload and a timer; see
// the README): reads each service's rollout state from Cloud Run with the host's own credentials,
// writes the percent, routes and revisions maps the config reads, and applies the percents and
// revisions to the running HAProxy (read back). A reload then starts from the files and keeps the
// split, and its log lines keep naming the revisions that serve.
import { createCloudRun } from '../adapters/cloud-run.js';
import { writeTextAtomic } from '../adapters/files.js';
import { HaproxyRuntime } from '../adapters/haproxy-runtime.js';
import type { Policy } from '../policy/types.js';
import {
  renderPercentMap,
  renderRevisionsMap,
  renderRoutesMap,
  requireRevisionName,
  revisionsMapPath,
  routesMapPath,
  taggedRevisions,
  type SideRevisions,
} from '../render/index.js';
import { parseState, statePercent } from '../rollout/state.js';
import { backendName, CANARY_TAG, STABLE_TAG } from '../policy/names.js';
import { loadPolicy, parse, UsageError, type Io } from './common.js';

/** Each service's canary percent from its rollout state on Cloud Run; errors name the service. */
async function readPercents(
  policy: Policy,
  endpoint: string,
): Promise<{ percents: Record<string, number>; revisions: Record<string, string | null>; errors: string[] }> {
  const clients = new Map<string, ReturnType<typeof createCloudRun>>();
  const percents: Record<string, number> = {};
  const revisions: Record<string, string | null> = {};
  const errors: string[] = [];
  try {
    for (const s of policy.services) {
      const key = `${s.project}/${s.region}`;
      if (!clients.has(key))
        clients.set(key, createCloudRun({ project: s.project, region: s.region, endpoint }));
      try {
        const snap = await clients.get(key)!.getService(s.name);
        const parsed = parseState(snap.annotations);
        if (parsed.problem) throw new Error(parsed.problem);
        percents[s.name] = policy.splitAt === 'haproxy' ? statePercent(s, parsed.state) : 0;
        // the revision each tag (the backends' hosts) points to, whitelisted before HAProxy sees it
        for (const [key, rev] of Object.entries(taggedRevisions(s.name, snap.traffic)))
          revisions[key] =
            rev === null ? null : requireRevisionName(rev, `${s.name}: the revision tagged ${key}`);
      } catch (e) {
        errors.push(`${s.name}: reading its rollout state from Cloud Run failed: ${(e as Error).message}`);
      }
    }
  } finally {
    await Promise.all([...clients.values()].map((c) => c.close()));
  }
  return { percents, revisions, errors };
}

/** The per-service shape renderRevisionsMap takes, from `<service>_<side>` entries. */
function bySide(policy: Policy, revisions: Record<string, string | null>): SideRevisions {
  return Object.fromEntries(
    policy.services.map((s) => [
      s.name,
      {
        stable: revisions[backendName(s.name, STABLE_TAG)],
        canary: revisions[backendName(s.name, CANARY_TAG)],
      },
    ]),
  );
}

/** Sets every percent that differs in the running HAProxy and reads them back; false when it is
 *  not running (the files are what it will start from). */
async function apply(
  runtime: HaproxyRuntime,
  mapFile: string,
  percents: Record<string, number>,
  io: Io,
): Promise<boolean> {
  let live: Record<string, number>;
  try {
    live = await runtime.getPercents(mapFile);
  } catch (e) {
    if (/ECONNREFUSED|ENOENT/.test((e as Error).message)) return false;
    throw e;
  }
  for (const [service, want] of Object.entries(percents)) {
    if (live[service] === want) continue;
    await runtime.setPercent(mapFile, service, want);
    io.out(`${service}: ${live[service] ?? 'no'}% -> ${want}% in the running HAProxy`);
  }
  const after = await runtime.getPercents(mapFile);
  const off = Object.entries(percents).filter(([s, p]) => after[s] !== p);
  if (off.length > 0) {
    throw new Error(
      `show map ${mapFile} reads ${off.map(([s]) => `${s} ${after[s] ?? 'nothing'}`).join(', ')} after the change`,
    );
  }
  return true;
}

export async function sync(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    'map-file': { type: 'string' },
    'runtime-api': { type: 'string' },
    'no-apply': { type: 'boolean' },
    'cloud-run-endpoint': { type: 'string', default: '' },
  });
  if (positionals.length !== 1) throw new UsageError('sync takes one policy file');
  const policy = await loadPolicy(positionals[0], io);
  if (!policy) return 1;
  const mapFile = (values['map-file'] as string | undefined) ?? policy.haproxy.mapFile;
  const { percents, revisions, errors } = await readPercents(policy, String(values['cloud-run-endpoint']));
  if (errors.length > 0) {
    // a service left out would be written as 0%: a reload would then reset its split
    for (const e of errors) io.err(e);
    io.err(`nothing written: ${mapFile} and the running HAProxy keep what they have`);
    return 1;
  }
  await writeTextAtomic(mapFile, renderPercentMap(policy, percents));
  await writeTextAtomic(routesMapPath(mapFile), renderRoutesMap(policy));
  const revFile = revisionsMapPath(mapFile);
  await writeTextAtomic(revFile, renderRevisionsMap(policy, bySide(policy, revisions)));
  const summary = Object.entries(percents)
    .map(([s, p]) => `${s} ${p}%`)
    .join(', ');
  io.out(`wrote ${mapFile} (${summary}), ${routesMapPath(mapFile)} and ${revFile}`);
  if (values['no-apply']) return 0;
  const address = (values['runtime-api'] as string | undefined) ?? policy.haproxy.statsSocket;
  // memory only: the files were just written above
  const runtime = new HaproxyRuntime(address, { persistMapFile: false });
  if (!(await apply(runtime, mapFile, percents, io))) {
    io.out(`HAProxy is not running at ${address}: it reads the files when it starts`);
    return 0;
  }
  for (const c of await runtime.setEntries(revFile, revisions)) io.out(`${c} in the running HAProxy`);
  io.out(`the running HAProxy at ${address} has the same percents and revisions (read back)`);
  return 0;
}
