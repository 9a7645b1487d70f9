// Normalised values: defaults applied, durations in ms, percents 0..100, error-rate ceilings
// as fractions, latency ceilings in ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatPolicyError,
  parseDuration,
  parsePercent,
  parseRate,
  validatePolicyText,
} from '../../src/policy/index.js';
import { normaliseAnalysis } from '../../src/policy/normalise.js';
import type { Policy } from '../../src/policy/types.js';

function load(name: string): Policy {
  const text = readFileSync(join(process.cwd(), 'fixtures/policies/valid', name), 'utf8');
  const r = validatePolicyText(text, name);
  if (!r.ok) throw new Error(r.errors.map(formatPolicyError).join('\n'));
  return r.policy;
}

// the README's "Health checks and cold starts" defaults, spelled out
const HEALTH_DEFAULTS = { intervalMs: 20_000, timeoutMs: 15_000, fall: 3, rise: 2, slowstartMs: 30_000 };

test('production-edge.yaml: logs, client certificates, trusted proxies, tokens, checks, allow-from', () => {
  const p = load('production-edge.yaml');
  expect(p.haproxy).toMatchObject({
    log: '10.0.0.9:514',
    clientCa: '/etc/haproxy/certs/clients-ca.pem',
    clientVerify: 'required',
    trustedProxies: ['10.0.0.0/8', '2001:db8::/32'],
    hstsIncludeSubdomains: true,
    tunnelTimeoutMs: 7_200_000,
  });
  const [checkout, admin] = p.services;
  expect([checkout.auth, checkout.clientAuthorization, checkout.clientVerify]).toEqual([
    'id-token',
    'drop',
    'optional',
  ]);
  expect([admin.auth, admin.clientAuthorization, admin.clientVerify]).toEqual([
    'id-token',
    'pass-through',
    undefined,
  ]);
  expect(checkout.routing.header?.allowFrom).toEqual(['192.0.2.0/24', '2001:db8:1::/48']);
  expect(checkout.health).toEqual({
    path: '/health',
    intervalMs: 30_000,
    timeoutMs: 20_000,
    fall: 3,
    rise: 2,
    slowstartMs: 60_000,
  });
  expect(admin.health).toEqual({ path: '/health', ...HEALTH_DEFAULTS });
});

test('example.yaml normalises to the documented values', () => {
  const p = load('example.yaml');
  expect(p.version).toBe(1);
  expect(p.splitAt).toBe('haproxy');
  expect(p.haproxy).toEqual({
    output: 'haproxy/haproxy.cfg',
    bind: [':443'],
    certificate: '/etc/haproxy/certs/site.pem',
    redirectHttp: true,
    httpBind: ':80',
    hstsSeconds: 63072000,
    resolvers: { nameservers: ['10.0.0.2:53'], refreshMs: 30_000 },
    limits: { maxConnections: 4000, ratePerIp: { count: 200, periodMs: 10_000 } },
    timeouts: { connectMs: 5_000, clientMs: 30_000, serverMs: 300_000 },
    runtimeApi: '10.0.0.5:9999',
    statsSocket: '/run/haproxy/admin.sock',
    prometheusBind: '127.0.0.1:8405',
    mapFile: '/etc/haproxy/canary-relay.map',
    caFile: '@system-ca',
    log: 'stdout',
    clientVerify: 'required',
    trustedProxies: [],
    hstsIncludeSubdomains: false,
    serverStateFile: '/var/lib/haproxy/canary-relay.state',
    tokenMap: '/etc/haproxy/canary-relay-tokens.map',
    tunnelTimeoutMs: 3_600_000,
  });
  const [s] = p.services;
  expect(s).toEqual({
    name: 'checkout',
    project: 'acme-prod',
    region: 'us-central1',
    projectNumber: '123456789012',
    hosts: ['shop.example.com'],
    paths: ['/checkout'],
    image:
      'us-docker.pkg.dev/acme/apps/checkout@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    routing: { header: { name: 'X-Canary', value: 'always' }, stickyCookie: 'cr_checkout' },
    health: { path: '/health', ...HEALTH_DEFAULTS },
    auth: 'none',
    clientAuthorization: 'pass-through',
    steps: [
      { headerOnly: true, percent: 0, bakeMs: 300_000, maxBakeMs: 900_000 },
      { headerOnly: false, percent: 5, bakeMs: 600_000, maxBakeMs: 1_800_000 },
      { headerOnly: false, percent: 25, bakeMs: 600_000, maxBakeMs: 1_800_000 },
      { headerOnly: false, percent: 50, bakeMs: 600_000, maxBakeMs: 1_800_000 },
    ],
    promote: 'on-merge',
    analysis: {
      source: 'prometheus',
      prometheusUrl: 'http://prometheus.internal:9090',
      intervalMs: 30_000,
      minRequests: 200,
      alpha: 0.01,
      metrics: [
        { kind: 'error-rate', max: 0.01, vsBaseline: true },
        { kind: 'latency', quantile: 0.95, maxMs: 800, vsBaseline: true, source: 'cloud-monitoring' },
        {
          kind: 'custom',
          name: 'checkout_ok',
          query: 'sum(rate(checkout_ok_total{service="{{service}}"}[1m]))',
          min: 0.99,
        },
      ],
      onInconclusive: 'hold',
    },
    smoke: { path: '/health', requests: 20, expectStatus: 200 },
  });
});

