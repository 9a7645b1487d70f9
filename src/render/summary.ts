// Pure: the PR report (the sticky comment body, also the job summary) and the short notes
// posted on promote and rollback. Markdown only; no emoji, words carry the verdict.
import type { MetricEvidence, StageJudgement } from '../analysis/types.js';
import { formatPolicyError, type PolicyError } from '../policy/types.js';
import { commentSafe, htmlText, mdCode, mdText } from './markdown.js';
import { judgeLines } from './judge-lines.js';
import { shareLabel } from '../policy/steps.js';
import { formatInt, formatPercent } from './numbers.js';
import { formatBake } from '../policy/units.js';
import type { StageVerdict } from '../rollout/state.js';

/** One step as the plan lists it (plan.ts StageRow fits: label "header only" or "5%"). */
export interface ReportStep {
  label: string;
  bakeMs: number;
}

/** One service of the plan (plan.ts ServicePlan fits). */
export interface ReportServicePlan {
  name: string;
  change?: 'added' | 'removed' | 'release' | 'routing' | 'unchanged';
  /** image or revision served, before → after */
  release: { before: string | null; after: string | null };
  stages: { before: ReportStep[]; after: ReportStep[] };
  /** what this run does with the service, when not what the change alone says ("rollback: back to …") */
  label?: string;
  /** a rollback or a settled service: no steps run, so no step table */
  hideSteps?: boolean;
  /** the stage-duration forecast from recent traffic: a heading and one line per step, or why none */
  forecast?: string[];
}

/** A judged stage of one service. */
export interface ReportStage {
  service: string;
  step: number; // 1-based
  percent: number;
  headerOnly?: boolean;
  judgement: StageJudgement;
  /** the rollout holds at this stage (inconclusive, on-inconclusive: hold): what it lacked */
  held?: string;
}

export interface ReportInput {
  policyFile: string;
  mode: string;
  plan: ReportServicePlan[];
  /** unified diff of the rendered HAProxy config; empty when unchanged */
  haproxyDiff: string;
  /** `haproxy -c` outcome when it ran, e.g. "valid" or the first error line */
  haproxyCheck?: string;
  stages: ReportStage[];
  verdict: StageVerdict;
  /** what happens next, one sentence: "merge to promote", "rolled back because …" */
  next: string;
  errors?: PolicyError[];
}

/** GitHub rejects comments over 65536 characters; the diff is the part that can grow. */
const MAX_DIFF_CHARS = 40_000;

export const reportMarker = (policyFile: string) => `<!-- canary-relay:${commentSafe(policyFile)} -->`;

export function renderReport(r: ReportInput): string {
  const parts = [
    reportMarker(r.policyFile),
    `### canary-relay: ${mdText(r.mode)} of ${mdCode(r.policyFile)}`,
    `**Verdict: ${mdText(r.verdict)}.** ${mdText(r.next)}`,
  ];
  if (r.errors?.length) parts.push(errorsSection(r.errors));
  if (r.plan.length) parts.push(planSection(r.plan));
  // An invalid policy renders nothing, so "no change" would mislead: leave the diff out then.
  if (!r.errors?.length || r.haproxyDiff.trim()) parts.push(diffSection(r.haproxyDiff, r.haproxyCheck));
  if (r.stages.length) parts.push(stagesSection(r.stages));
  return parts.join('\n\n') + '\n';
}

// ---- formatting helpers -------------------------------------------------------------

const code = (s: string | null) => (s === null ? '—' : mdCode(s));

/** Three significant digits, no exponent below a million. */
function num(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '—';
  if (n !== 0 && (Math.abs(n) >= 1e6 || Math.abs(n) < 1e-3)) return n.toExponential(1);
  return String(Number(n.toPrecision(3)));
}

const pValue = (p: number) => (p < 1e-4 ? '< 0.0001' : num(p));

/** A metric's value in its unit: error rates as percent, latency in ms, custom as is. */
function metricValue(metric: string, v: number | null): string {
  if (v === null) return '—';
  if (metric.startsWith('error-rate')) return formatPercent(v);
  if (metric.startsWith('latency')) return `${num(v)} ms`;
  return num(v);
}

/** E next to the threshold it fails at (1/alpha), when the judge says what that is. */
const eValue = (m: MetricEvidence) => (m.alpha ? `${num(m.e)} / ${num(1 / m.alpha)}` : num(m.e));

function ratio(m: MetricEvidence): string {
  if (m.ratio === null) return '—';
  const ci = m.ratioInterval ? ` (${num(m.ratioInterval[0])}–${num(m.ratioInterval[1])})` : '';
  return `${num(m.ratio)}×${ci}`;
}

const rowLabel = (s: ReportStep) => `${s.label} · ${formatBake(s.bakeMs)}`;
const traffic = (s: ReportStage) => shareLabel(s.headerOnly, s.percent);

// ---- sections -----------------------------------------------------------------------

