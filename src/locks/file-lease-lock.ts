import path from 'node:path';
import { LockLostError, LockTimeoutError } from '../core/errors.js';
import { ensurePrivateDir, writePrivateFileAtomic } from '../platform/secure-files.js';
import { backoffDelay, sleep } from './backoff.js';
import { FileLeaseHandle, type LeaseOwner } from './file-lease-handle.js';
import { createLeaseExclusive, readLease, removeLeaseIfUnchanged } from './lease-file.js';
import { GUARD_STALE_MS, guarded } from './lease-guard.js';
import { FORMAT_VERSION, isStale, LOCK_FILE_NAME, type LeaseRecord, toHolder } from './lease-record.js';
import {
  type Acquired,
  type AcquireOptions,
  describeHolder,
  type LockHandle,
  type LockHolder,
  type StreamLock,
} from './lock.js';
import { currentIdentity, processStartTime } from './process-liveness.js';

// A stream's lock as a lease file, `<state-dir>/<stream>/lock.json`, that names its holder (never a secret).
// Split by concern: lease-record.ts (the format and the staleness rule), lease-file.ts (create, read, remove the
// file safely), lease-guard.ts (the short-lived guard around each decision), file-lease-handle.ts (a held lease
// and its heartbeat). This file is the protocol: acquire, resume, inspect, release, renew.

const NOTICE_EVERY_MS = 10_000;

/**
 * A lease with more than this left to run is released without the guard (see releaseIfHeld). A process lease is
 * renewed every 20 s of its 60, so a run ends with 40 s or more left; the margin covers the clocks of other hosts
 * that share the state directory, which judge the lease by its expiresAt.
 */
export const UNGUARDED_RELEASE_MS = 15_000;

export interface FileLeaseLockOptions {
  /** How often onWait repeats while waiting (default 10 s). */
  readonly noticeEveryMs?: number;
}

export class FileLeaseLock implements StreamLock, LeaseOwner {
  readonly kind = 'file';
  readonly file: string;
  readonly #guard: string;
  readonly #noticeEveryMs: number;

  constructor(
    readonly dir: string,
    readonly stream: string,
    options: FileLeaseLockOptions = {},
  ) {
    this.file = path.join(dir, LOCK_FILE_NAME);
    this.#guard = `${this.file}.guard`;
    this.#noticeEveryMs = options.noticeEveryMs ?? NOTICE_EVERY_MS;
  }

  async acquire(options: AcquireOptions): Promise<Acquired> {
    if (!(options.timeoutMs >= 0) || !(options.leaseMs > 0)) {
      throw new RangeError(
        `lock timeout (${options.timeoutMs}) and lease (${options.leaseMs}) must be positive`,
      );
    }
    const started = performance.now();
    const deadline = Date.now() + options.timeoutMs;
    await ensurePrivateDir(this.dir);
    // A free lock is taken without the guard: the lease is created with link(2), which fails if another process
    // created one first. The guard serializes only what is decided about a lease on file (is it stale? remove it),
    // and every writer of a lease on file holds it; creating where there is none changes nothing they decided.
    const free = await this.#tryTake(options, 'only-if-free');
    if (free.taken) return { handle: this.#handle(free.taken, options), waitedMs: 0 };
    let blocker: LockHolder | null = null;
    let lastNotice: number | null = null;
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      // Even a zero timeout waits a moment for the guard: a try must not fail because someone was inspecting.
      const guardDeadline = Math.max(deadline, Date.now() + 500);
      const outcome = await this.#guarded(() => this.#tryTake(options), guardDeadline, options.signal);
      const waitedMs = Math.round(performance.now() - started);
      if (outcome.ok && outcome.value.taken)
        return { handle: this.#handle(outcome.value.taken, options), waitedMs };
      if (outcome.ok && outcome.value.blocker) blocker = outcome.value.blocker;
      if (Date.now() >= deadline) throw this.#timeoutError(blocker, waitedMs);
      if (blocker !== null && (lastNotice === null || waitedMs - lastNotice >= this.#noticeEveryMs)) {
        lastNotice = waitedMs;
        options.onWait?.(blocker, waitedMs);
      }
      await sleep(Math.max(0, Math.min(backoffDelay(attempt), deadline - Date.now())), options.signal);
    }
  }

  /**
   * Takes back a lease by id (restore in one process, persist in a later one). Succeeds while the file still holds
   * that id, even past expiresAt (nobody took it); the lease is not extended. Throws LockLostError otherwise.
   * Meant for `lease` mode: a resumed `process` lock still dies with the process that acquired it.
   */
  async resume(id: string): Promise<LockHandle> {
    const snapshot = await readLease(this.file);
    if (snapshot?.holder.id !== id) {
      const now =
        snapshot === null ? 'it is free now' : `it is now held by ${describeHolder(snapshot.holder)}`;
      throw new LockLostError(
        `the lock on stream "${this.stream}" is no longer held under lease ${id}: it was released, or it expired and was taken over (${now}). Run the job again from restore so that the stream is locked anew.`,
      );
    }
    return new FileLeaseHandle(this, snapshot.holder, 0);
  }

  /**
   * The holder named by the lock file, stale or not (`stale` says which); an unreadable file is reported as held
   * by "unknown".
   */
  async inspect(): Promise<LockHolder | null> {
    const snapshot = await readLease(this.file);
    return snapshot === null ? null : { ...snapshot.holder, stale: isStale(snapshot) };
  }

  async forceRelease(): Promise<LockHolder | null> {
    for (;;) {
      if ((await readLease(this.file)) === null) return null;
      const outcome = await this.#guarded(
        async () => {
          const snapshot = await readLease(this.file);
          if (snapshot === null) return { removed: null };
          return (await removeLeaseIfUnchanged(this.file, snapshot)) ? { removed: snapshot.holder } : null;
        },
        Date.now() + 3 * GUARD_STALE_MS,
      );
      if (!outcome.ok) {
        throw new Error(`cannot force-release ${this.file}: its guard ${this.#guard} stays busy`);
      }
      if (outcome.value !== null) return outcome.value.removed;
    }
  }

  /**
   * Removes the lease only if it still carries `id`. False when it was released or taken over meanwhile.
   * A lease with time to run goes without the guard: nobody else writes it while it is not stale (a taker on this
   * machine judges a live holder by its pid and start time, one on another host by expiresAt, and only the holder
   * renews), so the removal's own check decides alone (moved aside, and put back unless it is the lease read).
   * A run that found its lock free then never loads the guard's library (about 11 ms of CPU while Codex starts).
   */
  async releaseIfHeld(id: string): Promise<boolean> {
    const snapshot = await readLease(this.file);
    if (snapshot?.holder.id !== id) return false;
    if (Date.parse(snapshot.holder.expiresAt) - Date.now() > UNGUARDED_RELEASE_MS) {
      return removeLeaseIfUnchanged(this.file, snapshot);
    }
    const outcome = await this.#guarded(
      async () => {
        const snapshot = await readLease(this.file);
        return snapshot?.holder.id === id && (await removeLeaseIfUnchanged(this.file, snapshot));
      },
      Date.now() + 3 * GUARD_STALE_MS,
    );
    if (!outcome.ok) throw new Error(`cannot release ${this.file}: its guard ${this.#guard} stays busy`);
    return outcome.value;
  }

