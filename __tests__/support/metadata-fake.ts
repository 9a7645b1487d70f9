// A GCE metadata server stand-in on loopback for ID tokens: answers
// GET /computeMetadata/v1/instance/service-accounts/default/identity?audience=A&format=full
// (only with `Metadata-Flavor: Google`, like the real one) with an unsigned JWT whose aud is A
// and whose exp is `lifetimeS` from now. Point google-auth-library at it with GCE_METADATA_HOST.
import * as http from 'node:http';
import type * as net from 'node:net';

export interface MetadataFake {
  host: string;
  /** every token issued, in order, with its audience */
  issued: { audience: string; token: string; exp: number }[];
  /** token lifetime in seconds for the next tokens */
  lifetimeS: number;
  /** answer the next requests with this status instead (e.g. 500), undefined: normal */
  failWith?: number;
  stop(): Promise<void>;
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export async function startMetadataFake(lifetimeS = 3600): Promise<MetadataFake> {
  let n = 0;
  const fake: MetadataFake = { host: '', issued: [], lifetimeS, stop: async () => undefined };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://metadata');
    if (req.headers['metadata-flavor'] !== 'Google') {
      res.writeHead(403).end('Missing Metadata-Flavor:Google header.\n');
      return;
    }
    if (url.pathname !== '/computeMetadata/v1/instance/service-accounts/default/identity') {
      res.writeHead(404).end('not found\n');
      return;
    }
    if (fake.failWith) {
      res.writeHead(fake.failWith).end('metadata server trouble\n');
      return;
    }
    const audience = url.searchParams.get('audience') ?? '';
    const exp = Math.floor(Date.now() / 1000) + fake.lifetimeS;
    const token = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ aud: audience, exp, iat: exp - fake.lifetimeS, n: ++n })}.c2ln`;
    fake.issued.push({ audience, token, exp });
    res.writeHead(200, { 'content-type': 'text/plain', 'metadata-flavor': 'Google' }).end(token);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  fake.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
