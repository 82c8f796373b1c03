import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import { readPrivateFile, writePrivateFileAtomic } from '../platform/secure-files.js';
import {
  isOurs,
  isSameProcessAlive,
  readCmdline,
  readEnvVar,
  readExe,
  readStat,
  startTimeOf,
} from './processes.js';
import { stopSession } from './stop-session.js';

// A `codex-auth run` killed with SIGKILL cannot clean up: its private CODEX_HOME (with a plaintext auth.json) stays
// behind, and the Codex it started (leading its own session) may still be running with that login while the lock
// has already passed to the next job. Each private home therefore records its owner and Codex, and every later
// run on this machine stops such an orphan and removes its home.
//
// The sweep is a way to signal processes, so it trusts nothing the agent can write: it looks only in the private
// base (privateHomesBase(): ours, 0700, denied to the agent's commands by the seal), never in the shared temp dir,
// where any command could plant a record naming any process. Even there it signals only a process that is,
// provably, the Codex of that home: the same pid AND start time as recorded, ours, started from the recorded
// binary, and (where the kernel lets us read it) running with that home as CODEX_HOME.

export const PRIVATE_HOME_PREFIX = 'codex-auth-home-';
const OWNER_FILE = 'codex-auth-owner.json';
const RECORD_VERSION = 2;

interface OwnerRecord {
  readonly version: typeof RECORD_VERSION;
  readonly ownerPid: number;
  /** From /proc/<pid>/stat; null where there is no /proc (then nothing is ever signalled). */
  readonly ownerStart: string | null;
  readonly codexPid: number | null;
  readonly codexStart: string | null;
  /** The file that was started (the native binary, or the launcher a script runs). */
  readonly codexCommand: string | null;
}

/** Records this process as the home's owner and, once started, the Codex it runs there. */
export async function recordOwner(
  home: string,
  codex: { pid: number; command: string } | null,
): Promise<void> {
  const record: OwnerRecord = {
    version: RECORD_VERSION,
    ownerPid: process.pid,
    ownerStart: startTimeOf(process.pid),
    codexPid: codex?.pid ?? null,
    codexStart: codex === null ? null : startTimeOf(codex.pid),
    codexCommand: codex?.command ?? null,
  };
  // Read by a later run's sweep once this process is gone: a crash of this process keeps it, a power loss takes
  // the home's temp directory with it. Atomic, not synced (secure-files.ts).
  await writePrivateFileAtomic(path.join(home, OWNER_FILE), JSON.stringify(record), { durable: false });
}

/** Removes the private homes under `base` whose owning codex-auth process is gone; returns how many. */
export async function sweepOrphanedHomes(log: Logger, base: string): Promise<number> {
  if (!(await isPrivateDir(base))) return 0;
  let removed = 0;
  for (const entry of await fs.readdir(base).catch(() => [])) {
    if (!entry.startsWith(PRIVATE_HOME_PREFIX)) continue;
    const home = path.join(base, entry);
    if (!(await isPrivateDir(home))) continue;
    const record = await readOwner(home);
    if (record === null || ownerAlive(record)) continue;
    if (!(await stopOrphanedCodex(log, home, record))) continue;
    await fs.rm(home, { recursive: true, force: true });
    removed += 1;
  }
  if (removed > 0)
    log.info(`removed ${removed} private CODEX_HOME(s) left behind by codex-auth processes that died.`);
  return removed;
}

/** A real directory (not a symbolic link), ours, 0700: what createPrivateCodexHome makes. */
async function isPrivateDir(dir: string): Promise<boolean> {
  const stat = await fs.lstat(dir).catch(() => null);
  if (stat === null || !stat.isDirectory()) return false;
  const uid = process.getuid?.();
  return (uid === undefined || stat.uid === uid) && (stat.mode & 0o777) === 0o700;
}

function ownerAlive(record: OwnerRecord): boolean {
  if (record.ownerStart !== null) return isSameProcessAlive(record.ownerPid, record.ownerStart);
  // No /proc here: the pid alone may be reused, so a live pid keeps the home (the safe side).
  try {
    process.kill(record.ownerPid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops the home's Codex if it still runs; false when a process holds the pid that cannot be proven to be it. */
async function stopOrphanedCodex(log: Logger, home: string, record: OwnerRecord): Promise<boolean> {
  const { codexPid, codexStart } = record;
  // Without a start time the recorded pid proves nothing: the process it named (if any) is not ours to judge.
  if (codexPid === null || codexStart === null || !isSameProcessAlive(codexPid, codexStart)) {
    // Codex is gone (or never started), but what it started may still run with the home's login.
    await stopSession(null, home);
    return true;
  }
  if (readStat(codexPid)?.state === 'Z') {
    // Codex exited and nobody reaped it: a zombie proves nothing (no argv, no environment); only what runs with
    // this home as CODEX_HOME is stopped.
    const stopped = await stopSession(null, home);
    log.warn(
      `Codex (pid ${codexPid}) of a codex-auth process that died (pid ${record.ownerPid}) had already exited; stopped ${stopped} process(es) it left running.`,
    );
    return true;
  }
  if (!isHomesCodex(codexPid, home, record.codexCommand)) {
    log.warn(
      `left ${home} in place: pid ${codexPid} runs since Codex's recorded start, but is not provably that Codex; nothing was signalled.`,
    );
    return false;
  }
  await stopSession(codexPid, home);
  log.warn(
    `stopped Codex (pid ${codexPid}) left running by a codex-auth process that died (pid ${record.ownerPid}).`,
  );
  return true;
}

function isHomesCodex(pid: number, home: string, command: string | null): boolean {
  if (command === null || !isOurs(pid)) return false;
  // Where the environment is readable it must name this home; only where it is not do argv and exe decide.
  const codexHome = readEnvVar(pid, 'CODEX_HOME');
  if (codexHome !== undefined && codexHome !== home) return false;
  const argv = readCmdline(pid);
  // A script's interpreter runs it with the script as its first argument.
  if (argv[0] === command || argv[1] === command) return true;
  const exe = readExe(pid);
  return exe !== null && exe === realOrNull(command);
}

function realOrNull(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}

async function readOwner(home: string): Promise<OwnerRecord | null> {
  try {
    const text = await readPrivateFile(path.join(home, OWNER_FILE));
    if (text === null) return null;
    const parsed = JSON.parse(text) as Partial<Record<keyof OwnerRecord, unknown>>;
    if (typeof parsed.ownerPid !== 'number') return null;
    const text_ = (value: unknown) => (typeof value === 'string' ? value : null);
    // A record of an earlier release (no start times) still lets its home go once the owner is gone; its Codex
    // is never signalled.
    const current = parsed.version === RECORD_VERSION;
    return {
      version: RECORD_VERSION,
      ownerPid: parsed.ownerPid,
      ownerStart: current ? text_(parsed.ownerStart) : null,
      codexPid: current && typeof parsed.codexPid === 'number' ? parsed.codexPid : null,
      codexStart: current ? text_(parsed.codexStart) : null,
      codexCommand: current ? text_(parsed.codexCommand) : null,
    };
  } catch {
    // Not ours to judge (another user's, or being written): leave it.
    return null;
  }
}
