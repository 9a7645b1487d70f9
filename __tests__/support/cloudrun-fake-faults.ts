// Fault injection for the Cloud Run fake. Call-level faults answer an RPC with a gRPC error
// before the fake looks at it; LRO and revision faults change how a write completes.
import { status } from '@grpc/grpc-js';

/** RPC names as the fake records them. */
export type FakeMethod =
  | 'GetService'
  | 'ListServices'
  | 'CreateService'
  | 'UpdateService'
  | 'GetRevision'
  | 'ListRevisions'
  | 'GetOperation';

interface CallFault {
  code: number;
  message: string;
  remaining: number;
}

export class FakeFaults {
  private readonly calls = new Map<FakeMethod, CallFault[]>();
  private lroFailures: { code: number; message: string }[] = [];
  private lroSlowdowns: number[] = [];
  private readonly imageFailures = new Map<string, string>();
  private revisionFailures: string[] = [];
  private updateHooks: (() => void)[] = [];

  /** The next `times` calls of `method` fail with `code` (a grpc status) and `message`. */
  failNext(method: FakeMethod, code: number, times = 1, message?: string): void {
    const list = this.calls.get(method) ?? [];
    list.push({ code, message: message ?? `injected ${status[code]} on ${method}`, remaining: times });
    this.calls.set(method, list);
  }

  unavailable(method: FakeMethod, times = 1): void {
    this.failNext(
      method,
      status.UNAVAILABLE,
      times,
      `injected: the service is currently unavailable (${method})`,
    );
  }

  deadlineExceeded(method: FakeMethod, times = 1): void {
    this.failNext(method, status.DEADLINE_EXCEEDED, times, `injected: deadline exceeded (${method})`);
  }

  /** The next write's long-running operation ends with this error (default INTERNAL). */
  failNextLro(message = 'injected: the operation failed', code: number = status.INTERNAL): void {
    this.lroFailures.push({ code, message });
  }

  /** The next write's long-running operation takes `extraMs` longer. */
  slowNextLro(extraMs: number): void {
    this.lroSlowdowns.push(extraMs);
  }

  /** Revisions created from `image` fail to become ready with `reason`. */
  failImage(image: string, reason: string): void {
    this.imageFailures.set(image, reason);
  }

  /** The next revision created (whatever its image) fails to become ready with `reason`. */
  failNextRevision(reason: string): void {
    this.revisionFailures.push(reason);
  }

  /** Runs `hook` at the start of the next UpdateService, e.g. to simulate a concurrent writer. */
  onNextUpdate(hook: () => void): void {
    this.updateHooks.push(hook);
  }

  clear(): void {
    this.calls.clear();
    this.lroFailures = [];
    this.lroSlowdowns = [];
    this.imageFailures.clear();
    this.revisionFailures = [];
    this.updateHooks = [];
  }

  // ---- used by the fake ----

  takeCallFault(method: FakeMethod): { code: number; message: string } | undefined {
    const list = this.calls.get(method);
    const fault = list?.[0];
    if (!list || !fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) list.shift();
    return { code: fault.code, message: fault.message };
  }

  takeLroFailure(): { code: number; message: string } | undefined {
    return this.lroFailures.shift();
  }

  takeLroSlowdown(): number {
    return this.lroSlowdowns.shift() ?? 0;
  }

  takeRevisionFailure(image: string): string | undefined {
    return this.revisionFailures.shift() ?? this.imageFailures.get(image);
  }

  takeUpdateHook(): (() => void) | undefined {
    return this.updateHooks.shift();
  }
}
