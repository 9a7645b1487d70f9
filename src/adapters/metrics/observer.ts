// The observer the engine asks once per poll interval: "how is this stage doing?". It keeps one
// poller per running stage (its baseline and polls), reads the metric sources, and runs the pure
// judge over every poll of the stage so far. A failed read is reported in the judgement's notes
// and the stage keeps running on what was seen; it is never read as "no errors".
import { judgeStage } from '../../analysis/judge.js';
import { combineJudgements, disagreementNote, groupBySource } from '../../analysis/joint.js';
import type { Histogram, Poll, StageJudgement } from '../../analysis/types.js';
import type { Policy, Service } from '../../policy/types.js';
import type { ObserverPort, StageRef } from '../../rollout/ports.js';
import type { HaproxyRuntime } from '../haproxy-runtime.js';
import { cloudMonitoringSources, createMonitoringClient, type TimeSeriesLister } from './cloud-monitoring.js';
import { haproxyStatSources, type StatReader } from './haproxy-stat.js';
import { PrometheusClient } from './prometheus.js';
import { prometheusSource, type CustomQuery } from './prometheus-source.js';
import { cloudRunGmpQueries, haproxyBackendName, haproxyExporterQueries } from './queries.js';
import { checkStreams, withoutHealthChecks } from './health-checks.js';
import { healthOf } from '../../render/haproxy-guard.js';
import { createPoller, type MetricSource, type Poller } from './source.js';

/** The revision stable metrics are read for; a stage always has one (the engine keeps it). */
function stableOf(service: Service, stage: StageRef): string {
  if (stage.stable === null)
    throw new Error(`observing ${service.name}: the stage has no stable revision to compare with`);
  return stage.stable;
}

export interface StageSources {
  canary: MetricSource;
  stable: MetricSource;
  /** stable's latency before the stage, where the latency thresholds come from (optional) */
  stableReference?: () => Promise<Histogram | undefined>;
  /** what the report should say about these sources (e.g. latency not available from them) */
  notes?: string[];
}

export type SourceFactory = (service: Service, stage: StageRef) => StageSources;

/** Most polls a fresh run rebuilds from a source's history (wider spacing beyond). */
export const MAX_BACKFILL_POLLS = 60;

interface Running {
  /** no poll taken yet in this process: a source with history is read back to the stage start */
  fresh: boolean;
  key: string;
  sources: StageSources;
  poller: Poller;
  reference?: Histogram;
  referenceRead: boolean;
  errors: string[];
}

