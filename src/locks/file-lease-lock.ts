import { randomBytes, randomUUID } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import lockfile from 'proper-lockfile';
import { LockLostError, LockTimeoutError } from '../core/errors.js';
import { ensurePrivateDir, isErrno, PRIVATE_FILE_MODE, writePrivateFileAtomic } from '../fs/secure-files.js';
import { backoffDelay, sleep } from './backoff.js';
import {
  type Acquired,
  type AcquireOptions,
  describeHolder,
  type LockHandle,
  type LockHolder,
  type StreamLock,
} from './lock.js';
import {
  currentIdentity,
  isProcessAlive,
  type ProcessIdentity,
  processStartTime,
  sameProcessSpace,
} from './process-liveness.js';

// A stream's lock as a lease file, `<state-dir>/<stream>/lock.json`, that names its holder (never a secret).
//
// Who may take it (the one rule everything else serves: a lock is stale only when its holder is really gone):
// - `lease` mode (pid null, outlives its process): stale once expiresAt has passed, nothing else.
// - `process` mode, holder in our process space (same hostname, boot and pid namespace): the pid decides. Alive
//   means held even past expiresAt (a suspended laptop, a starved event loop missed heartbeats, but the holder
//   will resume and still believes it holds the lock); dead, zombie, or the pid now names a process with another
//   start time means stale at once, so a `kill -9`ed holder is replaced within one poll (< ~1 s).
// - `process` mode, holder elsewhere (another host sharing the directory, another container): we cannot see its
//   pid, so expiry decides; the holder's heartbeat renews expiresAt every leaseMs/3 while it lives.
// Timestamps come from each writer's clock: hosts sharing a directory need clocks closer than a lease.
//
// Every "read lease -> decide -> write" runs under a short-lived proper-lockfile guard (`lock.json.guard`), so two
// waiters never both judge the same stale lease and both take it. Beneath the guard the writes are checked again
// in case it ever broke (its holder stalled past the guard's stale time): a lease is created with link(), which
// fails if any lease exists, and removed by renaming it aside and confirming it is still the file we judged.

export const LOCK_FILE_NAME = 'lock.json';
/** How long an unreadable lock file (hand-edited, foreign format) blocks after its last write. */
export const UNREADABLE_LOCK_LEASE_MS = 15 * 60_000;
const GUARD_STALE_MS = 2_000; // proper-lockfile's minimum; the guard is held for milliseconds.
const NOTICE_EVERY_MS = 10_000;
const FORMAT_VERSION = 1;

/** The lease is gone or belongs to someone else: released, or expired and taken over. Exit code 4, like a timeout. */
export interface FileLeaseLockOptions {
  /** How often onWait repeats while waiting (default 10 s). */
  readonly noticeEveryMs?: number;
}

/** The file's content: the holder plus what it takes to judge the holder's pid later. */
interface LeaseRecord extends LockHolder {
  readonly version: number;
  readonly stream: string;
  readonly mode: 'process' | 'lease';
  readonly bootId: string | null;
  readonly pidNamespace: string | null;
  readonly pidStartTime: string | null;
}

/** What was read, and which file it was, so that a removal can check it still removes that very file. */
interface Snapshot {
  readonly holder: LockHolder;
  readonly record: LeaseRecord | null;
  readonly fileId: string;
}