test('minimal.yaml gets every default', () => {
  const p = load('minimal.yaml');
  expect(p.splitAt).toBe('haproxy');
  expect(p.haproxy).toEqual({
    output: 'haproxy/haproxy.cfg',
    bind: [':443'],
    redirectHttp: true,
    httpBind: ':80',
    limits: { maxConnections: 4000 },
    timeouts: { connectMs: 5_000, clientMs: 30_000, serverMs: 300_000 },
    statsSocket: '/run/haproxy/admin.sock',
    prometheusBind: '127.0.0.1:8405',
    mapFile: '/etc/haproxy/canary-relay.map',
    caFile: '@system-ca',
    log: 'stdout',
    clientVerify: 'required',
    trustedProxies: [],
    hstsIncludeSubdomains: false,
    serverStateFile: '/var/lib/haproxy/canary-relay.state',
    tokenMap: '/etc/haproxy/canary-relay-tokens.map',
    tunnelTimeoutMs: 3_600_000,
  });
  const [s] = p.services;
  expect(s.paths).toEqual([]);
  expect(s.health).toEqual({ path: '/health', ...HEALTH_DEFAULTS });
  expect(s.promote).toBe('on-merge');
  expect(s.smoke).toBeUndefined();
  expect(s.url).toBeUndefined();
  // no header to route by: the default steps skip the header-only stage
  expect(s.steps).toEqual([
    { headerOnly: false, percent: 5, bakeMs: 600_000, maxBakeMs: 1_800_000 },
    { headerOnly: false, percent: 25, bakeMs: 600_000, maxBakeMs: 1_800_000 },
    { headerOnly: false, percent: 50, bakeMs: 600_000, maxBakeMs: 1_800_000 },
  ]);
  expect(s.analysis).toEqual({
    source: 'cloud-monitoring',
    intervalMs: 30_000,
    minRequests: 200,
    alpha: 0.01,
    metrics: [{ kind: 'error-rate', max: 0.01, vsBaseline: true }],
    onInconclusive: 'hold',
  });
});

