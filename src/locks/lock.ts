import type { WorkflowRunRef } from '../github/workflow-run.js';

// Where the run a holder belongs to is described: the GitHub client that asks about it owns the type.
export type { WorkflowRunRef };

/** Who holds a stream's lock. Recorded by the holder; shown to waiters and by `status`. Never holds a secret. */
export interface LockHolder {
  /** Random id of this acquisition; only the holder knows it, so only the holder can release or resume. */
  readonly id: string;
  readonly host: string;
  /**
   * The holding process when the lock dies with it (`run`); null for a lease that outlives its process
   * (`restore` hands the lock to a later `persist`).
   */
  readonly pid: number | null;
  /** Free text naming the holder: a run URL, `user@host`, the command. */
  readonly owner: string;
  readonly acquiredAt: string;
  /** The lease ends here unless renewed by a heartbeat. */
  readonly expiresAt: string;
  /** The GitHub Actions run holding the lock, when it is one: its status tells whether the holder is gone. */
  readonly run?: WorkflowRunRef;
  /**
   * Set by `inspect()` only (never stored): true when the holder is gone by the lock's own rule, so the next
   * acquire takes the lock (a dead pid on this machine, an expired lease, a finished run).
   */
  readonly stale?: boolean;
}

export interface AcquireOptions {
  readonly owner: string;
  /** Give up (LockTimeoutError) after this long. */
  readonly timeoutMs: number;
  /** Lease length. A process-bound lock renews it while the process lives. */
  readonly leaseMs: number;
  /** `process`: the lock is stale once this process is gone. `lease`: it outlives us until released or expired. */
  readonly mode: 'process' | 'lease';
  /** Called now and then while waiting, to tell the user who holds the lock. */
  readonly onWait?: (holder: LockHolder, waitedMs: number) => void;
  readonly signal?: AbortSignal;
}

export interface LockHandle {
  readonly holder: LockHolder;
  /** Releases the lock if we still hold it; returns false if it had been taken over. */
  release(): Promise<boolean>;
}

export interface Acquired {
  readonly handle: LockHandle;
  readonly waitedMs: number;
}

export interface StreamLock {
  readonly kind: string;
  acquire(options: AcquireOptions): Promise<Acquired>;
  /** Takes back a lease acquired by an earlier process (restore -> persist), by its id. */
  resume(id: string): Promise<LockHandle>;
  /** The current holder, or null. */
  inspect(): Promise<LockHolder | null>;
  /** Removes the lock whoever holds it; returns the holder it removed. For `unlock --force`. */
  forceRelease(): Promise<LockHolder | null>;
}

/** One line naming a holder for waiters, timeouts and `unlock`. */
export function describeHolder(holder: LockHolder): string {
  if (holder.run) {
    const job = holder.run.job ? `, job ${holder.run.job}` : '';
    return `run ${holder.run.id} (${holder.run.url}${job}, host ${holder.host}, since ${holder.acquiredAt})`;
  }
  const pid = holder.pid === null ? 'no pid: a lease that outlives its process' : `pid ${holder.pid}`;
  return `${holder.owner} (host ${holder.host}, ${pid}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}
