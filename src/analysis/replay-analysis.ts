// The replay line's `analysis` block → the normalised Analysis, through the policy validator so a
// replay accepts exactly what a policy file accepts (same defaults, same messages).
import { validateAnalysisBlock } from '../policy/index.js';
import type { Analysis } from '../policy/types.js';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export type AnalysisResult = { ok: true; analysis: Analysis } | { ok: false; errors: string[] };

/** `at` is "file:line"; the validator's own positions (always 1:1 for plain data) are dropped. */
export function convertAnalysisBlock(raw: unknown, at: string): AnalysisResult {
  if (raw === undefined)
    return { ok: false, errors: [`${at}: analysis: missing; give the policy's analysis block`] };
  // The polls are given, so where they came from does not matter: without `source` or `prometheus`
  // the block is checked as a Cloud Monitoring one, which needs no URL and allows every metric.
  const sourceless = isObj(raw) && raw.source === undefined && raw.prometheus === undefined;
  const result = validateAnalysisBlock(sourceless ? { ...raw, source: 'cloud-monitoring' } : raw, at);
  if (result.ok) return result;
  return { ok: false, errors: result.errors.map((e) => `${at}: ${e.path}: ${e.message}`) };
}
