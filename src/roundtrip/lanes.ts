import type { CodexEvent } from '../codex/codex-runner.js';
import { AuthUnusableError, type CodexAuthError, needsSignIn, UsageLimitError } from '../core/errors.js';
import { type LaneSpec, laneName } from '../core/lane-spec.js';
import type { Logger } from '../core/logger.js';
import type { RoundTripResult } from './result.js';

// Fallback lanes wrap the ordinary round trip (one stream, one lock, one store entry) and the token modes. They are
// tried strictly one at a time, in order; a lane is left only when moving on cannot repeat or mix work:
// - a usage limit BEFORE the agent executed any tool call: the same prompt runs on the next lane;
// - a dead login (exit 3): the next lane runs, and the reseed alert is raised for the dead one.
// A limit after a tool call ran fails the job: half-done work is never re-run. Any other failure fails the job as
// it does without lanes. A busy lane is not a reason to move on: its lock is waited for inside the round trip.

export type LaneOutcome = 'ran' | 'failed' | 'usage-limited' | 'usage-limited-after-work' | 'dead-login';

export interface LaneAttempt {
  readonly lane: string;
  readonly outcome: LaneOutcome;
  /** Why the lane was left (or failed), in one sentence; null for the lane that ran. */
  readonly reason: string | null;
  readonly resetsAt: string | null;
}

export interface LanesResult {
  /** The result of the lane that ran, or of the last one tried; its error says why the job failed. */
  readonly result: RoundTripResult;
  /** The lane that ran to the end, or null. */
  readonly lane: string | null;
  readonly attempts: readonly LaneAttempt[];
}

export interface LanesRequest {
  readonly lanes: readonly LaneSpec[];
  /** Runs one lane (a round trip or a token mode) with this event sink. */
  readonly runLane: (lane: LaneSpec, onEvent: (event: CodexEvent) => void) => Promise<RoundTripResult>;
  readonly onEvent?: ((event: CodexEvent) => void) | undefined;
  /** Raises the reseed alert for a lane whose login died (keep-fresh's alert). Failures are logged, not fatal. */
  readonly onDeadLogin?: ((lane: LaneSpec, result: RoundTripResult) => Promise<void>) | undefined;
  /** When every lane is limited, wait for the earliest reset if it comes within this bound (0: never wait). */
  readonly waitForResetMs: number;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Item types of `codex exec --json` that are only talk; every other item (a command, a file change, an MCP or web
 * tool call, and any type this version does not know yet) means the agent may have acted. Better to stop than to run
 * something twice. */
const TALK_ITEMS = new Set(['agent_message', 'reasoning', 'todo_list', 'error']);

export function isWorkEvent(event: CodexEvent): boolean {
  if (!['item.started', 'item.updated', 'item.completed'].includes(event.type)) return false;
  const item = event.item;
  if (item === null || typeof item !== 'object') return false;
  const type = (item as { type?: unknown }).type;
  return typeof type === 'string' && !TALK_ITEMS.has(type);
}

export async function runLanes(request: LanesRequest): Promise<LanesResult> {
  const now = request.now ?? (() => new Date());
  const sleep = request.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts: LaneAttempt[] = [];
  let waited = false;
  for (;;) {
    let last: RoundTripResult | null = null;
    for (const [index, lane] of request.lanes.entries()) {
      const name = laneName(lane);
      if (index > 0 || attempts.length > 0) request.log.info(`codex-auth: trying lane ${name}`);
      let workStarted = false;
      const result = await request.runLane(lane, (event) => {
        if (isWorkEvent(event)) workStarted = true;
        request.onEvent?.(event);
      });
      last = result;
      if (result.error === null) {
        attempts.push({ lane: name, outcome: 'ran', reason: null, resetsAt: null });
        return { result, lane: name, attempts };
      }
      if (result.usageLimited && workStarted) {
        attempts.push({
          lane: name,
          outcome: 'usage-limited-after-work',
          reason: 'usage limit after the agent had run tool calls: not re-run on another lane',
          resetsAt: result.resetsAt,
        });
        result.error = new UsageLimitError(
          `lane ${name} hit its usage limit after the agent had already executed tool calls; the half-done work was NOT re-run on another lane (it could repeat side effects). ${result.error.message}`,
        );
        return { result, lane: null, attempts };
      }
      if (result.usageLimited) {
        attempts.push({
          lane: name,
          outcome: 'usage-limited',
          reason: `usage limit before any tool call${result.resetsAt ? `; resets at ${result.resetsAt}` : ''}`,
          resetsAt: result.resetsAt,
        });
        continue;
      }
      if (needsSignIn(result.error) && !workStarted) {
        attempts.push({ lane: name, outcome: 'dead-login', reason: result.error.message, resetsAt: null });
        await request.onDeadLogin?.(lane, result).catch((error: unknown) => {
          request.log.warn(`could not raise the reseed alert for lane ${name}: ${String(error)}`);
        });
        continue;
      }
      attempts.push({ lane: name, outcome: 'failed', reason: result.error.message, resetsAt: null });
      return { result, lane: null, attempts };
    }
    // Every lane was left. Wait for a reset only once, and only if it comes within the user's bound.
    const resets = attempts
      .filter((attempt) => attempt.outcome === 'usage-limited' && attempt.resetsAt !== null)
      .map((attempt) => Date.parse(attempt.resetsAt ?? ''))
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const earliest = resets[0];
    const waitMs = earliest === undefined ? null : Math.max(0, earliest - now().getTime());
    if (!waited && waitMs !== null && request.waitForResetMs > 0 && waitMs <= request.waitForResetMs) {
      waited = true;
      request.log.info(
        `codex-auth: every lane is usage-limited; waiting ${Math.ceil(waitMs / 1000)} s for the reset at ${new Date(earliest ?? 0).toISOString()} (within wait-for-reset), then trying the lanes again`,
      );
      // A second past the reset: the backend's clock decides, and a little slack is cheaper than one more limit.
      await sleep(waitMs + 1000);
      continue;
    }
    const result = last as RoundTripResult;
    // With one lane its own error says it best; with fallbacks the job failed because none was left.
    if (request.lanes.length > 1) result.error = exhausted(attempts, earliest, request.waitForResetMs);
    if (earliest !== undefined) result.resetsAt = new Date(earliest).toISOString();
    return { result, lane: null, attempts };
  }
}

function exhausted(
  attempts: readonly LaneAttempt[],
  earliest: number | undefined,
  boundMs: number,
): CodexAuthError {
  const tried = attempts.map((attempt) => `${attempt.lane} (${attempt.outcome})`).join(', ');
  const limited = attempts.some((attempt) => attempt.outcome === 'usage-limited');
  if (!limited) {
    return new AuthUnusableError(
      `no lane is left: every login is dead (${tried}). Reseed them (see the alert).`,
    );
  }
  const when = earliest === undefined ? 'an unknown time' : new Date(earliest).toISOString();
  const bound =
    boundMs > 0 ? ` That is later than wait-for-reset allows (${Math.round(boundMs / 1000)} s).` : '';
  return new UsageLimitError(
    `no lane is left: ${tried}. The earliest usage window resets at ${when}.${bound} Run again then, or add a lane (an API key billed to your platform account is the clean fallback).`,
  );
}
