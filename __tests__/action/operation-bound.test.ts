// How long one Cloud Run operation may run: the policy's `defaults.operation-timeout`, cut so the
// job ends before its own limit, and the reason the adapter prints when an operation never finishes.
import { operationBound } from '../../src/action/rollouts.js';
import { validatePolicyText } from '../../src/policy/index.js';

const policy = (timeout?: string) => {
  const text = `version: 1
defaults: { project: acme-prod, region: us-central1, project-number: "123"${timeout ? `, operation-timeout: ${timeout}` : ''} }
split-at: cloud-run
services:
  - name: api
    hosts: [api.example.com]
    image: us-docker.pkg.dev/acme-prod/r/api:v1
    routing: { header: { name: X-Canary, value: always } }
    steps: [{ percent: 10, bake: 1m }]
    analysis: { source: cloud-monitoring }
`;
  const r = validatePolicyText(text, 'p.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.policy;
};

const START = 1_000_000;
const MIN = 60_000;

it.each([
  // [operation-timeout, job minutes, minutes since start, expected ms, why contains]
  [undefined, 360, 0, 10 * MIN, 'defaults.operation-timeout 600 s'],
  ['2m', 360, 0, 2 * MIN, 'defaults.operation-timeout 120 s'],
  ['1h', 360, 0, 60 * MIN, 'defaults.operation-timeout 3600 s'],
  // 30-minute job: the deadline is 27 min after start; 25 min in, 2 min are left
  ['10m', 30, 25, 2 * MIN, 'cut to 120 s so the job ends before job-timeout-minutes (30)'],
  // past the deadline: still a short floor so the write can be seen through or reported
  ['10m', 30, 29, 10_000, 'cut to 10 s'],
])('operation-timeout %s, job %i min, %i min in → %i ms', (timeout, job, minutesIn, ms, why) => {
  const b = operationBound(policy(timeout), { jobTimeoutMinutes: job }, START + minutesIn * MIN, START);
  expect(b.lroTimeoutMs).toBe(ms);
  expect(b.lroTimeoutWhy).toContain(why);
});

it.each([
  ['10s', '"10s" is below 30s; valid: 30s–1h'],
  ['2h', '"2h" is above 1h; valid: 30s–1h'],
])('operation-timeout %s is refused at validate time with its range', (timeout, message) => {
  expect(() => policy(timeout)).toThrow(message);
});
