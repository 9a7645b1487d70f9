// The layout of issue 8: src/gitops/ and src/action/ exist, one mode vocabulary, and no import
// cycles anywhere in src/ (static and dynamic imports, type-only ones included).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { EVENT_MODES, INPUT_MODES, ROLLOUT_MODES } from '../../src/gitops/modes.js';

const SRC = join(process.cwd(), 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Module → the local modules it imports (`types: false` leaves out `import type` lines). */
function graph(types = true): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const text = readFileSync(f, 'utf8');
    const pattern = /(import type [^;]*?from|from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g;
    const deps = [...text.matchAll(pattern)]
      .filter((m) => types || !m[1].startsWith('import type'))
      .map((m) => relative(SRC, resolve(dirname(f), `${m[2]}.ts`)));
    g.set(relative(SRC, f), deps);
  }
  return g;
}

function cycles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'open') {
      found.push([...stack.slice(stack.indexOf(n)), n]);
      return;
    }
    state.set(n, 'open');
    stack.push(n);
    for (const d of g.get(n) ?? []) visit(d);
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of g.keys()) visit(n);
  return found;
}

test('no import cycles: none at run time in src/, none at all through the action and the GitOps core', () => {
  const g = graph();
  expect(g.get('action/run.ts')).toContain('action/outcome.ts');
  expect(cycles(graph(false))).toEqual([]);
  const core = /^(action|gitops|rollout|engine|plan)\//;
  expect(cycles(g).filter((c) => c.some((m) => core.test(m)))).toEqual([]);
  // the detector can fail: a back edge makes a cycle
  g.set('action/outcome.ts', [...(g.get('action/outcome.ts') ?? []), 'action/run.ts']);
  expect(cycles(g).length).toBeGreaterThan(0);
});

test('the old action files are gone; the rooms exist', () => {
  const all = files(SRC).map((f) => relative(SRC, f));
  expect(all.filter((f) => /^action[-.]|^inputs\.ts$|^plan\/events\.ts$/.test(f))).toEqual([]);
  expect(all).toEqual(
    expect.arrayContaining([
      'gitops/modes.ts',
      'gitops/events.ts',
      'gitops/intent.ts',
      'action/run.ts',
      'action/report.ts',
      'action/rollouts.ts',
      'action/inputs.ts',
    ]),
  );
});

test('one mode vocabulary: input ⊃ event ⊃ rollout', () => {
  expect(ROLLOUT_MODES.every((m) => (EVENT_MODES as readonly string[]).includes(m))).toBe(true);
  expect(EVENT_MODES.every((m) => (INPUT_MODES as readonly string[]).includes(m))).toBe(true);
  expect(INPUT_MODES.length).toBeGreaterThan(EVENT_MODES.length);
  expect(EVENT_MODES.length).toBeGreaterThan(ROLLOUT_MODES.length);
  // nothing else in src/ spells the list out again
  const lists = files(SRC).filter((f) =>
    /'canary', 'promote', 'rollback', 'abort'/.test(readFileSync(f, 'utf8')),
  );
  expect(lists.map((f) => relative(SRC, f))).toEqual(['gitops/modes.ts']);
});
