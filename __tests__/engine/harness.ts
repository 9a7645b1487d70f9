// Test harness for the engine: a fake clock, a scripted observer, an in-memory HAProxy map,
// a scripted prober, and one call that wires them with a CloudRunPort.
import type { Verdict } from '../../src/analysis/types.js';
import { runRollout } from '../../src/engine/run.js';
import type { RolloutOptions, RolloutResult } from '../../src/engine/types.js';
import type { Policy, Service } from '../../src/policy/types.js';
import type {
  CloudRunPort,
  HaproxyRuntimePort,
  ObserverPort,
  ProberPort,
  StageRef,
} from '../../src/rollout/ports.js';
import type { RolloutMode } from '../../src/gitops/modes.js';
import { parseState, type RolloutState } from '../../src/rollout/state.js';
import { judgement } from '../rollout/policy-fixture.js';

export class FakeClock {
  t = 1_700_000_000_000;
  readonly now = (): number => this.t;
  readonly sleep = async (ms: number): Promise<void> => {
    this.t += ms;
  };
}

/** Verdict per 0-based step; 'running' until the bake has run out, then 'pass' (a healthy canary the
 *  judge shows safe by its minimum time). */
export class ScriptedObserver implements ObserverPort {
  calls: StageRef[] = [];
  constructor(
    public script: Record<number, Verdict> = {},
    public fallback: Verdict = 'running',
  ) {}
  async observe(service: Service, stage: StageRef, now: number): Promise<ReturnType<typeof judgement>> {
    this.calls.push(stage);
    const v = this.script[stage.step] ?? this.fallback;
    const baked = now - stage.startedAt >= (service.steps[stage.step]?.bakeMs ?? 0);
    return judgement(v === 'running' && baked ? 'pass' : v);
  }
}

export class MemoryMap implements HaproxyRuntimePort {
  percents: Record<string, number> = {};
  history: number[] = [];
  async setPercent(_mapFile: string, service: string, percent: number): Promise<void> {
    this.percents[service] = percent;
    this.history.push(percent);
  }
  async getPercents(): Promise<Record<string, number>> {
    return { ...this.percents };
  }
  /** the revisions map as the instances hold it, and each call's file */
  revisions: Record<string, string> = {};
  revisionFiles: string[] = [];
  failRevisions: string | null = null;
  async setRevisions(mapFile: string, want: Record<string, string | null>): Promise<string[]> {
    this.revisionFiles.push(mapFile);
    if (this.failRevisions) throw new Error(this.failRevisions);
    const changes: string[] = [];
    for (const [k, v] of Object.entries(want)) {
      if ((this.revisions[k] ?? null) === v) continue;
      changes.push(`${k} ${this.revisions[k] ?? '(none)'} -> ${v ?? '(none)'}`);
      if (v === null) delete this.revisions[k];
      else this.revisions[k] = v;
    }
    return changes;
  }
}

export class ScriptedProber implements ProberPort {
  urls: string[] = [];
  constructor(public statuses: number[] = Array(20).fill(200)) {}
  async probe(url: string): Promise<number[]> {
    this.urls.push(url);
    return this.statuses;
  }
}

export interface Rig {
  clock: FakeClock;
  observer: ScriptedObserver;
  map: MemoryMap;
  prober: ScriptedProber;
  cloudRun: CloudRunPort;
  policy: Policy;
}

export function run(rig: Rig, mode: RolloutMode, over: Partial<RolloutOptions> = {}): Promise<RolloutResult> {
  return runRollout({
    mode,
    policy: rig.policy,
    serviceName: rig.policy.services[0].name,
    owner: 'pr#42',
    commit: 'abcdef0123456789',
    wait: true,
    ports: { cloudRun: rig.cloudRun, haproxy: rig.map, prober: rig.prober, observer: rig.observer },
    clock: rig.clock,
    ...over,
  });
}

export function stateOf(annotations: Record<string, string>): RolloutState | null {
  return parseState(annotations).state;
}

export interface Frame {
  phase: string;
  step: number;
  awaiting: boolean;
  /** served traffic "revision:percent:tag" sorted */
  traffic: string[];
}

export function frameOf(snap: {
  annotations: Record<string, string>;
  trafficStatuses: { revision?: string; percent: number; tag?: string; latest?: boolean }[];
}): Frame {
  const s = stateOf(snap.annotations);
  return {
    phase: s?.phase ?? 'None',
    step: s?.step ?? 0,
    awaiting: s?.awaitingMerge === true,
    traffic: snap.trafficStatuses
      .filter((t) => t.percent > 0 || t.tag)
      .map((t) => `${t.latest ? 'LATEST' : t.revision}:${t.percent}${t.tag ? `:${t.tag}` : ''}`)
      .sort(),
  };
}

/** Wraps a port so every successful write records the service's state right after it. */
export function recording(port: CloudRunPort): { port: CloudRunPort; frames: Frame[] } {
  const frames: Frame[] = [];
  const wrapped: CloudRunPort = {
    getService: (s) => port.getService(s),
    getRevision: (s, r) => port.getRevision(s, r),
    listRevisions: (s) => port.listRevisions(s),
    updateService: async (s, etag, u) => {
      const snap = await port.updateService(s, etag, u);
      frames.push(frameOf(snap));
      return snap;
    },
  };
  return { port: wrapped, frames };
}
