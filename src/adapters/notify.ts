// Delivers notifications: Slack incoming webhooks and HMAC-signed JSON webhooks. URLs and secrets
// are read from the environment variables the policy names and masked before anything is logged.
// Deliveries run in the background with retries and backoff; notify() never throws or waits, and
// flush() waits for what is in flight only up to a bound — a notification never stalls a rollout.
import { randomUUID } from 'node:crypto';
import type { NotifyTarget } from '../policy/types.js';
import type { RolloutEvent } from '../notify/events.js';
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  linksFor,
  SIGNATURE_HEADER,
  signBody,
  slackMessage,
  webhookBody,
  type LinkContext,
} from '../notify/messages.js';
import { isHttpUrl, postJson, type PostResult } from './http-post.js';
import { backoffDelay, realSleep, type RetryPolicy } from './retry.js';

export interface NotifierOptions {
  /** the targets for a service (its own `notify`, else the policy's) */
  targetsFor(service: string): NotifyTarget[];
  env: Record<string, string | undefined>;
  links: LinkContext;
  /** default 4 attempts, 1 s doubling, at most 8 s between attempts */
  retry?: RetryPolicy;
  /** per attempt (default 10 s) */
  timeoutMs?: number;
  /** registers a secret with the runner's log masking (core.setSecret) */
  mask(secret: string): void;
  log(line: string): void;
  sleep?: (ms: number) => Promise<void>;
}

export interface Delivery {
  event: RolloutEvent['event'];
  service: string;
  target: string; // "slack SLACK_WEBHOOK_URL" — the env var name, never the URL
  ok: boolean;
  attempts: number;
  detail: string;
}

export interface Notifier {
  notify(e: RolloutEvent): void;
  /** waits for deliveries in flight, at most `maxMs` (default 60 s); returns those finished */
  flush(maxMs?: number): Promise<Delivery[]>;
  deliveries: Delivery[];
}

/** 429 and 5xx are worth another attempt, as is no answer at all; other 4xx are permanent. */
const retryable = (r: PostResult) => r.status === 0 || r.status === 429 || r.status >= 500;

export function createNotifier(opts: NotifierOptions): Notifier {
  const policy: RetryPolicy = { attempts: 4, baseMs: 1000, maxMs: 8000, ...opts.retry };
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const sleep = opts.sleep ?? realSleep;
  const pending = new Set<Promise<void>>();
  const deliveries: Delivery[] = [];
  const warned = new Set<string>();
  /** aborted when flush gives up: in-flight requests end, queued ones are dropped */
  const giveUp = new AbortController();
  /** one queue per target, so a receiver sees the events in the order they happened */
  const queues = new Map<NotifyTarget, Promise<void>>();

  function secret(name: string): string | undefined {
    const v = opts.env[name];
    if (v) opts.mask(v);
    else if (!warned.has(name)) {
      warned.add(name);
      opts.log(`notify: environment variable ${name} is not set; its target is skipped`);
    }
    return v || undefined;
  }

  async function deliver(e: RolloutEvent, t: NotifyTarget): Promise<void> {
    if (giveUp.signal.aborted) return;
    const url = secret(t.urlEnv);
    const key = t.kind === 'webhook' ? secret(t.secretEnv) : undefined;
    if (!url || (t.kind === 'webhook' && !key)) return;
    if (!isHttpUrl(url)) {
      const detail = `the value of ${t.urlEnv} is not an http(s) URL`;
      deliveries.push({
        event: e.event,
        service: e.service,
        target: `${t.kind} ${t.urlEnv}`,
        ok: false,
        attempts: 0,
        detail,
      });
      opts.log(`notify: ${detail}; nothing sent`);
      return;
    }
    const links = linksFor(e.owner, opts.links);
    const id = randomUUID();
    const body = t.kind === 'slack' ? JSON.stringify(slackMessage(e, links)) : webhookBody(e, links, id);
    const headers: Record<string, string> =
      t.kind === 'webhook'
        ? { [SIGNATURE_HEADER]: signBody(key!, body), [EVENT_HEADER]: e.event, [DELIVERY_HEADER]: id }
        : {};
    const name = `${t.kind} ${t.urlEnv}`;
    const attempts = Math.max(1, policy.attempts ?? 4);
    let r: PostResult = { status: 0, body: '' };
    let n = 0;
    for (n = 1; n <= attempts; n++) {
      r = await postJson(url, body, headers, timeoutMs, giveUp.signal);
      if ((r.status >= 200 && r.status < 300) || !retryable(r) || n === attempts || giveUp.signal.aborted)
        break;
      await sleep(Math.min(policy.maxMs ?? 8000, r.retryAfterMs ?? backoffDelay(n, policy)));
    }
    const ok = r.status >= 200 && r.status < 300;
    const detail =
      r.error ?? `HTTP ${r.status}${r.body && !ok ? `: ${r.body.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`;
    deliveries.push({
      event: e.event,
      service: e.service,
      target: name,
      ok,
      attempts: n,
      detail,
    });
    if (!ok)
      opts.log(
        `notify: could not deliver "${e.event}" for ${e.service} to ${name} after ${n} attempt(s): ${detail}`,
      );
  }

  return {
    deliveries,
    notify(e) {
      for (const t of opts.targetsFor(e.service)) {
        if (!t.events.includes(e.event)) continue;
        const p: Promise<void> = (queues.get(t) ?? Promise.resolve())
          .then(() => deliver(e, t))
          .catch((err: Error) => opts.log(`notify: ${e.event} for ${e.service}: ${err.message}`))
          .finally(() => pending.delete(p));
        queues.set(t, p);
        pending.add(p);
      }
    },
    async flush(maxMs = 60_000) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs)));
      await Promise.race([Promise.allSettled([...pending]), deadline]);
      clearTimeout(timer);
      if (pending.size) {
        opts.log(
          `notify: ${pending.size} notification(s) still in flight after ${maxMs} ms; abandoning them`,
        );
        giveUp.abort();
      }
      return [...deliveries];
    },
  };
}
