// Health checks must not dilute the judge's counts (issue 12). HAProxy's own counters (show stat,
// its Prometheus exporter) never count checks, but Cloud Run's request_count (Cloud Monitoring,
// or Google Managed Prometheus) counts every request that reached the revision, the checks of
// every HAProxy instance included: a revision answering 200 to each check looks healthier and
// busier than its real traffic. Checks run on a fixed schedule (`inter`), so their number in a
// window is known: floor(window / interval) per check stream (+1 at the window's edges; HAProxy
// starts a check `inter` after the previous one ended, so slow checks make a few fewer: the
// correction then errs towards fewer canary requests, never towards dilution). Under split-at haproxy each revision has its own tag backend: one stream per HAProxy
// instance. Under split-at cloud-run the service-URL backend's checks are split by Cloud Run like
// any request (share p to the canary) besides the canary tag backend's own: canary 1 + p, stable
// 1 − p streams per instance. This wrapper subtracts them from a since-stage-start source.
import type { CumulativeSample } from '../../analysis/counters.js';
import type { MetricSource } from './source.js';

export interface HealthCheckLoad {
  intervalMs: number;
  /** check streams reaching the revision (HAProxy instances × the share described above) */
  streams: number;
}

/** Health-check requests a revision receives in a window of `windowMs`. */
export function expectedChecks(windowMs: number, load: HealthCheckLoad): number {
  if (windowMs <= 0) return 0;
  return Math.floor(Math.floor(windowMs / load.intervalMs) * load.streams);
}

/** The check streams per side for `instances` HAProxy instances at canary percent `percent`. */
export function checkStreams(splitAt: 'haproxy' | 'cloud-run', instances: number, percent: number) {
  const p = splitAt === 'cloud-run' ? Math.min(Math.max(percent, 0), 100) / 100 : 0;
  return { canary: instances * (1 + p), stable: instances * (1 - p) };
}

/** `source` with the expected health checks since `startedAt` taken out of its requests. */
export function withoutHealthChecks(
  source: MetricSource,
  load: HealthCheckLoad,
  startedAt: number,
): MetricSource {
  if (source.anchor !== 'since-stage-start') return source; // only totals since the stage start
  return {
    anchor: source.anchor,
    label: source.label,
    lagMs: source.lagMs,
    async sample(at: number): Promise<CumulativeSample> {
      const s = await source.sample(at);
      if (s.requests === null) return s;
      const checks = expectedChecks((s.asOf ?? at) - startedAt, load);
      const requests = Math.max(s.requests - checks, s.errors ?? 0, 0);
      const note = `${s.requests - requests} health-check request(s) taken out of ${source.label} (one every ${load.intervalMs / 1000} s × ${load.streams} check stream(s))`;
      return { ...s, requests, notes: [...(s.notes ?? []), note] };
    },
  };
}
