// The validated, normalised policy: what every other module consumes.
// The YAML contract lives in traffic-policy.schema.json; this is its resolved form
// (defaults applied, durations in milliseconds, percentages as fractions where noted).

/** One problem found in a policy file; formatted as `file:line:col path: message`. */
export interface PolicyError {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  path: string; // e.g. services[0].steps[2].percent
  message: string;
}

export function formatPolicyError(e: PolicyError): string {
  return `${e.file}:${e.line}:${e.col} ${e.path}: ${e.message}`;
}

export interface Step {
  /** true only for a first step that routes the header cohort alone (0%). */
  headerOnly: boolean;
  /** canary percent 0..100 (0 for header-only). */
  percent: number;
  bakeMs: number;
}

export type Metric =
  | { kind: 'error-rate'; max?: number /* fraction 0..1 */; vsBaseline: boolean }
  | { kind: 'latency'; quantile: number /* 0..1 */; maxMs?: number; vsBaseline: boolean }
  | { kind: 'custom'; name: string; query: string; min?: number; max?: number };

export type MetricSource = 'prometheus' | 'cloud-monitoring' | 'haproxy';

export interface Analysis {
  source: MetricSource;
  prometheusUrl?: string;
  intervalMs: number;
  minRequests: number;
  alpha: number;
  metrics: Metric[];
}

export interface Smoke {
  path: string;
  requests: number;
  expectStatus: number;
}

export interface Service {
  name: string;
  project: string;
  region: string;
  projectNumber?: string;
  hosts: string[];
  paths: string[]; // empty = every path
  image?: string;
  revision?: string;
  url?: string; // https://SERVICE-HASH-REGION_CODE.a.run.app
  routing: {
    header?: { name: string; value: string };
    stickyCookie?: string;
  };
  health: { path: string };
  steps: Step[];
  promote: 'on-merge' | 'gradual' | 'auto';
  analysis: Analysis;
  smoke?: Smoke;
}

export interface HaproxySettings {
  output: string;
  bind: string[]; // ":443", "127.0.0.1:8443"
  certificate?: string;
  redirectHttp: boolean;
  httpBind?: string; // where the plain-HTTP redirect listens (default ":80")
  hstsSeconds?: number;
  resolvers?: { nameservers: string[]; refreshMs: number };
  limits: { maxConnections: number; ratePerIp?: { count: number; periodMs: number } };
  timeouts: { connectMs: number; clientMs: number; serverMs: number };
  runtimeApi?: string; // host:port or /path/to.sock (the first of runtimeApis)
  runtimeApis?: string[]; // `runtime-api` given as a list: every HAProxy instance of a fleet
  statsSocket: string; // admin socket path
  prometheusBind: string; // loopback exporter, e.g. 127.0.0.1:8405
  mapFile: string;
  caFile: string; // "@system-ca" or a path
}

export type SplitAt = 'haproxy' | 'cloud-run';

export interface Policy {
  version: 1;
  /** the file name the policy was read from, for messages and the config header */
  file: string;
  /** sha256 of the source text, for the rollout annotation and the config header */
  digest: string;
  haproxy: HaproxySettings;
  splitAt: SplitAt;
  services: Service[];
}

export type ValidationResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };
