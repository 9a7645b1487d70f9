// Runs the real `haproxy -c` on a rendered config. Files the config names that exist only on the
// production host (certificate, CA, map) are replaced by local stand-ins so the check works on any
// machine; the check is about the configuration's syntax and semantics, not those files.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Policy } from '../policy/types.js';
import { renderHaproxy, renderMap } from '../render/index.js';

const run = promisify(execFile);

export interface CheckResult {
  ok: boolean;
  /** haproxy -c exit code: 0 valid, 1 invalid, 2 valid but no listener */
  code: number;
  output: string;
  notes: string[];
}

export function haproxyBinary(): string {
  return process.env.HAPROXY_BIN || 'haproxy';
}

/** A throwaway self-signed certificate+key PEM, for checks where the real one is not here. */
export async function placeholderPem(dir: string): Promise<string> {
  const key = join(dir, 'placeholder.key');
  const crt = join(dir, 'placeholder.crt');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-subj',
    '/CN=canary-relay-check',
    '-days',
    '1',
    '-keyout',
    key,
    '-out',
    crt,
  ]).catch((e: Error) => {
    throw new Error(
      `making a placeholder certificate for haproxy -c with openssl: ${e.message}; install openssl`,
    );
  });
  const pem = join(dir, 'placeholder.pem');
  await writeFile(pem, (await readFile(crt, 'utf8')) + (await readFile(key, 'utf8')));
  return pem;
}

export async function runHaproxyCheck(configPath: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(haproxyBinary(), ['-c', '-f', configPath]);
    return { code: 0, output: (stdout + stderr).trim() };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { code?: number | string; stdout?: string; stderr?: string };
    if (err.code === 'ENOENT') {
      throw new Error(
        'running haproxy -c: haproxy is not installed; install it (apt-get install haproxy) or set HAPROXY_BIN',
      );
    }
    return {
      code: typeof err.code === 'number' ? err.code : 1,
      output: `${err.stdout ?? ''}${err.stderr ?? ''}`.trim(),
    };
  }
}

/** Stand-ins for the client CA, the token map and the server-state file (issue 12). */
async function issue12StandIns(
  policy: Policy,
  dir: string,
  certificate: string | undefined,
  notes: string[],
): Promise<{ clientCa?: string; tokenMap: string; serverStateFile: string }> {
  const h = policy.haproxy;
  const tokenMap = join(dir, 'tokens.map');
  await writeFile(tokenMap, '', { mode: 0o600 });
  const serverStateFile = join(dir, 'server.state');
  await writeFile(serverStateFile, '1\n'); // an empty state file of format version 1
  let clientCa = h.clientCa;
  if (clientCa !== undefined && !existsSync(clientCa)) {
    clientCa = certificate ?? (await placeholderPem(dir));
    notes.push(`client-ca ${h.clientCa} is not on this machine; checked with a placeholder`);
  }
  return { clientCa, tokenMap, serverStateFile };
}

/** Render `policy` at `step` offline with local stand-ins and check it with the real haproxy. */
export async function checkPolicyConfig(policy: Policy, step: number): Promise<CheckResult> {
  const dir = await mkdtemp(join(tmpdir(), 'canary-relay-check-'));
  try {
    return await checkIn(dir, policy, step);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function checkIn(dir: string, policy: Policy, step: number): Promise<CheckResult> {
  const notes: string[] = [];
  const h = policy.haproxy;
  let certificate = h.certificate;
  let caFile = h.caFile;
  if (certificate && !existsSync(certificate)) {
    certificate = await placeholderPem(dir);
    notes.push(`certificate ${h.certificate} is not on this machine; checked with a placeholder`);
  }
  if (caFile !== '@system-ca' && !existsSync(caFile)) {
    caFile = certificate ?? (await placeholderPem(dir));
    notes.push(`ca-file ${h.caFile} is not on this machine; checked with a placeholder`);
  }
  const mapFile = join(dir, 'canary.map');
  await writeFile(mapFile, renderMap(policy, step));
  const config = renderHaproxy(policy, {
    step,
    offline: true,
    overrides: {
      certificate,
      caFile,
      mapFile,
      statsSocket: join(dir, 'admin.sock'),
      ...(await issue12StandIns(policy, dir, certificate, notes)),
    },
  });
  const configPath = join(dir, 'haproxy.cfg');
  await writeFile(configPath, config);
  const { code, output } = await runHaproxyCheck(configPath);
  return { ok: code === 0, code, output, notes };
}
