// The notify, hooks and approval fields: what they normalise to, and every refusal with its
// position and what would be valid.
import { readFileSync } from 'node:fs';
import { validatePolicyText } from '../../src/policy/index.js';
import { formatPolicyError } from '../../src/policy/types.js';

const BASE = readFileSync('fixtures/policies/valid/example.yaml', 'utf8');

/** The example policy with a top-level block appended and service-level lines after `promote:`. */
function policy(top: string, service = ''): string {
  const text = BASE.replace('    promote: on-merge\n', `    promote: on-merge\n${service}`);
  return `${text}${top}`;
}

describe('valid operator controls', () => {
  it('normalises notify, per-service overrides, hooks and approval steps', () => {
    const r = validatePolicyText(
      policy(
        'notify:\n' +
          '  - slack: { webhook-url-env: SLACK_WEBHOOK_URL }\n' +
          '    events: [failed, promoted, rolled-back]\n' +
          '  - webhook: { url-env: DEPLOY_HOOK_URL, secret-env: DEPLOY_HOOK_SECRET }\n',
        '    notify:\n      - slack: { webhook-url-env: CHECKOUT_SLACK }\n' +
          '    hooks:\n' +
          '      pre-step: { url: "https://loadtest.internal/start?suite=checkout", timeout: 2m }\n' +
          '      post-step: { url-env: VERIFY_URL, secret-env: VERIFY_SECRET }\n',
      ).replace('{ percent: 25, bake: 10m }', '{ percent: 25, bake: 10m, approval: required }'),
      'p.yaml',
    );
    if (!r.ok) throw new Error(r.errors.map(formatPolicyError).join('\n'));
    expect(r.policy.notify).toEqual([
      { kind: 'slack', urlEnv: 'SLACK_WEBHOOK_URL', events: ['failed', 'promoted', 'rolled-back'] },
      {
        kind: 'webhook',
        urlEnv: 'DEPLOY_HOOK_URL',
        secretEnv: 'DEPLOY_HOOK_SECRET',
        events: ['started', 'step-passed', 'failed', 'rolled-back', 'promoted', 'inconclusive', 'paused'],
      },
    ]);
    const s = r.policy.services[0];
    expect(s.notify).toEqual([{ kind: 'slack', urlEnv: 'CHECKOUT_SLACK', events: expect.any(Array) }]);
    expect(s.hooks).toEqual({
      preStep: { url: 'https://loadtest.internal/start?suite=checkout', timeoutMs: 120_000 },
      postStep: { urlEnv: 'VERIFY_URL', secretEnv: 'VERIFY_SECRET', timeoutMs: 30_000 },
    });
    expect(s.steps.map((x) => x.approval ?? null)).toEqual([null, null, 'required', null]);
  });

  it('a policy without them has none', () => {
    const r = validatePolicyText(BASE, 'p.yaml');
    expect(r.ok && [r.policy.notify, r.policy.services[0].hooks]).toEqual([undefined, undefined]);
  });
});

describe('refused operator controls', () => {
  it.each([
    [
      'a URL where an env var name belongs',
      'notify:\n  - slack: { webhook-url-env: "https://hooks.slack.com/services/T0/B0/x" }\n',
      '',
      /:\d+:\d+ notify\[0\]\.slack\.webhook-url-env: .*name an environment variable/,
    ],
    [
      'both kinds in one entry',
      'notify:\n  - slack: { webhook-url-env: A }\n    webhook: { url-env: B, secret-env: C }\n',
      '',
      /notify\[0\]: a notify entry needs exactly one of `slack` or `webhook`/,
    ],
    [
      'neither kind',
      'notify:\n  - events: [failed]\n',
      '',
      /notify\[0\]: a notify entry needs exactly one of `slack` or `webhook` \(got none\)/,
    ],
    [
      'an unsigned webhook',
      'notify:\n  - webhook: { url-env: B }\n',
      '',
      /notify\[0\]\.webhook\.secret-env: missing required key "secret-env"/,
    ],
    [
      'an unknown event',
      'notify:\n  - slack: { webhook-url-env: A }\n    events: [exploded]\n',
      '',
      /notify\[0\]\.events\[0\]: the string "exploded" is not one of started, step-passed/,
    ],
    [
      'a hook with url and url-env',
      '',
      '    hooks:\n      pre-step: { url: "https://a.example", url-env: B }\n',
      /services\[0\]\.hooks\.pre-step: a hook needs exactly one of `url` or `url-env` \(got both\)/,
    ],
    [
      'a hook URL with credentials',
      '',
      '    hooks:\n      post-step: { url: "https://user:pw@a.example/x" }\n',
      /hooks\.post-step\.url: a URL with credentials would sit in the repository/,
    ],
    [
      'a hook URL that is not http',
      '',
      '    hooks:\n      post-step: { url: "ftp://a.example/x" }\n',
      /hooks\.post-step\.url: "ftp:\/\/a\.example\/x" is not http\(s\)/,
    ],
    [
      'a hook timeout above 10m',
      '',
      '    hooks:\n      pre-step: { url: "https://a.example", timeout: 11m }\n',
      /hooks\.pre-step\.timeout: 11m is outside 1s to 10m/,
    ],
    [
      'a hook timeout below 1s',
      '',
      '    hooks:\n      pre-step: { url: "https://a.example", timeout: 500ms }\n',
      /hooks\.pre-step\.timeout: 500ms is outside 1s to 10m/,
    ],
  ])('%s', (_what, top, service, message) => {
    const r = validatePolicyText(policy(top, service), 'p.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(formatPolicyError).join('\n')).toMatch(message);
  });

  it('an approval value other than required/none is refused', () => {
    const r = validatePolicyText(
      BASE.replace('{ percent: 25, bake: 10m }', '{ percent: 25, bake: 10m, approval: yes }'),
      'p.yaml',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatPolicyError(r.errors[0])).toMatch(/steps\[2\]\.approval: .* is not one of required, none/);
  });
});
