import { createPrivateCodexHome, materialiseAuth, readAuth, removeAuth } from '../codex/codex-home.js';
import { buildCodexEnv, runnerFileCommandPaths } from '../codex/codex-env.js';
import { readPersistUsageFacts } from './usage-limit.js';
import { asCodexAuthError, prefixError, UsageError } from '../core/errors.js';
import type { LockHandle } from '../locks/lock.js';
import type { RoundTripContext, SeedSource } from './context.js';
import { checkLegacyStreamBeforeLock, loadStream } from './load-stream.js';
import { lockWaitNotice, persistFailedPrefix } from './messages.js';
import { Persister } from './persister.js';
import { describeBundleInto, emptyResult, type RoundTripResult, startFrom, timedAcquire } from './result.js';
import { releaseLock } from './run-round-trip.js';
import { sealHome, type SealRequest } from './seal.js';
import { loadSplitState, removeSplitState, saveSplitState } from './split-state.js';

export interface RestoreRequest {
  readonly seed?: SeedSource | undefined;
  readonly codexHome: string;
  readonly codexConfig?: string | undefined;
  readonly lockTimeoutMs: number;
  /** How long the lock outlives this process if `persist` never comes. */
  readonly leaseMs: number;
  readonly signal?: AbortSignal | undefined;
  /** The profile goes into config.toml so that the user's own `codex exec` is sealed too (unless it passes --sandbox). */
  readonly seal: SealRequest;
  /** The codex the user's step will run, for the probe; without it the profile is written but not probed. */
  readonly codexPath?: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd?: string | undefined;
  readonly sealPaths?: readonly string[] | undefined;
}

/**
 * The first half of `run`, for users who start Codex themselves: takes the lock as a lease that outlives this
 * process, and leaves auth.json in CODEX_HOME for `persist` to write back.
 */
export async function restoreStream(
  ctx: RoundTripContext,
  request: RestoreRequest,
): Promise<RoundTripResult> {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock: LockHandle | null = null;
  let restored = false;
  let homeDir: string | null = null;
  try {
    await checkLegacyStreamBeforeLock(ctx);
    const acquired = await timedAcquire(result, () =>
      ctx.lock.acquire({
        owner: ctx.writer,
        timeoutMs: request.lockTimeoutMs,
        leaseMs: request.leaseMs,
        mode: 'lease',
        onWait: lockWaitNotice(ctx),
        ...(request.signal ? { signal: request.signal } : {}),
      }),
    );
    lock = acquired.handle;
    const loaded = await loadStream(ctx, request.seed);
    const home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    homeDir = home.dir;
    // State first: if anything below fails, `persist` or `unlock` can still find and undo it.
    await saveSplitState(home.dir, {
      version: 1,
      stream: ctx.stream,
      store: ctx.store.kind,
      lockId: acquired.handle.holder.id,
      generation: loaded.generation,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null,
      seeded: loaded.seeded,
      restoredAt: ctx.now().toISOString(),
    });
    await materialiseAuth(home.dir, loaded.bundle.raw);
    const sealed = await sealHome(
      {
        home: home.dir,
        userConfig: request.codexConfig,
        codexArgs: [],
        codexPath: request.codexPath ?? 'codex',
        env: buildCodexEnv(request.baseEnv, home.dir, ctx.log),
        cwd: request.cwd ?? process.cwd(),
        extraDeny: [
          home.sealRoot,
          ...(request.sealPaths ?? []),
          ...(ctx.store.privatePaths ?? []),
          ...runnerFileCommandPaths(request.baseEnv),
        ],
        seal: request.seal,
        probe: request.codexPath !== undefined,
      },
      ctx.log,
      ctx.secrets,
    );
    result.seal = sealed.report;
    restored = true;
    startFrom(result, {
      generation: loaded.generation,
      seeded: loaded.seeded,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null,
    });
    describeBundleInto(result, loaded.bundle, ctx.now());
    ctx.log.info(
      `restored stream "${ctx.stream}" (generation ${loaded.generation}) to ${home.dir}; the lock is held until \`codex-auth persist --codex-home ${home.dir}\`.`,
    );
    ctx.log.info(
      sealed.report.profile === null
        ? `config.toml there runs Codex unsandboxed (${sealed.report.reason ?? 'opted in'}): the agent can read this login.`
        : `config.toml there applies the permission profile "${sealed.report.profile}" (${sealed.report.mode}), which keeps the agent's commands from this login${sealed.report.sealed ? ` (probe passed in ${sealed.report.probeMs} ms)` : ' (not probed: no codex given)'}. Run \`codex exec\` WITHOUT --sandbox/-s/--full-auto: any of them switches the profile off and lets the agent read auth.json.`,
    );
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    if (!restored) {
      if (homeDir) {
        await removeAuth(homeDir).catch(() => undefined);
        await removeSplitState(homeDir).catch(() => undefined);
      }
      if (lock) await releaseLock(lock, ctx);
    }
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}

/** The second half: writes back what Codex refreshed, releases the lease, removes the plaintext. */
export async function persistStream(ctx: RoundTripContext, codexHome: string): Promise<RoundTripResult> {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock: LockHandle | null = null;
  let owned = false;
  try {
    const state = await loadSplitState(codexHome);
    if (state.stream !== ctx.stream || state.store !== ctx.store.kind) {
      throw new UsageError(
        `${codexHome} was restored from stream "${state.stream}" (store ${state.store}), not "${ctx.stream}" (store ${ctx.store.kind}): pass the same --stream and --store to persist as to restore.`,
      );
    }
    owned = true;
    startFrom(result, state);
    if (state.lockId) {
      try {
        lock = await ctx.lock.resume(state.lockId);
      } catch (error) {
        // The write below is still a compare-and-swap, so losing the lease cannot overwrite a newer copy.
        ctx.log.warn(
          `${asCodexAuthError(error).message} Persisting anyway: the write only succeeds if nobody wrote since.`,
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
      ...(await readPersistUsageFacts(codexHome, Date.parse(state.restoredAt))),
    });
    if (persister.observedBundle) describeBundleInto(result, persister.observedBundle, ctx.now());
    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    // Once the state proved this home belongs to this stream, the plaintext goes whatever happened (a failed
    // write was reported loudly above); a mismatched call leaves it for the right `persist`.
    if (owned) {
      await removeAuth(codexHome).catch(() => undefined);
      await removeSplitState(codexHome).catch(() => undefined);
    }
    if (lock) await releaseLock(lock, ctx);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}
