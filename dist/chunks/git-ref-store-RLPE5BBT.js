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
  commitMessage,
  payloadOf
} from "./chunk-6RQQHR7T.js";
import "./chunk-RNFTHGOL.js";
import {
  StoreConflictError
} from "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";

// src/stores/git-ref-store.ts
function streamRef(stream) {
  return `refs/codex-auth/streams/${stream}`;
}
var GitRefStore = class {
  constructor(git, stream) {
    this.git = git;
    this.stream = stream;
    this.ref = streamRef(stream);
    this.location = `${git.repository.owner}/${git.repository.repo} ${this.ref}`;
  }
  git;
  stream;
  kind = "git-ref";
  location;
  readBackAfterWrite = false;
  ref;
  /** Commit of each generation this process read or wrote: the parent of the next write, without a lookup. */
  commits = /* @__PURE__ */ new Map();
  async read() {
    return (await this.readCurrent())?.envelope ?? null;
  }
  currentGeneration() {
    return readGeneration(this);
  }
  async write(envelope, expectedGeneration) {
    const message = commitMessage(
      `codex-auth: stream ${this.stream} generation ${envelope.generation}`,
      serializeEnvelope(envelope)
    );
    if (expectedGeneration === 0) {
      const sha2 = await this.git.createCommit(message, []);
      if (!await this.git.createRef(this.ref, sha2)) throw await this.conflict(expectedGeneration);
      this.commits.set(envelope.generation, sha2);
      return;
    }
    let parent = typeof expectedGeneration === "number" ? this.commits.get(expectedGeneration) : void 0;
    if (parent === void 0) {
      const current = await this.readCurrent().catch(() => null);
      const sha2 = current?.sha ?? await this.git.readRef(this.ref);
      if (expectedGeneration !== "replace" && current?.envelope.generation !== expectedGeneration) {
        throw await this.conflict(expectedGeneration);
      }
      if (sha2 === null) {
        const created = await this.git.createCommit(message, []);
        if (!await this.git.createRef(this.ref, created)) throw await this.conflict(expectedGeneration);
        this.commits.set(envelope.generation, created);
        return;
      }
      parent = sha2;
    }
    const sha = await this.git.createCommit(message, [parent]);
    const moved = await this.git.fastForward(this.ref, sha);
    if (moved !== "updated") throw await this.conflict(expectedGeneration);
    this.commits.set(envelope.generation, sha);
  }
  async remove() {
    await this.git.deleteRef(this.ref);
  }
  async rollback(badGeneration) {
    const bad = this.commits.get(badGeneration);
    const previous = this.commits.get(badGeneration - 1);
    if (!bad || await this.git.readRef(this.ref) !== bad) return false;
    if (previous) return await this.git.fastForward(this.ref, previous, true) === "updated";
    return this.git.deleteRef(this.ref);
  }
  async readCurrent() {
    const sha = await this.git.readRef(this.ref);
    if (sha === null) return null;
    const envelope = parseEnvelope(
      payloadOf(await this.git.readMessage(sha)),
      `${this.location} (commit ${sha.slice(0, 12)})`
    );
    this.commits.set(envelope.generation, sha);
    return { sha, envelope };
  }
  /** Names the writer of the copy that won, so the user can see which run got there first. */
  async conflict(expected) {
    const current = await this.readCurrent().catch(() => null);
    const what = current ? `it is at generation ${current.envelope.generation}, written ${current.envelope.writtenAt} by ${current.envelope.writer}` : "it was removed";
    return new StoreConflictError(
      `stream "${this.stream}" changed since generation ${expected} was loaded: ${what}. This copy was NOT written over it. Serialize the jobs of one stream: keep \`lock: git-ref\` (the default) and, if you like, a \`concurrency:\` group.`
    );
  }
};
export {
  GitRefStore,
  streamRef
};
