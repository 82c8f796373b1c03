import type { Stats } from 'node:fs';
import type { LockHolder } from './lock.js';
import { isProcessAlive, type ProcessIdentity, sameProcessSpace } from './process-liveness.js';

// What a lease file says and how to judge it: the format, its parser, and the staleness rule. No I/O of its own
// beyond asking whether a local pid is alive.

export const LOCK_FILE_NAME = 'lock.json';
/** How long an unreadable lock file (hand-edited, foreign format) blocks after its last write. */
export const UNREADABLE_LOCK_LEASE_MS = 15 * 60_000;
export const FORMAT_VERSION = 1;

/** The file's content: the holder plus what it takes to judge the holder's pid later. */
export interface LeaseRecord extends LockHolder {
  readonly version: number;
  readonly stream: string;
  readonly mode: 'process' | 'lease';
  readonly bootId: string | null;
  readonly pidNamespace: string | null;
  readonly pidStartTime: string | null;
}

/** What was read, and which file it was, so that a removal can check it still removes that very file. */
export interface Snapshot {
  readonly holder: LockHolder;
  readonly record: LeaseRecord | null;
  readonly fileId: string;
}

/**
 * The one rule: a lock is stale only when its holder is really gone.
 * - `lease` mode (pid null, outlives its process): stale once expiresAt has passed, nothing else.
 * - `process` mode, holder in our process space (same hostname, boot and pid namespace): the pid decides. Alive
 *   means held even past expiresAt (a suspended laptop, a starved event loop missed heartbeats, but the holder
 *   will resume and still believes it holds the lock); dead, zombie, or the pid now names a process with another
 *   start time means stale at once, so a `kill -9`ed holder is replaced within one poll (< ~1 s).
 * - `process` mode, holder elsewhere (another host sharing the directory, another container): we cannot see its
 *   pid, so expiry decides; the holder's heartbeat renews expiresAt every leaseMs/3 while it lives.
 * Timestamps come from each writer's clock: hosts sharing a directory need clocks closer than a lease.
 */
export function isStale(snapshot: Snapshot): boolean {
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
export function unreadable(file: string, reason: string, stat: Stats): Snapshot {
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
export function fileIdentity(stat: Stats): string {
  return `${stat.dev}:${stat.ino}:${stat.mtimeMs}:${stat.size}`;
}

export function toHolder(record: LeaseRecord): LockHolder {
  const { id, host, pid, owner, acquiredAt, expiresAt } = record;
  return { id, host, pid, owner, acquiredAt, expiresAt };
}

/** The record, or why it is not one. Lenient about extra fields so that a newer writer's lease still reads. */
export function parseRecord(text: string): LeaseRecord | string {
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
