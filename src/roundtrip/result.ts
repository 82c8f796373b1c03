import type { CodexUsage, RefreshFailureCode } from '../codex/codex-runner.js';
import type { Bundle } from '../core/bundle.js';
import { inspectBundle, type NextRefresh } from '../core/inspect.js';
import type { CodexAuthError } from '../core/errors.js';
import type { SealReport } from '../seal/seal-home.js';
import type { PlanUsage } from '../core/plan-usage.js';
import type { BrokerLogEntry } from '../broker/index.js';
import type { LoadedCopy } from './loaded-copy.js';
import type { Persister } from './persister.js';

/** What a round trip did, for `--json`, Action outputs and summaries. Holds no secret. */
/** The isolation's figures for the result: who Codex ran as and what the isolation cost. */
export interface IsolationReport {
  readonly user: string;
  readonly created: boolean;
  /** From the start of the set-up to the proof (user, workspace ACLs, home, probe). */
  readonly setupMs: number;
  readonly probeMs: number;
  /** The run's wait for the set-up once the store was open (it runs alongside the lock and the load). */
  readonly waitMs: number | null;
  readonly ptraceScope: string;
  /** After Codex: the agent's processes stopped, files given back, and how long that took. */
  stopped: number | null;
  chowned: number | null;
  finishMs: number | null;
}

export interface RoundTripResult {
  stream: string;
  store: string;
  generation: number | null;
  seeded: boolean;
  refreshed: boolean;
  persisted: boolean;
  lastRefreshBefore: string | null;
  lastRefreshAfter: string | null;
  fingerprintBefore: string | null;
  fingerprintAfter: string | null;
  codexExitCode: number | null;
  finalMessage: string | null;
  usage: CodexUsage | null;
  refreshFailure: RefreshFailureCode | null;
  /** When Codex will refresh the stored login next, and why (from the newest bundle). */
  nextRefresh: NextRefresh | null;
  accessTokenExpiresAt: string | null;
  lockWaitMs: number;
  durationMs: number;
  /** Whether the agent's commands were proven unable to read the login (null: Codex never got that far). */
  seal: SealReport | null;
  /** Codex ran as a separate user (codex-user): who, and what the isolation cost. */
  isolation?: IsolationReport;
  /** A plan window ran out during this run (exit 8); the login itself is fine. */
  usageLimited: boolean;
  /** When the window that ran out resets (ISO), if known. */
  resetsAt: string | null;
  /** The plan's short and weekly windows as Codex last saw them (from the rollout file); null if unknown. */
  planUsage: PlanUsage | null;
  /**
   * What kept the login from the agent: `broker` (placeholders in Codex's home, the real login relayed by the token
   * broker, the sandbox held), `deny-read` (the real auth.json on disk, the permission profile denies it), `none`
   * (the user opted out of the sandbox). Null: Codex never got that far.
   */
  protection: Protection | null;
  /** Every request the token broker served (no bodies, no credentials; paths made printable); empty without one. */
  brokerLog: BrokerLogEntry[];
  /**
   * Each phase of the round trip as it ran: when it started (ms since this process started), its wall time and this
   * process's CPU time (every thread) during it. What the benchmark reads to say where a run's time goes.
   */
  timings?: PhaseTiming[];
  error: CodexAuthError | null;
}

export interface PhaseTiming {
  readonly phase: string;
  readonly atMs: number;
  readonly ms: number;
  readonly cpuMs: number;
}

/** `broker+separate-user`: no sandbox (full access or network), the broker holds the login and Codex ran as a
 * separate user (codex-user), proven isolated from this process. */
export type Protection = 'broker' | 'deny-read' | 'broker+separate-user' | 'none';

export function emptyResult(stream: string, store: string): RoundTripResult {
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
    seal: null,
    usageLimited: false,
    resetsAt: null,
    planUsage: null,
    protection: null,
    brokerLog: [],
    error: null,
  };
}

/** Fills the fields that describe a bundle's refresh schedule. */
export function describeBundleInto(result: RoundTripResult, bundle: Bundle, now: Date): void {
  const report = inspectBundle(bundle, now);
  result.nextRefresh = report.nextRefresh;
  result.accessTokenExpiresAt = report.accessTokenExpiresAt;
}

/** Fills the fields that describe what was loaded; the "after" fields start equal and move only on a refresh. */
export function startFrom(result: RoundTripResult, loaded: LoadedCopy): void {
  Object.assign(result, {
    generation: loaded.generation,
    seeded: loaded.seeded,
    persisted: loaded.seeded,
    fingerprintBefore: loaded.fingerprint,
    fingerprintAfter: loaded.fingerprint,
    lastRefreshBefore: loaded.lastRefresh,
    lastRefreshAfter: loaded.lastRefresh,
  });
}

/**
 * What the Persister saw and wrote, into the result: the one place a round trip's "after" fields are filled.
 * `refreshed` compares with the copy the run started from, so a bundle Codex rewrote unchanged is no refresh.
 */
export function reportPersisted(
  result: RoundTripResult,
  persister: Persister,
  before: LoadedCopy,
  how: { readonly seedWrittenHere: boolean; readonly now: Date },
): void {
  Object.assign(result, {
    generation: persister.currentGeneration,
    fingerprintAfter: persister.observed.fingerprint,
    lastRefreshAfter: persister.observed.lastRefresh,
    refreshed: persister.observed.fingerprint !== before.fingerprint,
    // `run` stored the seed itself; `persist` reports only its own writes (the seed was restore's).
    persisted: (how.seedWrittenHere && before.seeded) || persister.writes > 0,
  });
  if (persister.observedBundle) describeBundleInto(result, persister.observedBundle, how.now);
}

/**
 * Takes the lock and records how long that took in `result.lockWaitMs`, also when it fails (a lock timeout after
 * a 3 s wait is a 3 s wait, not 0.0 s).
 */
export async function timedAcquire<T extends { readonly waitedMs: number }>(
  result: RoundTripResult,
  acquire: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    const acquired = await acquire();
    result.lockWaitMs = acquired.waitedMs;
    return acquired;
  } catch (error) {
    result.lockWaitMs = Math.round(performance.now() - started);
    throw error;
  }
}
