// One JSON POST with a hard deadline (connect, headers and body together), for notifications and
// hooks. Answers with the status and the first 2 KB of the body; a network error or the deadline
// becomes `status: 0` with the reason, never a throw.
export interface PostResult {
  status: number;
  body: string;
  /** set when no HTTP answer came: refused, reset, DNS, the deadline */
  error?: string;
  /** Retry-After in ms, when the answer had one */
  retryAfterMs?: number;
}

const MAX_BODY = 2048;

/** True for an absolute http(s) URL; a value that is not must never reach fetch (its error echoes it). */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  /** aborts the request from outside (the notifier giving up at the end of the job) */
  cancel?: AbortSignal,
): Promise<PostResult> {
  if (cancel?.aborted) return { status: 0, body: '', error: 'abandoned: the job was ending' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onCancel = () => controller.abort();
  cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'canary-relay', ...headers },
      body,
      signal: controller.signal,
      redirect: 'manual',
    });
    const text = (await res.text()).slice(0, MAX_BODY);
    const out: PostResult = { status: res.status, body: text };
    const after = res.headers.get('retry-after');
    if (after && /^\d+$/.test(after)) out.retryAfterMs = Number(after) * 1000;
    return out;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const why = cancel?.aborted
      ? 'abandoned: the job was ending'
      : controller.signal.aborted
        ? `no answer within ${timeoutMs} ms`
        : (err.cause?.code ?? err.cause?.message ?? err.message);
    return { status: 0, body: '', error: why };
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', onCancel);
  }
}
