// Injection whitelist: every user value that reaches the HAProxy config (or a Cloud Run
// resource name) must consist of a small allowed character set. A newline, `#`, a space,
// `$VAR`, `%[`, quotes, backslashes or a leading `-` change what an HAProxy config line
// means, so anything outside the set is rejected, naming the offending character. We never
// escape: an escaped value is one we would have to prove safe in every HAProxy context.
//
// Every checker returns null when the value is acceptable, else a message that says what is
// wrong and what would be valid.
import { isIPv6 } from 'node:net';

import { SERVICE_NAME_MAX } from './names.js';

/** Names for characters that are invisible or easily confused in a message. */
const CHAR_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'a tab',
  0x0a: 'a newline',
  0x0d: 'a carriage return',
  0x20: 'a space',
  0x7f: 'DEL',
};

/** Common non-ASCII look-alikes of ASCII letters (Cyrillic, Greek), for a clearer message. */
const LOOK_ALIKES: Record<number, string> = {
  0x0430: 'a',
  0x0435: 'e',
  0x043e: 'o',
  0x0440: 'p',
  0x0441: 'c',
  0x0443: 'y',
  0x0445: 'x',
  0x0456: 'i',
  0x0458: 'j',
  0x0455: 's',
  0x0410: 'A',
  0x0412: 'B',
  0x0415: 'E',
  0x041a: 'K',
  0x041c: 'M',
  0x041d: 'H',
  0x041e: 'O',
  0x0420: 'P',
  0x0421: 'C',
  0x0422: 'T',
  0x0425: 'X',
  0x03bf: 'o',
  0x03b1: 'a',
  0x039f: 'O',
  0x0391: 'A',
  0x2010: '-',
  0x2011: '-',
  0x2013: '-',
  0x2212: '-',
  0xff0e: '.',
  0x2215: '/',
};

/** `"#" (U+0023)`, `a newline (U+000A)`, `"а" (U+0430, non-ASCII, looks like "a")`. */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const named = CHAR_NAMES[cp];
  if (named) return `${named} (${code})`;
  if (cp < 0x20 || (cp >= 0x80 && cp < 0xa0)) return `a control character (${code})`;
  if (cp > 0x7e) {
    const like = LOOK_ALIKES[cp];
    return `"${ch}" (${code}, non-ASCII${like ? `, looks like "${like}"` : ''})`;
  }
  return `"${ch}" (${code})`;
}

interface CharRule {
  /** what the value is, for the message: "a hostname" */
  what: string;
  /** human description of the allowed set */
  allowed: string;
  ok: (ch: string) => boolean;
  maxLength: number;
}

const ALNUM = /^[A-Za-z0-9]$/;

function allowedBy(extra: string): (ch: string) => boolean {
  return (ch) => ALNUM.test(ch) || extra.includes(ch);
}

/** Letters, digits and the `extra` characters; the message lists them. */
function alnumRule(what: string, extra: string, maxLength: number): CharRule {
  return { what, allowed: `A-Z a-z 0-9 and ${[...extra].join(' ')}`, ok: allowedBy(extra), maxLength };
}

/** Shared first pass: empty, too long, leading "-", first character outside the set. */
function checkChars(value: unknown, rule: CharRule): string | null {
  if (typeof value !== 'string') return `must be a string (${rule.what})`;
  if (value.length === 0) return `must not be empty; expected ${rule.what}`;
  let pos = 0;
  for (const ch of value) {
    pos++;
    if (!rule.ok(ch)) {
      return `contains ${describeChar(ch)} at position ${pos}; ${rule.what} may contain only ${rule.allowed}`;
    }
  }
  if (value.startsWith('-')) {
    return `starts with "-", which HAProxy would read as an option; ${rule.what} must not start with "-"`;
  }
  if (value.length > rule.maxLength) {
    return `is ${value.length} characters long; ${rule.what} may be at most ${rule.maxLength}`;
  }
  return null;
}

const HOSTNAME = alnumRule('a hostname', '-.', 253);

