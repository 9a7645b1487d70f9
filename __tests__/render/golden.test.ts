// Golden files: fixtures/golden/<fixture>/step-<k>.cfg, .map and .cloudrun-traffic.json for
// every policy and step, routes.map and revisions.map (the render-time revisions, as the
// Cloud Run traffic files name them) per policy, rendered with no overrides (what users deploy).
// UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy } from '../../src/policy/types.js';
import { maxStep } from '../../src/policy/steps.js';
import {
  renderCloudRunTraffic,
  renderHaproxy,
  renderMap,
  renderRevisionsMap,
  renderRoutesMap,
} from '../../src/render/index.js';
import { GOLDEN_DIR, allPolicies, revisionsFor } from './fixtures.js';

const update = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  if (update) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing: run the test with UPDATE_GOLDEN=1`);
  // the file name leads both sides so a failure says which golden file differs
  expect(`${file}\n${actual}`).toBe(`${file}\n${readFileSync(file, 'utf8')}`);
}

let policies: Record<string, Policy>;
beforeAll(async () => {
  policies = await allPolicies();
});

describe('golden renders', () => {
  it('has policies to render', () => {
    expect(Object.keys(policies).length).toBeGreaterThanOrEqual(3);
  });

  it('every policy and step matches its golden config, map and Cloud Run traffic', () => {
    let compared = 0;
    for (const [name, p] of Object.entries(policies)) {
      compare(join(GOLDEN_DIR, name, 'routes.map'), renderRoutesMap(p));
      compare(join(GOLDEN_DIR, name, 'revisions.map'), renderRevisionsMap(p, revisionsFor(p)));
      compared += 2;
      for (let step = 0; step <= maxStep(p); step++) {
        const base = join(GOLDEN_DIR, name, `step-${step}`);
        compare(`${base}.cfg`, renderHaproxy(p, { step }));
        compare(`${base}.map`, renderMap(p, step));
        compare(
          `${base}.cloudrun-traffic.json`,
          JSON.stringify(renderCloudRunTraffic(p, step, revisionsFor(p)), null, 2) + '\n',
        );
        compared += 3;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('renders the same text twice (deterministic)', () => {
    for (const p of Object.values(policies)) {
      expect(renderHaproxy(p, { step: 1 })).toBe(renderHaproxy(structuredClone(p), { step: 1 }));
    }
  });
});
