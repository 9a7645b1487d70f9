// Prints the Markdown policy reference generated from src/policy/traffic-policy.schema.json.
// Usage: npx tsx scripts/schema-doc.ts > docs/policy-reference.md (the README includes it).
import { renderSchemaDoc } from '../src/policy/schema-doc.js';
import { policySchema } from '../src/policy/schema.js';

process.stdout.write(renderSchemaDoc(policySchema));