test('cloud-run-split.yaml: fractions, units and the split layer', () => {
  const p = load('cloud-run-split.yaml');
  expect(p.splitAt).toBe('cloud-run');
  expect(p.haproxy.redirectHttp).toBe(false);
  expect(p.haproxy.bind).toEqual([':443', '[::]:443']);
  expect(p.haproxy.timeouts).toEqual({ connectMs: 3_000, clientMs: 60_000, serverMs: 300_000 });
  const [s] = p.services;
  expect(s.promote).toBe('gradual');
  expect(s.routing).toEqual({ header: { name: 'X-Canary', value: '1' } });
  expect(s.steps.map((x) => [x.headerOnly, x.percent, x.bakeMs])).toEqual([
    [true, 0, 120_000],
    [false, 10, 900_000],
    [false, 50, 900_000],
  ]);
  expect(s.analysis.intervalMs).toBe(60_000);
  expect(s.analysis.metrics).toEqual([
    { kind: 'error-rate', max: 0.005, vsBaseline: true },
    { kind: 'latency', quantile: 0.99, maxMs: 1500, vsBaseline: true },
  ]);
});

test('the judge fields: tolerance, absolute, warmup, per-metric source, max-bake, on-inconclusive', () => {
  const a = normaliseAnalysis({
    'on-inconclusive': 'rollback',
    metrics: [
      { 'error-rate': { max: '1%', tolerance: 2, absolute: true, source: 'haproxy' } },
      { latency: { tolerance: 1.2, warmup: '90s', source: 'cloud-monitoring' } },
    ],
  });
  expect(a.onInconclusive).toBe('rollback');
  expect(a.metrics).toEqual([
    { kind: 'error-rate', max: 0.01, vsBaseline: true, tolerance: 2, absolute: true, source: 'haproxy' },
    {
      kind: 'latency',
      quantile: 0.95,
      vsBaseline: true,
      tolerance: 1.2,
      warmupMs: 90_000,
      source: 'cloud-monitoring',
    },
  ]);
});

test('url-based.yaml keeps the given urls and has no project number', () => {
  const p = load('url-based.yaml');
  expect(p.services.map((s) => [s.name, s.url, s.projectNumber, s.image, s.revision])).toEqual([
    [
      'checkout',
      'https://checkout-abc123xyz-uc.a.run.app',
      undefined,
      'us-docker.pkg.dev/acme/apps/checkout:latest',
      undefined,
    ],
    [
      'catalog',
      'https://catalog-987654321098.us-central1.run.app',
      undefined,
      undefined,
      'catalog-00042-xoz',
    ],
  ]);
  expect(p.services[0].analysis.source).toBe('haproxy');
  expect(p.services[0].paths).toEqual(['/checkout', '/cart']);
});

test('multi-service.yaml: service values override defaults, aliases share settings', () => {
  const p = load('multi-service.yaml');
  expect(p.services.map((s) => [s.name, s.project, s.region, s.projectNumber])).toEqual([
    ['checkout', 'acme-prod', 'us-central1', '123456789012'],
    ['catalog', 'acme-prod', 'us-central1', '123456789012'],
    ['accounts', 'acme-prod', 'europe-west1', '123456789012'],
  ]);
  const [checkout, catalog, accounts] = p.services;
  expect(catalog.revision).toBe('catalog-00017-kex');
  expect(catalog.image).toBeUndefined();
  expect(accounts.analysis).toEqual(checkout.analysis);
  expect(accounts.analysis.metrics[1]).toEqual({
    kind: 'latency',
    quantile: 0.95,
    maxMs: 800,
    vsBaseline: true,
    source: 'cloud-monitoring',
  });
  expect(accounts.steps).toHaveLength(3);
  expect(accounts.steps[0].headerOnly).toBe(false);
  expect(accounts.smoke).toEqual({ path: '/status', requests: 5, expectStatus: 200 });
  expect(accounts.promote).toBe('auto');
  expect(p.haproxy.caFile).toBe('/etc/ssl/certs/ca-certificates.crt');
  expect(p.haproxy.statsSocket).toBe('/run/haproxy/canary-relay.sock');
  expect(p.haproxy.prometheusBind).toBe('127.0.0.1:9101');
  expect(p.haproxy.httpBind).toBe('127.0.0.1:8080');
});

