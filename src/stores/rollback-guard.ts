import { promises as fs } from 'node:fs';
import type { Envelope } from '../core/envelope.js';
import { RollbackRefusedError } from '../core/errors.js';
import { readPrivateFile, writePrivateFileAtomic } from '../fs/secure-files.js';

// The rollback guard. Every store keeps the highest generation it wrote somewhere other than the envelope itself
// (its high-water mark), and an envelope older than that mark is refused before Codex can use its refresh token,
// which was rotated away when the newer generation was written. Only `seed --force` goes back below the mark.

/** What is kept of the newest write: metadata only, never a token. */
export interface HighWaterMark {
  readonly generation: number;
  readonly fingerprint: string;
  readonly writtenAt: string;
  readonly writer: string;
}

export function markOf(envelope: Envelope): HighWaterMark {
  return {
    generation: envelope.generation,
    fingerprint: envelope.fingerprint,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
  };
}

/** Throws RollbackRefusedError when `envelope` is older than `mark` (or a different copy of the same generation). */
export function refuseRollback(
  envelope: Envelope,
  mark: HighWaterMark | null,
  where: { readonly stream: string; readonly location: string; readonly mark: string },
): void {
  if (mark === null) return;
  const older = envelope.generation < mark.generation;
  const forked = envelope.generation === mark.generation && envelope.fingerprint !== mark.fingerprint;
  if (!older && !forked) return;
  const what = older
    ? `generation ${envelope.generation} (written ${envelope.writtenAt} by ${envelope.writer}), but generation ${mark.generation} was already written (${mark.writtenAt} by ${mark.writer}; high-water mark in ${where.mark})`
    : `a copy of generation ${envelope.generation} that is not the one written (${mark.writtenAt} by ${mark.writer}; high-water mark in ${where.mark})`;
  throw new RollbackRefusedError(
    `stream "${where.stream}" in ${where.location} holds ${what}: an older copy was put back (a restored backup or snapshot, or the previous generation copied over the current one). Its refresh token was already rotated away, and using it could make the ChatGPT side revoke the whole session, so nothing was run and nothing was changed. To recover, put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${where.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark).`,
  );
}

/** A high-water mark kept in a small JSON file (the file store beside its envelope, the command store locally). */
export class HighWaterFile {
  constructor(readonly file: string) {}

  async read(): Promise<HighWaterMark | null> {
    const text = await readPrivateFile(this.file);
    if (text === null) return null;
    try {
      const value = JSON.parse(text) as Partial<HighWaterMark>;
      if (typeof value.generation === 'number' && typeof value.fingerprint === 'string') {
        return {
          generation: value.generation,
          fingerprint: value.fingerprint,
          writtenAt: String(value.writtenAt ?? '-'),
          writer: String(value.writer ?? '-'),
        };
      }
    } catch {
      // Unreadable below.
    }
    // A mark we cannot read protects nothing; it is rewritten at the next write. It never blocks a run by itself.
    return null;
  }

  async write(mark: HighWaterMark): Promise<void> {
    await writePrivateFileAtomic(this.file, `${JSON.stringify(mark, null, 2)}\n`);
  }

  async remove(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}
