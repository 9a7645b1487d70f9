// Runs the real `haproxy -c` on a rendered config. Files the config names that exist only on the
// production host (certificate, CA, map) are replaced by local stand-ins so the check works on any
// machine; the check is about the configuration's syntax and semantics, not those files.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Policy } from '../policy/types.js';
import { FLEET_RUNTIME_API_ENV, renderHaproxy, renderMapFiles } from '../render/index.js';

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
    // a fleet's config binds the runtime API named in the environment: a local stand-in here
    const env = { ...process.env, [FLEET_RUNTIME_API_ENV]: configPath.replace(/[^/]*$/, 'runtime.sock') };
    const { stdout, stderr } = await run(haproxyBinary(), ['-c', '-f', configPath], { env });
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

/** The result of checking every step of a policy. */
export interface StepsCheckResult {
  ok: boolean;
  /** one entry per distinct config checked, with the steps it stands for */
  checks: { steps: number[]; code: number; output: string; what?: string }[];
  notes: string[];
}

/** A config's meaning without its comments: steps whose configs are equal up to comments differ
 *  only in the percent map's contents (renderMap checks those), so one `haproxy -c` covers them. */
function withoutComments(config: string): string {
  return config
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n');
}

/** Above this many services, `ca-file @system-ca` is checked on its own (see checkPolicySteps). */
const SYSTEM_CA_MAX_SERVICES = 20;

/** Run `fn` over `items` with at most `limit` in flight. */
async function inParallel<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Render `policy` offline at each of `steps` with local stand-ins and check it with the real
 * haproxy: one temporary folder and at most one placeholder certificate per call, one `haproxy -c`
 * per distinct config (in parallel), and the folder is removed whatever happens.
 */
export async function checkPolicySteps(policy: Policy, steps: number[]): Promise<StepsCheckResult> {
  const dir = await mkdtemp(join(tmpdir(), 'canary-relay-check-'));
  try {
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
    // HAProxy 2.6 loads the system store for every server (~0.4 ms each): a large config is checked
    // with a one-certificate stand-in, and @system-ca itself in a one-service config beside it
    const systemCaAlone = caFile === '@system-ca' && policy.services.length > SYSTEM_CA_MAX_SERVICES;
    if (systemCaAlone) {
      caFile = certificate ?? (await placeholderPem(dir));
      notes.push(
        `ca-file @system-ca checked in a one-service config; the ${policy.services.length}-service config with a one-certificate stand-in`,
      );
    }
    const standIns = await issue12StandIns(policy, dir, certificate, notes);
    const groups = new Map<string, { steps: number[]; config: string; configPath: string; what?: string }>();
    for (const step of steps) {
      const stepDir = join(dir, `step-${step}`);
      const mapFile = join(stepDir, 'canary.map');
      const config = renderHaproxy(policy, {
        step,
        offline: true,
        overrides: { certificate, caFile, mapFile, statsSocket: join(stepDir, 'admin.sock'), ...standIns },
      });
      const key = withoutComments(config.replaceAll(stepDir, 'STEP'));
      const group = groups.get(key);
      if (group) {
        group.steps.push(step);
        continue;
      }
      groups.set(key, { steps: [step], config, configPath: join(stepDir, 'haproxy.cfg') });
      await mkdir(stepDir);
      for (const f of renderMapFiles(policy, step, mapFile)) await writeFile(f.path, f.text);
    }
    if (systemCaAlone) {
      const one: Policy = { ...policy, services: [policy.services[0]] };
      const oneDir = join(dir, 'system-ca');
      await mkdir(oneDir);
      const mapFile = join(oneDir, 'canary.map');
      for (const f of renderMapFiles(one, steps[0], mapFile)) await writeFile(f.path, f.text);
      const config = renderHaproxy(one, {
        step: steps[0],
        offline: true,
        overrides: {
          certificate,
          caFile: '@system-ca',
          mapFile,
          statsSocket: join(oneDir, 'admin.sock'),
          ...standIns,
        },
      });
      groups.set('@system-ca', {
        steps: [steps[0]],
        config,
        configPath: join(oneDir, 'haproxy.cfg'),
        what: 'ca-file @system-ca (one service)',
      });
    }
    const checks = await inParallel([...groups.values()], Math.max(1, availableParallelism()), async (g) => {
      await writeFile(g.configPath, g.config);
      return {
        steps: g.steps,
        ...(g.what ? { what: g.what } : {}),
        ...(await runHaproxyCheck(g.configPath)),
      };
    });
    return { ok: checks.every((c) => c.code === 0), checks, notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
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
  const r = await checkPolicySteps(policy, [step]);
  const c = r.checks[0];
  return { ok: r.ok, code: c.code, output: c.output, notes: r.notes };
}
