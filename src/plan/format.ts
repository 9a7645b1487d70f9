// Pure: the plan as plain text for the terminal (the PR report has its own Markdown renderer).
import type { Plan, ServicePlan, StageRow } from './plan.js';
import { formatBake } from '../policy/units.js';

const stageText = (rows: StageRow[]) =>
  rows.length ? rows.map((r) => `${r.label} (bake ${formatBake(r.bakeMs)})`).join(' → ') : '—';

const WHAT: Record<ServicePlan['change'], string> = {
  added: 'new service: canary of the first release',
  removed: 'removed from the policy: no longer routed by HAProxy (Cloud Run is left as it is)',
  release: 'new release: canary',
  routing: 'routing change only: plan and haproxy -c, no canary',
  unchanged: 'unchanged',
};

function serviceLines(s: ServicePlan): string[] {
  const lines = [`service ${s.name}: ${WHAT[s.change]}`];
  if (s.change === 'unchanged') return lines;
  lines.push(`  release: ${s.release.before ?? '—'} → ${s.release.after ?? '—'}`);
  if (s.changedFields.length) lines.push(`  changed: ${s.changedFields.join(', ')}`);
  lines.push(`  steps before: ${stageText(s.stages.before)}`);
  lines.push(`  steps after:  ${stageText(s.stages.after)}`);
  return lines;
}

export function formatPlan(plan: Plan): string {
  const out = [`plan for ${plan.policyFile}`, ''];
  for (const s of plan.services) out.push(...serviceLines(s), '');
  out.push(plan.haproxyDiff ? `HAProxy config diff:\n${plan.haproxyDiff}` : 'HAProxy config: no change');
  return out.join('\n');
}
