// The layering holds by itself: ESLint (eslint.config.mjs, the "layers/…" blocks) refuses a pure
// module that reaches the world or the shell, and an adapter that reaches the action. Each row is
// linted as if it were that file; docs/ARCHITECTURE.md explains the layers.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = process.cwd();
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.mjs') });
const IMPORTS = '@typescript-eslint/no-restricted-imports';
const BOUNDARY = [IMPORTS, 'no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax'];

async function boundaryProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages
    .filter((m) => BOUNDARY.includes(m.ruleId ?? ''))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

// [file, code, rule expected to report]
const bad: [string, string, string][] = [
  // the ways round an import declaration
  ['src/render/x.ts', "import fs = require('node:fs');\nexport const r = fs;", IMPORTS],
  ['src/render/x.ts', "export type F = typeof import('node:fs');", 'no-restricted-syntax'],
  ['src/render/x.ts', 'export const e = globalThis.process;', 'no-restricted-properties'],
  ['src/render/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", IMPORTS],
  ['src/render/x.ts', "import { readFile } from 'fs/promises';\nexport const r = readFile;", IMPORTS],
  [
    'src/analysis/x.ts',
    "import { observe } from '../adapters/metrics/observer.js';\nexport const o = observe;",
    IMPORTS,
  ],
  [
    'src/analysis/deep/x.ts',
    "import type { X } from '../../adapters/cloud-run.js';\nexport type Y = X;",
    IMPORTS,
  ],
  ['src/policy/x.ts', "export { readPolicy } from '../adapters/files.js';", IMPORTS],
  ['src/rollout/x.ts', "import * as core from '@actions/core';\nexport const c = core;", IMPORTS],
  [
    'src/engine/x.ts',
    "import { ServicesClient } from '@google-cloud/run';\nexport const s = ServicesClient;",
    IMPORTS,
  ],
  ['src/plan/x.ts', "import { simpleGit } from 'simple-git';\nexport const g = simpleGit;", IMPORTS],
  ['src/notify/x.ts', "import { request } from 'node:https';\nexport const r = request;", IMPORTS],
  ['src/status/x.ts', "import { spawn } from 'child_process';\nexport const s = spawn;", IMPORTS],
  ['src/gitops/x.ts', "import { run } from '../action/run.js';\nexport const r = run;", IMPORTS],
  ['src/tokens/x.ts', "import { main } from '../main.js';\nexport const m = main;", IMPORTS],
  ['src/tokens/x.ts', "import { cliMain } from '../cli/entry.js';\nexport const m = cliMain;", IMPORTS],
  ['src/policy/x.ts', "import { connect } from 'node:net';\nexport const c = connect;", IMPORTS],
  ['src/policy/x.ts', "import * as net from 'node:net';\nexport const n = net;", IMPORTS],
  ['src/notify/x.ts', "import { randomBytes } from 'node:crypto';\nexport const r = randomBytes;", IMPORTS],
  // a folder nobody listed yet is pure by default
  [
    'src/brand-new/x.ts',
    "import { execFile } from 'node:child_process';\nexport const e = execFile;",
    IMPORTS,
  ],
  ['src/rollout/x.ts', 'export const t = Date.now();', 'no-restricted-properties'],
  ['src/analysis/x.ts', 'export const r = Math.random();', 'no-restricted-properties'],
  ['src/rollout/x.ts', 'export const d = new Date();', 'no-restricted-syntax'],
  ['src/render/x.ts', 'export const e = process.env.HOME;', 'no-restricted-globals'],
  ['src/render/x.ts', "export const m = () => import('node:fs');", 'no-restricted-syntax'],
  ['src/adapters/x.ts', "import { run } from '../action/run.js';\nexport const r = run;", IMPORTS],
  [
    'src/adapters/metrics/x.ts',
    "import { cliMain } from '../../cli/entry.js';\nexport const c = cliMain;",
    IMPORTS,
  ],
  ['src/adapters/x.ts', "import { main } from '../main.js';\nexport const m = main;", IMPORTS],
  ['src/adapters/x.ts', "import '../cli.js';", IMPORTS],
  // the CLI is its own chunk: it never loads the action
  ['src/cli.ts', "import { run } from './action/run.js';\nexport const r = run;", IMPORTS],
  ['src/cli.ts', "import { main } from './main.js';\nexport const m = main;", IMPORTS],
  ['src/cli/x.ts', "import { run } from '../action/run.js';\nexport const r = run;", IMPORTS],
  ['src/action/x.ts', "import { runCli } from '../cli.js';\nexport const r = runCli;", IMPORTS],
  ['src/action/x.ts', "import { status } from '../cli/status.js';\nexport const s = status;", IMPORTS],
];

const good: [string, string][] = [
  ['src/render/x.ts', "import type { Policy } from '../policy/types.js';\nexport type P = Policy;"],
  [
    'src/policy/x.ts',
    "import { isIP, isIPv4, isIPv6 } from 'node:net';\nexport const f = [isIP, isIPv4, isIPv6];",
  ],
  [
    'src/notify/x.ts',
    "import { createHash, createHmac } from 'node:crypto';\nexport const h = [createHash, createHmac];",
  ],
  ['src/policy/x.ts', "import { parse } from 'yaml';\nexport const p = parse;"],
  ['src/rollout/x.ts', 'export const at = (now: number) => new Date(now).toISOString();'],
  ['src/adapters/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;"],
  ['src/adapters/x.ts', "import * as core from '@actions/core';\nexport const c = core;"],
  [
    'src/adapters/metrics/x.ts',
    "import type { Poll } from '../../analysis/types.js';\nexport type P = Poll;",
  ],
  ['src/adapters/x.ts', "export const m = () => import('@google-cloud/run');"],
  [
    'src/action/x.ts',
    "import { readFileSync } from 'node:fs';\nimport * as core from '@actions/core';\nexport const a = [readFileSync, core];",
  ],
  ['src/action/x.ts', "import { run } from '../adapters/git.js';\nexport const r = run;"],
  ['src/cli/x.ts', "import { run } from '../adapters/files.js';\nexport const r = run;"],
  ['src/main.ts', "import { run } from './action/run.js';\nexport const r = run;"],
  ['src/main.ts', "import { runCli } from './cli.js';\nexport const r = runCli;"],
  ['src/cli.ts', "import { status } from './cli/status.js';\nexport const s = status;"],
  [
    'src/cli/x.ts',
    "import { readText } from '../adapters/files.js';\nimport { loadPolicy } from './common.js';\nexport const r = [readText, loadPolicy];",
  ],
];

const firstLine = (code: string) => code.split('\n')[0];

test.each(bad.map(([f, c, r]) => [f, firstLine(c), c, r]))(
  '%s: %s is refused',
  async (file, _line, code, rule) => {
    const problems = await boundaryProblems(file, code);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(`${rule}:`))).toBe(true);
  },
);

test.each(good.map(([f, c]) => [f, firstLine(c), c]))('%s: %s is allowed', async (file, _line, code) => {
  expect(await boundaryProblems(file, code)).toEqual([]);
});

// Every folder of src/ today is either shell (action, cli, adapters) or pure core: the pure block,
// with its node:net / node:crypto allowances, is what ESLint applies to a file there.
const SHELL_DIRS = ['action', 'cli', 'adapters'];
const dirs = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

test.each(dirs)('src/%s/ gets the rules of its layer', async (dir) => {
  const config = await eslint.calculateConfigForFile(join(ROOT, 'src', dir, 'any.ts'));
  const [, options] = config.rules[IMPORTS] ?? [];
  const pure = !SHELL_DIRS.includes(dir);
  expect(Boolean(options?.paths?.length)).toBe(pure);
  expect(config.rules['no-restricted-properties'] !== undefined).toBe(pure);
  if (dir === 'adapters') expect(options.patterns.length).toBeGreaterThan(0);
});
