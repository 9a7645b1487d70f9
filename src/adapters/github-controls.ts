// GitHub reads for pause and approval: the PR's label events, its reviews, and each approver's
// permission. Any failure becomes a GitHubAdapterError saying which read failed and which
// permission the token needs; the caller treats unreadable controls as "not known" (undefined).
import type { GitHubAdapter } from './github.js';
import { GitHubAdapterError } from './github.js';
import {
  controlsFrom,
  loginsToCheck,
  type Dispatch,
  type LabelEvent,
  type Review,
} from '../rollout/controls.js';
import type { Controls } from '../rollout/gates.js';

async function read<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const status = (e as { status?: number }).status;
    const kind =
      status === 401 ? 'auth' : status === 403 ? 'permission' : status === 404 ? 'not-found' : 'failed';
    const hint = status === 403 ? '; the workflow token needs `pull-requests: read` and `issues: read`' : '';
    throw new GitHubAdapterError(kind, `${what}: ${(e as Error).message}${hint}`, status);
  }
}

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : 0);

export async function readControls(
  gh: GitHubAdapter,
  owner: string,
  repo: string,
  pr: number,
  dispatch?: Dispatch,
): Promise<Controls> {
  const o = gh.octokit;
  const rawEvents = await read(`listing the events of #${pr}`, () =>
    o.paginate(o.rest.issues.listEvents, { owner, repo, issue_number: pr, per_page: 100 }),
  );
  const events: LabelEvent[] = rawEvents
    .filter((e) => (e.event === 'labeled' || e.event === 'unlabeled') && 'label' in e && e.label)
    .map((e) => ({
      event: e.event as LabelEvent['event'],
      label: (e as { label: { name: string } }).label.name,
      actor: e.actor?.login ?? 'unknown',
      at: ms(e.created_at),
    }));
  const rawReviews = await read(`listing the reviews of #${pr}`, () =>
    o.paginate(o.rest.pulls.listReviews, { owner, repo, pull_number: pr, per_page: 100 }),
  );
  const reviews: Review[] = rawReviews.map((r) => ({
    user: r.user?.login ?? 'unknown',
    state: r.state,
    at: ms(r.submitted_at),
  }));
  const roles: Record<string, string> = {};
  for (const login of loginsToCheck(events, reviews)) {
    const { data } = await read(`reading the permission of ${login}`, () =>
      o.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login }),
    );
    roles[login] = data.role_name ?? data.permission;
  }
  return controlsFrom({ events, reviews, roles, ...(dispatch ? { dispatch } : {}) });
}