export class FileLeaseLock implements StreamLock {
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
    let blocker: LockHolder | null = null;
    let lastNotice: number | null = null;
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      // Even a zero timeout waits a moment for the guard: a try must not fail because someone was inspecting.
      const guardDeadline = Math.max(deadline, Date.now() + 500);
      const outcome = await this.#guarded(() => this.#tryTake(options), guardDeadline, options.signal);
      const waitedMs = Math.round(performance.now() - started);
      if (outcome.ok && outcome.value.taken) {
        const handle = new FileLeaseHandle(
          this,
          outcome.value.taken,
          options.mode === 'process' ? options.leaseMs : 0,
        );
        return { handle, waitedMs };
      }
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
    const snapshot = await this.#read();
    if (snapshot?.holder.id !== id) {
      const now =
        snapshot === null ? 'it is free now' : `it is now held by ${describeHolder(snapshot.holder)}`;
      throw new LockLostError(
        `the lock on stream "${this.stream}" is no longer held under lease ${id}: it was released, or it expired and was taken over (${now}). Run the job again from restore so that the stream is locked anew.`,
      );
    }
    return new FileLeaseHandle(this, snapshot.holder, 0);
  }

  /** The holder named by the lock file, stale or not; an unreadable file is reported as held by "unknown". */
  async inspect(): Promise<LockHolder | null> {
    return (await this.#read())?.holder ?? null;
  }

  async forceRelease(): Promise<LockHolder | null> {
    for (;;) {
      if ((await this.#read()) === null) return null;
      const outcome = await this.#guarded(
        async () => {
          const snapshot = await this.#read();
          if (snapshot === null) return { removed: null };
          return (await this.#removeIfUnchanged(snapshot)) ? { removed: snapshot.holder } : null;
        },
        Date.now() + 3 * GUARD_STALE_MS,
      );
      if (!outcome.ok) {
        throw new Error(`cannot force-release ${this.file}: its guard ${this.#guard} stays busy`);
      }
      if (outcome.value !== null) return outcome.value.removed;
    }
  }

  /** Removes the lease only if it still carries `id`. False when it was released or taken over meanwhile. */
  async releaseIfHeld(id: string): Promise<boolean> {
    if ((await this.#read())?.holder.id !== id) return false;
    const outcome = await this.#guarded(
      async () => {
        const snapshot = await this.#read();
        return snapshot?.holder.id === id && (await this.#removeIfUnchanged(snapshot));
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
        const snapshot = await this.#read();
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

  async #tryTake(options: AcquireOptions): Promise<{ taken?: LockHolder; blocker?: LockHolder }> {
    const snapshot = await this.#read();
    if (snapshot !== null) {
      if (!isStale(snapshot)) return { blocker: snapshot.holder };
      if (!(await this.#removeIfUnchanged(snapshot))) return {};
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
    return (await this.#createExclusive(record)) ? { taken: toHolder(record) } : {};
  }

  async #read(): Promise<Snapshot | null> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      if (!isErrno(error, 'ELOOP')) throw error;
      const stat = await fs.lstat(this.file).catch(() => null);
      return stat === null ? null : unreadable(this.file, 'it is a symbolic link', stat);
    }
    try {
      const stat = await handle.stat();
      const record = parseRecord(await handle.readFile('utf8'));
      if (typeof record === 'string') return unreadable(this.file, record, stat);
      return { holder: toHolder(record), record, fileId: fileIdentity(stat) };
    } finally {
      await handle.close();
    }
  }

  /** Creates the lease unless one exists. fsync before link: a crash must not leave an empty lock file behind. */
  async #createExclusive(record: LeaseRecord): Promise<boolean> {
    const temp = this.#sidePath('tmp');
    const handle = await fs.open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      PRIVATE_FILE_MODE,
    );
    try {
      try {
        await handle.writeFile(`${JSON.stringify(record, null, 2)}\n`, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.link(temp, this.file);
      return true;
    } catch (error) {
      if (isErrno(error, 'EEXIST')) return false;
      throw error;
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  /** Removes the lock file if it is still the one `snapshot` read; puts back any other file it moved aside. */
  async #removeIfUnchanged(snapshot: Snapshot): Promise<boolean> {
    const aside = this.#sidePath('removed');
    try {
      await fs.rename(this.file, aside);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return true;
      throw error;
    }
    try {
      const stat = await fs.lstat(aside);
      if (fileIdentity(stat) === snapshot.fileId) return true;
      await fs.link(aside, this.file).catch(() => {}); // Another lease appeared meanwhile: it stands, not ours.
      return false;
    } finally {
      await fs.rm(aside, { force: true });
    }
  }

  #sidePath(kind: string): string {
    return path.join(this.dir, `.${LOCK_FILE_NAME}.${randomBytes(6).toString('hex')}.${kind}`);
  }

  /** Runs `critical` under the guard; { ok: false } if the guard stayed busy until `deadline` (epoch ms). */
  async #guarded<T>(
    critical: () => Promise<T>,
    deadline: number,
    signal?: AbortSignal,
  ): Promise<{ ok: true; value: T } | { ok: false }> {
    for (;;) {
      signal?.throwIfAborted();
      let unlock: () => Promise<void>;
      try {
        unlock = await lockfile.lock(this.file, {
          lockfilePath: this.#guard,
          realpath: false,
          stale: GUARD_STALE_MS,
          retries: 0,
          // The default throws from a timer. A broken guard is survivable: the writes above re-check the file.
          onCompromised: () => {},
        });
      } catch (error) {
        if (!isErrno(error, 'ELOCKED')) throw error;
        const left = deadline - Date.now();
        if (left <= 0) return { ok: false };
        await sleep(Math.min(left, 5 + Math.random() * 20), signal);
        continue;
      }
      try {
        return { ok: true, value: await critical() };
      } finally {
        await unlock().catch(() => {});
      }
    }
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

class FileLeaseHandle implements LockHandle {
  #holder: LockHolder;
  #done = false;
  #timer: NodeJS.Timeout | null = null;
  #renewing: Promise<void> | null = null;

  /** `heartbeatLeaseMs` > 0: renew the lease every third of it while held (process mode). */
  constructor(
    private readonly lock: FileLeaseLock,
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

/** "owner (host h, pid 42, since ..., lease until ...)": for messages and the CLI's waiting notices. */
function isStale(snapshot: Snapshot): boolean {
  const { holder, record } = snapshot;
  if (record !== null && holder.pid !== null) {
    const theirs: ProcessIdentity = {
      host: record.host,
      bootId: record.bootId,
      pidNamespace: record.pidNamespace,
    };
    if (sameProcessSpace(theirs)) return !isProcessAlive(holder.pid, record.pidStartTime);
  }
  return Date.parse(holder.expiresAt) <= Date.now();
}

/** An unreadable lock file still blocks, as a lease held by "unknown" from its last write; it never crashes us. */
function unreadable(file: string, reason: string, stat: Stats): Snapshot {
  const written = stat.mtime;
  const holder: LockHolder = {
    id: 'unknown',
    host: 'unknown',
    pid: null,
    owner: `unknown (the lock file ${file} cannot be read: ${reason}; last written ${written.toISOString()})`,
    acquiredAt: written.toISOString(),
    expiresAt: new Date(written.getTime() + UNREADABLE_LOCK_LEASE_MS).toISOString(),
  };
  return { holder, record: null, fileId: fileIdentity(stat) };
}

/** Changes whenever the file is replaced or rewritten: leases are only ever written as new files. */
function fileIdentity(stat: Stats): string {
  return `${stat.dev}:${stat.ino}:${stat.mtimeMs}:${stat.size}`;
}

function toHolder(record: LeaseRecord): LockHolder {
  const { id, host, pid, owner, acquiredAt, expiresAt } = record;
  return { id, host, pid, owner, acquiredAt, expiresAt };
}

/** The record, or why it is not one. Lenient about extra fields so that a newer writer's lease still reads. */
function parseRecord(text: string): LeaseRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text.trim() === '' ? 'it is empty' : 'it is not JSON';
  }
  if (typeof value !== 'object' || value === null) return 'it is not a JSON object';
  const v = value as Record<string, unknown>;
  for (const field of ['id', 'host', 'owner', 'acquiredAt', 'expiresAt'] as const) {
    if (typeof v[field] !== 'string' || v[field] === '') return `field "${field}" is missing`;
  }
  for (const field of ['acquiredAt', 'expiresAt'] as const) {
    if (Number.isNaN(Date.parse(v[field] as string))) return `field "${field}" is not a time`;
  }
  const pid = v.pid ?? null;
  if (pid !== null && !(Number.isSafeInteger(pid) && (pid as number) > 0)) return 'field "pid" is not a pid';
  const optional = (field: string): string | null =>
    typeof v[field] === 'string' ? (v[field] as string) : null;
  return {
    version: typeof v.version === 'number' ? v.version : FORMAT_VERSION,
    stream: optional('stream') ?? '',
    mode: pid === null ? 'lease' : 'process',
    id: v.id as string,
    host: v.host as string,
    pid: pid as number | null,
    owner: v.owner as string,
    acquiredAt: v.acquiredAt as string,
    expiresAt: v.expiresAt as string,
    bootId: optional('bootId'),
    pidNamespace: optional('pidNamespace'),
    pidStartTime: optional('pidStartTime'),
  };
}