/** The engine's observer port: one judgement of the stage so far per call. */
export function createObserver(opts: { sources: SourceFactory }): ObserverPort {
  const running = new Map<string, Running>();

  /** One poller per service and source; a new stage of the service replaces the old one. */
  function stateFor(service: Service, stage: StageRef, slot: string): Running {
    const key = [stage.step, stage.startedAt, stage.canary, stage.stable].join('|');
    const current = running.get(slot);
    if (current?.key === key) return current;
    const sources = opts.sources(service, stage);
    const run: Running = {
      fresh: true,
      key,
      sources,
      poller: createPoller({ canary: sources.canary, stable: sources.stable, startedAt: stage.startedAt }),
      referenceRead: false,
      errors: [],
    };
    running.set(slot, run);
    return run;
  }

  async function observePart(
    service: Service,
    stage: StageRef,
    now: number,
    slot: string,
    bake: { bakeMs: number; maxBakeMs?: number },
  ): Promise<{ judgement: StageJudgement; polls: readonly Poll[] }> {
    const run = stateFor(service, stage, slot);
    const sources = run.sources;
    if (!run.referenceRead && sources.stableReference) {
      run.referenceRead = true;
      run.reference = await sources.stableReference().catch((e: Error) => {
        run.errors.push(
          `stable's latency before the stage could not be read (${e.message}); thresholds come from the stage's first polls`,
        );
        return undefined;
      });
    }
    if (run.fresh) {
      run.fresh = false;
      await backfill(run, service, stage, now);
    }
    try {
      await run.poller.poll(now);
    } catch (e) {
      const t = Math.round((now - stage.startedAt) / 1000);
      run.errors.push(
        `t=${t}s: reading metrics failed, this poll is skipped (not counted as zero): ${(e as Error).message}`,
      );
    }
    const lagMs = Math.max(sources.canary.lagMs ?? 0, sources.stable.lagMs ?? 0);
    const judgement = judgeStage(service.analysis, [...run.poller.polls], {
      bakeSeconds: bake.bakeMs / 1000,
      maxBakeSeconds: bake.maxBakeMs !== undefined ? bake.maxBakeMs / 1000 : undefined,
      gate: service.steps[stage.step]?.headerOnly ? 'no-fail' : 'evidence',
      now: Math.max(0, (now - stage.startedAt - lagMs) / 1000),
      stableReference: run.reference,
    });
    // the sources' notes (resets, gaps, delays) once each, then read failures, then the judge's
    const notes = [
      ...new Set([...(sources.notes ?? []), ...run.poller.notes, ...run.errors, ...judgement.notes]),
    ];
    return { judgement: { ...judgement, notes }, polls: run.poller.polls };
  }

  /**
   * A run that starts mid-stage (a scheduled run, a re-run) rebuilds the stage's polls from sources
   * that can be read in the past: the judge bets once per poll, so one poll spanning the whole stage
   * would carry almost no evidence. Live counters (HAProxy show stat) cannot be read back.
   */
  async function backfill(run: Running, service: Service, stage: StageRef, now: number): Promise<void> {
    const live = run.sources.canary.anchor === 'counter-live' || run.sources.stable.anchor === 'counter-live';
    if (live) return;
    const span = now - stage.startedAt;
    const every = Math.max(service.analysis.intervalMs, Math.ceil(span / MAX_BACKFILL_POLLS));
    for (let at = stage.startedAt + every; at < now - every / 2; at += every) {
      try {
        await run.poller.poll(at);
      } catch (e) {
        run.errors.push(
          `reading the stage's earlier metrics failed (${(e as Error).message}); they count as one poll`,
        );
        return;
      }
    }
  }

  return {
    async observe(service, stage, now) {
      const bakeMs = stage.bakeMs ?? service.steps[stage.step]?.bakeMs;
      if (bakeMs === undefined) {
        throw new Error(
          `observing ${service.name}: step ${stage.step + 1} is not in the policy (it has ${service.steps.length})`,
        );
      }
      const bake = {
        bakeMs,
        maxBakeMs: stage.bakeMs !== undefined ? undefined : service.steps[stage.step]?.maxBakeMs,
      };
      const groups = groupBySource(service.analysis);
      if (groups.length === 1) return (await observePart(service, stage, now, service.name, bake)).judgement;
      // joint metrics: each source judged on its own polls, with its share of alpha
      const parts = [];
      for (const g of groups) {
        const part = { ...service, analysis: g.analysis };
        parts.push(await observePart(part, stage, now, `${service.name}|${g.source}`, bake));
      }
      const joint = combineJudgements(
        groups,
        parts.map((p) => p.judgement),
      );
      const note = disagreementNote(
        { source: groups[0].source, polls: parts[0].polls },
        { source: groups[1].source, polls: parts[1].polls },
      );
      return note ? { ...joint, notes: [...joint.notes, note] } : joint;
    },
  };
}

export interface DefaultSourceDeps {
  /** split-at decides what Prometheus is read for: HAProxy's exporter (haproxy) or Cloud Run's metrics (cloud-run) */
  splitAt: Policy['splitAt'];
  /** for source: haproxy */
  runtime?: StatReader | HaproxyRuntime;
  /** for source: cloud-monitoring (default: a MetricServiceClient for monitoringEndpoint) */
  monitoringClient?: TimeSeriesLister;
  monitoringEndpoint?: string;
  /** Cloud Monitoring ingestion delay (default 180 s) */
  monitoringDelayMs?: number;
  prometheusTimeoutMs?: number;
  prometheusHeaders?: Record<string, string>;
  /** HAProxy instances health-checking each revision (their checks are taken out of Cloud Run's counts); default 1 */
  haproxyInstances?: number;
}

