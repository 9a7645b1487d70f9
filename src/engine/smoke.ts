// The smoke probe before the first percent step: the policy's requests to the canary, every
// answer must carry the expected status. The detail says what was seen, for the failure message.

import type { Service } from '../policy/types.js';
import type { ProberPort, ServiceSnapshot } from '../rollout/ports.js';
import type { RolloutState } from '../rollout/state.js';
import { CANARY_TAG } from '../policy/names.js';

export async function runSmoke(
  prober: ProberPort | undefined,
  service: Service,
  snap: ServiceSnapshot,
  state: RolloutState,
  baseUrl?: string,
): Promise<{ ok: boolean; detail: string }> {
  const smoke = service.smoke;
  if (!smoke) return { ok: true, detail: 'no smoke probe configured' };
  if (!prober) return { ok: false, detail: 'the policy asks for a smoke probe but no prober is available' };
  const base = baseUrl ?? snap.trafficStatuses.find((t) => t.tag === CANARY_TAG && t.uri)?.uri;
  if (!base) return { ok: false, detail: `no URL for the ${CANARY_TAG} tag of ${state.canary} to probe` };
  const url = base.replace(/\/$/, '') + smoke.path;
  let statuses: number[];
  try {
    statuses = await prober.probe(url, {
      requests: smoke.requests,
      ...(baseUrl && service.routing.header ? { header: service.routing.header } : {}),
    });
  } catch (err) {
    return { ok: false, detail: `probing ${url}: ${(err as Error).message}` };
  }
  const good = statuses.filter((s) => s === smoke.expectStatus).length;
  const seen = new Map<number, number>();
  for (const s of statuses) seen.set(s, (seen.get(s) ?? 0) + 1);
  const summary = [...seen].map(([s, n]) => `${s}×${n}`).join(', ') || 'no answers';
  const ok = statuses.length >= smoke.requests && good === statuses.length;
  return {
    ok,
    detail: `${good}/${smoke.requests} requests to ${url} answered ${smoke.expectStatus} (saw ${summary})`,
  };
}
