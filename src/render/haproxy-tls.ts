// Client certificates at the frontend (issue 12): HAProxy asks for a certificate signed by
// `haproxy.client-ca`, passes the verified subject to Cloud Run in one header, and removes any
// copy of that header a client sent. `verify optional` on the bind when any service accepts
// clients without a certificate; the services that require one then answer 403 without it.
import type { Policy } from '../policy/types.js';
import { checkFilePath } from '../policy/whitelist.js';
import { I, extras, must } from './haproxy-guard.js';

export const CLIENT_SUBJECT_HEADER = 'X-Client-Cert-Subject';

const verifyOf = (p: Policy, i: number) => p.services[i].clientVerify ?? extras(p).clientVerify;

/** ` ca-file F verify required|optional`, appended to each TLS bind; '' without a client CA. */
export function clientCertBindOptions(p: Policy, clientCaOverride?: string): string {
  const ca = clientCaOverride ?? extras(p).clientCa;
  if (ca === undefined) return '';
  const file = must(checkFilePath, ca, 'haproxy.client-ca');
  const anyOptional = p.services.some((_, i) => verifyOf(p, i) === 'optional');
  return ` ca-file ${file} verify ${anyOptional ? 'optional' : 'required'}`;
}

/** Frontend, before routing: drop client copies of the subject header, set the verified one. */
export function clientCertHeaders(p: Policy): string[] {
  if (extras(p).clientCa === undefined) return [];
  const h = CLIENT_SUBJECT_HEADER;
  return [
    `${I}# client certificates: only HAProxy says who the client is`,
    `${I}http-request del-header ${h}`,
    `${I}http-request set-header ${h} %[ssl_c_s_dn(,0,rfc2253)] if { ssl_c_used } { ssl_c_verify 0 }`,
  ];
}

/** Backend of a service that requires a certificate while others accept clients without one
 *  (else the handshake refuses): 403 without a verified one. In the service's own backends, so
 *  no other request pays for the check. */
export function clientCertRequired(p: Policy, serviceIndex: number): string[] {
  if (extras(p).clientCa === undefined) return [];
  if (!p.services.some((_, i) => verifyOf(p, i) === 'optional')) return [];
  if (verifyOf(p, serviceIndex) !== 'required') return [];
  return [`${I}http-request deny deny_status 403 if !{ ssl_c_used } || !{ ssl_c_verify 0 }`];
}
