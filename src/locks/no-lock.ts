import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Acquired, AcquireOptions, LockHandle, LockHolder, StreamLock } from './lock.js';

// For setups where the platform already serializes runs (a GitHub Actions `concurrency:` group, a single-slot CI
// queue): nothing is written anywhere, so nothing can be inspected or force-released either.

export class NoLock implements StreamLock {
  readonly kind = 'none';

  async acquire(options: AcquireOptions): Promise<Acquired> {
    options.signal?.throwIfAborted();
    const now = Date.now();
    const holder: LockHolder = {
      id: randomUUID(),
      host: os.hostname(),
      pid: options.mode === 'process' ? process.pid : null,
      owner: options.owner,
      acquiredAt: new Date(now).toISOString(),
      expiresAt: new Date(now + options.leaseMs).toISOString(),
    };
    return { handle: noLockHandle(holder), waitedMs: 0 };
  }

  async resume(id: string): Promise<LockHandle> {
    const now = new Date().toISOString();
    return noLockHandle({
      id,
      host: os.hostname(),
      pid: null,
      owner: 'no lock',
      acquiredAt: now,
      expiresAt: now,
    });
  }

  async inspect(): Promise<LockHolder | null> {
    return null;
  }

  async forceRelease(): Promise<LockHolder | null> {
    return null;
  }
}

function noLockHandle(holder: LockHolder): LockHandle {
  return { holder, release: async () => true };
}
