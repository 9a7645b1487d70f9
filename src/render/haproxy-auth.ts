// Private Cloud Run services (issue 12): `auth: id-token` makes HAProxy send a Google ID token
// for the service URL (audience) on every request and health check, read from the token map
// that `canary-relay tokens` keeps fresh. A client's Authorization never reaches Cloud Run
// unless `client-authorization: pass-through`; then the token goes in X-Serverless-Authorization,
// which Cloud Run checks instead and strips, leaving the client's Authorization to the app.
import type { Policy, Service } from '../policy/types.js';
import { checkFilePath } from '../policy/whitelist.js';
import { I, extras, must } from './haproxy-guard.js';

const passThrough = (s: Service) =>
  (s.clientAuthorization ?? (s.auth === 'id-token' ? 'drop' : 'pass-through')) === 'pass-through';

/** The header our token travels in. */
export function tokenHeader(s: Service): 'Authorization' | 'X-Serverless-Authorization' {
  return passThrough(s) ? 'X-Serverless-Authorization' : 'Authorization';
}

export function tokenMapFile(p: Policy, override?: string): string {
  return must(checkFilePath, override ?? extras(p).tokenMap, 'haproxy.token-map');
}

/** Backend (each of the service's backends, so no other service's requests pay for it): client
 *  credentials out, our token looked up (503 when there is none yet: Cloud Run would refuse the
 *  request anyway, and this says why) and sent. */
export function authBackend(p: Policy, s: Service, tokenMapOverride?: string): string[] {
  const lines = passThrough(s) ? [] : [`${I}http-request del-header Authorization`];
  if (s.auth !== 'id-token') return lines;
  const map = tokenMapFile(p, tokenMapOverride);
  return [
    ...lines,
    `${I}http-request del-header X-Serverless-Authorization`,
    `${I}http-request set-var(txn.cr_token) str(${s.name}),map(${map})`,
    `${I}http-request return status 503 content-type text/plain string "no ID token for ${s.name} yet: run canary-relay tokens" if !{ var(txn.cr_token) -m found }`,
    `${I}http-request set-header ${tokenHeader(s)} "Bearer %[var(txn.cr_token)]"`,
  ];
}

/** ` hdr Authorization "Bearer …"` for the health check (private services refuse it otherwise). */
export function authCheckHeader(p: Policy, s: Service, tokenMapOverride?: string): string {
  if (s.auth !== 'id-token') return '';
  return ` hdr ${tokenHeader(s)} "Bearer %[str(${s.name}),map(${tokenMapFile(p, tokenMapOverride)})]"`;
}
