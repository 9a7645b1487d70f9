// The issue 12 render modules through renderHaproxy: which lines each setting produces, and the
// renderer's own refusals for values a policy built in code (skipping the validator) could carry.
import { describe, expect, it } from '@jest/globals';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { LOG_FORMAT, parseLogLine } from '../../src/render/haproxy-log.js';
import type { HaproxySettings, Service } from '../../src/policy/types.js';
import { policy, service } from './policies.js';

const lines = (
  h: Partial<HaproxySettings> = {},
  services: Service[] = [service('checkout')],
  splitAt: 'haproxy' | 'cloud-run' = 'haproxy',
) =>
  renderHaproxy(policy({ splitAt, haproxy: { ...policy().haproxy, ...h } }, services), { step: 1 })
    .split('\n')
    .map((l) => l.trim());

describe('logs', () => {
  it.each([
    ['stdout', 'log stdout format raw local0 info'],
    ['stderr', 'log stderr format raw local0 info'],
    ['10.0.0.9:514', 'log 10.0.0.9:514 format rfc3164 local0 info'],
    ['[2001:db8::9]:514', 'log [2001:db8::9]:514 format rfc3164 local0 info'],
    ['/dev/log', 'log /dev/log format rfc3164 local0 info'],
  ])('log: %s → %s, and the main frontend logs in the rollout format', (target, line) => {
    const l = lines({ log: target });
    expect(l).toContain(line);
    expect(l).toContain(`log-format "${LOG_FORMAT}"`);
  });

  it('log: none renders no log lines at all', () => {
    expect(lines({ log: 'none' }).filter((l) => /^log|log-format/.test(l))).toEqual([]);
  });

  it('split-at cloud-run logs side "service" and assign "none", and no percent (Cloud Run holds it)', () => {
    const l = lines(
      {},
      [service('checkout', { routing: { header: { name: 'X-Canary', value: 'always' } } })],
      'cloud-run',
    );
    expect(l).toContain('http-request set-var(txn.cr_side) str(service)');
    expect(l).toContain('http-request set-var(txn.cr_assign,ifnotset) str(none)');
    expect(l.some((x) => x.includes('set-var(txn.cr_percent)'))).toBe(false);
  });

  it('parseLogLine reads only lines in the rollout format', () => {
    expect(parseLogLine('[WARNING]  (1) : Server checkout_canary/canary is DOWN')).toBeNull();
    expect(
      parseLogLine(
        '127.0.0.1:1 [01/Dec/2026:04:42:52.864] cr_main~ checkout_canary/canary 0/0/1/3/4 503 9 - - SC-- 1/1/0/0/0 0/0 "GET /a\\"b HTTP/1.1" svc=checkout side=canary rev=- assign=header bucket=- pct=5',
      ),
    ).toMatchObject({
      status: 503,
      terminationState: 'SC--',
      side: 'canary',
      rev: undefined,
      bucket: undefined,
      pct: 5,
    });
  });
});

