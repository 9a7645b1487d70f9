// Pure planning for `canary-relay tokens` (issue 12): which private services need an ID token,
// for which audience, when each token must be refreshed, and whether a token is safe to hand to
// HAProxy (it travels in a runtime API command line and a map file, so only JWT characters pass).
import type { Policy } from '../policy/types.js';
import { cloudRunUrl } from '../render/urls.js';

export interface TokenTarget {
  service: string;
  /** the service's run.app URL: the audience Cloud Run accepts for every tag of the service */
  audience: string;
}

export interface HeldToken {
  service: string;
  /** ms since epoch; undefined: none held yet */
  expiresAt?: number;
}

/** Refresh this long before expiry by default (Google ID tokens live 1 h). */
export const DEFAULT_REFRESH_BEFORE_MS = 10 * 60_000;
/** After a failed fetch, try again this soon (the held token may still be valid). */
export const RETRY_MS = 30_000;

export function tokenTargets(policy: Policy): TokenTarget[] {
  return policy.services
    .filter((s) => s.auth === 'id-token')
    .map((s) => ({ service: s.name, audience: cloudRunUrl(s) }));
}

const JWT = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]{1,4096}\.[A-Za-z0-9_-]{0,2048}$/;

/** The token's expiry (ms) from its `exp` claim; throws (without echoing the token) when the text
 *  is not a JWT made of base64url parts or has no numeric exp. */
export function tokenExpiry(token: string, what: string): number {
  if (!JWT.test(token)) {
    throw new Error(
      `${what}: the metadata server answered something that is not a JWT (three base64url parts); refusing to put it into HAProxy`,
    );
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    throw new Error(`${what}: the ID token's payload is not JSON`);
  }
  const exp = (claims as { exp?: unknown } | null)?.exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp))
    throw new Error(`${what}: the ID token has no numeric "exp" claim`);
  return exp * 1000;
}

/** Services whose token is missing or expires within `refreshBeforeMs` of `now`. */
export function dueForRefresh(held: HeldToken[], now: number, refreshBeforeMs: number): string[] {
  return held
    .filter((h) => h.expiresAt === undefined || h.expiresAt - refreshBeforeMs <= now)
    .map((h) => h.service);
}

/** When the next refresh is due (ms since epoch), at least `minMs` from now (no busy loop). */
export function nextRefreshAt(held: HeldToken[], now: number, refreshBeforeMs: number, minMs = 1000): number {
  const due = held.map((h) => (h.expiresAt === undefined ? now : h.expiresAt - refreshBeforeMs));
  return Math.max(now + minMs, Math.min(...due, now + 3_600_000));
}
