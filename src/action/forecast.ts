// The plan's stage-duration forecast: recent traffic of each service that will run a canary, read
// from its error-rate metric's source (adapters/metrics/recent-traffic.ts), turned into report lines
// (analysis/forecast-stage.ts). A source that cannot be read gives one line saying so; nothing here
// fails the run.
import type { Inputs } from './inputs.js';
import type { Plan } from '../plan/plan.js';
import type { Policy } from '../policy/types.js';
import { forecastLines, type RecentTrafficRead } from '../analysis/forecast-stage.js';

/** The whole read gives up after this long (a source that hangs must not hold the run). */
export const FORECAST_TIMEOUT_MS = 15_000;

export async function stageForecasts(
  policy: Policy,
  plan: Plan,
  inputs: Pick<Inputs, 'monitoringEndpoint'>,
  now = Date.now(),
): Promise<Record<string, string[]>> {
  const canaries = new Set(
    plan.services.filter((p) => p.change === 'added' || p.change === 'release').map((p) => p.name),
  );
  const services = policy.services.filter((s) => canaries.has(s.name));
  if (!services.length) return {};
  // the adapters (HTTP, gRPC) load only when a forecast is wanted
  const [{ errorRateSource, readRecentTraffic }, { HaproxyRuntime }] = await Promise.all([
    import('../adapters/metrics/recent-traffic.js'),
    import('../adapters/haproxy-runtime.js'),
  ]);
  const api = policy.haproxy.runtimeApis?.[0] ?? policy.haproxy.runtimeApi;
  const deps = {
    splitAt: policy.splitAt,
    runtime: api ? new HaproxyRuntime(api, { timeoutMs: 5000 }) : undefined,
    monitoringEndpoint: inputs.monitoringEndpoint,
    timeoutMs: 10_000,
  };
  const out: Record<string, string[]> = {};
  await Promise.all(
    services.map(async (s) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<RecentTrafficRead>((resolve) => {
        timer = setTimeout(
          () =>
            resolve({
              ok: false,
              from: errorRateSource(s),
              error: `no answer within ${FORECAST_TIMEOUT_MS / 1000} s`,
            }),
          FORECAST_TIMEOUT_MS,
        );
      });
      const read = await Promise.race([readRecentTraffic(s, deps, now), late]).finally(() =>
        clearTimeout(timer),
      );
      out[s.name] = forecastLines(s, read);
    }),
  );
  return out;
}