describe('headers, HSTS, binds', () => {
  it('without trusted proxies every forwarding header from clients is dropped unconditionally', () => {
    const l = lines();
    expect(l).toContain('http-request del-header x-forwarded- -m beg');
    expect(l).toContain('http-request add-header X-Forwarded-Host %[req.hdr(host)]');
    expect(l.some((x) => x.includes('cr_trusted_proxy'))).toBe(false);
  });

  it('HSTS goes on every answer (http-after-response), with includeSubDomains when asked', () => {
    expect(lines({ hstsIncludeSubdomains: true })).toContain(
      'http-after-response set-header Strict-Transport-Security "max-age=63072000; includeSubDomains"',
    );
    expect(lines({ hstsSeconds: undefined }).some((x) => x.includes('Strict-Transport-Security'))).toBe(
      false,
    );
  });

  it('IPv6 binds: v6only next to an IPv4 wildcard, and the redirect listens there too', () => {
    const l = lines({ bind: [':443', '[::]:443'], httpBind: ':80' });
    expect(l).toEqual(
      expect.arrayContaining([
        'bind [::]:443 v6only ssl crt /etc/haproxy/certs/site.pem alpn h2,http/1.1',
        'bind :80',
        'bind [::]:80 v6only',
      ]),
    );
    expect(lines({ bind: ['[::]:443'], httpBind: '127.0.0.1:80' })).toEqual(
      expect.arrayContaining([
        'bind [::]:443 ssl crt /etc/haproxy/certs/site.pem alpn h2,http/1.1',
        'bind [::]:80',
      ]),
    );
  });

  it('timeout tunnel and the server state file', () => {
    expect(lines({ tunnelTimeoutMs: 7_200_000, serverStateFile: '/var/lib/haproxy/x.state' })).toEqual(
      expect.arrayContaining([
        'timeout tunnel 2h',
        'server-state-file /var/lib/haproxy/x.state',
        'load-server-state-from-file global',
      ]),
    );
  });
});

describe('health checks', () => {
  it('defaults tolerate a cold start; the canary alone slow-starts and spills to stable while queueing', () => {
    const l = lines();
    expect(l).toContain('timeout check 15s');
    expect(
      l
        .filter((x) => x.startsWith('server stable') && !x.includes(' backup track '))
        .every((x) => x.includes('check inter 20s downinter 5s fall 3 rise 2 resolvers')),
    ).toBe(true);
    expect(l.find((x) => x.startsWith('server canary'))).toContain(
      'check inter 20s downinter 5s fall 3 rise 2 slowstart 30s maxconn 4000',
    );
    // the stable servers with their own checks; the canary backend's backup "stable" tracks one
    expect(l.filter((x) => x.startsWith('server stable') && x.includes(' backup track '))).toEqual([
      expect.stringContaining('backup track checkout_stable/stable'),
    ]);
    expect(l).toContain(
      'http-request set-var(txn.cr_side) str(stable) if !{ srv_is_up(checkout_canary/canary) } || !{ var(txn.cr_assign) -m str header } !{ queue(checkout_canary) eq 0 }',
    );
    expect(l).toContain('use-server stable if { var(txn.cr_side) -m str stable }');
  });

  it('slowstart 0s turns the ramp and the spill off; the policy values reach the server line', () => {
    const s = service('checkout', {
      health: { path: '/health', intervalMs: 45_000, timeoutMs: 30_000, fall: 5, rise: 1, slowstartMs: 0 },
    });
    const l = lines({}, [s]);
    expect(l.find((x) => x.startsWith('server canary'))).toContain(
      'check inter 45s downinter 5s fall 5 rise 1 resolvers',
    );
    expect(l.some((x) => x.includes('queue('))).toBe(false);
    expect(l).toContain('timeout check 30s');
  });
});

describe('refusals (a policy built in code, past the validator)', () => {
  const header = (allowFrom: string[]) =>
    service('checkout', {
      routing: { header: { name: 'X-Canary', value: 'always', allowFrom }, stickyCookie: 'cr_checkout' },
    });
  it.each([
    [
      'an allow-from that adds an ACL term',
      {},
      [header(['0.0.0.0/0 || 1'])],
      /allow-from\[0\] contains a space/,
    ],
    [
      'a trusted proxy that is a host name',
      { trustedProxies: ['proxy.internal'] },
      undefined,
      /trusted-proxies\[0\]/,
    ],
    ['a log target with a format option', { log: 'stdout format raw' }, undefined, /haproxy.log/],
    [
      'a client CA path with a space',
      { clientCa: '/etc/ca.pem verify none' },
      undefined,
      /haproxy.client-ca contains a space/,
    ],
    [
      'a token map with a variable',
      { tokenMap: '/etc/$HOME.map' },
      [service('checkout', { auth: 'id-token' })],
      /haproxy.token-map contains "\$"/,
    ],
    [
      'a fall of 0',
      {},
      [service('checkout', { health: { path: '/health', fall: 0 } })],
      /health.fall 0 is not a whole number in 1..100/,
    ],
  ] as [string, Partial<HaproxySettings>, Service[] | undefined, RegExp][])(
    '%s',
    (_what, h, services, why) => {
      expect(() => lines(h, services)).toThrow(why);
    },
  );
});

