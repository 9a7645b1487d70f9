// Adapter: the policy at a commit, commit messages and history, read from the checkout with
// simple-git. The base policy of a PR or a push lives in git; a shallow checkout (the
// actions/checkout default is depth 1) may not hold it, and then the error says which
// `fetch-depth` the workflow needs instead of a bare "unknown revision".
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { parse } from 'yaml';

export type GitErrorKind = 'shallow' | 'missing' | 'failed';

export class GitAdapterError extends Error {
  constructor(
    readonly kind: GitErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'GitAdapterError';
  }
}

const git = (repoDir: string): SimpleGit => simpleGit({ baseDir: repoDir, trimmed: false });
const short = (sha: string) => sha.slice(0, 12);
/** git paths in `<rev>:<path>` are relative to the repository root, without "./". */
const repoPath = (path: string) => path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

async function run<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof GitAdapterError) throw e;
    throw new GitAdapterError('failed', `${what}: ${(e as Error).message.trim()}`);
  }
}

/** true when the commit object is in the local repository. */
async function hasCommit(g: SimpleGit, rev: string): Promise<boolean> {
  try {
    await g.raw(['cat-file', '-e', `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export async function isShallow(repoDir: string): Promise<boolean> {
  return run(`checking whether ${repoDir} is a shallow clone`, async () => {
    const out = await git(repoDir).raw(['rev-parse', '--is-shallow-repository']);
    return out.trim() === 'true';
  });
}

/** The error for a commit that is not in the checkout, with the checkout setting that fixes it. */
async function missingCommit(repoDir: string, rev: string, role: string): Promise<GitAdapterError> {
  if (await isShallow(repoDir)) {
    return new GitAdapterError(
      'shallow',
      `the ${role} ${short(rev)} is not in this checkout, which is shallow: set actions/checkout ` +
        '`fetch-depth: 0` (or at least 2 for push events, so the previous commit is there)',
    );
  }
  return new GitAdapterError(
    'missing',
    `the ${role} ${short(rev)} is not in the repository at ${repoDir}: fetch it (git fetch origin ${rev}) ` +
      'or check the event payload',
  );
}

/** The policy file's text at a commit; null when the file does not exist at that commit. */
export async function readPolicyAt(repoDir: string, commit: string, path: string): Promise<string | null> {
  const g = git(repoDir);
  if (!(await hasCommit(g, commit))) throw await missingCommit(repoDir, commit, 'base commit');
  const spec = `${commit}:${repoPath(path)}`;
  try {
    await g.raw(['cat-file', '-e', spec]);
  } catch {
    return null; // the file is new in this change, or was removed
  }
  return run(`reading ${path} at ${short(commit)}`, () => g.raw(['cat-file', 'blob', spec]));
}

/**
 * The policy at a commit that may not be in the checkout (a PR head, seen from a scheduled run on
 * the default branch): fetched from origin first when missing. GitHub serves any commit of the
 * repository, PR heads included, by sha.
 */
export async function policyAtCommit(repoDir: string, commit: string, path: string): Promise<string | null> {
  const g = git(repoDir);
  if (!(await hasCommit(g, commit))) {
    await run(`fetching commit ${short(commit)} from origin`, () =>
      g.raw(['fetch', '--no-tags', '--depth=1', 'origin', commit]),
    );
  }
  return readPolicyAt(repoDir, commit, path);
}

export async function headCommit(repoDir: string): Promise<string> {
  return run(`reading HEAD in ${repoDir}`, async () =>
    (await git(repoDir).raw(['rev-parse', 'HEAD'])).trim(),
  );
}

/** The full message (subject and body) of a commit. */
export async function commitMessage(repoDir: string, sha: string): Promise<string> {
  const g = git(repoDir);
  if (!(await hasCommit(g, sha))) throw await missingCommit(repoDir, sha, 'commit');
  return run(`reading the message of ${short(sha)}`, async () =>
    (await g.raw(['log', '-1', '--format=%B', sha])).replace(/\n+$/, ''),
  );
}

/** The first parent of a commit; null for a root commit. A shallow boundary is an error. */
export async function parentOf(repoDir: string, sha: string): Promise<string | null> {
  const g = git(repoDir);
  if (!(await hasCommit(g, sha))) throw await missingCommit(repoDir, sha, 'commit');
  const parents = await run(`reading the parents of ${short(sha)}`, async () =>
    (await g.raw(['rev-list', '--parents', '-n', '1', sha])).trim().split(/\s+/).slice(1),
  );
  if (parents.length > 0) return parents[0];
  // A shallow boundary commit looks like a root commit: ask git whether it is one.
  const boundary = (await shallowBoundaries(repoDir, g)).has(await g.revparse([sha]));
  if (boundary) {
    throw new GitAdapterError(
      'shallow',
      `the parent of ${short(sha)} is not in this checkout, which is shallow: set actions/checkout ` +
        '`fetch-depth: 0` (or at least 2 for push events)',
    );
  }
  return null;
}

async function shallowBoundaries(repoDir: string, g: SimpleGit): Promise<Set<string>> {
  const file = resolve(repoDir, (await g.raw(['rev-parse', '--git-path', 'shallow'])).trim());
  const text = await readFile(file, 'utf8').catch(() => '');
  return new Set(text.split('\n').filter(Boolean));
}

/** `image:` values of every service in a policy text; an unparsable old version gives none. */
export function imagesInPolicy(text: string): string[] {
  try {
    const doc = parse(text) as { services?: { image?: unknown }[] } | null;
    return (doc?.services ?? []).map((s) => s?.image).filter((i): i is string => typeof i === 'string');
  } catch {
    return [];
  }
}

/**
 * Distinct images the policy file named in the last `n` commits that changed it, reachable
 * from `from` (inclusive), newest first. For a push, pass the push's `before` sha: an image
 * listed here "served before" the pushed change. A shallow checkout that cuts the history
 * short is an error (the result would silently miss old images).
 */
export async function previousImages(
  repoDir: string,
  path: string,
  n: number,
  from = 'HEAD',
): Promise<string[]> {
  const g = git(repoDir);
  if (!(await hasCommit(g, from))) throw await missingCommit(repoDir, from, 'commit');
  const shas = await run(`listing the history of ${path}`, async () =>
    (await g.raw(['log', `-n${n}`, '--format=%H', from, '--', repoPath(path)])).split('\n').filter(Boolean),
  );
  if (shas.length < n && (await isShallow(repoDir))) {
    throw new GitAdapterError(
      'shallow',
      `the history of ${path} is cut short by this shallow checkout (${shas.length} of ${n} commits): set ` +
        'actions/checkout `fetch-depth: 0` so a return to an earlier image is recognised as a rollback',
    );
  }
  const images: string[] = [];
  for (const sha of shas) {
    const text = await readPolicyAt(repoDir, sha, path);
    for (const image of text ? imagesInPolicy(text) : []) if (!images.includes(image)) images.push(image);
  }
  return images;
}
