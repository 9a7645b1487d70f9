// Numbers as reports and logs print them (one formatter each).

/** Rounded, with thousands separators: 12,345. */
export const formatInt = (n: number) => Math.round(n).toLocaleString('en-US');

/** A fraction as a percent with at most `digits` decimals: 0.0123 → "1.23%". */
export const formatPercent = (fraction: number, digits = 2) => `${Number((fraction * 100).toFixed(digits))}%`;
