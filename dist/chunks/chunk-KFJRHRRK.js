#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  backoffDelay,
  describeHolder,
  sleep
} from "./chunk-7SAFMP73.js";
import {
  PRIVATE_FILE_MODE,
  ensurePrivateDir,
  isErrno,
  writePrivateFileAtomic
} from "./chunk-O6AFCUB4.js";
import {
  LockLostError,
  LockTimeoutError
} from "./chunk-V4C5BGZE.js";
import {
  FORMAT_VERSION,
  LOCK_FILE_NAME,
  currentIdentity,
  fileIdentity,
  isStale,
  parseRecord,
  processStartTime,
  toHolder,
  unreadable
} from "./chunk-ME7AUUEY.js";

// src/locks/file-lease-lock.ts
import path2 from "node:path";

// src/locks/file-lease-handle.ts
var FileLeaseHandle = class {
  /** `heartbeatLeaseMs` > 0: renew the lease every third of it while held (process mode). */
  constructor(lock, holder, heartbeatLeaseMs) {
    this.lock = lock;
    this.#holder = holder;
    if (heartbeatLeaseMs > 0) {
      this.#timer = setInterval(() => this.#beat(heartbeatLeaseMs), Math.max(10, heartbeatLeaseMs / 3));
      this.#timer.unref();
    }
  }
  lock;
  #holder;
  #done = false;
  #timer = null;
  #renewing = null;
  get holder() {
    return this.#holder;
  }
  async release() {
    if (this.#done) return false;
    this.#stop();
    await this.#renewing;
    return this.lock.releaseIfHeld(this.#holder.id);
  }
  #beat(leaseMs) {
    if (this.#renewing !== null || this.#done) return;
    this.#renewing = this.lock.renew(this.#holder.id, leaseMs).then((renewed) => {
      if (renewed === "lost") this.#stop();
      else if (renewed !== null) this.#holder = renewed;
    }).catch(() => {
    }).finally(() => {
      this.#renewing = null;
    });
  }
  #stop() {
    this.#done = true;
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }
};

