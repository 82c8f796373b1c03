import { finishJob } from '../app/finish-job.js';
import type { RoundTripResult } from '../app/results.js';
import { actionLogger } from './action-context.js';
import { readSecretInputs } from './inputs.js';
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
      roundTrip: async () => {
        // Only a rescue needs the store and the lock; a post step after a finished main does not.
        const [{ createActionContext }, { readStreamSettings }] = await Promise.all([
          import('./action-context.js'),
          import('./inputs.js'),
        ]);
        return createActionContext(readStreamSettings(env, secrets), secrets, env);
      },
    },
  );
}
