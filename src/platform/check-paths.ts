import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  promises as fs,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { isErrno } from './secure-files.js';

// Every path a user hands us is checked here before it is used, so a mistake ends with a message naming the flag
// or input, the path and the fix (exit 2), never a raw EISDIR/ENOTDIR/EACCES, and never a read that blocks forever
// on a named pipe nobody writes to. The checks and reads are synchronous calls behind async signatures, as in
// secure-files.ts (why: there).

/** An auth.json is a few KB; anything far larger is not one, and reading it whole would be wasteful. */
export const MAX_AUTH_JSON_BYTES = 64 * 1024;
/** A Codex config.toml is small too, but users keep comments and profiles in it. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface InputFile {
  /** How the user named it: `--auth-file`, `input auth-json`. */
  readonly flag: string;
  /** What it should hold, for messages: `an auth.json`. */
  readonly what: string;
  readonly maxBytes: number;
  /** Called when the file is valid but readable by others (a seed holds live tokens). */
  readonly onOpenToOthers?: (message: string) => void;
}

/** Reads a user-given file after checking it is a readable regular file of a sane size. */
export async function readInputFile(file: string, input: InputFile): Promise<string> {
  const at = `${input.flag} ${file}`;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; with it, the open returns at once
    // and a pipe is read below with a bounded wait. On a regular file the flag changes nothing.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) {
      throw new UsageError(`${at}: no such file. Pass the path of ${input.what}.`);
    }
    if (isErrno(error, 'EACCES')) {
      throw new UsageError(
        `${at}: permission denied: this user cannot read it. Run as its owner, or make it readable by this user only (chmod 600 as the owner).`,
      );
    }
    if (isErrno(error, 'ENOTDIR')) {
      throw new UsageError(
        `${at}: a part of the path is a file, not a directory. Pass the path of ${input.what}.`,
      );
    }
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    // `--auth-file <(...)`: process substitution hands over a pipe, the way to keep a secret off the disk.
    if (stat.isFIFO()) return await readPipe(fd, at, input);
    refuseKind(stat, at, input.what, file);
    if (stat.size > input.maxBytes) {
      throw new UsageError(
        `${at} is ${stat.size} bytes, more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`,
      );
    }
    if ((stat.mode & 0o077) !== 0 && input.onOpenToOthers) {
      input.onOpenToOthers(
        `${at} is readable by other users (mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}) and holds live tokens: chmod 600 ${file}, or delete it once the stream is seeded.`,
      );
    }
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (isErrno(error, 'EISDIR')) refuseKind({ isDirectory: () => true } as Stats, at, input.what, file);
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** How long a pipe may stay without a writer (or without a first byte) before we give up on it. */
export const PIPE_WRITER_WAIT_MS = 10_000;
/** How long a pipe may take in all, once written to. */
const PIPE_TOTAL_MS = 60_000;
const PIPE_POLL_MS = 20;

/**
 * Reads a pipe opened O_NONBLOCK to its end. With no writer yet a read returns 0 at once, as it does at the end of
 * the data, so "ended" counts only once a writer was seen (EAGAIN: connected, nothing to read yet) or data came.
 * Polling keeps the read off libuv's thread pool, where a read on a pipe nobody writes to would block forever.
 */
