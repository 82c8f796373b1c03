import { ExitCode, needsReseed } from '../core/errors.js';
import type { PlanUsage } from '../core/plan-usage.js';
import type { RoundTripContext } from '../roundtrip/context.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { runRoundTrip } from '../roundtrip/run-round-trip.js';
import type { SealRequest } from '../core/seal-request.js';

/**
 * The cheapest Codex call that still proves the session: read-only, minimal reasoning, a one-word answer.
 * Codex refreshes the login while loading auth if it is due, and the model call proves the backend accepts it.
 * Not `--ephemeral`: the session's rollout file is where Codex records the plan usage the report shows; it lives in
 * the private CODEX_HOME and goes with it.
 */
export const KEEP_FRESH_ARGS = [
  '--skip-git-repo-check',
  '--sandbox',
  'read-only',
  '-c',
  'model_reasoning_effort="minimal"',
  '--',
  'Reply with the single word OK.',
] as const;

export interface KeepFreshRow {
  readonly stream: string;
  readonly healthy: boolean;
  readonly refreshed: boolean;
  readonly persisted: boolean;
  readonly generation: number | null;
  readonly lastRefresh: string | null;
  readonly accessTokenExpiresAt: string | null;
  readonly nextRefresh: RoundTripResult['nextRefresh'];
  readonly lastWriter: string | null;
  /** Exit-code class of the failure, e.g. 3 when a reseed is needed. */
  readonly exitCode: number;
  readonly problem: string | null;
  readonly reseedNeeded: boolean;
  /** The plan's windows as the keep-fresh call saw them (null when Codex recorded none). */
  readonly planUsage: PlanUsage | null;
  /** The call hit a plan limit: the login is alive (the backend accepted it), only the window is spent. */
  readonly usageLimited: boolean;
  readonly resetsAt: string | null;
}

export interface KeepFreshRequest {
  readonly codexPath: string;
  readonly codexConfig?: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly lockTimeoutMs: number;
  readonly onOutput?: ((line: string) => void) | undefined;
  /** Keep-fresh's call is read-only (KEEP_FRESH_ARGS); it is sealed and probed like any other run. */
  readonly seal: SealRequest;
}

/** One round trip per stream, one after the other (they are independent; sequential keeps the API budget low). */
export async function keepFresh(
  contexts: readonly RoundTripContext[],
  request: KeepFreshRequest,
): Promise<KeepFreshRow[]> {
  const rows: KeepFreshRow[] = [];
  for (const ctx of contexts) {
    const result = await runRoundTrip(ctx, {
      codexPath: request.codexPath,
      codexArgs: KEEP_FRESH_ARGS,
      codexConfig: request.codexConfig,
      baseEnv: request.baseEnv,
      lockTimeoutMs: request.lockTimeoutMs,
      onOutput: request.onOutput,
      seal: request.seal,
    });
    const lastWriter = await ctx.store
      .read()
      .then((envelope) => envelope?.writer ?? null)
      .catch(() => null);
    rows.push(rowOf(result, lastWriter));
  }
  return rows;
}

function rowOf(result: RoundTripResult, lastWriter: string | null): KeepFreshRow {
  // A usage limit proves the login as well as an answer does: the backend accepted the bearer first.
  const healthy = result.error === null || result.usageLimited;
  return {
    stream: result.stream,
    healthy,
    refreshed: result.refreshed,
    persisted: result.persisted,
    generation: result.generation,
    lastRefresh: result.lastRefreshAfter,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    nextRefresh: result.nextRefresh,
    lastWriter,
    exitCode: healthy ? ExitCode.ok : (result.error?.exitCode ?? ExitCode.ok),
    problem: result.error?.message ?? null,
    // A dead session, an unusable bundle, or a stored copy that cannot be opened: a human has to act.
    reseedNeeded: needsReseed(result.error),
    planUsage: result.planUsage,
    usageLimited: result.usageLimited,
    resetsAt: result.resetsAt,
  };
}

/** A row's state in one word, the README's: a fresh stream is "healthy" in the CLI and the Action alike. */
export function healthWord(row: KeepFreshRow): 'refreshed' | 'healthy' | 'reseed needed' | 'failed' {
  if (row.healthy) return row.refreshed ? 'refreshed' : 'healthy';
  return row.reseedNeeded ? 'reseed needed' : 'failed';
}
