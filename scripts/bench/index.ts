// `npm run bench`: every benchmark section in one run, one after the other (the machine has two
// shared cores; sections running side by side would measure each other). Each section's tables
// are printed together at the end; `--md FILE` also writes them as Markdown for the README.
// A section whose file is missing, exports nothing usable, throws or overruns its time is reported
// as "not available (reason)" and the run goes on.
//   npx tsx scripts/bench/index.ts [--md FILE] [--only policy,haproxy,engine,coldstart] [--skip ...]
// The judge benchmark is separate: npm run bench:judge.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, markdownTable, now, textTable, toTables, type Table } from './util.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

interface Section {
  key: string;
  title: string;
  /** the module under scripts/bench/ and the function it exports */
  file: string;
  fn: string;
  /** the section is reported as timed out past this (its own limits should keep it well under) */
  timeoutMs: number;
}

const SECTIONS: Section[] = [
  { key: 'policy', title: 'Policy scaling', file: 'policy.ts', fn: 'benchPolicy', timeoutMs: 90_000 },
  { key: 'haproxy', title: 'HAProxy throughput', file: 'haproxy.ts', fn: 'benchHaproxy', timeoutMs: 600_000 },
  { key: 'engine', title: 'Engine', file: 'engine.ts', fn: 'benchEngine', timeoutMs: 60_000 },
  { key: 'coldstart', title: 'Cold start', file: 'coldstart.ts', fn: 'benchColdStart', timeoutMs: 150_000 },
];

type Outcome = { section: Section; seconds: number } & ({ tables: Table[] } | { unavailable: string });

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

async function runSection(section: Section): Promise<Outcome> {
  const start = now();
  const done = (rest: { tables: Table[] } | { unavailable: string }): Outcome => ({
    section,
    seconds: (now() - start) / 1000,
    ...rest,
  });
  if (!existsSync(join(HERE, section.file))) {
    return done({ unavailable: `scripts/bench/${section.file} is not written yet` });
  }
  let fn: unknown;
  try {
    const mod = (await import(`./${section.file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    fn = mod[section.fn];
  } catch (e) {
    return done({ unavailable: `loading scripts/bench/${section.file} failed: ${message(e)}` });
  }
  if (typeof fn !== 'function') {
    return done({ unavailable: `scripts/bench/${section.file} exports no function ${section.fn}` });
  }
  try {
    log(`-- ${section.title}: running ${section.fn}()`);
    const call = (fn as (opts: { log: typeof log }) => unknown)({ log });
    const result = await withTimeout(Promise.resolve(call), section.timeoutMs, `${section.fn}()`);
    return done({ tables: toTables(section.title, result) });
  } catch (e) {
    return done({ unavailable: `${section.fn}() failed: ${message(e)}` });
  }
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

function machine(): string {
  const tryRun = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    } catch {
      return 'unknown';
    }
  };
  const haproxy = tryRun('haproxy', ['-v'])
    .split('\n')[0]
    .replace(/^HAProxy version (\S+).*/, '$1');
  const commit = tryRun('git', ['rev-parse', '--short', 'HEAD']);
  const status = tryRun('git', ['status', '--porcelain']);
  const dirty = commit !== 'unknown' && status !== '' ? ' (uncommitted changes)' : '';
  const cpu = cpus();
  return (
    `node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, HAProxy ${haproxy}, ` +
    `commit ${commit}${dirty}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`
  );
}

function parseArgs(argv: string[]): { md?: string; only?: string[]; skip: string[] } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const list = (v: string | undefined) => v?.split(',').map((s) => s.trim());
  const known = new Set(['--md', '--only', '--skip']);
  for (const a of argv) {
    if (a.startsWith('--') && !known.has(a))
      throw new Error(`unknown option ${a}; use --md FILE, --only, --skip`);
  }
  const args = { md: value('--md'), only: list(value('--only')), skip: list(value('--skip')) ?? [] };
  for (const k of [...(args.only ?? []), ...args.skip]) {
    if (!SECTIONS.some((s) => s.key === k)) {
      throw new Error(`unknown section "${k}"; sections: ${SECTIONS.map((s) => s.key).join(', ')}`);
    }
  }
  return args;
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const chosen = SECTIONS.filter(
    (s) => (!args.only || args.only.includes(s.key)) && !args.skip.includes(s.key),
  );
  const started = now();
  const header = machine();
  const outcomes: Outcome[] = [];
  for (const s of chosen) {
    const o = await runSection(s);
    log(`-- ${s.title}: ${'tables' in o ? 'done' : 'not available'} in ${fmt(o.seconds)} s`);
    outcomes.push(o);
  }
  const total = (now() - started) / 1000;
  const text: string[] = [`canary-relay benchmarks: ${header}`];
  const md: string[] = [`_${header}; \`npm run bench\` took ${fmt(total)} s._`, ''];
  for (const o of outcomes) {
    if ('tables' in o) {
      text.push(...o.tables.map(textTable));
      md.push(...o.tables.map(markdownTable));
    } else {
      text.push(`== section ${o.section.key}: not available (${o.unavailable})`);
      md.push(`### ${o.section.title}\n\n_not available: ${o.unavailable}_\n`);
    }
  }
  text.push(`total ${fmt(total)} s`);
  process.stdout.write(`\n${text.join('\n\n')}\n`);
  if (args.md) {
    const file = resolve(process.cwd(), args.md);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, md.join('\n'));
    log(`Markdown tables written to ${file}`);
  }
}

main(process.argv.slice(2))
  .then(() => process.exit(process.exitCode ?? 0)) // a timed-out section may still hold handles
  .catch((e: unknown) => {
    log(`bench: ${message(e)}`);
    process.exit(2);
  });
