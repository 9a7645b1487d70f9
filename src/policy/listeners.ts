// Where the rendered HAProxy listens: each listener's address on its own (is the runtime API
// on every interface?) and the listeners together (do two of them claim the same port?).
// Pure: addresses are compared as written, nothing is resolved.
import { isIPv4, isIPv6 } from 'node:net';

export interface Listen {
  /** lower-cased host as written, '' for `:port`; IPv6 without brackets */
  host: string;
  port: number;
  /** listens on every interface: `:port`, 0.0.0.0, [::] (dual stack on Linux) */
  wildcard: boolean;
}

/** `host:port`, `:port` or `[v6]:port` → its parts; undefined for a socket path or a malformed value. */
export function parseListen(addr: string): Listen | undefined {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(addr);
  if (!m) return undefined;
  const host = (m[1] ?? m[2]).toLowerCase();
  const port = Number(m[3]);
  const wildcard =
    host === '' || (isIPv4(host) && host === '0.0.0.0') || (isIPv6(host) && /^[0:]+$/.test(host));
  return { host, port, wildcard };
}

/** Loopback names and addresses: one machine's own interface, never the network. */
const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

/**
 * The runtime API (`level admin`, no authentication) must not listen on every interface. Takes ONE
 * address, so a list of runtime APIs checks each entry with it. Null when acceptable.
 */
export function checkRuntimeApiAddress(addr: string): string | null {
  if (addr.startsWith('/')) return null; // a unix socket: file permissions guard it
  const l = parseListen(addr);
  if (!l || !l.wildcard) return null;
  return (
    `${JSON.stringify(addr)} listens on every interface: the runtime API is an unauthenticated admin ` +
    'socket. Use a unix socket (/run/haproxy/runtime.sock, with the runner on the same host) or one ' +
    'private address behind a firewall that admits only the runner (e.g. 10.0.0.5:9999); see the ' +
    'README section "The runtime API safely"'
  );
}

/** Two listeners collide when they share a port and an address (or one listens on all). */
export function sameSocket(a: Listen, b: Listen): boolean {
  if (a.port !== b.port) return false;
  if (a.wildcard || b.wildcard) return true;
  if (a.host === b.host) return true;
  return isLoopback(a.host) && isLoopback(b.host) && (a.host === 'localhost' || b.host === 'localhost');
}
