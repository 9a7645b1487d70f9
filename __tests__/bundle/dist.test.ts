// dist/ is committed (GitHub runs it as is): it must be what `npm run bundle` builds from src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();

/** Every file under dir, as paths relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .flatMap((f) => (statSync(join(dir, prefix, f)).isDirectory() ? files(dir, join(prefix, f)) : [join(prefix, f)]))
    .sort();
}

describe('dist/', () => {
  it('is not stale: a fresh bundle is byte-identical to the committed one', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cr-dist-')), 'dist');
    execFileSync('node', ['scripts/bundle.mjs', '--out', out], { cwd: root, stdio: 'pipe' });
    const fresh = files(out);
    expect(files(join(root, 'dist'))).toEqual(fresh);
    for (const f of fresh) {
      const same = readFileSync(join(out, f)).equals(readFileSync(join(root, 'dist', f)));
      if (!same) throw new Error(`dist/${f} is stale: run "npm run bundle" and commit dist/`);
    }
  }, 180_000);

  it('runs as the CLI: --version and usage exit codes', () => {
    expect(execFileSync('node', ['dist/index.js', '--version'], { cwd: root }).toString()).toMatch(/canary-relay \d/);
    let code = 0;
    try {
      execFileSync('node', ['dist/index.js', 'nonsense'], { cwd: root, stdio: 'pipe', env: { ...process.env, GITHUB_ACTIONS: '' } });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(2);
  });
});
