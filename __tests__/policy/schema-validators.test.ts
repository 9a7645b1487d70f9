// The policy validators are Ajv standalone code generated from traffic-policy.schema.json at bundle
// time: the committed module must be what the schema compiles to, and the check must catch a change.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const script = join(root, 'scripts/schema-validators.mjs');

/** Runs the generator's --check; the exit code and stderr. */
function check(...args: string[]): { code: number; stderr: string } {
  try {
    execFileSync('node', [script, '--check', ...args], { cwd: root, stdio: 'pipe' });
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    return { code: err.status, stderr: err.stderr.toString() };
  }
}

describe('src/policy/schema-validators.generated.js', () => {
  it('is not stale: it is what the schema compiles to now', () => {
    const r = check();
    if (r.code !== 0) throw new Error(r.stderr || `exit ${r.code}`);
  });

  it('the check fails after a schema change, naming the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-schema-'));
    try {
      const schema = JSON.parse(
        readFileSync(join(root, 'src/policy/traffic-policy.schema.json'), 'utf8'),
      ) as {
        description: string;
      };
      schema.description += ' (changed)';
      writeFileSync(join(dir, 'schema.json'), JSON.stringify(schema));
      const r = check('--schema', join(dir, 'schema.json'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/is stale: run "npm run bundle"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds no require (it is an ES module loaded in the bundle and under Jest)', () => {
    const code = readFileSync(join(root, 'src/policy/schema-validators.generated.js'), 'utf8');
    expect(code).toMatch(/export const policy = /);
    expect(code).toMatch(/export const analysis = /);
    expect(code).not.toMatch(/\brequire\(/);
  });
});
