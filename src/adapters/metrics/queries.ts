// Built-in PromQL for the two places canary-relay reads Prometheus-style metrics, and the filling of
// custom queries' placeholders. Every value put into a query passes a whitelist first (no quotes,
// backslashes, braces or spaces can reach PromQL); anything else is an error, never escaped.
import { checkProjectId, checkRevisionName, checkServiceName } from '../../policy/whitelist.js';
import { backendName, type Side } from '../../policy/names.js';
import type { SourceAnchor } from './source.js';

export interface QuerySet {
  anchor: SourceAnchor;
  /** cumulative requests (one series after sum) */
  requests: string;
  /** cumulative 5xx responses */
  errors: string;
  /** true where an error series only exists once an error happened (absent + requests present = 0) */
  errorsAbsentIsZero: boolean;
  /** `sum by (le)` of cumulative latency buckets in ms; absent: this source has no latency histogram */
  latencyBuckets?: string;
  /** why latency is absent or how it is measured */
  latencyNote: string;
}

/** Placeholders a custom query may use, and `{{window}}` (seconds since the stage start, e.g. `95s`). */
export interface PlaceholderValues {
  revision?: string;
  backend?: string;
  service?: string;
  window?: string;
}

const SERVICE_RE = /^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/; // Cloud Run service names
const REVISION_RE = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/; // Cloud Run revision names
const BACKEND_RE = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}$/; // HAProxy proxy names
const WINDOW_RE = /^[1-9][0-9]{0,7}s$/;

const CHECKS: Record<keyof PlaceholderValues, { re: RegExp; valid: string }> = {
  service: { re: SERVICE_RE, valid: 'a Cloud Run service name (lowercase letters, digits, "-", ≤ 49 chars)' },
  revision: {
    re: REVISION_RE,
    valid: 'a Cloud Run revision name (lowercase letters, digits, "-", ≤ 63 chars)',
  },
  backend: { re: BACKEND_RE, valid: 'an HAProxy backend name (letters, digits, "_", ".", ":", "-")' },
  window: { re: WINDOW_RE, valid: 'a whole number of seconds like "90s"' },
};

const POLICY_CHECKS: Partial<Record<keyof PlaceholderValues, (v: unknown) => string | null>> = {
  service: checkServiceName,
  revision: checkRevisionName,
};

/** Throws unless `value` is acceptable for the placeholder `name` (the policy's whitelist, then ours). */
export function checkPlaceholderValue(name: keyof PlaceholderValues, value: string): string {
  const c = CHECKS[name];
  const policyProblem = Object.hasOwn(POLICY_CHECKS, name) ? POLICY_CHECKS[name]?.(value) : null;
  if (policyProblem)
    throw new Error(`cannot put a value into a PromQL query as {{${name}}}: ${policyProblem}`);
  if (!c.re.test(value)) {
    throw new Error(
      `cannot put ${JSON.stringify(value)} into a PromQL query as {{${name}}}: it must be ${c.valid}`,
    );
  }
  return value;
}

/** Fills `{{revision}}`, `{{backend}}`, `{{service}}`, `{{window}}`; unknown or unset placeholders are errors. */
export function fillQuery(query: string, values: PlaceholderValues, what = 'query'): string {
  return query.replace(/\{\{\s*([A-Za-z_]+)\s*\}\}/g, (_m, name: string) => {
    // own keys only: "__proto__" or "constructor" are not placeholders
    if (!Object.hasOwn(CHECKS, name)) {
      throw new Error(
        `${what} uses {{${name}}}; the placeholders are {{revision}}, {{backend}}, {{service}} and {{window}}`,
      );
    }
    const v = values[name as keyof PlaceholderValues];
    if (v === undefined)
      throw new Error(`${what} uses {{${name}}} but this source has no ${name} to put there`);
    return checkPlaceholderValue(name as keyof PlaceholderValues, v);
  });
}

/** A side's HAProxy backend (src/policy/names.ts), the service name checked for a query. */
export function haproxyBackendName(service: string, side: Side | 'service'): string {
  return backendName(checkPlaceholderValue('service', service), side);
}

/**
 * HAProxy's built-in exporter (`http-request use-service prometheus-exporter`): per-backend counters,
 * so the canary and stable backends are counted apart. HAProxy exports no latency histogram (only
 * `haproxy_backend_response_time_average_seconds`, a mean over the last 1024 requests), so latency
 * cannot be judged from this source.
 */
export function haproxyExporterQueries(backend: string, excludeServer?: string): QuerySet {
  const b = checkPlaceholderValue('backend', backend);
  // the canary backend's backup server "stable" answers for the stable revision: subtract it
  const minus = (code: string) =>
    excludeServer === undefined
      ? ''
      : ` - (sum(haproxy_server_http_responses_total{proxy="${b}",server="${checkPlaceholderValue('backend', excludeServer)}"${code}}) or vector(0))`;
  return {
    anchor: 'counter-history',
    requests: `sum(haproxy_backend_http_requests_total{proxy="${b}"})${minus('')}`,
    errors: `sum(haproxy_backend_http_responses_total{proxy="${b}",code="5xx"})${minus(',code="5xx"')}`,
    errorsAbsentIsZero: false,
    latencyNote:
      'HAProxy exports no latency histogram (only a moving average), so latency is not judged from it; use Cloud Run metrics for latency',
  };
}

/**
 * Cloud Run metrics in Google Managed Prometheus. They are DELTA metrics in Cloud Monitoring, read
 * here with increase() over the stage so far ({{window}}), i.e. totals since the stage start. Series
 * only exist once a request of that class was seen, hence errorsAbsentIsZero.
 */
export function cloudRunGmpQueries(opts: { service: string; revision: string; project?: string }): QuerySet {
  const s = checkPlaceholderValue('service', opts.service);
  const r = checkPlaceholderValue('revision', opts.revision);
  let sel = `monitored_resource="cloud_run_revision",service_name="${s}",revision_name="${r}"`;
  if (opts.project !== undefined) {
    const problem = checkProjectId(opts.project);
    if (problem) throw new Error(`cannot put the project into a PromQL query: ${problem}`);
    sel += `,project_id="${opts.project}"`;
  }
  return {
    anchor: 'since-stage-start',
    requests: `sum(increase(run_googleapis_com:request_count{${sel}}[{{window}}]))`,
    errors: `sum(increase(run_googleapis_com:request_count{${sel},response_code_class="5xx"}[{{window}}]))`,
    errorsAbsentIsZero: true,
    latencyBuckets: `sum by (le) (increase(run_googleapis_com:request_latencies_bucket{${sel}}[{{window}}]))`,
    latencyNote: 'latency from run.googleapis.com/request_latencies (ms buckets)',
  };
}
