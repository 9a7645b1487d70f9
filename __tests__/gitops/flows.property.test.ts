// Property: over random sequences of GitHub events (open, same- or new-image synchronize, close,
// merge, revert, schedule, dispatch abort / rollback), with canaries that pass, fail analysis or
// never become ready, after every run: no failed revision serves traffic, traffic sums to 100 on
// ready revisions, and every sentence the report would print is true of the Cloud Run state.
// The run is the action's own: intent (gitops/) → rollouts with the waiting line (action/) →
// conclusion, on the in-memory Cloud Run with a fake clock.
import fc from 'fast-check';
import type { Inputs } from '../../src/action/inputs.js';
import { conclude, describeRun, type ServiceRun } from '../../src/action/outcome.js';
import { dueRollouts, readFacts, runServices, type World } from '../../src/action/rollouts.js';
import type { EventDecision } from '../../src/gitops/events.js';
import { decideIntents } from '../../src/gitops/intent.js';
import type { ObserverPort } from '../../src/rollout/ports.js';
import type { Policy } from '../../src/policy/types.js';
import { parseState } from '../../src/rollout/state.js';
import { judgement } from '../rollout/policy-fixture.js';
import { MemoryCloudRun } from '../support/memory-cloudrun.js';
import { makePolicy, makeService, MIN, steps } from '../support/policies.js';
import { FakeClock, ScriptedProber } from '../engine/harness.js';

const NAME = 'checkout';
const inputs: Inputs = {
  policy: 'traffic-policy.yaml',
  mode: 'auto',
  githubToken: '',
  wait: true,
  dryRun: false,
  force: false,
  cloudRunEndpoint: 'memory',
  monitoringEndpoint: '',
  smokeUrl: '',
  jobTimeoutMinutes: 360,
};

type Quality = 'good' | 'fails-analysis' | 'never-ready';
type Event =
  | { kind: 'open'; quality: Quality; wait: boolean }
  | { kind: 'sync'; pick: number; sameImage: boolean; quality: Quality; wait: boolean }
  | { kind: 'close'; pick: number }
  | { kind: 'merge'; pick: number; wait: boolean }
  | { kind: 'revert'; wait: boolean }
  | { kind: 'schedule'; minutes: number }
  | { kind: 'dispatch'; mode: 'abort' | 'rollback' };

const quality = fc.constantFrom<Quality>('good', 'good', 'fails-analysis', 'never-ready');
const event: fc.Arbitrary<Event> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), quality, wait: fc.boolean() }),
  fc.record({
    kind: fc.constant('sync' as const),
    pick: fc.nat(),
    sameImage: fc.boolean(),
    quality,
    wait: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('close' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('merge' as const), pick: fc.nat(), wait: fc.boolean() }),
  fc.record({ kind: fc.constant('revert' as const), wait: fc.boolean() }),
  fc.record({ kind: fc.constant('schedule' as const), minutes: fc.integer({ min: 0, max: 20 }) }),
  fc.record({
    kind: fc.constant('dispatch' as const),
    mode: fc.constantFrom('abort' as const, 'rollback' as const),
  }),
);

/** One simulated repository: commits name a policy; PRs have a head; main is a list of commits. */
class Repo {
  n = 0;
  policies = new Map<string, Policy>();
  main: string[] = [];
  prs = new Map<number, { head: string; base: string }>();
  nextPr = 1;
  /** commits whose canary fails analysis (the observer says so for their revision) */
  bad = new Set<string>();
  constructor(readonly mem: MemoryCloudRun) {
    this.main.push(this.commit('img:v0', 'good'));
  }
  commit(image: string, q: Quality): string {
    const sha = `${(++this.n).toString(16).padStart(7, '0')}${'0'.repeat(33)}`;
    this.policies.set(
      sha,
      makePolicy({
        splitAt: 'cloud-run',
        services: [
          makeService({ name: NAME, image, steps: steps([10, 50], 10 * MIN, 5 * MIN), smoke: undefined }),
        ],
      }),
    );
    if (q === 'fails-analysis') this.bad.add(`${NAME}-${sha.slice(0, 7)}`);
    if (q === 'never-ready') this.mem.failImage(image, 'container failed to start');
    return sha;
  }
  image(sha: string): string {
    return this.policies.get(sha)!.services[0].image!;
  }
  head(): string {
    return this.main[this.main.length - 1];
  }
  pick(i: number): number | undefined {
    const open = [...this.prs.keys()];
    return open.length ? open[i % open.length] : undefined;
  }
}

