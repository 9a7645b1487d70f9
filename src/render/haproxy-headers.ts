// Forwarding headers, HSTS, tunnels, server state, IPv6 redirect and who may send the canary
// header (issue 12). Clients outside `haproxy.trusted-proxies` cannot make Cloud Run believe a
// forged X-Forwarded-*; clients outside a header's `allow-from` cannot pick the canary.
import type { Policy } from '../policy/types.js';
import { checkAddress, checkCidr, checkFilePath, checkHeaderName } from '../policy/whitelist.js';
import { I, extras, hTime, must, nameList, serviceWord, whole } from './haproxy-guard.js';

/** Headers only a proxy in front of us may set; from anyone else they are lies. */
export const FORWARDING_HEADERS = [
  'Forwarded',
  'X-Forwarded-For',
  'X-Forwarded-Host',
  'X-Forwarded-Port',
  'X-Forwarded-Proto',
  'X-Real-IP',
];

/** `global`: where server state is read at start (`init-addr last` uses it). */
export function serverStateGlobal(p: Policy, fileOverride?: string): string[] {
  const file = must(checkFilePath, fileOverride ?? extras(p).serverStateFile, 'haproxy.server-state-file');
  return [`${I}server-state-file ${file}`];
}

/** `defaults`: WebSocket tunnels and the server state. */
export function headerDefaults(p: Policy): string[] {
  return [
    `${I}timeout tunnel ${hTime(extras(p).tunnelTimeoutMs, 'haproxy.timeouts.tunnel')}`,
    `${I}load-server-state-from-file global`,
  ];
}

/** Frontend, first: drop forwarding headers from untrusted clients (every X-Forwarded-* in one
 *  prefix rule: a proxy sets them all, a client none). */
export function forwardingHeaders(p: Policy): string[] {
  const trusted = extras(p).trustedProxies.map((c, i) => must(checkCidr, c, `haproxy.trusted-proxies[${i}]`));
  const lines: string[] = [];
  if (trusted.length > 0) lines.push(`${I}acl cr_trusted_proxy src ${trusted.join(' ')}`);
  const unless = trusted.length > 0 ? ' if !cr_trusted_proxy' : '';
  lines.push(`${I}http-request del-header x-forwarded- -m beg${unless}`);
  for (const h of FORWARDING_HEADERS.filter((x) => !x.startsWith('X-Forwarded-')))
    lines.push(`${I}http-request del-header ${h}${unless}`);
  return lines;
}

/** HSTS on every HTTPS answer, HAProxy's own 404/429 included (`http-after-response`). */
export function hsts(p: Policy): string[] {
  const age = p.haproxy.hstsSeconds;
  if (age === undefined || age <= 0) return [];
  const value = `max-age=${whole(age, 1, 2 ** 31 - 1, 'haproxy.hsts')}${extras(p).hstsIncludeSubdomains ? '; includeSubDomains' : ''}`;
  return [`${I}http-after-response set-header Strict-Transport-Security "${value}"`];
}

/** Frontend, on the TLS front: the scheme the client used (added: a client's copy is gone by now,
 *  unless a trusted proxy sent it, whose value we overwrite, as we terminate TLS). */
export function forwardedProto(p: Policy): string[] {
  const verb = extras(p).trustedProxies.length === 0 ? 'add-header' : 'set-header';
  return [`${I}http-request ${verb} X-Forwarded-Proto https`];
}

/** Frontend (before any backend rewrites Host): the Host the client asked for. Without trusted
 *  proxies every client X-Forwarded-Host is gone by now, so it is simply added. */
export function forwardedHost(p: Policy): string[] {
  if (extras(p).trustedProxies.length === 0)
    return [`${I}http-request add-header X-Forwarded-Host %[req.hdr(host)]`];
  return [
    `${I}http-request set-header X-Forwarded-Host %[req.hdr(host)] unless { req.hdr(x-forwarded-host) -m found }`,
  ];
}

/** Service names per `acl` line: HAProxy reads at most 64 words on a line. */
const NAMES_PER_ACL_LINE = 40;

/** Frontend, once the service is known: the canary header from outside `allow-from` is removed,
 *  so it neither picks the canary nor reaches Cloud Run. The client is the connection's source,
 *  or, behind a trusted proxy, the address that proxy appended last to X-Forwarded-For. Services
 *  that share a header name and its allow-from share one rule (their names in an ACL, looked up
 *  in a tree), and a request without the header stops at its first test: the cost per request
 *  does not grow with the number of services. */
export function headerAllowFrom(p: Policy): string[] {
  const groups = new Map<string, { name: string; nets: string; services: string[] }>();
  p.services.forEach((s, i) => {
    const h = s.routing.header;
    if (!h?.allowFrom) return;
    const where = `services[${i}].routing.header`;
    const name = must(checkHeaderName, h.name, `${where}.name`);
    const nets = h.allowFrom.map((c, j) => must(checkCidr, c, `${where}.allow-from[${j}]`)).join(' ');
    const key = `${name.toLowerCase()} ${nets}`;
    const g = groups.get(key) ?? { name, nets, services: [] };
    g.services.push(serviceWord(s.name));
    groups.set(key, g);
  });
  const behindProxy = extras(p).trustedProxies.length > 0;
  return [...groups.values()].flatMap((g, k) => {
    const acl = `cr_allow_from_${k + 1}`;
    const lines = [`${I}# ${g.name} from outside ${g.nets} is dropped for: ${nameList(g.services)}`];
    for (let i = 0; i < g.services.length; i += NAMES_PER_ACL_LINE)
      lines.push(
        `${I}acl ${acl} var(txn.cr_service) -m str ${g.services.slice(i, i + NAMES_PER_ACL_LINE).join(' ')}`,
      );
    const del = `${I}http-request del-header ${g.name} if { req.hdr(${g.name}) -m found } ${acl}`;
    if (!behindProxy) return [...lines, `${del} !{ src ${g.nets} }`];
    return [
      ...lines,
      `${del} !cr_trusted_proxy !{ src ${g.nets} }`,
      `${del} cr_trusted_proxy !{ req.hdr_ip(x-forwarded-for,-1) ${g.nets} }`,
    ];
  });
}

/** The plain-HTTP redirect's binds: `http-bind`, plus one on each IPv6 address the TLS front binds. */
export function redirectBinds(tlsBinds: string[], httpBind: string): string[] {
  const port = must(checkAddress, httpBind, 'haproxy.http-bind').slice(httpBind.lastIndexOf(':') + 1);
  const v6 = tlsBinds
    .map((b) => /^(\[[0-9A-Fa-f:.]+\]):\d+$/.exec(b)?.[1])
    .filter((h): h is string => h !== undefined)
    .map((h) => `${h}:${port}`);
  return [...new Set([httpBind, ...v6])].map(
    (b) => `${I}bind ${b}${bindFamilyOptions(b, [httpBind, ...v6])}`,
  );
}

/** ` v6only` for `[::]` when an IPv4 wildcard of the same port is bound too (else EADDRINUSE). */
export function bindFamilyOptions(bind: string, all: string[]): string {
  const m = /^\[::\]:(\d+)$/.exec(bind);
  if (!m) return '';
  return all.some((b) => b === `:${m[1]}` || b === `0.0.0.0:${m[1]}`) ? ' v6only' : '';
}
