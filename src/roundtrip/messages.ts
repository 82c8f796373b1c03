import { RESEED_HINT } from '../core/bundle.js';

import { describeHolder, type LockHolder } from '../locks/lock.js';

export { describeHolder };

import type { CodexRunResult } from '../codex/codex-runner.js';

// Messages the round trip prints in more than one place. Each says what happened and what to do.

const REFRESH_FAILURE_CAUSE: Record<string, string> = {
  refresh_token_reused:
    'the refresh token was already used: another job or machine used this login at the same time, or a copy of this auth.json is in use outside codex-auth',
  refresh_token_expired: 'the refresh token has expired (the session was unused for too long)',
  refresh_token_invalidated:
    'the refresh token was revoked (signed out elsewhere, password change, or admin action)',
  refresh_failed: 'the token endpoint rejected the refresh token',
};

export function reseedMessage(stream: string, run: CodexRunResult, generation: number): string {
  const code = run.refreshFailure ?? 'refresh_failed';
  return `Codex could not refresh the login of stream "${stream}" (${code}): ${REFRESH_FAILURE_CAUSE[code]}. The session is dead; the stored copy (generation ${generation}) was left untouched. ${RESEED_HINT}`;
}

export function codexFailedMessage(run: CodexRunResult): string {
  const how = run.signal ? `was stopped by ${run.signal}` : `exited with code ${run.exitCode}`;
  const last = run.errorMessages.at(-1);
  return `codex exec ${how}${last ? `: ${last}` : ''}. Anything Codex refreshed was persisted; check Codex's output above for the cause.`;
}

/** A run in which nothing printed Codex's JSONL is not a success, whatever the exit code. */
export function noEventsMessage(codexPath: string): string {
  return `${codexPath} exited 0 but printed no Codex events, so Codex did not run: that program is not the Codex CLI, or not one that knows \`codex exec --json\`. Point --codex (Action: codex-version) at the real Codex CLI (\`npm i -g @openai/codex\`).`;
}

export function persistFailedPrefix(stream: string): string {
  return `Codex refreshed the login of stream "${stream}" but it could NOT be persisted, and the old refresh token is already rotated away: `;
}

/** The line a waiter prints now and then, naming who holds the lock (its run URL or host). */
export function lockWaitNotice(ctx: { stream: string; log: { info(message: string): void } }) {
  return (holder: LockHolder, waitedMs: number): void =>
    ctx.log.info(
      `waiting for the lock of stream "${ctx.stream}" (${Math.round(waitedMs / 1000)} s so far), held by ${describeHolder(holder)}`,
    );
}

export function runTimeoutMessage(timeoutMs: number, what: string): string {
  return `codex exec ran longer than the run timeout (${Math.round(timeoutMs / 1000)} s) and was stopped with everything it started. ${what} If the task needs longer, raise --run-timeout (Action: input run-timeout).`;
}
