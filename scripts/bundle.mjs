// Builds the committed bundle with ncc: dist/index.js (ESM: the entry; the CLI and the action are
// separate chunks it imports), its licenses, the policy JSON Schema for editors, and
// source-hash.txt (what it was built from; the fast staleness test compares it). First it
// regenerates the standalone schema validators from the schema. `--out DIR` builds elsewhere.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GENERATED, generate } from './schema-validators.mjs';
import { sourceHash } from './source-hash.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const i = process.argv.indexOf('--out');
const out = i > 0 ? resolve(process.argv[i + 1]) : join(root, 'dist');

writeFileSync(GENERATED, generate());
rmSync(out, { recursive: true, force: true });
execFileSync(
  join(root, 'node_modules/.bin/ncc'),
  ['build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '-q'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const index = join(out, 'index.js');
const code = readFileSync(index, 'utf8');
if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`);
chmodSync(index, 0o755);
copyFileSync(join(root, 'src/policy/traffic-policy.schema.json'), join(out, 'traffic-policy.schema.json'));
writeFileSync(join(out, 'source-hash.txt'), `${sourceHash()}\n`);
