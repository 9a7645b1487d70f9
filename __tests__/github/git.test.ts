import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commitMessage,
  GitAdapterError,
  headCommit,
  imagesInPolicy,
  isShallow,
  parentOf,
  previousImages,
  readPolicyAt,
} from '../../src/adapters/git.js';
import { modeForEvent } from '../../src/gitops/events.js';

const POLICY = 'deploy/traffic-policy.yaml';
const policyText = (checkout: string, cart = 'cart:v1') =>
  `version: 1\nservices:\n  - name: checkout\n    image: ${checkout}\n  - name: cart\n    image: ${cart}\n`;

let root: string;
let repo: string;
const sha: Record<string, string> = {};

function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.com',
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
    },
  }).trim();
}

function commitPolicy(text: string, message: string): string {
  writeFileSync(join(repo, POLICY), text);
  sh(repo, 'add', POLICY);
  sh(repo, 'commit', '-q', '-m', message);
  return sh(repo, 'rev-parse', 'HEAD');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cr-git-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'deploy'), { recursive: true });
  sh(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'README.md'), 'shop\n');
  sh(repo, 'add', 'README.md');
  sh(repo, 'commit', '-q', '-m', 'initial commit');
  sha.root = sh(repo, 'rev-parse', 'HEAD');
  sha.v1 = commitPolicy(policyText('checkout:v1'), 'checkout v1');
  sha.v2 = commitPolicy(policyText('checkout:v2'), 'checkout v2');
  writeFileSync(join(repo, 'README.md'), 'shop, now documented\n');
  sh(repo, 'commit', '-q', '-am', 'docs only');
  sha.docs = sh(repo, 'rev-parse', 'HEAD');
  sha.v3 = commitPolicy(policyText('checkout:v3', 'cart:v2'), 'checkout v3, cart v2');
  sh(repo, 'revert', '--no-edit', 'HEAD');
  sha.revert = sh(repo, 'rev-parse', 'HEAD');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('git adapter on a full clone', () => {
  test('readPolicyAt returns the text at each commit and null before the file existed', async () => {
    expect(await readPolicyAt(repo, sha.v1, POLICY)).toBe(policyText('checkout:v1'));
    expect(await readPolicyAt(repo, sha.v3, `./${POLICY}`)).toBe(policyText('checkout:v3', 'cart:v2'));
    expect(await readPolicyAt(repo, sha.revert, POLICY)).toBe(policyText('checkout:v2'));
    expect(await readPolicyAt(repo, sha.root, POLICY)).toBeNull();
  });

  test('headCommit, parentOf and a root commit', async () => {
    expect(await headCommit(repo)).toBe(sha.revert);
    expect(await parentOf(repo, sha.revert)).toBe(sha.v3);
    expect(await parentOf(repo, sha.root)).toBeNull();
    expect(await isShallow(repo)).toBe(false);
  });

  test('the message of a git revert names the reverted commit, for the note (never the mode)', async () => {
    const message = await commitMessage(repo, sha.revert);
    expect(message).toBe(`Revert "checkout v3, cart v2"\n\nThis reverts commit ${sha.v3}.`);
    const push = {
      ref: 'refs/heads/main',
      before: sha.v3,
      after: sha.revert,
      head_commit: { id: sha.revert, message },
      repository: { default_branch: 'main' },
    };
    expect(modeForEvent('push', push, { mode: 'auto' })).toMatchObject({
      mode: 'promote',
      revertedSha: sha.v3,
    });
  });

  test('previousImages lists the images of the commits that changed the file, newest first', async () => {
    expect(await previousImages(repo, POLICY, 10, sha.v3)).toEqual([
      'checkout:v3',
      'cart:v2',
      'checkout:v2',
      'cart:v1',
      'checkout:v1',
    ]);
    expect(await previousImages(repo, POLICY, 1, sha.docs)).toEqual(['checkout:v2', 'cart:v1']);
  });

  test('a commit that does not exist is a clear "missing" error', async () => {
    const bogus = 'deadbeef'.repeat(5);
    await expect(readPolicyAt(repo, bogus, POLICY)).rejects.toMatchObject({
      kind: 'missing',
      message: expect.stringContaining('deadbeefdead is not in the repository'),
    });
  });

  test('imagesInPolicy ignores broken YAML', () => {
    expect(imagesInPolicy('services: [')).toEqual([]);
    expect(imagesInPolicy(policyText('a', 'b'))).toEqual(['a', 'b']);
  });
});

describe('git adapter on a shallow clone (actions/checkout default)', () => {
  let shallow: string;
  beforeAll(() => {
    shallow = join(root, 'shallow');
    sh(root, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
  });

  test('the head commit and its message are there', async () => {
    expect(await isShallow(shallow)).toBe(true);
    expect(await headCommit(shallow)).toBe(sha.revert);
    expect(await commitMessage(shallow, sha.revert)).toContain(`This reverts commit ${sha.v3}`);
    expect(await readPolicyAt(shallow, sha.revert, POLICY)).toBe(policyText('checkout:v2'));
  });

  test('the base commit is missing: the error says which fetch-depth is needed', async () => {
    const err = await readPolicyAt(shallow, sha.v3, POLICY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitAdapterError);
    expect(err).toMatchObject({ kind: 'shallow' });
    expect((err as Error).message).toBe(
      `the base commit ${sha.v3.slice(0, 12)} is not in this checkout, which is shallow: set actions/checkout ` +
        '`fetch-depth: 0` (or at least 2 for push events, so the previous commit is there)',
    );
  });

  test('the parent of the boundary commit is a shallow error, not a root commit', async () => {
    await expect(parentOf(shallow, sha.revert)).rejects.toMatchObject({
      kind: 'shallow',
      message: expect.stringContaining('fetch-depth: 0'),
    });
  });

  test('previousImages refuses a history the checkout cut short', async () => {
    await expect(previousImages(shallow, POLICY, 5)).rejects.toMatchObject({
      kind: 'shallow',
      message: expect.stringContaining('1 of 5 commits'),
    });
  });

  test('depth 2 is enough for a push: the parent and its policy are there', async () => {
    const two = join(root, 'depth2');
    sh(root, 'clone', '-q', '--depth', '2', `file://${repo}`, two);
    expect(await parentOf(two, sha.revert)).toBe(sha.v3);
    expect(await readPolicyAt(two, sha.v3, POLICY)).toBe(policyText('checkout:v3', 'cart:v2'));
  });
});
