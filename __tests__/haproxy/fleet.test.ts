// A fleet of three real HAProxy 2.6 processes driven by one rollout: every stage change reaches
// all of them (read back, and seen in their routing); one of them down mid-rollout → the rollout
// holds at the step every instance has, says which one, and leaves no two instances apart.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as https from 'node:https';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HaproxyFleet } from '../../src/adapters/haproxy-fleet.js';
import { HaproxyRuntime } from '../../src/adapters/haproxy-runtime.js';
import { HaproxyRuntimeError } from '../../src/rollout/ports.js';
import { renderHaproxy } from '../../src/render/haproxy.js';
import { revisionsMapPath } from '../../src/render/revisions.js';
import { cloudRunHost } from '../../src/render/urls.js';
import { parseState } from '../../src/rollout/state.js';
import { FakeClock, ScriptedObserver, ScriptedProber, run, type Rig } from '../engine/harness.js';
import { MemoryCloudRun } from '../support/memory-cloudrun.js';
import { policy, service } from '../render/policies.js';
import {
  type Backend,
  type Pki,
  type RunningHaproxy,
  localFiles,
  loopbackListeners,
  makePki,
  removeDir,
  request,
  startBackend,
  startHaproxy,
  tempDir,
  writeMapFiles,
  exclusivePorts,
} from '../support/haproxy.js';

const SHOP = 'shop.example.com';
const svc = service('checkout');
const STABLE = cloudRunHost(svc, 'stable');
const CANARY = cloudRunHost(svc, 'canary');
const p = policy(
  { haproxy: { ...policy().haproxy, limits: { maxConnections: 100 }, runtimeApi: undefined } },
  [svc],
);

interface Instance {
  name: string;
  cfgFile: string;
  mapFile: string;
  socket: string;
  port: number;
  proc?: RunningHaproxy;
}

let dir: string;
let pki: Pki;
let stable: Backend;
let canary: Backend;
let agent: https.Agent;
const instances: Instance[] = [];

async function start(i: Instance): Promise<void> {
  writeMapFiles(p, 0, i.mapFile); // what the host's files say: sync keeps them current in production
  i.proc = await startHaproxy(i.cfgFile, i.port);
}

beforeAll(async () => {
  dir = tempDir();
  pki = makePki(dir, [SHOP, STABLE, CANARY]);
  stable = await startBackend('stable', STABLE, pki);
  canary = await startBackend('canary', CANARY, pki);
  agent = new https.Agent({ keepAlive: false });
  for (const name of ['a', 'b', 'c']) {
    // each host has its own file at the same path in production; here they share the file
    const files = { ...localFiles(dir, pki, name), mapFile: join(dir, 'fleet.map') };
    const ports = await loopbackListeners();
    const cfg = renderHaproxy(p, {
      step: 0,
      offline: true,
      overrides: {
        ...files,
        ...ports.overrides,
        serverAddress: { [STABLE]: stable.address, [CANARY]: canary.address },
      },
    });
    const cfgFile = join(dir, `${name}.cfg`);
    writeFileSync(cfgFile, exclusivePorts(cfg));
    const inst = { name, cfgFile, mapFile: files.mapFile, socket: files.statsSocket, port: ports.port };
    instances.push(inst);
    await start(inst);
  }
});

afterAll(async () => {
  agent?.destroy();
  for (const i of instances) await i.proc?.stop();
  await Promise.all([stable, canary].filter(Boolean).map((b) => b.close()));
  if (dir) removeDir(dir);
});

const percentsOf = async (): Promise<(number | undefined)[]> =>
  Promise.all(
    instances.map(async (i) => (await new HaproxyRuntime(i.socket).getPercents(i.mapFile)).checkout),
  );

/** Which side a client with sticky bucket `b` reaches through instance `i`. */
const sideFor = async (i: Instance, b: number) =>
  (await request(agent, i.port, SHOP, { ca: pki.caPem, headers: { cookie: `cr_checkout=${b}` } })).backend;

function rig(fleet: HaproxyFleet, mem: MemoryCloudRun, observer = new ScriptedObserver()): Rig {
  return {
    clock: new FakeClock(),
    observer,
    map: fleet as never,
    prober: new ScriptedProber(),
    cloudRun: mem,
    // the engine addresses the map by the path in the instances' config
    policy: { ...p, haproxy: { ...p.haproxy, mapFile: instances[0].mapFile } },
  };
}

