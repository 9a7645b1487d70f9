// Shared guards for the HAProxy render modules of issue 12: every user value passes the policy
// whitelist again before it reaches a config line (defence in depth), and numbers and times are
// checked for range. Refused values throw; nothing is escaped.
import type { Policy, Service } from '../policy/types.js';
import { DEFAULT_HAPROXY_EXTRAS, DEFAULT_HEALTH } from '../policy/normalise.js';
import { checkServiceName } from '../policy/whitelist.js';

export const I = '    ';

/** The value when `check` accepts it; else throws naming where it was and what is wrong. */
export function must(check: (v: unknown) => string | null, value: unknown, where: string): string {
  const problem = check(value);
  if (problem) throw new Error(`refusing to render HAProxy config: ${where} ${problem}`);
  return value as string;
}

export function whole(value: number, min: number, max: number, where: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `refusing to render HAProxy config: ${where} ${value} is not a whole number in ${min}..${max}`,
    );
  }
  return value;
}

/** HAProxy time in the largest unit that divides it exactly (`5m`, `90s`, `250ms`). */
export function hTime(ms: number, where: string): string {
  whole(ms, 0, 2 ** 31 - 1, where);
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    if (ms > 0 && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

/** Issue 12 settings with their defaults applied (policies built in code may omit them). */
export function extras(p: Policy) {
  const h = p.haproxy;
  const d = DEFAULT_HAPROXY_EXTRAS;
  return {
    log: h.log ?? d.log,
    clientCa: h.clientCa,
    clientVerify: h.clientVerify ?? d.clientVerify,
    trustedProxies: h.trustedProxies ?? [],
    hstsIncludeSubdomains: h.hstsIncludeSubdomains === true,
    serverStateFile: h.serverStateFile ?? d.serverStateFile,
    tokenMap: h.tokenMap ?? d.tokenMap,
    tunnelTimeoutMs: h.tunnelTimeoutMs ?? d.tunnelTimeoutMs,
  };
}

export function healthOf(s: Service) {
  const h = s.health;
  const d = DEFAULT_HEALTH;
  return {
    intervalMs: h.intervalMs ?? d.intervalMs,
    timeoutMs: h.timeoutMs ?? d.timeoutMs,
    fall: h.fall ?? d.fall,
    rise: h.rise ?? d.rise,
    slowstartMs: h.slowstartMs ?? d.slowstartMs,
  };
}

/** A service name as it may appear in a rule (an ACL pattern), checked against the whitelist. */
export function serviceWord(name: string): string {
  return must(checkServiceName, name, 'service name');
}

/** Names for a comment: the first five, then how many more. */
export function nameList(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(' ')} and ${names.length - 5} more` : names.join(' ');
}
