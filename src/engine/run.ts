// The executor: reads the service, asks the stage machine for one transition, applies its
// actions through the ports (one Cloud Run write per transition, with the etag it read), and
// repeats. No I/O of its own: ports, a clock and a sleep are injected.

import type { Policy, Service } from '../policy/types.js';
import type { Transition } from '../rollout/actions.js';
import { transition } from '../rollout/machine.js';
import { stepLabel } from '../policy/steps.js';
import { CloudRunError, HaproxyRuntimeError, type ServiceSnapshot } from '../rollout/ports.js';
import {
  ROLLOUT_ANNOTATION,
  isBaking,
  isTerminal,
  parseState,
  statePercent,
  type RolloutState,
  type StageVerdict,
} from '../rollout/state.js';
import { revisionsMapPath, taggedRevisions } from '../render/revisions.js';
import { planWrite, servingLags } from './apply.js';
import { observeService, observeStage } from './observe.js';
import { runSmoke } from './smoke.js';
import { runHook } from './hooks.js';
import { rolloutEvents } from '../notify/events.js';
import type { RolloutOptions, RolloutResult, StageResult } from './types.js';

/** Safety net: no rollout makes more changes than this in one run (waiting ticks do not count). */
const MAX_TRANSITIONS = 500;
/** A transiently failed write is re-read and re-planned this many times. */
const WRITE_RETRIES = 3;
const BACKOFF_MS = 1000;

export function findService(policy: Policy, name: string): Service {
  const service = policy.services.find((s) => s.name === name);
  if (!service) {
    const names = policy.services.map((s) => s.name).join(', ');
    throw new Error(`${policy.file}: no service named "${name}" (services: ${names || 'none'})`);
  }
  return service;
}

class Run {
  readonly service: Service;
  readonly messages: string[] = [];
  readonly judgements = new Map<number, StageResult>();
  writes = 0;
  outOfTime = false;
  state: RolloutState | null = null;

  constructor(readonly opts: RolloutOptions) {
    this.service = findService(opts.policy, opts.serviceName);
  }

  say(line: string): void {
    this.messages.push(line);
    this.opts.log?.(line);
  }

  read(): Promise<ServiceSnapshot> {
    return this.opts.ports.cloudRun.getService(this.service.name);
  }

  async execute(): Promise<RolloutResult> {
    let snap: ServiceSnapshot;
    try {
      snap = await this.read();
    } catch (err) {
      return this.stop('error', err);
    }
    let conflicts = 0;
    let retries = 0;
    let lroFailures = 0;
    let repaired = false;
    let mapChecked = false;
    let changed = false;
    for (let i = 0; i < MAX_TRANSITIONS;) {
      const parsed = parseState(snap.annotations);
      if (parsed.problem && !this.opts.force) {
        this.say(`${this.service.name}: ${parsed.problem}; set force to overwrite it`);
        return this.result('refused');
      }
      if (!parsed.state && this.state && !isTerminal(this.state.phase)) {
        // an abort (PR closed) removed the state while this run waited: never deploy again
        this.say(
          `${this.service.name}: the rollout was removed by another run (aborted?) while this one waited; stopping`,
        );
        this.state = null;
        return this.result('refused');
      }
      // an abort clears the annotation: keep reporting the Aborted state it ended in
      this.state = parsed.state ?? (this.state?.phase === 'Aborted' ? this.state : null);
      try {
        if (!mapChecked) {
          await this.reconcileMap(parsed.state);
          await this.syncRevisions(snap);
          mapChecked = true;
        }
        const t = await this.plan(snap, parsed.state);
        if (t.status !== 'changed') {
          // a wait tick is logged, not kept; a hold after this run's own changes repeats their report
          const keep = t.status === 'done' ? t.refused || t.error || !changed : !this.opts.wait;
          if (t.message) {
            if (keep) this.say(t.message);
            else this.opts.log?.(t.message);
          }
          // an accepted write whose operation failed: send the spec again, once
          if (!repaired && parsed.state && parsed.state.phase !== 'Initializing' && servingLags(snap)) {
            repaired = true;
            this.say(
              `${this.service.name}: serving traffic differs from the spec (a failed operation?); re-applying it`,
            );
            snap = await this.write(snap, { traffic: snap.traffic });
            continue;
          }
          if (t.status === 'waiting' && this.opts.wait) {
            if (this.pastDeadline()) return this.result();
            await this.opts.clock.sleep(this.service.analysis.intervalMs);
            snap = await this.read();
            continue;
          }
          return this.result(t.refused ? 'refused' : t.error ? 'error' : undefined);
        }
        snap = await this.apply(snap, t);
        const events = rolloutEvents(this.service, this.state, t.state, this.opts.clock.now());
        for (const e of events) this.opts.ports.notifier?.notify(e);
        this.state = t.state;
        changed = true;
        i += 1;
        conflicts = 0; // a write went through: a later conflict is a new one
      } catch (err) {
        if (err instanceof HaproxyRuntimeError) return this.hold(err);
        if (!(err instanceof CloudRunError)) throw err; // a crash: the next run resumes from the annotation
        const again = await this.recover(err, { conflicts, retries, lroFailures });
        if (!again) return this.stop(err.kind === 'conflict' ? 'conflict' : 'error', err);
        if (err.kind === 'conflict') conflicts += 1;
        else if (err.kind === 'failed') lroFailures += 1;
        else retries += 1;
        snap = again;
      }
    }
    this.say(`${this.service.name}: stopped after ${MAX_TRANSITIONS} transitions; re-run to continue`);
    return this.result('error');
  }

