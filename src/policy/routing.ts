// Checks on what routes requests and what queries metrics: values HAProxy or the metrics adapter
// would accept but that would route or measure the wrong thing.
import type { Add } from './listeners.js';
import type { PathSeg } from './parse.js';

/** Headers every request carries or that proxies rewrite: a cohort on them is not a cohort. */
const RESERVED_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
  'expect',
  'cookie',
  'set-cookie',
  'forwarded',
  'via',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  'proxy-authorization',
  'authorization',
]);

export function checkCohortHeader(name: string): string | null {
  if (!RESERVED_HEADERS.has(name.toLowerCase())) return null;
  return (
    `${JSON.stringify(name)} is a hop-by-hop, routing or credential header that ordinary requests carry or ` +
    'proxies rewrite, so the cohort would not be chosen by you; use a header of your own, e.g. X-Canary'
  );
}

export const EVERY_PATH = '(every path)';
/** What HAProxy routes for a path: `/api` and `/api/` both claim /api/…; `/` claims every path. */
export const routedPrefix = (p: string) => p.replace(/\/+$/, '') || EVERY_PATH;

/** The placeholders the metrics adapter fills in (src/adapters/metrics/queries.ts fillQuery). */
export const QUERY_PLACEHOLDERS = ['service', 'revision', 'backend', 'window'] as const;

export function checkPlaceholders(query: string, path: PathSeg[], add: Add): void {
  for (const m of query.matchAll(/\{\{(.*?)\}\}/gs)) {
    const name = m[1].trim();
    if ((QUERY_PLACEHOLDERS as readonly string[]).includes(name)) continue;
    add(
      path,
      `${JSON.stringify(m[0])} is not a placeholder; the query may use ${QUERY_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
    );
    return;
  }
}
