// Test support for the real HAProxy: find/check/start it, a throw-away PKI made with the
// openssl CLI, local HTTPS backends standing in for Cloud Run tag URLs, and the render overrides
// that keep a rendered config's files and listeners local.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as https from 'node:https';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import type { RenderOverrides } from '../../src/render/haproxy.js';
import type { Policy } from '../../src/policy/types.js';
import { renderMapFiles } from '../../src/render/routes.js';
import { freePort, portOpen, spawnService, type RunningProcess } from './processes.js';

// the loopback helpers, where the live tests have always imported them from
export { freePort, waitFor } from './processes.js';

export function haproxyBin(): string {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/local/sbin'])) {
    const p = join(dir, 'haproxy');
    if (dir && existsSync(p)) return p;
  }
  throw new Error('haproxy not found on PATH or in /usr/sbin: install it (apt-get install haproxy)');
}

export function tempDir(prefix = 'cr-haproxy-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** `haproxy -c -f <file>`: exit code and combined output. */
export function haproxyCheck(
  configText: string,
  dir: string,
  name = 'haproxy.cfg',
): { code: number; output: string } {
  const file = join(dir, name);
  writeFileSync(file, configText);
  const r = spawnSync(haproxyBin(), ['-c', '-f', file], { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status ?? -1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

export interface Pki {
  dir: string;
  caFile: string;
  caPem: string;
  /** leaf certificate + key in one PEM (what HAProxy's `crt` wants) */
  leafPemFile: string;
  leafCert: string;
  leafKey: string;
}

function openssl(args: string[], cwd: string): void {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${r.stderr}`);
}

/** A test CA and one leaf certificate valid for every name in `names` (SANs). */
export function makePki(dir: string, names: string[]): Pki {
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'], dir);
  openssl(
    [
      'req',
      '-x509',
      '-new',
      '-key',
      'ca.key',
      '-sha256',
      '-days',
      '2',
      '-subj',
      '/CN=canary-relay test CA',
      '-out',
      'ca.pem',
    ],
    dir,
  );
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'leaf.key'], dir);
  openssl(['req', '-new', '-key', 'leaf.key', '-subj', `/CN=${names[0]}`, '-out', 'leaf.csr'], dir);
  writeFileSync(
    join(dir, 'leaf.ext'),
    `subjectAltName=${names.map((n) => (/^[0-9.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',')}\n` +
      'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-sha256',
      '-extfile',
      'leaf.ext',
      '-out',
      'leaf.pem',
    ],
    dir,
  );
  const leafCert = readFileSync(join(dir, 'leaf.pem'), 'utf8');
  const leafKey = readFileSync(join(dir, 'leaf.key'), 'utf8');
  const leafPemFile = join(dir, 'site.pem');
  writeFileSync(leafPemFile, leafCert + leafKey);
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    leafPemFile,
    leafCert,
    leafKey,
  };
}

export interface Backend {
  name: string;
  port: number;
  address: string;
  /** requests served (not counting health checks) */
  hits: number;
  /** requests refused because SNI or Host was wrong */
  misrouted: string[];
  setHealthy(ok: boolean): void;
  close(): Promise<void>;
}

/** An HTTPS server that answers `{"backend": name}` only when SNI and Host are `expectHost`
 *  (421 otherwise), and whose /health can be turned off. */
export async function startBackend(
  name: string,
  expectHost: string,
  pki: Pki,
  healthPath = '/health',
): Promise<Backend> {
  let healthy = true;
  const state = { hits: 0, misrouted: [] as string[] };
  const server = https.createServer(
    { cert: pki.leafCert, key: pki.leafKey, keepAliveTimeout: 30_000 },
    (req, res) => {
      const sni = (req.socket as TLSSocket).servername;
      const host = req.headers.host;
      if (sni !== expectHost || host !== expectHost) {
        state.misrouted.push(`sni=${String(sni)} host=${String(host)}`);
        res
          .writeHead(421, { 'content-type': 'text/plain' })
          .end(`${name}: wrong SNI ${sni} or Host ${host}\n`);
        return;
      }
      if (req.url === healthPath) {
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'text/plain' }).end(healthy ? 'ok\n' : 'down\n');
        return;
      }
      state.hits++;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ backend: name, path: req.url }));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    name,
    port,
    address: `127.0.0.1:${port}`,
    get hits() {
      return state.hits;
    },
    get misrouted() {
      return state.misrouted;
    },
    setHealthy(ok: boolean) {
      healthy = ok;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } as Backend;
}

export type RunningHaproxy = RunningProcess;

/** Start `haproxy -db -f <config>` in the foreground and wait until `waitPort` accepts.
 *  `stdout: 'ignore'` sends its stdout (where `log stdout` writes) to /dev/null. */
export function startHaproxy(
  configFile: string,
  waitPort: number,
  opts: { stdout?: 'pipe' | 'ignore' } = {},
): Promise<RunningHaproxy> {
  return spawnService(haproxyBin(), ['-db', '-f', configFile], {
    what: `haproxy to listen on ${waitPort}`,
    ready: () => portOpen(waitPort),
    timeoutMs: 10_000,
    stdout: opts.stdout,
  });
}

/** Render overrides that keep a config's files here: the test PKI, and the map file, admin
 *  socket, token map and server-state file in `dir` (named after `name`). */
export function localFiles(
  dir: string,
  pki: Pki,
  name: string,
): Required<
  Pick<RenderOverrides, 'certificate' | 'caFile' | 'mapFile' | 'statsSocket' | 'tokenMap' | 'serverStateFile'>
> {
  const tokenMap = join(dir, `${name}.tokens.map`);
  if (!existsSync(tokenMap)) writeFileSync(tokenMap, '');
  const serverStateFile = join(dir, `${name}.state`);
  if (!existsSync(serverStateFile)) writeFileSync(serverStateFile, '1\n'); // empty, format version 1
  return {
    certificate: pki.leafPemFile,
    caFile: pki.caFile,
    mapFile: join(dir, `${name}.map`),
    statsSocket: join(dir, `${name}.sock`),
    tokenMap,
    serverStateFile,
  };
}

export interface LoopbackListeners {
  port: number;
  httpPort: number;
  promPort: number;
  /** the HTTPS front, the plain-HTTP redirect and the exporter on those ports */
  overrides: Required<Pick<RenderOverrides, 'bind' | 'httpBind' | 'prometheusBind'>>;
  /** a free host:port for the TCP runtime API, for tests that drive HAProxy through it */
  runtimeApi: string;
}

/** Free loopback ports for a rendered config that really runs (never the policy's :443). */
export async function loopbackListeners(): Promise<LoopbackListeners> {
  const [port, httpPort, promPort, apiPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  return {
    port,
    httpPort,
    promPort,
    overrides: {
      bind: [`127.0.0.1:${port}`],
      httpBind: `127.0.0.1:${httpPort}`,
      prometheusBind: `127.0.0.1:${promPort}`,
    },
    runtimeApi: `127.0.0.1:${apiPort}`,
  };
}

export interface Answer {
  status: number;
  backend?: string;
  setCookie: string[];
  body: string;
}

/** One HTTPS request through HAProxy (keep-alive agent, SNI = host, test CA trusted). */
export function request(
  agent: https.Agent,
  port: number,
  host: string,
  opts: { path?: string; headers?: Record<string, string>; ca: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        servername: host,
        path: opts.path ?? '/',
        method: 'GET',
        agent,
        ca: opts.ca,
        headers: { host, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => {
          let backend: string | undefined;
          try {
            backend = (JSON.parse(body) as { backend?: string }).backend;
          } catch {
            backend = undefined;
          }
          const sc = res.headers['set-cookie'];
          resolve({ status: res.statusCode ?? 0, backend, setCookie: sc ?? [], body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Run `fn` for 0..n-1 with at most `concurrency` in flight; results in order. */
export async function pool<T>(n: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return out;
}

export interface ClientCerts {
  /** the CA HAProxy verifies client certificates with (`haproxy.client-ca`) */
  caFile: string;
  /** a client certificate that CA signed (CN=alice), and one from a CA HAProxy does not trust */
  good: { cert: string; key: string; subject: string };
  foreign: { cert: string; key: string };
}

/** Client certificates (extendedKeyUsage clientAuth) for mTLS tests, made with the openssl CLI. */
export function makeClientCerts(dir: string): ClientCerts {
  const ca = (name: string) => {
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`], dir);
    openssl(
      [
        'req',
        '-x509',
        '-new',
        '-key',
        `${name}.key`,
        '-sha256',
        '-days',
        '2',
        '-subj',
        `/CN=${name}`,
        '-out',
        `${name}.pem`,
      ],
      dir,
    );
  };
  const leaf = (name: string, caName: string, subj: string) => {
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`], dir);
    openssl(['req', '-new', '-key', `${name}.key`, '-subj', subj, '-out', `${name}.csr`], dir);
    writeFileSync(
      join(dir, `${name}.ext`),
      'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n',
    );
    openssl(
      [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        `${caName}.pem`,
        '-CAkey',
        `${caName}.key`,
        '-CAcreateserial',
        '-days',
        '2',
        '-sha256',
        '-extfile',
        `${name}.ext`,
        '-out',
        `${name}.pem`,
      ],
      dir,
    );
    return {
      cert: readFileSync(join(dir, `${name}.pem`), 'utf8'),
      key: readFileSync(join(dir, `${name}.key`), 'utf8'),
    };
  };
  ca('clients-ca');
  ca('other-ca');
  return {
    caFile: join(dir, 'clients-ca.pem'),
    good: { ...leaf('alice', 'clients-ca', '/O=Acme/CN=alice'), subject: 'CN=alice,O=Acme' },
    foreign: leaf('mallory', 'other-ca', '/O=Acme/CN=mallory'),
  };
}

/** Writes the percent map (at `step`) and the routes map a rendered config reads. */
export function writeMapFiles(
  p: Policy,
  step: number,
  mapFile: string,
  revisions?: Parameters<typeof renderMapFiles>[3],
): void {
  for (const f of renderMapFiles(p, step, mapFile, revisions)) writeFileSync(f.path, f.text);
}

/** A config for a test process: `noreuseport`, so a port that another process (another test file,
 *  another HAProxy on this machine) holds makes the start fail instead of silently sharing it. */
export function exclusivePorts(config: string): string {
  return config.replace(/^global\n/, 'global\n    noreuseport\n');
}
