// YAML → plain data, keeping the document so any path can be mapped back to line:col.
// Only plain data is accepted: one document, no tags, no directives, unique keys, scalar keys,
// and at most a few aliases that do not nest (so an alias bomb cannot expand).
import {
  Alias,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
} from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { PolicyError } from './types.js';
import { visible } from './visible.js';
import { MAX_DEPTH, tooDeep } from './depth.js';

export { MAX_DEPTH };

export type PathSeg = string | number;

export const MAX_POLICY_BYTES = 1024 * 1024;
/** Enough to share a steps list or an analysis block between services; far too few for a bomb. */
export const MAX_ALIASES = 10;

export interface Position {
  line: number;
  col: number;
}

export interface ParsedYaml {
  data: unknown;
  /** Position of the value at `path` (or of its key with at = 'key'); nearest ancestor if absent. */
  locate(path: readonly PathSeg[], at?: 'key' | 'value'): Position;
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; errors: PolicyError[] };

/** `services[0].steps[2].percent`; odd keys are quoted: `services[0]["a b"]`. */
export function formatPath(path: readonly PathSeg[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

type Doc = Document.Parsed;

export function parsePolicyYaml(text: string, file: string): ParseResult {
  // the YAML library's messages quote the source: no raw control character may pass into a message
  const err = (line: number, col: number, path: string, message: string): PolicyError => ({
    file,
    line,
    col,
    path,
    message: visible(message),
  });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_POLICY_BYTES) {
    const mib = (bytes / MAX_POLICY_BYTES).toFixed(2);
    return {
      ok: false,
      errors: [err(1, 1, '(file)', `is ${bytes} bytes (${mib} MiB); a policy file may be at most 1 MiB`)],
    };
  }
  // YAML 1.2 reads a lone CR as a line break; the parser only knows LF and CRLF (same lines, same columns)
  text = text.replace(/\r(?!\n)/g, '\n');
  const deep = tooDeep(text);
  if (deep !== undefined) {
    const lines = text.slice(0, deep).split('\n');
    return {
      ok: false,
      errors: [
        err(
          lines.length,
          lines[lines.length - 1].length + 1,
          '(yaml)',
          `nesting deeper than ${MAX_DEPTH} levels starts here; a policy needs fewer than 10: flatten the value`,
        ),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const pos = (offset: number): Position => lineCounter.linePos(offset);
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
    return {
      ok: false,
      errors: [err(1, 1, '(root)', 'the policy is empty; it needs at least `version: 1` and `services:`')],
    };
  }
  const errors: PolicyError[] = [];
  if (docs.length > 1) {
    const p = pos(docs[1].range[0]);
    errors.push(
      err(
        p.line,
        p.col,
        '(root)',
        'a second YAML document starts here; a policy file holds exactly one (remove "---")',
      ),
    );
  }
  const doc = docs[0];
  for (const e of doc.errors) {
    const p = pos(e.pos[0]);
    errors.push(err(p.line, p.col, '(yaml)', `YAML syntax error: ${e.message.split('\n')[0]}`));
  }
  if (errors.length > 0) return { ok: false, errors };

  errors.push(...checkDirectives(text, doc, pos, err));
  errors.push(...checkPlainData(text, doc, pos, err));
  if (errors.length > 0) return { ok: false, errors };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 * MAX_ALIASES }) as unknown;
  } catch (e) {
    // the checks above should leave nothing for toJS to refuse; if it does, say so with a position
    return { ok: false, errors: [err(1, 1, '(yaml)', `cannot read the YAML: ${(e as Error).message}`)] };
  }
  return { ok: true, parsed: { data, locate: (path, at = 'value') => pos(offsetOf(doc, path, at)) } };
}

type ErrFn = (line: number, col: number, path: string, message: string) => PolicyError;

