// The smoke probe's HTTP(S) client: N sequential GETs, the statuses seen. Host and SNI follow
// the URL; an optional header routes the request to the canary through HAProxy.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ProberPort } from '../rollout/ports.js';

function once(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

export function createProber(opts: { timeoutMs?: number } = {}): ProberPort {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return {
    async probe(target, { header, requests }) {
      const url = new URL(target);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`smoke probe: ${target} is not an http(s) URL`);
      }
      const headers: Record<string, string> = { 'user-agent': 'canary-relay-smoke' };
      if (header) headers[header.name] = header.value;
      const statuses: number[] = [];
      for (let i = 0; i < requests; i++) {
        // a failed connection counts as status 0, so the report says what was seen
        statuses.push(await once(url, headers, timeoutMs).catch(() => 0));
      }
      return statuses;
    },
  };
}