// src/locks/lease-file.ts
import { closeSync, constants, promises as fs, fstatSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
async function readLease(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (!isErrno(error, "ELOOP")) throw error;
    const stat = await fs.lstat(file).catch(() => null);
    return stat === null ? null : unreadable(file, "it is a symbolic link", stat);
  }
  try {
    const stat = fstatSync(fd);
    const record = parseRecord(readFileSync(fd, "utf8"));
    if (typeof record === "string") return unreadable(file, record, stat);
    return { holder: toHolder(record), record, fileId: fileIdentity(stat) };
  } finally {
    closeSync(fd);
  }
}
async function createLeaseExclusive(file, record) {
  const temp = await sidePath(file, "tmp");
  const handle = await fs.open(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    PRIVATE_FILE_MODE
  );
  try {
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}
`, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.link(temp, file);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}
async function removeLeaseIfUnchanged(file, snapshot) {
  const aside = await sidePath(file, "removed");
  try {
    await fs.rename(file, aside);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return true;
    throw error;
  }
  try {
    const stat = await fs.lstat(aside);
    if (fileIdentity(stat) === snapshot.fileId) return true;
    await fs.link(aside, file).catch(() => {
    });
    return false;
  } finally {
    await fs.rm(aside, { force: true });
  }
}
async function sidePath(file, kind) {
  const { randomBytes } = await import("node:crypto");
  return path.join(path.dirname(file), `.${LOCK_FILE_NAME}.${randomBytes(6).toString("hex")}.${kind}`);
}

// src/locks/lease-guard.ts
var GUARD_STALE_MS = 2e3;
async function guarded(file, guard, critical, deadline, signal) {
  const { default: lockfile } = await import("./proper-lockfile-QPQYOU3Z.js");
  for (; ; ) {
    signal?.throwIfAborted();
    let unlock;
    try {
      unlock = await lockfile.lock(file, {
        lockfilePath: guard,
        realpath: false,
        stale: GUARD_STALE_MS,
        retries: 0,
        // The default throws from a timer. A broken guard is survivable: the lease writes re-check the file.
        onCompromised: () => {
        }
      });
    } catch (error) {
      if (!isErrno(error, "ELOCKED")) throw error;
      const left = deadline - Date.now();
      if (left <= 0) return { ok: false };
      await sleep(Math.min(left, 5 + Math.random() * 20), signal);
      continue;
    }
    try {
      return { ok: true, value: await critical() };
    } finally {
      await unlock().catch(() => {
      });
    }
  }
}

// src/locks/file-lease-lock.ts
var NOTICE_EVERY_MS = 1e4;
var UNGUARDED_RELEASE_MS = 15e3;
var FileLeaseLock = class {
  constructor(dir, stream, options = {}) {
    this.dir = dir;
    this.stream = stream;
    this.file = path2.join(dir, LOCK_FILE_NAME);
    this.#guard = `${this.file}.guard`;
    this.#noticeEveryMs = options.noticeEveryMs ?? NOTICE_EVERY_MS;
  }
  dir;
  stream;
  kind = "file";
  file;
  #guard;
  #noticeEveryMs;
  async acquire(options) {
    if (!(options.timeoutMs >= 0) || !(options.leaseMs > 0)) {
      throw new RangeError(
        `lock timeout (${options.timeoutMs}) and lease (${options.leaseMs}) must be positive`
      );
    }
    const started = performance.now();
    const deadline = Date.now() + options.timeoutMs;
    await ensurePrivateDir(this.dir);
    const free = await this.#tryTake(options, "only-if-free");
    if (free.taken) return { handle: this.#handle(free.taken, options), waitedMs: 0 };
    let blocker = null;
    let lastNotice = null;
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
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
  async resume(id) {
    const snapshot = await readLease(this.file);
    if (snapshot?.holder.id !== id) {
      const now = snapshot === null ? "it is free now" : `it is now held by ${describeHolder(snapshot.holder)}`;
      throw new LockLostError(
        `the lock on stream "${this.stream}" is no longer held under lease ${id}: it was released, or it expired and was taken over (${now}). Run the job again from restore so that the stream is locked anew.`
      );
    }
    return new FileLeaseHandle(this, snapshot.holder, 0);
  }
  /**
   * The holder named by the lock file, stale or not (`stale` says which); an unreadable file is reported as held
   * by "unknown".
   */
  async inspect() {
    const snapshot = await readLease(this.file);
    return snapshot === null ? null : { ...snapshot.holder, stale: isStale(snapshot) };
  }
  async forceRelease() {
    for (; ; ) {
      if (await readLease(this.file) === null) return null;
      const outcome = await this.#guarded(
        async () => {
          const snapshot = await readLease(this.file);
          if (snapshot === null) return { removed: null };
          return await removeLeaseIfUnchanged(this.file, snapshot) ? { removed: snapshot.holder } : null;
        },
        Date.now() + 3 * GUARD_STALE_MS
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
  async releaseIfHeld(id) {
    const snapshot = await readLease(this.file);
    if (snapshot?.holder.id !== id) return false;
    if (Date.parse(snapshot.holder.expiresAt) - Date.now() > UNGUARDED_RELEASE_MS) {
      return removeLeaseIfUnchanged(this.file, snapshot);
    }
    const outcome = await this.#guarded(
      async () => {
        const snapshot2 = await readLease(this.file);
        return snapshot2?.holder.id === id && await removeLeaseIfUnchanged(this.file, snapshot2);
      },
      Date.now() + 3 * GUARD_STALE_MS
    );
    if (!outcome.ok) throw new Error(`cannot release ${this.file}: its guard ${this.#guard} stays busy`);
    return outcome.value;
  }
  /** Pushes expiresAt forward. Returns the renewed holder, 'lost' if the lease is not ours any more, null if busy. */
  async renew(id, leaseMs) {
    const outcome = await this.#guarded(
      async () => {
        const snapshot = await readLease(this.file);
        if (snapshot?.record?.id !== id) return "lost";
        const record = {
          ...snapshot.record,
          expiresAt: new Date(Date.now() + leaseMs).toISOString()
        };
        await writePrivateFileAtomic(this.file, `${JSON.stringify(record, null, 2)}
`);
        return toHolder(record);
      },
      Date.now() + Math.max(200, leaseMs / 6)
    );
    return outcome.ok ? outcome.value : null;
  }
  #handle(taken, options) {
    return new FileLeaseHandle(this, taken, options.mode === "process" ? options.leaseMs : 0);
  }
  /** Under the guard: takes a free or stale lease. 'only-if-free' (no guard held): takes it only if none is on file. */
  async #tryTake(options, scope = "guarded") {
    const { randomUUID } = await import("node:crypto");
    const snapshot = await readLease(this.file);
    if (snapshot !== null && scope === "only-if-free") return {};
    if (snapshot !== null) {
      if (!isStale(snapshot)) return { blocker: snapshot.holder };
      if (!await removeLeaseIfUnchanged(this.file, snapshot)) return {};
    }
    const now = Date.now();
    const identity = currentIdentity();
    const bound = options.mode === "process";
    const record = {
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
      pidStartTime: bound ? processStartTime(process.pid) : null
    };
    return await createLeaseExclusive(this.file, record) ? { taken: toHolder(record) } : {};
  }
  #guarded(critical, deadline, signal) {
    return guarded(this.file, this.#guard, critical, deadline, signal);
  }
  #timeoutError(holder, waitedMs) {
    const seconds = (waitedMs / 1e3).toFixed(1);
    const held = holder === null ? `its guard ${this.#guard} stayed busy` : `it is held by ${describeHolder(holder)}`;
    return new LockTimeoutError(
      `timed out after ${seconds}s waiting for the lock on stream "${this.stream}": ${held}. Wait for that holder to finish and try again, raise --lock-timeout, or, if you know the holder is gone, remove the lock with \`codex-auth unlock --force --stream ${this.stream}\`.`
    );
  }
};

export {
  UNGUARDED_RELEASE_MS,
  FileLeaseLock
};
