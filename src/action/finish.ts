import { promises as fs } from 'node:fs';
import * as core from '@actions/core';
import { removeCodexHome } from '../codex/codex-home.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { splitStatePath } from '../roundtrip/split-state.js';
import { readSecretInputs } from './inputs.js';
import { removeHomeRecord, whyNotOurHome } from './job-home.js';
import type { ActionState } from './state.js';
import { maskSecretInputs } from './masking.js';

/**
 * What every post step does: if the CODEX_HOME still holds an unfinished round trip (main was cancelled or
 * crashed, or persist never ran), persist what Codex refreshed and release the lock; then remove the CODEX_HOME.
 */
export async function finishAndClean(
  state: ActionState & { codexHome: string },
  env: NodeJS.ProcessEnv,
  why: string,
): Promise<RoundTripResult | null> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const { codexHome } = state;
  const notOurs = await whyNotOurHome(codexHome, state.homeProof, env);
  if (notOurs !== null) {
    // Never rm -rf'd, never rescued into the store: the state naming it may have been written by someone else.
    core.warning(
      `The saved state names ${codexHome} as this job's CODEX_HOME, but ${notOurs}: the post step left it alone (not removed, nothing persisted from it). If a step of this job wrote the runner's state file, check that step.`,
    );
    return null;
  }
  let result: RoundTripResult | null = null;
  try {
    if (await exists(splitStatePath(codexHome))) {
      core.warning(`${why}: persisting what Codex left in ${codexHome} and releasing the lock now.`);
      // Only a rescue needs the store, the lock and the round trip; a post step after a finished main does not.
      const [{ persistStream }, { createActionContext }, { readStreamSettings }] = await Promise.all([
        import('../roundtrip/split-round-trip.js'),
        import('./action-context.js'),
        import('./inputs.js'),
      ]);
      const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
      result = await persistStream(ctx, codexHome);
    }
  } finally {
    await removeCodexHome(codexHome);
    await removeHomeRecord(codexHome);
  }
  return result;
}

async function exists(file: string): Promise<boolean> {
  return fs
    .access(file)
    .then(() => true)
    .catch(() => false);
}
