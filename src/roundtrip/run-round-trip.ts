import type { SeedSource, RoundTripContext } from './context.js';
import { acquireLock, checkStreamName, PROCESS_LEASE_MS, releaseLock } from './phases/acquire.js';
import { execCodex, type ExecRequest, watchAndPersist } from './phases/exec.js';
import { createRunHome, materialise } from './phases/home.js';
import { awaitIsolation, startIsolation } from './phases/isolate.js';
import { loadOrSeed } from './phases/load.js';
import { persistFinal } from './phases/persist.js';
import { release } from './phases/release.js';
import { newRunState, type Phase, runPhases, type RunState } from './phases/run-state.js';
import { awaitSeal, type SealedRequest, startSealing } from './phases/seal.js';
import { judgeRun } from './phases/verdict.js';
import type { RoundTripResult } from './result.js';
import { loadSodium } from '../core/sodium.js';

// Kept here for callers that imported them from the run (the lock phase owns them now).
export { PROCESS_LEASE_MS, releaseLock };

export interface RunRequest extends SealedRequest, ExecRequest {
  readonly seed?: SeedSource | undefined;
  readonly codexArgs: readonly string[];
  /** Use this directory as CODEX_HOME (must be empty or absent); default: a fresh private temp dir. */
  readonly codexHome?: string | undefined;
  readonly lockTimeoutMs: number;
}

/**
 * The run's phases, in order. The seal is planned (refusals first) and its probe started before the lock, so the
 * probe runs while the lock is taken and the store read; so does the set-up of a separate agent user (codex-user). The token broker (issue 18) goes between
 * `watchAndPersist` and `execCodex`: it needs the loaded login and the state's Persister, and registers its stop
 * in `state.stops`.
 */
export const RUN_PHASES: readonly Phase<RunState, RunRequest>[] = [
  checkStreamName,
  createRunHome,
  (state, request) =>
    startSealing(state, {
      ...request,
      storePaths: state.ctx.store.privatePaths ?? [],
      isolation: { requested: request.seal.codexUser !== undefined, brokerHoldsLogin: false },
    }),
  startIsolation,
  (state, request) =>
    acquireLock(state, {
      timeoutMs: request.lockTimeoutMs,
      mode: 'process',
      leaseMs: PROCESS_LEASE_MS,
      signal: request.signal,
    }),
  (state, request) => loadOrSeed(state, request.seed),
  materialise,
  awaitSeal,
  awaitIsolation,
  watchAndPersist,
  execCodex,
  persistFinal,
  judgeRun,
];

/**
 * The whole round trip: seal plan (refusals first) -> lock -> load (seed only if empty) -> verify -> materialise,
 * with the seal probe running alongside -> run Codex -> persist every refresh as it happens and once more at the
 * end -> verify -> unlock and remove the plaintext.
 * Never throws: the result carries the error, so callers can always report what happened.
 */
export async function runRoundTrip(ctx: RoundTripContext, request: RunRequest): Promise<RoundTripResult> {
  // Opening the envelope needs libsodium (about 30 ms to load); it loads while the lock is taken.
  void loadSodium().catch(() => undefined);
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, request, RUN_PHASES, (done) => release(done, 'remove-if-created'));
}
