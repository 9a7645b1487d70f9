// The metric suites' service and policy: one 50% step after the header stage, 1 s polls, a small
// request minimum, and HAProxy settings on loopback (the end-to-end test runs the rendered config).
import type { Analysis, Policy, Service } from '../../src/policy/types.js';
import { makePolicy, makeService, steps } from '../support/policies.js';

export function testService(analysis: Partial<Analysis> = {}, bakeMs = 20_000): Service {
  return makeService({
    paths: [],
    image: 'us-docker.pkg.dev/acme/apps/checkout:v2',
    steps: steps([50], bakeMs, bakeMs),
    analysis: {
      intervalMs: 1000,
      minRequests: 50,
      metrics: [{ kind: 'error-rate', vsBaseline: true }],
      ...analysis,
    },
  });
}

export function testPolicy(service: Service, over: Omit<Partial<Policy>, 'haproxy'> = {}): Policy {
  return makePolicy({
    digest: '0'.repeat(64),
    haproxy: {
      bind: ['127.0.0.1:8443'],
      limits: { maxConnections: 2000 },
      timeouts: { connectMs: 2000, clientMs: 10_000, serverMs: 10_000 },
      runtimeApi: undefined,
      statsSocket: '/tmp/cr-admin.sock',
      mapFile: '/tmp/cr.map',
    },
    splitAt: 'haproxy',
    services: [service],
    ...over,
  });
}
