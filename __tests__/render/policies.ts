// The example policy (fixtures/policies/valid/example.yaml) built directly (no parser), for renderer
// tests and the live HAProxy proofs.
import type { Policy, Service } from '../../src/policy/types.js';
import { makePolicy, makeService } from '../support/policies.js';

export function service(name: string, over: Partial<Service> = {}): Service {
  return makeService({
    name,
    paths: [],
    image: `us-docker.pkg.dev/acme/apps/${name}@sha256:${'a'.repeat(64)}`,
    routing: { header: { name: 'X-Canary', value: 'always' }, stickyCookie: `cr_${name.replace(/-/g, '_')}` },
    analysis: {
      prometheusUrl: 'http://prometheus.internal:9090',
      metrics: [{ kind: 'error-rate', max: 0.01, vsBaseline: true }],
    },
    ...over,
  });
}

export function policy(over: Partial<Policy> = {}, services: Service[] = [service('checkout')]): Policy {
  return makePolicy({
    digest: 'ab'.repeat(32),
    haproxy: {
      certificate: '/etc/haproxy/certs/site.pem',
      redirectHttp: true,
      hstsSeconds: 63072000,
      resolvers: { nameservers: ['10.0.0.2:53'], refreshMs: 30_000 },
      limits: { maxConnections: 4000, ratePerIp: { count: 200, periodMs: 10_000 } },
      runtimeApi: '10.0.0.5:9999',
      statsSocket: '/run/haproxy/admin.sock',
    },
    splitAt: 'haproxy',
    services,
    ...over,
  });
}

/** Named policies used when the policy module's valid fixtures are not available. */
export function builtinPolicies(): Record<string, Policy> {
  const base = policy();
  return {
    'builtin-basic': base,
    'builtin-cloud-run': policy({ splitAt: 'cloud-run' }, [
      service('checkout', { routing: { header: { name: 'X-Canary', value: 'always' } } }),
    ]),
    'builtin-multi': policy(
      {
        haproxy: {
          ...base.haproxy,
          resolvers: undefined,
          redirectHttp: false,
          hstsSeconds: undefined,
          limits: { maxConnections: 1000 },
          runtimeApi: undefined,
        },
      },
      [
        service('checkout', { paths: ['/checkout', '/cart/'] }),
        service('web', {
          hosts: ['shop.example.com', 'www.example.com'],
          routing: { stickyCookie: 'cr_web' },
        }),
        service('api', {
          url: 'https://api-abc123xyz-uc.a.run.app',
          projectNumber: undefined,
          hosts: ['api.example.com'],
          routing: { header: { name: 'X-Api-Canary', value: 'yes' } },
          steps: [
            { headerOnly: false, percent: 10, bakeMs: 60_000 },
            { headerOnly: false, percent: 100, bakeMs: 60_000 },
          ],
        }),
      ],
    ),
  };
}