  /** The next wait would end after the job's time limit: stop here, the state stays resumable. */
  pastDeadline(): boolean {
    const { deadline, clock } = this.opts;
    if (deadline === undefined || clock.now() + this.service.analysis.intervalMs < deadline) return false;
    this.outOfTime = true;
    this.say(
      `${this.service.name}: stopped waiting: the job's time limit is near (wait: true runs until ` +
        `job-timeout-minutes); the rollout stays as it is and the next run continues it`,
    );
    return true;
  }

  /** Re-read after a write error when it is worth another plan; null means stop. */
  async recover(
    err: CloudRunError,
    seen: { conflicts: number; retries: number; lroFailures: number },
  ): Promise<ServiceSnapshot | null> {
    const retryable =
      (err.kind === 'conflict' && seen.conflicts < 1) ||
      ((err.kind === 'transient' || err.kind === 'timeout') && seen.retries < WRITE_RETRIES) ||
      (err.kind === 'failed' && seen.lroFailures < 1);
    if (!retryable) {
      if (err.kind === 'conflict') await this.nameOtherWriter();
      return null;
    }
    this.say(`${this.service.name}: ${err.message} — reading the service again and re-planning`);
    if (err.kind === 'transient' || err.kind === 'timeout') {
      await this.opts.clock.sleep(BACKOFF_MS * 2 ** seen.retries);
    }
    try {
      return await this.read();
    } catch {
      return null;
    }
  }

  async nameOtherWriter(): Promise<void> {
    try {
      const { state } = parseState((await this.read()).annotations);
      if (state) {
        const who = state.owner === this.opts.owner ? `another run of ${state.owner}` : state.owner;
        this.say(
          `${this.service.name}: the service keeps changing under this run; the rollout is now driven by ${who} ` +
            `(phase ${state.phase}); re-run when it is done, or set force to take over`,
        );
      }
    } catch {
      // the conflict message itself is reported by stop()
    }
  }

  async plan(snap: ServiceSnapshot, state: RolloutState | null): Promise<Transition> {
    const { opts, service } = this;
    const now = opts.clock.now();
    const observed = await observeService(
      opts.ports.cloudRun,
      snap,
      state,
      opts.mode,
      service,
      opts.operator,
    );
    const observation = await observeStage(state, {
      port: opts.ports.cloudRun,
      observer: opts.ports.observer,
      service,
      mode: opts.mode,
      owner: opts.owner,
      force: opts.force ?? false,
      now,
      judgements: this.judgements,
    });
    const input = {
      mode: opts.mode,
      service,
      splitAt: opts.policy.splitAt,
      owner: opts.owner,
      commit: opts.commit,
      policyDigest: opts.policy.digest,
      force: opts.force,
      operator: opts.operator,
      actor: opts.actor,
      now,
      observed,
      observation,
      controls: opts.controls,
    };
    let t = transition(state, input);
    // probes the machine asks for (hooks, smoke) run here; their answers go into the observation
    for (let i = 0; i < 4 && state; i++) {
      const a = t.actions.find((x) => x.kind === 'smokeProbe' || x.kind === 'callHook');
      if (!a) return t;
      if (a.kind === 'callHook') {
        const answer = await runHook(opts.ports.hooks, service, state, a);
        observation.hooks = { ...observation.hooks, [`${a.hook}:${a.step}`]: answer };
        this.say(`${service.name}: ${a.hook} hook of step ${a.step + 1}: ${answer.detail}`);
      } else {
        observation.smoke = await runSmoke(opts.ports.prober, service, snap, state, opts.smokeUrl);
        this.say(`${service.name}: smoke probe: ${observation.smoke.detail}`);
      }
      t = transition(state, input);
    }
    return t;
  }

  async apply(snap: ServiceSnapshot, t: Transition): Promise<ServiceSnapshot> {
    const plan = planWrite(snap, t);
    for (const p of plan.mapBefore) await this.setMap(p);
    const next = plan.update ? await this.write(snap, plan.update) : snap;
    try {
      for (const p of plan.mapAfter) await this.setMap(p);
    } catch (err) {
      // the instances are back where they all were: so is the state, and the rollout holds there
      if (err instanceof HaproxyRuntimeError && plan.update?.annotations) await this.restoreState(snap, next);
      throw err;
    }
    if (plan.update) await this.syncRevisions(next);
    for (const r of plan.reports) this.say(`${this.service.name}: ${r}`);
    return next;
  }

