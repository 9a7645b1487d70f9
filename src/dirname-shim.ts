// google-gax (under @google-cloud/run) reads __dirname while it loads; an ESM bundle has none.
// This module must be the first import of the entry so the globals exist before gax loads.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __dirname?: string; __filename?: string };
if (typeof g.__filename === 'undefined') g.__filename = fileURLToPath(import.meta.url);
if (typeof g.__dirname === 'undefined') g.__dirname = dirname(g.__filename);
