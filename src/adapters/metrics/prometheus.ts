// A small client for the Prometheus HTTP API (/api/v1/query, /api/v1/query_range).
// Prometheus answers `{status, data}` or `{status: "error", errorType, error}`; sample values are
// strings ("1", "NaN", "+Inf"). Every failure names the query and the URL so a user can paste the
// query into the Prometheus UI and see the same thing.

export type PromLabels = Record<string, string>;

export interface PromInstant {
  metric: PromLabels;
  /** unix time in ms */
  t: number;
  value: number;
}

export interface PromSeries {
  metric: PromLabels;
  points: { t: number; value: number }[];
}

export type PromResult =
  | { type: 'vector'; samples: PromInstant[] }
  | { type: 'scalar'; t: number; value: number }
  | { type: 'string'; t: number; value: string }
  | { type: 'matrix'; series: PromSeries[] };

export type PromErrorKind = 'query' | 'http' | 'timeout' | 'network' | 'response';

export class PrometheusError extends Error {
  constructor(
    readonly kind: PromErrorKind,
    message: string,
    readonly query: string,
    readonly url: string,
    /** Prometheus's errorType (bad_data, execution, timeout, …) when it sent one */
    readonly errorType?: string,
  ) {
    super(message);
    this.name = 'PrometheusError';
  }
}

export interface PrometheusClientOptions {
  /** base URL, e.g. http://prometheus.internal:9090 (a path prefix is kept) */
  url: string;
  timeoutMs?: number;
  /** extra headers, e.g. Authorization for Google Managed Prometheus */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** Prometheus encodes sample values as strings, including the special floats. */
export function parsePromValue(s: unknown): number {
  if (typeof s !== 'string') return NaN;
  switch (s) {
    case 'NaN':
      return NaN;
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
  }
  const v = Number(s);
  return s.trim() === '' ? NaN : v;
}

type Pair = [number, string];

export class PrometheusClient {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly opts: PrometheusClientOptions) {
    let u: URL;
    try {
      u = new URL(opts.url);
    } catch {
      throw new Error(`Prometheus URL "${opts.url}" is not a URL; give one like http://prometheus:9090`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      throw new Error(`Prometheus URL "${opts.url}" must be http:// or https://`);
    }
    this.base = u.toString().replace(/\/+$/, '');
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.fetchFn = opts.fetch ?? fetch;
  }

  /** An instant query evaluated at `timeMs` (default: Prometheus's now). */
  async query(expr: string, timeMs?: number): Promise<PromResult> {
    const params: Record<string, string> = { query: expr };
    if (timeMs !== undefined) params.time = toPromTime(timeMs);
    return this.call('/api/v1/query', expr, params);
  }

  /** A range query; the result is always a matrix. */
  async queryRange(expr: string, startMs: number, endMs: number, stepMs: number): Promise<PromSeries[]> {
    const params = {
      query: expr,
      start: toPromTime(startMs),
      end: toPromTime(endMs),
      step: `${Math.max(stepMs, 1) / 1000}`,
    };
    const r = await this.call('/api/v1/query_range', expr, params);
    if (r.type !== 'matrix') {
      throw new PrometheusError(
        'response',
        `expected a matrix, got ${r.type}`,
        expr,
        this.base + '/api/v1/query_range',
      );
    }
    return r.series;
  }

  private async call(path: string, expr: string, params: Record<string, string>): Promise<PromResult> {
    const url = this.base + path;
    const where = `query ${JSON.stringify(expr)} at ${url}`;
    let res: Response;
    try {
      // POST keeps long queries out of URL length limits; Prometheus accepts both.
      res = await this.fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.opts.headers },
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError' || err.name === 'AbortError') {
        throw new PrometheusError(
          'timeout',
          `Prometheus did not answer within ${this.timeoutMs} ms for ${where}; check the URL and that Prometheus is up`,
          expr,
          url,
        );
      }
      const cause = (err as { cause?: Error }).cause?.message;
      throw new PrometheusError(
        'network',
        `cannot reach Prometheus for ${where}: ${err.message}${cause ? ` (${cause})` : ''}`,
        expr,
        url,
      );
    }
    const text = await res.text().catch(() => '');
    let body: { status?: string; data?: unknown; errorType?: string; error?: string } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = undefined;
    }
    if (body?.status === 'error') {
      throw new PrometheusError(
        'query',
        `Prometheus rejected ${where} (${body.errorType ?? 'error'}): ${body.error ?? 'no message'}`,
        expr,
        url,
        body.errorType,
      );
    }
    if (!res.ok) {
      throw new PrometheusError(
        'http',
        `Prometheus answered HTTP ${res.status} for ${where}: ${text.slice(0, 200) || res.statusText}`,
        expr,
        url,
      );
    }
    if (body?.status !== 'success' || typeof body.data !== 'object' || body.data === null) {
      throw new PrometheusError(
        'response',
        `Prometheus sent an unexpected answer for ${where}: ${text.slice(0, 200)}`,
        expr,
        url,
      );
    }
    return parseData(body.data as { resultType?: string; result?: unknown }, expr, url);
  }
}

function toPromTime(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function parseData(data: { resultType?: string; result?: unknown }, expr: string, url: string): PromResult {
  const r = data.result;
  switch (data.resultType) {
    case 'vector':
      return {
        type: 'vector',
        samples: (r as { metric: PromLabels; value: Pair }[]).map((s) => ({
          metric: s.metric ?? {},
          t: s.value[0] * 1000,
          value: parsePromValue(s.value[1]),
        })),
      };
    case 'matrix':
      return {
        type: 'matrix',
        series: (r as { metric: PromLabels; values: Pair[] }[]).map((s) => ({
          metric: s.metric ?? {},
          points: (s.values ?? []).map(([t, v]) => ({ t: t * 1000, value: parsePromValue(v) })),
        })),
      };
    case 'scalar': {
      const [t, v] = r as Pair;
      return { type: 'scalar', t: t * 1000, value: parsePromValue(v) };
    }
    case 'string': {
      const [t, v] = r as Pair;
      return { type: 'string', t: t * 1000, value: v };
    }
    default:
      throw new PrometheusError(
        'response',
        `unknown resultType ${data.resultType} for query ${expr}`,
        expr,
        url,
      );
  }
}
