// HookPort over HTTP: one signed JSON POST per call, bounded by the hook's timeout, no retry (a
// load-test trigger must not start twice). The answer, cut to one short line, becomes the detail
// the report shows when the step fails.
import type { HookPort } from '../rollout/ports.js';
import { signBody, SIGNATURE_HEADER } from '../notify/messages.js';
import { isHttpUrl, postJson } from './http-post.js';

const ANSWER_CHARS = 300;

/** Untrusted answer text for a one-line report: whitespace folded, control characters dropped, cut. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f-\u009f]/g;
  const line = text.replace(/\s+/g, ' ').replace(controls, '').trim();
  return line.length > ANSWER_CHARS ? `${line.slice(0, ANSWER_CHARS - 1)}…` : line;
}

export function createHookCaller(opts: {
  env: Record<string, string | undefined>;
  mask(secret: string): void;
}): HookPort {
  return {
    async call(hook, payload) {
      const url = hook.url ?? (hook.urlEnv ? opts.env[hook.urlEnv] : undefined);
      if (!url) return { ok: false, detail: `environment variable ${hook.urlEnv} is not set` };
      if (hook.urlEnv) opts.mask(url);
      if (!isHttpUrl(url)) return { ok: false, detail: `the value of ${hook.urlEnv} is not an http(s) URL` };
      const key = hook.secretEnv ? opts.env[hook.secretEnv] : undefined;
      if (hook.secretEnv && !key)
        return { ok: false, detail: `environment variable ${hook.secretEnv} is not set` };
      if (key) opts.mask(key);
      const body = JSON.stringify(payload);
      const where = hook.urlEnv ? `$${hook.urlEnv}` : url;
      const r = await postJson(
        url,
        body,
        key ? { [SIGNATURE_HEADER]: signBody(key, body) } : {},
        hook.timeoutMs,
      );
      if (r.error) return { ok: false, detail: `${where}: ${r.error}` };
      const answer = oneLine(r.body);
      const ok = r.status >= 200 && r.status < 300;
      return { ok, detail: `${where} answered ${r.status}${answer ? `: ${answer}` : ''}` };
    },
  };
}
