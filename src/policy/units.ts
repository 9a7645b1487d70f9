// The policy's value syntaxes: durations (`1h30m`, `500ms`), percentages (`1%`), rates (`200/10s`).

const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** Milliseconds, or undefined when `text` is not a duration. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const [h, min, s, ms] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  return ((h * 60 + min) * 60 + s) * 1000 + ms;
}

/** `1%` → 1 (percent, not fraction); undefined when not a percentage. */
export function parsePercent(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^\d+(\.\d+)?%$/.test(text)) return undefined;
  return Number(text.slice(0, -1));
}

/** `200/10s` → { count: 200, periodMs: 10000 }. */
export function parseRate(text: unknown): { count: number; periodMs: number } | undefined {
  if (typeof text !== 'string') return undefined;
  const slash = text.indexOf('/');
  if (slash <= 0 || !/^\d+$/.test(text.slice(0, slash))) return undefined;
  const periodMs = parseDuration(text.slice(slash + 1));
  return periodMs === undefined ? undefined : { count: Number(text.slice(0, slash)), periodMs };
}

/** `1h30m`, `10m`, `500ms`: the shortest policy duration for `ms` (inverse of parseDuration). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join('');
}

/** A bake time in its largest whole unit: "10m", "90s", "1500ms" (plan rows and reports). */
export function formatBake(ms: number): string {
  if (ms > 0 && ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms > 0 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
