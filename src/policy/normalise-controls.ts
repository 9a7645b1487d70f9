// Validated `notify` and `hooks` blocks → their resolved form (events default to all).
import { isRecord } from './issues.js';
import { NOTIFY_EVENTS, type Hook, type NotifyEvent, type NotifyTarget } from './types.js';
import { parseDuration } from './units.js';

export const DEFAULT_HOOK_TIMEOUT_MS = 30_000;

export function normaliseNotify(list: unknown[]): NotifyTarget[] {
  return list.filter(isRecord).map((t) => {
    const events = Array.isArray(t.events) ? (t.events as NotifyEvent[]) : [...NOTIFY_EVENTS];
    if (isRecord(t.slack)) return { kind: 'slack', urlEnv: t.slack['webhook-url-env'] as string, events };
    const w = isRecord(t.webhook) ? t.webhook : {};
    return { kind: 'webhook', urlEnv: w['url-env'] as string, secretEnv: w['secret-env'] as string, events };
  });
}

function normaliseHook(h: Record<string, unknown>): Hook {
  const out: Hook = { timeoutMs: parseDuration(h.timeout) ?? DEFAULT_HOOK_TIMEOUT_MS };
  if (typeof h.url === 'string') out.url = h.url;
  if (typeof h['url-env'] === 'string') out.urlEnv = h['url-env'];
  if (typeof h['secret-env'] === 'string') out.secretEnv = h['secret-env'];
  return out;
}

export function normaliseHooks(h: Record<string, unknown>): { preStep?: Hook; postStep?: Hook } {
  const out: { preStep?: Hook; postStep?: Hook } = {};
  if (isRecord(h['pre-step'])) out.preStep = normaliseHook(h['pre-step']);
  if (isRecord(h['post-step'])) out.postStep = normaliseHook(h['post-step']);
  return out;
}