/** %YAML and %TAG change how the rest of the file is read; a policy needs neither. */
function checkDirectives(text: string, doc: Doc, pos: (o: number) => Position, err: ErrFn): PolicyError[] {
  const explicitTags = Object.keys(doc.directives.tags).filter((t) => t !== '!!' && t !== '!');
  if (!doc.directives.yaml.explicit && explicitTags.length === 0) return [];
  const m = /^%/m.exec(text);
  const p = pos(m ? m.index : 0);
  return [err(p.line, p.col, '(yaml)', 'YAML directives (%YAML, %TAG) are not allowed; delete the line')];
}

/** Tags, duplicate or complex keys, and aliases beyond the small allowance. */
function checkPlainData(text: string, doc: Doc, pos: (o: number) => Position, err: ErrFn): PolicyError[] {
  const errors: PolicyError[] = [];
  const at = (offset: number, message: string): void => {
    const p = pos(offset);
    errors.push(err(p.line, p.col, '(yaml)', message));
  };
  // Count first: past the limit a single error says why, without judging every alias.
  let aliases = 0;
  let firstOver: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      if (aliases === MAX_ALIASES + 1) firstOver = node;
    },
  });
  if (firstOver) {
    at(
      firstOver.range?.[0] ?? 0,
      `more than ${MAX_ALIASES} YAML aliases (*name) (${aliases} in all); aliases are limited to refuse ` +
        'alias bombs ("billion laughs"); write the values out',
    );
  }
  visit(doc, {
    Alias(_key, node) {
      if (firstOver) return;
      const target = node.resolve(doc);
      if (!target) {
        at(
          node.range?.[0] ?? 0,
          `alias *${JSON.stringify(node.source).slice(1, -1)} has no anchor (&name) before it; define the ` +
            'anchor first, or quote the value if "*" was meant as text',
        );
      } else if (containsAlias(target)) {
        at(
          node.range?.[0] ?? 0,
          `alias *${node.source} points at a node that itself contains aliases; nested aliases are ` +
            'refused (they can expand exponentially); write the values out',
        );
      }
    },
    Node(_key, node) {
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag) {
        const start = node.range?.[0] ?? 0;
        const bang = text.lastIndexOf('!', start);
        at(
          bang >= 0 && start - bang < 200 ? bang : start,
          'YAML tags (like !!str or !custom) are not allowed; write a plain value (quote it to make it a string)',
        );
      }
      if (isMap(node)) checkKeys(node.items, at);
    },
  });
  return errors;
}

function checkKeys(items: unknown[], at: (offset: number, message: string) => void): void {
  const seen = new Map<string, number>();
  for (const pair of items) {
    if (!isPair(pair)) continue;
    const key = pair.key;
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
      const start = (key as YamlNode | null)?.range?.[0] ?? 0;
      at(start, 'keys must be plain words (a list, map, alias or empty key is not allowed here)');
      continue;
    }
    const name = String(key.value);
    const start = key.range?.[0] ?? 0;
    const first = seen.get(name);
    if (first !== undefined)
      at(start, `duplicate key ${JSON.stringify(name)}; each key may appear once in a map`);
    else seen.set(name, start);
  }
}

function containsAlias(node: unknown): boolean {
  let found = false;
  visit(node as YamlNode, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** Walks the document along `path`; stops at the deepest node that exists. */
function offsetOf(doc: Doc, path: readonly PathSeg[], at: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = (node as Alias).resolve(doc);
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return offset;
      const keyNode = pair.key as YamlNode;
      if (last && at === 'key') return keyNode.range?.[0] ?? offset;
      const value = pair.value as YamlNode | null;
      // `key:` with nothing after it: point at the key
      if (
        !value ||
        !value.range ||
        (isScalar(value) && value.value === null && value.range[0] === value.range[1])
      ) {
        return keyNode.range?.[0] ?? offset;
      }
      node = value;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
    } else {
      return offset;
    }
    offset = (node as YamlNode | null)?.range?.[0] ?? offset;
  }
  return offset;
}
