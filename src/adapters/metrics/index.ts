// Metric sources (read-only adapters) and the observer that feeds the judge.
export {
  createObserver,
  defaultSources,
  type DefaultSourceDeps,
  type SourceFactory,
  type StageSources,
} from './observer.js';
export { createPoller, type MetricSource, type Poller, type SourceAnchor } from './source.js';
export { counterDelta, histogramFromLe, pollStep, type CumulativeSample } from '../../analysis/counters.js';
export { PrometheusClient, PrometheusError, parsePromValue, type PromResult } from './prometheus.js';
export { prometheusSource, type CustomQuery } from './prometheus-source.js';
export {
  cloudRunGmpQueries,
  fillQuery,
  haproxyBackendName,
  haproxyExporterQueries,
  type QuerySet,
} from './queries.js';
export {
  CloudMonitoringError,
  cloudMonitoringSources,
  createMonitoringClient,
  DEFAULT_INGESTION_DELAY_MS,
  distributionToHistogram,
  monitoringClientOptions,
  type TimeSeriesLister,
} from './cloud-monitoring.js';
export { backendCounts, haproxyStatSources, type StatReader } from './haproxy-stat.js';
