// The fingerprint of what dist/ is built from: every file under src/, the lock file, tsconfig and
// the bundle scripts. scripts/bundle.mjs records it in dist/source-hash.txt; the fast staleness test
// (__tests__/bundle/dist.test.ts) recomputes it, so `npm test` fails on a stale dist/ without a
// rebuild. CI's check-dist job rebuilds and diffs for the byte-level proof.
//   node scripts/source-hash.mjs    prints the hash
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const INPUTS = [
  'src',
  'package-lock.json',
  'tsconfig.json',
  'scripts/bundle.mjs',
  'scripts/schema-validators.mjs',
];

function files(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (e) {
    if (e.code === 'ENOTDIR') return [path];
    throw e;
  }
  return entries.flatMap((e) =>
    e.isDirectory() ? files(join(path, e.name)) : e.isFile() ? [join(path, e.name)] : [],
  );
}

/** sha256 over each input file's repo-relative path and bytes, in a fixed order. */
export function sourceHash(base = root) {
  const hash = createHash('sha256');
  const all = INPUTS.flatMap((p) => files(join(base, p)))
    .map((f) => relative(base, f).split('\\').join('/'))
    .sort();
  for (const f of all) {
    const bytes = readFileSync(join(base, f));
    hash.update(`${f}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.stdout.write(`${sourceHash()}\n`);
}
