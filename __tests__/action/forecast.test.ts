// The action's forecast step: which services it reads recent traffic for (those the PR gives a new
// release or adds), and that a source that cannot be read becomes one line, never an error. The
// answering sources are tested against real Prometheus, HAProxy and the Monitoring fake in
// __tests__/metrics/recent-traffic.test.ts, and in the PR comment by __tests__/e2e/action.test.ts.
import { stageForecasts } from '../../src/action/forecast.js';
import { buildPlan } from '../../src/plan/plan.js';
import type { Policy } from '../../src/policy/types.js';
import { freePort } from '../support/processes.js';
import { makePolicy, makeService } from '../support/policies.js';

const svc = (name: string, image: string, url: string) =>
  makeService({
    name,
    image,
    analysis: {
      source: 'prometheus',
      prometheusUrl: url,
      metrics: [{ kind: 'error-rate', vsBaseline: true }],
    },
  });

test('only services with a new release or new to the policy are read; a dead source is one line', async () => {
  const dead = `http://127.0.0.1:${await freePort()}`;
  const base: Policy = makePolicy({
    splitAt: 'haproxy',
    services: [svc('checkout', 'img:v1', dead), svc('cart', 'cart:v1', dead)],
  });
  const head: Policy = makePolicy({
    splitAt: 'haproxy',
    services: [
      svc('checkout', 'img:v2', dead),
      svc('cart', 'cart:v1', dead),
      svc('search', 'search:v1', dead),
    ],
  });
  const out = await stageForecasts(head, buildPlan(base, head, '', ''), { monitoringEndpoint: '' });
  expect(Object.keys(out).sort()).toEqual(['checkout', 'search']);
  for (const lines of Object.values(out)) {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^No duration forecast: could not read recent traffic from Prometheus at ${dead}, last 60 min: .+`,
      ),
    );
  }
});

test('no service with a new release: nothing is read', async () => {
  const p = makePolicy({ services: [svc('checkout', 'img:v1', 'http://127.0.0.1:1')] });
  expect(await stageForecasts(p, buildPlan(p, p, '', ''), { monitoringEndpoint: '' })).toEqual({});
});
