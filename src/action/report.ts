// What the run tells people, as text: the report body (PR comment, job summary, check text), the
// check title, the notes on promote and rollback. Pure functions of the Outcome; publish.ts sends.
import type { ServiceIntent } from '../gitops/intent.js';
import { releaseOf } from '../policy/names.js';
import { renderNote, renderReport, type ReportServicePlan, type ReportStage } from '../render/summary.js';
import type { Outcome, ServiceRun } from './outcome.js';

function stagesOf(o: Outcome): ReportStage[] {
  return o.runs.flatMap((r) =>
    (r.result?.judgements ?? []).map((j) => {
      const step = o.head.policy?.services.find((s) => s.name === r.service)?.steps[j.step];
      return {
        service: r.service,
        step: j.step + 1,
        percent: j.percent,
        headerOnly: step?.headerOnly,
        judgement: j.judgement,
        held: r.result?.state?.step === j.step ? r.result.state.held : undefined,
      };
    }),
  );
}

/** The plan line of a service, labelled by what this run does with it. */
function labelled(
  p: ReportServicePlan,
  intent: ServiceIntent | undefined,
  run: ServiceRun | undefined,
): ReportServicePlan {
  if (!intent) return p;
  const s = run?.result?.state;
  switch (intent.mode) {
    case 'plan':
      return intent.rollbackPreview
        ? { ...p, label: `rollback preview: ${intent.reason}`, hideSteps: true }
        : p;
    case 'rollback':
      return s?.canary === null && s.stable
        ? { ...p, label: `rollback: back to \`${s.stable}\` in one write, no steps`, hideSteps: true }
        : { ...p, label: 'rollback: nothing routed (see the verdict)', hideSteps: true };
    case 'promote':
      return {
        ...p,
        label:
          s?.origin === 'promote'
            ? 'promote through a staged canary (no passed canary of this release to promote)'
            : 'promote',
      };
    case 'abort':
      return { ...p, label: 'abort', hideSteps: true };
    case 'none':
      return {
        ...p,
        label: intent.reason.replace(`${p.name}: `, '').replace(`${p.name} `, ''),
        hideSteps: true,
      };
    default:
      return p;
  }
}

/** What the run did, for the heading: "promote", "rollback", "canary + plan". */
export function modeLabel(o: Outcome): string {
  const modes = [
    ...new Set(
      o.intents.map((i) => (i.rollbackPreview ? 'rollback preview' : i.mode)).filter((m) => m !== 'none'),
    ),
  ];
  return modes.length ? modes.join(' + ') : o.decision.mode;
}

export function reportBody(o: Outcome): string {
  const plan = (o.plan?.services ?? []).map((p) =>
    labelled(
      { ...p, forecast: o.forecasts?.[p.name] },
      o.intents.find((i) => i.service === p.name),
      o.runs.find((r) => r.service === p.name),
    ),
  );
  return renderReport({
    policyFile: o.inputs.policy,
    mode: modeLabel(o),
    plan,
    haproxyDiff: o.plan?.haproxyDiff ?? '',
    haproxyCheck: o.check?.text,
    stages: stagesOf(o),
    verdict: o.verdict,
    next: o.next,
    errors: o.head.errors,
  });
}

/** The check run's title: the waiting reason when a lock holds it, else the verdict. */
export function checkTitle(o: Outcome): string {
  const waiting = o.runs.find((r) => r.waitingFor);
  if (waiting && o.verdict === 'running')
    return `waiting for ${waiting.waitingFor}'s canary of ${waiting.service}`;
  return `canary-relay: ${o.verdict}`;
}

/** The report's heading and verdict line (the check run's summary), without the hidden marker. */
export const headline = (body: string) =>
  body
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('<!--'))
    .slice(0, 2)
    .join('\n\n');

/** Notes for promotions and rollbacks this run made (the state says so), after the fact. */
export function noteOf(o: Outcome, runUrl: string): { kind: 'promote' | 'rollback'; body: string } | null {
  const done = (r: ServiceRun) => !r.error && (r.result?.writes ?? 0) > 0 && r.result?.state;
  const promoted = o.runs.filter((r) => done(r) && r.result?.state?.phase === 'Succeeded');
  const rolled = o.runs.filter((r) => done(r) && r.mode === 'rollback' && r.result?.state?.canary === null);
  const kind = rolled.length ? 'rollback' : promoted.length ? 'promote' : null;
  if (!kind) return null;
  const services = (kind === 'rollback' ? rolled : promoted).map((r) => {
    const svc = o.head.policy?.services.find((s) => s.name === r.service);
    return { name: r.service, target: r.result?.state?.stable ?? (svc ? releaseOf(svc) : r.service) };
  });
  const d = o.decision;
  const reason =
    kind === 'rollback' && d.revertedSha ? `commit ${d.revertedSha.slice(0, 12)} was reverted` : undefined;
  const body = renderNote(kind, {
    policyFile: o.inputs.policy,
    commit: d.head ?? '',
    services,
    reason,
    runUrl,
  });
  return { kind, body };
}
