// Shared helpers for the benchmarks: timing, percentiles, child processes and table output
// (plain text for the terminal, Markdown for the README).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** One table of results: each section returns these; the aggregator prints them together. */
export interface Table {
  title: string;
  /** each row maps a column header to its value; columns follow the first row's key order */
  rows: Record<string, string | number>[];
  /** lines printed under the table (what was measured, targets, flags) */
  notes?: string[];
}

export const now = (): number => performance.now();

/** Nearest-rank percentile of a non-empty list (p in 0..100); the list is not modified. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list: measure at least once');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('median of an empty list: measure at least once');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** A number with about three significant digits, no exponent: 0.0123, 1.23, 12.3, 1234; integers as is. */
export function fmt(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 10 ** digits) return Math.round(n).toString();
  const decimals = Math.min(6, Math.max(0, digits - 1 - Math.floor(Math.log10(abs))));
  return n.toFixed(decimals);
}

export const mib = (bytes: number): string => fmt(bytes / (1024 * 1024));
export const kib = (bytes: number): string => fmt(bytes / 1024);

function cells(table: Table): { head: string[]; body: string[][] } {
  const head = table.rows.length ? Object.keys(table.rows[0]) : [];
  const body = table.rows.map((r) => head.map((h) => cell(r[h])));
  return { head, body };
}

function cell(v: string | number | undefined): string {
  if (v === undefined) return '';
  return typeof v === 'number' ? fmt(v) : v;
}

/** Fixed-width text table; numbers right-aligned. */
export function textTable(table: Table): string {
  const { head, body } = cells(table);
  const lines = [`== ${table.title}`];
  if (head.length) {
    const numeric = head.map((h) => table.rows.every((r) => typeof r[h] === 'number'));
    const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const pad = (s: string, i: number) => (numeric[i] ? s.padStart(width[i]) : s.padEnd(width[i]));
    lines.push(head.map(pad).join('  '), width.map((w) => '-'.repeat(w)).join('  '));
    for (const b of body) lines.push(b.map(pad).join('  '));
  }
  for (const n of table.notes ?? []) lines.push(`  ${n}`);
  return lines.join('\n');
}

/** GitHub-flavoured Markdown table with a heading and the notes as a list. */
export function markdownTable(table: Table): string {
  const { head, body } = cells(table);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`### ${table.title}`, ''];
  if (head.length) {
    const numeric = head.map((h) => table.rows.every((r) => typeof r[h] === 'number'));
    lines.push(`| ${head.map(esc).join(' | ')} |`);
    lines.push(`| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`);
    for (const b of body) lines.push(`| ${b.map(esc).join(' | ')} |`);
    lines.push('');
  }
  for (const n of table.notes ?? []) lines.push(`- ${n}`);
  return lines.join('\n').trimEnd() + '\n';
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a child to completion, collecting its output; kills it after `timeoutMs`. */
export function runChild(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`starting ${cmd} ${args.join(' ')}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The last non-empty line of some output, for error messages that must stay short. */
export function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

function cellValue(v: unknown): string | number {
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v === undefined || v === null) return '';
  return JSON.stringify(v);
}

function isRow(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const asRows = (rows: unknown[]): Table['rows'] =>
  rows.filter(isRow).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cellValue(v)])));

const isTable = (v: unknown): v is { title: string; rows: unknown[]; notes?: unknown } =>
  isRow(v) && typeof v.title === 'string' && Array.isArray(v.rows);

/**
 * Sections written by different people return different shapes: Table[], one Table, plain row
 * objects, or `{ rows, notes }`. All become tables here.
 */
export function toTables(title: string, result: unknown): Table[] {
  const table = (t: string, rows: unknown[], notes?: unknown): Table => ({
    title: t,
    rows: asRows(rows),
    notes: Array.isArray(notes) ? notes.map(String) : typeof notes === 'string' ? [notes] : undefined,
  });
  if (Array.isArray(result) && result.length > 0 && result.every(isTable)) {
    return result.map((t) => table(t.title, t.rows, t.notes));
  }
  if (Array.isArray(result)) return [table(title, result)];
  if (isTable(result)) return [table(result.title, result.rows, result.notes)];
  if (isRow(result) && Array.isArray(result.rows)) return [table(title, result.rows, result.notes)];
  if (isRow(result)) return [table(title, [result])];
  throw new Error(`returned ${typeof result}, not rows of results`);
}
