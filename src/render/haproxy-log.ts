// HAProxy request logs (issue 12): the log target, a log format that is HAProxy's httplog plus the
// rollout's routing variables, and a parser for those lines (tests and users reading a rollout).
// The routing core (haproxy.ts) sets txn.cr_service / cr_side / cr_assign / cr_bucket /
// cr_percent (the cross-team contract); this module adds the revision, txn.cr_rev, from the
// revisions map (revisions.ts).
import type { Policy, Service } from '../policy/types.js';
import { backendName } from '../policy/names.js';
import { checkAddress, checkFilePath, checkLogTarget } from '../policy/whitelist.js';
import { I, extras, must } from './haproxy-guard.js';

/** HAProxy's `option httplog` format (2.6, without captures), then the rollout fields as key=value. */
export const HTTPLOG =
  '%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %{+Q}r';
export const ROLLOUT_FIELDS = {
  svc: 'txn.cr_service',
  side: 'txn.cr_side',
  rev: 'txn.cr_rev',
  assign: 'txn.cr_assign',
  bucket: 'txn.cr_bucket',
  pct: 'txn.cr_percent',
} as const;
export const LOG_FORMAT = `${HTTPLOG} ${Object.entries(ROLLOUT_FIELDS)
  .map(([k, v]) => `${k}=%[var(${v})]`)
  .join(' ')}`;

/** `global`: where logs go. stdout/stderr need `format raw` (no syslog header, one line each). */
export function logGlobal(p: Policy): string[] {
  const target = must(checkLogTarget, extras(p).log, 'haproxy.log');
  if (target === 'none') return [];
  if (target === 'stdout' || target === 'stderr') return [`${I}log ${target} format raw local0 info`];
  const where = target.startsWith('/')
    ? must(checkFilePath, target, 'haproxy.log')
    : must(checkAddress, target, 'haproxy.log');
  return [`${I}log ${where} format rfc3164 local0 info`];
}

/** Whether the config logs requests: what only the log reads is computed only then. */
export const logsRequests = (p: Policy): boolean => extras(p).log !== 'none';

/** The main frontend: log every request in the rollout format. */
export function logFrontend(p: Policy): string[] {
  if (!logsRequests(p)) return [];
  return [`${I}log global`, `${I}option dontlognull`, `${I}log-format "${LOG_FORMAT}"`];
}

/** Backend: which revision served, looked up in the revisions map (`<service>_<side>` → revision,
 *  set at runtime as the tags move) so one config serves every rollout; a side the map does not
 *  name logs its tag (stable/canary). A canary backend `withBackup` serves the stable side too
 *  (its backup server): then the stable revision. Under split-at cloud-run the service URL side logs
 *  `service`: Cloud Run picks the revision there. Nothing with `log: none` (no reader). */
export function logBackendVars(
  p: Policy,
  revisionsMap: string,
  s: Service,
  side: 'stable' | 'canary' | 'service',
  withBackup = false,
): string[] {
  if (!logsRequests(p)) return [];
  if (side === 'service') return [`${I}http-request set-var(txn.cr_rev) str(service)`];
  const rev = (x: 'stable' | 'canary') => {
    const key = backendName(s.name, x);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key))
      throw new Error(
        `refusing to render HAProxy config: revisions map key ${JSON.stringify(key)} is not plain`,
      );
    return `${I}http-request set-var(txn.cr_rev) str(${key}),map(${revisionsMap},${x})`;
  };
  if (side === 'stable' || !withBackup) return [rev(side)];
  return [rev('canary'), `${rev('stable')} if { var(txn.cr_side) -m str stable }`];
}

export interface LogRecord {
  client: string;
  acceptDate: string;
  frontend: string;
  backend: string;
  server: string;
  timers: { TR: number; Tw: number; Tc: number; Tr: number; Ta: number };
  status: number;
  bytes: number;
  terminationState: string;
  request: string;
  svc?: string;
  side?: string;
  rev?: string;
  assign?: string;
  bucket?: number;
  pct?: number;
}

const LINE =
  /^(\S+) \[([^\]]+)\] (\S+) ([^/\s]+)\/(\S+) (-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+) (-?\d+) (\d+) \S+ \S+ (\S+) \S+ \S+ "(.*)" svc=(\S+) side=(\S+) rev=(\S+) assign=(\S+) bucket=(\S+) pct=(\S+)$/;

/** One log line in LOG_FORMAT → its fields ("-" = not set → absent); null when it is not one. */
export function parseLogLine(line: string): LogRecord | null {
  const m = LINE.exec(line.trim());
  if (!m) return null;
  const opt = (v: string) => (v === '-' ? undefined : v);
  const n = (v: string) => (v === '-' ? undefined : Number(v));
  const [TR, Tw, Tc, Tr, Ta] = m.slice(6, 11).map(Number);
  return {
    client: m[1],
    acceptDate: m[2],
    frontend: m[3],
    backend: m[4],
    server: m[5],
    timers: { TR, Tw, Tc, Tr, Ta },
    status: Number(m[11]),
    bytes: Number(m[12]),
    terminationState: m[13],
    request: m[14],
    svc: opt(m[15]),
    side: opt(m[16]),
    rev: opt(m[17]),
    assign: opt(m[18]),
    bucket: n(m[19]),
    pct: n(m[20]),
  };
}
