// Markdown reference for traffic-policy.yaml, generated from the JSON Schema so the README
// and the editor hints cannot drift apart. One table per map, in document order.

type Schema = Record<string, unknown>;

interface Section {
  path: string;
  description: string;
  rows: string[];
}

/** `#/definitions/x` → the definition, merged with the referring schema's own keywords. */
function resolve(node: Schema, root: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = ref.replace('#/definitions/', '');
  const target = (root.definitions as Record<string, Schema>)[name];
  const { $ref: _ignored, ...own } = node;
  return { ...resolve(target, root), ...own };
}

function typeOf(s: Schema, root: Schema): string {
  if ('const' in s) return `\`${JSON.stringify(s.const)}\``;
  if (Array.isArray(s.enum)) return s.enum.map((v) => `\`${String(v)}\``).join(' | ');
  if (s.type === 'array') {
    const items = resolve((s.items ?? {}) as Schema, root);
    return `list of ${typeOf(items, root)}`;
  }
  if (s.type === 'object') return 'map';
  if (Array.isArray(s.type)) return s.type.map((t) => typeOf({ ...s, type: t }, root)).join(' or ');
  return String(s.type ?? 'any');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function walk(node: Schema, root: Schema, path: string, sections: Section[]): void {
  const s = resolve(node, root);
  if (s.type === 'array') {
    walk((s.items ?? {}) as Schema, root, `${path}[]`, sections);
    return;
  }
  const props = s.properties as Record<string, Schema> | undefined;
  if (s.type !== 'object' || !props) return;
  const required = new Set((s.required as string[] | undefined) ?? []);
  const section: Section = { path, description: String(s.description ?? ''), rows: [] };
  sections.push(section);
  for (const [key, raw] of Object.entries(props)) {
    const p = resolve(raw, root);
    const def = p.default === undefined ? '' : `\`${JSON.stringify(p.default)}\``;
    section.rows.push(
      `| \`${key}\`${required.has(key) ? ' (required)' : ''} | ${cell(typeOf(p, root))} | ${cell(def)} | ${cell(String(p.description ?? ''))} |`,
    );
  }
  for (const [pattern, raw] of Object.entries((s.patternProperties as Record<string, Schema>) ?? {})) {
    section.rows.push(`| keys matching \`${pattern}\` | any |  | ${cell(String(raw.description ?? ''))} |`);
  }
  for (const [key, raw] of Object.entries(props))
    walk(raw, root, path === '' ? key : `${path}.${key}`, sections);
}

export function renderSchemaDoc(schema: Schema): string {
  const sections: Section[] = [];
  walk(schema, schema, '', sections);
  const out = [`# ${String(schema.title ?? 'Policy reference')}`, '', String(schema.description ?? ''), ''];
  for (const s of sections) {
    if (s.path === '') out.push('## Top level', '');
    else out.push(`## \`${s.path}\``, '', s.description, '');
    out.push('| key | type | default | description |', '| --- | --- | --- | --- |', ...s.rows, '');
  }
  return out.join('\n');
}

export const README_START = '<!-- policy-reference:start (generated: npm run schema-doc -- --readme) -->';
export const README_END = '<!-- policy-reference:end -->';

/** The reference as the README carries it: headings two levels down, between markers. */
export function readmeReference(schema: Schema): string {
  const body = renderSchemaDoc(schema)
    .split('\n')
    .slice(2) // the README has its own heading
    .map((l) => (l.startsWith('#') ? `##${l}` : l))
    .join('\n')
    .trim();
  return `${README_START}\n${body}\n${README_END}`;
}

/** Every property (at any depth) that lacks a description, as schema paths. */
export function undocumentedProperties(schema: Schema): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null) return;
    const s = node as Schema;
    const props = s.properties as Record<string, Schema> | undefined;
    for (const [key, p] of Object.entries(props ?? {})) {
      const resolved = resolve(p, schema);
      if (typeof resolved.description !== 'string' || resolved.description === '')
        missing.push(`${path}.${key}`);
      visit(p, `${path}.${key}`);
    }
    if (s.items) visit(s.items, `${path}[]`);
  };
  visit(schema, '');
  for (const [name, def] of Object.entries((schema.definitions as Record<string, Schema>) ?? {})) {
    visit(def, `#/definitions/${name}`);
  }
  return missing;
}
