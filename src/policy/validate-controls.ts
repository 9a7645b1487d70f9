// Checks on `notify` and `hooks` the schema cannot express: one kind per target, one URL source
// per hook, hook URLs that are plain http(s) without credentials, timeouts within bounds.
import { isRecord } from './issues.js';
import type { PathSeg } from './parse.js';
import { parseDuration } from './units.js';
import type { Collector } from './validate.js';

/** Hook timeouts: long enough for a load-test trigger, short enough never to stall a rollout. */
export const HOOK_TIMEOUT_MS = { min: 1_000, max: 600_000 };

export function checkControls(data: Record<string, unknown>, c: Collector): void {
  checkNotify(data.notify, ['notify'], c);
  const services = Array.isArray(data.services) ? data.services : [];
  services.forEach((s, i) => {
    if (!isRecord(s)) return;
    checkNotify(s.notify, ['services', i, 'notify'], c);
    if (!isRecord(s.hooks)) return;
    for (const name of ['pre-step', 'post-step']) {
      const h = s.hooks[name];
      if (isRecord(h)) checkHook(h, ['services', i, 'hooks', name], c);
    }
  });
}

function checkNotify(raw: unknown, path: PathSeg[], c: Collector): void {
  if (!Array.isArray(raw)) return;
  raw.forEach((t, i) => {
    if (!isRecord(t)) return;
    const kinds = ['slack', 'webhook'].filter((k) => t[k] !== undefined);
    if (kinds.length !== 1)
      c.add(
        [...path, i],
        `a notify entry needs exactly one of \`slack\` or \`webhook\` (got ${kinds.length || 'none'})`,
      );
  });
}

/** A URL a hook may call: http(s), a host, no user:password (use url-env for tokens). */
export function checkHookUrl(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value))
    return `${JSON.stringify(value)} contains whitespace or a control character`;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return `${JSON.stringify(value)} is not a URL; write e.g. https://loadtest.internal/start`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `${JSON.stringify(value)} is not http(s)`;
  if (u.username || u.password)
    return 'a URL with credentials would sit in the repository; put it in a secret and name it with `url-env`';
  return null;
}

function checkHook(h: Record<string, unknown>, path: PathSeg[], c: Collector): void {
  const sources = ['url', 'url-env'].filter((k) => h[k] !== undefined);
  if (sources.length !== 1)
    c.add(
      path,
      `a hook needs exactly one of \`url\` or \`url-env\` (got ${sources.length ? 'both' : 'none'})`,
    );
  if (typeof h.url === 'string') {
    const bad = checkHookUrl(h.url);
    if (bad) c.add([...path, 'url'], bad);
  }
  const ms = parseDuration(h.timeout);
  if (ms !== undefined && (ms < HOOK_TIMEOUT_MS.min || ms > HOOK_TIMEOUT_MS.max))
    c.add([...path, 'timeout'], `${String(h.timeout)} is outside 1s to 10m`);
}
