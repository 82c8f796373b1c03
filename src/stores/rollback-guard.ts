import { promises as fs } from 'node:fs';
import type { Envelope } from '../core/envelope.js';
import { RollbackRefusedError } from '../core/errors.js';
import { readPrivateFile, writePrivateFileAtomic } from '../platform/secure-files.js';

// The rollback guard, one for every store. Each store keeps the highest generation it wrote somewhere other than
// the envelope itself (its high-water mark: a file, a ref, an Actions variable, the cache's keys), and an envelope
// older than that mark is refused before Codex can use its refresh token, which was rotated away when the newer
// generation was written. A newer envelope than the mark passes: marks are moved after the envelope, so a failure
// in between leaves the mark behind, never ahead. Only `seed --force` goes back below the mark.

/** What is kept of the newest write: metadata only, never a token. Stored as JSON in these four fields. */
export interface HighWaterMark {
  readonly generation: number;
  /** Which copy of that generation; null where the store knows only that the generation exists (cache keys). */
  readonly fingerprint: string | null;
  readonly writtenAt: string | null;
  readonly writer: string | null;
}

export function markOf(envelope: Envelope): HighWaterMark {
  return {
    generation: envelope.generation,
    fingerprint: envelope.fingerprint,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
  };
}

/** A mark as stored, or null when it holds no generation: a mark we cannot read protects nothing. */
export function parseMark(text: string): HighWaterMark | null {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !Number.isSafeInteger(value.generation)) return null;
  const textOf = (field: unknown) => (typeof field === 'string' ? field : null);
  return {
    generation: value.generation as number,
    fingerprint: textOf(value.fingerprint),
    writtenAt: textOf(value.writtenAt),
    writer: textOf(value.writer),
  };
}

/**
 * How `envelope` stands against `mark`: `older` (a lower generation), `forked` (the mark's generation, but another
 * copy of it), or null when it may be used.
 */
export function rollbackOf(envelope: Envelope, mark: HighWaterMark | null): 'older' | 'forked' | null {
  if (mark === null) return null;
  if (envelope.generation < mark.generation) return 'older';
  const forked =
    envelope.generation === mark.generation &&
    mark.fingerprint !== null &&
    envelope.fingerprint !== mark.fingerprint;
  return forked ? 'forked' : null;
}

/** `(<when> by <writer>; high-water mark in <where>)`, for the messages. */
export function describeMark(mark: HighWaterMark, where: string): string {
  return `(${mark.writtenAt ?? 'at an unknown time'} by ${mark.writer ?? 'another run'}; high-water mark in ${where})`;
}

/** Throws RollbackRefusedError when `envelope` is older than `mark` (or a different copy of the same generation). */
export function refuseRollback(
  envelope: Envelope,
  mark: HighWaterMark | null,
  where: { readonly stream: string; readonly location: string; readonly mark: string },
): void {
  const rollback = rollbackOf(envelope, mark);
  if (rollback === null || mark === null) return;
  const what =
    rollback === 'older'
      ? `generation ${envelope.generation} (written ${envelope.writtenAt} by ${envelope.writer}), but generation ${mark.generation} was already written ${describeMark(mark, where.mark)}`
      : `a copy of generation ${envelope.generation} that is not the one written ${describeMark(mark, where.mark)}`;
  throw new RollbackRefusedError(
    `stream "${where.stream}" in ${where.location} holds ${what}: an older copy was put back (a restored backup or snapshot, or the previous generation copied over the current one). Its refresh token was already rotated away, and using it could make the ChatGPT side revoke the whole session, so nothing was run and nothing was changed. To recover, put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${where.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark).`,
  );
}

/** A high-water mark kept in a small JSON file (the file store beside its envelope, the command store locally). */
export class HighWaterFile {
  constructor(readonly file: string) {}

  /** Null when there is none or it cannot be read; it is rewritten at the next write, and never blocks by itself. */
  async read(): Promise<HighWaterMark | null> {
    const text = await readPrivateFile(this.file);
    return text === null ? null : parseMark(text);
  }

  async write(mark: HighWaterMark): Promise<void> {
    await writePrivateFileAtomic(this.file, `${JSON.stringify(mark, null, 2)}\n`);
  }

  async remove(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}
