// Health checks that tolerate Cloud Run cold starts, and a slow start for a canary entering
// traffic (issue 12). Why these defaults: README "Health checks and cold starts".
import type { Service } from '../policy/types.js';
import { I, hTime, healthOf, whole } from './haproxy-guard.js';

/** A down server is re-checked this often (or at `interval` when shorter): a canary whose tag
 *  just appeared joins quickly, while checks on a healthy revision stay rare. */
export const DOWN_INTERVAL_MS = 5_000;

/** Backend: how long one check may take (longer than a cold start). */
export function checkTimeout(s: Service): string[] {
  return [`${I}timeout check ${hTime(healthOf(s).timeoutMs, `${s.name} health.timeout`)}`];
}

/** Server options: check timing, and on the canary a slow start that ramps its connection
 *  limit from 1 to `maxconn` (HAProxy applies slowstart only after a DOWN → UP transition). */
export function serverCheckOptions(
  s: Service,
  side: 'stable' | 'canary' | 'service',
  maxConn: number,
  intervalOverrideMs?: number,
): string {
  const h = healthOf(s);
  const inter = intervalOverrideMs ?? h.intervalMs;
  const where = `${s.name} health`;
  const parts = [
    `check inter ${hTime(inter, `${where}.interval`)}`,
    `downinter ${hTime(Math.min(inter, DOWN_INTERVAL_MS), `${where}.interval`)}`,
    `fall ${whole(h.fall, 1, 100, `${where}.fall`)}`,
    `rise ${whole(h.rise, 1, 100, `${where}.rise`)}`,
  ];
  if (side === 'canary' && h.slowstartMs > 0)
    parts.push(
      `slowstart ${hTime(h.slowstartMs, `${where}.slowstart`)} maxconn ${whole(maxConn, 1, 10_000_000, 'maxconn')}`,
    );
  return parts.join(' ');
}

/** Extra condition on the bucket → canary rule: while the canary ramps up (slow start), a
 *  request that would wait in its queue goes to stable instead of waiting. '' when off. */
export function canaryAdmission(s: Service, canaryBackend: string): string {
  return healthOf(s).slowstartMs > 0 ? ` { queue(${canaryBackend}) eq 0 }` : '';
}