  /** Pushes expiresAt forward. Returns the renewed holder, 'lost' if the lease is not ours any more, null if busy. */
  async renew(id: string, leaseMs: number): Promise<LockHolder | 'lost' | null> {
    const outcome = await this.#guarded(
      async () => {
        const snapshot = await readLease(this.file);
        if (snapshot?.record?.id !== id) return 'lost' as const;
        const record: LeaseRecord = {
          ...snapshot.record,
          expiresAt: new Date(Date.now() + leaseMs).toISOString(),
        };
        await writePrivateFileAtomic(this.file, `${JSON.stringify(record, null, 2)}\n`);
        return toHolder(record);
      },
      Date.now() + Math.max(200, leaseMs / 6),
    );
    return outcome.ok ? outcome.value : null;
  }

  #handle(taken: LockHolder, options: AcquireOptions): FileLeaseHandle {
    return new FileLeaseHandle(this, taken, options.mode === 'process' ? options.leaseMs : 0);
  }

  /** Under the guard: takes a free or stale lease. 'only-if-free' (no guard held): takes it only if none is on file. */
  async #tryTake(
    options: AcquireOptions,
    scope: 'guarded' | 'only-if-free' = 'guarded',
  ): Promise<{ taken?: LockHolder; blocker?: LockHolder }> {
    // node:crypto is loaded when a lock is taken, not by `status`, which only reads the lease.
    const { randomUUID } = await import('node:crypto');
    const snapshot = await readLease(this.file);
    if (snapshot !== null && scope === 'only-if-free') return {};
    if (snapshot !== null) {
      if (!isStale(snapshot)) return { blocker: snapshot.holder };
      if (!(await removeLeaseIfUnchanged(this.file, snapshot))) return {};
    }
    const now = Date.now();
    const identity = currentIdentity();
    const bound = options.mode === 'process';
    const record: LeaseRecord = {
      version: FORMAT_VERSION,
      stream: this.stream,
      mode: options.mode,
      id: randomUUID(),
      host: identity.host,
      pid: bound ? process.pid : null,
      owner: options.owner,
      acquiredAt: new Date(now).toISOString(),
      expiresAt: new Date(now + options.leaseMs).toISOString(),
      bootId: identity.bootId,
      pidNamespace: identity.pidNamespace,
      pidStartTime: bound ? processStartTime(process.pid) : null,
    };
    return (await createLeaseExclusive(this.file, record)) ? { taken: toHolder(record) } : {};
  }

  #guarded<T>(critical: () => Promise<T>, deadline: number, signal?: AbortSignal) {
    return guarded(this.file, this.#guard, critical, deadline, signal);
  }

  #timeoutError(holder: LockHolder | null, waitedMs: number): LockTimeoutError {
    const seconds = (waitedMs / 1000).toFixed(1);
    const held =
      holder === null ? `its guard ${this.#guard} stayed busy` : `it is held by ${describeHolder(holder)}`;
    return new LockTimeoutError(
      `timed out after ${seconds}s waiting for the lock on stream "${this.stream}": ${held}. Wait for that holder to finish and try again, raise --lock-timeout, or, if you know the holder is gone, remove the lock with \`codex-auth unlock --force --stream ${this.stream}\`.`,
    );
  }
}
