// The GitHub client's write limiter: a burst of writes goes at once (no 1 s between the in-progress
// check run and the final one), then one write per second. Bounds are far from the old spacing
// (1 s per write), so a loaded machine cannot make these flaky.
import { jest } from '@jest/globals';
import { createGitHub } from '../../src/adapters/github.js';
import { WRITE_BURST, writeLimiter } from '../../src/adapters/github-throttle.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';

const TOKEN = 'ghs_fake_token';
const SHA = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';

describe('writeLimiter', () => {
  test(`lets ${WRITE_BURST} writes through at once, then spaces the next by the refill`, async () => {
    const limiter = writeLimiter().key('test');
    const t0 = Date.now();
    const at: number[] = [];
    const job = () => Promise.resolve(at.push(Date.now() - t0));
    await Promise.all(Array.from({ length: WRITE_BURST + 1 }, () => limiter.schedule(job)));
    expect(at).toHaveLength(WRITE_BURST + 1);
    // the old limiter (1 s between writes) would need ≥ 9 s for the burst
    expect(at[WRITE_BURST - 1]).toBeLessThan(5000);
    // the burst spent the reservoir: the next write waited for a refill
    expect(at[WRITE_BURST]).toBeGreaterThanOrEqual(900);
    await limiter.stop({ dropWaitingJobs: true });
  });
});

describe('the production client', () => {
  let fake: GitHubFake;
  let writeSpy: ReturnType<typeof jest.spyOn>;
  beforeEach(async () => {
    // @actions/core writes ::add-mask:: to stdout
    writeSpy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    fake = await startGitHubFake({ token: TOKEN });
  });
  afterEach(async () => {
    writeSpy.mockRestore();
    await fake.stop();
  });

  test('writes the in-progress check run and its updates without 1 s spacing', async () => {
    const gh = createGitHub({ token: TOKEN, baseUrl: fake.url }); // no throttle override
    const t0 = Date.now();
    const statuses = ['in_progress', 'in_progress', 'in_progress', 'completed'] as const;
    for (const status of statuses)
      await gh.createOrUpdateCheckRun('acme', 'shop', SHA, { status, title: status, summary: status });
    const elapsed = Date.now() - t0;
    const writes = fake.state.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(fake.state.checkRuns[0].status).toBe('completed');
    // 1 s between writes (the plugin's default) would take ≥ 3 s
    expect(elapsed).toBeLessThan(3000);
  });
});
