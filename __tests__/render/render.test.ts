// Unit tests for the pure renderers: URLs, map, Cloud Run traffic, HAProxy config content
// and the renderer's own whitelist (it refuses what a validator should have rejected).
import { describe, expect, it } from '@jest/globals';
import type { Policy, Service } from '../../src/policy/types.js';
import {
  cloudRunHost,
  cloudRunUrl,
  haproxyTime,
  renderCloudRunTraffic,
  renderHaproxy,
  renderMap,
} from '../../src/render/index.js';
import { maxStep, percentAt } from '../../src/policy/steps.js';
import { policy, service } from './policies.js';

describe('cloudRunHost / cloudRunUrl', () => {
  it.each([
    [{}, undefined, 'checkout-123456789012.us-central1.run.app'],
    [{}, 'canary', 'canary---checkout-123456789012.us-central1.run.app'],
    [{}, 'stable', 'stable---checkout-123456789012.us-central1.run.app'],
    [{ region: 'europe-west4', projectNumber: '42' }, 'canary', 'canary---checkout-42.europe-west4.run.app'],
    [{ url: 'https://checkout-abc123xyz-uc.a.run.app' }, undefined, 'checkout-abc123xyz-uc.a.run.app'],
    [
      { url: 'https://checkout-abc123xyz-uc.a.run.app/' },
      'canary',
      'canary---checkout-abc123xyz-uc.a.run.app',
    ],
    [
      { url: 'https://checkout-987.us-east1.run.app', projectNumber: undefined },
      'stable',
      'stable---checkout-987.us-east1.run.app',
    ],
  ] as [Partial<Service>, string | undefined, string][])('%j tag %s → %s', (over, tag, host) => {
    expect(cloudRunHost(service('checkout', over), tag)).toBe(host);
    expect(cloudRunUrl(service('checkout', over), tag)).toBe(`https://${host}`);
  });

  it.each([
    [{ projectNumber: undefined }, undefined, /set defaults.project-number .* or the service's url/],
    [{ url: 'https://other-abc-uc.a.run.app' }, undefined, /not of the form https:\/\/checkout-HASH/],
    [{ url: 'http://checkout-abc-uc.a.run.app' }, undefined, /not of the form/],
    [{ url: 'https://checkout-abc-uc.a.run.app.evil.com' }, undefined, /not of the form/],
    [{ projectNumber: '12a' }, undefined, /not all digits/],
    [{ region: 'us central1' }, undefined, /not a Cloud Run region/],
    [{}, 'Canary', /not a valid tag/],
  ] as [Partial<Service>, string | undefined, RegExp][])('%j tag %s throws %s', (over, tag, msg) => {
    expect(() => cloudRunHost(service('checkout', over), tag)).toThrow(msg);
  });
});

describe('percentAt / renderMap', () => {
  const s = service('checkout');
  it.each([
    [0, 0],
    [1, 0], // header-only
    [2, 5],
    [3, 25],
    [4, 50],
    [9, 50], // past its last step it stays there
  ])('step %i → %i%%', (step, pct) => {
    expect(percentAt(s, step)).toBe(pct);
  });

  it('renders one line per service in policy order', () => {
    const p = policy({}, [
      service('web'),
      service('api', { steps: [{ headerOnly: false, percent: 30, bakeMs: 1 }] }),
    ]);
    expect(renderMap(p, 1).split('\n').slice(1)).toEqual(['web 0', 'api 30', '']);
    expect(renderMap(p, 0)).toMatch(/^#.*\nweb 0\napi 0\n$/);
    expect(maxStep(p)).toBe(4);
  });

  it.each([-1, 5, 1.5])('refuses step %p', (step) => {
    expect(() => renderMap(policy(), step)).toThrow(/step .* out of range .*use 0 .* to 4/);
  });
});

describe('renderCloudRunTraffic', () => {
  const revs = { checkout: { stable: 'checkout-00001-abc', canary: 'checkout-00002-def' } };
  it('split-at haproxy: stable 100 / canary 0 at every step, both tagged', () => {
    for (let step = 0; step <= 4; step++) {
      expect(renderCloudRunTraffic(policy(), step, revs)).toEqual({
        checkout: [
          { revision: 'checkout-00001-abc', percent: 100, tag: 'stable' },
          { revision: 'checkout-00002-def', percent: 0, tag: 'canary' },
        ],
      });
    }
  });

  it.each([
    [0, 0],
    [1, 0],
    [2, 5],
    [4, 50],
  ])('split-at cloud-run, step %i: canary gets %i%%, total 100', (step, pct) => {
    const t = renderCloudRunTraffic(policy({ splitAt: 'cloud-run' }), step, revs).checkout;
    expect(t).toEqual([
      { revision: 'checkout-00001-abc', percent: 100 - pct, tag: 'stable' },
      { revision: 'checkout-00002-def', percent: pct, tag: 'canary' },
    ]);
    expect(t.reduce((a, x) => a + x.percent, 0)).toBe(100);
  });

  it('throws on missing or malformed revision names', () => {
    expect(() => renderCloudRunTraffic(policy(), 1, {})).toThrow(
      /no stable\/canary revision names given for checkout/,
    );
    expect(() =>
      renderCloudRunTraffic(policy(), 1, { checkout: { stable: 'ok-1', canary: 'Bad Name' } }),
    ).toThrow(/canary revision "Bad Name"/);
  });
});

describe('haproxyTime', () => {
  it.each([
    [5000, '5s'],
    [300_000, '5m'],
    [7_200_000, '2h'],
    [1500, '1500ms'],
    [0, '0ms'],
  ])('%i ms → %s', (ms, text) => expect(haproxyTime(ms, 'x')).toBe(text));
  it('refuses a fraction', () =>
    expect(() => haproxyTime(1.5, 'timeouts.connect')).toThrow(/timeouts.connect 1.5/));
});

describe('renderHaproxy content', () => {
  const cfg = renderHaproxy(policy(), { step: 2 });

  it('starts with a generated-by header naming the policy file and digest', () => {
    expect(cfg.split('\n')[0]).toBe(
      `# Generated by canary-relay from traffic-policy.yaml (sha256 ${'ab'.repeat(32)}).`,
    );
  });

  it.each([
    'stats socket /run/haproxy/admin.sock mode 660 level admin',
    'stats socket ipv4@10.0.0.5:9999 level admin',
    'maxconn 4000',
    'nameserver ns1 10.0.0.2:53',
    'timeout resolve 30s',
    'retries 3',
    'option redispatch',
    'timeout server 5m',
    'bind :443 ssl crt /etc/haproxy/certs/site.pem alpn h2,http/1.1',
    'bind :80',
    'http-request redirect scheme https code 301',
    'http-after-response set-header Strict-Transport-Security "max-age=63072000"',
    'stick-table type ipv6 size 1m expire 10s store http_req_rate(10s)',
    'http-request deny deny_status 429 if { sc_http_req_rate(0) gt 200 }',
    'http-request set-var(txn.cr_percent) base,concat(/),map_beg(/etc/haproxy/canary-relay.routes.map),set-var(txn.cr_route),field(1,|),set-var(txn.cr_service),map_str_int(/etc/haproxy/canary-relay.map,0)',
    'http-request set-var-fmt(txn.cr_key) %[req.hdr(host),lower,field(1,:)]%[path]/ if !{ var(txn.cr_route) -m found }',
    'http-request set-var(txn.cr_percent) var(txn.cr_key),map_beg(/etc/haproxy/canary-relay.routes.map),set-var(txn.cr_route),field(1,|),set-var(txn.cr_service),map_str_int(/etc/haproxy/canary-relay.map,0) if !{ var(txn.cr_route) -m found }',
    'http-request return status 404 content-type text/plain string no-route if !{ var(txn.cr_route) -m found }',
    "http-request set-var(txn.cr_assign) str(header) if { req.hdr(X-Canary),concat(|,txn.cr_route,) -m reg '^(?<v>[^|]*)[|][^|]*[|][^|]*[|]x-canary[|]\\k<v>$' }",
    'use_backend %[var(txn.cr_service)]_%[var(txn.cr_side,stable)]',
    'http-request set-header Host %[var(txn.cr_side)]---checkout-123456789012.us-central1.run.app',
    'use-server stable if { var(txn.cr_side) -m str stable }',
    'http-request set-var(txn.cr_side) str(stable) if !{ srv_is_up(checkout_canary/canary) } || !{ var(txn.cr_assign) -m str header } !{ queue(checkout_canary) eq 0 }',
    'http-request set-header Host stable---checkout-123456789012.us-central1.run.app',
    'http-check send meth GET uri /health ver HTTP/1.1 hdr Host stable---checkout-123456789012.us-central1.run.app',
    'http-request use-service prometheus-exporter if { path /metrics }',
    'bind 127.0.0.1:8405',
  ])('contains %s', (line) => {
    expect(cfg.split('\n').map((l) => l.trim())).toContain(line);
  });

  it('verifies TLS to Cloud Run with SNI and re-resolves through the resolvers', () => {
    expect(cfg).toContain(
      'server canary canary---checkout-123456789012.us-central1.run.app:443 ssl verify required ca-file @system-ca ' +
        'sni str(canary---checkout-123456789012.us-central1.run.app) check-sni canary---checkout-123456789012.us-central1.run.app ' +
        'check inter 20s downinter 5s fall 3 rise 2 slowstart 30s maxconn 4000 resolvers cr_dns resolve-prefer ipv4 init-addr last,libc,none',
    );
  });

  it('offline renders init-addr none; serverAddress overrides connect to the address with the same SNI', () => {
    expect(renderHaproxy(policy(), { step: 0, offline: true })).toContain('init-addr none');
    const host = 'stable---checkout-123456789012.us-central1.run.app';
    const o = renderHaproxy(policy(), {
      step: 0,
      overrides: { serverAddress: { [host]: '127.0.0.1:9443' } },
    });
    expect(o).toContain(
      `server stable 127.0.0.1:9443 ssl verify required ca-file @system-ca sni str(${host})`,
    );
  });

  it('only the comments change between steps (the percent lives in the map)', () => {
    const strip = (t: string) => t.split('\n').filter((l) => !l.trim().startsWith('#'));
    expect(strip(renderHaproxy(policy(), { step: 1 }))).toEqual(strip(renderHaproxy(policy(), { step: 3 })));
    expect(renderHaproxy(policy(), { step: 3 })).toContain('step 3 of 4: 25% canary');
  });

  it('split-at cloud-run sends non-header traffic to the service URL and has no bucket logic', () => {
    const c = renderHaproxy(policy({ splitAt: 'cloud-run' }), { step: 2 });
    expect(c).toContain('use_backend %[var(txn.cr_service)]_service');
    expect(c).toContain('use_backend %[var(txn.cr_service)]_canary if { var(txn.cr_side) -m str canary }');
    expect(c).toContain('server service checkout-123456789012.us-central1.run.app:443');
    expect(c).not.toMatch(/set-var\(txn\.cr_bucket\)|map_str|checkout_stable|backup/);
  });

  it('the frontend has the same rules for 1 or 50 services (routing cost does not grow)', () => {
    const frontend = (t: string) =>
      t
        .split('\n\n')
        .find((s) => s.startsWith('frontend cr_main'))!
        .split('\n')
        .filter((l) => !l.trim().startsWith('#'));
    const many = policy(
      {},
      Array.from({ length: 50 }, (_, i) =>
        service(`svc-${i}`, { hosts: [`s${i}.example.com`], paths: i % 2 ? ['/a', '/b/c'] : [] }),
      ),
    );
    expect(frontend(renderHaproxy(many, { step: 2 }))).toEqual(
      frontend(renderHaproxy(policy(), { step: 2 })),
    );
  });

  it.each([
    ['auth: id-token', { auth: 'id-token' as const }],
    ['client-authorization: drop', { clientAuthorization: 'drop' as const }],
    ['client-verify: required (others optional)', { clientVerify: 'required' as const }],
    [
      'a header cohort with allow-from',
      { routing: { header: { name: 'X-Canary', value: 'always', allowFrom: ['10.0.0.0/8'] } } },
    ],
  ])('with %s on every service, 1, 50 or 200 services run the same frontend rules', (_what, extra) => {
    const rules = (n: number) => {
      const services = Array.from({ length: n }, (_, i) =>
        service(`svc-${i}`, { hosts: [`s${i}.example.com`], ...extra }),
      );
      // one service accepts clients without a certificate, so the others' requirement is a rule
      if (n > 0) services.push(service('open', { hosts: ['open.example.com'], clientVerify: 'optional' }));
      const p = policy({ haproxy: { ...policy().haproxy, clientCa: '/etc/ca.pem' } }, services);
      return renderHaproxy(p, { step: 2 })
        .split('\n\n')
        .find((s) => s.startsWith('frontend cr_main'))!
        .split('\n')
        .filter((l) => /^\s+(http-request|http-after-response|use_backend|default_backend)/.test(l));
    };
    const one = rules(1);
    expect(rules(50)).toEqual(one);
    expect(rules(200)).toEqual(one);
  });

  it('a header name used by several services is one rule; each distinct name adds one', () => {
    const p = policy({}, [
      service('a', { hosts: ['a.example.com'] }),
      service('b', { hosts: ['b.example.com'], routing: { header: { name: 'x-canary', value: 'b' } } }),
      service('c', { hosts: ['c.example.com'], routing: { header: { name: 'X-Other', value: 'yes' } } }),
    ]);
    const rules = renderHaproxy(p, { step: 0 })
      .split('\n')
      .filter((l) => l.includes('str(header) if'));
    expect(rules.map((l) => /req\.hdr\(([^)]+)\)/.exec(l)?.[1])).toEqual(['X-Canary', 'X-Other']);
  });

  it('describes every service in a comment above its backends', () => {
    const p = policy({}, [service('web'), service('checkout', { paths: ['/checkout'] })]);
    const c = renderHaproxy(p, { step: 3 });
    expect(c).toContain(
      '# service checkout: hosts shop.example.com; paths /checkout; header X-Canary: always -> canary; sticky cookie cr_checkout; step 3 of 4: 25% canary\n# checkout: the stable revision',
    );
    expect(c).toContain('# service web: hosts shop.example.com; all paths;');
  });

  it('a runtime-api list (a fleet): each instance binds the runtime API its environment names', () => {
    const h = policy().haproxy;
    const one = renderHaproxy(policy({ haproxy: { ...h, runtimeApis: ['10.0.0.5:9999'] } }), { step: 0 });
    expect(one).toContain('stats socket ipv4@10.0.0.5:9999 level admin');
    const fleet = renderHaproxy(
      policy({ haproxy: { ...h, runtimeApis: ['10.0.0.5:9999', '10.0.0.6:9999'] } }),
      { step: 0 },
    );
    expect(fleet).toContain('stats socket "${CANARY_RELAY_RUNTIME_API}" level admin');
    expect(fleet).not.toContain('10.0.0.6');
    expect(() =>
      renderHaproxy(policy({ haproxy: { ...h, runtimeApis: ['10.0.0.5:9999', 'a b:1'] } }), { step: 0 }),
    ).toThrow(/haproxy.runtime-api\[1\]/);
  });

  it('without a certificate there is no TLS, redirect or HSTS', () => {
    const c = renderHaproxy(policy({ haproxy: { ...policy().haproxy, certificate: undefined } }), {
      step: 0,
    });
    expect(c).toContain('bind :443\n');
    expect(c).not.toMatch(/redirect scheme|Strict-Transport-Security|ssl crt/);
  });
});

describe('renderHaproxy refuses values outside the whitelist (defence in depth)', () => {
  const withService = (over: Partial<Service>): Policy => policy({}, [service('checkout', over)]);
  const h = policy().haproxy;
  it.each([
    [
      'newline in host',
      withService({ hosts: ['shop.example.com\nuse_backend x'] }),
      /services\[0\].hosts\[0\]/,
    ],
    ['space in host', withService({ hosts: ['a.com b.com'] }), /a space/],
    ['# in header value', withService({ routing: { header: { name: 'X-C', value: 'a#b' } } }), /"#"/],
    ['$VAR in header value', withService({ routing: { header: { name: 'X-C', value: '$HOME' } } }), /"\$"/],
    [
      'leading - in header value',
      withService({ routing: { header: { name: 'X-C', value: '-m' } } }),
      /starts with "-"/,
    ],
    ['%[ in cookie', withService({ routing: { stickyCookie: 'c%[src]' } }), /sticky-cookie/],
    ['quote in cookie', withService({ routing: { stickyCookie: 'c"x' } }), /sticky-cookie/],
    [
      'space in header name',
      withService({ routing: { header: { name: 'X C', value: 'a' } } }),
      /header.name/,
    ],
    ['CR in path', withService({ paths: ['/a\r'] }), /carriage return/],
    ['NUL in path', withService({ paths: ['/a\u0000'] }), /NUL/],
    ['look-alike in host', withService({ hosts: ['shоp.example.com'] }), /non-ASCII/],
    ['health path without /', withService({ health: { path: 'health' } }), /health.path/],
    ['newline in certificate', policy({ haproxy: { ...h, certificate: '/a\nb' } }), /haproxy.certificate/],
    ['space in map file', policy({ haproxy: { ...h, mapFile: '/a b.map' } }), /haproxy.map-file/],
    ['bad bind', policy({ haproxy: { ...h, bind: ['0.0.0.0:443 ssl crt /x'] } }), /haproxy.bind\[0\]/],
    [
      'bad nameserver',
      policy({ haproxy: { ...h, resolvers: { nameservers: ['1.2.3.4'], refreshMs: 1000 } } }),
      /nameservers\[0\]/,
    ],
    ['control char in file name', policy({ file: 'p.yaml\nglobal' }), /control character/],
    ['fractional maxconn', policy({ haproxy: { ...h, limits: { maxConnections: 1.5 } } }), /max-connections/],
  ] as [string, Policy, RegExp][])('%s', (_what, p, msg) => {
    expect(() => renderHaproxy(p, { step: 1 })).toThrow(/refusing to render HAProxy config/);
    expect(() => renderHaproxy(p, { step: 1 })).toThrow(msg);
  });

  it('refuses a malicious serverAddress override too', () => {
    expect(() =>
      renderHaproxy(policy(), {
        step: 0,
        overrides: { serverAddress: { 'a.run.app': '127.0.0.1:1 check' } },
      }),
    ).toThrow(/serverAddress/);
  });
});
