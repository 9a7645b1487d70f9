// The routes map: keys, values, conflicts and the whitelist (the live longest-prefix proof is in
// __tests__/haproxy/live-routing.test.ts).
import {
  REVISIONS_HEADER,
  requireRevisionName,
  renderRevisionsMap,
  revisionsMapPath,
  taggedRevisions,
} from '../../src/render/revisions.js';
import { describe, expect, it } from '@jest/globals';
import { renderMapFiles, renderRoutesMap, routeKeys, routesMapPath } from '../../src/render/index.js';
import type { Service } from '../../src/policy/types.js';
import { policy, service } from './policies.js';

describe('routes map', () => {
  it.each([
    [{ hosts: ['Shop.Example.com'] }, ['shop.example.com/']],
    [{ paths: ['/checkout', '/cart/'] }, ['shop.example.com/checkout/', 'shop.example.com/cart/']],
    [{ hosts: ['a.example.com', 'b.example.com'], paths: ['/'] }, ['a.example.com/', 'b.example.com/']],
  ] as [Partial<Service>, string[]][])('%j → keys %j', (over, keys) => {
    expect(routeKeys(service('checkout', { paths: [], ...over }))).toEqual(keys);
  });

  it('one line per host and prefix, the value carrying service, cookie and header; a comment per service', () => {
    const p = policy({}, [
      service('checkout', { paths: ['/checkout'] }),
      service('web', { hosts: ['shop.example.com', 'www.example.com'], routing: { stickyCookie: 'cr_web' } }),
      service('api', { hosts: ['api.example.com'], routing: {} }),
    ]);
    expect(renderRoutesMap(p).split('\n').slice(2)).toEqual([
      '# service checkout',
      'shop.example.com/checkout/ checkout|cr_checkout|x-canary|always',
      '# service web',
      'shop.example.com/ web|cr_web||',
      'www.example.com/ web|cr_web||',
      '# service api',
      'api.example.com/ api|||',
      '',
    ]);
  });

  it('refuses two services on the same host and prefix, naming both', () => {
    const p = policy({}, [service('a', { paths: ['/x'] }), service('b', { paths: ['/x/'] })]);
    expect(() => renderRoutesMap(p)).toThrow(/services a and b both route host shop.example.com path \/x\//);
  });

  it.each([
    ['a space in a host', { hosts: ['a b.com'] }, /hosts\[0\]/],
    ['a | in a header value', { routing: { header: { name: 'X-C', value: 'a|b' } } }, /routing.header.value/],
    ['a # in a path', { paths: ['/a#b'] }, /paths\[0\]/],
  ] as const)('refuses %s', (_what, over, msg) => {
    const p = policy({}, [service('checkout', over as never)]);
    expect(() => renderRoutesMap(p)).toThrow(/refusing to render HAProxy routes/);
    expect(() => renderRoutesMap(p)).toThrow(msg);
  });

  it('lives next to the percent map, as does the revisions map; renderMapFiles gives all three', () => {
    expect(routesMapPath('/etc/haproxy/canary-relay.map')).toBe('/etc/haproxy/canary-relay.routes.map');
    expect(routesMapPath('/x/percents')).toBe('/x/percents.routes.map');
    expect(revisionsMapPath('/etc/haproxy/canary-relay.map')).toBe('/etc/haproxy/canary-relay.revisions.map');
    const files = renderMapFiles(policy(), 3, '/m/p.map', { checkout: { stable: 'checkout-00001-sta' } });
    expect(files.map((f) => f.path)).toEqual(['/m/p.map', '/m/p.routes.map', '/m/p.revisions.map']);
    expect(files[0].text).toMatch(/^checkout 25$/m);
    expect(files[2].text.split('\n').slice(1)).toEqual(['checkout_stable checkout-00001-sta', '']);
  });
});

describe('revisions map', () => {
  it.each([
    ['Checkout-1', /not a Cloud Run revision name/],
    ['checkout-1 x', /not a Cloud Run revision name/],
    ['checkout-1\nx', /not a Cloud Run revision name/],
    ['checkout-', /not a Cloud Run revision name/],
    [`c${'a'.repeat(63)}`, /not a Cloud Run revision name/],
    ['1checkout', /not a Cloud Run revision name/],
  ])('refuses %j before it reaches HAProxy', (rev, err) => {
    expect(() => renderRevisionsMap(policy(), { checkout: { canary: rev } })).toThrow(err);
    expect(() => requireRevisionName(rev, 'x')).toThrow(err);
  });

  it('takes each side from the tag that names it; a missing tag is null (the config logs the tag)', () => {
    expect(
      taggedRevisions('checkout', [
        { revision: 'checkout-00001-abc', percent: 100, tag: 'stable' },
        { revision: 'checkout-00002-def', percent: 0, tag: 'canary' },
        { revision: 'checkout-00003-ghi', percent: 0, tag: 'mine' },
      ]),
    ).toEqual({ checkout_stable: 'checkout-00001-abc', checkout_canary: 'checkout-00002-def' });
    expect(taggedRevisions('checkout', [{ latest: true, percent: 100, tag: 'stable' }])).toEqual({
      checkout_stable: null,
      checkout_canary: null,
    });
    expect(renderRevisionsMap(policy()).trim()).toBe(REVISIONS_HEADER);
  });
});
