// Validated-shape policies built directly (no parser), for every suite that needs one. The defaults
// are one checkout service on Cloud Run with the default steps; suites override what they test.
import type { Analysis, HaproxySettings, Policy, Service, Step } from '../../src/policy/types.js';

export const MIN = 60_000;

/** Each percent baking `bakeMs`, after a header-only (0%) stage baking `headerMs` when given. */
export function steps(percents: number[], bakeMs: number, headerMs?: number): Step[] {
  return [
    ...(headerMs === undefined ? [] : [{ headerOnly: true, percent: 0, bakeMs: headerMs }]),
    ...percents.map((percent) => ({ headerOnly: false, percent, bakeMs })),
  ];
}

/** Overrides for makeService; `analysis` is merged into the default analysis. */
export type ServiceOverrides = Omit<Partial<Service>, 'analysis'> & { analysis?: Partial<Analysis> };

export function makeService(over: ServiceOverrides = {}): Service {
  const { analysis, ...rest } = over;
  return {
    name: 'checkout',
    project: 'acme-prod',
    region: 'us-central1',
    projectNumber: '123456789012',
    hosts: ['shop.example.com'],
    paths: ['/checkout'],
    image: 'img:v2',
    routing: { header: { name: 'X-Canary', value: 'always' }, stickyCookie: 'cr_checkout' },
    health: { path: '/health' },
    steps: steps([5, 25, 50], 10 * MIN, 5 * MIN), // the defaults: the header alone, then 5, 25, 50%
    promote: 'on-merge',
    ...rest,
    analysis: {
      source: 'prometheus',
      intervalMs: 30_000,
      minRequests: 200,
      alpha: 0.01,
      metrics: [],
      ...analysis,
    },
  };
}

/** Overrides for makePolicy: `haproxy` is merged into the default settings (an undefined value
 *  drops an optional one), `service` builds the single service unless `services` is given. */
export type PolicyOverrides = Omit<Partial<Policy>, 'haproxy'> & {
  haproxy?: Partial<HaproxySettings>;
  service?: ServiceOverrides;
};

export function makePolicy(over: PolicyOverrides = {}): Policy {
  const { haproxy, service, ...rest } = over;
  return {
    version: 1,
    file: 'traffic-policy.yaml',
    digest: 'sha256:test',
    splitAt: 'cloud-run',
    services: [makeService(service)],
    ...rest,
    haproxy: {
      output: 'haproxy/haproxy.cfg',
      bind: [':443'],
      redirectHttp: false,
      limits: { maxConnections: 4000 },
      timeouts: { connectMs: 5000, clientMs: 30000, serverMs: 300000 },
      runtimeApi: '127.0.0.1:9999',
      statsSocket: '/tmp/haproxy.sock',
      prometheusBind: '127.0.0.1:8405',
      mapFile: '/etc/haproxy/canary-relay.map',
      caFile: '@system-ca',
      ...haproxy,
    },
  };
}
