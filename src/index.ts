#!/usr/bin/env node
// Entry only: a command line (or no GITHUB_ACTIONS) loads the CLI chunk alone; the action loads
// the shell. The shim must load before google-gax reads __dirname.
import './dirname-shim.js';
import module from 'node:module';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const cli = argv.length > 0 || !process.env.GITHUB_ACTIONS;
// The CLI runs again and again on one machine (validate in a hook, tokens and sync on the HAProxy
// host): from Node 22.1 on, keep V8's compiled code on disk for the next start to reuse instead of
// parsing and compiling the chunks again. Node 20 has no such API (nothing happens there); a hosted runner starts
// from a fresh disk, so the action would only pay for writing a cache it never reads.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const withCache = module as { enableCompileCache?: (dir?: string) => unknown };
if (cli && typeof withCache.enableCompileCache === 'function') {
  const { tmpdir } = module.createRequire(import.meta.url)('node:os') as typeof import('node:os');
  withCache.enableCompileCache(join(tmpdir(), 'canary-relay-compile-cache'));
}
void (cli
  ? import('./cli/entry.js').then((m) => m.cliMain(argv))
  : import('./main.js').then((m) => m.main()));
