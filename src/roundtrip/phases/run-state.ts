import type { RunningBroker } from '../../broker/index.js';
import type { CodexRunResult } from '../../codex/codex-runner.js';
import type { PrivateCodexHome } from '../../codex/codex-home.js';
import { asCodexAuthError } from '../../core/errors.js';
import type { UsageLimitFacts } from '../../core/plan-usage.js';
import type { LockHandle } from '../../locks/lock.js';
import type { RoundTripContext } from '../context.js';
import type { LoadedStream } from '../load-stream.js';
import type { Persister } from '../persister.js';
import { emptyResult, type PhaseTiming, type RoundTripResult } from '../result.js';
import type { AgentIsolation } from '../../seal/agent-isolation.js';
import type { SealReport, StartedSeal } from '../../seal/seal-home.js';
import type { SplitState } from '../split-state.js';

// One round trip is an ordered list of phases over one shared state: acquire the lock, load or seed, materialise
// the home, seal, exec, persist, release. run, restore/persist and the token modes pick and order the phases they
// need; each phase fills its part of the state and the release phase undoes whatever was done, whatever failed.

/** What the token modes need of the context: they have no stream, store, lock or key. */
export type PhaseContext = Pick<RoundTripContext, 'runCodex' | 'log' | 'secrets'>;

export interface RunState<C extends PhaseContext = RoundTripContext> {
  readonly ctx: C;
  readonly result: RoundTripResult;
  readonly startedAt: number;
  lock: LockHandle | null;
  home: PrivateCodexHome | null;
  /** The home's owner record was written (a home this process made): Codex's pid goes into it once it starts. */
  homeRecorded: boolean;
  /** What `persist` needs if this process dies; the Persister keeps it current after each write. */
  splitState: SplitState | null;
  /** Codex's environment, built once the home exists. */
  codexEnv: NodeJS.ProcessEnv | null;
  loaded: LoadedStream | null;
  /** The seal started alongside the lock and the load (run), awaited before exec. */
  sealing: StartedSeal | null;
  sealed: { args: string[]; report: SealReport } | null;
  /**
   * The seal's proof when Codex starts before it is in (awaitSeal): the broker holds every request until it
   * settles, and the run ends with its error if it fails. Null once settled, or when Codex waited for it.
   */
  proof: Promise<{ args: string[]; report: SealReport }> | null;
  persister: Persister | null;
  /** The token broker holding the real login (run); null where Codex gets the real auth.json. */
  broker: RunningBroker | null;
  /** Codex as a separate user (codex-user): being set up alongside the lock, then proven and in use. */
  isolating: Promise<{ isolation: AgentIsolation; setupMs: number }> | null;
  isolation: AgentIsolation | null;
  codexRun: CodexRunResult | null;
  usage: UsageLimitFacts | null;
  /**
   * What a phase started that must stop before the home goes and the lock is released, stopped in reverse order:
   * the auth.json watcher, the token broker's listener.
   */
  readonly stops: (() => Promise<void>)[];
}

export type Phase<S, R> = (state: S, request: R) => Promise<void>;

export function newRunState<C extends PhaseContext>(ctx: C, stream: string, store: string): RunState<C> {
  return {
    ctx,
    result: emptyResult(stream, store),
    startedAt: Date.now(),
    lock: null,
    home: null,
    homeRecorded: false,
    splitState: null,
    codexEnv: null,
    loaded: null,
    sealing: null,
    sealed: null,
    proof: null,
    persister: null,
    broker: null,
    isolating: null,
    isolation: null,
    codexRun: null,
    usage: null,
    stops: [],
  };
}

/**
 * Runs `phases` in order, then `release` whatever happened. Never throws: the result carries the error, so
 * callers can always report what happened.
 */
export async function runPhases<S extends RunState<PhaseContext>, R>(
  state: S,
  request: R,
  phases: readonly Phase<S, R>[],
  release: (state: S) => Promise<void>,
): Promise<RoundTripResult> {
  const timings: PhaseTiming[] = [];
  state.result.timings = timings;
  try {
    for (const phase of phases) await timed(timings, phase.name, () => phase(state, request));
  } catch (error) {
    state.result.error = asCodexAuthError(error);
  } finally {
    await timed(timings, 'release', () => release(state));
  }
  state.result.durationMs = Date.now() - state.startedAt;
  return state.result;
}

/** Times one phase (wall and CPU), kept also when it throws: a refused run's timings say where it stopped. */
async function timed(timings: PhaseTiming[], phase: string, fn: () => Promise<void>): Promise<void> {
  const atMs = performance.now();
  const cpu = process.cpuUsage();
  try {
    await fn();
  } finally {
    const used = process.cpuUsage(cpu);
    timings.push({
      phase: phase || 'anonymous',
      atMs: Math.round(atMs),
      ms: Math.round(performance.now() - atMs),
      cpuMs: Math.round((used.user + used.system) / 1000),
    });
  }
}

/** A phase written inline, given the name its timing is reported under. */
export function named<S, R>(name: string, phase: Phase<S, R>): Phase<S, R> {
  return Object.defineProperty(phase, 'name', { value: name });
}

/** A value an earlier phase must have set: a phase list in the wrong order is a bug, said so plainly. */
export function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`internal: the round trip needs ${what} before this phase`);
  return value;
}
