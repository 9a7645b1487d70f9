// A validated-shape Service for observer tests (what the policy module hands over).
import type { Analysis, Policy, Service } from '../../src/policy/types.js';

export function testService(analysis: Partial<Analysis> = {}, bakeMs = 20_000): Service {
  return {
    name: 'checkout',
    project: 'acme-prod',
    region: 'us-central1',
    projectNumber: '123456789012',
    hosts: ['shop.example.com'],
    paths: [],
    image: 'us-docker.pkg.dev/acme/apps/checkout:v2',
    routing: { header: { name: 'X-Canary', value: 'always' }, stickyCookie: 'cr_checkout' },
    health: { path: '/health' },
    steps: [
      { headerOnly: true, percent: 0, bakeMs },
      { headerOnly: false, percent: 50, bakeMs },
    ],
    promote: 'on-merge',
    analysis: {
      source: 'prometheus',
      intervalMs: 1000,
      minRequests: 50,
      alpha: 0.01,
      metrics: [{ kind: 'error-rate', vsBaseline: true }],
      ...analysis,
    },
  };
}

export function testPolicy(service: Service, over: Partial<Policy> = {}): Policy {
  return {
    version: 1,
    file: 'traffic-policy.yaml',
    digest: '0'.repeat(64),
    haproxy: {
      output: 'haproxy/haproxy.cfg',
      bind: ['127.0.0.1:8443'],
      redirectHttp: false,
      limits: { maxConnections: 2000 },
      timeouts: { connectMs: 2000, clientMs: 10_000, serverMs: 10_000 },
      statsSocket: '/tmp/cr-admin.sock',
      prometheusBind: '127.0.0.1:8405',
      mapFile: '/tmp/cr.map',
      caFile: '@system-ca',
    },
    splitAt: 'haproxy',
    services: [service],
    ...over,
  };
}