/** The lines of one section (`backend checkout_stable`, `frontend cr_main`) of the rendered config. */
const section = (l: string[], head: string) => {
  const start = l.indexOf(head);
  const end = l.findIndex((x, i) => i > start && /^(backend|frontend|defaults|global|resolvers) /.test(x));
  return l.slice(start, end < 0 ? undefined : end);
};

describe('private services and client certificates', () => {
  it('drop: the token replaces Authorization; pass-through: it travels in X-Serverless-Authorization', () => {
    const l = lines({}, [
      service('checkout', { auth: 'id-token' }),
      service('web', { hosts: ['www.example.com'], auth: 'id-token', clientAuthorization: 'pass-through' }),
    ]);
    // in each of the service's own backends: no other service's request pays for these rules
    for (const side of ['stable', 'canary']) {
      const checkout = section(l, `backend checkout_${side}`);
      const web = section(l, `backend web_${side}`);
      expect(checkout).toContain('http-request del-header Authorization');
      expect(checkout).toContain('http-request set-header Authorization "Bearer %[var(txn.cr_token)]"');
      expect(web).not.toContain('http-request del-header Authorization');
      expect(web).toContain(
        'http-request set-header X-Serverless-Authorization "Bearer %[var(txn.cr_token)]"',
      );
      for (const [b, name] of [
        [checkout, 'checkout'],
        [web, 'web'],
      ] as const) {
        expect(b).toContain('http-request del-header X-Serverless-Authorization');
        expect(b).toContain(
          `http-request set-var(txn.cr_token) str(${name}),map(/etc/haproxy/canary-relay-tokens.map)`,
        );
        expect(b.some((x) => x.includes(`no ID token for ${name} yet`))).toBe(true);
      }
    }
    expect(section(l, 'frontend cr_main').some((x) => /Authorization|cr_token/.test(x))).toBe(false);
    expect(
      l
        .filter((x) => x.startsWith('http-check send'))
        .every((x) =>
          /hdr (Authorization|X-Serverless-Authorization) "Bearer %\[str\((checkout|web)\),map\(/.test(x),
        ),
    ).toBe(true);
  });

  it('a public service keeps the client Authorization unless told to drop it', () => {
    expect(lines().some((x) => x.includes('Authorization'))).toBe(false);
    const l = lines({}, [service('checkout', { clientAuthorization: 'drop' })]);
    expect(section(l, 'backend checkout_stable')).toContain('http-request del-header Authorization');
    expect(section(l, 'backend checkout_canary')).toContain('http-request del-header Authorization');
  });

  it('client-ca required everywhere refuses at the handshake; one optional service makes the bind optional and the others 403', () => {
    expect(lines({ clientCa: '/etc/ca.pem' }).find((x) => x.startsWith('bind :443'))).toMatch(
      /ca-file \/etc\/ca.pem verify required$/,
    );
    const l = lines({ clientCa: '/etc/ca.pem' }, [
      service('checkout', { clientVerify: 'optional' }),
      service('admin', { hosts: ['admin.example.com'] }),
    ]);
    expect(l.find((x) => x.startsWith('bind :443'))).toMatch(/verify optional$/);
    const deny = 'http-request deny deny_status 403 if !{ ssl_c_used } || !{ ssl_c_verify 0 }';
    expect(section(l, 'backend admin_stable')).toContain(deny);
    expect(section(l, 'backend admin_canary')).toContain(deny);
    expect(l.filter((x) => x.startsWith('http-request deny deny_status 403'))).toHaveLength(2);
  });
});
