import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';

// What /proc tells about a process, for two jobs that must never signal the wrong one: stopping what a run
// started (Codex's helpers escape its process group) and stopping the Codex of a codex-auth process that died.
// A pid alone is not an identity (pids are reused), so every check pairs it with the start time the kernel
// records in /proc/<pid>/stat. Elsewhere than Linux (no /proc) every function answers "unknown" (null/empty).

export interface ProcessStat {
  readonly pid: number;
  /** R, S, D, Z (zombie: already dead, waiting for its parent to reap it)... */
  readonly state: string;
  readonly ppid: number;
  readonly pgid: number;
  readonly sid: number;
  /** Clock ticks after boot (field 22): with the pid, names one process for the machine's uptime. */
  readonly startTime: string;
  /** A kernel thread (PF_KTHREAD in field 9): no user program, no environment, nothing a run started. */
  readonly kernelThread: boolean;
}

const PF_KTHREAD = 0x00200000;

/** /proc/<pid>/stat (readable for every process, even a non-dumpable one), or null when it is gone. */
export function readStat(pid: number): ProcessStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses: split after the last.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); ppid, pgrp, session follow; flags is field 9, starttime field 22.
  const [state, ppid, pgid, sid, flags, startTime] = [
    fields[0],
    fields[1],
    fields[2],
    fields[3],
    fields[6],
    fields[19],
  ];
  if (state === undefined || ppid === undefined || pgid === undefined || sid === undefined) return null;
  if (startTime === undefined || flags === undefined) return null;
  const kernelThread = (Number(flags) & PF_KTHREAD) !== 0;
  return { pid, state, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid), startTime, kernelThread };
}

/** The process's start time, or null when no process has this pid. */
export function startTimeOf(pid: number): string | null {
  return readStat(pid)?.startTime ?? null;
}

/** True while the process that had this start time still runs (a reused pid is another process). */
export function isSameProcessAlive(pid: number, startTime: string): boolean {
  return startTimeOf(pid) === startTime;
}

/** argv of a process ([] when gone or unreadable). */
export function readCmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, -1);
  } catch {
    return [];
  }
}

/**
 * One variable of a process's environment: null when unset, undefined when the kernel does not let us read it
 * (another user's process, or one that made itself non-dumpable).
 */
export function readEnvVar(pid: number, name: string): string | null | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return undefined;
  }
  const prefix = `${name}=`;
  for (const entry of text.split('\0')) if (entry.startsWith(prefix)) return entry.slice(prefix.length);
  return null;
}

/** The executable's path (Linux appends " (deleted)" after an upgrade replaced it), or null when unreadable. */
export function readExe(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
  } catch {
    return null;
  }
}

/** The uid owning the process (its /proc entry), or null when gone. */
export function uidOf(pid: number): number | null {
  try {
    return statSync(`/proc/${pid}`).uid;
  } catch {
    return null;
  }
}

/** Every pid on the machine, as far as /proc shows them. */
export function listPids(): number[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  return names.filter((name) => /^[0-9]+$/.test(name)).map(Number);
}

/** A process is "ours" when it runs under our uid (root may see everyone's: it still only touches its own). */
export function isOurs(pid: number): boolean {
  const uid = uidOf(pid);
  return uid !== null && uid === (process.getuid?.() ?? -1);
}
