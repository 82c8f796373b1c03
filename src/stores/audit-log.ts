import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../core/envelope.js';
import {
  ensurePrivateDir,
  isErrno,
  readPrivateFile,
  writePrivateFileAtomic,
} from '../platform/secure-files.js';
import { streamDir } from './file-store.js';
import type { Store } from './store.js';

// The file store keeps only the current and the previous envelope; who wrote the stream before that would be
// lost. This log keeps one line per write (plain metadata only: generation, time, writer, why, fingerprint; no
// token, no ciphertext), appended after the write succeeded. It is bounded: past MAX_LINES it is cut back to the
// newest KEEP_LINES, so a stream refreshed for years never fills the disk.

export type WriteReason = 'seed' | 'refresh' | 'reseed' | 'rollback';

export interface AuditEntry {
  readonly generation: number;
  readonly writtenAt: string;
  readonly writer: string;
  readonly why: WriteReason;
  readonly fingerprint: string;
}

export const AUDIT_FILE = 'history.jsonl';
const MAX_LINES = 1000;
const KEEP_LINES = 500;

/** Why a store write happens, from how it is asked for: a first write, a forced replacement, or a refresh. */
export function writeReason(expectedGeneration: number | 'replace'): WriteReason {
  if (expectedGeneration === 'replace') return 'reseed';
  return expectedGeneration === 0 ? 'seed' : 'refresh';
}

export function auditLogPath(stateDir: string, stream: string): string {
  return path.join(streamDir(stateDir, stream), AUDIT_FILE);
}

/**
 * The file store, with every successful write (and rollback) appended to the stream's audit log. The store object
 * itself is kept (only write and rollback are wrapped), so whatever else it offers stays as it is.
 */
export function withAuditLog<S extends Store>(store: S, stateDir: string): S {
  const file = auditLogPath(stateDir, store.stream);
  const write = store.write.bind(store);
  const rollback = store.rollback.bind(store);
  store.write = async (envelope: Envelope, expectedGeneration: number | 'replace') => {
    await write(envelope, expectedGeneration);
    await appendAudit(file, entryOf(envelope, writeReason(expectedGeneration)));
  };
  store.rollback = async (badGeneration: number) => {
    const undone = await rollback(badGeneration);
    if (undone) {
      const now = await store.read().catch(() => null);
      await appendAudit(file, {
        generation: badGeneration,
        writtenAt: new Date().toISOString(),
        writer: now?.writer ?? '-',
        why: 'rollback',
        fingerprint: now?.fingerprint ?? '-',
      });
    }
    return undone;
  };
  return store;
}

function entryOf(envelope: Envelope, why: WriteReason): AuditEntry {
  return {
    generation: envelope.generation,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
    why,
    fingerprint: envelope.fingerprint,
  };
}

/**
 * Never fails the write it records: the envelope is already stored, and treating a full disk here as a failed write
 * could roll back a refresh whose old token is already rotated away. A lost line only thins the history.
 */
async function appendAudit(file: string, entry: AuditEntry): Promise<void> {
  await appendAuditLine(file, entry).catch(() => undefined);
}

async function appendAuditLine(file: string, entry: AuditEntry): Promise<void> {
  await ensurePrivateDir(path.dirname(file));
  // O_APPEND: concurrent appenders (a seed beside a job) never overwrite each other's line.
  await fs.appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  const text = (await readPrivateFile(file)) ?? '';
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > MAX_LINES)
    await writePrivateFileAtomic(file, `${lines.slice(-KEEP_LINES).join('\n')}\n`);
}

/** The log, oldest first; null when there is none (a stream written before the log existed). */
export async function readAuditLog(stateDir: string, stream: string): Promise<AuditEntry[] | null> {
  let text: string | null;
  try {
    text = await readPrivateFile(auditLogPath(stateDir, stream));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
  if (text === null) return null;
  const entries: AuditEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line) as AuditEntry);
    } catch {
      // A torn last line (a crash mid-append) is skipped; every other line stands on its own.
    }
  }
  return entries;
}
