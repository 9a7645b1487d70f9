// The routes map: Host + path prefix → service, looked up once per request with `map_beg`
// (HAProxy keeps `beg` patterns in a prefix tree and answers the longest match), so routing costs
// the same for 1 or 1000 services. Each entry's value carries what the frontend needs about the
// service: `<service>|<sticky cookie>|<header name>|<header value>` (empty fields when unset).
import type { Policy, Service } from '../policy/types.js';
import { renderMap } from './map.js';
import { renderRevisionsMap, revisionsMapPath, type SideRevisions } from './revisions.js';
import {
  checkCookieName,
  checkHeaderName,
  checkHeaderValue,
  checkHostname,
  checkPath,
  checkServiceName,
} from '../policy/whitelist.js';

export const ROUTES_HEADER = [
  '# canary-relay: routes for HAProxy (key: <host><path prefix>/, the longest matching prefix wins;',
  '# value: <service>|<sticky cookie>|<header name>|<header value>); managed by canary-relay, do not edit',
];

/** The routes map's path, next to the percent map: `/etc/haproxy/x.map` → `/etc/haproxy/x.routes.map`. */
export function routesMapPath(mapFile: string): string {
  return `${mapFile.replace(/\.map$/, '')}.routes.map`;
}

/** Lookup keys of one service: `<host>/` for all paths, `<host><path>/` per prefix. The frontend
 *  looks up `<host><request path>/`, so `/checkout` matches `/checkout` and `/checkout/...` but
 *  not `/checkoutx`; a prefix that already ends in `/` (e.g. `/cart/`) also matches `/cart`. */
export function routeKeys(s: Service): string[] {
  const hosts = s.hosts.map((h) => h.toLowerCase());
  if (s.paths.length === 0) return hosts.map((h) => `${h}/`);
  return hosts.flatMap((h) => s.paths.map((p) => `${h}${p.endsWith('/') ? p : `${p}/`}`));
}

/** The map value for a service (see the file header). */
export function routeValue(s: Service): string {
  const h = s.routing.header;
  return [s.name, s.routing.stickyCookie ?? '', h ? h.name.toLowerCase() : '', h ? h.value : ''].join('|');
}

/** Every value that reaches the map passes the policy whitelist again (no spaces, `#`, `|`...). */
function checkServiceValues(s: Service, i: number): void {
  const problems: [string, string | null][] = [
    ['name', checkServiceName(s.name)],
    ...s.hosts.map((h, j): [string, string | null] => [`hosts[${j}]`, checkHostname(h)]),
    ...s.paths.map((p, j): [string, string | null] => [`paths[${j}]`, checkPath(p)]),
  ];
  if (s.routing.stickyCookie !== undefined)
    problems.push(['routing.sticky-cookie', checkCookieName(s.routing.stickyCookie)]);
  if (s.routing.header) {
    problems.push(['routing.header.name', checkHeaderName(s.routing.header.name)]);
    problems.push(['routing.header.value', checkHeaderValue(s.routing.header.value)]);
  }
  if (s.hosts.length === 0) problems.push(['hosts', 'is empty']);
  const bad = problems.find(([, problem]) => problem !== null);
  if (bad) throw new Error(`refusing to render HAProxy routes: services[${i}].${bad[0]} ${bad[1]}`);
}

/** Throws when two services claim the same host and path prefix: the map could keep only one. */
export function checkRouteConflicts(policy: Policy): void {
  const owner = new Map<string, string>();
  for (const s of policy.services) {
    for (const key of routeKeys(s)) {
      const other = owner.get(key);
      if (other !== undefined && other !== s.name) {
        const at = key.indexOf('/');
        throw new Error(
          `refusing to render HAProxy routes: services ${other} and ${s.name} both route host ${key.slice(0, at)} ` +
            `path ${key.slice(at)}; give one of them a different host or path prefix`,
        );
      }
      owner.set(key, s.name);
    }
  }
}

/** The routes map text: the header, then per service a comment and its entries (policy order). */
export function renderRoutesMap(policy: Policy): string {
  policy.services.forEach(checkServiceValues);
  checkRouteConflicts(policy);
  const lines = [...ROUTES_HEADER];
  for (const s of policy.services) {
    lines.push(`# service ${s.name}`);
    const value = routeValue(s);
    for (const key of [...new Set(routeKeys(s))]) lines.push(`${key} ${value}`);
  }
  return lines.join('\n') + '\n';
}

/** The map files a rendered config reads, for `mapFile` (the percent map) at `step`; the
 *  revisions map starts with the revisions known at render time. */
export function renderMapFiles(
  policy: Policy,
  step: number,
  mapFile: string,
  revisions?: SideRevisions,
): { path: string; text: string }[] {
  return [
    { path: mapFile, text: renderMap(policy, step) },
    { path: routesMapPath(mapFile), text: renderRoutesMap(policy) },
    { path: revisionsMapPath(mapFile), text: renderRevisionsMap(policy, revisions) },
  ];
}
