// dist/ is committed (GitHub runs it as is): it must be what `npm run bundle` builds from src/.
// Fast check here: the source hash recorded at bundle time must match the tree's; CI's check-dist
// job rebuilds and diffs byte for byte (a rebuild takes minutes, too slow for `npm test`).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const hashOf = (cwd: string) =>
  execFileSync('node', [join(cwd, 'scripts/source-hash.mjs')], { cwd })
    .toString()
    .trim();

describe('dist/', () => {
  it('is not stale: the source hash recorded by the bundle matches src/ + lock + bundle scripts', () => {
    const recorded = readFileSync(join(root, 'dist/source-hash.txt'), 'utf8').trim();
    if (recorded !== hashOf(root))
      throw new Error(
        'dist/ is stale (src/, package-lock.json or the bundle scripts changed): run "npm run bundle" and commit dist/',
      );
  });

  it('the hash changes with any byte of src/ and with the lock file', () => {
    const copy = mkdtempSync(join(tmpdir(), 'cr-hash-'));
    try {
      for (const p of ['src', 'scripts', 'package-lock.json', 'tsconfig.json'])
        cpSync(join(root, p), join(copy, p), { recursive: true });
      const before = hashOf(copy);
      expect(before).toBe(hashOf(root));
      writeFileSync(join(copy, 'src/cli.ts'), `${readFileSync(join(copy, 'src/cli.ts'), 'utf8')} `);
      const edited = hashOf(copy);
      expect(edited).not.toBe(before);
      writeFileSync(
        join(copy, 'package-lock.json'),
        `${readFileSync(join(copy, 'package-lock.json'), 'utf8')}\n`,
      );
      expect(hashOf(copy)).not.toBe(edited);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('runs as the CLI: --version and usage exit codes', () => {
    expect(execFileSync('node', ['dist/index.js', '--version'], { cwd: root }).toString()).toMatch(
      /canary-relay \d/,
    );
    let code = 0;
    try {
      execFileSync('node', ['dist/index.js', 'nonsense'], {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, GITHUB_ACTIONS: '' },
      });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(2);
  });
});
