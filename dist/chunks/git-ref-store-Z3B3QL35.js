#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  writeReason
} from "./chunk-OFMCRVKK.js";
import {
  commitMessage,
  payloadOf
} from "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import "./chunk-FOGE6YFT.js";
import {
  markOf,
  parseEnvelope,
  readGeneration,
  refuseRollback,
  serializeEnvelope,
  serializeJobsAdvice
} from "./chunk-PBCKZ5WM.js";
import "./chunk-4RUKDEO4.js";
import "./chunk-O6AFCUB4.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import {
  StoreConflictError
} from "./chunk-V4C5BGZE.js";
import "./chunk-DZ5XX4ZY.js";

// src/stores/git-ref-store.ts
function streamRef(stream) {
  return `refs/codex-auth/streams/${stream}`;
}
function highWaterRef(stream) {
  return `refs/codex-auth/high-water/${stream}`;
}
var GitRefStore = class {
  constructor(git, stream, handoff) {
    this.git = git;
    this.stream = stream;
    this.handoff = handoff;
    this.ref = streamRef(stream);
    this.markRef = highWaterRef(stream);
    this.location = `${git.repository.owner}/${git.repository.repo} ${this.ref}`;
  }
  git;
  stream;
  handoff;
  kind = "git-ref";
  location;
  readBackAfterWrite = false;
  ref;
  markRef;
  /** Commit the mark ref points at, as last seen (undefined: not looked at yet; null: no mark). */
  markSha;
  /** Commit of each generation this process read or wrote: the parent of the next write, without a lookup. */
  commits = /* @__PURE__ */ new Map();
  async read() {
    return (await this.readCurrent())?.envelope ?? null;
  }
  /** One listing of the stream refs; fingerprints would cost a call per stream, so they are not read. */
  async storedStreams() {
    const prefix = streamRef("");
    const refs = await this.git.listRefs(prefix);
    return [...refs.keys()].map((ref) => ({ name: ref.slice(prefix.length), fingerprint: null })).sort((a, b) => a.name.localeCompare(b.name));
  }
  currentGeneration() {
    return readGeneration(this);
  }
  async write(envelope, expectedGeneration) {
    const message = commitMessage(
      `codex-auth: stream ${this.stream} generation ${envelope.generation} (${writeReason(expectedGeneration)})`,
      serializeEnvelope(envelope)
    );
    if (expectedGeneration === 0) {
      const sha2 = await this.git.createCommit(message, []);
      if (!await this.git.createRef(this.ref, sha2)) throw await this.conflict(expectedGeneration);
      this.commits.set(envelope.generation, sha2);
      await this.moveMark(sha2);
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
        await this.moveMark(created);
        return;
      }
      parent = sha2;
    }
    const sha = await this.git.createCommit(message, [parent]);
    const moved = await this.git.fastForward(this.ref, sha);
    if (moved !== "updated") throw await this.conflict(expectedGeneration);
    this.commits.set(envelope.generation, sha);
    await this.moveMark(sha);
  }
  async highWater() {
    const sha = await this.git.readRef(this.markRef);
    this.markSha = sha;
    return sha === null ? null : (await this.envelopeAt(sha)).generation;
  }
  /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
  async remove() {
    await this.git.deleteRef(this.ref);
    await this.git.deleteRef(this.markRef);
    this.markSha = null;
  }
  async rollback(badGeneration) {
    const bad = this.commits.get(badGeneration);
    const previous = this.commits.get(badGeneration - 1);
    if (!bad || await this.git.readRef(this.ref) !== bad) return false;
    if (previous) {
      const moved = await this.git.fastForward(this.ref, previous, true) === "updated";
      if (moved) await this.moveMark(previous);
      return moved;
    }
    await this.git.deleteRef(this.markRef).catch(() => false);
    this.markSha = null;
    return this.git.deleteRef(this.ref);
  }
  async readCurrent() {
    const [sha, markSha] = await this.currentShas();
    this.markSha = markSha;
    if (sha === null) return null;
    const envelope = await this.envelopeAt(sha);
    this.commits.set(envelope.generation, sha);
    if (markSha !== null && markSha !== sha) {
      const mark = await this.envelopeAt(markSha).catch(() => null);
      refuseRollback(envelope, mark ? markOf(mark) : null, {
        stream: this.stream,
        location: this.location,
        mark: `${this.markRef} (commit ${markSha.slice(0, 12)})`
      });
    }
    return { sha, envelope };
  }
  /**
   * Where the stream ref and its mark point: from the lock's listing when it just took the stream (no call), else
   * both refs read in parallel (one more than the envelope needs: the mark that guards against a rolled-back ref).
   */
  async currentShas() {
    const listed = this.handoff?.take();
    if (listed) return [listed.get(this.ref) ?? null, listed.get(this.markRef) ?? null];
    return Promise.all([this.git.readRef(this.ref), this.git.readRef(this.markRef)]);
  }
  async envelopeAt(sha) {
    return parseEnvelope(
      payloadOf(await this.git.readMessage(sha)),
      `${this.location} (commit ${sha.slice(0, 12)})`
    );
  }
  /**
   * Points the mark at the commit just written. After the stream ref moved, so a failure leaves the mark behind
   * (a weaker guard until the next write), never ahead of the stored copy (which would refuse the good one).
   */
  async moveMark(sha) {
    try {
      const moved = this.markSha === null ? "missing" : await this.git.fastForward(this.markRef, sha, true);
      if (moved === "missing" && !await this.git.createRef(this.markRef, sha)) {
        await this.git.fastForward(this.markRef, sha, true);
      }
      this.markSha = sha;
    } catch {
    }
  }
  /** Names the writer of the copy that won, so the user can see which run got there first. */
  async conflict(expected) {
    const current = await this.readCurrent().catch(() => null);
    const what = current ? `it is at generation ${current.envelope.generation}, written ${current.envelope.writtenAt} by ${current.envelope.writer}` : "it was removed";
    return new StoreConflictError(
      `stream "${this.stream}" changed since generation ${expected} was loaded: ${what}. This copy was NOT written over it. ${serializeJobsAdvice("`lock: git-ref` (the default)")}`
    );
  }
};
export {
  GitRefStore,
  highWaterRef,
  streamRef
};
