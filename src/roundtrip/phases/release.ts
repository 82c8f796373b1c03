import { releaseLock } from './acquire.js';
import { stopAlongside } from './exec.js';
import { removePlaintext } from './home.js';
import type { PhaseContext, RunState } from './run-state.js';

/** What happens to the home's directory itself; its plaintext always goes. */
export type HomeDirFate = 'remove' | 'keep' | 'remove-if-created';

/**
 * Phase: undo what the phases did, whatever failed: stop what ran alongside Codex, let a seal probe still running
 * finish (the lock or the store failed first) before its home goes, then remove the plaintext and release the lock
 * at once, neither waiting on the other. Never throws.
 */
export async function release(state: RunState<PhaseContext>, dirFate: HomeDirFate): Promise<void> {
  await stopAlongside(state);
  if (state.sealing) {
    state.sealing.secretsKnown();
    await state.sealing.done.catch(() => undefined);
  }
  const { home, lock } = state;
  const log = state.ctx.log;
  const removeDir = dirFate === 'remove' || (dirFate === 'remove-if-created' && home?.created === true);
  await Promise.all([
    home ? removePlaintext(home, log, removeDir) : null,
    lock ? releaseLock(lock, { stream: state.result.stream, log }) : null,
  ]);
}
