// The smoke probe's client against real HTTP and HTTPS servers on loopback.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProber } from '../../src/adapters/prober.js';

let server: Server;
let base: string;
const seen: IncomingMessage['headers'][] = [];
let failEvery = 0;
let n = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    n += 1;
    const canary = req.headers['x-canary'] === 'always';
    res.statusCode = failEvery && n % failEvery === 0 ? 500 : canary ? 200 : 404;
    res.end(canary ? 'canary' : 'stable');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen.length = 0;
  failEvery = 0;
  n = 0;
});

test('sends N requests with the canary header and returns every status', async () => {
  const statuses = await createProber().probe(`${base}/health`, {
    requests: 5,
    header: { name: 'X-Canary', value: 'always' },
  });
  expect(statuses).toEqual([200, 200, 200, 200, 200]);
  expect(seen).toHaveLength(5);
  expect(seen.every((h) => h['x-canary'] === 'always')).toBe(true);
});

test('reports what it saw: a 500 among the answers, a missing header', async () => {
  failEvery = 3;
  const statuses = await createProber().probe(`${base}/health`, { requests: 6 });
  expect(statuses).toEqual([404, 404, 500, 404, 404, 500]);
});

test('a refused connection counts as status 0, not as an exception', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  expect(await createProber({ timeoutMs: 1000 }).probe(`http://127.0.0.1:${port}/`, { requests: 2 })).toEqual(
    [0, 0],
  );
});

test('refuses a URL that is not http(s)', async () => {
  await expect(createProber().probe('ftp://127.0.0.1/x', { requests: 1 })).rejects.toThrow(/not an http/);
});
