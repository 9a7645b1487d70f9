// Real servers (HAProxy, Prometheus) run as child processes by the live tests: free loopback ports,
// polling until something holds, and start/stop with the output kept for failure messages.
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { basename } from 'node:path';

/** A free loopback TCP port (bind to 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor(
  what: string,
  ok: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Whether something accepts TCP connections on the loopback `port`. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export interface RunningProcess {
  proc: ChildProcess;
  pid: number;
  /** stdout and stderr so far */
  output: () => string;
  /** SIGTERM, then SIGKILL after 3 s; resolves once it has exited */
  stop(): Promise<void>;
}

export interface Readiness {
  /** what is awaited, for the timeout message */
  what: string;
  ready: () => Promise<boolean>;
  timeoutMs: number;
  /** 'ignore': stdout to /dev/null (benchmarks: a pipe read here costs CPU on both sides) */
  stdout?: 'pipe' | 'ignore';
}

/** Spawn `cmd args` and wait until `ready` holds; if it exits first or the wait times out it is
 *  killed and the start fails (with its output when it exited). */
export async function spawnService(cmd: string, args: string[], until: Readiness): Promise<RunningProcess> {
  const proc = spawn(cmd, args, { stdio: ['ignore', until.stdout ?? 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  let exited = false;
  proc.once('exit', () => (exited = true));
  try {
    await waitFor(
      until.what,
      async () => {
        if (exited) throw new Error(`${basename(cmd)} exited at start: ${out}`);
        return until.ready();
      },
      until.timeoutMs,
    );
  } catch (e) {
    proc.kill('SIGKILL');
    throw e;
  }
  return {
    proc,
    pid: proc.pid ?? -1,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 3000).unref();
      }),
  };
}