/** A DNS name: labels of 1–63 letters/digits/hyphens, no label starting or ending with "-". */
export function checkHostname(value: unknown): string | null {
  const bad = checkChars(value, HOSTNAME);
  if (bad) return bad;
  const v = value as string;
  const labels = v.split('.');
  for (const label of labels) {
    if (label.length === 0)
      return `"${v}" has an empty label (".." or a leading/trailing "."); write e.g. shop.example.com`;
    if (label.length > 63) return `label "${label}" is ${label.length} characters long; at most 63`;
    if (label.startsWith('-') || label.endsWith('-')) {
      return `label "${label}" starts or ends with "-"; hostname labels begin and end with a letter or digit`;
    }
  }
  return null;
}

const HEADER_NAME = alnumRule('a header name', '-', 64);

export const checkHeaderName = (value: unknown): string | null =>
  checkChars(value, HEADER_NAME) ??
  (/^[A-Za-z]/.test(value as string) ? null : `"${value as string}" must start with a letter, e.g. X-Canary`);

const HEADER_VALUE = alnumRule('a header value', '-._~:/=+', 256);

export const checkHeaderValue = (value: unknown): string | null => checkChars(value, HEADER_VALUE);

const PATH = alnumRule('a path', '-._~/', 1024);

/** An URL path prefix such as /checkout or /api/v1/. */
export const checkPath = (value: unknown): string | null =>
  checkChars(value, PATH) ??
  ((value as string).startsWith('/') ? null : `"${value as string}" must start with "/", e.g. /checkout`);

const COOKIE_NAME = alnumRule('a cookie name', '_-', 64);

export const checkCookieName = (value: unknown): string | null => checkChars(value, COOKIE_NAME);

const FILE_PATH = alnumRule('a file path', '-._/', 1024);

/** A file path (absolute, or relative to the repository); no ".." segments. */
export function checkFilePath(value: unknown): string | null {
  const bad = checkChars(value, FILE_PATH);
  if (bad) return bad;
  const v = value as string;
  if (v.split('/').includes('..')) return `"${v}" contains a ".." segment; write the path without ".."`;
  if (v.endsWith('/')) return `"${v}" ends with "/"; name a file, not a directory`;
  return null;
}

/** `output` is written inside the checkout: relative, and never into git's own files. */
export function checkOutputPath(value: unknown): string | null {
  const bad = checkFilePath(value);
  if (bad) return bad;
  const v = value as string;
  if (v.startsWith('/'))
    return `${JSON.stringify(v)} is absolute; write a path relative to the repository, e.g. haproxy/haproxy.cfg`;
  const segments = v.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0) return `${JSON.stringify(v)} names no file; write e.g. haproxy/haproxy.cfg`;
  if (segments.some((s) => s.toLowerCase() === '.git'))
    return `${JSON.stringify(v)} is inside .git; the rendered config must not overwrite git's files: write e.g. haproxy/haproxy.cfg`;
  return null;
}

const ADDRESS = alnumRule('an address', '-.:[]', 300);

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function checkPort(port: string): string | null {
  if (!/^\d{1,5}$/.test(port)) return `port "${port}" is not a number; write e.g. :443`;
  const n = Number(port);
  if (n < 1 || n > 65535) return `port ${n} is outside 1–65535`;
  return null;
}

/**
 * node:net's isIPv6, asked only of text with a colon (every IPv6 address has one): its first call
 * compiles a large regex (~8 ms of CPU), which a host name or an IPv4 address never needs.
 */
export const isV6 = (s: string): boolean => s.includes(':') && isIPv6(s);

/** `host:port`, `:port`, `ipv4:port` or `[ipv6]:port`. */
export function checkAddress(value: unknown): string | null {
  const bad = checkChars(value, ADDRESS);
  if (bad) return bad;
  const v = value as string;
  const usage = 'write host:port, :port, 10.0.0.2:53 or [::1]:8443';
  const v6 = /^\[([0-9A-Fa-f:.]+)\]:([^:]*)$/.exec(v);
  if (v6 && !isV6(v6[1])) return `"${v6[1]}" is not an IPv6 address; ${usage}`;
  if (v6) return checkPort(v6[2]);
  if (v.includes('[') || v.includes(']')) return `"${v}" is not a valid address; ${usage}`;
  const colon = v.lastIndexOf(':');
  if (colon < 0) return `"${v}" has no port; ${usage}`;
  const host = v.slice(0, colon);
  if (host.includes(':')) return `"${v}": an IPv6 address must be in brackets, e.g. [::1]:8443`;
  // digits and dots only is meant as an IPv4 address (libc would also read "0" or "127.1" as one)
  if (/^[0-9.]+$/.test(host) && !IPV4.test(host))
    return `"${host}" is not an IPv4 address (four numbers 0–255, like 10.0.0.2); ${usage}`;
  if (host !== '' && !IPV4.test(host)) {
    const hostBad = checkHostname(host);
    if (hostBad) return `host part: ${hostBad}`;
  }
  return checkPort(v.slice(colon + 1));
}

