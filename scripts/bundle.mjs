// Builds the committed bundle with ncc: dist/index.js (ESM: the action and the CLI), its licenses,
// and the policy JSON Schema for editors. `--out DIR` builds elsewhere (the staleness test uses it).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const i = process.argv.indexOf('--out');
const out = i > 0 ? resolve(process.argv[i + 1]) : join(root, 'dist');

rmSync(out, { recursive: true, force: true });
execFileSync(join(root, 'node_modules/.bin/ncc'), ['build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '-q'], {
  cwd: root,
  stdio: 'inherit',
});
const index = join(out, 'index.js');
const code = readFileSync(index, 'utf8');
if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`);
chmodSync(index, 0o755);
copyFileSync(join(root, 'src/policy/traffic-policy.schema.json'), join(out, 'traffic-policy.schema.json'));
