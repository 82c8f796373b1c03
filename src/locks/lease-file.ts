import { closeSync, constants, promises as fs, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isErrno, PRIVATE_FILE_MODE } from '../platform/secure-files.js';
import {
  fileIdentity,
  LOCK_FILE_NAME,
  type LeaseRecord,
  parseRecord,
  type Snapshot,
  toHolder,
  unreadable,
} from './lease-record.js';

// The lease file's three primitive operations. Each is safe even if the guard around it ever broke (its holder
// stalled past the guard's stale time): a lease is created with link(), which fails if any lease exists, and
// removed by renaming it aside and confirming it is still the file that was judged.

/** The lease as it is on disk now, or null when there is none. Never follows a symbolic link. */
export async function readLease(file: string): Promise<Snapshot | null> {
  // Synchronous calls behind the async signature, as platform/secure-files.ts reads (why: there).
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    if (!isErrno(error, 'ELOOP')) throw error;
    const stat = await fs.lstat(file).catch(() => null);
    return stat === null ? null : unreadable(file, 'it is a symbolic link', stat);
  }
  try {
    const stat = fstatSync(fd);
    const record = parseRecord(readFileSync(fd, 'utf8'));
    if (typeof record === 'string') return unreadable(file, record, stat);
    return { holder: toHolder(record), record, fileId: fileIdentity(stat) };
  } finally {
    closeSync(fd);
  }
}

/** Creates the lease unless one exists. fsync before link: a crash must not leave an empty lock file behind. */
export async function createLeaseExclusive(file: string, record: LeaseRecord): Promise<boolean> {
  const temp = await sidePath(file, 'tmp');
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
    await fs.link(temp, file);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Removes the lock file if it is still the one `snapshot` read; puts back any other file it moved aside. */
export async function removeLeaseIfUnchanged(file: string, snapshot: Snapshot): Promise<boolean> {
  const aside = await sidePath(file, 'removed');
  try {
    await fs.rename(file, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return true;
    throw error;
  }
  try {
    const stat = await fs.lstat(aside);
    if (fileIdentity(stat) === snapshot.fileId) return true;
    await fs.link(aside, file).catch(() => {}); // Another lease appeared meanwhile: it stands, not ours.
    return false;
  } finally {
    await fs.rm(aside, { force: true });
  }
}

async function sidePath(file: string, kind: string): Promise<string> {
  // node:crypto is loaded when a lease is written, not by `status`, which only reads it.
  const { randomBytes } = await import('node:crypto');
  return path.join(path.dirname(file), `.${LOCK_FILE_NAME}.${randomBytes(6).toString('hex')}.${kind}`);
}