const NO_HAPROXY_LATENCY =
  'latency is not judged: HAProxy keeps no latency histogram (show stat and its exporter give only a moving average); use Cloud Run metrics (split-at: cloud-run, or analysis.source: cloud-monitoring) for latency';

/** The sources a policy's `analysis.source` names, for one service and stage. */
export function defaultSources(deps: DefaultSourceDeps): SourceFactory {
  let monitoring = deps.monitoringClient;
  return (service, stage) => {
    const a = service.analysis;
    const latency = a.metrics.some((m) => m.kind === 'latency');
    const backends = {
      canary: haproxyBackendName(service.name, 'canary'),
      stable: haproxyBackendName(service.name, 'stable'),
    };
    // Cloud Run counts HAProxy's health checks as requests; take them out (HAProxy's counters never had them)
    const intervalMs = healthOf(service).intervalMs;
    const streams = checkStreams(deps.splitAt, deps.haproxyInstances ?? 1, stage.percent);
    const checksOut = <T extends { canary: MetricSource; stable: MetricSource }>(x: T): T => ({
      ...x,
      canary: withoutHealthChecks(x.canary, { intervalMs, streams: streams.canary }, stage.startedAt),
      stable: withoutHealthChecks(x.stable, { intervalMs, streams: streams.stable }, stage.startedAt),
    });
    switch (a.source) {
      case 'haproxy': {
        if (!deps.runtime) {
          throw new Error(
            `${service.name}: analysis.source haproxy needs haproxy.runtime-api in the policy to read show stat`,
          );
        }
        if (deps.splitAt !== 'haproxy') {
          throw new Error(
            `${service.name}: analysis.source haproxy counts per backend, which needs split-at: haproxy`,
          );
        }
        return { ...haproxyStatSources(deps.runtime, backends), notes: latency ? [NO_HAPROXY_LATENCY] : [] };
      }
      case 'cloud-monitoring': {
        monitoring ??= createMonitoringClient(deps.monitoringEndpoint);
        return checksOut(
          cloudMonitoringSources({
            client: monitoring,
            project: service.project,
            service: service.name,
            revisions: { canary: stage.canary, stable: stableOf(service, stage) },
            startedAt: stage.startedAt,
            delayMs: deps.monitoringDelayMs,
            latency,
          }),
        );
      }
      case 'prometheus': {
        if (!a.prometheusUrl)
          throw new Error(`${service.name}: analysis.source prometheus needs analysis.prometheus.url`);
        const client = new PrometheusClient({
          url: a.prometheusUrl,
          timeoutMs: deps.prometheusTimeoutMs,
          headers: deps.prometheusHeaders,
        });
        const custom: CustomQuery[] = a.metrics.flatMap((m) =>
          m.kind === 'custom' ? [{ name: m.name, query: m.query }] : [],
        );
        const side = (which: 'canary' | 'stable'): MetricSource => {
          const revision = which === 'canary' ? stage.canary : stableOf(service, stage);
          const queries =
            deps.splitAt === 'haproxy'
              ? haproxyExporterQueries(backends[which], which === 'canary' ? 'stable' : undefined)
              : cloudRunGmpQueries({ service: service.name, revision, project: service.project });
          return prometheusSource({
            client,
            queries,
            label: `${which} (${deps.splitAt === 'haproxy' ? `backend ${backends[which]}` : `revision ${revision}`})`,
            startedAt: stage.startedAt,
            placeholders: { service: service.name, revision, backend: backends[which] },
            // custom metrics are judged on the canary alone
            custom: which === 'canary' ? custom : [],
          });
        };
        const noLatency = latency && deps.splitAt === 'haproxy';
        return checksOut({
          canary: side('canary'),
          stable: side('stable'),
          notes: noLatency ? [NO_HAPROXY_LATENCY] : [],
        });
      }
    }
  };
}
