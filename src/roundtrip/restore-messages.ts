import { asCodexAuthError } from '../core/errors.js';
import type { LockHandle } from '../locks/lock.js';
import type { RoundTripContext } from './context.js';
import { required, type RunState } from './phases/run-state.js';
import type { SealReport } from '../seal/seal-home.js';

/** What restore tells the user: where the login is, until when the lock is held, and how to keep it sealed. */
export function restoredMessages(state: RunState, report: SealReport): string[] {
  const home = required(state.home, 'the home');
  const generation = required(state.loaded, 'the loaded copy').generation;
  return [
    `restored stream "${state.ctx.stream}" (generation ${generation}) to ${home.dir}; the lock is held until \`codex-auth persist --codex-home ${home.dir}\`.`,
    report.profile === null
      ? `config.toml there runs Codex unsandboxed (${report.reason ?? 'opted in'}): the agent can read this login.`
      : `config.toml there applies the permission profile "${report.profile}" (${report.mode}), which keeps the agent's commands from this login${report.sealed ? ` (probe passed in ${report.probeMs} ms)` : ' (not probed: no codex given)'}. Run \`codex exec\` WITHOUT --sandbox/-s/--full-auto: any of them switches the profile off and lets the agent read auth.json.`,
  ];
}

/**
 * Takes back restore's lease. Losing it is a warning, not a failure: the write is still a compare-and-swap, so it
 * cannot overwrite a newer copy.
 */
export async function resumeLease(ctx: RoundTripContext, lockId: string): Promise<LockHandle | null> {
  try {
    return await ctx.lock.resume(lockId);
  } catch (error) {
    ctx.log.warn(
      `${asCodexAuthError(error).message} Persisting anyway: the write only succeeds if nobody wrote since.`,
    );
    return null;
  }
}
