// Shared setup for the Cloud Run adapter tests: a fake on a free loopback port and the real
// adapter pointed at it with short poll and backoff intervals.
import { createCloudRun, type CloudRunAdapter, type CloudRunOptions } from '../../src/adapters/cloud-run.js';
import { startCloudRunFake, type CloudRunFake, type SeedOptions } from '../support/cloudrun-fake.js';

export const PROJECT = 'acme-prod';
export const REGION = 'us-central1';
export const PROJECT_NUMBER = '123456789012';

export interface Harness {
  fake: CloudRunFake;
  run: CloudRunAdapter;
  /** an adapter with other options on the same fake (closed by close()) */
  adapter(opts?: Partial<CloudRunOptions>): CloudRunAdapter;
  /** a fresh service name per test, so tests share one fake without sharing state */
  seed(opts?: Omit<SeedOptions, 'name'>): { name: string; stable: string };
  close(): Promise<void>;
}

let counter = 0;

export async function startHarness(
  fakeOpts: { readyDelayMs?: number; lroDelayMs?: number } = {},
): Promise<Harness> {
  const fake = await startCloudRunFake({
    readyDelayMs: 40,
    lroDelayMs: 20,
    projectNumber: PROJECT_NUMBER,
    ...fakeOpts,
  });
  const adapters: CloudRunAdapter[] = [];
  const adapter = (opts: Partial<CloudRunOptions> = {}) => {
    const a = createCloudRun({
      project: PROJECT,
      region: REGION,
      endpoint: fake.endpoint,
      pollMs: 10,
      lroTimeoutMs: 5000,
      retry: { attempts: 4, baseMs: 5, maxMs: 20 },
      ...opts,
    });
    adapters.push(a);
    return a;
  };
  const run = adapter();
  return {
    fake,
    run,
    adapter,
    seed: (opts = {}) => {
      counter += 1;
      const name = `svc${counter}`;
      const stable = opts.revision ?? `${name}-00001-abc`;
      fake.seedService({ image: `img/${name}:v1`, ...opts, name, revision: stable });
      return { name, stable };
    },
    close: async () => {
      await Promise.all(adapters.map((a) => a.close()));
      await fake.stop();
    },
  };
}