describe('a fleet of three HAProxy processes', () => {
  const fleetFor = () =>
    new HaproxyFleet(
      instances.map((i) => i.socket),
      { attempts: 2, backoffMs: 1, timeoutMs: 2000 },
    );

  it('a stage change reaches every instance: read back, and routed by each', async () => {
    await fleetFor().setPercent(instances[0].mapFile, 'checkout', 25);
    expect(await percentsOf()).toEqual([25, 25, 25]);
    for (const i of instances) {
      expect(await sideFor(i, 24)).toBe('canary');
      expect(await sideFor(i, 25)).toBe('stable');
    }
  });

  it('an instance that does not take a change: the others are put back, the error names it', async () => {
    const fleet = fleetFor();
    await fleet.setPercent(instances[0].mapFile, 'checkout', 25);
    // c answers reads but refuses writes (a map it was not started with, a full disk...)
    fleet.instances[2].setPercent = async () => {
      throw new Error('set map refused');
    };
    const err = await fleet.setPercent(instances[0].mapFile, 'checkout', 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HaproxyRuntimeError);
    expect((err as HaproxyRuntimeError).instances).toEqual([instances[2].socket]);
    expect((err as Error).message).toMatch(
      /setting checkout to 50% failed on HAProxy .*c\.sock: set map refused \(2 attempts\); every instance is back at 25%/,
    );
    expect(await percentsOf()).toEqual([25, 25, 25]);
  });

  it('a rollout walks every instance through every step; one down mid-way → it holds and names it', async () => {
    const mapFile = instances[0].mapFile;
    const mem = new MemoryCloudRun({ now: () => Date.now() });
    mem.seed('checkout', 'img:v1');
    const fleet = fleetFor();
    const c = instances[2];
    // instance c goes down while the 5% stage bakes (0-based step 1)
    const observer = new ScriptedObserver();
    const observe = observer.observe.bind(observer);
    let stopped = false;
    observer.observe = async (s, stage, now) => {
      if (stage.step === 1 && !stopped) {
        stopped = true;
        await c.proc?.stop();
      }
      return observe(s, stage, now);
    };
    const r1 = await run(rig(fleet, mem, observer), 'canary');
    expect(r1.stopped).toBe('error');
    const held = r1.messages.join('\n');
    expect(held).toMatch(/holds at step 2 \(5%\)/);
    expect(held).toContain(c.socket);
    expect(held).toMatch(/nothing changed/);
    // the state is back at the step the live instances have, and they agree
    expect(parseState(mem.view('checkout').annotations).state?.step).toBe(1);
    const live = await Promise.all(
      instances.slice(0, 2).map((i) => new HaproxyRuntime(i.socket).getPercents(mapFile)),
    );
    expect(live.map((m) => m.checkout)).toEqual([5, 5]);

    // c comes back (its file says 0: sync had not run): the next run puts every instance on the
    // state's percent first, then goes on to the last step
    await start(c);
    const r2 = await run(rig(fleetFor(), mem), 'canary');
    expect(r2.stopped).toBeUndefined();
    expect(r2).toMatchObject({ step: 3, phase: 'Progressing' });
    expect(r2.messages.join('\n')).toMatch(/instances disagree/);
    expect(await percentsOf()).toEqual([50, 50, 50]);
    for (const i of instances) expect(await sideFor(i, 49)).toBe('canary');
    // every instance's revisions map names the revisions the tags point to (c, restarted from a
    // file without them, got them at the start of the second run), read from each instance
    const tags = mem.view('checkout').traffic;
    const want = {
      checkout_stable: tags.find((t) => t.tag === 'stable')?.revision,
      checkout_canary: tags.find((t) => t.tag === 'canary')?.revision,
    };
    expect(want.checkout_stable).toMatch(/^checkout-/);
    expect(want.checkout_canary).toMatch(/^checkout-/);
    const revs = await Promise.all(
      instances.map((i) => new HaproxyRuntime(i.socket).getEntries(revisionsMapPath(mapFile))),
    );
    expect(revs).toEqual([want, want, want]);
  });
});
