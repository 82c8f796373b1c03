#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  Persister,
  buildCodexEnv,
  checkLegacyStreamBeforeLock,
  describeBundleInto,
  emptyResult,
  loadStream,
  lockWaitNotice,
  persistFailedPrefix,
  readPersistUsageFacts,
  releaseLock,
  runnerFileCommandPaths,
  sealHome,
  startFrom,
  timedAcquire
} from "./chunk-6ZUH3ENB.js";
import {
  createPrivateCodexHome,
  loadSplitState,
  materialiseAuth,
  readAuth,
  removeAuth,
  removeSplitState,
  saveSplitState
} from "./chunk-GE7YRBSE.js";
import {
  UsageError,
  asCodexAuthError,
  prefixError
} from "./chunk-X5N6Q7YB.js";

// src/roundtrip/split-round-trip.ts
async function restoreStream(ctx, request) {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock = null;
  let restored = false;
  let homeDir = null;
  try {
    await checkLegacyStreamBeforeLock(ctx);
    const acquired = await timedAcquire(
      result,
      () => ctx.lock.acquire({
        owner: ctx.writer,
        timeoutMs: request.lockTimeoutMs,
        leaseMs: request.leaseMs,
        mode: "lease",
        onWait: lockWaitNotice(ctx),
        ...request.signal ? { signal: request.signal } : {}
      })
    );
    lock = acquired.handle;
    const loaded = await loadStream(ctx, request.seed);
    const home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    homeDir = home.dir;
    await saveSplitState(home.dir, {
      version: 1,
      stream: ctx.stream,
      store: ctx.store.kind,
      lockId: acquired.handle.holder.id,
      generation: loaded.generation,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null,
      seeded: loaded.seeded,
      restoredAt: ctx.now().toISOString()
    });
    await materialiseAuth(home.dir, loaded.bundle.raw);
    const sealed = await sealHome(
      {
        home: home.dir,
        userConfig: request.codexConfig,
        codexArgs: [],
        codexPath: request.codexPath ?? "codex",
        env: buildCodexEnv(request.baseEnv, home.dir, ctx.log),
        cwd: request.cwd ?? process.cwd(),
        extraDeny: [
          home.sealRoot,
          ...request.sealPaths ?? [],
          ...ctx.store.privatePaths ?? [],
          ...runnerFileCommandPaths(request.baseEnv)
        ],
        seal: request.seal,
        probe: request.codexPath !== void 0
      },
      ctx.log,
      ctx.secrets
    );
    result.seal = sealed.report;
    restored = true;
    startFrom(result, {
      generation: loaded.generation,
      seeded: loaded.seeded,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null
    });
    describeBundleInto(result, loaded.bundle, ctx.now());
    ctx.log.info(
      `restored stream "${ctx.stream}" (generation ${loaded.generation}) to ${home.dir}; the lock is held until \`codex-auth persist --codex-home ${home.dir}\`.`
    );
    ctx.log.info(
      sealed.report.profile === null ? `config.toml there runs Codex unsandboxed (${sealed.report.reason ?? "opted in"}): the agent can read this login.` : `config.toml there applies the permission profile "${sealed.report.profile}" (${sealed.report.mode}), which keeps the agent's commands from this login${sealed.report.sealed ? ` (probe passed in ${sealed.report.probeMs} ms)` : " (not probed: no codex given)"}. Run \`codex exec\` WITHOUT --sandbox/-s/--full-auto: any of them switches the profile off and lets the agent read auth.json.`
    );
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    if (!restored) {
      if (homeDir) {
        await removeAuth(homeDir).catch(() => void 0);
        await removeSplitState(homeDir).catch(() => void 0);
      }
      if (lock) await releaseLock(lock, ctx);
    }
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}
async function persistStream(ctx, codexHome) {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock = null;
  let owned = false;
  try {
    const state = await loadSplitState(codexHome);
    if (state.stream !== ctx.stream || state.store !== ctx.store.kind) {
      throw new UsageError(
        `${codexHome} was restored from stream "${state.stream}" (store ${state.store}), not "${ctx.stream}" (store ${ctx.store.kind}): pass the same --stream and --store to persist as to restore.`
      );
    }
    owned = true;
    startFrom(result, state);
    if (state.lockId) {
      try {
        lock = await ctx.lock.resume(state.lockId);
      } catch (error) {
        ctx.log.warn(
          `${asCodexAuthError(error).message} Persisting anyway: the write only succeeds if nobody wrote since.`
        );
      }
    }
    const persister = new Persister(ctx, state);
    const raw = await readAuth(codexHome);
    if (raw === null) {
      ctx.log.warn(`${codexHome}/auth.json is gone; nothing to persist (Codex may have logged out).`);
    } else {
      await persister.persist(raw, `${codexHome}/auth.json`);
    }
    await persister.settle();
    Object.assign(result, {
      generation: persister.currentGeneration,
      fingerprintAfter: persister.observed.fingerprint,
      lastRefreshAfter: persister.observed.lastRefresh,
      refreshed: persister.observed.fingerprint !== state.fingerprint,
      persisted: persister.writes > 0,
      // The user's Codex step left its rollout file in this home: report plan usage before the home is cleaned.
      ...await readPersistUsageFacts(codexHome, Date.parse(state.restoredAt))
    });
    if (persister.observedBundle) describeBundleInto(result, persister.observedBundle, ctx.now());
    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    if (owned) {
      await removeAuth(codexHome).catch(() => void 0);
      await removeSplitState(codexHome).catch(() => void 0);
    }
    if (lock) await releaseLock(lock, ctx);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}

export {
  restoreStream,
  persistStream
};
