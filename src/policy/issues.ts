// A problem found before positions are known: a path into the data plus a message.
import type { PathSeg } from './parse.js';

export interface Issue {
  /** the path shown in the message, e.g. services[0].steps[2].percent */
  path: PathSeg[];
  message: string;
  /** where to point: the key itself (unknown keys) or its value (default) */
  at?: 'key' | 'value';
  /** point at this path instead (e.g. a missing key is reported at its parent map) */
  locateAt?: PathSeg[];
  /** which JSON Schema keyword produced it; absent for semantic checks */
  keyword?: string;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How a value reads in a message: `the string "x"`, `the number 5`, `a list`. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}
