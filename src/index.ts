#!/usr/bin/env node
// Entry only: a command line (or no GITHUB_ACTIONS) loads the CLI chunk alone; the action loads
// the shell. The shim must load before google-gax reads __dirname.
import './dirname-shim.js';

const argv = process.argv.slice(2);
const cli = argv.length > 0 || !process.env.GITHUB_ACTIONS;
void (cli
  ? import('./cli/entry.js').then((m) => m.cliMain(argv))
  : import('./main.js').then((m) => m.main()));
