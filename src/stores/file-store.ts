import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type Envelope, parseEnvelope, serializeEnvelope } from '../core/envelope.js';
import { StoreConflictError } from '../core/errors.js';
import { ensurePrivateDir, readPrivateFile, removeFile, writePrivateFileAtomic } from '../fs/secure-files.js';
import { streamDir } from './state-dir.js';
import { readGeneration, type Store } from './store.js';

const CURRENT = 'envelope.json';
const PREVIOUS = 'envelope.prev.json';

/**
 * A directory per stream on a disk that outlives the job (a self-hosted runner, a VM). Only sealed envelopes
 * are written here. The previous generation is kept beside the current one so a bad write can be undone.
 */
export class FileStore implements Store {
  readonly kind = 'file';
  readonly location: string;
  readonly readBackAfterWrite = true;
  private readonly dir: string;

  constructor(
    stateDir: string,
    readonly stream: string,
  ) {
    this.dir = streamDir(stateDir, stream);
    this.location = path.join(this.dir, CURRENT);
  }

  async read(): Promise<Envelope | null> {
    const text = await readPrivateFile(this.location);
    return text === null ? null : parseEnvelope(text, this.location);
  }

  currentGeneration(): Promise<number | null> {
    return readGeneration(this);
  }

  async write(envelope: Envelope, expectedGeneration: number | 'replace'): Promise<void> {
    await ensurePrivateDir(this.dir);
    // The stream lock already serializes writers; this short guard also makes the compare-and-swap atomic for
    // `--lock none` and for `seed`, which may run beside a job. Imported here: only writers need it, and it
    // brings graceful-fs, which patches `fs` as it loads.
    const { default: lockfile } = await import('proper-lockfile');
    const release = await lockfile.lock(this.dir, {
      lockfilePath: path.join(this.dir, '.write.lock'),
      realpath: false,
      stale: 10_000,
      retries: { retries: 50, minTimeout: 20, maxTimeout: 200 },
    });
    try {
      const currentText = await readPrivateFile(this.location);
      const current =
        currentText === null || expectedGeneration === 'replace'
          ? null
          : parseEnvelope(currentText, this.location);
      const currentGeneration = current?.generation ?? 0;
      if (expectedGeneration !== 'replace' && currentGeneration !== expectedGeneration) {
        throw new StoreConflictError(
          current
            ? `stream "${this.stream}" is at generation ${currentGeneration} (written ${current.writtenAt} by ${current.writer}), not ${expectedGeneration} as loaded: someone else wrote it meanwhile, so this copy was NOT written over it. Serialize the jobs of one stream (use the stream lock; do not pass --lock none to concurrent jobs).`
            : `stream "${this.stream}" holds nothing, but generation ${expectedGeneration} was expected: it was removed meanwhile. Nothing was written; reseed it with \`codex-auth seed\`.`,
        );
      }
      if (currentText !== null) await writePrivateFileAtomic(path.join(this.dir, PREVIOUS), currentText);
      await writePrivateFileAtomic(this.location, serializeEnvelope(envelope));
    } finally {
      await release();
    }
  }

  async remove(): Promise<void> {
    await fs.rm(path.join(this.dir, CURRENT), { force: true });
    await fs.rm(path.join(this.dir, PREVIOUS), { force: true });
  }

  async rollback(badGeneration: number): Promise<boolean> {
    const current = await this.read();
    if (current?.generation !== badGeneration) return false;
    const previousPath = path.join(this.dir, PREVIOUS);
    const previous = await readPrivateFile(previousPath);
    if (previous === null) {
      await removeFile(this.location);
    } else {
      await writePrivateFileAtomic(this.location, previous);
      await fs.rm(previousPath, { force: true });
    }
    return true;
  }
}
