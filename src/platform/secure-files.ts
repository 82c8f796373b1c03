import { closeSync, constants, promises as fs, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

// All credential file I/O goes through here: 0600 files, 0700 directories, no symlinks followed, and writes that
// are either complete or absent (temp file, fsync, rename, fsync of the directory).
//
// Reads of these small local files are synchronous calls behind async signatures: as promises each call is a round
// trip through libuv's thread pool (about 0.3 ms on a CI machine) and the first one loads node:fs/promises (with
// readline, about 1.5 ms); `codex-auth status` makes some twenty of them before it prints.

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Creates `dir` (and parents) if needed and makes sure it is a real directory at 0700. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stat = await fs.lstat(dir);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${dir} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 0o777) !== PRIVATE_DIR_MODE) await fs.chmod(dir, PRIVATE_DIR_MODE);
}

export interface WriteOptions {
  /**
   * false for a file that lives only as long as a job's private CODEX_HOME (auth.json, config.toml, the owner
   * record): still atomic for every reader, but not synced to disk. A power loss takes the job with it, and the two
   * fsyncs cost a run about 1 ms a file here, more on a CI machine's network disk. Default true.
   */
  readonly durable?: boolean;
}

/** Atomically replaces `file` with `content` at 0600. Readers see the old or the new file, never a mix. */
export async function writePrivateFileAtomic(
  file: string,
  content: string,
  options: WriteOptions = {},
): Promise<void> {
  const durable = options.durable ?? true;
  await refuseSymlink(file);
  const dir = path.dirname(file);
  // node:crypto is loaded here, not at start-up: commands that never write (status, --help) do not need it.
  const { randomBytes } = await import('node:crypto');
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    PRIVATE_FILE_MODE,
  );
  try {
    await handle.writeFile(content, 'utf8');
    if (durable) await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncDir(dir);
}

/** Reads a file, refusing symlinks (a planted link could make us read or overwrite another file). */
export async function readPrivateFile(file: string): Promise<string | null> {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    if (isErrno(error, 'ELOOP')) throw new Error(`${file} is a symbolic link; refusing to follow it`);
    throw error;
  }
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export async function removeFile(file: string): Promise<void> {
  await fs.rm(file, { force: true });
}

async function refuseSymlink(file: string): Promise<void> {
  try {
    const stat = await fs.lstat(file);
    if (stat.isSymbolicLink()) throw new Error(`${file} is a symbolic link; refusing to write through it`);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
