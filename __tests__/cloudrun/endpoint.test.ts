// cloud-run-endpoint parsing, the no-credentials guarantee for http:// endpoints (checked
// against a listener posing as the GCE metadata server), error kinds and retry backoff.
import { ServicesClient } from '@google-cloud/run';
import { credentials } from '@grpc/grpc-js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindOf, toCloudRunError } from '../../src/adapters/cloud-run-errors.js';
import { endpointOptions, NO_AUTH } from '../../src/adapters/cloud-run-endpoint.js';
import { backoffDelay, withRetry } from '../../src/adapters/retry.js';
import { CloudRunError } from '../../src/rollout/ports.js';
import { startHarness, type Harness } from './harness.js';

describe('endpointOptions', () => {
  const auth = { marker: 'user-auth' };
  it.each([
    ['', {}],
    ['   ', {}],
    ['run.internal.example.com', { apiEndpoint: 'run.internal.example.com', port: 443 }],
    ['run.internal.example.com:8443', { apiEndpoint: 'run.internal.example.com', port: 8443 }],
    ['https://10.1.2.3:9443/', { apiEndpoint: '10.1.2.3', port: 9443 }],
  ])('%j → TLS / default credentials %j', (endpoint, expected) => {
    const out = endpointOptions(endpoint);
    expect(out).toEqual(expected);
    expect(out.sslCreds).toBeUndefined();
  });

  it('passes a given auth client for Google and TLS endpoints', () => {
    expect(endpointOptions('', auth)).toEqual({ authClient: auth });
    expect(endpointOptions('run.example.com', auth)).toEqual({
      apiEndpoint: 'run.example.com',
      port: 443,
      authClient: auth,
    });
  });

  it('http://host:port → plaintext and the no-credentials auth client, even when one was given', () => {
    const out = endpointOptions('http://127.0.0.1:8085', auth);
    expect(out).toMatchObject({ apiEndpoint: '127.0.0.1', port: 8085, authClient: NO_AUTH });
    expect(out.sslCreds).toBeDefined();
    expect(out.sslCreds!._isSecure()).toBe(false);
  });

  it.each(['ftp://x', 'http://', 'host:99999', 'bad host', 'http://a:b'])(
    '%j is refused with what would be valid',
    (e) => {
      expect(() => endpointOptions(e)).toThrow(
        /cloud-run-endpoint .* use empty for Google's endpoint, http:\/\/host:port/,
      );
    },
  );
});

describe('an http:// endpoint never probes the metadata server', () => {
  let h: Harness;
  let home = '';
  let metadata: Server;
  const probes: string[] = [];
  const saved: Record<string, string | undefined> = {};
  const ENV = [
    'GCE_METADATA_HOST',
    'GCE_METADATA_IP',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'CLOUDSDK_CONFIG',
    'HOME',
    'METADATA_SERVER_DETECTION',
  ];

  beforeAll(async () => {
    metadata = createServer((req, res) => {
      probes.push(`${req.method} ${req.url}`);
      res.writeHead(404).end();
    });
    metadata.on('connection', () => probes.push('connection'));
    await new Promise<void>((r) => metadata.listen(0, '127.0.0.1', r));
    for (const k of ENV) saved[k] = process.env[k];
    for (const k of ENV) delete process.env[k];
    process.env.GCE_METADATA_HOST = `127.0.0.1:${(metadata.address() as AddressInfo).port}`;
    // no ADC file either, so without our auth client google-auth-library would go to the metadata server
    home = mkdtempSync(join(tmpdir(), 'cr-home-'));
    process.env.HOME = home;
    h = await startHarness();
  });
  afterAll(async () => {
    for (const k of ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await h.close();
    await new Promise((r) => metadata.close(r));
    rmSync(home, { recursive: true, force: true });
  });

  it('reads and writes through the adapter with no connection to the metadata listener', async () => {
    const { name } = h.seed();
    const svc = await h.run.getService(name);
    await h.run.updateService(name, svc.etag, { annotations: { a: '1' } });
    await h.run.listRevisions(name);
    expect(probes).toEqual([]);
  });

  it('control: the same client without an auth client does probe it (so the check above can fail)', async () => {
    const { name } = h.seed();
    const client = new ServicesClient({
      apiEndpoint: '127.0.0.1',
      port: h.fake.port,
      sslCreds: credentials.createInsecure(),
    } as never);
    try {
      await client.getService({ name: `projects/acme-prod/locations/us-central1/services/${name}` });
    } finally {
      await client.close();
    }
    expect(probes.length).toBeGreaterThan(0);
  });
});

describe('error kinds', () => {
  it.each([
    [10, 'anything', 'conflict'],
    [9, 'etag "x" does not match', 'conflict'],
    [9, 'the service is being deleted', 'failed'],
    [5, '', 'not-found'],
    [3, '', 'invalid'],
    [6, '', 'invalid'],
    [14, '', 'transient'],
    [4, '', 'transient'],
    [8, '', 'transient'],
    [7, '', 'permission'],
    [16, '', 'permission'],
    [13, '', 'failed'],
    [undefined, '', 'failed'],
  ])('grpc code %p (%s) → %s', (code, details, kind) => {
    expect(kindOf(code, details)).toBe(kind);
  });

  it('wraps with what was being done, strips the grpc prefix, keeps an existing CloudRunError', () => {
    const err = toCloudRunError(
      Object.assign(new Error('14 UNAVAILABLE: connection reset'), { code: 14 }),
      'reading service a',
    );
    expect(err.message).toBe(
      'Cloud Run: reading service a failed: connection reset. Cloud Run is temporarily unavailable or overloaded; re-run the workflow.',
    );
    const own = new CloudRunError('timeout', 'x');
    expect(toCloudRunError(own, 'y')).toBe(own);
  });
});

describe('retry', () => {
  it('backs off exponentially with bounded jitter', () => {
    const policy = { baseMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });

  it('retries only retryable errors and stops after the attempts', async () => {
    const slept: number[] = [];
    let calls = 0;
    const fail = (code: number) => () => {
      calls += 1;
      return Promise.reject(Object.assign(new Error('x'), { code }));
    };
    const hooks = { sleep: async (ms: number) => void slept.push(ms), random: () => 1 };
    const retryable = (e: unknown) => (e as { code: number }).code === 14;
    await expect(withRetry(fail(14), retryable, { attempts: 3, baseMs: 10 }, hooks)).rejects.toMatchObject({
      code: 14,
    });
    expect([calls, slept]).toEqual([3, [10, 20]]);
    calls = 0;
    await expect(withRetry(fail(3), retryable, { attempts: 3, baseMs: 10 }, hooks)).rejects.toMatchObject({
      code: 3,
    });
    expect(calls).toBe(1);
  });
});
