// JSON Schema validation (the same schema editors use) with errors turned into plain
// sentences that say what would be valid.
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from './traffic-policy.schema.json' with { type: 'json' };
import { describeValue, isRecord, type Issue } from './issues.js';
import type { PathSeg } from './parse.js';
import { suggest } from './suggest.js';

export const policySchema: Record<string, unknown> = schemaJson;

let compiled: { policy: ValidateFunction; analysis: ValidateFunction } | undefined;

function validators(): { policy: ValidateFunction; analysis: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    // VS Code's and yaml-language-server's custom message keyword; an annotation for ajv.
    ajv.addKeyword('patternErrorMessage');
    const policy = ajv.compile(policySchema);
    const analysis = ajv.getSchema(`${String(policySchema.$id)}#/definitions/analysis`);
    if (!analysis) throw new Error('traffic-policy.schema.json lacks definitions/analysis');
    compiled = { policy, analysis };
  }
  return compiled;
}

export function schemaIssues(data: unknown): Issue[] {
  return run(validators().policy, data, []);
}

/** Validates a bare `analysis:` block; paths are prefixed with `prefix`. */
export function analysisSchemaIssues(data: unknown, prefix: PathSeg[]): Issue[] {
  return run(validators().analysis, data, prefix);
}

function run(validate: ValidateFunction, data: unknown, prefix: PathSeg[]): Issue[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => toIssue(e, data, prefix));
}

/** JSON pointer → path segments; array indices become numbers (the data says which are). */
export function pointerToPath(pointer: string, data: unknown): PathSeg[] {
  if (pointer === '') return [];
  const out: PathSeg[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(seg));
      node = node[Number(seg)];
    } else {
      out.push(seg);
      node = isRecord(node) ? node[seg] : undefined;
    }
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  null: 'empty',
};

/** `; valid: 1–100`, `; valid: above 0 and below 1`: the field's whole range, for bound errors. */
function range(schema: Record<string, unknown>): string {
  const n = (k: string) => (typeof schema[k] === 'number' ? String(schema[k]) : undefined);
  const lo = n('minimum') ?? (n('exclusiveMinimum') && `above ${n('exclusiveMinimum')}`);
  const hi = n('maximum') ?? (n('exclusiveMaximum') && `below ${n('exclusiveMaximum')}`);
  if (lo && hi)
    return lo.startsWith('above') || hi.startsWith('below')
      ? `; valid: ${lo} and ${hi}`
      : `; valid: ${lo}–${hi}`;
  if (lo) return `; valid: ${lo.startsWith('above') ? lo : `${lo} or more`}`;
  if (hi) return `; valid: ${hi.startsWith('below') ? hi : `${hi} or less`}`;
  return '';
}

function toIssue(e: ErrorObject, root: unknown, prefix: PathSeg[]): Issue {
  const path = [...prefix, ...pointerToPath(e.instancePath, root)];
  const data: unknown = e.data;
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const p = e.params as Record<string, unknown>;
  const base = { path, keyword: e.keyword };
  // YAML's .nan / .inf: one clear message (the semantic check says the same, so it dedupes)
  if (typeof data === 'number' && !Number.isFinite(data))
    return { ...base, message: `${data} is not a finite number` };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((parent.properties as Record<string, unknown>) ?? {});
      const guess = suggest(key, known);
      const hint =
        key === '<<'
          ? 'YAML merge keys are not supported; use an alias for a whole value (steps: *standard); '
          : guess
            ? `did you mean "${guess}"? `
            : '';
      const extension = path.length === 0 ? ' (or an x- key, which is ignored)' : '';
      return {
        ...base,
        path: [...path, key],
        at: 'key',
        message: `unknown key ${JSON.stringify(key)}; ${hint}valid keys here: ${known.join(', ')}${extension}`,
      };
    }
    case 'required': {
      const key = String(p.missingProperty);
      return { ...base, path: [...path, key], locateAt: path, message: `missing required key "${key}"` };
    }
    case 'type': {
      const want = String(p.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      // "quote it" only when the quoted value would be valid; else the value's own syntax hint
      const scalar = typeof data === 'number' || typeof data === 'boolean';
      const pattern = typeof parent.pattern === 'string' ? new RegExp(parent.pattern, 'u') : undefined;
      const hint =
        p.type === 'string' && scalar && (!pattern || pattern.test(String(data)))
          ? `; quote it: "${String(data)}"`
          : typeof parent.patternErrorMessage === 'string'
            ? `; ${parent.patternErrorMessage}`
            : '';
      return { ...base, message: `must be ${want}, got ${describeValue(data)}${hint}` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof data === 'string' ? suggest(data, allowed) : undefined;
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return { ...base, message: `${describeValue(data)} is not one of ${allowed.join(', ')}${hint}` };
    }
    case 'const':
      return {
        ...base,
        message: `must be ${JSON.stringify(p.allowedValue)}, got ${describeValue(data)}${path.join('.') === 'version' ? ' (version 1 is the only policy format)' : ''}`,
      };
    case 'maximum':
      return {
        ...base,
        message: `${String(data)} is above ${String(p.limit)} (the largest allowed)${range(parent)}`,
      };
    case 'minimum':
      return {
        ...base,
        message: `${String(data)} is below ${String(p.limit)} (the smallest allowed)${range(parent)}`,
      };
    case 'exclusiveMaximum':
      return { ...base, message: `${String(data)} must be below ${String(p.limit)}${range(parent)}` };
    case 'exclusiveMinimum':
      return { ...base, message: `${String(data)} must be above ${String(p.limit)}${range(parent)}` };
    case 'minItems':
      return { ...base, message: `must list at least ${String(p.limit)} item(s)` };
    case 'maxItems': {
      const n = Array.isArray(data) ? data.length : '?';
      const lo = typeof parent.minItems === 'number' ? `${parent.minItems}–` : 'at most ';
      return { ...base, message: `lists ${n} items; valid: ${lo}${String(p.limit)}` };
    }
    case 'minLength':
      return { ...base, message: 'must not be empty' };
    case 'pattern': {
      const why =
        typeof parent.patternErrorMessage === 'string'
          ? parent.patternErrorMessage
          : `match ${String(p.pattern)}`;
      return { ...base, message: `${JSON.stringify(data)} is not valid: ${why}` };
    }
    case 'minProperties':
    case 'maxProperties': {
      const known = Object.keys((parent.properties as Record<string, unknown>) ?? {});
      return { ...base, message: `must hold exactly one of ${known.join(', ')}` };
    }
    default:
      return { ...base, message: e.message ?? `fails the schema rule "${e.keyword}"` };
  }
}
