// ID tokens from the metadata server (the host's service account) via google-auth-library, and
// their delivery to HAProxy: `set map` / `add map` on every runtime API given, plus the token map
// file rewritten atomically with mode 0600 so a reload starts with valid tokens.
// The metadata server is GCE_METADATA_HOST when set (tests: a fake on loopback), else Google's.
import { Compute } from 'google-auth-library';
import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { HaproxyRuntime } from './haproxy-runtime.js';

export type IdTokenFetcher = (audience: string) => Promise<string>;

/** google-auth-library's Compute client: GET …/service-accounts/default/identity?audience=A&format=full. */
export function metadataIdTokens(): IdTokenFetcher {
  const client = new Compute();
  return async (audience) => {
    try {
      return await client.fetchIdToken(audience);
    } catch (e) {
      throw new Error(
        `fetching an ID token for ${audience} from the metadata server${process.env.GCE_METADATA_HOST ? ` at ${process.env.GCE_METADATA_HOST}` : ''}: ${(e as Error).message}`,
      );
    }
  };
}

const KEY = /^[a-z][a-z0-9-]{0,62}$/;
const TOKEN = /^[A-Za-z0-9_.-]{1,8192}$/;

/** Put `service → token` into the map on each runtime API (add when new). Never logs the token. */
export async function setTokenAtRuntime(
  address: string,
  mapFile: string,
  service: string,
  token: string,
): Promise<void> {
  if (!KEY.test(service) || !TOKEN.test(token))
    throw new Error(`refusing to send a token for ${JSON.stringify(service)}: unexpected characters`);
  const rt = new HaproxyRuntime(address, { persistMapFile: false });
  const present = (await rt.showMap(mapFile)).some((e) => e.key === service);
  const verb = present ? 'set' : 'add';
  let answer: string;
  try {
    answer = (await rt.command(`${verb} map ${mapFile} ${service} ${token}`)).trim();
  } catch {
    // the runtime client's message quotes the command, which holds the token: say it without
    throw new Error(
      `HAProxy runtime API at ${address}: ${verb} map ${mapFile} ${service} <token> got no answer`,
    );
  }
  if (answer !== '')
    throw new Error(
      `HAProxy runtime API at ${address}: ${verb} map ${mapFile} ${service} <token>: ${answer}`,
    );
}

/** Rewrite the token map file with every held token (services in order), 0600, atomically. */
export async function writeTokenMapFile(mapFile: string, tokens: Map<string, string>): Promise<void> {
  let previous = '';
  try {
    previous = await readFile(mapFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // keep entries of services this run does not manage (another policy may share the file)
  const kept = previous.split('\n').filter((l) => {
    const key = /^\s*(\S+)/.exec(l)?.[1];
    return key !== undefined && !key.startsWith('#') && !tokens.has(key);
  });
  const lines = [
    '# canary-relay: Google ID token per private service (<service> <token>); written by canary-relay tokens',
    ...kept,
    ...[...tokens].map(([k, v]) => `${k} ${v}`),
  ];
  const tmp = `${mapFile}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, lines.join('\n') + '\n', { mode: 0o600 });
    await chmod(tmp, 0o600);
    await rename(tmp, mapFile);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new Error(`writing the token map ${mapFile}: ${(e as Error).message}`);
  }
}
