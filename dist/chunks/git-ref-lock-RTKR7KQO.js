#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  CODEX_AUTH_REFS,
  runLiveness
} from "./chunk-F5ZJYPQG.js";
import {
  commitMessage,
  payloadOf
} from "./chunk-N3T4XKQI.js";
import "./chunk-ULPY7FZK.js";
import {
  backoffDelay,
  describeHolder,
  sleep
} from "./chunk-7SAFMP73.js";
import {
  nullable,
  number,
  object,
  optional,
  parse,
  string
} from "./chunk-2G7TLW22.js";
import {
  LockLostError,
  LockTimeoutError,
  isUsageError
} from "./chunk-V4C5BGZE.js";
import "./chunk-DZ5XX4ZY.js";

// src/locks/git-ref-lock.ts
import { randomUUID } from "node:crypto";
import os from "node:os";
function lockRef(stream) {
  return `refs/codex-auth/locks/${stream}`;
}
function releasedRef(stream) {
  return `${lockRef(stream)}+released`;
}
var POLL = { initialMs: 500, maxMs: 1e4 };
var holderSchema = object({
  id: string(),
  host: string(),
  pid: nullable(number()),
  owner: string(),
  acquiredAt: string(),
  expiresAt: string(),
  run: optional(
    object({
      repository: string(),
      id: number(),
      attempt: number(),
      job: nullable(string()),
      url: string()
    })
  )
});
var GitRefLock = class {
  constructor(git, client, stream, options = {}) {
    this.git = git;
    this.client = client;
    this.stream = stream;
    this.options = options;
    this.ref = lockRef(stream);
    this.marker = releasedRef(stream);
  }
  git;
  client;
  stream;
  options;
  kind = "git-ref";
  ref;
  marker;
  holders = /* @__PURE__ */ new Map();
  warnedNoActionsRead = false;
  /**
   * The lock ref's commit (null: never taken), whether it is held (not at its release marker), and the listing it
   * came from: the lock's own refs, or with a handoff every codex-auth ref, in the same one call.
   */
  async heldAt() {
    const refs = await this.git.listRefs(this.options.handoff ? CODEX_AUTH_REFS : this.ref);
    const tip = refs.get(this.ref) ?? null;
    return { tip, held: tip !== null && tip !== (refs.get(this.marker) ?? null), refs };
  }
  async acquire(options) {
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    const noticeEvery = this.options.noticeEveryMs ?? 1e4;
    let lastNotice = -Infinity;
    this.options.handoff?.clear();
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      const { tip, held, refs } = await this.heldAt();
      if (!held) {
        const holder = this.newHolder(options);
        const mine = await this.git.createCommit(this.message(holder), tip === null ? [] : [tip]);
        const took = tip === null ? await this.git.createRef(this.ref, mine) : await this.git.fastForward(this.ref, mine) === "updated";
        if (took) {
          this.options.handoff?.offer(refs);
          return this.acquired(holder, mine, options, started);
        }
        continue;
      }
      const current = tip;
      const theirs = await this.holderAt(current);
      if (await this.isStale(theirs)) {
        const takeover = this.newHolder(options);
        const sha = await this.git.createCommit(this.message(takeover, theirs), [current]);
        if (await this.git.fastForward(this.ref, sha) === "updated") {
          this.options.log?.info(
            `took over the lock of stream "${this.stream}" from ${describeHolder(theirs)}, which is gone.`
          );
          return this.acquired(takeover, sha, options, started);
        }
        continue;
      }
      const waited = Date.now() - started;
      if (Date.now() >= deadline) {
        throw new LockTimeoutError(
          `the lock of stream "${this.stream}" is held by ${describeHolder(theirs)} and was not released within ${Math.round(options.timeoutMs / 1e3)} s. Wait for that run, raise lock-timeout, or, if you know it is gone, run \`codex-auth unlock --force --store git-ref --stream ${this.stream}\`.`
        );
      }
      if (waited - lastNotice >= noticeEvery) {
        lastNotice = waited;
        options.onWait?.(theirs, waited);
      }
      await sleep(Math.min(backoffDelay(attempt, POLL), Math.max(0, deadline - Date.now())), options.signal);
    }
  }
  async resume(id) {
    const { tip: sha, held, refs } = await this.heldAt();
    const holder = sha && held ? await this.holderAt(sha) : null;
    if (!sha || holder?.id !== id) {
      throw new LockLostError(
        `the lock of stream "${this.stream}" is no longer this job's (${holder ? `now held by ${describeHolder(holder)}` : "it is free"}): it was released or taken over meanwhile. Run the job again from restore.`
      );
    }
    this.options.handoff?.offer(refs);
    return this.handle(holder, sha, null);
  }
  async inspect() {
    const { tip, held } = await this.heldAt();
    if (!tip || !held) return null;
    const holder = await this.holderAt(tip);
    return { ...holder, stale: await this.isStale(holder) };
  }
  /** Frees the lock whoever holds it (unlock --force, revoke): the marker is moved to the holder's commit. */
  async forceRelease() {
    const { tip, held } = await this.heldAt();
    if (!tip || !held) return null;
    const holder = await this.holderAt(tip);
    return await this.markReleased(tip, true) ? holder : null;
  }
  /**
   * Moves the marker to `sha`. A fast-forward: the marker's last value is the free commit our holder commit was
   * built on (or the commit it took over from), so it is an ancestor of `sha`. `force` only for unlock --force,
   * which overrides whatever the marker says.
   */
  async markReleased(sha, force = false) {
    const moved = await this.git.fastForward(this.marker, sha, force);
    if (moved === "updated") return true;
    if (moved === "missing") return this.git.createRef(this.marker, sha);
    return false;
  }
  newHolder(options) {
    const now = Date.now();
    const leaseMs = this.options.run ? Math.max(options.leaseMs, 6 * 60 * 60 * 1e3) : options.leaseMs;
    return {
      id: randomUUID(),
      host: os.hostname(),
      pid: options.mode === "process" ? process.pid : null,
      owner: options.owner,
      acquiredAt: new Date(now).toISOString(),
      expiresAt: new Date(now + leaseMs).toISOString(),
      ...this.options.run ? { run: this.options.run } : {}
    };
  }
  message(holder, replaced) {
    const subject = `codex-auth: lock of stream ${this.stream}${replaced ? ` (taken over from ${replaced.id})` : ""}`;
    return commitMessage(subject, JSON.stringify(holder, null, 2));
  }
  async holderAt(sha) {
    const cached = this.holders.get(sha);
    if (cached) return cached;
    let holder;
    try {
      holder = parse(holderSchema, JSON.parse(payloadOf(await this.git.readMessage(sha))));
    } catch (error) {
      if (isUsageError(error)) throw error;
      const now = /* @__PURE__ */ new Date();
      holder = {
        id: `unknown-${sha.slice(0, 12)}`,
        host: "unknown",
        pid: null,
        owner: `an unreadable lock commit ${sha.slice(0, 12)}`,
        acquiredAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 60 * 60 * 1e3).toISOString()
      };
    }
    this.holders.set(sha, holder);
    return holder;
  }
  async isStale(holder) {
    if (holder.run) {
      const liveness = await this.runLivenessOf(holder.run);
      if (liveness === "gone") return true;
      if (liveness === "active") return false;
    }
    return Date.parse(holder.expiresAt) < Date.now();
  }
  async runLivenessOf(run) {
    const value = await runLiveness(this.client, run);
    if (value === "unknown" && !this.warnedNoActionsRead) {
      this.warnedNoActionsRead = true;
      this.options.log?.warn(
        `cannot read the status of run ${run.id} that holds the lock of stream "${this.stream}": add \`permissions: actions: read\` so a finished holder is recognised at once; until then its lease decides.`
      );
    }
    return value;
  }
  acquired(holder, sha, options, started) {
    const heartbeat = options.mode === "process" && !this.options.run ? options.leaseMs / 3 : null;
    return { handle: this.handle(holder, sha, heartbeat), waitedMs: Date.now() - started };
  }
  /** Heartbeat (holders outside Actions): a new commit on top of ours with a later lease, by fast-forward. */
  handle(holder, sha, heartbeatMs) {
    let current = sha;
    let currentHolder = holder;
    let renewing = Promise.resolve();
    const timer = heartbeatMs === null ? null : setInterval(() => {
      renewing = (async () => {
        const leaseMs = Date.parse(currentHolder.expiresAt) - Date.parse(currentHolder.acquiredAt);
        const renewed = { ...currentHolder, expiresAt: new Date(Date.now() + leaseMs).toISOString() };
        const next = await this.git.createCommit(this.message(renewed), [current]);
        if (await this.git.fastForward(this.ref, next) === "updated") {
          current = next;
          currentHolder = renewed;
          this.holders.set(next, renewed);
        }
      })().catch(() => void 0);
    }, heartbeatMs);
    timer?.unref();
    return {
      holder,
      release: async () => {
        if (timer) clearInterval(timer);
        this.options.handoff?.clear();
        await renewing;
        return this.markReleased(current);
      }
    };
  }
};
export {
  GitRefLock,
  lockRef,
  releasedRef
};
