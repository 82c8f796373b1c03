import type { LockHandle, LockHolder } from './lock.js';

/** What a handle needs of its lock: the two guarded operations on its own lease. */
export interface LeaseOwner {
  releaseIfHeld(id: string): Promise<boolean>;
  /** The renewed holder, 'lost' if the lease is not ours any more, null if the guard was busy. */
  renew(id: string, leaseMs: number): Promise<LockHolder | 'lost' | null>;
}

/** One held lease: released once, and (process mode) kept alive by a heartbeat while held. */
export class FileLeaseHandle implements LockHandle {
  #holder: LockHolder;
  #done = false;
  #timer: NodeJS.Timeout | null = null;
  #renewing: Promise<void> | null = null;

  /** `heartbeatLeaseMs` > 0: renew the lease every third of it while held (process mode). */
  constructor(
    private readonly lock: LeaseOwner,
    holder: LockHolder,
    heartbeatLeaseMs: number,
  ) {
    this.#holder = holder;
    if (heartbeatLeaseMs > 0) {
      this.#timer = setInterval(() => this.#beat(heartbeatLeaseMs), Math.max(10, heartbeatLeaseMs / 3));
      this.#timer.unref();
    }
  }

  get holder(): LockHolder {
    return this.#holder;
  }

  async release(): Promise<boolean> {
    if (this.#done) return false;
    this.#stop();
    await this.#renewing;
    return this.lock.releaseIfHeld(this.#holder.id);
  }

  #beat(leaseMs: number): void {
    if (this.#renewing !== null || this.#done) return;
    this.#renewing = this.lock
      .renew(this.#holder.id, leaseMs)
      .then((renewed) => {
        if (renewed === 'lost') this.#stop();
        else if (renewed !== null) this.#holder = renewed;
      })
      // A failed renewal (a full disk, a vanished directory) is retried on the next beat; the lease has slack.
      .catch(() => {})
      .finally(() => {
        this.#renewing = null;
      });
  }

  #stop(): void {
    this.#done = true;
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }
}