function errorsSection(errors: PolicyError[]): string {
  const lines = errors.map((e) => `- ${mdCode(formatPolicyError(e))}`);
  return [
    `#### Policy errors (${errors.length})`,
    'Nothing was applied. Fix these and push again:',
    ...lines,
  ].join('\n');
}

const CHANGE: Record<NonNullable<ReportServicePlan['change']>, string> = {
  added: 'new service',
  removed: 'removed from the policy',
  release: 'new release: canary',
  routing: 'routing change: plan only',
  unchanged: 'unchanged',
};

function servicePlan(s: ReportServicePlan): string {
  const what = s.label ?? (s.change ? CHANGE[s.change] : undefined);
  const head = `**${mdText(s.name)}**${what ? ` — ${what}` : ''}`;
  const release =
    s.release.before === s.release.after
      ? `release ${code(s.release.after)}`
      : `release ${code(s.release.before)} → ${code(s.release.after)}`;
  const n = s.hideSteps ? 0 : Math.max(s.stages.before.length, s.stages.after.length);
  const rows = Array.from({ length: n }, (_, i) => {
    const b = s.stages.before[i];
    const a = s.stages.after[i];
    const same = b && a && rowLabel(b) === rowLabel(a);
    return `| ${i + 1} | ${b ? mdText(rowLabel(b)) : '—'} | ${a ? (same ? 'same' : `**${mdText(rowLabel(a))}**`) : '—'} |`;
  });
  const table = n ? ['', '| step | before (traffic · bake) | after |', '|---:|---|---|', ...rows] : [];
  const [first, ...each] = n ? (s.forecast ?? []) : [];
  const forecast = first ? ['', mdText(first), ...each.map((l) => `- ${mdText(l)}`)] : [];
  return [head, release, ...table, ...forecast].join('\n');
}

function planSection(plan: ReportServicePlan[]): string {
  const shown = plan.filter((s) => s.change !== 'unchanged' || s.label);
  const quiet = plan.filter((s) => s.change === 'unchanged' && !s.label).map((s) => mdText(s.name));
  const body = shown.map(servicePlan);
  if (quiet.length) body.push(`Unchanged: ${quiet.join(', ')}.`);
  return ['#### Plan', ...body].join('\n\n');
}

function diffStats(diff: string): string {
  const lines = diff.split('\n');
  const add = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
  const del = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
  return `+${add} −${del}`;
}

function diffSection(diff: string, check?: string): string {
  const checkLine = check ? ` \`haproxy -c\`: ${mdText(check)}.` : '';
  if (!diff.trim()) return `HAProxy config: no change.${checkLine}`;
  // the summary line is raw HTML: Markdown escapes do not apply there
  const checkHtml = check ? ` — <code>haproxy -c</code>: ${htmlText(check)}.` : '';
  const cut = diff.length > MAX_DIFF_CHARS;
  const text = cut ? diff.slice(0, diff.lastIndexOf('\n', MAX_DIFF_CHARS)) : diff.replace(/\n$/, '');
  // A fence longer than any backtick run inside, so the diff cannot close it.
  const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
  return [
    `<details><summary>HAProxy config diff (${diffStats(diff)})${checkHtml}</summary>`,
    '',
    `${fence}diff`,
    text,
    fence,
    ...(cut
      ? [
          '',
          `Diff truncated at ${formatInt(MAX_DIFF_CHARS)} characters; the full file is in the job artifacts.`,
        ]
      : []),
    '',
    '</details>',
  ].join('\n');
}

function historyTable(stages: ReportStage[]): string {
  const rows = stages.map((s) => {
    const req = s.judgement.metrics[0];
    const decided = s.judgement.decidedAt === null ? '—' : `${formatInt(s.judgement.decidedAt)} s`;
    const requests = req ? `${formatInt(req.canaryRequests)} / ${formatInt(req.stableRequests)}` : '—';
    return `| ${s.step} | ${traffic(s)} | ${mdText(s.judgement.verdict)} | ${decided} | ${requests} |`;
  });
  return [
    '| step | traffic | verdict | decided at | requests canary / stable |',
    '|---:|---|---|---:|---:|',
    ...rows,
  ].join('\n');
}

function metricTable(metrics: MetricEvidence[]): string {
  const rows = metrics.map(
    (m) =>
      `| ${mdText(m.metric)} | ${metricValue(m.metric, m.canaryValue)} | ${metricValue(m.metric, m.stableValue)} | ` +
      `${formatInt(m.canaryRequests)} / ${formatInt(m.stableRequests)} | ${eValue(m)} | ${pValue(m.pValue)} | ${ratio(m)} | ` +
      `${m.verdict === 'fail' ? '**fail**' : mdText(m.verdict)} |`,
  );
  return [
    '| metric | canary | stable | requests canary / stable | E / fails at | p | ratio (interval) | verdict |',
    '|---|---:|---:|---:|---:|---:|---|---|',
    ...rows,
  ].join('\n');
}

