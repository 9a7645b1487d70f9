// Where the rendered HAProxy listens: each listener's address on its own (is the runtime API
// on every interface?) and the listeners together (do two of them claim the same port?).
// Pure: addresses are compared as written, nothing is resolved.
import { DEFAULT_HAPROXY } from './normalise.js';
import { formatPath, type PathSeg } from './parse.js';
import { isV6 } from './whitelist.js';

/** Records one problem at a path of the policy. */
export type Add = (path: PathSeg[], message: string) => void;

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
  // the cheap test first: isV6's first call compiles a large regex
  const wildcard = host === '' || host === '0.0.0.0' || (/^[0:]+$/.test(host) && isV6(host));
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

/**
 * Every socket the rendered config listens on, with its field; defaults as normalise applies them.
 * Two of them on one address and port split connections between unrelated frontends (HAProxy sets
 * SO_REUSEPORT, so `haproxy -c` and even the start succeed).
 */
export function checkListeners(h: Record<string, unknown>, report: Add): void {
  const found: { path: PathSeg[]; addr: string; written: boolean }[] = [];
  const add = (path: PathSeg[], v: unknown, fallback?: string) => {
    const addr = typeof v === 'string' ? v : v === undefined ? fallback : undefined;
    if (addr !== undefined) found.push({ path, addr, written: v !== undefined });
  };
  const d = DEFAULT_HAPROXY;
  const binds = Array.isArray(h.bind) ? h.bind : d.bind;
  binds.forEach((b, i) => add(['haproxy', 'bind', i], b));
  if (h.certificate !== undefined && h['redirect-http'] !== false)
    add(['haproxy', 'http-bind'], h['http-bind'], d.httpBind);
  add(['haproxy', 'prometheus-bind'], h['prometheus-bind'], d.prometheusBind);
  const apis = h['runtime-api'];
  if (Array.isArray(apis)) apis.forEach((a, i) => add(['haproxy', 'runtime-api', i], a));
  else add(['haproxy', 'runtime-api'], apis);
  const parsed = found.map((f) => ({ ...f, l: parseListen(f.addr) }));
  parsed.forEach((b, j) => {
    if (!b.l) return;
    // binds of one frontend may overlap (":443" with "[::]:443" is the usual dual stack); only a
    // repeat is wrong there. Across frontends any overlap splits traffic.
    // a fleet's runtime APIs are one per instance (its own host): they clash with the listeners
    // every instance has, not with each other (a repeated entry is reported on its own)
    const clash = (x: (typeof parsed)[number]) =>
      x.l !== undefined &&
      !(x.path[1] === 'runtime-api' && b.path[1] === 'runtime-api') &&
      (x.path[1] === 'bind' && b.path[1] === 'bind'
        ? x.l.host === b.l!.host && x.l.port === b.l!.port
        : sameSocket(x.l, b.l!));
    const a = parsed.slice(0, j).find(clash);
    if (!a) return;
    // point at a value the user wrote: the later one unless only the earlier one was written
    const [here, other] = b.written || !a.written ? [b, a] : [a, b];
    report(
      here.path,
      `${JSON.stringify(here.addr)} takes the same port as ${formatPath(other.path)} (${JSON.stringify(other.addr)}` +
        `${other.written ? '' : ', the default'}); two listeners on one port split the connections between ` +
        'them: give each its own port',
    );
  });
}
