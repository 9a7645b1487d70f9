// The JSON Schema that ships for editors: documented everywhere, consistent with the
// normaliser's defaults, and rendered into the Markdown reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { policySchema, validatePolicyText } from '../../src/policy/index.js';
import { renderSchemaDoc, undocumentedProperties } from '../../src/policy/schema-doc.js';
import { suggest } from '../../src/policy/suggest.js';

test('every property in the schema has a description', () => {
  expect(undocumentedProperties(policySchema)).toEqual([]);
});

test('undocumentedProperties finds a missing description', () => {
  const schema = {
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'string', description: 'x' } },
  };
  expect(undocumentedProperties(schema)).toEqual(['.a']);
});

test('the schema file on disk is the one the validator uses', () => {
  const onDisk = JSON.parse(
    readFileSync(join(process.cwd(), 'src/policy/traffic-policy.schema.json'), 'utf8'),
  );
  expect(onDisk).toEqual(policySchema);
});

test('a plain draft-07 validator (as editors use) accepts every valid fixture', () => {
  const ajv = new Ajv({ strict: false });
  const validate = ajv.compile(policySchema);
  const dir = join(process.cwd(), 'fixtures/policies/valid');
  for (const f of [
    'example.yaml',
    'minimal.yaml',
    'cloud-run-split.yaml',
    'url-based.yaml',
    'multi-service.yaml',
  ]) {
    const ok = validate(parse(readFileSync(join(dir, f), 'utf8')));
    expect([f, ok, validate.errors ?? null]).toEqual([f, true, null]);
  }
});

function schemaDefault(path: string[]): unknown {
  let node: Record<string, unknown> = policySchema;
  const defs = policySchema.definitions as Record<string, Record<string, unknown>>;
  for (const key of path) {
    const next = (node.properties as Record<string, Record<string, unknown>>)[key];
    node =
      typeof next.$ref === 'string' && next.default === undefined ? defs[next.$ref.split('/').pop()!] : next;
    if (node.type === 'array' && node.items && key !== path[path.length - 1]) {
      const items = node.items as Record<string, unknown>;
      node = typeof items.$ref === 'string' ? defs[items.$ref.split('/').pop()!] : items;
    }
  }
  return node.default;
}

test('schema defaults agree with the normalised defaults', () => {
  const r = validatePolicyText(
    readFileSync(join(process.cwd(), 'fixtures/policies/valid/minimal.yaml'), 'utf8'),
    'minimal.yaml',
  );
  if (!r.ok) throw new Error('minimal.yaml must validate');
  const h = r.policy.haproxy;
  const s = r.policy.services[0];
  const table: [string[], unknown][] = [
    [['haproxy', 'output'], h.output],
    [['haproxy', 'bind'], h.bind],
    [['haproxy', 'redirect-http'], h.redirectHttp],
    [['haproxy', 'http-bind'], h.httpBind],
    [['haproxy', 'stats-socket'], h.statsSocket],
    [['haproxy', 'prometheus-bind'], h.prometheusBind],
    [['haproxy', 'map-file'], h.mapFile],
    [['haproxy', 'ca-file'], h.caFile],
    [['haproxy', 'limits', 'max-connections'], h.limits.maxConnections],
    [['split-at'], r.policy.splitAt],
    [['services', 'promote'], s.promote],
    [['services', 'health', 'path'], s.health.path],
    [['services', 'analysis', 'min-requests'], s.analysis.minRequests],
    [['services', 'analysis', 'alpha'], s.analysis.alpha],
  ];
  for (const [path, value] of table)
    expect([path.join('.'), schemaDefault(path)]).toEqual([path.join('.'), value]);
});

test('the Markdown reference lists every section and key', () => {
  const doc = renderSchemaDoc(policySchema);
  for (const heading of [
    '## Top level',
    '## `haproxy`',
    '## `services[]`',
    '## `services[].routing.header`',
    '## `services[].steps[]`',
    '## `services[].analysis.metrics[].latency`',
  ]) {
    expect(doc).toContain(heading);
  }
  for (const key of [
    'sticky-cookie',
    'header-only',
    'vs-baseline',
    'prometheus-bind',
    'rate-per-ip',
    'expect-status',
  ]) {
    expect(doc).toMatch(new RegExp(`^\\| \`${key}\``, 'm'));
  }
  expect(doc).toContain('| `split-at` | `haproxy` \\| `cloud-run` | `"haproxy"` |');
});

test.each([
  ['hots', ['hosts', 'paths'], 'hosts'],
  ['stickyCookie', ['header', 'sticky-cookie'], 'sticky-cookie'],
  ['min_requests', ['min-requests', 'metrics'], 'min-requests'],
  ['Promote', ['promote'], 'promote'],
  ['gradul', ['on-merge', 'gradual', 'auto'], 'gradual'],
  ['zzzzzz', ['hosts', 'paths'], undefined],
])('suggest(%s) = %s', (word, candidates, expected) => {
  expect(suggest(word, candidates)).toBe(expected);
});
