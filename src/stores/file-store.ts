import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type Envelope, parseEnvelope, serializeEnvelope } from '../core/envelope.js';
import { StoreConflictError } from '../core/errors.js';
import { checkStreamDir, type StateDirOrigin } from '../platform/check-paths.js';
import {
  ensurePrivateDir,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic,
} from '../platform/secure-files.js';
import { HighWaterFile, markOf, refuseRollback } from './rollback-guard.js';
import { streamDir } from './state-dir.js';
import { readGeneration, serializeJobsAdvice, type Store, type StoredStream } from './store.js';

export { defaultStateDir, defaultStateDirSource, STATE_DIR_ENV, streamDir } from './state-dir.js';

const CURRENT = 'envelope.json';
const PREVIOUS = 'envelope.prev.json';
/** The highest generation written, beside the envelope: an older envelope put back is refused (rollback guard). */
export const HIGH_WATER = 'high-water.json';
/** Files of a stream directory that must be regular files (the lock's is checked by the lock itself). */
const OWNED_FILES = [CURRENT, PREVIOUS, HIGH_WATER];

/**
 * A directory per stream on a disk that outlives the job (a self-hosted runner, a VM). Only sealed envelopes
 * are written here. The previous generation is kept beside the current one so a bad write can be undone.
 */
export class FileStore implements Store {
  readonly kind = 'file';
  readonly location: string;
  readonly readBackAfterWrite = true;
  /** The whole state directory: other streams' envelopes and locks are no business of this job's agent. */
  readonly privatePaths: readonly string[];
  private readonly dir: string;
  private readonly mark: HighWaterFile;
  private readonly origin: StateDirOrigin;

  constructor(
    stateDir: string,
    readonly stream: string,
    origin?: StateDirOrigin,
  ) {
    this.dir = streamDir(stateDir, stream);
    this.privatePaths = [path.resolve(stateDir)];
    this.location = path.join(this.dir, CURRENT);
    this.mark = new HighWaterFile(path.join(this.dir, HIGH_WATER));
    this.origin = origin ?? { dir: stateDir, source: 'the state directory' };
  }

  async read(): Promise<Envelope | null> {
    await checkStreamDir(this.origin, this.stream, false, OWNED_FILES);
    const text = await readPrivateFile(this.location);
    if (text === null) return null;
    const envelope = parseEnvelope(text, this.location);
    refuseRollback(envelope, await this.mark.read(), {
      stream: this.stream,
      location: this.location,
      mark: this.mark.file,
    });
    return envelope;
  }

  async storedStreams(): Promise<StoredStream[]> {
    const root = path.dirname(this.dir);
    const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
    const streams: StoredStream[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      // A lock alone leaves a directory (a run of a misspelt name creates one): only a stored copy counts.
      const file = path.join(root, entry.name, CURRENT);
      const text = await fs.readFile(file, 'utf8').catch(() => null);
      if (text === null) continue;
      let fingerprint: string | null = null;
      try {
        fingerprint = parseEnvelope(text, file).fingerprint;
      } catch {
        // An unreadable copy still names a stream.
      }
      streams.push({ name: entry.name, fingerprint });
    }
    return streams.sort((a, b) => a.name.localeCompare(b.name));
  }

  async highWater(): Promise<number | null> {
    return (await this.mark.read())?.generation ?? null;
  }

  currentGeneration(): Promise<number | null> {
    return readGeneration(this);
  }

  async write(envelope: Envelope, expectedGeneration: number | 'replace'): Promise<void> {
    await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
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
            ? `stream "${this.stream}" is at generation ${currentGeneration} (written ${current.writtenAt} by ${current.writer}), not ${expectedGeneration} as loaded: someone else wrote it meanwhile, so this copy was NOT written over it. ${serializeJobsAdvice('the stream lock')}`
            : `stream "${this.stream}" holds nothing, but generation ${expectedGeneration} was expected: it was removed meanwhile. Nothing was written; reseed it with \`codex-auth seed\`.`,
        );
      }
      if (expectedGeneration !== 'replace' && expectedGeneration > 0) {
        // The same guard as read: a copy loaded before the mark moved must not be written over a newer one.
        if (current) refuseRollback(current, await this.mark.read(), this.where());
      }
      if (currentText !== null) await writePrivateFileAtomic(path.join(this.dir, PREVIOUS), currentText);
      await writePrivateFileAtomic(this.location, serializeEnvelope(envelope));
      // After the envelope, inside the same write lock: a crash in between leaves the mark one generation behind
      // (a weaker guard for one run), never ahead (which would refuse the good copy).
      await this.mark.write(markOf(envelope));
    } finally {
      await release();
    }
  }

  /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
  async remove(): Promise<void> {
    await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
    await fs.rm(path.join(this.dir, CURRENT), { force: true });
    await fs.rm(path.join(this.dir, PREVIOUS), { force: true });
    await this.mark.remove();
  }

  private where() {
    return { stream: this.stream, location: this.location, mark: this.mark.file };
  }

  async rollback(badGeneration: number): Promise<boolean> {
    const currentText = await readPrivateFile(this.location);
    const current = currentText === null ? null : parseEnvelope(currentText, this.location);
    if (current?.generation !== badGeneration) return false;
    const previousPath = path.join(this.dir, PREVIOUS);
    const previous = await readPrivateFile(previousPath);
    if (previous === null) {
      await removeFile(this.location);
      await this.mark.remove();
    } else {
      // The bad write is undone on purpose, so the mark goes back with it.
      await this.mark.write(markOf(parseEnvelope(previous, previousPath)));
      await writePrivateFileAtomic(this.location, previous);
      await fs.rm(previousPath, { force: true });
    }
    return true;
  }
}
