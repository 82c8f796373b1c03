#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  HighWaterFile,
  markOf,
  parseEnvelope,
  readGeneration,
  refuseRollback,
  serializeEnvelope,
  serializeJobsAdvice
} from "./chunk-PBCKZ5WM.js";
import {
  checkStreamDir
} from "./chunk-4RUKDEO4.js";
import {
  ensurePrivateDir,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-O6AFCUB4.js";
import {
  StoreConflictError
} from "./chunk-V4C5BGZE.js";

// src/stores/file-store.ts
import { promises as fs } from "node:fs";
import path2 from "node:path";

// src/stores/state-dir.ts
import os from "node:os";
import path from "node:path";
var STATE_DIR_ENV = "CODEX_AUTH_STATE_DIR";
function defaultStateDir(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? path.resolve(fromEnv) : path.join(os.homedir(), ".codex-auth");
}
function streamDir(stateDir, stream) {
  return path.join(stateDir, stream);
}
function defaultStateDirSource(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? STATE_DIR_ENV : "the default state directory";
}

// src/stores/file-store.ts
var CURRENT = "envelope.json";
var PREVIOUS = "envelope.prev.json";
var HIGH_WATER = "high-water.json";
var OWNED_FILES = [CURRENT, PREVIOUS, HIGH_WATER];
var FileStore = class {
  constructor(stateDir, stream, origin) {
    this.stream = stream;
    this.dir = streamDir(stateDir, stream);
    this.privatePaths = [path2.resolve(stateDir)];
    this.location = path2.join(this.dir, CURRENT);
    this.mark = new HighWaterFile(path2.join(this.dir, HIGH_WATER));
    this.origin = origin ?? { dir: stateDir, source: "the state directory" };
  }
  stream;
  kind = "file";
  location;
  readBackAfterWrite = true;
  /** The whole state directory: other streams' envelopes and locks are no business of this job's agent. */
  privatePaths;
  dir;
  mark;
  origin;
  async read() {
    await checkStreamDir(this.origin, this.stream, false, OWNED_FILES);
    const text = await readPrivateFile(this.location);
    if (text === null) return null;
    const envelope = parseEnvelope(text, this.location);
    refuseRollback(envelope, await this.mark.read(), {
      stream: this.stream,
      location: this.location,
      mark: this.mark.file
    });
    return envelope;
  }
  async storedStreams() {
    const root = path2.dirname(this.dir);
    const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
    const streams = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const file = path2.join(root, entry.name, CURRENT);
      const text = await fs.readFile(file, "utf8").catch(() => null);
      if (text === null) continue;
      let fingerprint = null;
      try {
        fingerprint = parseEnvelope(text, file).fingerprint;
      } catch {
      }
      streams.push({ name: entry.name, fingerprint });
    }
    return streams.sort((a, b) => a.name.localeCompare(b.name));
  }
  async highWater() {
    return (await this.mark.read())?.generation ?? null;
  }
  currentGeneration() {
    return readGeneration(this);
  }
  async write(envelope, expectedGeneration) {
    await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
    await ensurePrivateDir(this.dir);
    const { default: lockfile } = await import("./proper-lockfile-QPQYOU3Z.js");
    const release = await lockfile.lock(this.dir, {
      lockfilePath: path2.join(this.dir, ".write.lock"),
      realpath: false,
      stale: 1e4,
      retries: { retries: 50, minTimeout: 20, maxTimeout: 200 }
    });
    try {
      const currentText = await readPrivateFile(this.location);
      const current = currentText === null || expectedGeneration === "replace" ? null : parseEnvelope(currentText, this.location);
      const currentGeneration = current?.generation ?? 0;
      if (expectedGeneration !== "replace" && currentGeneration !== expectedGeneration) {
        throw new StoreConflictError(
          current ? `stream "${this.stream}" is at generation ${currentGeneration} (written ${current.writtenAt} by ${current.writer}), not ${expectedGeneration} as loaded: someone else wrote it meanwhile, so this copy was NOT written over it. ${serializeJobsAdvice("the stream lock")}` : `stream "${this.stream}" holds nothing, but generation ${expectedGeneration} was expected: it was removed meanwhile. Nothing was written; reseed it with \`codex-auth seed\`.`
        );
      }
      if (expectedGeneration !== "replace" && expectedGeneration > 0) {
        if (current) refuseRollback(current, await this.mark.read(), this.where());
      }
      if (currentText !== null) await writePrivateFileAtomic(path2.join(this.dir, PREVIOUS), currentText);
      await writePrivateFileAtomic(this.location, serializeEnvelope(envelope));
      await this.mark.write(markOf(envelope));
    } finally {
      await release();
    }
  }
  /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
  async remove() {
    await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
    await fs.rm(path2.join(this.dir, CURRENT), { force: true });
    await fs.rm(path2.join(this.dir, PREVIOUS), { force: true });
    await this.mark.remove();
  }
  where() {
    return { stream: this.stream, location: this.location, mark: this.mark.file };
  }
  async rollback(badGeneration) {
    const currentText = await readPrivateFile(this.location);
    const current = currentText === null ? null : parseEnvelope(currentText, this.location);
    if (current?.generation !== badGeneration) return false;
    const previousPath = path2.join(this.dir, PREVIOUS);
    const previous = await readPrivateFile(previousPath);
    if (previous === null) {
      await removeFile(this.location);
      await this.mark.remove();
    } else {
      await this.mark.write(markOf(parseEnvelope(previous, previousPath)));
      await writePrivateFileAtomic(this.location, previous);
      await fs.rm(previousPath, { force: true });
    }
    return true;
  }
};

export {
  STATE_DIR_ENV,
  defaultStateDir,
  streamDir,
  defaultStateDirSource,
  HIGH_WATER,
  FileStore
};