const chartNumber = (v: number) => String(Number(v.toFixed(3)));

function chart(title: string, axis: string, x: number[], canary: number[], stable: number[]): string {
  const max = Math.max(...canary, ...stable);
  return [
    '```mermaid',
    'xychart-beta',
    // a quoted Mermaid string inside a fence: only plain characters may reach it
    `  title "${title.replace(/[^A-Za-z0-9 _.:%()-]/g, '?')}"`,
    `  x-axis "seconds since the stage started" [${x.map((t) => formatInt(t).replace(/,/g, '')).join(', ')}]`,
    `  y-axis "${axis}" 0 --> ${chartNumber(max > 0 ? max * 1.2 : 1)}`,
    `  line [${canary.map(chartNumber).join(', ')}]`,
    `  line [${stable.map(chartNumber).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Error rate (and latency when the series has it), canary vs stable per poll. */
function charts(s: ReportStage): string[] {
  const series = s.judgement.series;
  const out: string[] = [];
  const errs = series.filter((p) => p.canaryErrorRate !== null && p.stableErrorRate !== null);
  if (errs.length >= 2) {
    out.push(
      chart(
        `${s.service} step ${s.step}: error rate per poll (%)`,
        'error rate (%)',
        errs.map((p) => p.t),
        errs.map((p) => p.canaryErrorRate! * 100),
        errs.map((p) => p.stableErrorRate! * 100),
      ),
    );
  }
  const lat = series.filter((p) => p.canaryLatencyMs != null && p.stableLatencyMs != null);
  if (lat.length >= 2) {
    out.push(
      chart(
        `${s.service} step ${s.step}: latency per poll (ms)`,
        'latency (ms)',
        lat.map((p) => p.t),
        lat.map((p) => p.canaryLatencyMs!),
        lat.map((p) => p.stableLatencyMs!),
      ),
    );
  }
  if (out.length) out.push('First line: canary; second line: stable.');
  return out;
}

function liveStage(s: ReportStage): string {
  const j = s.judgement;
  const decided = j.decidedAt === null ? '' : ` at ${formatInt(j.decidedAt)} s`;
  const reasons = j.metrics.map((m) => `- ${mdText(m.metric)}: ${mdText(m.reason)}`);
  const notes = j.notes.map((n) => `- note: ${mdText(n)}`);
  return [
    `**Step ${s.step} (${traffic(s)}): ${mdText(j.verdict)}${decided}**`,
    '',
    j.metrics.length ? metricTable(j.metrics) : 'No metrics were judged in this stage.',
    ...(reasons.length || notes.length ? ['', ...reasons, ...notes] : []),
    ...judgeLines(j, s.held),
    ...charts(s).flatMap((c) => ['', c]),
  ].join('\n');
}

function stagesSection(stages: ReportStage[]): string {
  const services = [...new Set(stages.map((s) => s.service))];
  const blocks = services.map((name) => {
    const mine = stages.filter((s) => s.service === name);
    const live = mine[mine.length - 1];
    const history = mine.length > 1 ? [historyTable(mine), ''] : [];
    return [`**${mdText(name)}**`, '', ...history, liveStage(live)].join('\n');
  });
  return ['#### Stages', ...blocks].join('\n\n');
}

// ---- notes on promote and rollback ----------------------------------------------------

export interface NoteInput {
  policyFile: string;
  /** the commit that triggered the note (merge or revert); part of the marker, so a re-run edits it */
  commit: string;
  /** each service and what now takes 100% (image or revision) */
  services: { name: string; target: string; from?: string }[];
  /** rollback: why ("commit abc123 was reverted") */
  reason?: string;
  /** a link to the run, for details */
  runUrl?: string;
}

export const noteMarker = (kind: 'promote' | 'rollback', policyFile: string, commit: string) =>
  `<!-- canary-relay-note:${kind}:${commentSafe(policyFile)}:${commentSafe(commit)} -->`;

export function renderNote(kind: 'promote' | 'rollback', n: NoteInput): string {
  const short = mdText(n.commit.slice(0, 12));
  const list = n.services.map(
    (s) => `- **${mdText(s.name)}**: 100% on ${code(s.target)}${s.from ? ` (was ${code(s.from)})` : ''}`,
  );
  const head =
    kind === 'promote'
      ? `**canary-relay promoted** the canary of ${mdCode(n.policyFile)} after commit ${short}:`
      : `**canary-relay rolled back** ${mdCode(n.policyFile)} at once, without stages${n.reason ? `, because ${mdText(n.reason)}` : ''}:`;
  // a link we make: only URL characters stay, anything else is percent-encoded
  const url = n.runUrl?.replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
  const tail = url ? ['', `[Run details](<${url}>)`] : [];
  return [noteMarker(kind, n.policyFile, n.commit), head, ...list, ...tail].join('\n') + '\n';
}
