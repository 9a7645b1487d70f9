// Prints the Markdown policy reference generated from src/policy/traffic-policy.schema.json;
// with --readme, rewrites the reference section of README.md in place (a test keeps it current).
import { readFileSync, writeFileSync } from 'node:fs';
import { README_END, README_START, readmeReference, renderSchemaDoc } from '../src/policy/schema-doc.js';
import { policySchema } from '../src/policy/schema.js';

if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < 0) throw new Error('README.md has no policy-reference markers');
  const schema = policySchema as unknown as Record<string, unknown>;
  writeFileSync('README.md', readme.slice(0, start) + readmeReference(schema) + readme.slice(end + README_END.length));
} else {
  process.stdout.write(renderSchemaDoc(policySchema as unknown as Record<string, unknown>));
}
