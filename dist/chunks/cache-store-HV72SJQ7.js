#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseEnvelope,
  readGeneration,
  refuseRollback,
  serializeEnvelope,
  serializeJobsAdvice
} from "./chunk-PBCKZ5WM.js";
import {
  ensurePrivateDir,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-O6AFCUB4.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import {
  InternalError,
  StoreConflictError,
  UsageError
} from "./chunk-V4C5BGZE.js";
import {
  ReserveCacheError,
  restoreCache,
  saveCache
} from "./chunk-UOUW54XD.js";
import "./chunk-GP2XTTJE.js";
import "./chunk-DZ5XX4ZY.js";

// src/stores/cache-store.ts
import os from "node:os";
import path from "node:path";
var DAY_MS = 24 * 60 * 60 * 1e3;
var EVICTION_WARNING_MS = 5 * DAY_MS;
var CacheStore = class {
  constructor(stream, options) {
    this.stream = stream;
    this.options = options;
    this.prefix = `codex-auth-${stream}-`;
    this.location = `the Actions cache (keys ${this.prefix}<generation>)`;
    this.file = path.join(os.homedir(), ".codex-auth-cache", `${stream}.json`);
  }
  stream;
  options;
  kind = "cache";
  location;
  readBackAfterWrite = false;
  file;
  prefix;
  get cachePath() {
    return `~/.codex-auth-cache/${this.stream}.json`;
  }
  async read() {
    this.assertBranch();
    await ensurePrivateDir(path.dirname(this.file));
    try {
      const key = await restoreCache([this.cachePath], this.prefix, [this.prefix]);
      if (!key) {
        this.options.log.warn(
          `${this.location} holds nothing for stream "${this.stream}" on this branch. If the stream was used before, its entry was evicted (7 days unused) and a seed may hold a refresh token that was rotated away since: if Codex then fails with refresh_token_reused, reseed the stream.`
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
          `the newest cache entry of stream "${this.stream}" was written ${Math.floor(age / DAY_MS)} days ago; GitHub evicts entries unused for 7 days. Run a keep-fresh job at least weekly.`
        );
      }
      return envelope;
    } finally {
      await removeFile(this.file);
    }
  }
  currentGeneration() {
    return readGeneration(this);
  }
  /**
   * The cache's rollback guard: its keys are the high-water mark. Entries are immutable and never overwritten, so
   * the only way to restore an older generation is that the prefix lookup missed the newer one (another branch's
   * scope, an entry created out of order): one lookup of the next generation's exact key, no download, catches it.
   */
  async refuseIfNewerExists(envelope, key) {
    const keyGeneration = Number(key.slice(this.prefix.length));
    let newer = null;
    if (Number.isInteger(keyGeneration) && keyGeneration > envelope.generation) {
      newer = { key, generation: keyGeneration };
    } else {
      const next = `${this.prefix}${envelope.generation + 1}`;
      const found = await restoreCache([this.cachePath], next, [], { lookupOnly: true }).catch(() => void 0);
      if (found === next) newer = { key: next, generation: envelope.generation + 1 };
    }
    if (newer === null) return;
    refuseRollback(
      envelope,
      { generation: newer.generation, fingerprint: null, writtenAt: null, writer: null },
      { stream: this.stream, location: this.location, mark: `the cache key ${newer.key}` }
    );
  }
  async write(envelope) {
    this.assertBranch();
    await ensurePrivateDir(path.dirname(this.file));
    await writePrivateFileAtomic(this.file, serializeEnvelope(envelope));
    const key = `${this.prefix}${envelope.generation}`;
    let id;
    try {
      id = await saveCache([this.cachePath], key);
    } catch (error) {
      if (error instanceof ReserveCacheError) id = -1;
      else throw new InternalError(`saving ${key} to the Actions cache failed: ${error.message}`);
    } finally {
      await removeFile(this.file);
    }
    if (id === -1) {
      throw new StoreConflictError(
        `cache key ${key} already exists: another job wrote generation ${envelope.generation} of stream "${this.stream}" first, so this copy was NOT written. ${serializeJobsAdvice("the stream lock (`lock: git-ref`)")}`
      );
    }
  }
  async remove() {
    throw new UsageError(
      `cache entries cannot be deleted through the cache service: delete the keys ${this.prefix}* under the repository's Actions > Caches (or \`gh cache delete\`). The session itself was signed out.`
    );
  }
  async rollback() {
    return false;
  }
  assertBranch() {
    if (this.options.allowBranchScope || !this.options.defaultBranch) return;
    const expected = `refs/heads/${this.options.defaultBranch}`;
    if (this.options.ref !== expected) {
      throw new UsageError(
        `the cache store is branch-scoped: this run is on ${this.options.ref || "an unknown ref"}, and an entry written here would be invisible to the default branch ${this.options.defaultBranch}, which would keep using a rotated-away token. Run on ${this.options.defaultBranch}, or set allow-branch-scope: true (CLI: --allow-branch-scope) if this branch's stream is meant to be separate.`
      );
    }
  }
};
export {
  CacheStore,
  EVICTION_WARNING_MS
};
