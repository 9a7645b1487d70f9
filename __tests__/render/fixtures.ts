// Policies for the renderer proofs: fixtures/policies/valid/*.yaml loaded through the policy
// module once it exists (validatePolicyText), plus the built-in policy objects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Policy, ValidationResult } from '../../src/policy/types.js';
import { formatPolicyError } from '../../src/policy/types.js';
import { builtinPolicies } from './policies.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VALID_DIR = join(ROOT, 'fixtures/policies/valid');
export const GOLDEN_DIR = join(ROOT, 'fixtures/golden');

type Validate = (text: string, file: string) => ValidationResult;

/** The policy module's validatePolicyText, or undefined while it is not written yet. */
export async function loadValidator(): Promise<Validate | undefined> {
  if (!existsSync(join(ROOT, 'src/policy/index.ts'))) return undefined;
  const modPath = '../../src/policy/index.js';
  const mod = (await import(modPath)) as { validatePolicyText?: Validate };
  return mod.validatePolicyText;
}

/** name → Policy: every valid fixture (when the validator exists) and the built-ins. */
export async function allPolicies(): Promise<Record<string, Policy>> {
  const out: Record<string, Policy> = { ...builtinPolicies() };
  const validate = await loadValidator();
  if (!validate || !existsSync(VALID_DIR)) return out;
  for (const f of readdirSync(VALID_DIR)
    .filter((x) => /\.ya?ml$/.test(x))
    .sort()) {
    const file = `fixtures/policies/valid/${f}`;
    const r = validate(readFileSync(join(VALID_DIR, f), 'utf8'), file);
    if (!r.ok)
      throw new Error(
        `valid fixture ${file} does not validate:\n${r.errors.map(formatPolicyError).join('\n')}`,
      );
    out[f.replace(/\.ya?ml$/, '')] = r.policy;
  }
  return out;
}

/** Fixed revision names for the Cloud Run traffic goldens. */
export function revisionsFor(p: Policy): Record<string, { stable: string; canary: string }> {
  return Object.fromEntries(
    p.services.map((s) => [s.name, { stable: `${s.name}-00001-sta`, canary: `${s.name}-00002-can` }]),
  );
}