interface Sim {
  repo: Repo;
  mem: MemoryCloudRun;
  clock: FakeClock;
  world: World;
  /** every revision a run recorded as failed (analysis or readiness) */
  failed: Set<string>;
}

function sim(): Sim {
  const clock = new FakeClock();
  const mem = new MemoryCloudRun({ now: clock.now });
  mem.seed(NAME, 'img:v0');
  const repo = new Repo(mem);
  const observer: ObserverPort = {
    // a bad canary fails; a good one is 'running' until its minimum time (bake), then shown safe
    observe: async (service, stage, now) => {
      if (repo.bad.has(stage.canary)) return judgement('fail');
      const baked = now - stage.startedAt >= (service.steps[stage.step]?.bakeMs ?? 0);
      return judgement(baked ? 'pass' : 'running');
    },
  };
  const world: World = { clock, portsFor: () => ({ cloudRun: mem, observer, prober: new ScriptedProber() }) };
  return { repo, mem, clock, world, failed: new Set() };
}

/** One action run for a decision: facts → intents → rollouts → the report's sentences. */
async function act(s: Sim, d: EventDecision, base: Policy | null, head: Policy, wait: boolean) {
  const facts = new Map([[NAME, await readFacts(s.mem, NAME)]]);
  const intents = decideIntents(d, base, head, facts);
  const acting = intents.filter((i) => (i.mode !== 'plan' && i.mode !== 'none') || i.dequeue);
  const runs = await runServices({ ...inputs, wait }, {}, d, head, acting, facts, s.world);
  for (const r of runs) {
    const st = r.result?.state;
    if (st?.phase === 'Failed' && st.canary) s.failed.add(st.canary);
  }
  return { runs, intents, head, ...conclude(runs, intents, head) };
}

async function step(s: Sim, e: Event): Promise<{ runs: ServiceRun[]; head: Policy; reasons: string[] }[]> {
  const { repo } = s;
  const pol = (sha: string) => repo.policies.get(sha)!;
  const out = async (d: EventDecision, base: Policy | null, head: Policy, wait: boolean) => {
    const r = await act(s, d, base, head, wait);
    return [{ runs: r.runs, head: r.head, reasons: r.intents.map((i) => i.reason) }];
  };
  switch (e.kind) {
    case 'open': {
      const pr = repo.nextPr++;
      const base = repo.head();
      const head = repo.commit(`img:pr${pr}`, e.quality);
      repo.prs.set(pr, { head, base });
      return out({ mode: 'canary', pr, base, head, reason: 'opened' }, pol(base), pol(head), e.wait);
    }
    case 'sync': {
      const pr = repo.pick(e.pick);
      if (pr === undefined) return [];
      const p = repo.prs.get(pr)!;
      const image = e.sameImage ? repo.image(p.head) : `img:pr${pr}.${repo.n}`;
      p.head = repo.commit(image, e.sameImage ? 'good' : e.quality);
      if (e.sameImage && repo.bad.has(`${NAME}-${p.head.slice(0, 7)}`))
        repo.bad.delete(`${NAME}-${p.head.slice(0, 7)}`);
      return out(
        { mode: 'canary', pr, base: p.base, head: p.head, reason: 'synchronize' },
        pol(p.base),
        pol(p.head),
        e.wait,
      );
    }
    case 'close': {
      const pr = repo.pick(e.pick);
      if (pr === undefined) return [];
      const p = repo.prs.get(pr)!;
      repo.prs.delete(pr);
      return out(
        { mode: 'abort', pr, base: p.base, head: p.head, reason: 'closed' },
        pol(p.base),
        pol(p.head),
        true,
      );
    }
    case 'merge': {
      const pr = repo.pick(e.pick);
      if (pr === undefined) return [];
      const p = repo.prs.get(pr)!;
      repo.prs.delete(pr);
      const before = repo.head();
      const merge = repo.commit(repo.image(p.head), 'good');
      repo.main.push(merge);
      return out(
        { mode: 'promote', base: before, head: merge, reason: 'push' },
        pol(before),
        pol(merge),
        e.wait,
      );
    }
    case 'revert': {
      if (repo.main.length < 2) return [];
      const before = repo.head();
      const revert = repo.commit(repo.image(repo.main[repo.main.length - 2]), 'good');
      repo.main.push(revert);
      return out(
        { mode: 'promote', base: before, head: revert, reason: 'push' },
        pol(before),
        pol(revert),
        e.wait,
      );
    }
    case 'schedule': {
      s.clock.t += e.minutes * MIN;
      const main = pol(repo.head());
      const due = await dueRollouts(inputs, {}, main, s.world);
      const results = [];
      for (const d of due) {
        const pr = /^pr#(\d+)$/.exec(d.owner)?.[1];
        const decision: EventDecision = {
          mode: d.mode,
          ...(pr ? { pr: Number(pr) } : {}),
          head: d.commit,
          wait: false,
          services: [d.service],
          reason: 'schedule',
        };
        results.push(...(await out(decision, main, pol(d.commit), false)));
      }
      return results;
    }
    case 'dispatch': {
      const main = repo.head();
      const d: EventDecision = { mode: e.mode, operator: true, head: main, reason: 'dispatch' };
      return out(d, null, pol(main), true);
    }
  }
}