test.each([
  ['500ms', 500],
  ['30s', 30_000],
  ['10m', 600_000],
  ['1h', 3_600_000],
  ['1h30m', 5_400_000],
  ['1m30s500ms', 90_500],
  ['0s', 0],
])('parseDuration(%s) = %d', (text, ms) => {
  expect(parseDuration(text)).toBe(ms);
});

test.each(['', '10', '1d', '1.5s', 'ms', '10 m', '5M', '30s1m', 10])(
  'parseDuration(%p) is undefined',
  (text) => {
    expect(parseDuration(text)).toBeUndefined();
  },
);

test('parsePercent and parseRate', () => {
  expect(parsePercent('1%')).toBe(1);
  expect(parsePercent('0.5%')).toBe(0.5);
  expect(parsePercent('1')).toBeUndefined();
  expect(parsePercent('%')).toBeUndefined();
  expect(parseRate('200/10s')).toEqual({ count: 200, periodMs: 10_000 });
  expect(parseRate('5/1m')).toEqual({ count: 5, periodMs: 60_000 });
  expect(parseRate('200/10')).toBeUndefined();
  expect(parseRate('/10s')).toBeUndefined();
});

describe('haproxy.runtime-api: one address or a fleet', () => {
  const withApi = (v: string) =>
    readFileSync(join(process.cwd(), 'fixtures/policies/valid/example.yaml'), 'utf8').replace(
      /^ {2}runtime-api: .*$/m,
      `  runtime-api: ${v}`,
    );
  it.each([
    ['10.0.0.5:9999', '10.0.0.5:9999', undefined],
    ['[10.0.0.5:9999, 10.0.0.6:9999]', '10.0.0.5:9999', ['10.0.0.5:9999', '10.0.0.6:9999']],
    ['[/run/haproxy/a.sock]', '/run/haproxy/a.sock', ['/run/haproxy/a.sock']],
    // instances of a fleet on one port of different hosts do not clash with each other
    [
      '[10.0.0.5:9999, 10.0.0.6:9999, 10.0.0.7:9999]',
      '10.0.0.5:9999',
      ['10.0.0.5:9999', '10.0.0.6:9999', '10.0.0.7:9999'],
    ],
  ])('%s → runtimeApi %s, runtimeApis %j', (v, first, all) => {
    const r = validatePolicyText(withApi(v), 'p.yaml');
    if (!r.ok) throw new Error(r.errors.map(formatPolicyError).join('\n'));
    expect(r.policy.haproxy.runtimeApi).toBe(first);
    expect(r.policy.haproxy.runtimeApis).toEqual(all);
  });
  it.each([
    ['[]', /runtime-api: must list at least 1 item/],
    ['[10.0.0.5:9999, 10.0.0.5:9999]', /runtime-api\[1\]: 10.0.0.5:9999 is listed twice/],
    ['[10.0.0.5:9999, "a b:1"]', /runtime-api\[1\]: contains a space/],
    ['5', /runtime-api: must be a string or a list/],
    // i9's checks apply to each entry of a fleet list, at that entry's index
    ['[10.0.0.5:9999, ":9999"]', /runtime-api\[1\]: ":9999" listens on every interface/],
    ['["0.0.0.0:9999"]', /runtime-api\[0\]: "0.0.0.0:9999" listens on every interface/],
    [
      '[10.0.0.5:9999, "127.0.0.1:8405"]',
      /runtime-api\[1\]: "127.0.0.1:8405" takes the same port as haproxy.prometheus-bind/,
    ],
    [
      '[10.0.0.5:9999, "10.0.0.6:443"]',
      /runtime-api\[1\]: "10.0.0.6:443" takes the same port as haproxy.bind\[0\]/,
    ],
  ])('%s is refused', (v, msg) => {
    const r = validatePolicyText(withApi(v), 'p.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(formatPolicyError).join('\n')).toMatch(msg);
  });
});
