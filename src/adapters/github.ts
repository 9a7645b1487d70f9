// Adapter: the PR comment, the check run and the notes, through Octokit (@actions/github) with
// retries and rate-limit handling. Failures become GitHubAdapterError with a kind the shell
// maps to a result: `permission` (and `auth`) → neutral with a message, never a crash.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { formatPolicyError, type PolicyError } from '../policy/types.js';
import { writeLimiter } from './github-throttle.js';

export type GitHubErrorKind = 'auth' | 'permission' | 'not-found' | 'rate-limit' | 'validation' | 'failed';

export class GitHubAdapterError extends Error {
  constructor(
    readonly kind: GitHubErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GitHubAdapterError';
  }
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunInput {
  name?: string; // default "canary-relay"
  status: 'queued' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled';
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
  detailsUrl?: string;
}

export interface GitHubOptions {
  token: string;
  /** default: GITHUB_API_URL, else https://api.github.com */
  baseUrl?: string;
  /** retries after a rate limit (primary or secondary); default 2 */
  rateLimitRetries?: number;
  /** ms per second of retry-after; tests make it small (default 1000) */
  retryAfterBaseValue?: number;
  /** passed to @octokit/plugin-throttling as is (tests pass limiters without write spacing) */
  throttle?: Record<string, unknown>;
}

type Octokit = ReturnType<typeof getOctokit>;
export type UpsertResult = { id: number; url: string; action: 'created' | 'updated' | 'unchanged' };

export const CHECK_NAME = 'canary-relay';
/** GitHub: "only 50 annotations can be sent per request"; text and summary up to 65535 chars. */
export const ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT = 65_535;

const PERMISSION_FOR: Record<string, string> = {
  comment: '`pull-requests: write`',
  'check run': '`checks: write`',
  'pull requests of a commit': '`pull-requests: read`',
};

/** The policy errors as check-run annotations on the policy file, at the failing line and column. */
export function annotationsFromErrors(errors: PolicyError[], path?: string): CheckAnnotation[] {
  return errors.map((e) => ({
    path: path ?? e.file,
    start_line: Math.max(1, e.line),
    end_line: Math.max(1, e.line),
    start_column: Math.max(1, e.col),
    end_column: Math.max(1, e.col),
    annotation_level: 'failure',
    title: e.path,
    message: formatPolicyError(e),
  }));
}

const truncate = (s: string) => (s.length > MAX_OUTPUT ? `${s.slice(0, MAX_OUTPUT - 20)}\n\n(truncated)` : s);

/** The marker a body starts with (`<!-- … -->`), so notes can be made idempotent too. */
export const leadingMarker = (body: string) => /^<!--[^\n]*?-->/.exec(body)?.[0];

export class GitHubAdapter {
  constructor(readonly octokit: Octokit) {}