/** Cloud Run's served percent per revision, and tags. */
function served(mem: MemoryCloudRun) {
  const pct: Record<string, number> = {};
  for (const t of mem.serving(NAME)) pct[t.revision] = (pct[t.revision] ?? 0) + t.percent;
  const tags: Record<string, string> = {};
  for (const t of mem.view(NAME).trafficStatuses) if (t.tag && t.revision) tags[t.tag] = t.revision;
  return { pct, tags };
}

/** Every sentence of the report, checked against Cloud Run. */
function checkSentences(mem: MemoryCloudRun, lines: string[]): void {
  const { pct, tags } = served(mem);
  const state = parseState(mem.view(NAME).annotations).state;
  for (const line of lines) {
    for (const m of line.matchAll(/(?:^|[ ;:(])(checkout-[0-9a-z-]+) serves 100%/g))
      expect([line, pct[m[1]]]).toEqual([line, 100]);
    for (const m of line.matchAll(/(checkout-[0-9a-z-]+) at step \d+ of \d+ \((\d+)%\)/g))
      expect([line, pct[m[1]] ?? 0, tags.canary]).toEqual([line, Number(m[2]), m[1]]);
    for (const m of line.matchAll(/(checkout-[0-9a-z-]+) at step \d+ of \d+ \(header only\)/g))
      expect([line, pct[m[1]] ?? 0, tags.canary]).toEqual([line, 0, m[1]]);
    for (const m of line.matchAll(/canary (checkout-[0-9a-z-]+) (?:failed|aborted)/g))
      expect([line, pct[m[1]] ?? 0]).toEqual([line, 0]);
    for (const m of line.matchAll(/waiting for (\S+)'s canary/g))
      expect([line, state?.owner]).toEqual([line, m[1]]);
    for (const m of line.matchAll(/already serves \S+ \((checkout-[0-9a-z-]+)\)/g))
      expect([line, pct[m[1]]]).toEqual([line, 100]);
  }
}

test('random event sequences: nothing failed serves, 100% on ready revisions, every sentence true', async () => {
  const seen = new Set<string>();
  const stats = { events: 0, runs: 0 };
  const quiet = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write; // the runs' core.info lines
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 14 }), async (events) => {
        const s = sim();
        for (const e of events) {
          if (process.env.PROBE) quiet(`${JSON.stringify(e)}\n`);
          const results = await step(s, e);
          stats.events++;
          stats.runs += results.reduce((n, r) => n + r.runs.length, 0);
          const serving = s.mem.serving(NAME);
          expect(serving.filter((t) => t.ready === true).reduce((n, t) => n + t.percent, 0)).toBe(100);
          expect(serving.filter((t) => t.ready !== true)).toEqual([]);
          expect(serving.filter((t) => s.failed.has(t.revision))).toEqual([]);
          for (const r of results)
            for (const x of r.runs)
              seen.add(
                describeRun(x, r.head)
                  .line.replace(/checkout-[0-9a-z-]+/g, 'R')
                  .slice(0, 50),
              );
          for (const r of results)
            checkSentences(s.mem, [...r.runs.map((x) => describeRun(x, r.head).line), ...r.reasons]);
        }
      }),
      { numRuns: 100 },
    );
  } finally {
    process.stdout.write = quiet;
  }
  // the generator reaches every kind of outcome (so the checks above had something to check)
  const all = [...seen].join('\n');
  for (const kind of [
    /serves 100% \(promoted/,
    /canary R failed: step/,
    /revision R failed to be/,
    /aborted \(0%/,
    /rolled back: R serves 100%/,
    /waiting for pr#\d+'s canary/,
    /R at step \d of 3/,
    /all 3 steps of R passed/,
  ])
    expect(all).toMatch(kind);
  expect(stats.runs).toBeGreaterThan(100);
}, 240_000);
