// A validated policy (the shape src/policy produces) for the rollout and engine tests.
import type { StageJudgement, Verdict } from '../../src/analysis/types.js';
import type { Policy, Service, SplitAt, Step } from '../../src/policy/types.js';

export const MIN = 60_000;

export const STEPS: Step[] = [
  { headerOnly: true, percent: 0, bakeMs: 5 * MIN },
  { headerOnly: false, percent: 5, bakeMs: 10 * MIN },
  { headerOnly: false, percent: 25, bakeMs: 10 * MIN },
  { headerOnly: false, percent: 50, bakeMs: 10 * MIN },
];

export function makeService(over: Partial<Service> = {}): Service {
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
    steps: STEPS,
    promote: 'on-merge',
    analysis: { source: 'prometheus', intervalMs: 30_000, minRequests: 200, alpha: 0.01, metrics: [] },
    ...over,
  };
}

export function makePolicy(splitAt: SplitAt = 'cloud-run', service: Partial<Service> = {}): Policy {
  return {
    version: 1,
    file: 'traffic-policy.yaml',
    digest: 'sha256:test',
    splitAt,
    services: [makeService(service)],
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
    },
  };
}

export function judgement(verdict: Verdict, reason = ''): StageJudgement {
  return {
    verdict,
    decidedAt: null,
    metrics:
      verdict === 'fail'
        ? [
            {
              metric: 'error-rate',
              verdict: 'fail',
              canaryValue: 0.04,
              stableValue: 0.005,
              canaryRequests: 1000,
              stableRequests: 9000,
              canaryEvents: 40,
              stableEvents: 45,
              e: 250,
              pValue: 0.004,
              ratio: 8,
              ratioInterval: [4, 16],
              reason: reason || 'canary errors 4.0% vs stable 0.5%',
            },
          ]
        : [],
    series: [],
    notes: [],
  };
}