  /** Runs one API call, turning an HTTP failure into a GitHubAdapterError that says what to fix. */
  private async call<T>(
    what: string,
    object: keyof typeof PERMISSION_FOR,
    write: boolean,
    fn: () => Promise<T>,
  ): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toAdapterError(e, what, object, write);
    }
  }

  /** Finds the comment holding `marker` on the PR and updates it, or creates it once. */
  async upsertStickyComment(
    owner: string,
    repo: string,
    pr: number,
    marker: string,
    body: string,
  ): Promise<UpsertResult> {
    if (!body.includes(marker)) body = `${marker}\n${body}`;
    const found = await this.findStickyComment(owner, repo, pr, marker);
    if (found) {
      if (found.body === body) return { id: found.id, url: found.url, action: 'unchanged' };
      const { data } = await this.call(`updating comment ${found.id} on #${pr}`, 'comment', true, () =>
        this.octokit.rest.issues.updateComment({ owner, repo, comment_id: found.id, body }),
      );
      return { id: data.id, url: data.html_url, action: 'updated' };
    }
    return this.createComment(owner, repo, pr, body);
  }

  private async createComment(owner: string, repo: string, pr: number, body: string): Promise<UpsertResult> {
    const { data } = await this.call(`commenting on #${pr}`, 'comment', true, () =>
      this.octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body }),
    );
    return { id: data.id, url: data.html_url, action: 'created' };
  }

  /** The comment holding `marker` on the PR, or null (a re-run that changed nothing keeps it as it is). */
  async findStickyComment(
    owner: string,
    repo: string,
    pr: number,
    marker: string,
  ): Promise<{ id: number; url: string; body: string } | null> {
    const comments = await this.call(`listing the comments of #${pr}`, 'comment', false, () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pr,
        per_page: 100,
      }),
    );
    const found = comments.find((c) => c.body?.includes(marker));
    return found ? { id: found.id, url: found.html_url, body: found.body ?? '' } : null;
  }

  /** A note on a PR; a body that starts with a marker replaces the earlier note with the same marker. */
  async postNote(owner: string, repo: string, pr: number, body: string): Promise<UpsertResult> {
    const marker = leadingMarker(body);
    if (marker) return this.upsertStickyComment(owner, repo, pr, marker, body);
    return this.createComment(owner, repo, pr, body);
  }

  /**
   * Creates the check run for the head sha, or updates the one that exists (same sha and name),
   * so a re-run never adds a second. Annotations beyond 50 go in follow-up updates.
   */
  async createOrUpdateCheckRun(
    owner: string,
    repo: string,
    headSha: string,
    input: CheckRunInput,
  ): Promise<{ id: number; url: string; action: 'created' | 'updated' }> {
    const name = input.name ?? CHECK_NAME;
    const annotations = input.annotations ?? [];
    const batches: CheckAnnotation[][] = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
      batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (batch: CheckAnnotation[] | undefined) => ({
      title: input.title,
      summary: truncate(input.summary),
      ...(input.text !== undefined ? { text: truncate(input.text) } : {}),
      ...(batch ? { annotations: batch } : {}),
    });
    const fields = {
      status: input.status,
      ...(input.status === 'completed' ? { conclusion: input.conclusion ?? 'neutral' } : {}),
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    };
    const { data: list } = await this.call(
      `listing the check runs of ${headSha.slice(0, 12)}`,
      'check run',
      false,
      () =>
        this.octokit.rest.checks.listForRef({
          owner,
          repo,
          ref: headSha,
          check_name: name,
          filter: 'latest',
          per_page: 100,
        }),
    );
    const existing = list.check_runs.find((r) => r.name === name && r.head_sha === headSha);
    let id: number;
    let url: string;
    let action: 'created' | 'updated';
    if (existing) {
      const { data } = await this.call(`updating check run ${existing.id}`, 'check run', true, () =>
        this.octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: existing.id,
          ...fields,
          output: output(batches[0]),
        }),
      );
      [id, url, action] = [data.id, data.html_url ?? '', 'updated'];
    } else {
      const { data } = await this.call(`creating check run ${name}`, 'check run', true, () =>
        this.octokit.rest.checks.create({
          owner,
          repo,
          name,
          head_sha: headSha,
          ...fields,
          output: output(batches[0]),
        }),
      );
      [id, url, action] = [data.id, data.html_url ?? '', 'created'];
    }
    for (const batch of batches.slice(1)) {
      await this.call(`adding annotations to check run ${id}`, 'check run', true, () =>
        this.octokit.rest.checks.update({ owner, repo, check_run_id: id, output: output(batch) }),
      );
    }
    return { id, url, action };
  }

  /** The PR a commit belongs to: the merged PR whose merge commit it is first, else the first listed. */
  async findPrForCommit(owner: string, repo: string, sha: string): Promise<number | null> {
    const { data } = await this.call(
      `finding the PR of commit ${sha.slice(0, 12)}`,
      'pull requests of a commit',
      false,
      () => this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha }),
    );
    const merged = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at);
    return (merged ?? data[0])?.number ?? null;
  }
}

function toAdapterError(e: unknown, what: string, object: string, write: boolean): GitHubAdapterError {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const status = err.status;
  const ghMessage = err.response?.data?.message ?? err.message ?? String(e);
  const perm = PERMISSION_FOR[object] ?? 'write access';
  if (status === 401) {
    return new GitHubAdapterError(
      'auth',
      `${what}: the token was rejected (401 ${ghMessage}); check the github-token input`,
      401,
    );
  }
  if (status === 403 && /rate limit/i.test(ghMessage)) {
    return new GitHubAdapterError(
      'rate-limit',
      `${what}: GitHub's rate limit held after retries (${ghMessage})`,
      403,
    );
  }
  if (status === 429)
    return new GitHubAdapterError('rate-limit', `${what}: rate limited after retries (${ghMessage})`, 429);
  // A token without the permission gets 403 "Resource not accessible by integration"; on a
  // write GitHub may also answer 404 to hide what the token cannot see.
  if (status === 403 || (status === 404 && write)) {
    return new GitHubAdapterError(
      'permission',
      `${what}: GitHub refused (${status} ${ghMessage}). The workflow token needs ${perm}: add it under ` +
        '`permissions:` in the workflow. A PR from a fork gets a read-only token and cannot be reported on.',
      status,
    );
  }
  if (status === 404)
    return new GitHubAdapterError('not-found', `${what}: not found (404 ${ghMessage})`, 404);
  if (status === 422)
    return new GitHubAdapterError(
      'validation',
      `${what}: GitHub rejected the request (422 ${ghMessage})`,
      422,
    );
  return new GitHubAdapterError('failed', `${what}: ${ghMessage}`, status);
}

/**
 * The client: Octokit from @actions/github with the retry and throttling plugins. The token is
 * masked first so no later log line can show it.
 */
export function createGitHub(opts: GitHubOptions): GitHubAdapter {
  if (!opts.token) {
    throw new GitHubAdapterError(
      'auth',
      'no GitHub token: set the github-token input (default `${{ github.token }}`)',
    );
  }
  core.setSecret(opts.token);
  const retries = opts.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number,
    ): boolean => {
      const again = retryCount < retries;
      core.warning(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}: ` +
          (again ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'),
      );
      return again;
    };
  const octokit = getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => core.warning(m),
        error: (m: string) => core.error(m),
      },
      retry: {
        retries: 2,
        ...(opts.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: opts.retryAfterBaseValue } : {}),
      },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        write: writeLimiter(), // a burst, not 1 s between the in-progress and the final check
        ...(opts.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: opts.retryAfterBaseValue } : {}),
        ...opts.throttle,
      },
    },
    retry,
    throttling,
  );
  return new GitHubAdapter(octokit);
}
