import type { SeedSource, RoundTripContext } from './context.js';
import { acquireLock, checkStreamName, PROCESS_LEASE_MS, releaseLock } from './phases/acquire.js';
import { pointCodexAtBroker, startRunBroker } from './phases/broker.js';
import { execCodex, type ExecRequest, watchAndPersist } from './phases/exec.js';
import { createRunHome, materialise } from './phases/home.js';
import { awaitIsolation, startIsolation } from './phases/isolate.js';
import { loadOrSeed } from './phases/load.js';
import { persistFinal } from './phases/persist.js';
import { release } from './phases/release.js';
import { named, newRunState, type Phase, runPhases, type RunState } from './phases/run-state.js';
import { awaitSeal, type SealedRequest, startSealing } from './phases/seal.js';
import { judgeRun } from './phases/verdict.js';
import type { RoundTripResult } from './result.js';
import { prepareRunCa } from '../broker/run-ca.js';

// Kept here for callers that imported them from the run (the lock phase owns them now).
export { PROCESS_LEASE_MS, releaseLock };

export interface RunRequest extends SealedRequest, ExecRequest {
  readonly seed?: SeedSource | undefined;
  readonly codexArgs: readonly string[];
  /** Use this directory as CODEX_HOME (must be empty or absent); default: a fresh private temp dir. */
  readonly codexHome?: string | undefined;
  readonly lockTimeoutMs: number;
  /**
   * false: Codex gets the real auth.json under the deny-read profile and the auth.json watcher persists its
   * refreshes (the path before the broker; kept as a switch while the broker is new). Default true.
   */
  readonly tokenBroker?: boolean | undefined;
}

/**
 * The run's phases, in order. The seal is planned (refusals first) and its probe started before the lock, so the
 * probe runs while the lock is taken and the store read. The token broker starts once the login is loaded (its
 * start overlaps the probe), so the home gets its placeholders, never the real auth.json; Codex is pointed at it
 * once the seal wrote config.toml. It persists through the state's Persister and stops with `state.stops`. A
 * separate agent user (codex-user) is set up alongside the lock too, and shares the home once it is complete.
 */
export const RUN_PHASES: readonly Phase<RunState, RunRequest>[] = [
  checkStreamName,
  createRunHome,
  named('startSealing', (state, request) =>
    startSealing(state, {
      ...request,
      storePaths: state.ctx.store.privatePaths ?? [],
      broker: request.tokenBroker !== false,
      seedFile: request.seed?.file,
      // The broker holds the login unless switched off: then CODEX_HOME holds placeholders only.
      isolation: {
        requested: request.seal.codexUser !== undefined,
        brokerHoldsLogin: request.tokenBroker !== false,
      },
    }),
  ),
  startIsolation,
  named('acquireLock', (state, request) =>
    acquireLock(state, {
      timeoutMs: request.lockTimeoutMs,
      mode: 'process',
      leaseMs: PROCESS_LEASE_MS,
      signal: request.signal,
    }),
  ),
  named('loadOrSeed', (state, request) => loadOrSeed(state, request.seed)),
  startRunBroker,
  materialise,
  awaitSeal,
  pointCodexAtBroker,
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
  // So is the token broker's CA (its keys come from the thread pool): startBroker takes it (src/broker/run-ca.ts).
  if (request.tokenBroker !== false) prepareRunCa();
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, request, RUN_PHASES, (done) => release(done, 'remove-if-created'));
}
