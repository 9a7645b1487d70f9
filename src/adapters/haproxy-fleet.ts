// Every HAProxy instance of a fleet gets every percent change, read back with `show map`. A change
// that some instance does not take (after retries) is undone on the others, so a run never ends
// with instances on different percents; the error names the instance and the rollout holds.
// The map files on the HAProxy hosts are written there by `canary-relay sync`, never from here.
import type { HaproxyRuntimePort } from '../rollout/ports.js';
import { HaproxyRuntimeError } from '../rollout/ports.js';
import { requireRevisionName } from '../render/revisions.js';
import { HaproxyRuntime } from './haproxy-runtime.js';

export interface FleetOptions {
  /** tries per instance and operation (default 3) */
  attempts?: number;
  /** wait before the second try, doubled after each (default 500 ms) */
  backoffMs?: number;
  /** ms to wait for one runtime API answer (default 5000) */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export class HaproxyFleet implements HaproxyRuntimePort {
  readonly instances: HaproxyRuntime[];
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(addresses: string[], opts: FleetOptions = {}) {
    if (addresses.length === 0) throw new Error('an HAProxy fleet needs at least one runtime API address');
    // the map file is HAProxy's, on its host: memory only from here (sync writes the files)
    this.instances = addresses.map(
      (a) => new HaproxyRuntime(a, { timeoutMs: opts.timeoutMs, persistMapFile: false }),
    );
    this.attempts = Math.max(1, opts.attempts ?? 3);
    this.backoffMs = opts.backoffMs ?? 500;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** `fn` on every instance at once, each retried; the outcome per instance, in order. */
  private async onEach<T>(fn: (i: HaproxyRuntime) => Promise<T>): Promise<Outcome<T>[]> {
    return Promise.all(
      this.instances.map(async (inst) => {
        let last = '';
        for (let k = 0; k < this.attempts; k++) {
          if (k > 0) await this.sleep(this.backoffMs * 2 ** (k - 1));
          try {
            return { ok: true as const, value: await fn(inst) };
          } catch (e) {
            last = (e as Error).message;
          }
        }
        return { ok: false as const, error: `${last} (${this.attempts} attempts)` };
      }),
    );
  }

  private failed<T>(outcomes: Outcome<T>[]): { address: string; error: string }[] {
    return outcomes.flatMap((o, i) => (o.ok ? [] : [{ address: this.instances[i].address, error: o.error }]));
  }

  /** Each service's percent where every instance agrees; a service they disagree on is left out
   *  (the engine then sets it everywhere). Throws naming any instance that cannot be read. */
  async getPercents(mapFile: string): Promise<Record<string, number>> {
    const reads = await this.onEach((i) => i.getPercents(mapFile));
    const bad = this.failed(reads);
    if (bad.length > 0) {
      throw new HaproxyRuntimeError(
        `reading ${mapFile} failed on ${bad.map((b) => `HAProxy ${b.address}: ${b.error}`).join('; ')}`,
        bad.map((b) => b.address),
      );
    }
    const maps = reads.map((r) => (r.ok ? r.value : {}));
    const out: Record<string, number> = {};
    for (const key of Object.keys(maps[0])) {
      if (maps.every((m) => m[key] === maps[0][key])) out[key] = maps[0][key];
    }
    return out;
  }

  /** Sets `service` to `percent` on every instance and reads it back. Nothing changes when some
   *  instance cannot be read first; when some instance does not take the change, the others are
   *  put back on the percent they all had (the lowest, if they differed) and the error says which. */
  async setPercent(mapFile: string, service: string, percent: number): Promise<void> {
    const before = await this.onEach(async (i) => (await i.getPercents(mapFile))[service]);
    const unreadable = this.failed(before);
    if (unreadable.length > 0) {
      throw new HaproxyRuntimeError(
        `${service} stays where it is (nothing changed): ${unreadable.map((b) => `HAProxy ${b.address} cannot be read: ${b.error}`).join('; ')}`,
        unreadable.map((b) => b.address),
      );
    }
    const set = await this.onEach((i) => setAndReadBack(i, mapFile, service, percent));
    const bad = this.failed(set);
    if (bad.length === 0) return;
    const previous = before.map((b) => (b.ok ? (b.value ?? 0) : 0));
    const back = Math.min(...previous);
    const undo = await this.onEach(async (i) => {
      if ((await i.getPercents(mapFile))[service] !== back) await setAndReadBack(i, mapFile, service, back);
    });
    const stuck = this.failed(undo);
    const where = bad.map((b) => `HAProxy ${b.address}: ${b.error}`).join('; ');
    const after =
      stuck.length === 0
        ? `every instance is back at ${back}%`
        : `putting them back at ${back}% failed on ${stuck.map((s) => s.address).join(', ')}: check them by hand`;
    throw new HaproxyRuntimeError(`setting ${service} to ${percent}% failed on ${where}; ${after}`, [
      ...new Set([...bad, ...stuck].map((b) => b.address)),
    ]);
  }

  /** The revisions map on every instance, each read back. No undo when some instance fails: the
   *  value is a fact (the revision a Cloud Run tag points to), so instances that took it are right;
   *  the error names the others (their logs name the old revision until the next run or sync). */
  async setRevisions(mapFile: string, want: Record<string, string | null>): Promise<string[]> {
    for (const v of Object.values(want)) if (v !== null) requireRevisionName(v, `revisions map ${mapFile}`);
    const set = await this.onEach((i) => i.setEntries(mapFile, want));
    const bad = this.failed(set);
    if (bad.length > 0) {
      throw new HaproxyRuntimeError(
        `setting ${Object.keys(want).join(', ')} in ${mapFile} failed on ${bad.map((b) => `HAProxy ${b.address}: ${b.error}`).join('; ')}`,
        bad.map((b) => b.address),
      );
    }
    return [...new Set(set.flatMap((o) => (o.ok ? o.value : [])))];
  }
}

async function setAndReadBack(i: HaproxyRuntime, mapFile: string, service: string, percent: number) {
  await i.setPercent(mapFile, service, percent);
  const seen = (await i.getPercents(mapFile))[service];
  if (seen !== percent)
    throw new Error(`set ${service} to ${percent}% but show map reads ${seen ?? 'nothing'}`);
}

/** The runtime port for a policy's `runtime-api` (one address or a list): always a fleet, so the
 *  runner never writes a map file meant for a remote HAProxy. */
export function haproxyRuntimePort(
  addresses: string[] | undefined,
  opts?: FleetOptions,
): HaproxyFleet | undefined {
  return addresses && addresses.length > 0 ? new HaproxyFleet(addresses, opts) : undefined;
}