/** The host part of a checked address (`[v6]` unbracketed); '' for `:port`. */
const hostOf = (v: string) => v.slice(0, v.lastIndexOf(':')).replace(/^\[|\]$/g, '');

/**
 * Where HAProxy listens: an IP address, `localhost` or `:port`. A host name would be resolved when
 * HAProxy starts (and by `haproxy -c` on the runner, where it may not resolve at all).
 */
export function checkListenAddress(value: unknown): string | null {
  const bad = checkAddress(value);
  if (bad) return bad;
  const host = hostOf(value as string);
  if (host === '' || host === 'localhost' || IPV4.test(host) || isV6(host)) return null;
  return (
    `"${host}" is a host name; HAProxy listens on an address: write an IP address, localhost or ` +
    `:port (all interfaces), e.g. 10.0.0.5${(value as string).slice((value as string).lastIndexOf(':'))}`
  );
}

/** A name server: a host (IP address or name) and a port; `:53` names no server. */
export function checkNameserver(value: unknown): string | null {
  const bad = checkAddress(value);
  if (bad) return bad;
  if (hostOf(value as string) === '')
    return `"${value as string}" names no server; write ip:port, e.g. 10.0.0.2:53`;
  return null;
}

/** An address for a socket that may also be a Unix socket path: `/run/x.sock` or `host:port`. */
export function checkAddressOrSocket(value: unknown): string | null {
  if (typeof value === 'string' && value.startsWith('/')) return checkFilePath(value);
  return checkListenAddress(value);
}

const LOWER_NAME: CharRule = {
  what: 'a Cloud Run name',
  allowed: 'a-z 0-9 and -',
  ok: (ch) => /^[a-z0-9-]$/.test(ch),
  maxLength: 63,
};

/** Cloud Run service: lowercase letters, digits, hyphens; starts with a letter; ≤ 49 chars. */
export function checkServiceName(value: unknown): string | null {
  const bad = checkChars(value, {
    ...LOWER_NAME,
    what: 'a Cloud Run service name',
    maxLength: SERVICE_NAME_MAX,
  });
  if (bad) return bad;
  const v = value as string;
  if (!/^[a-z]/.test(v)) return `"${v}" must start with a lowercase letter (Cloud Run service names do)`;
  if (v.endsWith('-')) return `"${v}" must not end with "-" (Cloud Run service names do not)`;
  return null;
}

/** Cloud Run revision: same alphabet as services, up to 63 characters. */
export function checkRevisionName(value: unknown): string | null {
  const bad = checkChars(value, { ...LOWER_NAME, what: 'a Cloud Run revision name' });
  if (bad) return bad;
  const v = value as string;
  if (!/^[a-z]/.test(v)) return `"${v}" must start with a lowercase letter, e.g. checkout-00042-abc`;
  if (v.endsWith('-')) return `"${v}" must not end with "-"`;
  return null;
}

const IMAGE: CharRule = {
  what: 'a container image',
  allowed: 'a-z 0-9 and - . _ / : @ (tags may also use A-Z)',
  ok: allowedBy('-._/:@'),
  maxLength: 512,
};

