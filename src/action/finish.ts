import { finishJob } from '../app/finish-job.js';
import type { RoundTripResult } from '../app/front-end.js';
import { createActionContext } from './action-context.js';
import { actionLogger } from './runner-output.js';
import { readSecretInputs, readStreamSettings } from './inputs.js';
import type { ActionState } from './state.js';
import { maskSecretInputs } from './masking.js';

/** What every post step does: the rescue of app/finish-job.ts, with the stream's inputs read only when it rescues. */
export async function finishAndClean(
  state: ActionState & { codexHome: string },
  env: NodeJS.ProcessEnv,
  why: string,
): Promise<RoundTripResult | null> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  return finishJob(
    { codexHome: state.codexHome, homeProof: state.homeProof, why, env },
    {
      log: actionLogger,
      // The stream's inputs are read only for a rescue: a post step after a finished main needs no store.
      roundTrip: () => createActionContext(readStreamSettings(env, secrets), secrets, env),
    },
  );
}
