// The policy module's public API: text → Policy or every error at once, with positions.
import { createHash } from 'node:crypto';
import { isRecord, type Issue } from './issues.js';
import { normaliseAnalysis, normalisePolicy } from './normalise.js';
import { formatPath, parsePolicyYaml, type PathSeg, type Position } from './parse.js';
import { analysisSchemaIssues, schemaIssues } from './schema.js';
import type { Analysis, PolicyError, ValidationResult } from './types.js';
import { checkAnalysis, checkFiniteNumbers, Collector, semanticIssues } from './validate.js';
import { visible } from './visible.js';

export { formatPolicyError } from './types.js';
export type { Policy, PolicyError, ValidationResult } from './types.js';
export {
  checkAddress,
  checkAddressOrSocket,
  checkCookieName,
  checkFilePath,
  checkHeaderName,
  checkHeaderValue,
  checkHostname,
  checkHttpUrl,
  checkImage,
  checkListenAddress,
  checkNameserver,
  checkPath,
  checkPort,
  checkProjectId,
  checkRegion,
  checkRevisionName,
  checkRunUrl,
  checkServiceName,
  describeChar,
} from './whitelist.js';
export { formatDuration, parseDuration, parsePercent, parseRate } from './units.js';
export { checkRuntimeApiAddress, parseListen, sameSocket } from './listeners.js';
export { formatPath, MAX_ALIASES, MAX_POLICY_BYTES } from './parse.js';
export { policySchema } from './schema.js';

/** sha256 hex of the policy text, for the rollout annotation and the config header. */
export function policyDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The whole pipeline: parse (plain YAML only), schema, semantic + whitelist checks, normalise. */
export function validatePolicyText(text: string, file: string): ValidationResult {
  try {
    return validateUnguarded(text, file);
  } catch (e) {
    // the depth check in parse should make this unreachable; a stack overflow still gets a position
    if (!(e instanceof RangeError)) throw e;
    const message = `the policy is nested too deeply to read (${e.message}); flatten it`;
    return { ok: false, errors: [{ file, line: 1, col: 1, path: '(yaml)', message }] };
  }
}

/** An error found after validation (e.g. by an adapter), placed at `path` in the policy text. */
export function policyErrorAt(text: string, file: string, path: PathSeg[], message: string): PolicyError {
  const parsed = parsePolicyYaml(text, file);
  const locate = parsed.ok ? parsed.parsed.locate : () => ({ line: 1, col: 1 });
  return toError({ path, message }, file, locate);
}

function validateUnguarded(text: string, file: string): ValidationResult {
  const parsed = parsePolicyYaml(text, file);
  if (!parsed.ok) return { ok: false, errors: sortErrors(parsed.errors) };
  const { data, locate } = parsed.parsed;
  const issues = mergeIssues(isRecord(data) ? schemaIssues(data) : [], semanticIssues(data));
  if (issues.length > 0) {
    return { ok: false, errors: sortErrors(issues.map((i) => toError(i, file, locate))) };
  }
  return {
    ok: true,
    policy: normalisePolicy(data as Record<string, unknown>, file, policyDigest(text)),
  };
}

/**
 * Validates and normalises an `analysis:` block given as plain data (the offline replay CLI).
 * There are no positions, so every error is at 1:1; paths start at `analysis`.
 */
export function validateAnalysisBlock(
  raw: unknown,
  file: string,
): { ok: true; analysis: Analysis } | { ok: false; errors: PolicyError[] } {
  const prefix = ['analysis'];
  const c = new Collector();
  if (raw !== undefined) checkFiniteNumbers(raw, prefix, c);
  checkAnalysis(raw, prefix, { servicePath: prefix }, c);
  const schema = raw === undefined ? [] : analysisSchemaIssues(raw, prefix);
  const issues = mergeIssues(schema, c.issues);
  if (issues.length > 0) {
    return {
      ok: false,
      errors: sortErrors(issues.map((i) => toError(i, file, () => ({ line: 1, col: 1 })))),
    };
  }
  return { ok: true, analysis: normaliseAnalysis(isRecord(raw) ? raw : {}) };
}

/**
 * A whitelist message names the offending character; the schema's pattern error for the same
 * value only repeats it less precisely, so it is dropped. Exact duplicates are dropped too.
 */
function mergeIssues(schema: Issue[], semantic: Issue[]): Issue[] {
  const semanticPaths = new Set(semantic.map((i) => formatPath(i.path)));
  const kept = schema.filter((i) => !(i.keyword === 'pattern' && semanticPaths.has(formatPath(i.path))));
  const seen = new Set<string>();
  return [...kept, ...semantic].filter((i) => {
    const key = `${formatPath(i.path)}\n${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toError(
  issue: Issue,
  file: string,
  locate: (path: readonly (string | number)[], at?: 'key' | 'value') => Position,
): PolicyError {
  const pos = issue.locateAt ? locate(issue.locateAt) : locate(issue.path, issue.at);
  // no message may carry a raw control character or line break into a log line or a report
  return {
    file,
    line: pos.line,
    col: pos.col,
    path: visible(formatPath(issue.path)),
    message: visible(issue.message),
  };
}

function sortErrors(errors: PolicyError[]): PolicyError[] {
  return [...errors].sort(
    (a, b) =>
      a.line - b.line || a.col - b.col || a.path.localeCompare(b.path) || a.message.localeCompare(b.message),
  );
}
