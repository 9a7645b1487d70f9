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
  /** the stage's minimum time: it passes no earlier, however strong the evidence */
  bakeMs: number;
  /** the stage's longest time: still undecided then, it is inconclusive (normalised: 3 × bake) */
  maxBakeMs?: number;
  /** the rollout waits for a person's approval before entering this step */
  approval?: 'required';
}

// Judge fields (issue 10): `tolerance` is the ratio the mirror test must rule out for a pass;
// `absolute` lets the ceiling fail the canary even when stable is as bad; `warmup` keeps a cold
// start out of the latency test; `source` reads this metric from another source than the block's.
export type Metric =
  | {
      kind: 'error-rate';
      max?: number /* fraction 0..1 */;
      vsBaseline: boolean;
      tolerance?: number;
      absolute?: boolean;
      source?: SourceKind;
    }
  | {
      kind: 'latency';
      quantile: number /* 0..1 */;
      maxMs?: number;
      vsBaseline: boolean;
      tolerance?: number;
      absolute?: boolean;
      warmupMs?: number;
      source?: SourceKind;
    }
  | { kind: 'custom'; name: string; query: string; min?: number; max?: number; source?: SourceKind };

/** Where a metric is read from (each read by a MetricSource adapter, src/adapters/metrics/source.ts). */
export type SourceKind = 'prometheus' | 'cloud-monitoring' | 'haproxy';

/** What an inconclusive stage (undecided at max-bake) does: keep its traffic, or roll back. */
export type OnInconclusive = 'hold' | 'rollback';

export interface Analysis {
  source: SourceKind;
  prometheusUrl?: string;
  intervalMs: number;
  minRequests: number;
  alpha: number;
  metrics: Metric[];
  onInconclusive?: OnInconclusive;
  /** wrong-pass budget of the mirror tests (default 0.01), not split across metrics */
  passAlpha?: number;
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
    header?: { name: string; value: string; /** CIDRs that may pick the canary */ allowFrom?: string[] };
    stickyCookie?: string;
  };
  health: { path: string } & Partial<HealthTuning>;
  // issue 12: private services and per-service client certificates (absent: the defaults)
  auth?: 'none' | 'id-token';
  clientAuthorization?: 'drop' | 'pass-through';
  clientVerify?: 'required' | 'optional';
  steps: Step[];
  promote: 'on-merge' | 'gradual' | 'auto';
  analysis: Analysis;
  smoke?: Smoke;
  /** replaces the policy's `notify` for this service */
  notify?: NotifyTarget[];
  hooks?: { preStep?: Hook; postStep?: Hook };
}

/** Health-check timing (absent fields: DEFAULT_HEALTH in normalise.ts). */
export interface HealthTuning {
  intervalMs: number;
  timeoutMs: number;
  fall: number;
  rise: number;
  slowstartMs: number;
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
  // issue 12 (absent: the defaults in normalise.ts DEFAULT_HAPROXY_EXTRAS)
  log?: string; // stdout | stderr | none | syslog host:port
  clientCa?: string;
  clientVerify?: 'required' | 'optional';
  trustedProxies?: string[];
  hstsIncludeSubdomains?: boolean;
  serverStateFile?: string;
  tokenMap?: string;
  tunnelTimeoutMs?: number;
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
  /** `defaults.operation-timeout`: how long one Cloud Run operation may run (absent: 10 min) */
  operationTimeoutMs?: number;
  notify?: NotifyTarget[];
}

export type ValidationResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

// Operator controls (notifications, hooks): URLs and secrets are environment variable names.
export const NOTIFY_EVENTS = [
  'started',
  'step-passed',
  'failed',
  'rolled-back',
  'promoted',
  'inconclusive',
  'paused',
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export type NotifyTarget =
  | { kind: 'slack'; urlEnv: string; events: NotifyEvent[] }
  | { kind: 'webhook'; urlEnv: string; secretEnv: string; events: NotifyEvent[] };

export interface Hook {
  /** exactly one of url / urlEnv */
  url?: string;
  urlEnv?: string;
  secretEnv?: string;
  timeoutMs: number;
}
