// Notification bodies: Slack Block Kit and the signed JSON webhook. Pure; the adapter posts them.
import { createHmac } from 'node:crypto';
import type { RolloutEvent } from './events.js';
import { shareLabel } from '../policy/steps.js';

/** Where links point: the repository's PR pages and this workflow run. */
export interface LinkContext {
  /** https://github.com */
  serverUrl?: string;
  /** owner/repo */
  repository?: string;
  runId?: string;
}

export interface Links {
  pr?: string;
  run?: string;
}

export function linksFor(owner: string, ctx: LinkContext): Links {
  const out: Links = {};
  if (!ctx.serverUrl || !ctx.repository || !/^[\w.-]+\/[\w.-]+$/.test(ctx.repository)) return out;
  const repo = `${ctx.serverUrl.replace(/\/$/, '')}/${ctx.repository}`;
  const pr = /^pr#(\d+)$/.exec(owner)?.[1];
  if (pr) out.pr = `${repo}/pull/${pr}`;
  if (ctx.runId && /^\d+$/.test(ctx.runId)) out.run = `${repo}/actions/runs/${ctx.runId}`;
  return out;
}

const TITLES: Record<RolloutEvent['event'], string> = {
  started: 'Canary started',
  'step-passed': 'Step passed',
  failed: 'Canary failed — rolled back',
  'rolled-back': 'Rolled back',
  promoted: 'Promoted',
  inconclusive: 'Step inconclusive',
  paused: 'Rollout paused',
};
const EMOJI: Record<RolloutEvent['event'], string> = {
  started: ':rocket:',
  'step-passed': ':white_check_mark:',
  failed: ':x:',
  'rolled-back': ':rewind:',
  promoted: ':tada:',
  inconclusive: ':grey_question:',
  paused: ':double_vertical_bar:',
};

/** Slack's mrkdwn control characters; user text must not form links or mentions. */
export function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function stepText(e: RolloutEvent): string {
  if (e.step === null) return '—';
  return `${e.step} of ${e.steps} (${shareLabel(e.percent === 0, e.percent)})`;
}

/** An incoming-webhook payload: `text` is the notification fallback, `blocks` the message. */
export function slackMessage(e: RolloutEvent, links: Links): Record<string, unknown> {
  const title = `${TITLES[e.event]}: ${e.service}`;
  const field = (label: string, value: string) => ({
    type: 'mrkdwn',
    text: cut(`*${label}*\n${slackEscape(value)}`, 2000),
  });
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(title, 150), emoji: true } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: cut(`${EMOJI[e.event]} ${slackEscape(e.message)}`, 3000) },
    },
    {
      type: 'section',
      fields: [
        field('Service', e.service),
        field('Verdict', e.verdict ?? '—'),
        field('Step', stepText(e)),
        field('Owner', e.owner),
        field('Canary', e.canary ?? '—'),
        field('Stable', e.stable ?? '—'),
      ],
    },
  ];
  const buttons = [
    ...(links.pr
      ? [{ type: 'button', text: { type: 'plain_text', text: 'Pull request' }, url: links.pr }]
      : []),
    ...(links.run
      ? [{ type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.run }]
      : []),
  ];
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  return { text: cut(slackEscape(`${title} — ${e.message}`), 3000), blocks };
}

export const SIGNATURE_HEADER = 'X-Canary-Relay-Signature-256';
export const EVENT_HEADER = 'X-Canary-Relay-Event';
export const DELIVERY_HEADER = 'X-Canary-Relay-Delivery';

/** The webhook body (documented in the README): version 1, times as ISO strings. */
export function webhookBody(e: RolloutEvent, links: Links, delivery: string): string {
  return JSON.stringify({
    version: 1,
    delivery,
    event: e.event,
    service: e.service,
    owner: e.owner,
    step: e.step,
    steps: e.steps,
    percent: e.percent,
    canary: e.canary,
    stable: e.stable,
    verdict: e.verdict,
    message: e.message,
    at: new Date(e.at).toISOString(),
    links,
  });
}

/** `sha256=<hex HMAC-SHA256 of the exact body bytes>` (GitHub's webhook convention). */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
