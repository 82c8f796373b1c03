import { checkStreamDir, type StateDirOrigin } from '../platform/check-paths.js';
import type { AcquireOptions, Acquired, LockHandle, LockHolder, StreamLock } from './lock.js';

/**
 * The file lock behind a check of its directory: a state dir that is a file, a stream dir this user cannot write, or
 * a lock file that is a directory gets a message naming --state-dir / CODEX_AUTH_STATE_DIR and the path (exit 2),
 * not a raw EISDIR from deep inside the lease code.
 */
export class CheckedFileLock implements StreamLock {
  readonly kind: string;

  constructor(
    private readonly inner: StreamLock,
    private readonly origin: StateDirOrigin,
    private readonly stream: string,
    private readonly lockFileName: string,
  ) {
    this.kind = inner.kind;
  }

  async acquire(options: AcquireOptions): Promise<Acquired> {
    await this.check(true);
    return this.inner.acquire(options);
  }

  async resume(id: string): Promise<LockHandle> {
    await this.check(true);
    return this.inner.resume(id);
  }

  async inspect(): Promise<LockHolder | null> {
    await this.check(false);
    return this.inner.inspect();
  }

  async forceRelease(): Promise<LockHolder | null> {
    await this.check(true);
    return this.inner.forceRelease();
  }

  private check(write: boolean): Promise<void> {
    return checkStreamDir(this.origin, this.stream, write, [this.lockFileName]);
  }
}
