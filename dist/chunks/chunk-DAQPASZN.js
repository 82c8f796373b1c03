#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  AUTH_FILE,
  createPrivateCodexHome,
  materialiseAuth,
  readAuth,
  recordOwner,
  removeAuth,
  removeCodexHome,
  sweepOrphanedHomes,
  writeCodexConfig
} from "./chunk-ZLOALNCE.js";
import {
  inspectBundle
} from "./chunk-4GGFQ26H.js";
import {
  buildCodexEnv
} from "./chunk-GYIPTURG.js";
import {
  RESEED_HINT,
  assertStreamable,
  parseBundle,
  secretValues
} from "./chunk-EPBMPH63.js";
import {
  openEnvelope,
  sealEnvelope
} from "./chunk-WTV45NIT.js";
import {
  _positive,
  boolean,
  int,
  literal,
  nullable,
  object,
  string
} from "./chunk-Z554JWHF.js";
import {
  describeHolder
} from "./chunk-VEWUXA3N.js";
import {
  isErrno,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-EUK65H27.js";
import {
  AuthUnusableError,
  CodexFailedError,
  UsageError,
  asCodexAuthError,
  prefixError
} from "./chunk-5JPDCXPM.js";

// src/codex/auth-watcher.ts
import { promises as fs, watch } from "node:fs";
import path from "node:path";
function watchAuthFile(dir, onChange, options = {}) {
  const file = path.join(dir, AUTH_FILE);
  const errors = [];
  let unreported = [];
  let lastText = options.initialText;
  let lastSignature = "";
  let lastReadError = "";
  let closed = false;
  let running = null;
  let again = false;
  const fail = (error) => {
    errors.push(error);
    unreported.push(error);
    try {
      options.onError?.(error);
    } catch {
    }
  };
  const checkOnce = async () => {
    let text;
    try {
      text = await readPrivateFile(file);
      lastReadError = "";
    } catch (error) {
      const description = error instanceof Error ? error.message : String(error);
      if (description !== lastReadError) fail(error);
      lastReadError = description;
      return;
    }
    if (lastText === void 0) {
      lastText = text;
      return;
    }
    if (text === null || text === lastText) return;
    if (!isCompleteJson(text)) {
      lastSignature = "";
      return;
    }
    lastText = text;
    try {
      await onChange(text);
    } catch (error) {
      fail(error);
    }
  };
  const check = () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await checkOnce();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const poll = async () => {
    let signature;
    try {
      const stat = await fs.stat(file);
      signature = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch (error) {
      if (!isErrno(error, "ENOENT")) signature = "unreadable";
      else return;
    }
    if (signature === lastSignature) return;
    lastSignature = signature;
    await check();
  };
  let watcher = null;
  if (options.useFsWatch ?? true) {
    try {
      watcher = watch(dir, { persistent: false }, (_event, filename) => {
        if (closed) return;
        if (filename === null || filename.toString() === AUTH_FILE) void check();
      });
      watcher.on("error", () => {
        watcher?.close();
        watcher = null;
      });
    } catch {
      watcher = null;
    }
  }
  const timer = setInterval(() => {
    if (!closed && !running) void poll();
  }, options.pollIntervalMs ?? 200);
  timer.unref();
  void check();
  const flush = async () => {
    await check();
    if (unreported.length === 0) return;
    const pending = unreported;
    unreported = [];
    if (pending.length === 1) throw pending[0];
    throw new AggregateError(pending, `${pending.length} errors while following ${file}`);
  };
  return {
    errors,
    flush,
    async close() {
      if (closed) {
        if (running) await running;
        return;
      }
      closed = true;
      clearInterval(timer);
      watcher?.close();
      watcher = null;
      await flush();
    }
  };
}
function isCompleteJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// src/roundtrip/load-stream.ts
async function loadStream(ctx, given) {
  const envelope = await ctx.store.read();
  const seed = envelope ? given : given ?? await ctx.store.plainSeed?.() ?? void 0;
  if (envelope) {
    const bundle2 = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
    ctx.secrets.add(secretValues(bundle2));
    if (seed) {
      ctx.log.info(
        `stream "${ctx.stream}" already holds generation ${envelope.generation}; the seed from ${seed.origin} is not used (a seed never replaces a stored copy).`
      );
    }
    return { bundle: bundle2, generation: envelope.generation, seeded: false };
  }
  if (!seed) {
    throw new AuthUnusableError(
      `stream "${ctx.stream}" holds nothing in ${ctx.store.location} and no seed was given. Seed it once from a fresh login: \`codex-auth seed --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (or pass --seed-file FILE / set CODEX_AUTH_JSON).`
    );
  }
  const bundle = parseSeed(seed);
  ctx.secrets.add(secretValues(bundle));
  await writeBundle(ctx, bundle, 0);
  ctx.log.info(`stream "${ctx.stream}" was empty: stored the seed from ${seed.origin} as generation 1.`);
  return { bundle, generation: 1, seeded: true };
}
function parseSeed(seed) {
  const bundle = parseBundle(seed.raw, seed.origin);
  assertStreamable(bundle, seed.origin);
  return bundle;
}
async function writeBundle(ctx, bundle, expectedGeneration, generation = typeof expectedGeneration === "number" ? expectedGeneration + 1 : 1) {
  const envelope = await sealEnvelope(
    { bundle, stream: ctx.stream, generation, writer: ctx.writer, now: ctx.now() },
    ctx.key
  );
  await ctx.store.write(envelope, expectedGeneration);
  await verifyStored(ctx, envelope, bundle.fingerprint);
  return generation;
}
async function verifyStored(ctx, written, fingerprint) {
  const generation = written.generation;
  try {
    const stored = ctx.store.readBackAfterWrite ? await ctx.store.read() : written;
    if (!stored || stored.generation !== generation) {
      throw new Error(`expected generation ${generation}, found ${stored?.generation ?? "nothing"}`);
    }
    const bundle = await openEnvelope(stored, ctx.stream, ctx.key, ctx.store.location);
    if (bundle.fingerprint !== fingerprint) throw new Error("the stored bundle is not the one written");
  } catch (error) {
    const rolledBack = await ctx.store.rollback(generation).catch(() => false);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the write of generation ${generation} to ${ctx.store.location} did not verify (${reason})${rolledBack ? "; the previous generation was put back" : ""}.`
    );
  }
}

// src/roundtrip/messages.ts
var REFRESH_FAILURE_CAUSE = {
  refresh_token_reused: "the refresh token was already used: another job or machine used this login at the same time, or a copy of this auth.json is in use outside codex-auth",
  refresh_token_expired: "the refresh token has expired (the session was unused for too long)",
  refresh_token_invalidated: "the refresh token was revoked (signed out elsewhere, password change, or admin action)",
  refresh_failed: "the token endpoint rejected the refresh token"
};
function reseedMessage(stream, run, generation) {
  const code = run.refreshFailure ?? "refresh_failed";
  return `Codex could not refresh the login of stream "${stream}" (${code}): ${REFRESH_FAILURE_CAUSE[code]}. The session is dead; the stored copy (generation ${generation}) was left untouched. ${RESEED_HINT}`;
}
function codexFailedMessage(run) {
  const how = run.signal ? `was stopped by ${run.signal}` : `exited with code ${run.exitCode}`;
  const last = run.errorMessages.at(-1);
  return `codex exec ${how}${last ? `: ${last}` : ""}. Anything Codex refreshed was persisted; check Codex's output above for the cause.`;
}
function persistFailedPrefix(stream) {
  return `Codex refreshed the login of stream "${stream}" but it could NOT be persisted, and the old refresh token is already rotated away: `;
}
function lockWaitNotice(ctx) {
  return (holder, waitedMs) => ctx.log.info(
    `waiting for the lock of stream "${ctx.stream}" (${Math.round(waitedMs / 1e3)} s so far), held by ${describeHolder(holder)}`
  );
}

// src/roundtrip/persister.ts
var Persister = class {
  constructor(ctx, loaded, onWrite) {
    this.ctx = ctx;
    this.onWrite = onWrite;
    this.generation = loaded.generation;
    this.fingerprint = loaded.fingerprint;
    this.observed = { fingerprint: loaded.fingerprint, lastRefresh: loaded.lastRefresh };
  }
  ctx;
  onWrite;
  generation;
  fingerprint;
  queue = Promise.resolve();
  firstError = null;
  /** Generations this run wrote after loading (refreshes, not the seed). */
  writes = 0;
  /** The newest valid bundle Codex produced, persisted or not: tells whether Codex refreshed at all. */
  observed;
  /** The newest valid bundle read back from Codex (null until one was read). */
  observedBundle = null;
  get currentGeneration() {
    return this.generation;
  }
  get currentFingerprint() {
    return this.fingerprint;
  }
  /** The first failure of any persist, or null. A failure after a refresh must fail the job loudly. */
  get error() {
    return this.firstError;
  }
  /** Persists `raw` if it is a valid bundle whose tokens differ from the stored ones. Never throws. */
  persist(raw, origin) {
    const next = this.queue.then(() => this.persistNow(raw, origin));
    this.queue = next.catch(() => void 0);
    return next.catch((error) => {
      this.firstError ??= asCodexAuthError(error);
    });
  }
  async persistNow(raw, origin) {
    let bundle;
    try {
      bundle = parseBundle(raw, origin);
      assertStreamable(bundle, origin);
    } catch (error) {
      this.ctx.log.warn(`${asCodexAuthError(error).message} It was not persisted.`);
      return;
    }
    this.ctx.secrets.add(secretValues(bundle));
    this.observed = { fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
    this.observedBundle = bundle;
    if (bundle.fingerprint === this.fingerprint) return;
    const generation = await writeBundle(this.ctx, bundle, this.generation);
    this.generation = generation;
    this.fingerprint = bundle.fingerprint;
    this.writes += 1;
    await this.onWrite?.({
      generation,
      fingerprint: bundle.fingerprint,
      lastRefresh: this.observed.lastRefresh
    });
    this.ctx.log.info(
      `persisted the refreshed login of stream "${this.ctx.stream}" as generation ${generation} (${bundle.fingerprint}).`
    );
  }
  /** Waits for every queued persist. */
  async settle() {
    await this.queue;
  }
};

// src/roundtrip/result.ts
function emptyResult(stream, store) {
  return {
    stream,
    store,
    generation: null,
    seeded: false,
    refreshed: false,
    persisted: false,
    lastRefreshBefore: null,
    lastRefreshAfter: null,
    fingerprintBefore: null,
    fingerprintAfter: null,
    codexExitCode: null,
    finalMessage: null,
    usage: null,
    refreshFailure: null,
    nextRefresh: null,
    accessTokenExpiresAt: null,
    lockWaitMs: 0,
    durationMs: 0,
    error: null
  };
}
function describeBundleInto(result, bundle, now) {
  const report = inspectBundle(bundle, now);
  result.nextRefresh = report.nextRefresh;
  result.accessTokenExpiresAt = report.accessTokenExpiresAt;
}
function startFrom(result, loaded) {
  Object.assign(result, {
    generation: loaded.generation,
    seeded: loaded.seeded,
    persisted: loaded.seeded,
    fingerprintBefore: loaded.fingerprint,
    fingerprintAfter: loaded.fingerprint,
    lastRefreshBefore: loaded.lastRefresh,
    lastRefreshAfter: loaded.lastRefresh
  });
}

// src/roundtrip/split-state.ts
import path2 from "node:path";
var STATE_FILE = "codex-auth-state.json";
var splitStateSchema = object({
  version: literal(1),
  stream: string(),
  store: string(),
  lockId: nullable(string()),
  generation: int().check(_positive()),
  fingerprint: string(),
  lastRefresh: nullable(string()),
  seeded: boolean(),
  restoredAt: string()
});
function splitStatePath(codexHome) {
  return path2.join(codexHome, STATE_FILE);
}
async function saveSplitState(codexHome, state) {
  await writePrivateFileAtomic(splitStatePath(codexHome), `${JSON.stringify(state, null, 2)}
`);
}
async function loadSplitState(codexHome) {
  const text = await readPrivateFile(splitStatePath(codexHome));
  if (text === null) {
    throw new UsageError(
      `${codexHome} holds no codex-auth restore state: run \`codex-auth restore --codex-home ${codexHome} ...\` before \`persist\`, with the same --codex-home.`
    );
  }
  const parsed = splitStateSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new UsageError(
      `${splitStatePath(codexHome)} is damaged; release the lock with \`codex-auth unlock --force\`.`
    );
  }
  return parsed.data;
}
async function removeSplitState(codexHome) {
  await removeFile(splitStatePath(codexHome));
}

// src/roundtrip/run-round-trip.ts
var PROCESS_LEASE_MS = 6e4;
async function runRoundTrip(ctx, request) {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock = null;
  let home = null;
  let watcher = null;
  try {
    const acquired = await ctx.lock.acquire({
      owner: ctx.writer,
      timeoutMs: request.lockTimeoutMs,
      leaseMs: PROCESS_LEASE_MS,
      mode: "process",
      onWait: lockWaitNotice(ctx),
      ...request.signal ? { signal: request.signal } : {}
    });
    lock = acquired.handle;
    result.lockWaitMs = acquired.waitedMs;
    const loaded = await loadStream(ctx, request.seed);
    startFrom(result, {
      generation: loaded.generation,
      seeded: loaded.seeded,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null
    });
    await sweepOrphanedHomes(ctx.log);
    home = await createPrivateCodexHome(request.codexHome);
    if (home.created) await recordOwner(home.dir, { ownerPid: process.pid, codexPid: null });
    const homeDir = home.dir;
    const splitState = {
      version: 1,
      stream: ctx.stream,
      store: ctx.store.kind,
      lockId: acquired.handle.holder.id,
      generation: loaded.generation,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null,
      seeded: loaded.seeded,
      restoredAt: ctx.now().toISOString()
    };
    await saveSplitState(homeDir, splitState);
    await materialiseAuth(home.dir, loaded.bundle.raw);
    if (request.codexConfig !== void 0) await writeCodexConfig(home.dir, request.codexConfig);
    const persister = new Persister(
      ctx,
      {
        generation: loaded.generation,
        fingerprint: loaded.bundle.fingerprint,
        lastRefresh: loaded.bundle.auth.last_refresh ?? null
      },
      (written) => saveSplitState(homeDir, { ...splitState, ...written })
    );
    watcher = watchAuthFile(home.dir, (raw) => persister.persist(raw, "the auth.json Codex wrote"), {
      initialText: loaded.bundle.raw
    });
    const run = await ctx.runCodex({
      codexPath: request.codexPath,
      args: request.codexArgs,
      env: buildCodexEnv(request.baseEnv, home.dir, ctx.log),
      ...request.cwd ? { cwd: request.cwd } : {},
      ...request.onEvent ? { onEvent: request.onEvent } : {},
      ...request.onOutput ? { onOutput: request.onOutput } : {},
      ...request.signal ? { signal: request.signal } : {},
      onSpawn: (pid) => {
        if (home?.created)
          void recordOwner(home.dir, { ownerPid: process.pid, codexPid: pid }).catch(() => void 0);
      }
    });
    await watcher.close();
    watcher = null;
    const finalRaw = await readAuth(home.dir);
    if (!run.refreshFailure && finalRaw !== null)
      await persister.persist(finalRaw, "the auth.json Codex left");
    await persister.settle();
    Object.assign(result, {
      codexExitCode: run.exitCode,
      finalMessage: run.finalMessage,
      usage: run.usage,
      refreshFailure: run.refreshFailure,
      generation: persister.currentGeneration,
      fingerprintAfter: persister.observed.fingerprint,
      lastRefreshAfter: persister.observed.lastRefresh,
      refreshed: persister.observed.fingerprint !== loaded.bundle.fingerprint,
      persisted: result.persisted || persister.writes > 0
    });
    describeBundleInto(result, persister.observedBundle ?? loaded.bundle, ctx.now());
    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
    if (run.refreshFailure && run.exitCode !== 0) {
      throw new AuthUnusableError(reseedMessage(ctx.stream, run, persister.currentGeneration));
    }
    if (run.refreshFailure) {
      ctx.log.warn(
        `${reseedMessage(ctx.stream, run, persister.currentGeneration)} (This run still succeeded.)`
      );
    }
    if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    await watcher?.close().catch(() => void 0);
    if (home) await cleanUpHome(home, ctx);
    if (lock) await releaseLock(lock, ctx);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}
async function cleanUpHome(home, ctx) {
  try {
    if (home.created) {
      await removeCodexHome(home.dir);
    } else {
      await removeAuth(home.dir);
      await removeSplitState(home.dir);
    }
  } catch (error) {
    ctx.log.warn(
      `could not remove the plaintext auth.json in ${home.dir}: ${String(error)}; delete it by hand.`
    );
  }
}
async function releaseLock(lock, ctx) {
  try {
    if (!await lock.release()) {
      ctx.log.warn(
        `the lock of stream "${ctx.stream}" had been taken over by another holder before release.`
      );
    }
  } catch (error) {
    ctx.log.warn(`could not release the lock of stream "${ctx.stream}": ${String(error)}`);
  }
}

export {
  loadStream,
  parseSeed,
  writeBundle,
  codexFailedMessage,
  persistFailedPrefix,
  lockWaitNotice,
  Persister,
  emptyResult,
  describeBundleInto,
  startFrom,
  splitStatePath,
  saveSplitState,
  loadSplitState,
  removeSplitState,
  PROCESS_LEASE_MS,
  runRoundTrip,
  releaseLock
};
