import { readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';

// Answers "is the process that wrote this lock still running?" for a lock written on this machine. A pid alone is
// not enough: pids are reused, so on Linux we also record the process's start time (/proc/<pid>/stat field 22)
// and the identity of the machine and pid namespace, and only trust a pid when all of them match.

/** Where a process runs. Two records with equal identities can judge each other's pids. */
export interface ProcessIdentity {
  readonly host: string;
  /** /proc/sys/kernel/random/boot_id: changes on reboot, so a pid from before a reboot is never trusted. */
  readonly bootId: string | null;
  /** The pid namespace (`pid:[4026531836]`): two containers can share a hostname but not a pid space. */
  readonly pidNamespace: string | null;
}

export function currentIdentity(): ProcessIdentity {
  return {
    host: os.hostname(),
    bootId: readTrimmed('/proc/sys/kernel/random/boot_id'),
    pidNamespace: readLink('/proc/self/ns/pid'),
  };
}

/**
 * True when pids recorded under `other` mean the same processes as pids here. Unknown parts (non-Linux, /proc
 * hidden) are not held against a match, since the hostname still has to agree.
 */
export function sameProcessSpace(other: ProcessIdentity, here: ProcessIdentity = currentIdentity()): boolean {
  if (other.host !== here.host) return false;
  if (other.bootId !== null && here.bootId !== null && other.bootId !== here.bootId) return false;
  if (other.pidNamespace !== null && here.pidNamespace !== null && other.pidNamespace !== here.pidNamespace) {
    return false;
  }
  return true;
}

/** The start time of `pid` in clock ticks since boot (Linux), or null where /proc cannot tell us. */
export function processStartTime(pid: number): string | null {
  return readStat(pid)?.startTime ?? null;
}

/**
 * Whether the process `pid` (started at `startTime`, when recorded) still runs on this machine. Errs towards
 * "alive" whenever it cannot tell, because wrongly calling a holder dead hands its lock to a second writer.
 */
export function isProcessAlive(pid: number, startTime: string | null = null): boolean {
  // 0 and negative pids name process groups for kill(); a lock file never legitimately records them.
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return false;
    // EPERM: it exists but belongs to another user. Anything else: we cannot tell, so it counts as alive.
  }
  const stat = readStat(pid);
  if (stat === null) return true;
  // A zombie has exited; only its parent has not collected it yet.
  if (stat.state === 'Z' || stat.state === 'X') return false;
  if (startTime !== null && stat.startTime !== startTime) return false;
  return true;
}

interface ProcStat {
  readonly state: string;
  readonly startTime: string;
}

function readStat(pid: number): ProcStat | null {
  const text = readTrimmed(`/proc/${pid}/stat`);
  if (text === null) return null;
  // Field 2 (comm) is in parentheses and may itself contain spaces and parentheses: split after the last `)`.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // `rest` starts at field 3 (state); field 22 (starttime) is therefore rest[19].
  const state = rest[0];
  const startTime = rest[19];
  if (state === undefined || startTime === undefined || !/^\d+$/.test(startTime)) return null;
  return { state, startTime };
}

function readTrimmed(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

function readLink(file: string): string | null {
  try {
    return readlinkSync(file);
  } catch {
    return null;
  }
}
