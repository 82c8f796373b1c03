import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import { type Envelope, parseEnvelope, serializeEnvelope } from '../core/envelope.js';
import { InternalError, StoreConflictError, UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import {
  ensurePrivateDir,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic,
} from '../platform/secure-files.js';
import { refuseRollback } from './rollback-guard.js';
import { readGeneration, serializeJobsAdvice, type Store } from './store.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** GitHub evicts a cache entry unused for 7 days; warn two days before. */
export const EVICTION_WARNING_MS = 5 * DAY_MS;

export interface CacheStoreOptions {
  /** `refs/heads/<branch>` this run is on (GITHUB_REF). */
  readonly ref: string;
  /** The repository's default branch name. */
  readonly defaultBranch: string | null;
  /** Write from a branch other than the default one anyway (`allow-branch-scope`). */
  readonly allowBranchScope: boolean;
  readonly log: Logger;
}

/**
 * The encrypted envelope as an actions/cache entry per generation (`codex-auth-<stream>-<generation>`). Cache keys
 * are immutable, so a second writer of the same generation fails: that is the compare-and-swap. Restoring takes
 * the newest entry by key prefix. The traps, guarded: entries are branch-scoped (a write from a feature branch is
 * invisible to the default branch) and evicted after 7 idle days.
 */
export class CacheStore implements Store {
  readonly kind = 'cache';
  readonly location: string;
  readonly readBackAfterWrite = false;
  private readonly file: string;
  private readonly prefix: string;

  constructor(
    readonly stream: string,
    private readonly options: CacheStoreOptions,
  ) {
    this.prefix = `codex-auth-${stream}-`;
    this.location = `the Actions cache (keys ${this.prefix}<generation>)`;
    // A path under HOME written as `~/...` keeps the cache version (a hash of the path list) the same on every runner.
    this.file = path.join(os.homedir(), '.codex-auth-cache', `${stream}.json`);
  }

  private get cachePath(): string {
    return `~/.codex-auth-cache/${this.stream}.json`;
  }

  async read(): Promise<Envelope | null> {
    this.assertBranch();
    await ensurePrivateDir(path.dirname(this.file));
    try {
      const key = await cache.restoreCache([this.cachePath], this.prefix, [this.prefix]);
      if (!key) {
        this.options.log.warn(
          `${this.location} holds nothing for stream "${this.stream}" on this branch. If the stream was used before, its entry was evicted (7 days unused) and a seed may hold a refresh token that was rotated away since: if Codex then fails with refresh_token_reused, reseed the stream.`,
        );
        return null;
      }
      const text = await readPrivateFile(this.file);
      if (text === null) return null;
      const envelope = parseEnvelope(text, `${this.location} (key ${key})`);
      await this.refuseIfNewerExists(envelope, key);
      const age = Date.now() - Date.parse(envelope.writtenAt);
      if (age > EVICTION_WARNING_MS) {
        this.options.log.warn(
          `the newest cache entry of stream "${this.stream}" was written ${Math.floor(age / DAY_MS)} days ago; GitHub evicts entries unused for 7 days. Run a keep-fresh job at least weekly.`,
        );
      }
      return envelope;
    } finally {
      await removeFile(this.file);
    }
  }

  currentGeneration(): Promise<number | null> {
    return readGeneration(this);
  }

  /**
   * The cache's rollback guard: its keys are the high-water mark. Entries are immutable and never overwritten, so
   * the only way to restore an older generation is that the prefix lookup missed the newer one (another branch's
   * scope, an entry created out of order): one lookup of the next generation's exact key, no download, catches it.
   */
  private async refuseIfNewerExists(envelope: Envelope, key: string): Promise<void> {
    // The key names the generation it was saved as: an envelope under a higher key is an older copy saved again.
    const keyGeneration = Number(key.slice(this.prefix.length));
    let newer: { key: string; generation: number } | null = null;
    if (Number.isInteger(keyGeneration) && keyGeneration > envelope.generation) {
      newer = { key, generation: keyGeneration };
    } else {
      const next = `${this.prefix}${envelope.generation + 1}`;
      const found = await cache
        .restoreCache([this.cachePath], next, [], { lookupOnly: true })
        .catch(() => undefined);
      if (found === next) newer = { key: next, generation: envelope.generation + 1 };
    }
    if (newer === null) return;
    // A key says only that its generation exists, not which copy it holds or who wrote it.
    refuseRollback(
      envelope,
      { generation: newer.generation, fingerprint: null, writtenAt: null, writer: null },
      { stream: this.stream, location: this.location, mark: `the cache key ${newer.key}` },
    );
  }

  async write(envelope: Envelope): Promise<void> {
    this.assertBranch();
    await ensurePrivateDir(path.dirname(this.file));
    await writePrivateFileAtomic(this.file, serializeEnvelope(envelope));
    const key = `${this.prefix}${envelope.generation}`;
    let id: number;
    try {
      id = await cache.saveCache([this.cachePath], key);
    } catch (error) {
      if (error instanceof cache.ReserveCacheError) id = -1;
      else throw new InternalError(`saving ${key} to the Actions cache failed: ${(error as Error).message}`);
    } finally {
      await removeFile(this.file);
    }
    if (id === -1) {
      throw new StoreConflictError(
        `cache key ${key} already exists: another job wrote generation ${envelope.generation} of stream "${this.stream}" first, so this copy was NOT written. ${serializeJobsAdvice('the stream lock (`lock: git-ref`)')}`,
      );
    }
  }

  async remove(): Promise<void> {
    throw new UsageError(
      `cache entries cannot be deleted through the cache service: delete the keys ${this.prefix}* under the repository's Actions > Caches (or \`gh cache delete\`). The session itself was signed out.`,
    );
  }

  async rollback(): Promise<boolean> {
    return false; // Entries are immutable; a bad generation is superseded by the next write.
  }

  private assertBranch(): void {
    if (this.options.allowBranchScope || !this.options.defaultBranch) return;
    const expected = `refs/heads/${this.options.defaultBranch}`;
    if (this.options.ref !== expected) {
      throw new UsageError(
        `the cache store is branch-scoped: this run is on ${this.options.ref || 'an unknown ref'}, and an entry written here would be invisible to the default branch ${this.options.defaultBranch}, which would keep using a rotated-away token. Run on ${this.options.defaultBranch}, or set allow-branch-scope: true (CLI: --allow-branch-scope) if this branch's stream is meant to be separate.`,
      );
    }
  }
}
