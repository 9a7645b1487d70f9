// Reads what `status` shows through the ports: every service of the policy (or every service in a
// project/region), and the HAProxy map once when a runtime API is configured. A service that cannot
// be read becomes an error row; an unreachable runtime API becomes a note — status never throws
// for one bad source.
import type { Policy, Service } from '../policy/types.js';
import type { ServiceSnapshot } from '../rollout/ports.js';
import { errorRow, statusRow, type StatusRow } from './model.js';

export interface StatusCloudRun {
  getService(service: string): Promise<ServiceSnapshot>;
  listServices(): Promise<ServiceSnapshot[]>;
}

export interface StatusSources {
  cloudRun(project: string, region: string): StatusCloudRun;
  /** the runtime API, when the policy names one */
  haproxy?: { getPercents(mapFile: string): Promise<Record<string, number>> };
}

export interface StatusRequest {
  policy?: Policy;
  /** override (with a policy) or choose (without) where the services live */
  project?: string;
  region?: string;
  sources: StatusSources;
  now: number;
}

export interface StatusReport {
  rows: StatusRow[];
  /** about the sources as a whole (an unreachable runtime API) */
  notes: string[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function mapPercents(req: StatusRequest, notes: string[]): Promise<Record<string, number> | undefined> {
  const p = req.policy;
  if (!p || p.splitAt !== 'haproxy' || !req.sources.haproxy) return undefined;
  try {
    return await req.sources.haproxy.getPercents(p.haproxy.mapFile);
  } catch (e) {
    notes.push(`HAProxy runtime API not readable (${message(e)}); percents are the rollout state's`);
    return undefined;
  }
}

export async function collectStatus(req: StatusRequest): Promise<StatusReport> {
  const notes: string[] = [];
  if (!req.policy) return collectAll(req, notes);
  const map = await mapPercents(req, notes);
  const rows: StatusRow[] = [];
  for (const service of req.policy.services) {
    rows.push(await oneService(req, service, map));
  }
  return { rows, notes };
}

async function oneService(
  req: StatusRequest,
  service: Service,
  map: Record<string, number> | undefined,
): Promise<StatusRow> {
  const project = req.project ?? service.project;
  const region = req.region ?? service.region;
  const location = `${project}/${region}`;
  try {
    const snap = await req.sources.cloudRun(project, region).getService(service.name);
    return statusRow({
      snap,
      location,
      service,
      splitAt: req.policy!.splitAt,
      ...(map ? { mapPercent: map[service.name] ?? null } : {}),
      now: req.now,
    });
  } catch (e) {
    return errorRow(service.name, location, message(e));
  }
}

async function collectAll(req: StatusRequest, notes: string[]): Promise<StatusReport> {
  if (!req.project || !req.region) throw new Error('status needs --policy, or --project and --region');
  const location = `${req.project}/${req.region}`;
  const snaps = await req.sources.cloudRun(req.project, req.region).listServices();
  notes.push(`no policy given: steps, time left and the HAProxy map are not known`);
  const rows = snaps
    .map((snap) => statusRow({ snap, location, splitAt: 'cloud-run', now: req.now }))
    .sort((a, b) => a.service.localeCompare(b.service));
  return { rows, notes };
}
