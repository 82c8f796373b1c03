import { buildCodexEnv, type CodexEnvOptions } from '../../codex/codex-env.js';
import {
  createPrivateCodexHome,
  materialiseAuth,
  type PrivateCodexHome,
  privateHomesBase,
  removeAuth,
  removeCodexHome,
} from '../../codex/codex-home.js';
import { recordOwner, sweepOrphanedHomes } from '../../codex/orphan-homes.js';
import type { Logger } from '../../core/logger.js';
import { removeSplitState, saveSplitState, splitStateOf } from '../split-state.js';
import { type PhaseContext, required, type RunState } from './run-state.js';

export interface HomeRequest {
  /** Use this directory as CODEX_HOME (must be empty or absent); default: a fresh private temp dir. */
  readonly codexHome?: string | undefined;
  /** The environment Codex starts from (the tool removes what it controls). */
  readonly baseEnv: NodeJS.ProcessEnv;
}

/** Phase: a private CODEX_HOME (0700, outside the workspace) and the environment Codex gets with it. */
export async function createHome(
  state: RunState<PhaseContext>,
  request: HomeRequest,
  envOptions?: CodexEnvOptions,
): Promise<void> {
  state.home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
  state.codexEnv = buildCodexEnv(request.baseEnv, state.home.dir, state.ctx.log, envOptions);
}

/**
 * Phase (run): the home of a run that lives as long as this process. Homes of killed runs are swept first, and
 * this one's owner is recorded before the plaintext exists, so a later run can clean up if this one is killed.
 */
export async function createRunHome(state: RunState, request: HomeRequest): Promise<void> {
  await sweepOrphanedHomes(state.ctx.log, privateHomesBase(request.baseEnv));
  await createHome(state, request);
  const home = required(state.home, 'the home');
  if (home.created) {
    await recordOwner(home.dir, null);
    state.homeRecorded = true;
  }
}

/**
 * Phase: write the loaded login into the home, or the broker's placeholders when a broker holds it. The split
 * state goes first: if anything after it fails, `persist` or `unlock` can still find and undo it.
 */
export async function materialise(state: RunState): Promise<void> {
  const home = required(state.home, 'the home');
  const loaded = required(state.loaded, 'the loaded copy');
  const lock = required(state.lock, 'the lock');
  state.splitState = splitStateOf(state.ctx, lock.holder.id, loaded, state.ctx.now());
  await saveSplitState(home.dir, state.splitState);
  await materialiseAuth(home.dir, state.broker?.placeholderAuthJson ?? loaded.bundle.raw);
}

/**
 * Removes the plaintext: the whole directory when `removeDir` (one we made), else only what we put in a directory
 * the user named. Never throws; a failure is a warning that names the path to delete by hand.
 */
export async function removePlaintext(
  home: Pick<PrivateCodexHome, 'dir'>,
  log: Logger,
  removeDir: boolean,
): Promise<void> {
  try {
    if (removeDir) {
      await removeCodexHome(home.dir);
    } else {
      await removeAuth(home.dir);
      await removeSplitState(home.dir);
    }
  } catch (error) {
    log.warn(`could not remove the plaintext auth.json in ${home.dir}: ${String(error)}; delete it by hand.`);
  }
}