async function readPipe(fd: number, at: string, input: InputFile): Promise<string> {
  const started = Date.now();
  const chunks: Buffer[] = [];
  let size = 0;
  let writerSeen = false;
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number | null;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if (!isErrno(error, 'EAGAIN')) throw error;
      n = null;
      writerSeen = true;
    }
    if (n !== null && n > 0) {
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      size += n;
      writerSeen = true;
      if (size > input.maxBytes) {
        throw new UsageError(
          `${at} gave more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`,
        );
      }
      continue;
    }
    if (n === 0 && writerSeen) return Buffer.concat(chunks).toString('utf8');
    const waited = Date.now() - started;
    if ((!writerSeen && waited > PIPE_WRITER_WAIT_MS) || waited > PIPE_TOTAL_MS) {
      throw new UsageError(
        `${at} is a pipe ${writerSeen ? `that did not end within ${PIPE_TOTAL_MS / 1000} s` : `nobody wrote to within ${PIPE_WRITER_WAIT_MS / 1000} s`}. Write ${input.what} into it (for example ${input.flag} <(your-secret-tool read ...)), or pass a regular file holding ${input.what}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, PIPE_POLL_MS));
  }
}

function refuseKind(
  stat: Pick<Stats, 'isDirectory'> & Partial<Stats>,
  at: string,
  what: string,
  file: string,
) {
  if (stat.isDirectory()) {
    throw new UsageError(
      `${at} is a directory, not a file. Pass the file itself${what.includes('auth.json') ? ` (for example ${path.join(file, 'auth.json')})` : ''}.`,
    );
  }
  const kind = specialKind(stat);
  if (kind)
    throw new UsageError(`${at} is ${kind}, not a regular file. Pass a regular file holding ${what}.`);
}

function specialKind(stat: Partial<Stats>): string | null {
  if (stat.isFIFO?.()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice?.() || stat.isBlockDevice?.()) return 'a device';
  if (stat.isSocket?.()) return 'a socket';
  return null;
}

/** How the user set the state directory, for messages. */
export interface StateDirOrigin {
  readonly dir: string;
  /** `--state-dir`, `CODEX_AUTH_STATE_DIR`, `input state-dir`, or `the default state directory`. */
  readonly source: string;
}

/** The state directory of settings, with how the user set it (default: `the state directory`). */
export function stateDirOrigin(settings: {
  readonly stateDir: string;
  readonly stateDirSource?: string | undefined;
}): StateDirOrigin {
  return { dir: settings.stateDir, source: settings.stateDirSource ?? 'the state directory' };
}

const STATE_DIR_FIX =
  'Choose a directory this user can write with --state-dir DIR or CODEX_AUTH_STATE_DIR (Action: input state-dir); it is created if missing.';

/**
 * Checks the state directory and a stream's directory in it before the file store or the file lock touches them:
 * each must be a directory (or not exist yet, under a parent this user can write), and files we own there must be
 * regular files. `write`: whether the caller is about to write.
 */
export async function checkStreamDir(
  origin: StateDirOrigin,
  stream: string,
  write: boolean,
  ownedFiles: readonly string[],
): Promise<void> {
  const stateDir = origin.dir;
  const at = `${origin.source} ${stateDir}`;
  const stateStat = await lstatOrNull(stateDir, at);
  if (stateStat === null) {
    if (write) await checkCreatable(stateDir, at);
    return;
  }
  if (!stateStat.isDirectory() && !(stateStat.isSymbolicLink() && (await isDirThroughLink(stateDir)))) {
    throw new UsageError(`${at} is ${describeKind(stateStat)}, not a directory. ${STATE_DIR_FIX}`);
  }
  await checkAccess(stateDir, write, at);
  const dir = path.join(stateDir, stream);
  const dirAt = `the directory of stream "${stream}" (${dir}, under ${origin.source})`;
  const dirStat = await lstatOrNull(dir, dirAt);
  if (dirStat === null) return;
  if (!dirStat.isDirectory()) {
    throw new UsageError(
      `${dirAt} is ${describeKind(dirStat)}, not a directory: codex-auth did not make it. Move it away, or ${STATE_DIR_FIX.charAt(0).toLowerCase()}${STATE_DIR_FIX.slice(1)}`,
    );
  }
  await checkAccess(dir, write, dirAt);
  for (const name of ownedFiles) {
    const file = path.join(dir, name);
    const stat = await lstatOrNull(file, file);
    if (stat && !stat.isFile()) {
      throw new UsageError(
        `${file} is ${describeKind(stat)}, but codex-auth keeps its own regular file there (stream "${stream}", ${origin.source}): codex-auth did not make it. Move it away (for a directory: rmdir ${file} if it is empty), then run again.`,
      );
    }
  }
}

async function lstatOrNull(file: string, at: string): Promise<Stats | null> {
  try {
    return lstatSync(file);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    if (isErrno(error, 'ENOTDIR')) {
      throw new UsageError(`${at}: a part of the path is a file, not a directory. ${STATE_DIR_FIX}`);
    }
    if (isErrno(error, 'EACCES')) {
      throw new UsageError(
        `${at}: permission denied: this user cannot look into its parent. ${STATE_DIR_FIX}`,
      );
    }
    throw error;
  }
}

async function isDirThroughLink(dir: string): Promise<boolean> {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

async function checkAccess(dir: string, write: boolean, at: string): Promise<void> {
  try {
    accessSync(dir, constants.R_OK | constants.X_OK | (write ? constants.W_OK : 0));
  } catch {
    throw new UsageError(
      `${at}: permission denied: this user cannot ${write ? 'write' : 'read'} it. ${STATE_DIR_FIX}`,
    );
  }
}

/** A missing directory will be made by mkdir -p: its nearest existing ancestor must be a writable directory. */
async function checkCreatable(dir: string, at: string): Promise<void> {
  let parent = path.dirname(dir);
  for (;;) {
    const stat = await fs.stat(parent).catch((error: unknown) => {
      if (isErrno(error, 'ENOENT')) return null;
      if (isErrno(error, 'ENOTDIR')) return 'not-dir' as const;
      throw error;
    });
    if (stat === 'not-dir' || (stat !== null && !stat.isDirectory())) {
      throw new UsageError(
        `${at} cannot be created: a part of its path is a file, not a directory. ${STATE_DIR_FIX}`,
      );
    }
    if (stat !== null) {
      try {
        await fs.access(parent, constants.W_OK | constants.X_OK);
      } catch {
        throw new UsageError(
          `${at} does not exist and this user cannot create it (${parent} is not writable). ${STATE_DIR_FIX}`,
        );
      }
      return;
    }
    const up = path.dirname(parent);
    if (up === parent) return;
    parent = up;
  }
}

function describeKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFile()) return 'a regular file';
  return specialKind(stat) ?? 'not a regular file';
}
