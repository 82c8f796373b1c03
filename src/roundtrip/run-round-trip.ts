import { watchAuthFile } from '../codex/auth-watcher.js';
import { recordOwner, sweepOrphanedHomes } from '../codex/orphan-homes.js';
import { buildCodexEnv, runnerFileCommandPaths } from '../codex/codex-env.js';
import {
  createPrivateCodexHome,
  materialiseAuth,
  privateHomesBase,
  readAuth,
  removeAuth,
  removeCodexHome,
} from '../codex/codex-home.js';
import type { CodexEvent, CodexRunResult } from '../codex/codex-runner.js';
import {
  AuthUnusableError,
  asCodexAuthError,
  CodexFailedError,
  prefixError,
  RunTimeoutError,
  UsageLimitError,
} from '../core/errors.js';
import type { LockHandle } from '../locks/lock.js';
import { loadSodium } from '../core/sodium.js';
import type { RoundTripContext, SeedSource } from './context.js';
import { checkLegacyStreamBeforeLock, loadStream } from './load-stream.js';
import {
  codexFailedMessage,
  lockWaitNotice,
  noEventsMessage,
  persistFailedPrefix,
  reseedMessage,
  runTimeoutMessage,
} from './messages.js';
import { Persister } from './persister.js';
import { describeBundleInto, emptyResult, type RoundTripResult, startFrom, timedAcquire } from './result.js';
import { type SealHomeInput, type SealReport, type SealRequest, startSeal } from './seal.js';
import { removeSplitState, saveSplitState, type SplitState } from './split-state.js';
import { readUsageFacts, usageLimitMessage } from './usage-limit.js';

/** A process-bound lock renews its lease by heartbeat; this only bounds how long a vanished host blocks others. */
export const PROCESS_LEASE_MS = 60_000;

export interface RunRequest {
  readonly seed?: SeedSource | undefined;
  readonly codexPath: string;
  readonly codexArgs: readonly string[];
  /** Use this directory as CODEX_HOME (must be empty or absent); default: a fresh private temp dir. */
  readonly codexHome?: string | undefined;
  /** config.toml for the private CODEX_HOME. */
  readonly codexConfig?: string | undefined;
  /** The environment Codex starts from (the tool removes what it controls). */
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd?: string | undefined;
  readonly lockTimeoutMs: number;
  /** Codex is stopped after this long (default: no limit). */
  readonly runTimeoutMs?: number | undefined;
  readonly onEvent?: ((event: CodexEvent) => void) | undefined;
  readonly onOutput?: ((line: string) => void) | undefined;
  readonly signal?: AbortSignal | undefined;
  /** More paths to deny the agent (the Action: the directory of every job's private home under RUNNER_TEMP). */
  readonly sealPaths?: readonly string[] | undefined;
  /** How the agent is kept from the login (permission profile + probe); see roundtrip/seal.ts. */
  readonly seal: SealRequest;
}

/**
 * The whole round trip: seal plan (refusals first) -> lock -> load (seed only if empty) -> verify -> materialise,
 * with the seal probe running alongside -> run Codex -> persist every refresh as it happens and once more at the
 * end -> verify -> unlock and remove the plaintext.
 * Never throws: the result carries the error, so callers can always report what happened.
 */
