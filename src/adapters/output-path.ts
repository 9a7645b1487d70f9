// Where the rendered files would really land: `haproxy.output` (and the map written next to it)
// resolved in the workspace with every symlink followed, so a committed symlink cannot carry a
// write out of the checkout or into git's own files. The CLI's validate and the action call
// validatePolicyInWorkspace before anything is written.
import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { validatePolicyText, policyErrorAt, type ValidationResult } from '../policy/index.js';
import { outputFiles } from '../render/output.js';

const MAX_LINKS = 40; // as Linux's path resolution

interface Resolved {
  path: string;
  /** the symlinks followed on the way, as "link -> target" */
  links: string[];
}

/** `rel` inside `root` with symlinks followed component by component (missing parts kept as written). */
async function resolveFollowingLinks(root: string, rel: string): Promise<Resolved> {
  const links: string[] = [];
  const rest = rel.split('/').filter((s) => s !== '' && s !== '.');
  let current = root;
  while (rest.length > 0) {
    const seg = rest.shift()!;
    if (seg === '..') {
      current = dirname(current);
      continue;
    }
    const next = join(current, seg);
    let isLink: boolean;
    try {
      isLink = (await lstat(next)).isSymbolicLink();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      return { path: resolve(next, ...rest), links };
    }
    if (!isLink) {
      current = next;
      continue;
    }
    if (links.length >= MAX_LINKS) throw new Error(`more than ${MAX_LINKS} symlinks (a loop?) at ${next}`);
    const target = await readlink(next);
    links.push(`${relative(root, next) || next} -> ${target}`);
    if (isAbsolute(target)) current = sep;
    rest.unshift(...target.split('/').filter((s) => s !== '' && s !== '.'));
  }
  return { path: current, links };
}

/** Null when `output` lands inside the workspace and outside .git, else what is wrong. */
export async function outputProblem(workspace: string, output: string): Promise<string | null> {
  const root = await realpath(workspace);
  for (const file of outputFiles(output)) {
    let r: Resolved;
    try {
      r = await resolveFollowingLinks(root, file);
    } catch (e) {
      return `${JSON.stringify(file)} cannot be resolved in the workspace: ${(e as Error).message}`;
    }
    const inside = relative(root, r.path);
    const via = r.links.length ? ` (through the symlink ${r.links.join(', ')})` : '';
    const what =
      file === output ? JSON.stringify(output) : `the map file ${JSON.stringify(file)} written next to it`;
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      return (
        `${what} resolves${via} to ${r.path}, outside the workspace ${root}; ` +
        'write a path inside the repository that no symlink leads out of'
      );
    }
    if (inside.split(sep)[0].toLowerCase() === '.git') {
      return `${what} resolves${via} to ${r.path}, inside .git; the rendered config must not overwrite git's files`;
    }
    const stat = await lstat(r.path).catch(() => null);
    if (stat?.isDirectory()) return `${what} resolves${via} to the directory ${r.path}; name a file`;
  }
  return null;
}

/** validatePolicyText, then where the outputs would land (I/O); positions point at `haproxy.output`. */
export async function validatePolicyInWorkspace(
  text: string,
  file: string,
  workspace: string,
): Promise<ValidationResult> {
  const r = validatePolicyText(text, file);
  if (!r.ok) return r;
  const problem = await outputProblem(workspace, r.policy.haproxy.output);
  if (problem === null) return r;
  return { ok: false, errors: [policyErrorAt(text, file, ['haproxy', 'output'], problem)] };
}