const IMAGE_RE =
  /^[a-z0-9]+([.-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(@sha256:[a-f0-9]{64})?$/;

/** `REGISTRY/PATH[:TAG][@sha256:DIGEST]`, e.g. us-docker.pkg.dev/acme/apps/checkout@sha256:… */
export function checkImage(value: unknown): string | null {
  const bad = checkChars(value, IMAGE);
  if (bad) return bad;
  const v = value as string;
  if (!IMAGE_RE.test(v)) {
    return (
      `"${v}" is not an image reference; write REGISTRY/PATH[:TAG][@sha256:64-hex-digits], ` +
      'e.g. us-docker.pkg.dev/acme/apps/checkout@sha256:<digest> (repository path in lowercase)'
    );
  }
  return null;
}

/** GCP project ID: 6–30 lowercase letters, digits, hyphens; starts with a letter. */
export function checkProjectId(value: unknown): string | null {
  const bad = checkChars(value, { ...LOWER_NAME, what: 'a project ID', maxLength: 30 });
  if (bad) return bad;
  const v = value as string;
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(v)) {
    return `"${v}" is not a project ID: 6–30 characters, starting with a letter, not ending with "-"`;
  }
  return null;
}

/** A Cloud Run region such as us-central1 or europe-west4. */
export function checkRegion(value: unknown): string | null {
  const bad = checkChars(value, { ...LOWER_NAME, what: 'a region' });
  if (bad) return bad;
  const v = value as string;
  if (!/^[a-z]+(-[a-z]+)+\d+$/.test(v)) return `"${v}" is not a region; write e.g. us-central1`;
  return null;
}

const URL_CHARS = alnumRule('a URL', '-._~:/[]', 2048);

const RUN_APP_HASH = /^https:\/\/[a-z][a-z0-9-]*-[a-z0-9]+-[a-z]{2,4}\.a\.run\.app\/?$/;
const RUN_APP_NUMBER = /^https:\/\/[a-z][a-z0-9-]*-\d+\.[a-z]+(-[a-z]+)+\d+\.run\.app\/?$/;

/** A Cloud Run service URL in either of its two forms. */
export function checkRunUrl(value: unknown): string | null {
  const bad = checkChars(value, URL_CHARS);
  if (bad) return bad;
  const v = value as string;
  if (RUN_APP_HASH.test(v) || RUN_APP_NUMBER.test(v)) return null;
  return (
    `"${v}" is not a Cloud Run URL; write https://SERVICE-HASH-REGION_CODE.a.run.app ` +
    '(e.g. https://checkout-abc123xyz-uc.a.run.app) or https://SERVICE-PROJECT_NUMBER.REGION.run.app'
  );
}

/** An http(s) URL with a host and optional port and path (the Prometheus API). */
export function checkHttpUrl(value: unknown): string | null {
  const bad = checkChars(value, URL_CHARS);
  if (bad) return bad;
  const v = value as string;
  const m = /^https?:\/\/(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)(:\d+)?(\/[A-Za-z0-9._~/-]*)?$/.exec(v);
  if (!m) return `"${v}" is not an http(s) URL; write e.g. http://prometheus.internal:9090`;
  if (m[2]) return checkPort(m[2].slice(1));
  return null;
}

const CIDR_CHARS: CharRule = {
  what: 'a CIDR',
  allowed: '0-9 a-f A-F and . : /',
  ok: (ch) => /^[0-9A-Fa-f.:/]$/.test(ch),
  maxLength: 43,
};

/** A network `10.0.0.0/8`, `2001:db8::/32`, or one address (`192.0.2.7`, `::1`). */
export function checkCidr(value: unknown): string | null {
  const bad = checkChars(value, CIDR_CHARS);
  if (bad) return bad;
  const v = value as string;
  const [addr, prefix, ...rest] = v.split('/');
  const usage = 'write e.g. 10.0.0.0/8, 192.0.2.7 or 2001:db8::/32';
  const family = IPV4.test(addr) ? 4 : isV6(addr) ? 6 : 0;
  if (rest.length > 0 || family === 0) return `"${v}" is not a network; ${usage}`;
  if (prefix === undefined) return null;
  const max = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max)
    return `"${v}": the prefix length must be 0–${max} for IPv${family}; ${usage}`;
  return null;
}

/** Where HAProxy logs: stdout, stderr, none, a syslog `host:port` (UDP) or socket path (/dev/log). */
export function checkLogTarget(value: unknown): string | null {
  if (value === 'stdout' || value === 'stderr' || value === 'none') return null;
  if (typeof value === 'string' && value.startsWith('/')) return checkFilePath(value);
  const bad = checkAddress(value);
  if (bad) return `${bad}; or write stdout, stderr or none`;
  if ((value as string).startsWith(':')) return `"${value as string}" needs a host: write e.g. 10.0.0.9:514`;
  return null;
}
