// `status` output: an aligned terminal table (colour optional), JSON for scripts, and a Markdown
// table for the job summary. Pure: rows in, text out.
import type { StatusRow } from '../status/model.js';
import { mdText } from './markdown.js';

/** "45s", "4m05s", "2h03m", "3d04h"; "—" when unknown. */
export function formatAge(ms: number | null): string {
  if (ms === null) return '—';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d${String(h % 24).padStart(2, '0')}h`;
}

const HEAD = [
  'SERVICE',
  'PHASE',
  'STEP',
  'CANARY%',
  'CANARY',
  'STABLE',
  'OWNER',
  'AGE',
  'VERDICT',
  'LEFT',
  'WAITING',
];

function cells(r: StatusRow): string[] {
  const step = r.step === null ? '—' : r.steps === null ? String(r.step) : `${r.step}/${r.steps}`;
  return [
    r.disagreements.length ? `${r.service} !` : r.service,
    r.phase,
    step,
    r.percent === null ? '—' : `${r.percent}%`,
    r.canary ?? '—',
    r.stable ?? '—',
    r.owner ?? '—',
    formatAge(r.stageAgeMs),
    r.lastVerdict ?? '—',
    formatAge(r.remainingMs),
    r.error ? 'unreadable' : (r.waiting ?? '—'),
  ];
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, cyan: 36, dim: 2, bold: 1 } as const;
type Colour = keyof typeof CODES;
const paint = (c: Colour | undefined, s: string) => (c ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);

const PHASE_COLOUR: Record<string, Colour> = {
  Succeeded: 'green',
  Failed: 'red',
  Aborted: 'dim',
  Unknown: 'red',
  Initializing: 'blue',
  HeaderOnly: 'cyan',
  Progressing: 'yellow',
  Promoting: 'yellow',
};
const VERDICT_COLOUR: Record<string, Colour> = { pass: 'green', fail: 'red', inconclusive: 'yellow' };

/** A terminal control character in a revision or owner name must not reach the terminal. */
// eslint-disable-next-line no-control-regex
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** Columns padded to the widest cell; colour is added after padding so it never skews widths. */
export function renderStatusTable(rows: StatusRow[], opts: { color?: boolean } = {}): string {
  const body = rows.map((r) => cells(r).map(printable));
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => c[i].length)));
  const line = (c: string[], colour: (i: number) => Colour | undefined) =>
    c
      .map((v, i) => {
        const padded = i === c.length - 1 ? v : v.padEnd(widths[i]);
        return opts.color ? paint(colour(i), padded) : padded;
      })
      .join('  ')
      .trimEnd();
  const out = [line(HEAD, () => 'bold')];
  rows.forEach((r, k) =>
    out.push(
      line(body[k], (i) =>
        i === 0 && r.disagreements.length
          ? 'red'
          : i === 1
            ? PHASE_COLOUR[r.phase]
            : i === 8
              ? VERDICT_COLOUR[r.lastVerdict ?? '']
              : undefined,
      ),
    ),
  );
  const notes = rows.flatMap((r) => [
    ...(r.error ? [`${r.service}: ${r.error}`] : []),
    ...r.disagreements.map((d) => `${r.service}: ${d}`),
  ]);
  if (notes.length) {
    out.push('');
    for (const n of notes) out.push(opts.color ? paint('red', `! ${printable(n)}`) : `! ${printable(n)}`);
  }
  if (!rows.length) out.push('(no services)');
  return out.join('\n');
}

/** One JSON document: `{ at, services: [...] }`, durations in ms. */
export function renderStatusJson(rows: StatusRow[], now: number): string {
  return JSON.stringify({ at: new Date(now).toISOString(), services: rows }, null, 2);
}

/** The same table in Markdown (job summary); every value escaped, disagreements listed after it. */
export function renderStatusMarkdown(rows: StatusRow[], notes: string[] = []): string {
  const md = (s: string) => mdText(s);
  const out = [
    '### canary-relay status',
    '',
    `| ${HEAD.map((h) => md(h.toLowerCase())).join(' | ')} |`,
    `|${HEAD.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(md).join(' | ')} |`),
  ];
  const problems = rows.flatMap((r) => [
    ...(r.error ? [`${r.service}: ${r.error}`] : []),
    ...r.disagreements.map((d) => `${r.service}: ${d}`),
  ]);
  if (problems.length) out.push('', '**Disagreements**', '', ...problems.map((n) => `- ${md(n)}`));
  if (notes.length) out.push('', ...notes.map((n) => `_${md(n)}_`));
  if (!rows.length) out.push('', 'No services.');
  return `${out.join('\n')}\n`;
}
