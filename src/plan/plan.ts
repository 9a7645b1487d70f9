// Pure: what a change from the base policy to the head policy would do, service by service.
import { createTwoFilesPatch } from 'diff';
import type { Policy, Service, Step } from '../policy/types.js';
import { changedServices, type ServiceChanges } from './changes.js';
import { shareLabel } from '../policy/steps.js';
import { GENERATED_BY_LINE, releaseOf } from '../policy/names.js';

export type ServiceChange = 'added' | 'removed' | 'release' | 'routing' | 'unchanged';

export interface StageRow {
  step: number; // 1-based
  label: string; // "header only" or "5%"
  bakeMs: number;
}

export interface ServicePlan {
  name: string;
  change: ServiceChange;
  /** what the service serves: image or revision, before and after */
  release: { before: string | null; after: string | null };
  stages: { before: StageRow[]; after: StageRow[] };
  /** fields that differ, as dotted paths (routing, hosts, steps, …) */
  changedFields: string[];
}

export interface Plan {
  policyFile: string;
  services: ServicePlan[];
  /** unified diff of the rendered HAProxy config (empty when identical) */
  haproxyDiff: string;
  /** true when any service gets a canary */
  canary: boolean;
}

function stagesOf(s: Service): StageRow[] {
  return s.steps.map((st: Step, i) => ({
    step: i + 1,
    label: shareLabel(st.headerOnly, st.percent),
    bakeMs: st.bakeMs,
  }));
}

/** Keys whose JSON differs, to explain a change (one level deep is enough). */
function diffFields(a: Service, b: Service): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Service>;
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

function classify(name: string, c: ServiceChanges): ServiceChange {
  if (c.added.includes(name)) return 'added';
  if (c.removed.includes(name)) return 'removed';
  if (c.canary.includes(name)) return 'release';
  return c.routing.includes(name) ? 'routing' : 'unchanged';
}

function servicePlan(name: string, c: ServiceChanges, base?: Service, head?: Service): ServicePlan {
  return {
    name,
    change: classify(name, c),
    release: { before: base ? releaseOf(base) : null, after: head ? releaseOf(head) : null },
    stages: { before: base ? stagesOf(base) : [], after: head ? stagesOf(head) : [] },
    changedFields: base && head ? diffFields(base, head) : [],
  };
}

/**
 * `baseConfig`/`headConfig` are the rendered HAProxy configs (the caller renders; the plan
 * only compares), so the plan stays a function of its inputs.
 */
export function buildPlan(base: Policy | null, head: Policy, baseConfig: string, headConfig: string): Plan {
  const byName = (p: Policy | null) => new Map((p?.services ?? []).map((s) => [s.name, s]));
  const b = byName(base);
  const h = byName(head);
  const names = [...new Set([...h.keys(), ...b.keys()])];
  const changes = changedServices(base, head);
  const services = names.map((n) => servicePlan(n, changes, b.get(n), h.get(n)));
  // the provenance line names the policy's digest, which every change moves: not a config change
  baseConfig = baseConfig.replace(GENERATED_BY_LINE, '');
  headConfig = headConfig.replace(GENERATED_BY_LINE, '');
  const haproxyDiff =
    baseConfig === headConfig
      ? ''
      : createTwoFilesPatch(
          `a/${head.haproxy.output}`,
          `b/${head.haproxy.output}`,
          baseConfig,
          headConfig,
          '',
          '',
          {
            context: 3,
          },
        );
  return {
    policyFile: head.file,
    services,
    haproxyDiff,
    canary: services.some((s) => s.change === 'release' || s.change === 'added'),
  };
}