  async write(
    snap: ServiceSnapshot,
    update: Parameters<RolloutOptions['ports']['cloudRun']['updateService']>[2],
  ) {
    const next = await this.opts.ports.cloudRun.updateService(this.service.name, snap.etag, update);
    this.writes += 1;
    return next;
  }

  async setMap(percent: number): Promise<void> {
    const h = this.opts.ports.haproxy;
    const mapFile = this.opts.policy.haproxy.mapFile;
    if (!h) {
      this.say(
        `${this.service.name}: no HAProxy runtime API configured; set ${mapFile} to ${percent}% yourself`,
      );
      return;
    }
    await h.setPercent(mapFile, this.service.name, percent);
  }

  /** A crash between the state write and `set map` leaves the map behind: bring it to the state. */
  async reconcileMap(state: RolloutState | null): Promise<void> {
    const h = this.opts.ports.haproxy;
    if (!h || this.opts.policy.splitAt !== 'haproxy') return;
    const want = statePercent(this.service, state);
    const have = (await h.getPercents(this.opts.policy.haproxy.mapFile))[this.service.name];
    if (have !== want) {
      this.say(
        `${this.service.name}: HAProxy map says ${have === undefined ? 'nothing (or its instances disagree)' : `${have}%`}, the rollout state ${want}%; fixing the map`,
      );
      await h.setPercent(this.opts.policy.haproxy.mapFile, this.service.name, want);
    }
  }

  /** The revisions map follows the Cloud Run tags (deploy, promote, rollback, abort move them), so
   *  log lines name the revision that served. A failure is reported, not held on: it only touches
   *  the logs, and the next run (or `canary-relay sync`) sets it again. */
  async syncRevisions(snap: ServiceSnapshot): Promise<void> {
    const h = this.opts.ports.haproxy;
    if (!h?.setRevisions) return;
    const file = revisionsMapPath(this.opts.policy.haproxy.mapFile);
    try {
      const changes = await h.setRevisions(file, taggedRevisions(this.service.name, snap.traffic));
      if (changes.length > 0) this.opts.log?.(`${this.service.name}: ${file}: ${changes.join(', ')}`);
    } catch (err) {
      this.say(
        `${this.service.name}: the HAProxy logs may name an old revision: ${(err as Error).message}; ` +
          `re-run or run canary-relay sync on the HAProxy hosts`,
      );
    }
  }

  /** Writes back the rollout state `before` had (with the etag of our own write: still our lock). */
  async restoreState(before: ServiceSnapshot, now: ServiceSnapshot): Promise<void> {
    const previous = before.annotations[ROLLOUT_ANNOTATION] ?? null;
    await this.write(now, { annotations: { [ROLLOUT_ANNOTATION]: previous } });
  }

  /** Some HAProxy instance did not take a change: stop here, at the step every instance has. */
  hold(err: HaproxyRuntimeError): RolloutResult {
    const at = this.state ? stepLabel(this.service, this.state.step + 1) : 'its start';
    this.say(
      `${this.service.name}: the rollout holds at ${at}: ${err.message}; ` +
        `bring ${err.instances.join(', ')} back and re-run`,
    );
    return this.result('error');
  }

  stop(kind: 'conflict' | 'error', err: unknown): RolloutResult {
    this.say(
      `${this.service.name}: ${kind === 'conflict' ? 'write conflict' : 'stopped'}: ${(err as Error).message}`,
    );
    return this.result(kind);
  }

  result(stopped?: RolloutResult['stopped']): RolloutResult {
    const s = this.state;
    return {
      service: this.service.name,
      mode: this.opts.mode,
      phase: s?.phase ?? 'None',
      step: s?.step ?? 0,
      percent: statePercent(this.service, s),
      verdict: verdictOf(this.opts.mode, s, stopped),
      judgements: [...this.judgements.values()].sort((a, b) => a.step - b.step),
      writes: this.writes,
      messages: this.messages,
      ...(stopped ? { stopped } : {}),
      ...(this.outOfTime ? { outOfTime: true } : {}),
      state: s,
    };
  }
}

function verdictOf(mode: RolloutOptions['mode'], s: RolloutState | null, stopped?: string): StageVerdict {
  if (mode === 'rollback' || mode === 'abort' || !s) return 'skipped';
  if (s.phase === 'Failed') return s.canary === null ? 'skipped' : 'fail';
  if (s.held) return 'inconclusive';
  if (s.phase === 'Succeeded' || s.awaitingMerge)
    return s.lastVerdict === 'inconclusive' ? 'inconclusive' : 'pass';
  if (stopped === 'refused') return 'skipped';
  return isBaking(s) || s.phase === 'Initializing' ? 'running' : 'skipped';
}

export async function runRollout(opts: RolloutOptions): Promise<RolloutResult> {
  return new Run(opts).execute();
}
