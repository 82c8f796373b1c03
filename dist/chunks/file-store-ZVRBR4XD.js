#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readGeneration
} from "./chunk-UVYQKNIL.js";
import {
  parseEnvelope,
  serializeEnvelope
} from "./chunk-WTV45NIT.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import {
  streamDir
} from "./chunk-QTEMIPGM.js";
import {
  ensurePrivateDir,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-EUK65H27.js";
import {
  StoreConflictError
} from "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";

// src/stores/file-store.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var CURRENT = "envelope.json";
var PREVIOUS = "envelope.prev.json";
var FileStore = class {
  constructor(stateDir, stream) {
    this.stream = stream;
    this.dir = streamDir(stateDir, stream);
    this.location = path.join(this.dir, CURRENT);
  }
  stream;
  kind = "file";
  location;
  readBackAfterWrite = true;
  dir;
  async read() {
    const text = await readPrivateFile(this.location);
    return text === null ? null : parseEnvelope(text, this.location);
  }
  currentGeneration() {
    return readGeneration(this);
  }
  async write(envelope, expectedGeneration) {
    await ensurePrivateDir(this.dir);
    const { default: lockfile } = await import("./proper-lockfile-JERQMQ6A.js");
    const release = await lockfile.lock(this.dir, {
      lockfilePath: path.join(this.dir, ".write.lock"),
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
          current ? `stream "${this.stream}" is at generation ${currentGeneration} (written ${current.writtenAt} by ${current.writer}), not ${expectedGeneration} as loaded: someone else wrote it meanwhile, so this copy was NOT written over it. Serialize the jobs of one stream (use the stream lock; do not pass --lock none to concurrent jobs).` : `stream "${this.stream}" holds nothing, but generation ${expectedGeneration} was expected: it was removed meanwhile. Nothing was written; reseed it with \`codex-auth seed\`.`
        );
      }
      if (currentText !== null) await writePrivateFileAtomic(path.join(this.dir, PREVIOUS), currentText);
      await writePrivateFileAtomic(this.location, serializeEnvelope(envelope));
    } finally {
      await release();
    }
  }
  async remove() {
    await fs.rm(path.join(this.dir, CURRENT), { force: true });
    await fs.rm(path.join(this.dir, PREVIOUS), { force: true });
  }
  async rollback(badGeneration) {
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
};
export {
  FileStore
};
