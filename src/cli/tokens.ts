// `canary-relay tokens <policy>`: keeps the ID tokens of the policy's private services
// (`auth: id-token`) fresh in HAProxy. Fetches one token per audience from the metadata server,
// sets it on every runtime API given (`set map`, no reload) and rewrites the token map file, then
// sleeps until the earliest token is `--refresh-before` from expiry. `--once`: one round, then exit.
import { parseArgs } from 'node:util';
import { validatePolicyText } from '../policy/index.js';
import { formatPolicyError } from '../policy/types.js';
import { readText } from '../adapters/files.js';
import {
  metadataIdTokens,
  setTokenAtRuntime,
  writeTokenMapFile,
  type IdTokenFetcher,
} from '../adapters/id-tokens.js';
import { parseDuration } from '../policy/units.js';
import type { Io } from './common.js';
import {
  DEFAULT_REFRESH_BEFORE_MS,
  RETRY_MS,
  dueForRefresh,
  nextRefreshAt,
  tokenExpiry,
  tokenTargets,
  type HeldToken,
} from '../tokens/plan.js';
import { DEFAULT_HAPROXY_EXTRAS } from '../policy/normalise.js';

export interface TokensOptions {
  policyFile: string;
  runtimeApis: string[];
  mapFile: string;
  refreshBeforeMs: number;
  once: boolean;
  fetch: IdTokenFetcher;
  now?: () => number;
  signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/** The refresh loop; resolves with the exit code (0, or 1 when `once` and a token failed). */
export async function runTokens(
  o: TokensOptions,
  io: Io,
  targets: { service: string; audience: string }[],
): Promise<number> {
  const now = o.now ?? Date.now;
  const held = new Map<string, string>();
  const state: HeldToken[] = targets.map((t) => ({ service: t.service }));
  const retryAt = new Map<string, number>();
  for (;;) {
    let failed = 0;
    const due = dueForRefresh(state, now(), o.refreshBeforeMs).filter((s) => (retryAt.get(s) ?? 0) <= now());
    for (const service of due) {
      const t = targets.find((x) => x.service === service)!;
      const entry = state.find((x) => x.service === service)!;
      try {
        const token = await o.fetch(t.audience);
        const expiresAt = tokenExpiry(token, `${service} (audience ${t.audience})`);
        for (const api of o.runtimeApis) await setTokenAtRuntime(api, o.mapFile, service, token);
        held.set(service, token);
        await writeTokenMapFile(o.mapFile, held);
        entry.expiresAt = expiresAt;
        retryAt.delete(service);
        io.out(
          `${service}: ID token for ${t.audience} valid until ${new Date(expiresAt).toISOString()}; set in ${o.mapFile}${o.runtimeApis.length ? ` and on ${o.runtimeApis.join(', ')}` : ''}`,
        );
      } catch (e) {
        failed++;
        retryAt.set(service, now() + RETRY_MS);
        io.err(`${service}: ${(e as Error).message}${o.once ? '' : `; retrying in ${RETRY_MS / 1000} s`}`);
      }
    }
    if (o.once || o.signal?.aborted) return failed > 0 ? 1 : 0;
    const retries = [...retryAt.values()];
    const wake = Math.min(nextRefreshAt(state, now(), o.refreshBeforeMs), ...retries);
    await sleep(Math.max(1000, wake - now()), o.signal);
    if (o.signal?.aborted) return 0;
  }
}

/** The CLI entry: parse, load the policy, run until SIGINT/SIGTERM (or once). */
export async function tokensCommand(argv: string[], io: Io, usage: (m: string) => Error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'runtime-api': { type: 'string', multiple: true },
        'map-file': { type: 'string' },
        'refresh-before': { type: 'string', default: '10m' },
        once: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw usage('tokens takes one policy file');
  const refreshBeforeMs = parseDuration(values['refresh-before']);
  if (refreshBeforeMs === undefined || refreshBeforeMs < 10_000 || refreshBeforeMs >= 3_600_000)
    throw usage(
      `--refresh-before ${values['refresh-before']}: expected a duration from 10s to below 1h (ID tokens live 1 h), e.g. 10m`,
    );
  const result = validatePolicyText(await readText(positionals[0], 'policy'), positionals[0]);
  if (!result.ok) {
    for (const e of result.errors) io.err(formatPolicyError(e));
    return 1;
  }
  const p = result.policy;
  const targets = tokenTargets(p);
  if (targets.length === 0) {
    io.out(`${p.file}: no service has auth: id-token; nothing to do`);
    return 0;
  }
  // runs on the HAProxy host whose token map it writes: with a fleet (a runtime-api list) that
  // host's own admin socket, not the list's first instance
  const fleet = (p.haproxy.runtimeApis?.length ?? 0) > 1;
  const apis = (values['runtime-api'] as string[] | undefined) ?? [
    fleet ? p.haproxy.statsSocket : (p.haproxy.runtimeApi ?? p.haproxy.statsSocket),
  ];
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await runTokens(
      {
        policyFile: positionals[0],
        runtimeApis: apis,
        mapFile: values['map-file'] ?? p.haproxy.tokenMap ?? DEFAULT_HAPROXY_EXTRAS.tokenMap,
        refreshBeforeMs: refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS,
        once: values.once === true,
        fetch: metadataIdTokens(),
        signal: controller.signal,
      },
      io,
      targets,
    );
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
