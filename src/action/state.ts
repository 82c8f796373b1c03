import * as core from '@actions/core';

// The only way main and post talk: the runner carries saveState values to the post step as STATE_* variables.
// Each value is saved BEFORE the side effect that post would have to undo.

export interface ActionState {
  /** The private CODEX_HOME this job created (post removes it, and finishes a round trip main could not). */
  readonly codexHome?: string;
  /** Random proof, also in an owner record beside the home, that this Action made codexHome (see app/job-homes.ts). */
  readonly homeProof?: string;
  /** True once main (or restore) finished everything itself. */
  readonly finished?: boolean;
}

export function saveActionState(state: ActionState): void {
  if (state.codexHome !== undefined) core.saveState('codex-home', state.codexHome);
  if (state.homeProof !== undefined) core.saveState('home-proof', state.homeProof);
  if (state.finished !== undefined) core.saveState('finished', String(state.finished));
}

export function loadActionState(): ActionState {
  const codexHome = core.getState('codex-home');
  const homeProof = core.getState('home-proof');
  return {
    ...(codexHome ? { codexHome } : {}),
    ...(homeProof ? { homeProof } : {}),
    finished: core.getState('finished') === 'true',
  };
}
