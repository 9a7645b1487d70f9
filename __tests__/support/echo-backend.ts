// An HTTPS stand-in for a Cloud Run tag URL that shows what reached it: it answers every request
// with its name and the request's headers (JSON), records the health checks' headers, checks SNI
// and Host like startBackend, can demand `Authorization: Bearer <token>` (a private service;
// 401 without, 403 with a wrong one) and echoes bytes on an upgraded connection (WebSocket-like).
import * as https from 'node:https';
import type * as net from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Pki } from './haproxy.js';

export interface EchoBackend {
  name: string;
  address: string;
  /** every request (health checks included), as Cloud Run's request_count counts them */
  total: number;
  /** health-check requests among them */
  checks: number;
  /** headers of the last health check */
  lastCheckHeaders?: Record<string, string | string[] | undefined>;
  /** the token demanded (undefined and no `accept`: a public service) */
  token?: string;
  close(): Promise<void>;
}

export interface Echoed {
  backend: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export async function startEchoBackend(
  name: string,
  expectHost: string,
  pki: Pki,
  opts: { token?: string; healthPath?: string; accept?: (token: string) => boolean } = {},
): Promise<EchoBackend> {
  const healthPath = opts.healthPath ?? '/health';
  const self: EchoBackend = {
    name,
    address: '',
    total: 0,
    checks: 0,
    token: opts.token,
    close: async () => undefined,
  };
  // Cloud Run reads the token from X-Serverless-Authorization first, then Authorization
  const authorized = (h: Record<string, string | string[] | undefined>) => {
    const v = h['x-serverless-authorization'] ?? h.authorization;
    if (typeof v !== 'string' || !v.startsWith('Bearer ')) return false;
    return opts.accept ? opts.accept(v.slice(7)) : v === `Bearer ${self.token}`;
  };
  const server = https.createServer(
    { cert: pki.leafCert, key: pki.leafKey, keepAliveTimeout: 60_000 },
    (req, res) => {
      self.total++;
      const sni = (req.socket as TLSSocket).servername;
      if (sni !== expectHost || req.headers.host !== expectHost) {
        res.writeHead(421).end(`${name}: wrong SNI ${sni} or Host ${req.headers.host}\n`);
        return;
      }
      if (req.url === healthPath) {
        self.checks++;
        self.lastCheckHeaders = req.headers;
      }
      if ((self.token !== undefined || opts.accept) && !authorized(req.headers)) {
        const has = req.headers['x-serverless-authorization'] ?? req.headers.authorization;
        res.writeHead(has === undefined ? 401 : 403).end('unauthorized\n');
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ backend: name, path: req.url ?? '', headers: req.headers } satisfies Echoed));
    },
  );
  server.on('upgrade', (_req, socket: net.Socket) => {
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
    socket.on('data', (d) => socket.write(d));
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self.address = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  self.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return self;
}
