import type { PrivateCodexHome } from '../codex/codex-home.js';
import { readAuth } from '../codex/codex-home.js';
import { prefixError, UsageError } from '../core/errors.js';
import type { RoundTripContext, SeedSource } from './context.js';
import { loadedCopyOf } from './loaded-copy.js';
import { persistFailedPrefix } from './messages.js';
import { Persister } from './persister.js';
import { acquireLock, checkStreamName } from './phases/acquire.js';
import { createHome, materialise } from './phases/home.js';
import { loadOrSeed } from './phases/load.js';
import { release } from './phases/release.js';
import { newRunState, type Phase, required, runPhases, type RunState } from './phases/run-state.js';
import { type SealedRequest, sealNow } from './phases/seal.js';
import { describeBundleInto, type RoundTripResult, reportPersisted, startFrom } from './result.js';
import { restoredMessages, resumeLease } from './restore-messages.js';
import { loadSplitState } from './split-state.js';
import { readPersistUsageFacts } from './usage-limit.js';

// The round trip split in two halves, for users who start Codex themselves: `restore` takes the lock as a lease
// that outlives this process and leaves auth.json in CODEX_HOME; `persist` writes back what Codex refreshed.

export interface RestoreRequest extends SealedRequest {
  readonly seed?: SeedSource | undefined;
  readonly codexHome: string;
  readonly lockTimeoutMs: number;
  /** How long the lock outlives this process if `persist` never comes. */
  readonly leaseMs: number;
  readonly signal?: AbortSignal | undefined;
  /** The codex the user's step will run, for the probe; without it the profile is written but not probed. */
  readonly codexPath?: string | undefined;
}

/** restore's phases: the run's, up to the seal; the profile goes into config.toml for the user's own `codex exec`. */
export const RESTORE_PHASES: readonly Phase<RunState, RestoreRequest>[] = [
  checkStreamName,
  (state, request) =>
    acquireLock(state, {
      timeoutMs: request.lockTimeoutMs,
      mode: 'lease',
      leaseMs: request.leaseMs,
      signal: request.signal,
    }),
  (state, request) => loadOrSeed(state, request.seed),
  createHome,
  materialise,
  (state, request) =>
    sealNow(state, request, {
      codexPath: request.codexPath ?? 'codex',
      codexArgs: [],
      storePaths: state.ctx.store.privatePaths ?? [],
      probe: request.codexPath !== undefined,
    }),
  async (state) => {
    const loaded = required(state.loaded, 'the loaded copy');
    describeBundleInto(state.result, loaded.bundle, state.ctx.now());
    // The user's own Codex step gets the real auth.json under the permission profile (no broker): say so, as run
    // says `broker`. An opt-in (a reason, or no profile at all) is `none`; a profile not probed is still deny-read.
    const seal = required(state.sealed, 'the seal').report;
    state.result.protection =
      seal.sealed || (seal.reason === null && seal.profile !== null) ? 'deny-read' : 'none';
    for (const line of restoredMessages(state, required(state.sealed, 'the seal').report))
      state.ctx.log.info(line);
  },
];

/**
 * The first half of `run`: takes the lock as a lease that outlives this process, and leaves auth.json in
 * CODEX_HOME for `persist` to write back. Only a failed restore removes the plaintext and releases the lock.
 */
export async function restoreStream(
  ctx: RoundTripContext,
  request: RestoreRequest,
): Promise<RoundTripResult> {
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, request, RESTORE_PHASES, (done) =>
    done.result.error ? release(done, 'keep') : Promise.resolve(),
  );
}

/** persist's phases: prove the home is this stream's, resume the lease, write back what Codex refreshed. */
export const PERSIST_PHASES: readonly Phase<RunState, string>[] = [
  async (state, codexHome) => {
    const { ctx } = state;
    const saved = await loadSplitState(codexHome);
    if (saved.stream !== ctx.stream || saved.store !== ctx.store.kind) {
      throw new UsageError(
        `${codexHome} was restored from stream "${saved.stream}" (store ${saved.store}), not "${ctx.stream}" (store ${ctx.store.kind}): pass the same --stream and --store to persist as to restore.`,
      );
    }
    // From here the home is proven this stream's: its plaintext goes whatever happens (a mismatched call above
    // leaves it for the right `persist`). A failed write is reported loudly.
    const home: PrivateCodexHome = { dir: codexHome, created: false, sealRoot: codexHome };
    state.home = home;
    state.splitState = saved;
    startFrom(state.result, loadedCopyOf(saved));
    if (saved.lockId) state.lock = await resumeLease(ctx, saved.lockId);
  },
  async (state, codexHome) => {
    const { ctx, result } = state;
    const saved = required(state.splitState, 'the split state');
    const persister = new Persister(ctx, saved);
    const raw = await readAuth(codexHome);
    if (raw === null) {
      ctx.log.warn(`${codexHome}/auth.json is gone; nothing to persist (Codex may have logged out).`);
    } else {
      await persister.persist(raw, `${codexHome}/auth.json`);
    }
    await persister.settle();
    reportPersisted(result, persister, saved, { seedWrittenHere: false, now: ctx.now() });
    // The user's Codex step left its rollout file in this home: report plan usage before the home is cleaned.
    Object.assign(result, await readPersistUsageFacts(codexHome, Date.parse(saved.restoredAt)));
    if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
  },
];

/** The second half: writes back what Codex refreshed, releases the lease, removes the plaintext. */
export async function persistStream(ctx: RoundTripContext, codexHome: string): Promise<RoundTripResult> {
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, codexHome, PERSIST_PHASES, (done) => release(done, 'keep'));
}
