// `cloud-run-endpoint` → options for ServicesClient / RevisionsClient.
//   ''               Google's endpoint, Application Default Credentials (or the given authClient)
//   http://host:port plaintext gRPC to an emulator or fake; no Google credentials are looked up
//   host[:port]      TLS to a private endpoint (https://host[:port] is accepted too)
import { credentials } from '@grpc/grpc-js';
import { CloudRunError } from '../rollout/ports.js';

/**
 * Stands in for a google-auth-library AuthClient when talking plaintext to a fake: gax asks the
 * auth client for its universe domain before it opens a channel, and without one GoogleAuth
 * would go looking for credentials — ending in a probe of the GCE metadata server.
 */
export const NO_AUTH = Object.freeze({
  universeDomain: 'googleapis.com',
  getRequestHeaders: async () => new Headers(),
});

export interface EndpointOptions {
  apiEndpoint?: string;
  port?: number;
  sslCreds?: ReturnType<typeof credentials.createInsecure>;
  authClient?: unknown;
}

const HOST_PORT = /^([A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?)(?::(\d{1,5}))?$/;

function invalid(endpoint: string, why: string): CloudRunError {
  return new CloudRunError(
    'invalid',
    `cloud-run-endpoint '${endpoint}' is not valid (${why}): use empty for Google's endpoint, ` +
      'http://host:port for an emulator, or host[:port] for a private TLS endpoint',
  );
}

function hostPort(
  endpoint: string,
  rest: string,
  defaultPort: number | undefined,
): { host: string; port?: number } {
  const m = HOST_PORT.exec(rest.replace(/\/+$/, ''));
  if (!m) throw invalid(endpoint, 'expected a host name and an optional port');
  const port = m[3] ? Number(m[3]) : defaultPort;
  if (port !== undefined && (port < 1 || port > 65535))
    throw invalid(endpoint, `port ${port} is out of range`);
  return { host: m[1]!, port };
}

export function endpointOptions(endpoint: string | undefined, authClient?: unknown): EndpointOptions {
  const e = (endpoint ?? '').trim();
  if (!e) return authClient ? { authClient } : {};
  if (e.startsWith('http://')) {
    const { host, port } = hostPort(e, e.slice('http://'.length), 80);
    return { apiEndpoint: host, port, sslCreds: credentials.createInsecure(), authClient: NO_AUTH };
  }
  const rest = e.startsWith('https://') ? e.slice('https://'.length) : e;
  if (/^[a-z]+:\/\//i.test(rest)) throw invalid(e, 'only http:// and https:// are understood');
  const { host, port } = hostPort(e, rest, 443);
  return { apiEndpoint: host, port, ...(authClient ? { authClient } : {}) };
}
