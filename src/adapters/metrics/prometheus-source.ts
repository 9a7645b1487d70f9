// A MetricSource for one side (canary or stable) read from Prometheus with a QuerySet.
import { parsePromValue, type PrometheusClient, type PromResult } from './prometheus.js';
import { fillQuery, type PlaceholderValues, type QuerySet } from './queries.js';
import { histogramFromLe, type CumulativeSample } from '../../analysis/counters.js';
import type { MetricSource } from './source.js';

export interface CustomQuery {
  name: string;
  /** PromQL with {{revision}}, {{backend}}, {{service}}, {{window}} placeholders */
  query: string;
}

export interface PrometheusSourceOptions {
  client: PrometheusClient;
  queries: QuerySet;
  /** e.g. "canary (backend checkout_canary)" */
  label: string;
  startedAt: number;
  /** what the custom queries' placeholders stand for on this side */
  placeholders?: PlaceholderValues;
  custom?: CustomQuery[];
}

export function prometheusSource(opts: PrometheusSourceOptions): MetricSource {
  // Fill the user's placeholders once so a bad value fails when the source is made, not mid-stage.
  const custom = opts.custom ?? [];
  for (const c of custom)
    fillQuery(c.query, { ...opts.placeholders, window: '1s' }, `custom metric ${c.name}`);
  return {
    anchor: opts.queries.anchor,
    label: opts.label,
    async sample(at: number): Promise<CumulativeSample> {
      const seconds = Math.ceil((at - opts.startedAt) / 1000);
      const needsWindow = opts.queries.anchor === 'since-stage-start';
      if (needsWindow && seconds < 1) {
        return { requests: null, errors: null, notes: ['the stage has just started; nothing to read yet'] };
      }
      const values: PlaceholderValues = { ...opts.placeholders, window: `${Math.max(seconds, 1)}s` };
      const q = (query: string, what: string) => opts.client.query(fillQuery(query, values, what), at);
      const [req, err, lat, ...cust] = await Promise.all([
        q(opts.queries.requests, 'requests query'),
        q(opts.queries.errors, 'errors query'),
        opts.queries.latencyBuckets ? q(opts.queries.latencyBuckets, 'latency query') : Promise.resolve(null),
        ...custom.map((c) => q(c.query, `custom metric ${c.name}`)),
      ]);
      const notes: string[] = [];
      const requests = single(req, 'requests', notes);
      let errors = single(err, 'errors', notes);
      if (errors === null && requests !== null && opts.queries.errorsAbsentIsZero) errors = 0;
      const out: CumulativeSample = { requests, errors, notes };
      if (lat) out.latency = latencyFrom(lat, notes);
      if (custom.length > 0) {
        out.custom = Object.fromEntries(
          custom.map((c, i) => [c.name, single(cust[i], `custom ${c.name}`, notes)]),
        );
      }
      return out;
    },
  };
}

/** One number from an instant query: empty → null (missing), several series → their sum (noted). */
function single(r: PromResult, what: string, notes: string[]): number | null {
  switch (r.type) {
    case 'scalar':
      return r.value;
    case 'vector':
      if (r.samples.length === 0) return null;
      if (r.samples.length > 1) notes.push(`${what} query returned ${r.samples.length} series; summed them`);
      return r.samples.reduce((s, x) => s + x.value, 0);
    default:
      notes.push(`${what} query returned a ${r.type}; expected one number`);
      return null;
  }
}

function latencyFrom(r: PromResult, notes: string[]) {
  if (r.type !== 'vector' || r.samples.length === 0) return null;
  const buckets = r.samples.map((s) => ({ le: parsePromValue(s.metric.le), count: s.value }));
  if (buckets.some((b) => Number.isNaN(b.le))) {
    notes.push('latency query returned series without an "le" label; use sum by (le) (…_bucket)');
    return null;
  }
  const h = histogramFromLe(buckets);
  if (!h) notes.push('latency buckets have no +Inf bucket or are not cumulative');
  return h;
}
