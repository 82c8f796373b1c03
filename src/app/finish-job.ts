import { promises as fs } from 'node:fs';
import type { Logger } from '../core/logger.js';
import type { RoundTripContext } from '../roundtrip/context.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { splitStatePath } from '../roundtrip/split-state.js';
import { persist, removeJobHome } from './persist.js';
import { whyNotOurHome } from './job-homes.js';

// The rescue after a killed job: what the Action's post step does (and restore/'s post, when persist never ran).
// If the CODEX_HOME still holds an unfinished round trip (main was cancelled or crashed, or persist never ran),
// persist what Codex refreshed and release the lock; then remove the CODEX_HOME.

export interface FinishJobRequest {
  /** The home the step's saved state names, and the proof it carries (app/job-homes.ts). */
  readonly codexHome: string;
  readonly homeProof: string | undefined;
  /** Why a round trip is left to finish, for the warning: "the main step did not finish its round trip". */
  readonly why: string;
  readonly env: NodeJS.ProcessEnv;
}

export interface FinishJobContext {
  readonly log: Logger;
  /** The stream's backends: made only for a rescue, so a post step after a finished main needs no store. */
  roundTrip(): Promise<RoundTripContext>;
}

/** The rescued round trip's result, or null when there was nothing to rescue (or the home was not ours). */
export async function finishJob(
  request: FinishJobRequest,
  context: FinishJobContext,
): Promise<RoundTripResult | null> {
  const { codexHome } = request;
  const notOurs = await whyNotOurHome(codexHome, request.homeProof, request.env);
  if (notOurs !== null) {
    // Never rm -rf'd, never rescued into the store: the state naming it may have been written by someone else.
    context.log.warn(
      `The saved state names ${codexHome} as this job's CODEX_HOME, but ${notOurs}: the post step left it alone (not removed, nothing persisted from it). If a step of this job wrote the runner's state file, check that step.`,
    );
    return null;
  }
  let result: RoundTripResult | null = null;
  try {
    if (await exists(splitStatePath(codexHome))) {
      context.log.warn(
        `${request.why}: persisting what Codex left in ${codexHome} and releasing the lock now.`,
      );
      // The home goes below whatever the persist did: the job is over, no later persist can come for it.
      result = await persist({ codexHome, removeJobHome: false }, await context.roundTrip());
    }
  } finally {
    await removeJobHome(codexHome);
  }
  return result;
}

async function exists(file: string): Promise<boolean> {
  return fs
    .access(file)
    .then(() => true)
    .catch(() => false);
}
