// Local HTTP receivers on 127.0.0.1 for notifications and hooks: a Slack-shaped incoming webhook
// that checks the Block Kit payload the way Slack rejects bad ones, and a generic receiver that
// verifies the HMAC-SHA256 signature over the raw body. Each answers from a script of statuses.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingMessage['headers'];
  raw: string;
  body: unknown;
  status: number;
  /** why the receiver refused it, when it did */
  problem?: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** statuses to answer with first (then 200); 'hang' never answers */
  script: (number | 'hang')[];
  stop(): Promise<void>;
}

type Check = (raw: string, req: IncomingMessage) => string | null;

async function start(check: Check, okBody: string): Promise<Receiver> {
  const received: Received[] = [];
  const script: (number | 'hang')[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const next = script.shift();
    if (next === 'hang') {
      received.push({ headers: req.headers, raw, body, status: 0 });
      hanging.push(res);
      return;
    }
    const problem = body === undefined ? 'invalid_payload' : check(raw, req);
    const status = problem ? (problem === 'bad signature' ? 401 : 400) : (next ?? 200);
    received.push({ headers: req.headers, raw, body, status, ...(problem ? { problem } : {}) });
    if (status === 429) res.setHeader('retry-after', '0');
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(problem ?? (status === 200 ? okBody : `error ${status}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    script,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const r of hanging) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const textObj = (v: unknown, type: string, max: number): string | null => {
  if (!isObj(v) || v.type !== type || typeof v.text !== 'string') return `expected a ${type} text object`;
  return v.text.length > max ? `text longer than ${max}` : null;
};

/** Slack's Block Kit rules the messages rely on (https://api.slack.com/reference/block-kit/blocks). */
export function blockKitProblem(body: unknown): string | null {
  if (!isObj(body)) return 'payload is not an object';
  if (typeof body.text !== 'string' || !body.text) return 'missing fallback text';
  if (!Array.isArray(body.blocks) || body.blocks.length === 0 || body.blocks.length > 50)
    return 'invalid blocks';
  for (const b of body.blocks as unknown[]) {
    if (!isObj(b)) return 'a block is not an object';
    const bad =
      b.type === 'header'
        ? textObj(b.text, 'plain_text', 150)
        : b.type === 'section'
          ? b.text === undefined && b.fields === undefined
            ? 'section without text or fields'
            : ((b.text !== undefined ? textObj(b.text, 'mrkdwn', 3000) : null) ??
              (Array.isArray(b.fields)
                ? b.fields.length > 10
                  ? 'more than 10 fields'
                  : (b.fields.map((f) => textObj(f, 'mrkdwn', 2000)).find((x) => x) ?? null)
                : b.fields === undefined
                  ? null
                  : 'fields is not a list'))
          : b.type === 'actions'
            ? Array.isArray(b.elements) &&
              b.elements.every(
                (e) =>
                  isObj(e) &&
                  e.type === 'button' &&
                  typeof e.url === 'string' &&
                  !textObj(e.text, 'plain_text', 75),
              )
              ? null
              : 'invalid actions'
            : `unknown block type ${String(b.type)}`;
    if (bad) return `invalid_blocks: ${bad}`;
  }
  return null;
}

export function startSlackReceiver(): Promise<Receiver> {
  return start((raw) => blockKitProblem(JSON.parse(raw)), 'ok');
}

/** Verifies `X-Canary-Relay-Signature-256: sha256=<hex>` with `secret` over the exact raw body. */
export function startWebhookReceiver(secret: string): Promise<Receiver> {
  return start((raw, req) => {
    const got = String(req.headers['x-canary-relay-signature-256'] ?? '');
    const want = `sha256=${createHmac('sha256', secret).update(raw, 'utf8').digest('hex')}`;
    const a = Buffer.from(got);
    const b = Buffer.from(want);
    return a.length === b.length && timingSafeEqual(a, b) ? null : 'bad signature';
  }, '{"ok":true}');
}
