// Steps are 1-based everywhere (0 = before the first step); the rollout state's 0-based index
// becomes a step in one place, stateStep.
import { describe, expect, it } from '@jest/globals';
import {
  allSteps,
  checkStep,
  maxStep,
  percentAt,
  shareLabel,
  stateStep,
  stepLabel,
} from '../../src/policy/steps.js';
import { policy, service } from '../render/policies.js';

const steps = [
  { headerOnly: true, percent: 0, bakeMs: 60_000 },
  { headerOnly: false, percent: 5, bakeMs: 60_000 },
  { headerOnly: false, percent: 25, bakeMs: 60_000 },
];
const checkout = service('checkout', { steps });
const short = service('short', { steps: [{ headerOnly: false, percent: 10, bakeMs: 60_000 }] });
const p = policy({}, [checkout, short]);

describe('steps', () => {
  it("the highest step is the longest service's; every step 0..max renders", () => {
    expect(maxStep(p)).toBe(3);
    expect(allSteps(p)).toEqual([0, 1, 2, 3]);
    expect(() => checkStep(p, 3)).not.toThrow();
    expect(() => checkStep(p, 4)).toThrow(/use 0 \(header route only, 0%\) to 3/);
    expect(() => checkStep(p, -1)).toThrow(/out of range/);
  });

  it.each([
    [0, 0, 0],
    [1, 0, 10],
    [2, 5, 10], // the shorter service stays on its last step
    [3, 25, 10],
  ])('step %i: checkout %i%%, short %i%%', (step, a, b) => {
    expect(percentAt(checkout, step)).toBe(a);
    expect(percentAt(short, step)).toBe(b);
  });

  it.each([
    [0, 1],
    [2, 3],
    [3, 0], // past the last step (the policy lost steps mid-rollout): no step
  ])('state index %i is step %i', (index, step) => {
    expect(stateStep(checkout, index)).toBe(step);
  });

  it.each([
    [1, 'step 1 (header only)'],
    [2, 'step 2 (5%)'],
    [3, 'step 3 (25%)'],
  ])('stepLabel(%i) = %j', (step, label) => {
    expect(stepLabel(checkout, step)).toBe(label);
  });

  it('shareLabel', () => {
    expect(shareLabel(true, 0)).toBe('header only');
    expect(shareLabel(false, 50)).toBe('50%');
    expect(shareLabel(undefined, 7)).toBe('7%');
  });
});