export async function runRoundTrip(ctx: RoundTripContext, request: RunRequest): Promise<RoundTripResult> {
  const startedAt = Date.now();
  const result = emptyResult(ctx.stream, ctx.store.kind);
  let lock: LockHandle | null = null;
  let home: { dir: string; created: boolean; sealRoot: string } | null = null;
  let watcher: { close(): Promise<void> } | null = null;
  let sealing: Promise<{ args: string[]; report: SealReport }> | null = null;
  try {
    await checkLegacyStreamBeforeLock(ctx);
    // Opening the envelope needs libsodium (about 30 ms to load); it loads while the lock is taken.
    void loadSodium().catch(() => undefined);
    await sweepOrphanedHomes(ctx.log, privateHomesBase(request.baseEnv));
    home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    // Recorded before the plaintext exists, so a later run can clean up if this process is killed.
    if (home.created) await recordOwner(home.dir, null);
    const homeDir = home.dir;
    const codexEnv = buildCodexEnv(request.baseEnv, home.dir, ctx.log);
    // Before any model call: the profile that denies the agent this home (and the store's files), proven by a
    // probe in the real sandbox. An unsandboxed run the user did not accept is refused here, before the lock;
    // the probe itself runs while the lock is taken and the store read, and its report is searched for secrets
    // once the login's tokens are known.
    const sealInput: SealHomeInput = {
      home: home.dir,
      userConfig: request.codexConfig,
      codexArgs: request.codexArgs,
      codexPath: request.codexPath,
      env: codexEnv,
      cwd: request.cwd ?? process.cwd(),
      extraDeny: [
        home.sealRoot,
        ...(request.sealPaths ?? []),
        ...(ctx.store.privatePaths ?? []),
        ...runnerFileCommandPaths(request.baseEnv),
      ],
      seal: request.seal,
    };
    const seal = startSeal(sealInput, ctx.log, ctx.secrets);
    sealing = seal.done;

    let acquired: Awaited<ReturnType<typeof ctx.lock.acquire>>;
    let loaded: Awaited<ReturnType<typeof loadStream>>;
    try {
      acquired = await timedAcquire(result, () =>
        ctx.lock.acquire({
          owner: ctx.writer,
          timeoutMs: request.lockTimeoutMs,
          leaseMs: PROCESS_LEASE_MS,
          mode: 'process',
          onWait: lockWaitNotice(ctx),
          ...(request.signal ? { signal: request.signal } : {}),
        }),
      );
      lock = acquired.handle;
      loaded = await loadStream(ctx, request.seed);
    } finally {
      seal.secretsKnown();
    }
    startFrom(result, {
      generation: loaded.generation,
      seeded: loaded.seeded,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null,
    });

    // What `persist` needs to finish this round trip if this process dies (the Action's post step uses it).
    const splitState: SplitState = {
      version: 1,
      stream: ctx.stream,
      store: ctx.store.kind,
      lockId: acquired.handle.holder.id,
      generation: loaded.generation,
      fingerprint: loaded.bundle.fingerprint,
      lastRefresh: loaded.bundle.auth.last_refresh ?? null,
      seeded: loaded.seeded,
      restoredAt: ctx.now().toISOString(),
    };
    await saveSplitState(homeDir, splitState);
    await materialiseAuth(home.dir, loaded.bundle.raw);
    const waitFrom = performance.now();
    const sealed = await sealing;
    // The probe's share of this run's wall time: what was left of it once the store was open.
    result.seal = { ...sealed.report, waitMs: Math.round(performance.now() - waitFrom) };

    const persister = new Persister(
      ctx,
      {
        generation: loaded.generation,
        fingerprint: loaded.bundle.fingerprint,
        lastRefresh: loaded.bundle.auth.last_refresh ?? null,
      },
      (written) => saveSplitState(homeDir, { ...splitState, ...written }),
    );
    // Persist the moment Codex rewrites auth.json: if this process dies after a refresh, the rotated token is
    // already in the store.
    watcher = watchAuthFile(home.dir, (raw) => persister.persist(raw, 'the auth.json Codex wrote'), {
      initialText: loaded.bundle.raw,
    });

    const run: CodexRunResult = await ctx.runCodex({
      codexPath: request.codexPath,
      args: sealed.args,
      env: codexEnv,
      ...(request.cwd ? { cwd: request.cwd } : {}),
      ...(request.onEvent ? { onEvent: request.onEvent } : {}),
      ...(request.onOutput ? { onOutput: request.onOutput } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.runTimeoutMs === undefined ? {} : { timeoutMs: request.runTimeoutMs }),
      onSpawn: (pid, command) => {
        if (home?.created) void recordOwner(home.dir, { pid, command }).catch(() => undefined);
      },
    });
    await watcher.close();
    watcher = null;
    // Codex's rollout file lives in the private home: read plan usage before the home is removed.
    const usage = await readUsageFacts(home.dir, run, startedAt, ctx.log);

    // A refresh that failed left auth.json untouched; never store a bundle Codex could not refresh.
    const finalRaw = await readAuth(home.dir);
    if (!run.refreshFailure && finalRaw !== null)
      await persister.persist(finalRaw, 'the auth.json Codex left');
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
      persisted: result.persisted || persister.writes > 0,
      ...usage,
    });
    describeBundleInto(result, persister.observedBundle ?? loaded.bundle, ctx.now());

    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
    if (run.timedOut) {
      const kept = result.refreshed
        ? `The login it refreshed was persisted (generation ${persister.currentGeneration}) and the lock of stream "${ctx.stream}" released.`
        : `The stored login was left as it was and the lock of stream "${ctx.stream}" released.`;
      throw new RunTimeoutError(runTimeoutMessage(request.runTimeoutMs ?? 0, kept));
    }
    if (run.refreshFailure && run.exitCode !== 0) {
      throw new AuthUnusableError(reseedMessage(ctx.stream, run, persister.currentGeneration));
    }
    if (run.refreshFailure) {
      ctx.log.warn(
        `${reseedMessage(ctx.stream, run, persister.currentGeneration)} (This run still succeeded.)`,
      );
    }
    // A plan limit is not a dead login: nothing above marked the stream, and only a real refresh was written.
    if (usage.usageLimited) throw new UsageLimitError(usageLimitMessage(`stream "${ctx.stream}"`, usage));
    if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
    if (run.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    await watcher?.close().catch(() => undefined);
    // A probe still running (the lock or the store failed first) is let finish before its home goes.
    await sealing?.catch(() => undefined);
    // The plaintext goes and the lock is released at once: neither waits on the other.
    await Promise.all([home ? cleanUpHome(home, ctx) : null, lock ? releaseLock(lock, ctx) : null]);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}

async function cleanUpHome(home: { dir: string; created: boolean }, ctx: RoundTripContext): Promise<void> {
  try {
    // A directory we made is ours to remove; a directory the user named only loses the credential.
    if (home.created) {
      await removeCodexHome(home.dir);
    } else {
      await removeAuth(home.dir);
      await removeSplitState(home.dir);
    }
  } catch (error) {
    ctx.log.warn(
      `could not remove the plaintext auth.json in ${home.dir}: ${String(error)}; delete it by hand.`,
    );
  }
}

export async function releaseLock(lock: LockHandle, ctx: RoundTripContext): Promise<void> {
  try {
    if (!(await lock.release())) {
      ctx.log.warn(
        `the lock of stream "${ctx.stream}" had been taken over by another holder before release.`,
      );
    }
  } catch (error) {
    ctx.log.warn(`could not release the lock of stream "${ctx.stream}": ${String(error)}`);
  }
}
