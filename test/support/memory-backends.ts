// An in-memory store and lock for driving the round trip's phases without a disk or a network. They keep the
// contracts that matter to the round trip: the store's write is a compare-and-swap on the generation, and the lock
// has at most one holder. They record what happened so tests can assert on it.
import { randomUUID } from 'node:crypto';
import type { Envelope } from '../../src/core/envelope.js';
import { LockTimeoutError, StoreConflictError } from '../../src/core/errors.js';
import type { Acquired, AcquireOptions, LockHandle, LockHolder, StreamLock } from '../../src/locks/lock.js';
import type { Store } from '../../src/stores/store.js';

export class MemoryStore implements Store {
  readonly kind = 'memory';
  readonly location: string;
  readonly readBackAfterWrite = true;
  envelope: Envelope | null = null;
  readonly writes: Envelope[] = [];
  private waiters: { generation: number; resolve: () => void }[] = [];

  constructor(readonly stream: string) {
    this.location = `memory:${stream}`;
  }

  async read(): Promise<Envelope | null> {
    return this.envelope;
  }

  async write(envelope: Envelope, expectedGeneration: number | 'replace'): Promise<void> {
    const current = this.envelope?.generation ?? 0;
    if (expectedGeneration !== 'replace' && current !== expectedGeneration) {
      throw new StoreConflictError(
        `${this.location} holds generation ${current}, not ${expectedGeneration}: another writer was first.`,
      );
    }
    this.envelope = envelope;
    this.writes.push(envelope);
    const due = this.waiters.filter((waiter) => waiter.generation <= envelope.generation);
    this.waiters = this.waiters.filter((waiter) => !due.includes(waiter));
    for (const waiter of due) waiter.resolve();
  }

  /** Settles once a write reached `generation`: a test awaits the write itself, never a delay. */
  generationReached(generation: number): Promise<void> {
    if ((this.envelope?.generation ?? 0) >= generation) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ generation, resolve }));
  }

  async currentGeneration(): Promise<number | null> {
    return this.envelope?.generation ?? 0;
  }

  async remove(): Promise<void> {
    this.envelope = null;
  }

  async rollback(badGeneration: number): Promise<boolean> {
    const previous = this.writes.filter((written) => written.generation < badGeneration).at(-1);
    this.envelope = previous ?? null;
    return true;
  }
}

/** At most one holder; a second acquire fails at once (a test that waits would only slow the suite). */
export class MemoryLock implements StreamLock {
  readonly kind = 'memory';
  holder: LockHolder | null = null;
  readonly events: string[] = [];

  async acquire(options: AcquireOptions): Promise<Acquired> {
    if (this.holder) throw new LockTimeoutError(`held by ${this.holder.owner}`);
    const now = Date.now();
    this.holder = {
      id: randomUUID(),
      host: 'memory',
      pid: options.mode === 'process' ? process.pid : null,
      owner: options.owner,
      acquiredAt: new Date(now).toISOString(),
      expiresAt: new Date(now + options.leaseMs).toISOString(),
    };
    this.events.push(`acquire ${options.mode}`);
    return { handle: this.handle(this.holder), waitedMs: 0 };
  }

  async resume(id: string): Promise<LockHandle> {
    if (this.holder?.id !== id) throw new LockTimeoutError(`lease ${id} is not held`);
    this.events.push('resume');
    return this.handle(this.holder);
  }

  async inspect(): Promise<LockHolder | null> {
    return this.holder;
  }

  async forceRelease(): Promise<LockHolder | null> {
    const holder = this.holder;
    this.holder = null;
    return holder;
  }

  private handle(holder: LockHolder): LockHandle {
    return {
      holder,
      release: async () => {
        this.events.push('release');
        if (this.holder?.id !== holder.id) return false;
        this.holder = null;
        return true;
      },
    };
  }
}
