// The README's policy reference is generated from the schema; it must not drift from it.
import { readFileSync } from 'node:fs';
import { readmeReference } from '../../src/policy/schema-doc.js';
import { policySchema } from '../../src/policy/schema.js';

test('README policy reference matches the schema (npm run schema-doc -- --readme)', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain(readmeReference(policySchema));
});
